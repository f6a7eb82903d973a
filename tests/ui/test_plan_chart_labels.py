"""The plan comparison chart's bar labels count money as the reader does."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ui.documents.plan_views import compact
from ui.i18n import Translators


def test_bar_labels_in_wan_for_chinese_and_thousands_for_english(qapp) -> None:  # noqa: ANN001
    translators, locale = Translators(), QLocale()
    try:
        translators.install("zh_CN")
        assert compact(3_126_790_000) == "¥3,126.8万"  # 31,267,900 yuan
        translators.install("en")
        assert compact(3_126_790_000) == "¥31,267.9k"
    finally:
        translators.uninstall()
        QLocale.setDefault(locale)
