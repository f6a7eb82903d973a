"""Notes: the business-condition notes (经营状况) the officer keeps, stage and next action."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.case_detail import CaseDetail
from desktop_app.services.editing import STAGES
from ui.detail import labels as L
from ui.detail.widgets import named

ERROR_STYLE = "QLabel { color: #b00020; }"


def error_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    named(label, name, accessible)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText("✗ " + text if text else "")
    label.setVisible(bool(text))


class NotesPane(QWidget):
    """A view: edits are reported as signals; the controller saves and calls back."""

    stage_saved = Signal(str)
    next_action_saved = Signal(str, object)  # text, date or None
    notes_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "notesPane", self.tr("Notes, stage and next action"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._stage_box(), 1)
        top.addWidget(self._next_box(), 2)
        layout.addLayout(top)
        layout.addWidget(self._notes_box(), 1)

    def _stage_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stage"))
        form = QFormLayout(box)
        self.stage = QComboBox()
        named(self.stage, "stageCombo", self.tr("Collection stage"))
        for code in STAGES:
            self.stage.addItem(L.label(L.STAGES, code), code)
        self.stage_button = QPushButton(self.tr("Sa&ve stage"))
        named(self.stage_button, "saveStageButton", self.tr("Save the stage"))
        self.stage_button.clicked.connect(lambda: self.stage_saved.emit(self.stage.currentData()))
        self.stage_error = error_label("stageError", self.tr("Stage error"))
        form.addRow(self.tr("Sta&ge:"), self.stage)
        form.addRow(self.stage_error)
        form.addRow(self.stage_button)
        return box

    def _next_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Next action"))
        form = QFormLayout(box)
        self.action = QLineEdit()
        named(self.action, "nextActionEdit", self.tr("Next action"))
        self.action.setMaxLength(200)
        self.action.setPlaceholderText(self.tr("e.g. Call the finance manager about the May instalment"))
        self.action_error = error_label("nextActionError", self.tr("Next action error"))
        self.has_date = QCheckBox(self.tr("On dat&e:"))
        named(self.has_date, "nextActionHasDate", self.tr("Next action has a date"))
        self.date = QDateEdit()
        named(self.date, "nextActionDate", self.tr("Next action date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.has_date.toggled.connect(self.date.setEnabled)
        self.date_error = error_label("nextActionDateError", self.tr("Next action date error"))
        self.next_button = QPushButton(self.tr("Save ne&xt action"))
        named(self.next_button, "saveNextActionButton", self.tr("Save the next action"))
        self.next_button.clicked.connect(self._emit_next)
        form.addRow(self.tr("&Action:"), self.action)
        form.addRow(self.action_error)
        form.addRow(self.has_date, self.date)
        form.addRow(self.date_error)
        form.addRow(self.next_button)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Business condition (经营状况)"))
        layout = QVBoxLayout(box)
        self.notes = QPlainTextEdit()
        named(self.notes, "businessNotesEdit", self.tr("Notes on the business's condition"))
        self.notes.setPlaceholderText(self.tr(
            "Operations, orders, staff, premises, other creditors, assets seen on visits…"))
        self.notes_error = error_label("businessNotesError", self.tr("Notes error"))
        row = QHBoxLayout()
        self.notes_status = QLabel()
        named(self.notes_status, "businessNotesStatus", self.tr("Notes save status"))
        self.notes_button = QPushButton(self.tr("&Save notes"))
        named(self.notes_button, "saveNotesButton", self.tr("Save the business notes"))
        self.notes_button.clicked.connect(lambda: self.notes_saved.emit(self.notes.toPlainText()))
        row.addWidget(self.notes_status, 1)
        row.addWidget(self.notes_button)
        layout.addWidget(self.notes)
        layout.addWidget(self.notes_error)
        layout.addLayout(row)
        return box

    def _emit_next(self) -> None:
        when = self.date.date().toPython() if self.has_date.isChecked() else None
        self.next_action_saved.emit(self.action.text(), when)

    def set_detail(self, d: CaseDetail, *, keep_unsaved: bool = True) -> None:
        self.clear_errors()
        self.stage.setCurrentIndex(max(self.stage.findData(d.stage), 0))
        self.action.setText(d.next_action)
        self.has_date.setChecked(d.next_action_date is not None)
        self.date.setEnabled(d.next_action_date is not None)
        day = d.next_action_date or d.as_of
        self.date.setDate(QDate(day.year, day.month, day.day))
        if not (keep_unsaved and self.notes.document().isModified()):
            self.notes.setPlainText(d.business_notes)
            self.notes.document().setModified(False)
            self.notes_status.clear()

    def show_field_error(self, field: str, text: str) -> None:
        target = {"stage": self.stage_error, "next_action": self.action_error,
                  "next_action_date": self.date_error}.get(field, self.notes_error)
        show_error(target, text)

    def clear_errors(self) -> None:
        for label in (self.stage_error, self.action_error, self.date_error, self.notes_error):
            show_error(label, "")

    def notes_were_saved(self, when: str) -> None:
        self.notes.document().setModified(False)
        self.notes_status.setText(self.tr("Saved at %1").replace("%1", when))
