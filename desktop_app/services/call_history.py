"""Read the store into the guard's inputs (ContactParty, CallHistory) and the script's
merge values. Read-only; every function takes an open Session.

Role mapping (case role -> guard role / script audience role):

* ``borrower`` -> ``debtor`` / ``debtor``.
* ``legal_rep``, ``actual_controller``, ``finance_contact`` -> ``legal_rep`` (a debt-related
  person who may be asked to arrange payment on the company's behalf) / their own script
  role (``legal_rep``, ``actual_controller``, ``finance_manager``).
* ``guarantor``, ``mortgagor``, ``pledgor`` -> ``guarantor``.
* ``nominated_contact`` -> ``related_3p``; ``third_party`` -> ``unrelated_3p``.

A party holding several roles on one case is treated under the strongest (ROLE_ORDER).
Counting: an Activity of kind ``call`` is an attempt; it is *connected* when its outcome is
in CONNECTED. Attempts on a number match on the party and the masked number (the timeline
stores only the masked value). "Connected calls with the debtor" are all connected calls
on the case with a debtor-side party (borrower, legal-rep-like persons, guarantors),
whoever made them. The 失联 inputs describe the borrower: consecutive failed attempts
across debtor-side calls, days since ``unreachable_since``, and "no valid phone left".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import time
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.compliance.context import Attempt, CallHistory, ContactParty, PartyRole
from desktop_app.compliance.rules import RuleSet, load_ruleset
from desktop_app.domain.money import format_fen
from local_db.models import (
    Activity,
    Case,
    CaseParty,
    ContactPoint,
    Institution,
    Loan,
    Officer,
    Party,
    PromiseToPay,
)

ROLE_ORDER = (
    "borrower",
    "legal_rep",
    "actual_controller",
    "finance_contact",
    "guarantor",
    "mortgagor",
    "pledgor",
    "nominated_contact",
    "third_party",
)
GUARD_ROLE: dict[str, PartyRole] = {
    "borrower": "debtor",
    "legal_rep": "legal_rep",
    "actual_controller": "legal_rep",
    "finance_contact": "legal_rep",
    "guarantor": "guarantor",
    "mortgagor": "guarantor",
    "pledgor": "guarantor",
    "nominated_contact": "related_3p",
    "third_party": "unrelated_3p",
}
SCRIPT_ROLE = {"actual_controller": "actual_controller", "finance_contact": "finance_manager"}
DEBTOR_SIDE = (
    "borrower",
    "legal_rep",
    "actual_controller",
    "finance_contact",
    "guarantor",
    "mortgagor",
    "pledgor",
)
CONNECTED = frozenset(
    {
        "right_party_contact",
        "promise_to_pay",
        "partial_payment_arranged",
        "refused",
        "dispute_raised",
        "hardship_restructure_requested",
        "third_party_reached",
        "call_back_requested",
    }
)
DEBTOR_CONNECTED = CONNECTED - {"third_party_reached"}
LOOKBACK = dt.timedelta(days=8)


@cache
def _ruleset(jurisdiction: str) -> RuleSet:
    return load_ruleset(jurisdiction)


def ruleset_for(s: Session) -> RuleSet:
    """The rule set of the lender's jurisdiction (loaded once per jurisdiction)."""
    inst = s.scalars(select(Institution).limit(1)).first()
    return _ruleset(inst.jurisdiction if inst else "CN")


class NotOnCase(LookupError):
    """The party (or contact) does not belong to the case."""


@dataclass(frozen=True)
class PartyOnCase:
    party_id: int
    name: str
    case_role: str
    guard_role: PartyRole
    script_role: str
    kind: str


def party_on_case(s: Session, case_id: int, party_id: int) -> PartyOnCase:
    roles = set(
        s.scalars(
            select(CaseParty.role).where(
                CaseParty.case_id == case_id, CaseParty.party_id == party_id
            )
        )
    )
    party = s.get(Party, party_id)
    if party is None or not roles:
        raise NotOnCase(f"party {party_id} is not on case {case_id}")
    role = min(roles, key=lambda r: ROLE_ORDER.index(r) if r in ROLE_ORDER else 99)
    guard = GUARD_ROLE.get(role, "unrelated_3p")
    return PartyOnCase(party.id, party.name, role, guard, SCRIPT_ROLE.get(role, guard), party.kind)


def script_stage(stage: str) -> str:
    return "late" if stage == "legal" else stage


def _consent(text: str) -> tuple[time, time] | None:
    start, sep, end = text.partition("-")
    if not sep:
        return None
    try:
        return time.fromisoformat(start.strip()), time.fromisoformat(end.strip())
    except ValueError:
        return None


