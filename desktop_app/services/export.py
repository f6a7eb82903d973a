"""Export the worklist of a filter to XLSX: every row of the filter (paged), personal data
masked. Column headers and value labels come from the caller (the window translates them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.context import AppContext
from desktop_app.domain.money import fen_to_decimal
from desktop_app.privacy import mask_text
from desktop_app.services import worklist
from desktop_app.services.worklist import CaseRow, WorklistFilter

PAGE = 1000
COLUMNS = ("priority", "borrower", "borrower_kind", "main_contract", "overdue_days", "bucket",
           "five_tier", "overdue_amount", "outstanding", "last_contact", "next_action_date",
           "next_action", "promise_status", "stage", "deadline", "deadline_kind")


class ExportCancelled(Exception):
    """The officer cancelled; the partial file was removed."""


def _values(row: CaseRow, label: Callable[[str], str]) -> list[object]:
    return [
        row.priority, row.borrower_name, label(row.borrower_kind), row.main_contract_no, row.dpd,
        row.bucket, label(row.five_tier), fen_to_decimal(row.overdue_amount),
        fen_to_decimal(row.outstanding),
        row.last_contact_at.date() if row.last_contact_at else None, row.next_action_date,
        mask_text(row.next_action), label(row.promise_status), label(row.stage),
        row.nearest_deadline, label(row.nearest_deadline_kind),
    ]


def export_worklist(ctx: AppContext, f: WorklistFilter, path: Path, *, headers: Sequence[str],
                    label: Callable[[str], str] = str, sort: str = "priority",
                    descending: bool = True,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> int:
    """Write every case of ``f`` in the given order; returns the number of rows written."""
    import openpyxl

    if len(headers) != len(COLUMNS):
        raise ValueError(f"expected {len(COLUMNS)} headers, got {len(headers)}")
    total = worklist.count(ctx, f)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("worklist")
    sheet.append(list(headers))
    written = 0
    while written < total:
        if cancelled and cancelled():
            raise ExportCancelled("export cancelled")
        ids = worklist.page_ids(ctx, f, sort, descending, offset=written, limit=PAGE)
        if not ids:
            break
        for row in worklist.rows(ctx, ids):
            sheet.append(_values(row, label))
        written += len(ids)
        if progress:
            progress(written, total)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return written
