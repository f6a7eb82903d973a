"""Header mapping for imports whose headers do not match the documented format (Qt-free).

The importer recognises headers by name only, so when the officer assigns columns by hand
this module writes a temporary copy of the file with the documented Chinese header names;
the importer then reads the copy. Row numbers stay those of the original file. A mapping is
remembered per source by the signature of its header row.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.importer.columns import (
    KINDS,
    FileKind,
    guess_kind,
    header_key,
    match_header,
    missing_required,
)
from desktop_app.importer.errors import Problem
from desktop_app.importer.readers import Sheet, decode, read_tables
from desktop_app.importer.values import as_text

PREVIEW_ROWS = 5
UNUSED = "未用·"


@dataclass
class SheetInfo:
    path: Path
    label: str
    sheet_name: str | None
    header: list[str]
    preview: list[list[str]]
    kind: FileKind | None
    found: dict[str, int] = field(default_factory=dict)

    @property
    def signature(self) -> str:
        return signature(self.header)

    @property
    def needs_mapping(self) -> bool:
        return self.kind is None or bool(missing_required(self.kind, self.found))


@dataclass(frozen=True)
class Mapping:
    kind: str  # a key of KINDS
    columns: dict[str, int]  # column key -> index in the source header

    def as_settings(self, header: list[str]) -> dict[str, object]:
        return {"kind": self.kind, "columns": {k: header[i] for k, i in self.columns.items()}}

    @staticmethod
    def from_settings(raw: dict[str, object], header: list[str]) -> Mapping | None:
        kind, cols = raw.get("kind"), raw.get("columns")
        if kind not in KINDS or not isinstance(cols, dict):
            return None
        index = {h: n for n, h in enumerate(header)}
        columns = {str(k): index[str(v)] for k, v in cols.items() if str(v) in index}
        return Mapping(str(kind), columns)


def signature(header: list[str]) -> str:
    """Identifies a source by its header row (folded, so case and spacing do not matter)."""
    return hashlib.sha1("|".join(header_key(h) for h in header).encode()).hexdigest()[:16]


def _info(sheet: Sheet) -> SheetInfo:
    kind = guess_kind(sheet.name, sheet.header)
    found = match_header(kind, sheet.header) if kind else {}
    preview = [[as_text(c) for c in cells] for _, cells in sheet.rows[:PREVIEW_ROWS]]
    return SheetInfo(sheet.path, sheet.label, sheet.sheet_name, sheet.header, preview, kind,
                     found)


def inspect(path: Path) -> list[SheetInfo]:
    """The tables of ``path`` with what the importer would make of their headers.

    An unreadable file yields no tables: the importer itself reports why."""
    try:
        return [_info(s) for s in read_tables(path)]
    except Problem:
        return []


def missing(mapping: Mapping) -> list[str]:
    """Required column keys the mapping leaves unassigned."""
    return [c.key for c in missing_required(KINDS[mapping.kind], mapping.columns)]


def _renamed(header: list[str], mapping: Mapping) -> list[str]:
    kind = KINDS[mapping.kind]
    by_index = {i: kind.column(k).zh for k, i in mapping.columns.items()}
    known = {header_key(n) for c in kind.columns for n in c.names()}
    return [by_index.get(n, UNUSED + h if header_key(h) in known else h)
            for n, h in enumerate(header)]


def apply(path: Path, mappings: dict[str | None, Mapping], folder: Path) -> Path:
    """A copy of ``path`` in ``folder`` whose mapped tables carry the documented headers.

    ``mappings`` is keyed by sheet name (``None`` for a CSV file)."""
    folder.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _apply_workbook(path, mappings, folder)
    mapping = mappings[None]
    text = decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first.count)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    records[0] = _renamed(records[0], mapping)
    out = folder / f"{KINDS[mapping.kind].zh}-{path.stem}.csv"
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(records)
    return out


def _apply_workbook(path: Path, mappings: dict[str | None, Mapping], folder: Path) -> Path:
    import openpyxl

    source = openpyxl.load_workbook(path, read_only=True, data_only=True)
    target = openpyxl.Workbook()
    target.remove(target.active)
    try:
        for ws in source.worksheets:
            mapping = mappings.get(ws.title)
            out = target.create_sheet(KINDS[mapping.kind].zh if mapping else ws.title)
            for n, values in enumerate(ws.iter_rows(values_only=True)):
                row = list(values)
                if n == 0 and mapping:
                    row = _renamed([as_text(c) for c in row], mapping)
                out.append(row or [None])
    finally:
        source.close()
    only = next(iter(mappings.values()))
    name = f"{KINDS[only.kind].zh}-{path.stem}.xlsx" if len(source.sheetnames) == 1 else path.name
    out_path = folder / name
    target.save(out_path)
    return out_path
