"""Formal documents in the app: letters, preview/print, batch runs, delivery, restructuring.

``document_actions(ctx, parent)`` gives the main window one opener per action; each takes
an id (a case id, except ``delivery`` which takes a document id; ``batch`` takes a case id
and runs over that one case; the worklist passes its selection to ``open_batch``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.context import AppContext

__all__ = ["document_actions", "open_batch"]


def _show(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def open_batch(ctx: AppContext, parent: QWidget | None, case_ids: Iterable[int]) -> None:
    from ui.documents.batch_dialog import BatchDialog

    _show(BatchDialog(ctx, list(case_ids), parent))


def document_actions(ctx: AppContext, parent: QWidget | None) -> dict[str, Callable[[int], None]]:
    """Openers for the Documents menu and the detail pane's quick actions.

    The dialogs are imported when first opened, so start-up does not pay for them.
    """

    def letter(case_id: int) -> None:
        from ui.documents.letter_dialog import LetterDialog

        _show(LetterDialog(ctx, case_id, parent))

    def delivery(document_id: int) -> None:
        from ui.documents.delivery_dialog import DeliveryDialog

        _show(DeliveryDialog(ctx, document_id, parent))

    def restructure(case_id: int) -> None:
        from ui.documents.restructure_wizard import RestructureWizard

        _show(RestructureWizard(ctx, case_id, parent))

    return {
        "letter": letter,
        "batch": lambda case_id: open_batch(ctx, parent, [case_id]),
        "delivery": delivery,
        "restructure": restructure,
    }
