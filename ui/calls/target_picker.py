"""Whom to call: the party on the case, one of their phones (masked), and the purpose."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from desktop_app.services.calls import CallTarget
from ui.calls.labels import KINDS, PURPOSES, ROLES, label, named


class TargetPicker(QGroupBox):
    """``target_changed`` fires whenever the party, the number or the purpose changes."""

    target_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Whom to call"), parent)
        named(self, "callTargetBox", self.tr("Whom to call"))
        self._targets: list[CallTarget] = []
        self.party = QComboBox(self)
        named(self.party, "callParty", self.tr("Party"))
        self.phone = QComboBox(self)
        named(self.phone, "callPhone", self.tr("Phone number"))
        self.purpose = QComboBox(self)
        named(self.purpose, "callPurpose", self.tr("Purpose of the call"))
        for code in PURPOSES:
            self.purpose.addItem(label(PURPOSES, code), code)
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Party:"), self.party),
                             (self.tr("P&hone:"), self.phone),
                             (self.tr("P&urpose:"), self.purpose)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.party.currentIndexChanged.connect(self._party_changed)
        self.phone.currentIndexChanged.connect(self.target_changed)
        self.purpose.currentIndexChanged.connect(self.target_changed)

    def set_targets(self, targets: list[CallTarget]) -> None:
        self._targets = list(targets)
        self.party.blockSignals(True)
        self.party.clear()
        for target in self._targets:
            role = label(ROLES, target.role)
            kind = label(KINDS, target.kind)
            self.party.addItem(f"{target.name} · {role} · {kind}", target.party_id)
        self.party.blockSignals(False)
        self._party_changed()

    def select(self, party_id: int | None, contact_id: int | None = None,
               purpose: str | None = None) -> None:
        if party_id is not None and (i := self.party.findData(party_id)) >= 0:
            self.party.setCurrentIndex(i)
        if contact_id is not None and (i := self.phone.findData(contact_id)) >= 0:
            self.phone.setCurrentIndex(i)
        if purpose is not None and (i := self.purpose.findData(purpose)) >= 0:
            self.purpose.setCurrentIndex(i)

    def selection(self) -> tuple[int, int, str] | None:
        """(party id, contact id, purpose), or None when no callable number is picked."""
        party_id, contact_id = self.party.currentData(), self.phone.currentData()
        if party_id is None or contact_id is None:
            return None
        return int(party_id), int(contact_id), str(self.purpose.currentData())

    def current_target(self) -> CallTarget | None:
        party_id = self.party.currentData()
        return next((t for t in self._targets if t.party_id == party_id), None)

    def _party_changed(self) -> None:
        target = self.current_target()
        self.phone.blockSignals(True)
        self.phone.clear()
        for contact_id, masked in (target.phones if target else ()):
            self.phone.addItem(masked, contact_id)
        if target is not None and not target.phones:
            self.phone.addItem(self.tr("No valid phone number on file"), None)
        self.phone.blockSignals(False)
        self.target_changed.emit()
