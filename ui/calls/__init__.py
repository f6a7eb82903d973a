"""The call logger (issue 4, item 3): verdict before the call, the script step by step,
the timer and notes, and one immutable call record at the end.

Wiring: ``open_call_logger(ctx, case_id, parent)`` from any ``call_requested(case_id)``;
``offer_restore(ctx, window)`` once at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.context import AppContext
from ui.calls.dialog import CallLoggerDialog
from ui.calls.restore import offer_restore

__all__ = ["CallLoggerDialog", "offer_restore", "open_call_logger"]


def open_call_logger(ctx: AppContext, case_id: int, parent: QWidget | None = None,
                     party_id: int | None = None) -> CallLoggerDialog:
    """Show the logger for ``case_id`` (raising the one already open for it, if any)."""
    if parent is not None:
        for open_one in parent.findChildren(CallLoggerDialog):
            if open_one.case_id == case_id and open_one.isVisible():
                open_one.raise_()
                open_one.activateWindow()
                return open_one
    dialog = CallLoggerDialog(ctx, case_id, parent, party_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
