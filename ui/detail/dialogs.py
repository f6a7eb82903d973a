"""Dialogs for the officer's edits. Each collects values and hands them to a submitter (set
by the controller) that calls the service; a typed ``EditError`` is shown next to its field
and the dialog stays open, so nothing is written until the input is valid."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.editing import CONTACT_KINDS, LAWFUL_SOURCES, PARTY_FLAGS, EditError
from ui.detail import labels as L
from ui.detail.notes import error_label, show_error
from ui.detail.widgets import named

Submitter = Callable[[dict[str, Any]], None]


def field_of(exc: EditError) -> str:
    """The field an ``EditError`` names ("value: not an e-mail address" -> "value")."""
    head, sep, _ = str(exc).partition(":")
    return head.strip() if sep and head.strip().isidentifier() else ""


class EditMessages(QObject):
    """Officer-facing, translated text for the services' typed errors."""

    def text(self, exc: EditError, kind: str = "") -> str:
        field, raw = field_of(exc), str(exc)
        if field == "value":
            if "empty" in raw:
                return self.tr("Enter a value.")
            if "already" in raw:
                return self.tr("This contact is already recorded for the party.")
            if kind == "email" or "e-mail" in raw:
                return self.tr("Enter an e-mail address such as name@example.com.")
            return self.tr("Enter a mainland mobile number (11 digits) or a landline number "
                           "with its area code.")
        known = {"source": self.tr("Choose the lawful source of this contact."),
                 "kind": self.tr("Choose phone, e-mail or address."),
                 "reason": self.tr("Give a reason; it is kept in the audit trail."),
                 "invalid_reason": self.tr("Say why the contact is no longer valid."),
                 "next_action_date": self.tr("The date must not be in the past."),
                 "stage": self.tr("Choose a stage."),
                 "flags": self.tr("One of the flags is not known.")}
        return known.get(field, raw)


class EditDialog(QDialog):
    """Base: OK runs the submitter; an EditError shows next to its field, else closes."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, title)
        self.setWindowTitle(title)
        self.submitter: Submitter | None = None
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.general_error = error_label(f"{name}Error", self.tr("Error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        named(self.buttons.button(QDialogButtonBox.StandardButton.Ok), f"{name}Ok",
              self.tr("OK"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), f"{name}Cancel",
              self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def add_field(self, field: str, text: str, widget: QWidget, name: str, accessible: str
                  ) -> None:
        named(widget, name, accessible)
        self.fields[field] = widget
        self.form.addRow(text, widget)
        self.errors[field] = error_label(f"{name}Error", self.tr("%1 error").replace("%1", accessible))
        self.form.addRow("", self.errors[field])

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def kind(self) -> str:
        return ""

    def message(self, exc: EditError) -> str:
        """The officer-facing text for ``exc``, shown next to its field."""
        return EditMessages(self).text(exc, self.kind())

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            show_error(label, "")
        for widget in self.fields.values():
            widget.setAccessibleDescription("")

    def accept(self) -> None:
        self.clear_errors()
        try:
            if self.submitter is not None:
                self.submitter(self.values())
        except EditError as exc:
            label = self.errors.get(field_of(exc), self.general_error)
            text = self.message(exc)
            show_error(label, text)
            field = self.fields.get(field_of(exc))
            if field is not None:
                field.setAccessibleDescription(text)
                field.setFocus()
            self.adjustSize()
            return
        super().accept()


class AddContactDialog(EditDialog):
    def __init__(self, party_name: str, parent: QWidget | None = None) -> None:
        super().__init__("addContactDialog", self.tr("Add contact"), parent)
        self.form.addRow(self.tr("Party:"), QLabel(party_name))
        self.kind_box = QComboBox()
        for code in CONTACT_KINDS:
            self.kind_box.addItem(L.label(L.CONTACT_KINDS, code), code)
        self.value = QLineEdit()
        self.value.setMaxLength(300)
        self.source = QComboBox()
        self.source.addItem(self.tr("— choose —"), "")
        for code in LAWFUL_SOURCES:
            self.source.addItem(L.label(L.SOURCES, code), code)
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(40)
        self.add_field("kind", self.tr("&Kind:"), self.kind_box, "contactKind", self.tr("Kind"))
        self.add_field("value", self.tr("&Value:"), self.value, "contactValue", self.tr("Value"))
        self.add_field("source", self.tr("Lawful &source:"), self.source, "contactSource",
                       self.tr("Lawful source"))
        self.add_field("label", self.tr("&Label:"), self.label_edit, "contactLabel",
                       self.tr("Label"))
        self.label_edit.setPlaceholderText(self.tr("e.g. finance office, mobile"))
        self.value.setFocus()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind(), "value": self.value.text(),
                "source": str(self.source.currentData()), "label": self.label_edit.text().strip()}


class ReasonDialog(EditDialog):
    """Asks for the reason an action needs (reveal, mark invalid)."""

    def __init__(self, name: str, title: str, prompt: str, field: str = "reason",
                 parent: QWidget | None = None) -> None:
        super().__init__(name, title, parent)
        self.field = field
        intro = QLabel(prompt)
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.add_field(field, self.tr("&Reason:"), self.reason, f"{name}Reason", self.tr("Reason"))
        self.reason.setFocus()

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.text()}


class FlagsDialog(EditDialog):
    def __init__(self, party_name: str, flags: tuple[str, ...], parent: QWidget | None = None
                 ) -> None:
        super().__init__("flagsDialog", self.tr("Party flags"), parent)
        self.form.addRow(self.tr("Party:"), QLabel(party_name))
        self.boxes: dict[str, QCheckBox] = {}
        for code in PARTY_FLAGS:
            box = QCheckBox(L.label(L.FLAGS, code))
            named(box, f"flag_{code}", L.label(L.FLAGS, code))
            box.setChecked(code in flags)
            self.boxes[code] = box
            self.form.addRow(box)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.add_field("reason", self.tr("&Reason:"), self.reason, "flagsReason",
                       self.tr("Reason for the change"))

    def values(self) -> dict[str, Any]:
        return {"flags": {code: box.isChecked() for code, box in self.boxes.items()},
                "reason": self.reason.text()}


class NextActionDialog(EditDialog):
    def __init__(self, action: str, when: QDate, parent: QWidget | None = None) -> None:
        super().__init__("nextActionDialog", self.tr("Next action"), parent)
        self.action = QLineEdit(action)
        self.action.setMaxLength(200)
        self.date = QDateEdit(when)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.add_field("next_action", self.tr("&Action:"), self.action, "nextActionDialogAction",
                       self.tr("Next action"))
        self.add_field("next_action_date", self.tr("&Date:"), self.date, "nextActionDialogDate",
                       self.tr("Next action date"))

    def values(self) -> dict[str, Any]:
        return {"action": self.action.text(), "when": self.date.date().toPython()}