def contact_party(s: Session, case_id: int, party_id: int) -> ContactParty:
    p = s.get(Party, party_id)
    assert p is not None
    on_case = party_on_case(s, case_id, party_id)
    return ContactParty(
        party_id=str(p.id),
        kind="natural" if p.kind == "natural" else "entity",
        role=on_case.guard_role,
        tz=p.timezone or "",
        cease_contact=p.cease_contact or p.do_not_contact,
        attorney_represented=p.attorney_represented,
        dispute_open=p.dispute_open,
        litigation_hold=p.litigation_hold,
        deceased=p.deceased_or_bankrupt,
        consent_window=_consent(p.consent_window),
    )


def phone(s: Session, party_id: int, contact_id: int) -> ContactPoint:
    c = s.get(ContactPoint, contact_id)
    if c is None or c.party_id != party_id or c.kind != "phone":
        raise NotOnCase(f"contact {contact_id} is not a phone of party {party_id}")
    return c


def _calls(s: Session, *conds: Any) -> list[Activity]:
    return list(
        s.scalars(
            select(Activity)
            .where(Activity.kind == "call", *conds)
            .order_by(Activity.occurred_at, Activity.id)
        )
    )


def debtor_side_ids(s: Session, case_id: int) -> set[int]:
    return set(
        s.scalars(
            select(CaseParty.party_id).where(
                CaseParty.case_id == case_id, CaseParty.role.in_(DEBTOR_SIDE)
            )
        )
    )


def borrower(s: Session, case_id: int) -> Party:
    case = s.get(Case, case_id)
    if case is None:
        raise NotOnCase(f"no case with id {case_id}")
    party = s.get(Party, case.borrower_party_id)
    assert party is not None
    return party


def consecutive_failures(calls: list[Activity]) -> int:
    count = 0
    for a in reversed(calls):
        if a.outcome in DEBTOR_CONNECTED:
            break
        count += 1
    return count


def call_history(s: Session, case_id: int, party_id: int, at: dt.datetime) -> CallHistory:
    """History as of ``at``; attempts carry masked numbers (match CallIntent.number)."""
    mine = _calls(s, Activity.party_id == party_id)
    recent = [a for a in mine if at - LOOKBACK <= a.occurred_at <= at]
    attempts = tuple(
        Attempt(
            a.occurred_at,
            a.contact_value,
            a.outcome in CONNECTED,
            a.outcome,
            str(a.officer_id or ""),
        )
        for a in recent
    )
    connected_mine = [a.occurred_at for a in mine if a.outcome in CONNECTED and a.occurred_at <= at]
    side = debtor_side_ids(s, case_id)
    case_calls = [
        a
        for a in _calls(s, Activity.case_id == case_id)
        if a.party_id in side and a.occurred_at <= at
    ]
    debtor = borrower(s, case_id)
    valid = s.scalars(
        select(ContactPoint.id).where(
            ContactPoint.party_id == debtor.id,
            ContactPoint.kind == "phone",
            ContactPoint.valid.is_(True),
        )
    ).first()
    since = debtor.unreachable_since
    return CallHistory(
        attempts=attempts,
        debtor_connected_calls=tuple(
            a.occurred_at
            for a in case_calls
            if a.outcome in DEBTOR_CONNECTED and at - LOOKBACK <= a.occurred_at
        ),
        last_connected_at=max(connected_mine, default=None),
        prior_connected_with_party=bool(connected_mine),
        consecutive_failed_attempts=consecutive_failures(case_calls),
        unreachable_days=max(0, (at.date() - since).days) if since else 0,
        number_invalid=valid is None,
    )


def merge_values(
    s: Session, case_id: int, on_case: PartyOnCase, actor: str, today: dt.date
) -> dict[str, str]:
    case = s.get(Case, case_id)
    assert case is not None
    inst = s.scalars(select(Institution).limit(1)).first()
    officer = s.scalars(select(Officer).where(Officer.employee_no == actor)).first()
    contracts = s.scalars(
        select(Loan.contract_no).where(Loan.case_id == case_id).order_by(Loan.contract_no)
    )
    oldest = case.oldest_unpaid_due
    promises = s.scalars(
        select(PromiseToPay)
        .where(PromiseToPay.case_id == case_id)
        .order_by(PromiseToPay.due_date.desc())
        .limit(3)
    )
    history = "；".join(
        f"{p.due_date.isoformat()} {format_fen(p.amount)} {p.status}" for p in promises
    )
    return {
        "party_name": on_case.name,
        "party_role": on_case.case_role,
        "borrower_name": case.borrower_name,
        "debtor_name": case.borrower_name,
        "institution": inst.legal_name if inst else "",
        "officer": officer.name if officer else actor,
        "callback_number": (
            officer.phone if officer and officer.phone else inst.phone if inst else ""
        ),
        "overdue_amount": format_fen(case.fig_overdue_amount, case.currency, symbol=True),
        "overdue_days": str(max(0, (today - oldest).days) if oldest else 0),
        "contract_numbers": "、".join(contracts),
        "oldest_due_date": oldest.isoformat() if oldest else "",
        "promise_history": history,
    }
