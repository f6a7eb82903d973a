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


Written = Callable[[Iterable[int]], None]
"""Told the cases a dialog wrote to (a letter, a delivery, a plan), to show them anew."""


def _nothing(_case_ids: Iterable[int]) -> None:
    return None


def open_batch(ctx: AppContext, parent: QWidget | None, case_ids: Iterable[int],
               written: Written = _nothing) -> QDialog:
    from ui.documents.batch_dialog import BatchDialog

    dialog = BatchDialog(ctx, list(case_ids), parent)
    dialog.completed.connect(lambda result: written({d.case_id for d in result.documents}))
    _show(dialog)
    return dialog


def document_actions(ctx: AppContext, parent: QWidget | None, written: Written = _nothing
                     ) -> dict[str, Callable[[int], QDialog]]:
    """Openers for the Documents menu and the detail pane's quick actions; ``written`` hears
    of every case a dialog wrote to.

    The dialogs are imported when first opened, so start-up does not pay for them.
    """

    def letter(case_id: int) -> QDialog:
        from ui.documents.letter_dialog import LetterDialog

        dialog = LetterDialog(ctx, case_id, parent)
        dialog.generated.connect(lambda _doc: written([case_id]))
        _show(dialog)
        return dialog

    def delivery(document_id: int) -> QDialog:
        from ui.documents.delivery_dialog import DeliveryDialog

        dialog = DeliveryDialog(ctx, document_id, parent)
        dialog.recorded.connect(lambda changes: written(changes.case_ids))
        _show(dialog)
        return dialog

    def restructure(case_id: int) -> QDialog:
        from ui.documents.restructure_wizard import RestructureWizard

        wizard = RestructureWizard(ctx, case_id, parent)
        wizard.agreement_generated.connect(lambda _doc: written([case_id]))
        wizard.status_changed.connect(lambda _status: written([case_id]))
        _show(wizard)
        return wizard

    return {
        "letter": letter,
        "batch": lambda case_id: open_batch(ctx, parent, [case_id], written),
        "delivery": delivery,
        "restructure": restructure,
    }
