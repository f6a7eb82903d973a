"""The call logger's service on a real encrypted store: promise, blocks, counts, drafts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from desktop_app.calls.script_engine import ScriptSession
from desktop_app.calls.script_loader import shipped_scripts
from desktop_app.context import AppContext, open_context
from desktop_app.services import calls, case_detail, editing
from desktop_app.services.calls import CallBlocked, CallIncomplete
from local_db.models import Activity, AuditEvent, Case, Officer, Party, PromiseToPay
from tests.app.call_helpers import load, local
from tests.app.conftest import TODAY


def _walk_to_promise(state: dict[str, object], amount: str, due: str) -> dict[str, object]:
    session = ScriptSession.from_dict(state, shipped_scripts()[str(state["script_id"])])
    session.choose("identity_confirmed")
    session.choose("promise")
    session.choose("promise_confirmed", {"promise_amount": amount, "promise_date": due})
    return session.to_dict()


def _no_answer(state: dict[str, object]) -> dict[str, object]:
    session = ScriptSession.from_dict(state, shipped_scripts()[str(state["script_id"])])
    session.choose("no_answer")
    return session.to_dict()


def _finish(
    ctx: AppContext, start: calls.CallStart, state: dict[str, object], **kw: object
) -> calls.FinishedCall:
    args: dict[str, object] = {
        "notes": "对方同意还款",
        "duration_s": 185,
        "recording_ref": "REC-1",
        "disclosed_institution": True,
        "recording_notice": True,
    }
    args.update(kw)
    return calls.finish_call(ctx, start.draft_id, state=state, **args)  # type: ignore[arg-type]


def test_targets_list_valid_phones_masked(ctx: AppContext) -> None:
    case_id, borrower, _, rep, rep_phone = load(ctx)
    found = {t.party_id: t for t in calls.targets(ctx, case_id)}
    assert found[borrower].role == "borrower" and found[borrower].phones[0][1] == "138****5678"
    assert found[rep].role == "legal_rep" and found[rep].phones == ((rep_phone, "139****1111"),)
    assert found[rep].guard_role == "legal_rep"


def test_full_call_ends_in_a_promise(ctx: AppContext) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    start = calls.start_call(ctx, case_id, rep, rep_phone, at=local(10))
    assert start.verdict.allowed and start.script_id == "company_early"
    assert start.values["party_name"] == "张伟" and start.values["officer"] == "李娜"
    assert "HT-2025-001" in start.values["contract_numbers"]
    state = _walk_to_promise(start.state, "50000.00", "2026-12-10")
    calls.save_draft(ctx, start.draft_id, state, notes="对方同意还款", elapsed_s=120)
    done = _finish(ctx, start, state)
    assert done.outcome == "promise_to_pay" and done.promise_id is not None
    assert done.next_action == "check_promise" and done.next_action_date == dt.date(2026, 12, 11)
    assert done.changes.case_ids == (case_id,) and done.changes.timeline
    with ctx.read() as s:
        act = s.get(Activity, done.activity_id)
        assert act is not None and act.kind == "call" and act.contact_value == "139****1111"
        assert act.occurred_at == local(10) and act.duration_s == 185
        assert (act.script_id, act.script_version) == ("company_early", 1)
        assert act.path[0] == ["opening", "identity_confirmed"]
        assert act.answers["promise_amount"] == "50000.00"
        assert act.verdict["record"]["recording_ref"] == "REC-1"
        promise = s.get(PromiseToPay, done.promise_id)
        assert promise is not None and promise.amount == 5_000_000
        assert promise.due_date == dt.date(2026, 12, 10) and promise.activity_id == act.id
        case = s.get(Case, case_id)
        assert case is not None and case.next_action_date == dt.date(2026, 12, 11)
        assert case.promise_status == "open"
        audited = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "activities", AuditEvent.entity_id == act.uuid
            )
        ).one()
        assert audited.actor == "E1001" and audited.changes["outcome"] == "promise_to_pay"
        assert calls.open_drafts(ctx) == []
    with pytest.raises(DatabaseError, match="append-only"), ctx.unit() as s:
        s.execute(
            text("UPDATE activities SET notes = 'edited' WHERE id = :i"), {"i": done.activity_id}
        )


def test_promise_over_limits_is_refused(ctx: AppContext) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    start = calls.start_call(ctx, case_id, rep, rep_phone, at=local(10))
    too_far = _walk_to_promise(start.state, "1000.00", "2027-06-01")
    with pytest.raises(CallIncomplete) as err:
        _finish(ctx, start, too_far)
    assert err.value.field == "promise_date"
    too_big = _walk_to_promise(start.state, "99999999.00", "2026-12-10")
    with pytest.raises(CallIncomplete) as err:
        _finish(ctx, start, too_big)
    assert err.value.field == "promise_amount" and len(calls.open_drafts(ctx)) == 1


def test_blocked_call_needs_an_audited_override(ctx: AppContext) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    verdict = calls.precheck(ctx, case_id, rep, rep_phone, at=local(22, 30))
    assert not verdict.allowed and "CN-T1" in {f.rule_id for f in verdict.blocks()}
    assert verdict.next_lawful_at == local(8, 0, dt.date(2026, 11, 29))
    start = calls.start_call(ctx, case_id, rep, rep_phone, at=local(22, 30))
    state = _no_answer(start.state)
    with pytest.raises(CallBlocked) as err:
        _finish(ctx, start, state)
    assert "CN-T1" in str(err.value)
    done = _finish(ctx, start, state, override_reason="债务人约定晚间回电")
    with ctx.read() as s:
        act = s.get(Activity, done.activity_id)
        assert act is not None and act.override_reason == "债务人约定晚间回电"
        assert act.verdict["outcome"] == "block"
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == act.uuid)).one()
        assert "债务人约定晚间回电" in event.reason


def test_cease_contact_blocks(ctx: AppContext) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    editing.set_party_flags(ctx, case_id, rep, {"cease_contact": True}, reason="书面要求")
    verdict = calls.precheck(ctx, case_id, rep, rep_phone, at=local(10))
    assert "CN-C1" in {f.rule_id for f in verdict.blocks()}


def test_connected_calls_count_across_officers(ctx: AppContext) -> None:
    case_id, borrower, borrower_phone, rep, rep_phone = load(ctx)
    with ctx.unit(reason="other officer", actor="E2002") as s:
        other = Officer(name="王强", employee_no="E2002")
        s.add(other)
        s.flush()
        for hour in (8, 9, 10):
            s.add(
                Activity(
                    case_id=case_id,
                    party_id=borrower,
                    officer_id=other.id,
                    kind="call",
                    occurred_at=local(hour),
                    outcome="right_party_contact",
                    contact_value="138****5678",
                )
            )
    verdict = calls.precheck(ctx, case_id, rep, rep_phone, at=local(14))
    fired = {f.rule_id for f in verdict.blocks()}
    assert "CN-F2" in fired
    tomorrow = calls.precheck(ctx, case_id, rep, rep_phone, at=local(14, 0, TODAY.replace(day=29)))
    assert "CN-F2" not in {f.rule_id for f in tomorrow.fired}


def test_unanswered_attempts_per_number(ctx: AppContext) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    for minute in range(6):
        start = calls.start_call(ctx, case_id, rep, rep_phone, at=local(9, minute))
        _finish(ctx, start, _no_answer(start.state))
    verdict = calls.precheck(ctx, case_id, rep, rep_phone, at=local(11))
    assert "CN-F1" in {f.rule_id for f in verdict.blocks()}
    with ctx.read() as s:  # 失联: consecutive failures mark the borrower unreachable
        debtor = s.get(Party, s.get(Case, case_id).borrower_party_id)  # type: ignore[union-attr]
        assert debtor is not None and debtor.unreachable_since == TODAY


def test_recording_and_first_contact_announcements_required(ctx: AppContext) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    start = calls.start_call(ctx, case_id, rep, rep_phone, at=local(10))
    state = _walk_to_promise(start.state, "1000.00", "2026-12-10")
    with pytest.raises(CallIncomplete) as err:
        _finish(ctx, start, state, recording_ref="")
    assert err.value.field == "recording_ref"
    with pytest.raises(CallIncomplete) as err:
        _finish(ctx, start, state, disclosed_institution=False)
    assert err.value.field == "disclosed_institution"
    with pytest.raises(CallIncomplete) as err:
        _finish(ctx, start, state, recording_notice=False)
    assert err.value.field == "recording_notice"
    _finish(ctx, start, state, recording_ref="", no_recording_reason="录音设备故障")
    again = calls.start_call(ctx, case_id, rep, rep_phone, at=local(15))
    assert "CN-ID1" not in {r.rule_id for r in again.verdict.requirements}
    second = _walk_to_promise(again.state, "1000.00", "2026-12-12")
    done = _finish(ctx, again, second, disclosed_institution=False, recording_notice=False)
    assert done.outcome == "promise_to_pay"


def test_banned_words_are_kept_as_warnings(ctx: AppContext) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    start = calls.start_call(ctx, case_id, rep, rep_phone, at=local(10))
    done = _finish(ctx, start, _no_answer(start.state), notes="再不还就上黑名单")
    with ctx.read() as s:
        act = s.get(Activity, done.activity_id)
        assert act is not None
        assert [w["rule_id"] for w in act.verdict["warnings"]] == ["CN-SCR1"]


def test_draft_survives_a_killed_app(ctx: AppContext, tmp_path: Path) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    start = calls.start_call(ctx, case_id, rep, rep_phone, at=local(10))
    session = ScriptSession.from_dict(start.state, shipped_scripts()[start.script_id])
    session.choose("identity_confirmed")
    session.choose("promise")
    session.set_answer("promise_amount", Decimal("2000"))
    calls.save_draft(ctx, start.draft_id, session.to_dict(), notes="谈到一半", elapsed_s=42)
    paths = ctx.paths
    ctx.db.close()  # the app dies; nothing else is flushed
    reopened = open_context(paths)
    reopened.clock = lambda: TODAY
    try:
        (draft,) = calls.open_drafts(reopened)
        assert (draft.case_id, draft.party_id, draft.contact_id) == (case_id, rep, rep_phone)
        assert (draft.notes, draft.elapsed_s, draft.purpose) == ("谈到一半", 42, "collect")
        assert draft.started_at == local(10) and draft.verdict["allowed"] is True
        restored = ScriptSession.from_dict(draft.state, shipped_scripts()[draft.script_id])
        assert restored.step.id == "promise"
        assert restored.answers() == {"promise_amount": "2000.00"}
        calls.discard_draft(reopened, draft.draft_id, reason="测试")
        assert calls.open_drafts(reopened) == []
    finally:
        reopened.close()


def test_officer_edited_next_action_is_saved_with_the_call(ctx: AppContext) -> None:
    case_id, _, _, rep, rep_phone = load(ctx)
    start = calls.start_call(ctx, case_id, rep, rep_phone, at=local(10))
    state = _no_answer(start.state)
    done = _finish(ctx, start, state, next_action="上门拜访", next_action_date=dt.date(2026, 12, 3))
    assert (done.next_action, done.next_action_date) == ("上门拜访", dt.date(2026, 12, 3))
    detail = case_detail.case_detail(ctx, case_id)
    assert (detail.next_action, detail.next_action_date) == ("上门拜访", dt.date(2026, 12, 3))
    again = calls.start_call(ctx, case_id, rep, rep_phone, at=local(11))
    with pytest.raises(calls.CallIncomplete, match="past"):
        _finish(ctx, again, _no_answer(again.state), next_action="x",
                next_action_date=dt.date(2026, 11, 1))
