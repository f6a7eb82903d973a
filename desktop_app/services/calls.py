"""The call logger's application service (no Qt).

``precheck`` -> ``start_call`` (creates a crash-safe CallDraft) -> ``save_draft`` (often)
-> ``finish_call`` (one immutable Activity, maybe a promise, the next action; one unit of
work). ``open_drafts`` lets a restarted app restore calls in progress.

The draft row keeps everything the UI needs to restore in its JSON ``state``:
``{"session": ScriptSession.to_dict(), "notes", "elapsed_s", "contact_id", "purpose",
"verdict", "started_at"}``. The verdict is re-evaluated at finish against the history as
it is then, at the call's start time (the moment the number was dialled).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.calls.script_engine import ScriptSession
from desktop_app.calls.script_loader import select_script, shipped_scripts
from desktop_app.compliance import guard
from desktop_app.compliance.context import PURPOSES, CallIntent, Purpose
from desktop_app.compliance.lexicon import check_notes
from desktop_app.compliance.verdict import Verdict
from desktop_app.context import AppContext
from desktop_app.privacy import mask_phone
from desktop_app.services import call_finish
from desktop_app.services import call_history as hist
from local_db import audit_chain
from local_db.models import CallDraft, Case, CaseParty, ContactPoint
from local_db.types import utcnow

__all__ = [
    "CallBlocked",
    "CallIncomplete",
    "CallStart",
    "CallTarget",
    "DraftInfo",
    "FinishedCall",
    "discard_draft",
    "finish_call",
    "open_drafts",
    "precheck",
    "save_draft",
    "start_call",
    "targets",
]
CallBlocked = call_finish.CallBlocked
CallIncomplete = call_finish.CallIncomplete
FinishedCall = call_finish.FinishedCall
DraftInfo = call_finish.DraftInfo


@dataclass(frozen=True)
class CallTarget:
    party_id: int
    name: str
    role: str  # the case role, e.g. "legal_rep"
    kind: str
    phones: tuple[tuple[int, str], ...]  # (contact id, masked number)
    guard_role: str = ""


@dataclass(frozen=True)
class CallStart:
    draft_id: int
    script_id: str
    script_version: int
    state: dict[str, Any]
    values: dict[str, str]
    verdict: Verdict
    started_at: dt.datetime
    contact_id: int = 0
    purpose: str = "collect"


def targets(ctx: AppContext, case_id: int) -> list[CallTarget]:
    """Everyone on the case with their valid phones (masked), strongest role first."""
    with ctx.read() as s:
        party_ids = list(
            dict.fromkeys(
                s.scalars(
                    select(CaseParty.party_id)
                    .where(CaseParty.case_id == case_id)
                    .order_by(CaseParty.id)
                )
            )
        )
        out = []
        for pid in party_ids:
            on_case = hist.party_on_case(s, case_id, pid)
            phones = s.scalars(
                select(ContactPoint)
                .where(
                    ContactPoint.party_id == pid,
                    ContactPoint.kind == "phone",
                    ContactPoint.valid.is_(True),
                )
                .order_by(ContactPoint.id)
            )
            out.append(
                CallTarget(
                    pid,
                    on_case.name,
                    on_case.case_role,
                    on_case.kind,
                    tuple((c.id, mask_phone(c.value)) for c in phones),
                    on_case.guard_role,
                )
            )
    return sorted(
        out, key=lambda t: hist.ROLE_ORDER.index(t.role) if t.role in hist.ROLE_ORDER else 99
    )


def _purpose(purpose: str) -> Purpose:
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {sorted(PURPOSES)}")
    return purpose  # type: ignore[return-value]


def verdict_in(
    s: Session, case_id: int, party_id: int, contact_id: int, purpose: str, at: dt.datetime
) -> Verdict:
    """The guard's verdict with inputs read in an open session."""
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    contact = hist.phone(s, party_id, contact_id)
    party = hist.contact_party(s, case_id, party_id)
    history = hist.call_history(s, case_id, party_id, at)
    intent = CallIntent(_purpose(purpose), mask_phone(contact.value))
    return guard.evaluate(hist.ruleset_for(s), party, history, intent, at)


def precheck(
    ctx: AppContext,
    case_id: int,
    party_id: int,
    contact_id: int,
    purpose: str = "collect",
    at: dt.datetime | None = None,
) -> Verdict:
    with ctx.read() as s:
        return verdict_in(s, case_id, party_id, contact_id, purpose, at or utcnow())


