"""Third-party limits, 失联, payment-demand roles and REQUIRE items."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from desktop_app.compliance.context import CallHistory, CallIntent
from desktop_app.compliance.guard import evaluate
from desktop_app.compliance.rules import load_ruleset

from .test_compliance_guard import COLLECT, NONE, NOON, PERSON, SH, at, attempts, ids

CN, US = load_ruleset("CN"), load_ruleset("US")
NY = ZoneInfo("America/New_York")


# --- third parties --------------------------------------------------------------
UNREL = replace(PERSON, role="unrelated_3p")
LOST = CallHistory(consecutive_failed_attempts=3)


@pytest.mark.parametrize(
    ("history", "purpose", "fired"),
    [
        (LOST, "locate", set()),
        (LOST, "relay_message", set()),
        (LOST, "collect", {"CN-3P1", "CN-3P4"}),
        (CallHistory(consecutive_failed_attempts=2), "locate", {"CN-3P1"}),
        (CallHistory(unreachable_days=3), "locate", set()),
        (CallHistory(number_invalid=True), "locate", set()),
    ],
    ids=["lost-locate", "lost-relay", "collect", "not-lost", "3-days", "invalid-number"],
)
def test_unrelated_third_party(history: CallHistory, purpose: str, fired: set[str]) -> None:
    v = evaluate(CN, UNREL, history, CallIntent(purpose), NOON)  # type: ignore[arg-type]
    assert {f.rule_id for f in v.blocks()} == fired


def test_third_party_requires_no_disclosure_unless_offered_to_pay() -> None:
    v = evaluate(CN, UNREL, LOST, CallIntent("locate"), NOON)
    assert "no_debt_disclosure" in {r.item for r in v.requirements}
    v = evaluate(CN, replace(UNREL, offered_to_pay=True), LOST, CallIntent("locate"), NOON)
    assert "no_debt_disclosure" not in {r.item for r in v.requirements}


def test_payment_demand_only_from_confirmed_related_party() -> None:
    related = replace(PERSON, role="related_3p")
    assert "CN-3P4" in ids(evaluate(CN, related, NONE, COLLECT, NOON).fired)
    confirmed = replace(related, debt_related_confirmed=True)
    assert "CN-3P4" not in ids(evaluate(CN, confirmed, NONE, COLLECT, NOON).fired)


def test_us_third_party_once_and_locate_only() -> None:
    party = replace(PERSON, role="related_3p", tz="America/New_York")
    moment = at(NY, 2026, 3, 4, 12)
    assert evaluate(US, party, CallHistory(), CallIntent("locate"), moment).allowed
    assert not evaluate(US, party, CallHistory(), CallIntent("relay_message"), moment).allowed
    assert not evaluate(US, party, NONE, CallIntent("locate"), moment).allowed


# --- requirements -------------------------------------------------------------------
def test_first_contact_requires_announcements() -> None:
    first = evaluate(CN, PERSON, CallHistory(), COLLECT, NOON)
    items = {r.item for r in first.requirements}
    assert {"disclose_institution", "recording_notice", "recording_or_reason"} <= items
    later = evaluate(CN, PERSON, NONE, COLLECT, NOON)
    assert {r.item for r in later.requirements} == {"recording_or_reason"}


def test_combined_blocks_resolve_to_one_lawful_time() -> None:
    late = at(SH, 2026, 3, 4, 20, 59)
    history = CallHistory(attempts=attempts(6), prior_connected_with_party=True)
    v = evaluate(CN, PERSON, history, COLLECT, late)
    assert v.next_lawful_at == at(SH, 2026, 3, 5, 8)


def test_verdict_json_and_messages() -> None:
    v = evaluate(CN, PERSON, NONE, COLLECT, at(SH, 2026, 3, 4, 22, 15))
    data = v.to_dict()
    assert data["outcome"] == "block" and data["next_lawful_at"] == "2026-03-05T08:00:00+08:00"
    (firing,) = data["fired"]
    assert "2026-03-04 22:15" in firing["message_zh"] and "08:00-21:00" in firing["message_en"]
    assert firing["source"].startswith("GB/T 45251")
