"""File → Export view to XLSX: every row of the current filter and order, in the background,
personal data masked (through ``desktop_app.services.export``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.services.export import COLUMNS, export_worklist
from ui.background import Operation
from ui.worklist import columns as C
from ui.worklist.model import CaseTableModel

HEADERS = {
    "priority": QT_TRANSLATE_NOOP("Export", "Priority"),
    "borrower": QT_TRANSLATE_NOOP("Export", "Borrower"),
    "borrower_kind": QT_TRANSLATE_NOOP("Export", "Borrower kind"),
    "main_contract": QT_TRANSLATE_NOOP("Export", "Main contract"),
    "overdue_days": QT_TRANSLATE_NOOP("Export", "Days overdue"),
    "bucket": QT_TRANSLATE_NOOP("Export", "Bucket"),
    "five_tier": QT_TRANSLATE_NOOP("Export", "Five-tier class"),
    "overdue_amount": QT_TRANSLATE_NOOP("Export", "Overdue amount (yuan)"),
    "outstanding": QT_TRANSLATE_NOOP("Export", "Outstanding (yuan)"),
    "last_contact": QT_TRANSLATE_NOOP("Export", "Last contact"),
    "next_action_date": QT_TRANSLATE_NOOP("Export", "Next action date"),
    "next_action": QT_TRANSLATE_NOOP("Export", "Next action"),
    "promise_status": QT_TRANSLATE_NOOP("Export", "Promise"),
    "stage": QT_TRANSLATE_NOOP("Export", "Stage"),
    "deadline": QT_TRANSLATE_NOOP("Export", "Nearest deadline"),
    "deadline_kind": QT_TRANSLATE_NOOP("Export", "Deadline kind"),
}


def headers() -> list[str]:
    return [QCoreApplication.translate("Export", HEADERS[c]) for c in COLUMNS]


def default_name() -> str:
    return f"worklist-{dt.date.today().isoformat()}.xlsx"


def export_view(ctx: Any, model: CaseTableModel, path: Path, parent: QWidget | None = None,
                on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None) -> Operation:
    """Start exporting ``model``'s filter and order to ``path``; returns the operation."""
    f = model.filter
    column, order = model.sort_key
    sort = C.SORT_KEYS.get(column) or "priority"
    descending = order.name == "DescendingOrder"
    names = headers()
    # Labels are translated here on the main thread; the worker gets plain strings.
    labels = {code: C.label(code) for code in C.LABELS}
    return Operation(
        lambda progress, cancelled: export_worklist(
            ctx, f, path, headers=names, label=lambda code: labels.get(code, code), sort=sort,
            descending=descending, progress=progress, cancelled=cancelled),
        parent=parent, label=QCoreApplication.translate("Export", "Exporting the worklist…"),
        on_done=on_done, on_error=on_error).start()


def ask_path(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Export", "Export view to XLSX"),
        str(folder / default_name()), QCoreApplication.translate("Export", "Excel (*.xlsx)"))
    return Path(name) if name else None