def start_call(
    ctx: AppContext,
    case_id: int,
    party_id: int,
    contact_id: int,
    purpose: str = "collect",
    *,
    at: dt.datetime | None = None,
) -> CallStart:
    """Pick the script, fill merge values, evaluate, and save a draft (not audited)."""
    started = at or utcnow()
    with ctx.unit(reason="call draft") as s:
        case = s.get(Case, case_id)
        if case is None:
            raise hist.NotOnCase(f"no case with id {case_id}")
        verdict = verdict_in(s, case_id, party_id, contact_id, purpose, started)
        on_case = hist.party_on_case(s, case_id, party_id)
        kind = "natural" if on_case.kind == "natural" else "entity"
        script = select_script(kind, on_case.script_role, hist.script_stage(case.stage))
        values = hist.merge_values(s, case_id, on_case, ctx.actor, ctx.clock())
        session = ScriptSession(script, values)
        state = session.to_dict()
        draft = CallDraft(
            case_id=case_id,
            party_id=party_id,
            updated_at=utcnow(),
            state={
                "session": state,
                "notes": "",
                "elapsed_s": 0,
                "contact_id": contact_id,
                "purpose": purpose,
                "verdict": verdict.to_dict(),
                "started_at": started.isoformat(),
            },
        )
        s.add(draft)
        s.flush()
        return CallStart(
            draft.id,
            script.id,
            script.version,
            state,
            values,
            verdict,
            started,
            contact_id,
            purpose,
        )


def _draft(s: Session, draft_id: int) -> CallDraft:
    draft = s.get(CallDraft, draft_id)
    if draft is None:
        raise call_finish.DraftMissing(f"no call draft {draft_id}")
    return draft


def save_draft(
    ctx: AppContext, draft_id: int, state: dict[str, Any], notes: str = "", elapsed_s: int = 0
) -> None:
    """Store the script state, notes and timer; cheap enough to call on every change."""
    with ctx.unit(reason="call draft") as s:
        draft = _draft(s, draft_id)
        draft.state = {
            **draft.state,
            "session": dict(state),
            "notes": notes,
            "elapsed_s": int(elapsed_s),
        }
        draft.updated_at = utcnow()


def open_drafts(ctx: AppContext) -> list[DraftInfo]:
    with ctx.read() as s:
        rows = list(s.scalars(select(CallDraft).order_by(CallDraft.id)))
        return [call_finish.draft_info(d) for d in rows]


def discard_draft(ctx: AppContext, draft_id: int, reason: str) -> None:
    """Drop a draft (e.g. dialled by mistake). The reason is recorded in the audit chain."""
    if not reason.strip():
        raise call_finish.CallIncomplete("reason", "say why the call draft is discarded")
    with ctx.unit(reason=reason.strip()) as s:
        draft = _draft(s, draft_id)
        audit_chain.append(
            s,
            actor=ctx.actor,
            action="discard",
            entity="call_drafts",
            entity_id=str(draft.id),
            changes={"case_id": draft.case_id},
            reason=reason.strip(),
        )
        s.delete(draft)


def finish_call(
    ctx: AppContext,
    draft_id: int,
    *,
    state: dict[str, Any],
    notes: str,
    duration_s: int,
    recording_ref: str = "",
    no_recording_reason: str = "",
    override_reason: str = "",
    disclosed_institution: bool,
    recording_notice: bool,
    next_action: str | None = None,
    next_action_date: dt.date | None = None,
) -> FinishedCall:
    """Write the call (see module doc and call_finish); raises CallBlocked/CallIncomplete."""
    record = call_finish.Record(
        notes,
        duration_s,
        recording_ref.strip(),
        no_recording_reason.strip(),
        override_reason.strip(),
        disclosed_institution,
        recording_notice,
        next_action.strip() if next_action is not None else None,
        next_action_date,
    )
    with ctx.unit(reason="call") as s:
        draft = _draft(s, draft_id)
        info = call_finish.draft_info(draft)
        script = shipped_scripts().get(str(state.get("script_id", "")))
        if script is None:
            raise call_finish.CallIncomplete("state", "unknown script in the call state")
        session = ScriptSession.from_dict(state, script)
        if info.started_at is None or info.party_id is None:
            raise call_finish.DraftMissing(f"call draft {draft_id} is incomplete")
        verdict = verdict_in(
            s, info.case_id, info.party_id, info.contact_id, info.purpose, info.started_at
        )
        warnings = check_notes(notes, hist.ruleset_for(s))
        done = call_finish.write_call(s, ctx, info, session, verdict, warnings, record)
        s.delete(draft)
        return done
