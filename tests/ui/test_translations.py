"""Translations: every string of every folder of ui/ is in both .ts files, finished, with its
placeholders and accelerators; the .qm files are what the .ts files say; the window really
speaks Chinese when it is chosen. Tables: resources/translations/zh_CN/*.tsv (see
tools/fill_translations.py); run tools/update_translations.sh after changing a string."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import QMenu

from ui import i18n
from ui.worklist import columns as C

UI = Path(i18n.__file__).resolve().parent
# texts outside ui/ that the window translates (tools/update_translations.sh reads them too)
CORE = [UI.parent / "desktop_app" / "compliance" / "details.py"]
NAMED = re.compile(r"\{\w+\}")
LANGS = ("zh_CN", "en")
PLACEHOLDER = re.compile(r"%(?:n|v|m|p|\d+)")
ACCELERATOR = re.compile(r"&([^&\s])")


def ts_path(lang: str) -> Path:
    return i18n.TRANSLATIONS / f"collection_desk_{lang}.ts"


def entries(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message) of every message of a .ts file."""
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")]


def problems(path: Path) -> list[str]:
    """Everything wrong with one .ts file; empty when it is complete."""
    chinese = "zh" in (ET.parse(path).getroot().get("language") or "")
    found = []
    for context, source, message in entries(path):
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            found.append(f"{where}: not finished")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != (1 if chinese else 2):
                found.append(f"{where}: {len(forms)} plural forms")
            if not chinese and any(re.search(r"\((?:s|ies|es)\)", f) for f in forms):
                found.append(f"{where}: plural forms still say (s)")
        else:
            forms = [translation.text or ""]
        for text in forms:
            if not text.strip():
                found.append(f"{where}: empty")
            elif Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                found.append(f"{where}: placeholders differ in {text!r}")
            elif Counter(NAMED.findall(text)) != Counter(NAMED.findall(source)):
                found.append(f"{where}: named places ({{name}}) differ in {text!r}")
            elif ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                found.append(f"{where}: accelerator lost in {text!r}")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_placeholders_and_accelerators(lang) -> None:
    assert len(entries(ts_path(lang))) > 900
    assert problems(ts_path(lang)) == []


def test_the_check_catches_broken_translations(tmp_path) -> None:
    broken = tmp_path / "broken.ts"
    shutil.copy(ts_path("zh_CN"), broken)
    tree = ET.parse(broken)
    wanted = {("ImportDialog", "The import failed: %1"): lambda t: setattr(t, "text", "导入失败"),
              ("MainWindow", "&File"): lambda t: setattr(t, "text", "文件"),
              ("Errors", "Problem"): lambda t: setattr(t, "text", " "),
              ("LockScreen", "Unlock"): lambda t: t.set("type", "unfinished"),
              ("WorklistView", "%Ln case(s)"): lambda t: t.append(ET.Element("numerusform"))}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            spoil = wanted.pop((context.findtext("name"), message.findtext("source")), None)
            if spoil:
                spoil(message.find("translation"))
    assert wanted == {}
    tree.write(broken, encoding="utf-8")
    found = problems(broken)
    assert sorted({p.split(":")[0] for p in found}) == ["Errors", "ImportDialog", "LockScreen",
                                                        "MainWindow", "WorklistView"], found
    assert any("placeholders" in p for p in found) and any("accelerator" in p for p in found)


