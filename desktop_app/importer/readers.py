"""Read CSV (UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK) and XLSX into header + numbered rows.

Row numbers are the ones the officer sees in Excel: the header is row 1, and blank rows
keep their number even though they are skipped.
"""

from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.importer.errors import Problem
from desktop_app.importer.values import Cell, as_text, is_blank

_DELIMITERS = (",", "\t", ";")


@dataclass
class Sheet:
    """One table: a CSV file or one worksheet of a workbook."""

    path: Path
    label: str  # how reports name it: 'loans.csv' or 'portfolio.xlsx [贷款]'
    name: str  # the file stem or sheet name, used to guess the kind
    header: list[str]
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)
    sheet_name: str | None = None


def read_tables(path: Path) -> list[Sheet]:
    """Every non-empty table in ``path``; raises :class:`Problem` if it cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_workbook(path)
        if suffix == ".xls":
            raise Problem("unreadable", detail="old .xls format; save as .xlsx or CSV")
        return [_read_csv(path)]
    except OSError as exc:
        raise Problem("unreadable", detail=exc.strerror or str(exc)) from None


def decode(data: bytes) -> str:
    """Text of a CSV file: BOM first, then strict UTF-8, then GB18030 (a superset of GBK)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise Problem("encoding")


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    return max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ","


def _read_csv(path: Path) -> Sheet:
    try:
        text = decode(path.read_bytes())
    except UnicodeDecodeError:
        raise Problem("encoding") from None
    records = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    numbered: list[tuple[int, list[Cell]]] = [(n, list(r)) for n, r in enumerate(records, start=1)]
    return _sheet(path, path.name, path.stem, numbered)


def _sheet(
    path: Path,
    label: str,
    name: str,
    numbered: list[tuple[int, list[Cell]]],
    sheet_name: str | None = None,
) -> Sheet:
    if not numbered or all(is_blank(c) for c in numbered[0][1]):
        raise Problem("empty_file")
    header = [as_text(c) for c in numbered[0][1]]
    rows = [(n, cells) for n, cells in numbered[1:] if not all(is_blank(c) for c in cells)]
    return Sheet(path, label, name, header, rows, sheet_name)


def _read_workbook(path: Path) -> list[Sheet]:
    import openpyxl  # imported here: CSV-only imports need not load it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # style and extension notices mean nothing here
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise Problem("unreadable", detail=f"not a valid .xlsx workbook ({exc})") from None
    try:
        sheets = []
        for ws in book.worksheets:
            numbered = [
                (n, list(values))
                for n, values in enumerate(ws.iter_rows(values_only=True), start=1)
            ]
            if any(not is_blank(c) for _, cells in numbered for c in cells):
                single = len(book.worksheets) == 1
                label = path.name if single else f"{path.name} [{ws.title}]"
                name = path.stem if single else ws.title
                sheets.append(_sheet(path, label, name, numbered, ws.title))
        return sheets
    finally:
        book.close()
