"""Files -> typed rows -> checked rows -> a Portfolio plus every RowError.

Row numbers are those the officer sees in Excel (header = row 1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.importer import columns as C
from desktop_app.importer import values as V
from desktop_app.importer.assemble import assemble
from desktop_app.importer.errors import Problem, RowError
from desktop_app.importer.links import Lookup, check_links, knock_on, nothing_known
from desktop_app.importer.readers import Sheet, read_tables
from desktop_app.importer.rows import Row, Table, file_error
from desktop_app.importer.validate import (
    ROW_CHECKS,
    parse_email,
    parse_phone,
    parse_source,
    parse_timezone,
)
from desktop_app.portfolio.records import Portfolio

Parser = Callable[[V.Cell, C.Column, Table], Any]


def _choice(cell: V.Cell, column: C.Column, table: Table) -> str:
    assert column.choices is not None
    return V.parse_choice(cell, column.choices)


def _rate(cell: V.Cell, column: C.Column, table: Table) -> Any:
    header = table.header_of(column.key)
    return V.parse_rate(cell, percent="%" in header or "％" in header)


def _plain(parse: Callable[[V.Cell], Any]) -> Parser:
    return lambda cell, column, table: parse(cell)


PARSERS: dict[str, Parser] = {
    C.TEXT: _plain(V.parse_text),
    C.CODE: _plain(V.parse_code),
    C.DATE: _plain(V.parse_date),
    C.MONEY: _plain(V.parse_money),
    C.POSITIVE: _plain(V.parse_positive_money),
    C.RATE: _rate,
    C.INT: _plain(V.parse_int),
    C.BOOL: _plain(V.parse_bool),
    C.CHOICE: _choice,
    C.TIMEZONE: _plain(parse_timezone),
    C.PHONE: _plain(parse_phone),
    C.EMAIL: _plain(parse_email),
    C.SOURCE: _plain(parse_source),
}


@dataclass
class Parsed:
    """Everything read from a set of files, with each row's verdict."""

    tables: list[Table] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    file_errors: list[RowError] = field(default_factory=list)

    def errors(self, *, knock_on: bool = True) -> list[RowError]:
        """File errors, then each row's errors in file and row order."""
        found = list(self.file_errors)
        for row in self.rows:
            found.extend(row.errors if knock_on else row.own_errors)
        return found

    def accepted(self) -> list[Row]:
        return [r for r in self.rows if not r.rejected]

    def rejected(self) -> list[Row]:
        return [r for r in self.rows if r.rejected]

    def portfolio(self) -> Portfolio:
        """The accepted rows as records (all rows when nothing was rejected)."""
        return assemble(self.accepted())


def parse_files(paths: list[Path], known: Lookup = nothing_known) -> Parsed:
    """Read, type and check every row of ``paths``; ``known`` says what the database holds."""
    parsed = Parsed()
    for path in paths:
        tables, errors = read_file(path)
        parsed.tables.extend(tables)
        parsed.file_errors.extend(errors)
        for table in tables:
            parsed.rows.extend(parse_table(table))
    # references into an unusable file would all look unknown; judge them once it is fixed
    check_links(parsed.rows, known, references=not parsed.file_errors)
    knock_on(parsed.rows)
    return parsed


def read_file(path: Path) -> tuple[list[Table], list[RowError]]:
    """The tables of one file with their kinds, or the reasons the file cannot be used."""
    try:
        sheets = read_tables(path)
    except Problem as problem:
        return [], [RowError(path.name, 0, "", "", problem.reason, problem.code)]
    tables: list[Table] = []
    errors: list[RowError] = []
    for sheet in sheets:
        table, problems = _table(sheet)
        errors.extend(problems)
        if table is not None and not problems:
            tables.append(table)
    return tables, errors


def _table(sheet: Sheet) -> tuple[Table | None, list[RowError]]:
    kind = C.guess_kind(sheet.name, sheet.header)
    if kind is None:
        return None, [file_error(sheet.label, "unknown_kind")]
    found = C.match_header(kind, sheet.header)
    errors = [
        file_error(sheet.label, "missing_column", column=f"{c.zh} / {c.en}")
        for c in C.missing_required(kind, found)
    ]
    errors += [
        file_error(sheet.label, "duplicate_column", column=h)
        for h in C.duplicate_headers(kind, sheet.header)
    ]
    return Table(sheet, kind, found), errors


def parse_table(table: Table) -> list[Row]:
    rows = []
    for number, cells in table.sheet.rows:
        row = Row(table, number, cells)
        for column in table.kind.columns:
            if column.key in table.columns:
                _parse_cell(row, column)
        check = ROW_CHECKS.get(table.kind.key)
        if check is not None:
            check(row)
        rows.append(row)
    return rows


def _parse_cell(row: Row, column: C.Column) -> None:
    cell = row.cell(column.key)
    if V.is_blank(cell):
        row.values[column.key] = None
        if column.required:
            row.failed.add(column.key)
            row.fail(column.key, Problem("missing"))
        return
    try:
        row.values[column.key] = PARSERS[column.type](cell, column, row.table)
    except Problem as problem:
        row.values[column.key] = None
        row.failed.add(column.key)
        row.fail(column.key, problem)