def _literal(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _calls(node: ast.AST, cls: str | None, constants: dict[str, str],
           found: set[tuple[str, str]]) -> None:
    """lupdate's rules: ``self.tr`` takes the class as context, the others name it."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _calls(child, child.name, constants, found)
            continue
        if isinstance(child, ast.Call) and child.args:
            f, args = child.func, child.args
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            context = text = None
            if name == "tr" and isinstance(f, ast.Attribute):
                context, text = cls, _literal(args[0], {})
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                context, text = _literal(args[0], constants), _literal(args[1], {})
            if context and text is not None:
                found.add((context, text))
        _calls(child, cls, constants, found)


def code_strings() -> set[tuple[str, str]]:
    """(context, source) of every literal string ui/ (and ``CORE``) hands to
    tr/translate/QT_TRANSLATE_NOOP."""
    found: set[tuple[str, str]] = set()
    for path in [*sorted(UI.rglob("*.py")), *CORE]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {n.targets[0].id: n.value.value for n in tree.body
                     if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)
                     and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}
        _calls(tree, None, constants, found)
    return found


def test_the_ts_files_hold_exactly_the_strings_of_ui() -> None:
    """lupdate misses some calls (an f-string, ``n`` given as a call); run
    tools/update_translations.sh, and mark constants with QT_TRANSLATE_NOOP."""
    in_code = code_strings()
    for lang in LANGS:
        in_ts = {(c, s) for c, s, _ in entries(ts_path(lang))}
        assert sorted(in_code - in_ts) == [], f"not extracted into {lang}"
        assert sorted(in_ts - in_code) == [], f"stale in {lang}"


def test_translations_live_in_resources_only() -> None:
    strays = [p for p in UI.rglob("*") if p.suffix in (".ts", ".qm", ".txt", ".tsv")]
    assert strays == []


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translations_match_the_sources(qapp, lang) -> None:
    qm = i18n.TRANSLATIONS / f"collection_desk_{lang}.qm"
    assert qm.stat().st_mtime >= ts_path(lang).stat().st_mtime - 1, "run pyside6-lrelease"
    translator = QTranslator()
    assert translator.load(str(qm))
    for context, source, message in entries(ts_path(lang)):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")]
        if forms:
            counts = (1, 5) if len(forms) == 2 else (1,)
            got = [translator.translate(context, source, None, n) for n in counts]
        else:
            forms, got = [translation.text], [translator.translate(context, source)]
        assert got == forms, (context, source)


def test_language_choice_translates_and_formats(qapp) -> None:
    translators = i18n.Translators()
    tr = QCoreApplication.translate
    try:
        assert translators.install("zh") == "zh_CN"
        assert C.header(C.OVERDUE_AMOUNT) == "逾期金额" and C.label("substandard") == "次级"
        assert tr("Documents", "Limitation period") == "诉讼时效"
        assert tr("CallLoggerDialog", "Log a call") == "记录通话"
        assert tr("DetailLabels", "Guarantor") == "保证人"
        assert tr("WorklistView", "%Ln case(s)", None, 3) == "共 3 个案件"
        assert tr("WorklistView", "%Ln case(s)", None, 36546) == "共 36,546 个案件"
        assert i18n.format_count(1_000_000) == "1,000,000"
        assert i18n.format_date(QDate(2026, 3, 5).toPython()) == "2026-03-05"
        assert i18n.format_amount(123456789) == "¥1,234,567.89"
        assert translators.install("en") == "en"
        assert C.header(C.OVERDUE_AMOUNT) == "Overdue amount"
        assert tr("OverviewPane", "%n day(s)", None, 1) == "1 day"
        assert tr("OverviewPane", "%n day(s)", None, 12) == "12 days"
        assert i18n.format_date(QDate(2026, 3, 5).toPython()) == "5 Mar 2026"
    finally:
        translators.install("en")
        QLocale.setDefault(QLocale.c())


def _duplicate_accelerators(menu_texts: list[str]) -> list[str]:
    keys = Counter(m.group(1).lower() for t in menu_texts if (m := ACCELERATOR.search(t)))
    return [k for k, n in keys.items() if n > 1]


@pytest.mark.parametrize("lang", LANGS)
def test_menus_have_distinct_accelerators(qtbot, ctx, lang) -> None:
    from ui.main_window import DetailPlaceholder, MainWindow

    translators = i18n.Translators()
    try:
        translators.install(lang)
        window = MainWindow(ctx, detail_factory=DetailPlaceholder)
        qtbot.addWidget(window)
        menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
        for menu in menus:
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            assert _duplicate_accelerators(texts) == [], (menu.title(), texts)
        if lang == "zh_CN":
            titles = [a.text() for a in window.menuBar().actions()]
            assert titles[0] == "文件(&F)" and "文书(&D)" in titles
    finally:
        translators.install("en")
        QLocale.setDefault(QLocale.c())


def test_system_locale_decides_the_default(monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert i18n.resolve(None) == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert i18n.resolve(None) == "en"
