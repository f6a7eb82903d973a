"""Refusal reasons from the document checks read in the officer's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ui.documents.common import RULE_TITLES, explain
from ui.i18n import Translators


def test_every_rule_is_explained_in_chinese_before_the_detail(qapp) -> None:  # type: ignore[no-untyped-def]
    translators, locale = Translators(), QLocale()
    translators.install("zh_CN")
    try:
        text = explain("DOC-CN-1: missing issuer.address")
        assert text.startswith("文书缺少必备要素 — DOC-CN-1: missing issuer.address")
        for rule in RULE_TITLES:
            assert explain(f"{rule}: x").split(" — ")[0] != RULE_TITLES[rule], rule
    finally:
        translators.uninstall()
        QLocale.setDefault(locale)
    assert explain("DOC-CN-1: missing x").startswith("A required element")
    assert explain("something else") == "something else"
