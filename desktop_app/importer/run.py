"""Import a portfolio from files: all or nothing, or the good rows with ``skip_invalid``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.context import AppContext
from desktop_app.importer.errors import RowError
from desktop_app.importer.known import DatabaseKnown
from desktop_app.importer.parse import Parsed, parse_files
from desktop_app.importer.rejected import write_rejected
from desktop_app.portfolio.writer import Cancelled, Progress, WriteReport, write_portfolio


@dataclass(frozen=True)
class FileSummary:
    """One table read: a CSV file or one sheet of a workbook."""

    label: str
    path: Path
    kind: str
    rows: int
    rejected: int


@dataclass
class ImportResult:
    """What an import did. ``written`` is False when nothing reached the database."""

    files: list[FileSummary] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    written: bool = False
    report: WriteReport | None = None
    rejected_files: list[Path] = field(default_factory=list)
    cancelled: bool = False

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files)

    @property
    def rejected_rows(self) -> int:
        return sum(f.rejected for f in self.files)

    @property
    def ok(self) -> bool:
        """Everything was imported: written, nothing rejected."""
        return self.written and not self.errors

    def as_dict(self) -> dict[str, Any]:
        return {
            "written": self.written,
            "cancelled": self.cancelled,
            "rows": self.rows,
            "rejected_rows": self.rejected_rows,
            "files": [
                {"file": f.label, "kind": f.kind, "rows": f.rows, "rejected": f.rejected}
                for f in self.files
            ],
            "changed": self.report.changed if self.report else {},
            "rejected_files": [str(p) for p in self.rejected_files],
            "errors": [e.as_dict() for e in self.errors],
        }


def run_import(
    ctx: AppContext,
    files: list[Path],
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Read, check and store ``files`` in one transaction.

    Any error and not ``skip_invalid``: nothing is written; the result lists every error.
    With ``skip_invalid`` the good rows are written (rows that depend on rejected rows are
    rejected too) and each table's rejected rows go to ``<name>.rejected.csv`` beside it.
    A problem with a whole file (unreadable, unknown kind, missing column) always stops the
    import. Cancelling writes nothing.
    """
    known = DatabaseKnown(ctx)
    parsed = parse_files(files, known)
    result = ImportResult(files=_summaries(parsed))
    if parsed.file_errors or not skip_invalid:
        result.errors = parsed.errors(knock_on=False)
        if result.errors:
            return result
    else:
        result.errors = parsed.errors(knock_on=True)
        result.rejected_files = write_rejected(parsed.tables, parsed.rows)
    if cancelled and cancelled():
        result.cancelled = True
        return result
    portfolio = known.complete(parsed.portfolio())
    try:
        result.report = write_portfolio(
            ctx, portfolio, source=_source(files), progress=progress, cancelled=cancelled
        )
    except Cancelled:
        result.cancelled = True
        return result
    result.written = True
    return result


def _summaries(parsed: Parsed) -> list[FileSummary]:
    counts: dict[int, tuple[int, int]] = {}
    for row in parsed.rows:
        total, bad = counts.get(id(row.table), (0, 0))
        counts[id(row.table)] = (total + 1, bad + row.rejected)
    return [
        FileSummary(t.sheet.label, t.sheet.path, t.kind.key, *counts.get(id(t), (0, 0)))
        for t in parsed.tables
    ]


def _source(files: list[Path]) -> str:
    """How the audit trail names this import (at most 60 characters)."""
    names = ", ".join(p.name for p in files)
    return names if len(names) <= 60 else f"{names[:50]}… (+{len(files)})"
