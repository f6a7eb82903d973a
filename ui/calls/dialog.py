"""The call logger: pick whom to call, see the guard's verdict, run the script with a
timer and notes, and finish into one immutable call record. The draft is saved while
the call runs (debounced, and at once on every step), so a killed app loses nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.calls.script_engine import ScriptSession, SessionError
from desktop_app.calls.script_loader import ScriptError, ScriptNotFound, shipped_scripts
from desktop_app.context import AppContext
from desktop_app.services import calls
from desktop_app.services.call_finish import DraftMissing
from ui.calls import finishing
from ui.calls.call_record import CallRecordBox
from ui.calls.finish_panel import FinishPanel
from ui.calls.labels import bind, named
from ui.calls.step_view import StepView
from ui.calls.target_picker import TargetPicker
from ui.calls.verdict_panel import VerdictPanel

SAVE_DELAY_MS = 1000
Now = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CallLoggerDialog(QDialog):
    call_finished = Signal(int)  # case id, after the call is written
    draft_saved = Signal(int)  # draft id, after each save

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None,
                 party_id: int | None = None, *, draft: calls.DraftInfo | None = None,
                 now: Now | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callLoggerDialog")
        self.setAccessibleName(self.tr("Call logger"))
        self.setWindowTitle(self.tr("Log a call"))
        self.ctx, self.case_id, self._now = ctx, case_id, now or utc_now
        self.draft_id: int | None = None
        self.session: ScriptSession | None = None
        self.finished_call: calls.FinishedCall | None = None
        today = ctx.clock()
        self.targets = TargetPicker(self)
        self.verdict_panel = VerdictPanel(self)
        self.step_view = StepView(today, self)
        self.record = CallRecordBox(self)
        self.finish = FinishPanel(today, self)
        self._build_buttons()
        self._build_layout()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.targets.target_changed.connect(self.precheck)
        self.verdict_panel.startable_changed.connect(self._update_start)
        self.step_view.answers_changed.connect(self._schedule_save)
        self.step_view.step_changed.connect(self._step_changed)
        self.record.changed.connect(self._schedule_save)
        self.finish.finish_button.clicked.connect(self.finish_call)
        self.targets.set_targets(calls.targets(ctx, case_id))
        if draft is not None:
            self._restore(draft)
        else:
            self.targets.select(party_id)
            self.precheck()
        self.set_running(self.session is not None)

    def _build_buttons(self) -> None:
        self.start_button = QPushButton(self.tr("&Start call (Ctrl+Enter)"), self)
        named(self.start_button, "callStartButton", self.tr("Start the call"))
        bind(self.start_button, QKeySequence("Ctrl+Return"))
        bind(self.start_button, QKeySequence("Ctrl+Enter"))
        self.start_button.clicked.connect(self.start)
        self.status = QLabel(self)
        named(self.status, "callStatus", self.tr("Call status"))
        self.status.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("&Discard call…"), self)
        named(self.discard_button, "callDiscardButton", self.tr("Discard this call draft"))
        self.discard_button.clicked.connect(self.discard)
        self.close_button = QPushButton(self.tr("&Close"), self)
        named(self.close_button, "callCloseButton", self.tr("Close the call logger"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.targets)
        left.addWidget(self.start_button)
        left.addWidget(self.status)
        left.addStretch(1)
        top.addLayout(left, 2)
        top.addWidget(self.verdict_panel, 3)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(self.step_view, 3)
        middle.addWidget(self.record, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(1240, 860)

    # --- before the call ------------------------------------------------------
    def precheck(self) -> None:
        if self.session is not None:
            return
        chosen = self.targets.selection()
        verdict = None
        if chosen is not None:
            party_id, contact_id, purpose = chosen
            verdict = calls.precheck(self.ctx, self.case_id, party_id, contact_id, purpose,
                                     at=self._now())
        self.verdict_panel.set_verdict(verdict)
        self._update_start()

    def _update_start(self) -> None:
        self.start_button.setEnabled(self.session is None and self.verdict_panel.can_start())

    def start(self) -> None:
        chosen = self.targets.selection()
        if chosen is None or self.session is not None or not self.verdict_panel.can_start():
            return
        party_id, contact_id, purpose = chosen
        try:
            begun = calls.start_call(self.ctx, self.case_id, party_id, contact_id, purpose,
                                     at=self._now())
            script = shipped_scripts()[begun.script_id]
        except (ScriptNotFound, ScriptError, KeyError) as exc:
            self.status.setText(self.tr("No call script fits this party: %1").replace(
                "%1", str(exc)))
            return
        self.draft_id = begun.draft_id
        if not begun.verdict.allowed and self.verdict_panel.verdict is not None \
                and self.verdict_panel.verdict.allowed:
            self.verdict_panel.set_verdict(begun.verdict)  # the rules changed meanwhile
        self.session = ScriptSession.from_dict(begun.state, script)
        self.record.timer.start(0)
        self.set_running(True)
        self.save_now()

    # --- during the call ------------------------------------------------------
    def _restore(self, draft: calls.DraftInfo) -> None:
        self.draft_id = draft.draft_id
        self.targets.select(draft.party_id, draft.contact_id, draft.purpose)
        extra = dict(draft.state.get("ui", {}))
        at = draft.started_at or self._now()
        if (chosen := self.targets.selection()) is not None:
            self.verdict_panel.set_verdict(
                calls.precheck(self.ctx, self.case_id, chosen[0], chosen[1], chosen[2], at=at))
        self.verdict_panel.set_override_reason(str(extra.get("override_reason", "")))
        state = {k: v for k, v in draft.state.items() if k != "ui"}
        try:
            self.session = ScriptSession.from_dict(state, shipped_scripts()[draft.script_id])
        except (SessionError, KeyError) as exc:
            self.status.setText(self.tr("This draft cannot be restored (%1); discard it.")
                                .replace("%1", str(exc)))
            return
        self.record.set_values(extra, draft.notes)
        self.record.timer.start(draft.elapsed_s)
        self.status.setText(self.tr("Restored a call in progress from %1.").replace(
            "%1", f"{draft.updated_at.astimezone():%Y-%m-%d %H:%M}"))

    def set_running(self, running: bool) -> None:
        done = self.finished_call is not None
        self.targets.setEnabled(not running and not done)
        self.verdict_panel.set_locked(running or done)
        self.step_view.set_session(self.session)
        self.step_view.setEnabled(running and not done)
        self.record.setEnabled(running and not done)
        self.discard_button.setEnabled(self.draft_id is not None and not done)
        self._update_start()
        self._step_changed(save=False)
        if running:
            self.step_view.focus_first()

    def fix_tab_order(self) -> None:
        """Keyboard first: whom, verdict, Start, the step, the record, the end."""
        t, v, r, f = self.targets, self.verdict_panel, self.record, self.finish
        chain: list[QWidget] = [
            t.party, t.phone, t.purpose, v.override_button, v.reason_edit, self.start_button,
            *self.step_view.tab_chain(), r.notes, r.disclosed, r.notice, r.recording_ref,
            r.no_recording, f.next_action, f.next_date, f.finish_button, self.discard_button,
            self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _step_changed(self, save: bool = True) -> None:
        self.fix_tab_order()
        session = self.session
        if session is not None and self.finished_call is None:
            self.finish.show_proposal(session.outcome,
                                      session.proposed_next_action(self.ctx.clock()))
        if save:
            self.save_now()

    def _schedule_save(self) -> None:
        if self.draft_id is not None and self.finished_call is None:
            self._save_timer.start()

    def draft_state(self) -> dict[str, object]:
        """The session plus what the draft API has no field for (restored on reopen)."""
        assert self.session is not None
        state: dict[str, object] = self.session.to_dict()
        state["ui"] = {**self.record.values(),
                       "override_reason": self.verdict_panel.override_reason()}
        return state

    def save_now(self) -> None:
        self._save_timer.stop()
        if self.draft_id is None or self.session is None or self.finished_call is not None:
            return
        try:
            calls.save_draft(self.ctx, self.draft_id, self.draft_state(),
                             notes=self.record.notes_text(),
                             elapsed_s=self.record.timer.elapsed_s())
        except DraftMissing:
            self.status.setText(self.tr("This call draft no longer exists."))
            return
        self.draft_saved.emit(self.draft_id)

    # --- the end --------------------------------------------------------------
    def finish_call(self) -> None:
        finishing.finish(self)

    def discard(self) -> None:
        if self.draft_id is None:
            return
        ask = QInputDialog(self)
        named(ask, "discardCallDialog", self.tr("Discard call"))
        ask.setWindowTitle(self.tr("Discard call"))
        ask.setLabelText(self.tr("Why is this call discarded? (recorded in the audit log)"))
        reason = ask.textValue() if ask.exec() == QDialog.DialogCode.Accepted else ""
        if reason.strip():
            self._save_timer.stop()
            calls.discard_draft(self.ctx, self.draft_id, reason.strip())
            self.draft_id, self.session = None, None
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.session is not None \
                and self.finished_call is None:
            event.accept()  # Escape must not end a live call; use Close
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()  # the draft stays open and is offered again at start-up
        self.record.timer.stop()
        super().closeEvent(event)
