"""Wires the Documents menu and the detail pane's document buttons to the document dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop_app.services import letters, worklist
from ui.documents import document_actions, open_batch

if TYPE_CHECKING:
    from ui.main_controller import MainController

BATCH_LIMIT = 2000


class CaseDocuments(QObject):
    def __init__(self, controller: MainController) -> None:
        super().__init__(controller)
        self.controller = controller
        window = controller.window
        self.actions = document_actions(controller.ctx, window, controller.cases_written)
        window.letter_action.triggered.connect(lambda: self._on_case("letter"))
        window.restructure_action.triggered.connect(lambda: self._on_case("restructure"))
        window.batch_action.triggered.connect(self.batch_for_view)
        if hasattr(window.detail, "document_open_requested"):  # the real DetailPanes
            window.detail.document_open_requested.connect(self.open_document)
            window.detail.delivery_requested.connect(self.actions["delivery"])

    def _on_case(self, action: str) -> None:
        case_id = self.controller.current_case()
        if case_id is None:
            QMessageBox.information(self.controller.window, self.tr("No case selected"),
                                    self.tr("Select a case in the worklist first."))
            return
        self.actions[action](case_id)

    def batch_ids(self) -> list[int]:
        """Every case of the current view, in its order (at most BATCH_LIMIT)."""
        model = self.controller.window.case_model
        sort, descending = model.sort_sql
        return worklist.page_ids(self.controller.ctx, model.filter, sort, descending, 0,
                                 BATCH_LIMIT)

    def batch_for_view(self) -> None:
        ids = self.batch_ids()
        if not ids:
            QMessageBox.information(self.controller.window, self.tr("Nothing to print"),
                                    self.tr("The current view has no cases."))
            return
        open_batch(self.controller.ctx, self.controller.window, ids,
                   self.controller.cases_written)

    def open_document(self, document_id: int) -> Any:
        from ui.documents.pdf_preview import PreviewDialog

        data = letters.document_pdf(self.controller.ctx, document_id)
        dialog = PreviewDialog(data, self.tr("Document"), self.controller.window,
                               file_name=f"document-{document_id}.pdf")
        dialog.show()
        return dialog
