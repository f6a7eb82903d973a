"""Behaviour of the detail panes: reads through services, runs edits, refreshes what changed.

The panes are views; this controller is the only place that calls ``desktop_app`` services.
Everything runs on the GUI thread: each call is one short unit of work on one case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QDialog

from desktop_app.context import AppContext
from desktop_app.domain.money import AmountError, parse_amount
from desktop_app.services import detail_extra, editing, promises
from desktop_app.services.case_detail import CaseDetail, CaseNotFound, case_detail
from desktop_app.services.detail_extra import EditVersions
from desktop_app.services.editing import Changes, EditError, StaleEdit
from ui.detail import labels as L
from ui.detail.dialogs import (
    AddContactDialog,
    EditDialog,
    EditMessages,
    FlagsDialog,
    NextActionDialog,
    ReasonDialog,
    field_of,
)
from ui.detail.promise_dialog import PromiseDialog

PROMISE_DAYS_DEFAULT = 7

if TYPE_CHECKING:
    from ui.detail.panes import DetailPanes


class DetailController(QObject):
    def __init__(self, ctx: AppContext, view: DetailPanes) -> None:
        super().__init__(view)
        self.ctx, self.view = ctx, view
        self.detail: CaseDetail | None = None
        self.versions: EditVersions | None = None
        self.dialog: EditDialog | None = None
        view.overview.call_clicked.connect(self._call)
        view.overview.next_action_clicked.connect(self.open_next_action)
        view.overview.promise_clicked.connect(self.open_promise)
        view.parties.call_party_clicked.connect(self._call_party)
        view.parties.add_contact_clicked.connect(self.open_add_contact)
        view.parties.invalidate_contact_clicked.connect(self.open_invalidate_contact)
        view.parties.edit_flags_clicked.connect(self.open_flags)
        view.parties.reveal_id_clicked.connect(lambda pid: self.open_reveal(party_id=pid))
        view.parties.reveal_contact_clicked.connect(lambda cid: self.open_reveal(contact_id=cid))
        view.notes.stage_saved.connect(self.save_stage)
        view.notes.next_action_saved.connect(self.save_next_action)
        view.notes.notes_saved.connect(self.save_notes)
        view.reload_requested.connect(self.reload)

    # reading
    def load(self, case_id: int, changes: Changes | None = None) -> None:
        try:
            detail = case_detail(self.ctx, case_id)
        except CaseNotFound:
            self.detail = self.versions = None
            self.view.clear_case()
            self.view.show_message(self.tr("This case no longer exists."), error=True)
            return
        self.detail, self.versions = detail, detail_extra.edit_versions(self.ctx, case_id)
        self.view.set_detail(detail, self.versions, changes)

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)

    # editing
    def _case_id(self) -> int:
        assert self.detail is not None
        return self.detail.id

    def _applied(self, changes: Changes, message: str) -> None:
        case_id = self._case_id()
        self.load(case_id, changes)
        self.view.show_message(message)
        self.view.case_changed.emit(case_id)

    def _stale(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.view.show_message(self.tr("Someone else changed this record since you opened it. "
                                       "Nothing was saved: reload, check, and try again."),
                               error=True, reload=True)

    def _edit(self, run: Callable[[], Changes], message: str) -> None:
        """Run a service edit; StaleEdit becomes the reload message, EditError propagates."""
        try:
            changes = run()
        except StaleEdit:
            self._stale()
            return
        self._applied(changes, message)

    def _open(self, dialog: EditDialog, submit: Callable[[dict[str, Any]], None]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.submitter = submit
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _party_name(self, party_id: int) -> str:
        parties = self.detail.parties if self.detail else ()
        party = next((p for p in parties if p.id == party_id), None)
        return f"{party.name} ({L.label(L.ROLES, party.role)})" if party else "—"

    def open_add_contact(self, party_id: int) -> None:
        def submit(v: dict[str, Any]) -> None:
            if detail_extra.contact_exists(self.ctx, party_id, v["kind"], v["value"]):
                raise EditError("value: this contact is already recorded for the party")
            self._edit(lambda: editing.add_contact(
                self.ctx, self._case_id(), party_id, v["kind"], v["value"], v["source"],
                v["label"]), self.tr("Contact added."))
        self._open(AddContactDialog(self._party_name(party_id), self.view), submit)

    def open_invalidate_contact(self, contact_id: int) -> None:
        def submit(v: dict[str, Any]) -> None:
            expected = self.versions.contacts.get(contact_id) if self.versions else None
            self._edit(lambda: editing.update_contact(
                self.ctx, self._case_id(), contact_id, valid=False,
                invalid_reason=v["reason"], expected_version=expected),
                self.tr("Contact marked invalid."))
        dialog = ReasonDialog("invalidContactDialog", self.tr("Mark contact invalid"),
                              self.tr("Why is this contact no longer valid (e.g. number not in "
                                      "service, wrong person)?"), "invalid_reason", self.view)
        self._open(dialog, submit)

    def open_flags(self, party_id: int) -> None:
        party = next(p for p in self.detail.parties if p.id == party_id)  # type: ignore[union-attr]

        def submit(v: dict[str, Any]) -> None:
            expected = self.versions.parties.get(party_id) if self.versions else None
            self._edit(lambda: editing.set_party_flags(
                self.ctx, self._case_id(), party_id, v["flags"], v["reason"],
                expected_version=expected), self.tr("Flags saved."))
        self._open(FlagsDialog(self._party_name(party_id), party.flags, self.view), submit)

    def open_reveal(self, *, party_id: int | None = None, contact_id: int | None = None) -> None:
        what = self.tr("Identity number") if party_id is not None else self.tr("Contact")

        def submit(v: dict[str, Any]) -> None:
            value = editing.reveal(self.ctx, party_id=party_id, contact_id=contact_id,
                                   reason=v["reason"])
            self.view.parties.show_revealed(what, value)
        dialog = ReasonDialog("revealDialog", self.tr("Reveal personal data"),
                              self.tr("Revealing the full value is recorded in the audit trail "
                                      "with your name and reason."), "reason", self.view)
        self._open(dialog, submit)

    def open_next_action(self) -> None:
        if self.detail is None:
            return
        day = self.detail.next_action_date or self.detail.as_of
        dialog = NextActionDialog(self.detail.next_action, QDate(day.year, day.month, day.day),
                                  self.view)

        def submit(v: dict[str, Any]) -> None:
            self._save_next(v["action"], v["when"])
        self._open(dialog, submit)

    def _save_next(self, action: str, when: dt.date | None) -> None:
        version = self.versions.case if self.versions else None
        self._edit(lambda: editing.set_next_action(self.ctx, self._case_id(), action, when,
                                                   expected_version=version),
                   self.tr("Next action saved."))

    def _inline(self, run: Callable[[], None]) -> None:
        """Edits from the notes pane: an EditError is shown next to its field there."""
        if self.detail is None:
            return
        self.view.notes.clear_errors()
        try:
            run()
        except EditError as exc:
            self.view.notes.show_field_error(field_of(exc), EditMessages(self).text(exc))

    def save_next_action(self, action: str, when: dt.date | None) -> None:
        self._inline(lambda: self._save_next(action, when))

    def save_stage(self, stage: str) -> None:
        version = self.versions.case if self.versions else None
        self._inline(lambda: self._edit(lambda: editing.set_stage(
            self.ctx, self._case_id(), stage, expected_version=version),
            self.tr("Stage saved.")))

    def save_notes(self, notes: str) -> None:
        version = self.versions.case if self.versions else None

        def run() -> Changes:
            changes = editing.set_business_notes(self.ctx, self._case_id(), notes,
                                                 expected_version=version)
            self.view.notes.notes_were_saved(dt.datetime.now().strftime("%H:%M"))
            return changes
        self._inline(lambda: self._edit(run, self.tr("Notes saved.")))

    def open_promise(self) -> None:
        """Record a promise to pay by hand; the limits come from the configuration."""
        if self.detail is None:
            return
        d, lim = self.detail, promises.limits()
        parties = [(p.id, f"{p.name} ({L.label(L.ROLES, p.role)})") for p in d.parties]
        borrower = next((p.id for p in d.parties if p.role == "borrower"), None)
        party_id = self.view.parties.selected_party_id() or borrower
        due = d.as_of + dt.timedelta(days=min(PROMISE_DAYS_DEFAULT, lim.max_days_ahead))
        hint = (self.tr("At least %1, due within %2 days of today, and never more than the "
                        "total owed. Payments are checked against it as they arrive.")
                .replace("%1", L.money(lim.min_amount)).replace("%2", str(lim.max_days_ahead)))
        dialog = PromiseDialog(parties, party_id, QDate(due.year, due.month, due.day), hint,
                               self.view)

        def submit(v: dict[str, Any]) -> None:
            case_id = self._case_id()
            try:
                amount = parse_amount(v["amount"])
                promises.record_promise(self.ctx, case_id, amount, v["due_date"],
                                        party_id=v["party_id"])
            except AmountError as exc:
                raise EditError(f"amount: {exc}") from exc
            except promises.PromiseError as exc:
                raise EditError(f"{exc.field}: {exc.message}") from exc
            self._applied(Changes(case_ids=(case_id,), timeline=True, worklist=True),
                          self.tr("Promise recorded."))
        self._open(dialog, submit)

    def _call(self) -> None:
        if self.detail is not None:
            self.view.call_requested.emit(self.detail.id)

    def _call_party(self, party_id: int) -> None:
        if self.detail is not None:
            self.view.party_call_requested.emit(self.detail.id, party_id)
