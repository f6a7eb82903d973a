"""ScriptSession: rendering, typed capture errors, back, drafts, next action, selection."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app.calls.capture_values import CaptureError, InvalidCapture, MissingCapture
from desktop_app.calls.merge_fields import MergeFieldError, render
from desktop_app.calls.script_engine import ProposedAction, ScriptSession, SessionError
from desktop_app.calls.script_loader import ScriptNotFound, select_script, shipped_scripts

VALUES = {
    "party_name": "张伟",
    "institution": "示范银行",
    "officer": "李娜",
    "overdue_amount": "¥120,000.00",
    "overdue_days": "45",
    "contract_numbers": "JK-2025-001",
    "oldest_due_date": "2026年1月20日",
}


def session(script_id: str = "individual_early") -> ScriptSession:
    return ScriptSession(shipped_scripts()[script_id], VALUES)


def to_promise(s: ScriptSession) -> None:
    s.choose("identity_confirmed")
    s.choose("promise")


def test_first_prompt_renders_in_both_languages() -> None:
    s = session()
    assert s.prompt("zh").startswith("您好，我是示范银行的工作人员李娜")
    assert "This call is recorded" in s.prompt("en")


def test_missing_value_shows_gap_and_unknown_field_raises() -> None:
    assert render("{callback_number}", {}) == "【callback_number】"
    with pytest.raises(MergeFieldError):
        render("{shoe_size}", {})


def test_required_capture_error_names_the_field() -> None:
    s = session()
    to_promise(s)
    with pytest.raises(MissingCapture) as err:
        s.choose("promise_confirmed", {"promise_amount": "5000"})
    assert err.value.field == "promise_date"
    assert not s.finished


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("promise_amount", "-1"),
        ("promise_amount", "abc"),
        ("promise_amount", "10.005"),
        ("promise_amount", 10.5),
        ("promise_date", "next week"),
    ],
)
def test_invalid_values_raise_typed_errors(field: str, value: object) -> None:
    s = session()
    to_promise(s)
    with pytest.raises(InvalidCapture) as err:
        s.set_answer(field, value)
    assert err.value.field == field


def test_enum_and_contact_captures_use_coded_lists() -> None:
    s = session()
    s.choose("not_party")
    with pytest.raises(InvalidCapture):
        s.set_answer("third_party_relation", "neighbour_of_cousin")
    with pytest.raises(InvalidCapture):
        s.set_answer("new_contact", {"value": "13800000000", "source": "phone_book"})
    s.set_answer("new_contact", {"value": "13800000000", "source": "debtor_provided"})
    s.choose("1", {"third_party_relation": "family"})
    assert s.outcome == "third_party_reached"
    assert s.answers()["new_contact"] == {"value": "13800000000", "source": "debtor_provided"}


def test_promise_path_outcome_answers_and_next_action() -> None:
    s = session()
    to_promise(s)
    s.choose("1", {"promise_amount": "5,000", "promise_date": date(2026, 3, 10)})
    assert s.finished and s.outcome == "promise_to_pay"
    assert s.path == [
        ("opening", "identity_confirmed"),
        ("purpose", "promise"),
        ("promise", "promise_confirmed"),
    ]
    assert s.answers() == {"promise_amount": "5000.00", "promise_date": "2026-03-10"}
    assert s.announcements() == {"institution", "recording"}
    assert s.proposed_next_action(date(2026, 3, 1)) == ProposedAction(
        "check_promise", date(2026, 3, 11)
    )
    assert s.choices() == ()
    with pytest.raises(SessionError):
        s.choose("1")


def test_next_action_without_anchor_counts_from_call_date() -> None:
    s = session()
    s.choose("no_answer")
    assert s.proposed_next_action(date(2026, 3, 1)) == ProposedAction(
        "retry_call", date(2026, 3, 2)
    )


def test_back_undoes_outcome_then_step_and_forgets_answers() -> None:
    s = session()
    to_promise(s)
    s.choose("1", {"promise_amount": "100", "promise_date": "2026-03-10"})
    s.back()
    assert not s.finished and s.step.id == "promise"
    assert s.answers()["promise_amount"] == "100.00"
    s.back()
    assert s.step.id == "purpose" and s.answers() == {}
    s.back()
    with pytest.raises(SessionError):
        s.back()


def test_unknown_choice_and_foreign_field_rejected() -> None:
    s = session()
    with pytest.raises(SessionError):
        s.choose("teleport")
    with pytest.raises(CaptureError):
        s.set_answer("promise_amount", "1")


def test_draft_round_trip_through_json() -> None:
    s = session()
    to_promise(s)
    s.set_answer("promise_amount", "300")
    restored = ScriptSession.from_dict(json.loads(json.dumps(s.to_dict())), s.script)
    assert restored.step.id == "promise"
    assert restored.answers() == {"promise_amount": "300.00"}
    assert restored.path == s.path
    restored.choose("1", {"promise_date": "2026-04-01"})
    assert restored.outcome == "promise_to_pay"


def test_draft_for_another_version_is_refused() -> None:
    s = session()
    data = s.to_dict() | {"script_version": 99}
    with pytest.raises(SessionError):
        ScriptSession.from_dict(data, s.script)


@pytest.mark.parametrize(
    ("kind", "role", "stage", "expected"),
    [
        ("entity", "debtor", "early", "company_early"),
        ("natural", "legal_rep", "late", "company_late"),
        ("natural", "finance_manager", "middle", "company_middle"),
        ("natural", "debtor", "middle", "individual_middle"),
        ("natural", "guarantor", "late", "guarantor_late"),
        ("entity", "guarantor", "early", "guarantor_early"),
        ("natural", "unrelated_3p", "late", "third_party_late"),
        ("natural", "related_3p", "early", "third_party_early"),
    ],
)
def test_select_script(kind: str, role: str, stage: str, expected: str) -> None:
    assert select_script(kind, role, stage).id == expected


def test_select_script_unknown_combination() -> None:
    with pytest.raises(ScriptNotFound):
        select_script("natural", "attorney", "early")
