"""The end of the call: the outcome the script reached, the proposed next action and date
(both editable), Finish, and what was written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.calls.script_engine import ProposedAction
from ui.calls.labels import NEXT_ACTIONS, OUTCOMES, bind, label, named

ERROR_STYLE = "color: #b42318;"
DONE_STYLE = "color: #1b7a32; font-weight: bold;"


class FinishPanel(QGroupBox):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outcome and next action"), parent)
        named(self, "callFinishBox", self.tr("Outcome and next action"))
        self.today = today
        self.outcome = QLabel(self)
        named(self.outcome, "callOutcome", self.tr("Outcome"))
        self.next_action = QComboBox(self)
        named(self.next_action, "callNextAction", self.tr("Next action"))
        self.next_action.setEditable(True)
        self.next_action.setMinimumContentsLength(16)
        for code in NEXT_ACTIONS:
            self.next_action.addItem(label(NEXT_ACTIONS, code), code)
        self.next_date = QDateEdit(self)
        named(self.next_date, "callNextActionDate", self.tr("Next action date"))
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.next_date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.finish_button = QPushButton(self.tr("&Finish call (Ctrl+S)"), self)
        named(self.finish_button, "callFinishButton", self.tr("Finish and save the call"))
        bind(self.finish_button, QKeySequence("Ctrl+S"))
        self.message = QLabel(self)
        named(self.message, "callFinishMessage", self.tr("Finish message"))
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        outcome_caption = QLabel(self.tr("Outcome:"), self)
        row.addWidget(outcome_caption)
        row.addWidget(self.outcome, 1)
        for text, widget in ((self.tr("Ne&xt action:"), self.next_action),
                             (self.tr("Da&te:"), self.next_date)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.show_proposal(None, None)

    def show_proposal(self, outcome: str | None, proposed: ProposedAction | None) -> None:
        """The script's outcome (None while the call runs) and its proposed follow-up."""
        self.outcome.setText(label(OUTCOMES, outcome) if outcome else self.tr("— call running —"))
        ready = outcome is not None
        for widget in (self.next_action, self.next_date, self.finish_button):
            widget.setEnabled(ready)
        if proposed is None:
            self.next_action.setCurrentIndex(-1)
        else:
            index = self.next_action.findData(proposed.action)
            if index >= 0:
                self.next_action.setCurrentIndex(index)
            else:
                self.next_action.setEditText(proposed.action)
            self.next_date.setDate(QDate(proposed.due.year, proposed.due.month, proposed.due.day))
        self.message.clear()

    def chosen_action(self) -> tuple[str, dt.date]:
        """The action code (or the officer's own words) and its date."""
        text = self.next_action.currentText().strip()
        index = self.next_action.findText(text)
        code = self.next_action.itemData(index) if index >= 0 else None
        return (str(code) if code else text), self.next_date.date().toPython()

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def show_done(self, outcome: str, action: str, due: dt.date | None) -> None:
        self.outcome.setText(label(OUTCOMES, outcome))
        self.message.setStyleSheet(DONE_STYLE)
        when = due.isoformat() if due else ""
        self.message.setText(self.tr("Call saved: %1. Next: %2 on %3.")
                             .replace("%1", label(OUTCOMES, outcome))
                             .replace("%2", label(NEXT_ACTIONS, action)).replace("%3", when))
        for widget in (self.next_action, self.next_date, self.finish_button):
            widget.setEnabled(False)
