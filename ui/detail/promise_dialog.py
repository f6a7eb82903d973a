"""Record a promise to pay by hand (issue 4, item 4): amount, due date and who promised.

A view: the controller sets the submitter, which parses the amount and calls
``promises.record_promise``; a ``PromiseError`` comes back as an ``EditError`` naming its
field, and its text is shown next to that field while nothing is written.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from desktop_app.services.editing import EditError
from ui.detail.dialogs import EditDialog, field_of


class PromiseDialog(EditDialog):
    def __init__(self, parties: list[tuple[int, str]], party_id: int | None, due: QDate,
                 hint: str, parent: QWidget | None = None) -> None:
        super().__init__("promiseDialog", self.tr("Record promise to pay"), parent)
        intro = QLabel(hint)
        intro.setObjectName("promiseDialogHint")
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.amount = QLineEdit()
        self.amount.setMaxLength(24)
        self.amount.setPlaceholderText(self.tr("e.g. 5,000.00"))
        self.due = QDateEdit(due)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.party = QComboBox()
        self.party.addItem(self.tr("— no one party —"), None)
        for pid, text in parties:
            self.party.addItem(text, pid)
        self.party.setCurrentIndex(max(self.party.findData(party_id), 0)
                                   if party_id is not None else 0)
        self.add_field("amount", self.tr("&Amount (CNY):"), self.amount, "promiseAmount",
                       self.tr("Promised amount"))
        self.add_field("due_date", self.tr("&Due date:"), self.due, "promiseDueDate",
                       self.tr("Promised payment date"))
        self.add_field("party_id", self.tr("&Party:"), self.party, "promiseParty",
                       self.tr("Party who promised"))
        self.amount.setFocus()

    def values(self) -> dict[str, Any]:
        party = self.party.currentData()
        return {"amount": self.amount.text(), "due_date": self.due.date().toPython(),
                "party_id": int(party) if party is not None else None}

    def message(self, exc: EditError) -> str:
        field, detail = field_of(exc), str(exc).partition(":")[2].strip()
        if field == "amount":
            if found := re.match(r"at least (.+)", detail):
                return self.tr("Enter at least %1.").replace("%1", found[1])
            if found := re.match(r"more than the total owed (.+)", detail):
                return self.tr("That is more than the total owed (%1).").replace("%1", found[1])
            return self.tr("Enter the amount in yuan, e.g. 5000 or 5,000.00.")
        if field == "due_date":
            if found := re.search(r"(\d+) days", detail):
                days = int(found[1])
                return self.tr("The date may be at most %n day(s) from today.", "", days)
            return self.tr("The date must not be in the past.")
        return super().message(exc)
