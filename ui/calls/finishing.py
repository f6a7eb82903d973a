"""Finish: write the call through ``finish_call`` and explain a refusal in the UI language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.services import calls
from desktop_app.services.call_finish import DraftMissing

if TYPE_CHECKING:
    from ui.calls.dialog import CallLoggerDialog

PROMISE_FIELDS = ("promise_amount", "promise_date", "payment_amount", "payment_date")


def incomplete_text(exc: calls.CallIncomplete) -> str:
    """CallIncomplete in the UI language; the service's own words only as the detail."""
    if exc.field == "recording_ref":
        return QCoreApplication.translate("CallFinishing", "Give the recording reference, or say why the call was not recorded (CN-REC1).")
    if exc.field == "disclosed_institution":
        return QCoreApplication.translate("CallFinishing", "First contact: confirm that the institution was disclosed (CN-ID1).")
    if exc.field == "recording_notice":
        return QCoreApplication.translate("CallFinishing", "First contact: confirm that the recording notice was given (CN-ID1).")
    if exc.field == "outcome":
        return QCoreApplication.translate("CallFinishing", "The script has not reached an outcome yet.")
    if exc.field in PROMISE_FIELDS:
        text = QCoreApplication.translate("CallFinishing", "The promise cannot be recorded: %1. Go back a step to correct it.")
        return text.replace("%1", exc.message)
    return QCoreApplication.translate("CallFinishing", "The call cannot be saved yet: %1").replace("%1", exc.message)


def finish(dialog: CallLoggerDialog) -> None:
    session, draft_id = dialog.session, dialog.draft_id
    if session is None or draft_id is None or not session.finished:
        return
    dialog.save_now()
    dialog.record.clear_error()
    action, due = dialog.finish.chosen_action()
    try:
        done = calls.finish_call(
            dialog.ctx, draft_id, state=session.to_dict(), notes=dialog.record.notes_text(),
            duration_s=dialog.record.timer.elapsed_s(),
            override_reason=dialog.verdict_panel.override_reason(),
            next_action=action, next_action_date=due, **dialog.record.values())
    except calls.CallBlocked as exc:
        dialog.verdict_panel.set_verdict(exc.verdict)
        dialog.verdict_panel.set_locked(False)
        dialog.finish.show_error(QCoreApplication.translate(
            "CallFinishing", "The guard blocks this call. Use Override… and type the reason before finishing."))
        return
    except calls.CallIncomplete as exc:
        text = incomplete_text(exc)
        dialog.finish.show_error(text)
        dialog.record.show_error(exc.field, text)
        return
    except DraftMissing:
        dialog.finish.show_error(QCoreApplication.translate(
            "CallFinishing", "This call draft no longer exists (finished or discarded elsewhere)."))
        return
    dialog.finished_call = done
    dialog.record.timer.stop()
    dialog.draft_id = None
    dialog.finish.show_done(done.outcome, done.next_action, done.next_action_date)
    dialog.set_running(False)
    dialog.status.setText(QCoreApplication.translate("CallFinishing", "Call saved."))
    dialog.call_finished.emit(dialog.case_id)
