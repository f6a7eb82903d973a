"""Fill the .ts files from the translation tables after ``lupdate``.

Normally run through ``tools/update_translations.sh`` (lupdate over ui/ -> this -> lrelease).

The tables are plain text, one file per folder of ``ui/`` (``shell.tsv`` is ``ui/*.py``; the
texts of ``desktop_app`` the window translates, such as problem details, are ``core.tsv``)::

    resources/translations/zh_CN/<folder>.tsv   context <TAB> English source <TAB> Chinese
    resources/translations/en/plurals.tsv       context <TAB> source with %n <TAB> one <TAB> other

In a cell ``\\n`` is a line break, ``\\t`` a tab and ``\\\\`` a backslash; lines starting with
``#`` are comments. English needs no table besides the plurals: every other message is
translated by its own source text.

What the run does:

* every message lupdate found gets its Chinese from the table (matched by context and source);
* a message with no Chinese yet is appended to the right table as a row with an empty third
  cell, stays "unfinished" in the .ts, and the run exits 1 - fill the cell and run again;
* a translation that loses a placeholder (``%1``, ``%n``, ``%v`` ...) or the accelerator of
  its source is refused the same way;
* rows nobody uses any more are listed; ``--prune`` deletes them;
* ``--harvest`` first copies the finished Chinese of the .ts into the tables, for translators
  who edited ``collection_desk_zh_CN.ts`` in Qt Linguist (the tables win otherwise).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
ZH_DIR = TS_DIR / "zh_CN"
PLURALS = TS_DIR / "en" / "plurals.tsv"
PLACEHOLDER = re.compile(r"%(?:n|v|m|p|\d+)")
ACCELERATOR = re.compile(r"&([^&\s])")
NAMED = re.compile(r"\{\w+\}")  # problem details' places (desktop_app/compliance/details.py)
HEADER = ("# {what}: context<TAB>source<TAB>{cells}. Escapes: \\n \\t \\\\.\n"
          "# Written by tools/fill_translations.py; edit freely, keep one row per line.\n")

Key = tuple[str, str]
WHERE = {"shell": "Chinese for ui/", "core": "Chinese for desktop_app/ (texts the window shows)"}


def unescape(cell: str) -> str:
    return re.sub(r"\\([nt\\])", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], cell)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def read_table(path: Path, cells: int) -> dict[Key, list[str]]:
    rows: dict[Key, list[str]] = {}
    if not path.exists():
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [unescape(p) for p in line.split("\t")]
        if len(parts) < 2 or len(parts) > 2 + cells:
            raise SystemExit(f"{path}:{number}: expected {2 + cells} tab-separated cells")
        key = (parts[0], parts[1])
        if key in rows:
            raise SystemExit(f"{path}:{number}: {key} appears twice")
        rows[key] = (parts[2:] + [""] * cells)[:cells]
    return rows


def write_table(path: Path, rows: dict[Key, list[str]], what: str, cells: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [HEADER.format(what=what, cells=cells)]
    for (context, source), values in sorted(rows.items(), key=lambda r: (r[0][0], r[0][1].lower(),
                                                                          r[0][1])):
        lines.append("\t".join(escape(c) for c in (context, source, *values)) + "\n")
    path.write_text("".join(lines), encoding="utf-8")


def folder_of(message: ET.Element) -> str:
    """``shell`` for ui/*.py, ``core`` for desktop_app, else the sub-folder of ui/ of the
    message's first location."""
    location = message.find("location")
    parts = Path(location.get("filename", "") if location is not None else "").parts
    if "ui" not in parts:
        return "core" if "desktop_app" in parts else "shell"
    rest = parts[len(parts) - parts[::-1].index("ui"):]
    return rest[0] if len(rest) > 1 else "shell"


def messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                yield context.findtext("name") or "", message


def fault(source: str, text: str) -> str | None:
    """Why ``text`` cannot stand for ``source``, or None."""
    if not text.strip():
        return "empty"
    if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
        return "placeholders differ"
    if sorted(NAMED.findall(text)) != sorted(NAMED.findall(source)):
        return "named places ({name}) differ"
    if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
        return "accelerator (&X) lost"
    return None


def set_translation(message: ET.Element, forms: list[str] | None) -> None:
    """``forms`` None leaves the message unfinished and empty."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    if forms is None:
        translation.set("type", "unfinished")
    elif message.get("numerus") == "yes":  # laid out as lupdate does
        translation.text = "\n" + " " * 12
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
            translation[-1].tail = translation.text
        translation[-1].tail = "\n" + " " * 8
    else:
        translation.text = forms[0]


def current_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type"):
        return []
    return [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]


def load_zh() -> tuple[dict[Key, str], dict[Key, str]]:
    """(context, source) -> Chinese, and -> the table file it came from."""
    table: dict[Key, str] = {}
    origin: dict[Key, str] = {}
    for path in sorted(ZH_DIR.glob("*.tsv")):
        for key, (text,) in read_table(path, 1).items():
            if key in table:
                raise SystemExit(f"{path}: {key} is also in {origin[key]}.tsv")
            table[key], origin[key] = text, path.stem
    return table, origin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--harvest", action="store_true",
                        help="copy finished Chinese from the zh_CN .ts into the tables first")
    parser.add_argument("--prune", action="store_true", help="delete unused table rows")
    args = parser.parse_args(argv)

    zh_path, en_path = TS_DIR / "collection_desk_zh_CN.ts", TS_DIR / "collection_desk_en.ts"
    zh_tree, en_tree = ET.parse(zh_path), ET.parse(en_path)
    zh, origin = load_zh()
    plurals = read_table(PLURALS, 2)

    if args.harvest:
        for context, message in messages(zh_tree):
            forms = current_forms(message)
            key = (context, message.findtext("source") or "")
            if forms and forms[0].strip() and zh.get(key) != forms[0]:
                zh[key] = forms[0]
                origin.setdefault(key, folder_of(message))
                print(f"harvested: {key[0]}: {key[1]!r}")

    problems: list[str] = []
    used: set[Key] = set()
    for context, message in messages(zh_tree):
        source = message.findtext("source") or ""
        key = (context, source)
        used.add(key)
        if key not in zh:
            zh[key] = ""
            origin[key] = folder_of(message)
        why = fault(source, zh[key])
        set_translation(message, None if why else [zh[key]])
        if why:
            problems.append(f"zh_CN/{origin[key]}.tsv: {context}: {source!r}: {why}")
    for context, message in messages(en_tree):
        source = message.findtext("source") or ""
        key = (context, source)
        forms: list[str] | None = [source]
        if message.get("numerus") == "yes":
            forms = plurals.setdefault(key, ["", ""])
            whys = [fault(source, f) for f in forms]
            if any(whys) or "(s)" in " ".join(forms):
                problems.append(f"en/plurals.tsv: {context}: {source!r}: give one and other")
                forms = None
        set_translation(message, forms)

    unused = sorted(k for k in zh if k not in used)
    for key in unused:
        print(f"unused: zh_CN/{origin[key]}.tsv: {key[0]}: {key[1]!r}", file=sys.stderr)
    if args.prune:
        for key in unused:
            del zh[key]
    unused_plurals = [k for k in plurals if k not in {(c, m.findtext("source") or "")
                                                     for c, m in messages(en_tree)}]
    if args.prune:
        for key in unused_plurals:
            del plurals[key]

    for stem in sorted(set(origin.values())):
        rows = {k: [v] for k, v in zh.items() if origin[k] == stem}
        path = ZH_DIR / f"{stem}.tsv"
        if rows and rows != read_table(path, 1):
            write_table(path, rows, WHERE.get(stem, f"Chinese for ui/{stem}/"),
                        "Chinese")
    if plurals != read_table(PLURALS, 2):
        write_table(PLURALS, plurals, "English plural forms", "one<TAB>other")

    for tree, path in ((zh_tree, zh_path), (en_tree, en_path)):
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n',
                        encoding="utf-8")
    for problem in problems:
        print(f"untranslated: {problem}", file=sys.stderr)
    print(f"{len(used)} messages, {len(problems)} to translate, {len(unused)} unused rows"
          f"{' (pruned)' if args.prune and unused else ''}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
