"""Write the rejected rows of each table beside its input, with the reasons, for Excel."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from desktop_app.importer.columns import ERROR_COLUMNS, header_key
from desktop_app.importer.rows import Row, Table
from desktop_app.importer.values import Cell, as_text


def rejected_path(table: Table) -> Path:
    """``loans.csv`` -> ``loans.rejected.csv``; a sheet of a workbook -> ``book.<sheet>...``."""
    sheet = table.sheet
    several = sheet.sheet_name is not None and sheet.label != sheet.path.name
    stem = f"{sheet.path.stem}.{sheet.sheet_name}" if several else sheet.path.stem
    return sheet.path.with_name(f"{stem}.rejected.csv")


def write_rejected(tables: list[Table], rows: list[Row]) -> list[Path]:
    """One UTF-8-with-BOM CSV per table: its original columns plus the error columns.

    A table with no rejected rows gets a file with the header only, so no stale list of
    rejections from an earlier run is left beside the input.
    """
    by_table: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        if row.rejected:
            by_table[id(row.table)].append(row)
    written = []
    for table in tables:
        path = rejected_path(table)
        _write(path, table, by_table.get(id(table), []))
        written.append(path)
    return written


def _write(path: Path, table: Table, rows: list[Row]) -> None:
    ours = {header_key(c) for c in ERROR_COLUMNS}
    keep = [i for i, h in enumerate(table.sheet.header) if header_key(h) not in ours]
    header = [table.sheet.header[i] for i in keep] + list(ERROR_COLUMNS)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(header)
        for row in rows:
            cells = [_original(row.cells[i]) if i < len(row.cells) else "" for i in keep]
            columns = "; ".join(dict.fromkeys(e.column for e in row.errors if e.column))
            reasons = "; ".join(
                f"{e.column}: {e.reason}" if e.column else e.reason for e in row.errors
            )
            out.writerow([*cells, columns, reasons])


def _original(cell: Cell) -> str:
    """CSV text exactly as read; workbook values as the officer would type them."""
    return cell if isinstance(cell, str) else as_text(cell)
