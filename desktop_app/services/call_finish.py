"""Finishing a call inside the caller's unit of work: checks, Activity, promise, case.

Checks, in order: the script reached an outcome; a BLOCK verdict needs an override reason
(stored on the activity and used as the audit reason); CN-REC1 needs a recording
reference or a reason for not recording; CN-ID1 (first connected contact with the party)
needs the institution disclosed and the recording notice given. Banned words in the notes
are warnings kept in the activity's verdict, never a block.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.calls.script_engine import ScriptSession
from desktop_app.compliance.verdict import Firing, Verdict
from desktop_app.context import AppContext
from desktop_app.domain.money import decimal_to_fen
from desktop_app.portfolio import figures
from desktop_app.privacy import mask_phone
from desktop_app.services import call_history as hist
from desktop_app.services import promises
from desktop_app.services.editing import Changes
from local_db.models import Activity, CallDraft, Case, ContactPoint, Officer

PROMISE_FIELDS = {
    "promise_to_pay": ("promise_amount", "promise_date"),
    "partial_payment_arranged": ("payment_amount", "payment_date"),
}
ID_ITEMS = ("disclose_institution", "recording_notice")


class CallBlocked(Exception):
    """The guard blocks this call and no override reason was given."""

    def __init__(self, verdict: Verdict) -> None:
        reasons = "; ".join(f"{f.rule_id}: {f.message_en}" for f in verdict.blocks())
        super().__init__(f"call blocked ({reasons}); an override needs a typed reason")
        self.verdict = verdict


class CallIncomplete(ValueError):
    """Something the record must contain is missing; ``field`` names it for the UI."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class DraftMissing(LookupError):
    """No such call draft (already finished or discarded)."""


@dataclass(frozen=True)
class Record:
    notes: str
    duration_s: int
    recording_ref: str
    no_recording_reason: str
    override_reason: str
    disclosed_institution: bool
    recording_notice: bool
    next_action: str | None = None
    next_action_date: dt.date | None = None


@dataclass(frozen=True)
class FinishedCall:
    activity_id: int
    outcome: str
    promise_id: int | None
    next_action: str
    next_action_date: dt.date | None
    changes: Changes


@dataclass(frozen=True)
class DraftInfo:
    draft_id: int
    case_id: int
    party_id: int | None
    updated_at: dt.datetime
    state: dict[str, Any]
    notes: str
    elapsed_s: int
    contact_id: int
    purpose: str
    verdict: dict[str, Any]
    started_at: dt.datetime | None = None
    script_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def draft_info(d: CallDraft) -> DraftInfo:
    """What a draft row holds, for the UI to restore (see calls module doc)."""
    st = dict(d.state)
    started = st.get("started_at")
    session = dict(st.get("session", {}))
    return DraftInfo(
        draft_id=d.id,
        case_id=d.case_id,
        party_id=d.party_id,
        updated_at=d.updated_at,
        state=session,
        notes=str(st.get("notes", "")),
        elapsed_s=int(st.get("elapsed_s", 0)),
        contact_id=int(st.get("contact_id", 0)),
        purpose=str(st.get("purpose", "collect")),
        verdict=dict(st.get("verdict", {})),
        started_at=dt.datetime.fromisoformat(started) if started else None,
        script_id=str(session.get("script_id", "")),
    )


def check(verdict: Verdict, outcome: str, rec: Record) -> None:
    if not verdict.allowed and not rec.override_reason:
        raise CallBlocked(verdict)
    items = {r.item for r in verdict.requirements}
    if "recording_or_reason" in items and not (rec.recording_ref or rec.no_recording_reason):
        raise CallIncomplete(
            "recording_ref",
            "give the recording reference or say why the call was not recorded (CN-REC1)",
        )
    if outcome in hist.CONNECTED:
        if "disclose_institution" in items and not rec.disclosed_institution:
            raise CallIncomplete(
                "disclosed_institution", "first contact: the institution must be stated (CN-ID1)"
            )
        if "recording_notice" in items and not rec.recording_notice:
            raise CallIncomplete(
                "recording_notice", "first contact: the recording notice must be given (CN-ID1)"
            )


def _verdict_record(verdict: Verdict, warnings: list[Firing], rec: Record) -> dict[str, Any]:
    data = verdict.to_dict()
    data["warnings"] = [w.to_dict() for w in warnings]
    data["record"] = {
        "recording_ref": rec.recording_ref,
        "no_recording_reason": rec.no_recording_reason,
        "disclosed_institution": rec.disclosed_institution,
        "recording_notice": rec.recording_notice,
    }
    return data


