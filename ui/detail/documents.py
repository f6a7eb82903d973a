"""Documents: letters and agreements issued on the case, with their delivery status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.case_detail import CaseDetail
from ui.detail import labels as L
from ui.detail.table_model import ID_ROLE, RowsModel, right_aligned
from ui.detail.widgets import make_table, named

LETTER_NO, KIND, LANGUAGE, ISSUED, TOTAL, METHOD, SENT, DELIVERED, STATUS = range(9)


def delivery_status(doc: dict[str, Any]) -> str:
    """A code for where the document is: delivered, refused, returned, sent or not_sent."""
    outcome = str(doc.get("outcome") or "")
    if outcome in ("delivered", "refused", "returned"):
        return outcome
    if doc.get("delivered_on"):
        return "delivered"
    return "sent" if doc.get("sent_on") else "not_sent"


class DocumentModel(RowsModel):
    COLUMNS = ("letter_no", "kind", "language", "issue_date", "total", "delivery_method",
               "sent_on", "delivered_on", "status")

    def header(self, col: int) -> str:
        return (self.tr("Letter no."), self.tr("Kind"), self.tr("Language"),
                self.tr("Issued"), self.tr("Amount stated"), self.tr("Delivery"),
                self.tr("Sent on"), self.tr("Delivered on"), self.tr("Delivery status"))[col]

    def status_text(self, code: str) -> str:
        return {"delivered": "✓ " + self.tr("Delivered"),
                "refused": "✗ " + self.tr("Refused by the addressee"),
                "returned": "↩ " + self.tr("Returned undelivered"),
                "sent": "→ " + self.tr("Sent, awaiting proof of delivery"),
                "not_sent": "○ " + self.tr("Not sent")}[code]

    def display(self, row: dict[str, Any], col: int) -> str:
        if col == KIND:
            return L.label(L.DOC_KINDS, str(row["kind"]))
        if col == LANGUAGE:
            return L.label(L.LANGUAGES, str(row["language"]))
        if col in (ISSUED, SENT, DELIVERED):
            return L.date_text(row[self.COLUMNS[col]])
        if col == TOTAL:
            return L.money(int(row["total"] or 0))
        if col == METHOD:
            method = str(row["delivery_method"] or "")
            return L.label(L.DELIVERY_METHODS, method) if method else "—"
        if col == STATUS:
            return self.status_text(delivery_status(row))
        return str(row["letter_no"])

    def sort_value(self, row: dict[str, Any], col: int) -> Any:
        if col == TOTAL:
            return int(row["total"] or 0)
        return self.display(row, col)

    def row_id(self, row: dict[str, Any]) -> int:
        return int(row["id"])

    def code(self, row: dict[str, Any], col: int) -> Any:
        return delivery_status(row)

    def decorate(self, row: dict[str, Any], col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TOTAL:
            return right_aligned()
        return None


class DocumentsPane(QWidget):
    open_requested = Signal(int)  # document id: show the stored PDF
    delivery_requested = Signal(int)  # document id: record its delivery

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "documentsPane", self.tr("Letters and agreements"))
        self.model = DocumentModel(self)
        self.table = make_table(self.model, "documentsTable", self.tr("Letters and agreements"))
        self.summary = QLabel()
        named(self.summary, "documentsSummary", self.tr("Documents summary"))
        self.open_button = QPushButton(self.tr("&Open…"))
        named(self.open_button, "documentOpenButton", self.tr("Open the selected document"))
        self.delivery_button = QPushButton(self.tr("Record &delivery…"))
        named(self.delivery_button, "documentDeliveryButton",
              self.tr("Record delivery of the selected document"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delivery_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.delivery_button.clicked.connect(lambda: self._emit(self.delivery_requested))
        self.table.doubleClicked.connect(lambda _i: self._emit(self.open_requested))

    def selected_document(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def _emit(self, signal: Any) -> None:
        doc = self.selected_document()
        if doc is not None:
            signal.emit(doc)

    def set_detail(self, d: CaseDetail) -> None:
        self.model.set_rows(d.documents)
        delivered = sum(1 for doc in d.documents if delivery_status(doc) == "delivered")
        if d.documents:
            self.summary.setText(self.tr("%1 document(s), %2 delivered with proof")
                                 .replace("%1", str(len(d.documents)))
                                 .replace("%2", str(delivered)))
        else:
            self.summary.setText(self.tr("No letters or agreements have been issued on this case."))
