"""Qt-native translations and locale formatting.

Source strings are English; ``resources/translations/collection_desk_{lang}.qm`` carries the
Chinese (and an English file for completeness). Chinese is the default where the system
locale is Chinese. Amounts are int fen formatted by ``desktop_app.domain.money``; dates follow
the chosen language through ``QLocale.setDefault``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop_app.domain.money import format_fen

LANGUAGES = ("zh_CN", "en")
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve(lang: str | None) -> str:
    """``zh``/``zh_CN``/``en``/None (system) -> one of :data:`LANGUAGES`."""
    if not lang:
        return system_language()
    return "zh_CN" if lang.lower().startswith("zh") else "en"


class Translators:
    """The translators installed on the application; ``install`` swaps them atomically."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def uninstall(self) -> None:
        """Remove the translators this object installed (the source strings show again)."""
        app = QCoreApplication.instance()
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()

    def install(self, lang: str | None) -> str:
        app = QCoreApplication.instance()
        self.uninstall()
        self.language = resolve(lang)
        ours = QTranslator(app)
        if ours.load(f"collection_desk_{self.language}", str(TRANSLATIONS)):
            app.installTranslator(ours)
            self._installed.append(ours)
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self.language != "en" and qt_base.load(f"qtbase_{self.language}", qt_dir):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                           if self.language == "zh_CN" else
                           QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return self.language


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def format_amount(fen: int, currency: str = "CNY") -> str:
    return format_fen(fen, currency, symbol=True)


def format_count(n: int) -> str:
    """A whole number with the locale's digit grouping (1,000 / 1,000)."""
    return QLocale().toString(n)


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, "yyyy-MM-dd" if is_chinese() else "d MMM yyyy")
