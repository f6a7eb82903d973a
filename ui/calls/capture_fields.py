"""One editor per capture type of a script step: amount, date, enum, contact, text.

Every editor reports ``edited`` and returns a value the script engine's ``set_answer``
accepts (None for "no value"); ``set_value`` takes what the engine stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from desktop_app.calls.script_model import CONTACT_SOURCE_CODES, Capture, CodeLabel
from ui.calls.labels import bilingual, named

Codes = Mapping[str, Mapping[str, CodeLabel]]
AMOUNT_PATTERN = r"^\d{0,13}(\.\d{0,2})?$"


class CaptureField(QWidget):
    edited = Signal()

    def __init__(self, capture: Capture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self.caption = bilingual(capture.label_zh, capture.label_en)
        named(self, f"capture_{capture.name}", self.caption)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def editor(self) -> QWidget:
        """The widget that takes focus when the field needs attention."""
        return self.focusProxy() or self

    def focus_chain(self) -> list[QWidget]:
        """The field's own widgets in Tab order."""
        return [self.editor()]


def _combo(name: str, accessible: str, table: Mapping[str, CodeLabel], blank: str) -> QComboBox:
    combo = QComboBox()
    named(combo, name, accessible)
    combo.addItem(blank, None)
    for code, lab in table.items():
        combo.addItem(bilingual(lab.zh, lab.en), code)
    return combo


class AmountField(CaptureField):
    def __init__(self, capture: Capture, parent: QWidget | None = None) -> None:
        super().__init__(capture, parent)
        self.edit = QLineEdit(self)
        named(self.edit, f"capture_{capture.name}_edit", self.caption)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN),
                                                           self.edit))
        self.edit.setPlaceholderText(self.tr("Amount in yuan, e.g. 50000.00"))
        self.edit.textEdited.connect(self.edited)
        self.row.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class DateField(CaptureField):
    """A QDateEdit whose minimum (yesterday) reads "not set", so a date is a choice."""

    def __init__(self, capture: Capture, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(capture, parent)
        self.edit = QDateEdit(self)
        named(self.edit, f"capture_{capture.name}_edit", self.caption)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self._unset = QDate(today.year, today.month, today.day).addDays(-1)
        self.edit.setMinimumDate(self._unset)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(self._unset)
        self.edit.dateChanged.connect(self.edited)
        self.row.addWidget(self.edit)
        self.row.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        qdate = self.edit.date()
        return None if qdate <= self._unset else qdate.toPython()

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.edit.setDate(self._unset)
            return
        day = dt.date.fromisoformat(str(value))
        self.edit.setDate(QDate(day.year, day.month, day.day))


class EnumField(CaptureField):
    def __init__(self, capture: Capture, codes: Codes, parent: QWidget | None = None) -> None:
        super().__init__(capture, parent)
        self.combo = _combo(f"capture_{capture.name}_combo", self.caption,
                            codes.get(capture.codes or "", {}), self.tr("— choose —"))
        self.combo.currentIndexChanged.connect(self.edited)
        self.row.addWidget(self.combo)
        self.row.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class ContactField(CaptureField):
    """A new phone number or address plus its lawful source (CN-SRC1)."""

    def __init__(self, capture: Capture, codes: Codes, parent: QWidget | None = None) -> None:
        super().__init__(capture, parent)
        self.edit = QLineEdit(self)
        named(self.edit, f"capture_{capture.name}_value", self.caption)
        self.edit.setPlaceholderText(self.tr("Number or address"))
        self.source = _combo(f"capture_{capture.name}_source", self.tr("Lawful source"),
                             codes.get(capture.codes or CONTACT_SOURCE_CODES, {}),
                             self.tr("— lawful source —"))
        self.edit.textEdited.connect(self.edited)
        self.source.currentIndexChanged.connect(self.edited)
        self.row.addWidget(self.edit, 2)
        self.row.addWidget(self.source, 1)
        self.setFocusProxy(self.edit)

    def focus_chain(self) -> list[QWidget]:
        return [self.edit, self.source]

    def value(self) -> Any:
        number = self.edit.text().strip()
        source = self.source.currentData()
        if not number and source is None:
            return None
        return {"value": number, "source": source or ""}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, Mapping) else {}
        self.edit.setText(str(value.get("value", "")))
        self.source.setCurrentIndex(max(0, self.source.findData(value.get("source"))))


class TextField(CaptureField):
    def __init__(self, capture: Capture, parent: QWidget | None = None) -> None:
        super().__init__(capture, parent)
        self.edit = QLineEdit(self)
        named(self.edit, f"capture_{capture.name}_edit", self.caption)
        self.edit.setMaxLength(1000)
        self.edit.textEdited.connect(self.edited)
        self.row.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


def make_field(capture: Capture, codes: Codes, today: dt.date,
               parent: QWidget | None = None) -> CaptureField:
    if capture.type == "amount":
        return AmountField(capture, parent)
    if capture.type == "date":
        return DateField(capture, today, parent)
    if capture.type == "enum":
        return EnumField(capture, codes, parent)
    if capture.type == "contact":
        return ContactField(capture, codes, parent)
    return TextField(capture, parent)
