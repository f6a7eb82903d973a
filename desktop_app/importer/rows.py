"""A parsed row: where it came from, its typed values, and what is wrong with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.importer.columns import FileKind
from desktop_app.importer.errors import Problem, RowError, reason
from desktop_app.importer.readers import Sheet
from desktop_app.importer.values import Cell, as_text
from desktop_app.privacy import mask_text

# Personal identifiers are masked in reports (the officer finds them by row and column).
MASKED = frozenset(
    {"id_number", "borrower_id", "guarantor_id", "owner_id", "phone_1", "phone_2", "email"}
)

# Codes that only say "rejected because another row was"; not errors of the row itself.
KNOCK_ON = frozenset({"depends_on_rejected", "schedule_rejected"})


@dataclass(frozen=True)
class Table:
    """A sheet read as one file kind; ``columns`` maps column key -> index in the header."""

    sheet: Sheet
    kind: FileKind
    columns: dict[str, int]

    def header_of(self, key: str) -> str:
        index = self.columns.get(key)
        return self.sheet.header[index] if index is not None else self.kind.column(key).zh


@dataclass
class Row:
    table: Table
    number: int
    cells: list[Cell]
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)  # columns whose value did not parse

    @property
    def kind(self) -> str:
        return self.table.kind.key

    @property
    def where(self) -> str:
        return f"{self.table.sheet.label}:{self.number}"

    @property
    def rejected(self) -> bool:
        return bool(self.errors)

    @property
    def own_errors(self) -> list[RowError]:
        return [e for e in self.errors if e.code not in KNOCK_ON]

    def cell(self, key: str) -> Cell:
        index = self.table.columns.get(key)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def fail(self, key: str, problem: Problem) -> None:
        """Record ``problem`` against column ``key`` (empty: the row as a whole)."""
        text = as_text(self.cell(key)) if key else ""
        self.errors.append(
            RowError(
                file=self.table.sheet.label,
                row=self.number,
                column=self.table.header_of(key) if key else "",
                value=mask_text(text) if key in MASKED else text,
                reason=problem.reason,
                code=problem.code,
            )
        )

    def knock_on(self, code: str, **params: object) -> None:
        """Reject because of another row, once."""
        if not any(e.code in KNOCK_ON for e in self.errors):
            self.errors.append(
                RowError(self.table.sheet.label, self.number, "", "", reason(code, **params), code)
            )


def file_error(label: str, code: str, column: str = "", **params: object) -> RowError:
    """A problem with a whole file: row 0 (or the header, row 1, for column problems)."""
    row = 1 if column else 0
    return RowError(label, row, column, "", reason(code, column=column, **params), code)