def _promise(
    s: Session,
    case: Case,
    session: ScriptSession,
    outcome: str,
    today: dt.date,
    party_id: int,
    activity_id: int,
) -> int | None:
    names = PROMISE_FIELDS.get(outcome)
    if names is None:
        return None
    answers = session.answers()
    amount_name, date_name = names
    if amount_name not in answers or date_name not in answers:
        raise CallIncomplete(amount_name, "the promised amount and date are required")
    amount = decimal_to_fen(Decimal(str(answers[amount_name])))
    due = dt.date.fromisoformat(str(answers[date_name]))
    try:
        return promises.add_promise(s, case, amount, due, today, party_id, activity_id).id
    except promises.PromiseError as exc:
        field = amount_name if exc.field == "amount" else date_name
        raise CallIncomplete(field, exc.message) from exc


def _mark_unreachable(
    s: Session,
    info: DraftInfo,
    outcome: str,
    today: dt.date,
    verdict_ruleset_params: dict[str, Any],
) -> None:
    """失联: after this call, consecutive failures or no valid number -> unreachable_since."""
    if info.party_id not in hist.debtor_side_ids(s, info.case_id):
        return
    debtor = hist.borrower(s, info.case_id)
    calls = list(
        s.scalars(
            select(Activity)
            .where(
                Activity.case_id == info.case_id,
                Activity.kind == "call",
                Activity.party_id.in_(hist.debtor_side_ids(s, info.case_id)),
            )
            .order_by(Activity.occurred_at, Activity.id)
        )
    )
    if outcome in hist.DEBTOR_CONNECTED:
        if debtor.unreachable_since is not None:
            debtor.unreachable_since = None
            debtor.version += 1
        return
    need = int(verdict_ruleset_params.get("min_consecutive_failed", 3))
    no_phone = not any(c.valid for c in debtor.contacts if c.kind == "phone")
    if (hist.consecutive_failures(calls) >= need or no_phone) and debtor.unreachable_since is None:
        debtor.unreachable_since = today
        debtor.version += 1


def write_call(
    s: Session,
    ctx: AppContext,
    info: DraftInfo,
    session: ScriptSession,
    verdict: Verdict,
    warnings: list[Firing],
    rec: Record,
) -> FinishedCall:
    outcome = session.outcome
    if outcome is None:
        raise CallIncomplete("outcome", "the script has not reached an outcome")
    check(verdict, outcome, rec)
    if rec.override_reason:
        s.info["reason"] = f"call override: {rec.override_reason}"
    today = ctx.clock()
    case = s.get(Case, info.case_id)
    contact = s.get(ContactPoint, info.contact_id)
    assert case is not None and contact is not None and info.started_at is not None
    officer = s.scalars(select(Officer.id).where(Officer.employee_no == ctx.actor)).first()
    act = Activity(
        case_id=case.id,
        party_id=info.party_id,
        officer_id=officer,
        kind="call",
        occurred_at=info.started_at,
        outcome=outcome,
        contact_value=mask_phone(contact.value),
        script_id=session.script.id,
        script_version=session.script.version,
        path=[list(p) for p in session.path],
        answers=session.answers(),
        duration_s=int(rec.duration_s),
        notes=rec.notes,
        verdict=_verdict_record(verdict, warnings, rec),
        override_reason=rec.override_reason,
    )
    s.add(act)
    s.flush()
    assert info.party_id is not None
    promise_id = _promise(s, case, session, outcome, today, info.party_id, act.id)
    proposed = session.proposed_next_action(today)
    if rec.next_action is not None:  # the officer edited the proposal before finishing
        if rec.next_action_date is not None and rec.next_action_date < today:
            raise CallIncomplete("next_action_date", "the next action date is in the past")
        case.next_action, case.next_action_date = rec.next_action, rec.next_action_date
    elif proposed is not None:
        case.next_action, case.next_action_date = proposed.action, proposed.due
    if outcome in hist.CONNECTED:
        case.last_contact_at = info.started_at
    case.version += 1
    state_rules = hist.ruleset_for(s).by_kind("unreachable_state")
    _mark_unreachable(s, info, outcome, today, dict(state_rules[0].params) if state_rules else {})
    s.flush()
    figures.refresh(s.connection(), [case.id], today)
    return FinishedCall(
        act.id,
        outcome,
        promise_id,
        case.next_action,
        case.next_action_date,
        Changes(case_ids=(case.id,), timeline=True, worklist=True),
    )
