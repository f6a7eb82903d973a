"""Table-driven tests of the compliance guard over the shipped rule sets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop_app.compliance.context import Attempt, CallHistory, CallIntent, ContactParty
from desktop_app.compliance.guard import evaluate
from desktop_app.compliance.rules import load_ruleset

CN, US, UK = load_ruleset("CN"), load_ruleset("US"), load_ruleset("UK")
SH, NY, LON = ZoneInfo("Asia/Shanghai"), ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
PERSON = ContactParty("p1", "natural", "debtor", "Asia/Shanghai")
COMPANY = ContactParty("c1", "entity", "debtor", "Asia/Shanghai")
COLLECT = CallIntent("collect", "13800000000")
NONE = CallHistory(prior_connected_with_party=True)


def at(zone: ZoneInfo, y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone)


def ids(verdict_fired: object) -> set[str]:
    return {f.rule_id for f in verdict_fired}  # type: ignore[attr-defined]


# --- call windows (natural persons) ----------------------------------------------
WINDOW_CASES = [
    ("CN 07:59 blocked", CN, PERSON, at(SH, 2026, 3, 4, 7, 59), "CN-T1", at(SH, 2026, 3, 4, 8)),
    ("CN 08:00 allowed", CN, PERSON, at(SH, 2026, 3, 4, 8), None, None),
    ("CN 20:59 allowed", CN, PERSON, at(SH, 2026, 3, 4, 20, 59), None, None),
    ("CN 21:00 blocked", CN, PERSON, at(SH, 2026, 3, 4, 21), "CN-T1", at(SH, 2026, 3, 5, 8)),
    ("CN holiday is fine for persons", CN, PERSON, at(SH, 2026, 10, 2, 10), None, None),
    (
        "Urumqi uses Beijing time in law",
        CN,
        replace(PERSON, tz="Asia/Urumqi"),
        at(SH, 2026, 3, 4, 8, 30),
        None,
        None,
    ),
    (
        "Urumqi 07:30 Beijing blocked",
        CN,
        replace(PERSON, tz="Asia/Urumqi"),
        at(SH, 2026, 3, 4, 7, 30),
        "CN-T1",
        at(SH, 2026, 3, 4, 8),
    ),
    # US spring forward 2026-03-08: 08:00 EDT = 12:00 UTC, the day before 08:00 EST = 13:00 UTC.
    (
        "NY DST day 12:00Z = 08:00 EDT",
        US,
        replace(PERSON, tz="America/New_York"),
        datetime(2026, 3, 8, 12, 0, tzinfo=UTC),
        None,
        None,
    ),
    (
        "NY pre-DST 12:00Z = 07:00 EST",
        US,
        replace(PERSON, tz="America/New_York"),
        datetime(2026, 3, 7, 12, 0, tzinfo=UTC),
        "US-T1",
        datetime(2026, 3, 7, 13, 0, tzinfo=UTC),
    ),
    (
        "NY 20:59 blocked next 08:00 over DST",
        US,
        replace(PERSON, tz="America/New_York"),
        at(NY, 2026, 3, 7, 21, 0),
        "US-T1",
        datetime(2026, 3, 8, 12, 0, tzinfo=UTC),
    ),
    # UK clocks go forward 2026-03-29 and back 2026-10-25.
    (
        "London BST 07:30Z = 08:30 BST",
        UK,
        replace(PERSON, tz="Europe/London"),
        datetime(2026, 3, 30, 7, 30, tzinfo=UTC),
        None,
        None,
    ),
    (
        "London GMT 07:30Z = 07:30",
        UK,
        replace(PERSON, tz="Europe/London"),
        datetime(2026, 3, 27, 7, 30, tzinfo=UTC),
        "UK-T1",
        datetime(2026, 3, 27, 8, 0, tzinfo=UTC),
    ),
    (
        "London autumn 20:30Z = 20:30 GMT",
        UK,
        replace(PERSON, tz="Europe/London"),
        datetime(2026, 10, 26, 20, 30, tzinfo=UTC),
        None,
        None,
    ),
    (
        "London summer 20:30Z = 21:30 BST",
        UK,
        replace(PERSON, tz="Europe/London"),
        datetime(2026, 10, 24, 20, 30, tzinfo=UTC),
        "UK-T1",
        at(LON, 2026, 10, 25, 8),
    ),
]


@pytest.mark.parametrize(
    ("ruleset", "party", "moment", "rule", "lawful_at"),
    [c[1:] for c in WINDOW_CASES],
    ids=[c[0] for c in WINDOW_CASES],
)
def test_call_window(ruleset, party, moment, rule, lawful_at) -> None:  # type: ignore[no-untyped-def]
    v = evaluate(ruleset, party, NONE, COLLECT, moment)
    if rule is None:
        assert v.outcome == "allow" and v.allowed, v.fired
    else:
        assert v.outcome == "block" and rule in ids(v.fired)
        assert v.next_lawful_at == lawful_at


def test_consent_window_overrides_call_window() -> None:
    party = replace(PERSON, consent_window=(time(21, 0), time(22, 0)))
    assert evaluate(CN, party, NONE, COLLECT, at(SH, 2026, 3, 4, 21, 30)).allowed
    assert not evaluate(CN, party, NONE, COLLECT, at(SH, 2026, 3, 4, 22, 0)).allowed


# --- company business hours (warn, working days, holidays, 调休) -----------------
BH_CASES = [
    ("weekday 10:00", at(SH, 2026, 3, 4, 10), "allow", None),
    ("weekday 18:00", at(SH, 2026, 3, 4, 18), "warn", at(SH, 2026, 3, 5, 9)),
    ("friday evening -> monday", at(SH, 2026, 3, 6, 19), "warn", at(SH, 2026, 3, 9, 9)),
    ("national day -> 10-08", at(SH, 2026, 10, 1, 10), "warn", at(SH, 2026, 10, 8, 9)),
    (
        "spring festival eve -> make-up saturday 02-14",
        at(SH, 2026, 2, 13, 19),
        "warn",
        at(SH, 2026, 2, 14, 9),
    ),
    ("make-up saturday is a working day", at(SH, 2026, 2, 28, 10), "allow", None),
]


@pytest.mark.parametrize(
    ("moment", "outcome", "nxt"), [c[1:] for c in BH_CASES], ids=[c[0] for c in BH_CASES]
)
def test_business_hours(moment: datetime, outcome: str, nxt: datetime | None) -> None:
    v = evaluate(CN, COMPANY, NONE, COLLECT, moment)
    assert v.outcome == outcome and v.allowed
    fired = [f for f in v.fired if f.rule_id == "CN-T2"]
    assert [f.next_lawful_at for f in fired] == ([nxt] if nxt else [])


# --- frequency -----------------------------------------------------------------
NOON = at(SH, 2026, 3, 4, 12)


def attempts(
    n: int, connected: bool = False, number: str = COLLECT.number, day: int = 4
) -> tuple[Attempt, ...]:
    return tuple(
        Attempt(at(SH, 2026, 3, day, 8, i), number, connected, officer_id=f"o{i % 3}")
        for i in range(n)
    )


@pytest.mark.parametrize(
    ("history", "blocked"),
    [
        (CallHistory(attempts=attempts(5), prior_connected_with_party=True), False),
        (CallHistory(attempts=attempts(6), prior_connected_with_party=True), True),
        (CallHistory(attempts=attempts(6, number="139"), prior_connected_with_party=True), False),
        (CallHistory(attempts=attempts(6, day=3), prior_connected_with_party=True), False),
        (CallHistory(attempts=attempts(6, connected=True), prior_connected_with_party=True), False),
    ],
    ids=["5 unanswered", "6 unanswered", "other number", "yesterday", "connected"],
)
def test_unanswered_per_number(history: CallHistory, blocked: bool) -> None:
    v = evaluate(CN, PERSON, history, COLLECT, NOON)
    assert ("CN-F1" in ids(v.fired)) is blocked
    if blocked:
        assert v.next_lawful_at == at(SH, 2026, 3, 5, 8)


@pytest.mark.parametrize(("count", "blocked"), [(2, False), (3, True)])
def test_connected_calls_across_officers(count: int, blocked: bool) -> None:
    calls = tuple(at(SH, 2026, 3, 4, 9 + i) for i in range(count)) + (at(SH, 2026, 3, 3, 9),)
    history = CallHistory(
        debtor_connected_calls=calls,
        last_connected_at=at(SH, 2026, 3, 4, 9),
        prior_connected_with_party=True,
    )
    v = evaluate(CN, PERSON, history, COLLECT, NOON)
    assert ("CN-F2" in ids(v.fired)) is blocked
    assert evaluate(CN, PERSON, history, CallIntent("relay_message"), NOON).allowed


@pytest.mark.parametrize(("minutes_ago", "warned"), [(119, True), (120, False)])
def test_min_gap_warns(minutes_ago: int, warned: bool) -> None:
    history = CallHistory(
        last_connected_at=NOON - timedelta(minutes=minutes_ago), prior_connected_with_party=True
    )
    v = evaluate(CN, PERSON, history, COLLECT, NOON)
    assert ("CN-F3" in ids(v.fired)) is warned
    assert v.allowed


def test_us_seven_in_seven_and_conversation_cooldown() -> None:
    party = replace(PERSON, tz="America/New_York")
    now = at(NY, 2026, 3, 10, 12)
    calls = tuple(Attempt(now - timedelta(days=6, hours=i), "1", False) for i in range(7))
    v = evaluate(
        US, party, CallHistory(attempts=calls, prior_connected_with_party=True), COLLECT, now
    )
    (firing,) = v.fired
    assert firing.rule_id == "US-F1" and firing.next_lawful_at == calls[-1].at + timedelta(days=7)
    assert v.next_lawful_at == at(NY, 2026, 3, 11, 8)  # 06:00 is outside the call window
    talk = CallHistory(last_connected_at=at(NY, 2026, 3, 4, 15), prior_connected_with_party=True)
    v = evaluate(US, party, talk, COLLECT, now)
    assert "US-F1" in ids(v.fired) and v.next_lawful_at == at(NY, 2026, 3, 11, 8)
    assert evaluate(US, party, talk, COLLECT, at(NY, 2026, 3, 11, 8)).allowed


# --- holds ------------------------------------------------------------------------
HOLD_CASES = [
    (CN, "cease_contact", "CN-C1", "block"),
    (CN, "attorney_represented", "CN-A1", "warn"),
    (CN, "dispute_open", "CN-D1", "block"),
    (CN, "litigation_hold", "CN-L1", "block"),
    (CN, "deceased", "CN-DEC1", "block"),
    (US, "cease_contact", "US-C1", "block"),
    (US, "attorney_represented", "US-A1", "block"),
    (US, "dispute_open", "US-D2", "block"),
    (UK, "dispute_open", "UK-D1", "block"),
]


@pytest.mark.parametrize(
    ("ruleset", "flag", "rule", "outcome"), HOLD_CASES, ids=[c[2] for c in HOLD_CASES]
)
def test_holds(ruleset, flag: str, rule: str, outcome: str) -> None:  # type: ignore[no-untyped-def]
    moment = at(ZoneInfo(ruleset.default_tz), 2026, 3, 4, 12)
    party = replace(PERSON, tz=ruleset.default_tz, **{flag: True})
    v = evaluate(ruleset, party, NONE, COLLECT, moment)
    assert v.outcome == outcome and rule in ids(v.fired)
    assert v.next_lawful_at is None
    assert (
        evaluate(ruleset, replace(party, **{flag: False}), NONE, COLLECT, moment).outcome == "allow"
    )


def test_dispute_hold_allows_locate_calls() -> None:
    party = replace(PERSON, dispute_open=True)
    assert evaluate(CN, party, NONE, CallIntent("locate"), NOON).allowed


def test_attorney_rule_does_not_fire_when_calling_the_attorney() -> None:
    party = replace(PERSON, role="attorney", attorney_represented=True)
    assert "US-A1" not in ids(
        evaluate(
            US, replace(party, tz="America/New_York"), NONE, COLLECT, at(NY, 2026, 3, 4, 12)
        ).fired
    )


def test_naive_datetime_rejected() -> None:
    with pytest.raises(ValueError):
        evaluate(CN, PERSON, NONE, COLLECT, datetime(2026, 3, 4, 12))
