"""Parties: borrower, legal representative, controller, guarantors and their contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.case_detail import CaseDetail, ContactView, PartyView
from ui.detail import labels as L
from ui.detail.table_model import RowsModel
from ui.detail.widgets import make_table, named, selected_id, value_label

P_ROLE, P_NAME, P_KIND, P_ID, P_LANGUAGE, P_LOCAL_TIME, P_FLAGS = range(7)
C_KIND, C_VALUE, C_LABEL, C_SOURCE, C_VALID = range(5)
REVEAL_SECONDS = 20


class PartyModel(RowsModel):
    COLUMNS = ("role", "name", "kind", "id_masked", "language", "local_time", "flags")

    def header(self, col: int) -> str:
        return (self.tr("Role"), self.tr("Name"), self.tr("Kind"), self.tr("Identity no."),
                self.tr("Language"), self.tr("Local time"), self.tr("Flags"))[col]

    def display(self, row: PartyView, col: int) -> str:
        if col == P_ROLE:
            return L.label(L.ROLES, row.role)
        if col == P_KIND:
            return L.label(L.PARTY_KINDS, row.kind)
        if col == P_ID:
            return f"{L.label(L.ID_TYPES, row.id_type)} {row.id_masked}"
        if col == P_LANGUAGE:
            return L.label(L.LANGUAGES, row.language)
        if col == P_LOCAL_TIME:
            return L.local_time_now(row.timezone, row.local_time)
        if col == P_FLAGS:
            return "、".join(f"⚠ {L.label(L.FLAGS, f)}" for f in row.flags)
        return str(getattr(row, self.COLUMNS[col]))

    def row_id(self, row: PartyView) -> int:
        return row.id

    def code(self, row: PartyView, col: int) -> Any:
        return row.role


class ContactModel(RowsModel):
    COLUMNS = ("kind", "value_masked", "label", "source", "valid")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.invalid_reasons: dict[int, str] = {}

    def header(self, col: int) -> str:
        return (self.tr("Kind"), self.tr("Value (masked)"), self.tr("Label"),
                self.tr("Lawful source"), self.tr("Status"))[col]

    def display(self, row: ContactView, col: int) -> str:
        if col == C_KIND:
            return L.label(L.CONTACT_KINDS, row.kind)
        if col == C_SOURCE:
            return L.label(L.SOURCES, row.source)
        if col == C_VALID:
            if row.valid:
                return "✓ " + self.tr("Valid")
            reason = self.invalid_reasons.get(row.id, "")
            return "✗ " + self.tr("Invalid") + (f": {reason}" if reason else "")
        return str(getattr(row, self.COLUMNS[col]))

    def row_id(self, row: ContactView) -> int:
        return row.id

    def decorate(self, row: ContactView, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.valid:
            return QColor("#6b6b6b")
        return None


class PartiesPane(QWidget):
    """A view of the parties; actions are reported as signals with the row's id."""

    add_contact_clicked = Signal(int)
    invalidate_contact_clicked = Signal(int)
    edit_flags_clicked = Signal(int)
    reveal_id_clicked = Signal(int)
    reveal_contact_clicked = Signal(int)
    call_party_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "partiesPane", self.tr("Parties and contacts"))
        self._detail: CaseDetail | None = None
        self.party_model = PartyModel(self)
        self.parties = make_table(self.party_model, "partyTable", self.tr("Parties"))
        self.contact_model = ContactModel(self)
        self.contacts = make_table(self.contact_model, "contactTable", self.tr("Contacts"))
        self.parties.selectionModel().selectionChanged.connect(self._party_selected)
        self.contacts.selectionModel().selectionChanged.connect(self._update_buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("partiesSplitter")
        split.addWidget(self._boxed(self.tr("Parties"), self.parties))
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._party_box(), 2)
        lower_layout.addWidget(self._contacts_box(), 3)
        split.addWidget(lower)
        QVBoxLayout(self).addWidget(split)
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.timeout.connect(self.hide_revealed)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(30_000)
        split.setSizes([260, 440])
        self._update_buttons()

    def _tick(self) -> None:
        """Keep "local time now" current while the pane stays open."""
        count = self.party_model.rowCount()
        if count:
            self.party_model.dataChanged.emit(
                self.party_model.index(0, P_LOCAL_TIME), self.party_model.index(count - 1, P_LOCAL_TIME),
                [Qt.ItemDataRole.DisplayRole])
        party = self._party()
        if party is not None:
            self.party_time.setText(self._time_text(party))

    @staticmethod
    def _time_text(party: PartyView) -> str:
        return f"{L.local_time_now(party.timezone, party.local_time)} ({party.timezone})"

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        named(button, name, accessible)
        return button

    def _party_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected party"))
        form = QFormLayout(box)
        self.party_name = value_label("partyName", self.tr("Party name"))
        self.party_id = value_label("partyIdentity", self.tr("Identity number (masked)"))
        self.party_address = value_label("partyAddress", self.tr("Service address"))
        self.party_address.setWordWrap(True)
        self.party_time = value_label("partyLocalTime", self.tr("Local time now"))
        self.party_flags = value_label("partyFlags", self.tr("Party flags"))
        self.party_flags.setWordWrap(True)
        for text, widget in ((self.tr("Name"), self.party_name),
                             (self.tr("Identity no."), self.party_id),
                             (self.tr("Service address"), self.party_address),
                             (self.tr("Local time"), self.party_time),
                             (self.tr("Flags"), self.party_flags)):
            form.addRow(text, widget)
        self.revealed = value_label("revealedValue", self.tr("Revealed value"))
        self.revealed.setStyleSheet("QLabel { background: #fff4c2; color: #1e1e1e;"
                                    " padding: 4px; border: 1px solid #c9a400; }")
        self.revealed.hide()
        form.addRow(self.revealed)
        row = QHBoxLayout()
        self.flags_button = self._button(self.tr("Edit &flags…"), "editFlagsButton",
                                         self.tr("Edit the party's flags"))
        self.flags_button.clicked.connect(lambda: self._emit_party(self.edit_flags_clicked))
        self.reveal_id_button = self._button(self.tr("Reveal &ID…"), "revealIdButton",
                                             self.tr("Reveal the identity number"))
        self.reveal_id_button.clicked.connect(lambda: self._emit_party(self.reveal_id_clicked))
        self.call_button = self._button(self.tr("Call this part&y…"), "callPartyButton",
                                        self.tr("Log a call to the selected party"))
        self.call_button.clicked.connect(lambda: self._emit_party(self.call_party_clicked))
        row.addWidget(self.call_button)
        row.addWidget(self.flags_button)
        row.addWidget(self.reveal_id_button)
        row.addStretch(1)
        form.addRow(row)
        return box

    def _contacts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contacts of the selected party"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.contacts)
        row = QHBoxLayout()
        self.add_button = self._button(self.tr("&Add contact…"), "addContactButton",
                                       self.tr("Add a contact point"))
        self.add_button.clicked.connect(lambda: self._emit_party(self.add_contact_clicked))
        self.invalid_button = self._button(self.tr("Mark in&valid…"), "markContactInvalidButton",
                                           self.tr("Mark the contact invalid"))
        self.invalid_button.clicked.connect(
            lambda: self._emit_contact(self.invalidate_contact_clicked))
        self.reveal_contact_button = self._button(self.tr("Reveal &contact…"), "revealContactButton",
                                                  self.tr("Reveal the contact value"))
        self.reveal_contact_button.clicked.connect(
            lambda: self._emit_contact(self.reveal_contact_clicked))
        for button in (self.add_button, self.invalid_button, self.reveal_contact_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _emit_party(self, signal: Any) -> None:
        party_id = self.selected_party_id()
        if party_id is not None:
            signal.emit(party_id)

    def _emit_contact(self, signal: Any) -> None:
        contact_id = selected_id(self.contacts)
        if contact_id is not None:
            signal.emit(contact_id)

    def selected_party_id(self) -> int | None:
        return selected_id(self.parties)

    def select_party(self, party_id: int) -> None:
        proxy = self.parties.model()
        for row in range(proxy.rowCount()):
            if self.party_model.row_id(self.party_model.row_at(
                    proxy.mapToSource(proxy.index(row, 0)).row())) == party_id:  # type: ignore[attr-defined]
                self.parties.selectRow(row)
                return

    def select_contact(self, contact_id: int) -> None:
        proxy = self.contacts.model()
        for row in range(proxy.rowCount()):
            source = proxy.mapToSource(proxy.index(row, 0))  # type: ignore[attr-defined]
            if self.contact_model.row_at(source.row()).id == contact_id:
                self.contacts.selectRow(row)
                return

    def set_detail(self, d: CaseDetail, invalid_reasons: dict[int, str]) -> None:
        keep = self.selected_party_id()
        self._detail = d
        self.contact_model.invalid_reasons = invalid_reasons
        self.party_model.set_rows(d.parties)
        ids = [p.id for p in d.parties]
        if ids:
            self.select_party(keep if keep in ids else ids[0])
        self._party_selected()

    def _party(self) -> PartyView | None:
        party_id = self.selected_party_id()
        parties = self._detail.parties if self._detail else ()
        return next((p for p in parties if p.id == party_id), None)

    def _party_selected(self, *_: QItemSelection) -> None:
        party = self._party()
        self.hide_revealed()
        self.contact_model.set_rows(party.contacts if party else ())
        self.party_name.setText(party.name if party else "—")
        self.party_id.setText(f"{L.label(L.ID_TYPES, party.id_type)} {party.id_masked}"
                              if party else "—")
        self.party_address.setText(party.service_address or "—" if party else "—")
        self.party_time.setText(self._time_text(party) if party else "—")
        self.party_flags.setText("\n".join(f"⚠ {L.label(L.FLAGS, f)}" for f in party.flags)
                                 if party and party.flags else self.tr("None"))
        self._update_buttons()

    def _update_buttons(self, *_: QItemSelection) -> None:
        has_party = self._party() is not None
        has_contact = selected_id(self.contacts) is not None
        for button in (self.call_button, self.flags_button, self.reveal_id_button,
                       self.add_button):
            button.setEnabled(has_party)
        self.invalid_button.setEnabled(has_contact)
        self.reveal_contact_button.setEnabled(has_contact)

    def show_revealed(self, what: str, value: str) -> None:
        """Show an unmasked value for a short while, then hide it again."""
        self.revealed.setText(self.tr("%1: %2 (hidden again in %3 s)")
                              .replace("%1", what).replace("%2", value)
                              .replace("%3", str(REVEAL_SECONDS)))
        self.revealed.show()
        self._reveal_timer.start(int(REVEAL_SECONDS * 1000))

    def hide_revealed(self) -> None:
        self._reveal_timer.stop()
        self.revealed.clear()
        self.revealed.hide()
