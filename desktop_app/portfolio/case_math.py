"""A case's figures from plain loan data, using the domain core. No database here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.domain import accrual, allocation, deadlines, overdue, priority
from desktop_app.domain.accrual import Balance, LoanTerms, PaymentEvent
from desktop_app.domain.overdue import InstalmentState

EVIDENCED = frozenset(
    {"signed_receipt", "postal_pod", "e_delivery_log", "notarised", "public_notice"}
)
COMPONENTS = ("principal", "interest", "penalty", "compound", "costs")


@dataclass(frozen=True)
class PaymentIn:
    id: int
    received_on: dt.date
    amount: int
    allocation: dict[str, int]


@dataclass
class LoanData:
    id: int
    contract_no: str
    terms: LoanTerms
    order: tuple[str, ...]
    instalments: list[InstalmentState] = field(default_factory=list)
    payments: list[PaymentIn] = field(default_factory=list)
    guarantee_ends: list[tuple[str, dt.date]] = field(default_factory=list)


def terms_of(
    principal: int, rate: str, markup: str, compound: bool, day_count: str, start: dt.date | None
) -> LoanTerms:
    return LoanTerms(
        principal=principal,
        annual_rate=Decimal(rate),
        penalty_markup=Decimal(markup),
        compound_enabled=compound,
        day_count=day_count,
        start_date=start,
    )


def payment_events(loan: LoanData) -> tuple[list[PaymentEvent], dict[int, dict[str, int]]]:
    """Payments as allocated events; unallocated ones are allocated by replaying the loan.

    Returns the events and the allocations newly computed (payment id -> components), which
    the caller stores so the replay happens once per payment. One chronological pass
    (:class:`accrual.Replay`); :func:`payment_events_reference` is the same rule rebuilding
    the ledger for every payment, kept to prove the two agree.
    """
    events, fresh, _ = _replay(loan, None)
    return events, fresh


def replay_loan(
    loan: LoanData, interruptions: list[dt.date], today: dt.date
) -> tuple[list[PaymentEvent], dict[int, dict[str, int]], LoanFigures]:
    """:func:`payment_events` and :func:`loan_figures` of one loan in a single pass."""
    events, fresh, snap = _replay(loan, today)
    assert snap is not None
    return events, fresh, _figures(loan, events, snap[0], snap[1], interruptions, today)


def _replay(
    loan: LoanData, today: dt.date | None
) -> tuple[
    list[PaymentEvent], dict[int, dict[str, int]], tuple[Balance, accrual.DailyAccrual] | None
]:
    """Allocate in date order; with ``today``, also the balance and daily accrual then."""
    events: list[PaymentEvent] = []
    fresh: dict[int, dict[str, int]] = {}
    schedule = sorted(loan.instalments, key=lambda i: (i.due_date, i.seq))
    replay = accrual.Replay(loan.terms, loan.instalments)
    snap: tuple[Balance, accrual.DailyAccrual] | None = None
    on_time = True  # every payment so far settled one instalment exactly on its due date
    for pay in sorted(loan.payments, key=lambda p: (p.received_on, p.id)):
        if today is not None and snap is None and pay.received_on > today:
            snap = replay.balance(today), replay.daily(today)
        parts = pay.allocation
        if not parts and on_time:
            parts = _on_time_split(schedule, len(events), pay) or {}
            on_time = bool(parts)
            if parts:
                fresh[pay.id] = parts
        if not parts:
            split = allocation.allocate(
                pay.amount, replay.balance(pay.received_on).owed(), loan.order
            )
            parts = {c: split.applied.get(c, 0) for c in COMPONENTS}
            parts["unapplied"] = split.unapplied
            fresh[pay.id] = parts
        event = PaymentEvent(pay.received_on, *(parts.get(c, 0) for c in COMPONENTS))
        events.append(event)
        replay.add(event)
    if today is not None and snap is None:
        snap = replay.balance(today), replay.daily(today)
    return events, fresh, snap


def payment_events_reference(
    loan: LoanData,
) -> tuple[list[PaymentEvent], dict[int, dict[str, int]]]:
    """The slow reference of :func:`payment_events`: a full ledger per unallocated payment."""
    events: list[PaymentEvent] = []
    fresh: dict[int, dict[str, int]] = {}
    schedule = sorted(loan.instalments, key=lambda i: (i.due_date, i.seq))
    on_time = True
    for pay in sorted(loan.payments, key=lambda p: (p.received_on, p.id)):
        parts = pay.allocation
        if not parts and on_time:
            parts = _on_time_split(schedule, len(events), pay) or {}
            on_time = bool(parts)
            if parts:
                fresh[pay.id] = parts
        if not parts:
            owed = accrual.balance_as_of(
                loan.terms, loan.instalments, events, pay.received_on
            ).owed()
            split = allocation.allocate(pay.amount, owed, loan.order)
            parts = {c: split.applied.get(c, 0) for c in COMPONENTS}
            parts["unapplied"] = split.unapplied
            fresh[pay.id] = parts
        events.append(PaymentEvent(pay.received_on, *(parts.get(c, 0) for c in COMPONENTS)))
    return events, fresh


def _on_time_split(
    schedule: Sequence[InstalmentState], settled: int, pay: PaymentIn
) -> dict[str, int] | None:
    """The allocation of a payment that settles the next instalment exactly on its due date.

    While every earlier payment did the same, nothing was ever overdue, so no penalty,
    compound interest or costs exist, and the interest accrued on the due date is exactly
    the instalment's interest: the replay would give the same split, at a fraction of the
    cost. Anything else returns None and goes through the full replay.
    """
    if settled >= len(schedule):
        return None
    inst = schedule[settled]
    if pay.received_on != inst.due_date or pay.amount != inst.principal_due + inst.interest_due:
        return None
    return {
        "principal": inst.principal_due,
        "interest": inst.interest_due,
        "penalty": 0,
        "compound": 0,
        "costs": 0,
        "unapplied": 0,
    }


@dataclass(frozen=True)
class LoanFigures:
    loan_id: int
    balance: Balance
    daily: accrual.DailyAccrual
    dpd: int
    oldest_unpaid: dt.date | None
    limitation: deadlines.Deadline | None
    guarantees: tuple[deadlines.Deadline, ...]

    @property
    def overdue_amount(self) -> int:
        b = self.balance
        return (
            b.overdue_principal
            + b.overdue_interest
            + b.penalty_interest
            + b.compound_interest
            + b.costs
        )


def loan_figures(
    loan: LoanData, events: Sequence[PaymentEvent], interruptions: list[dt.date], today: dt.date
) -> LoanFigures:
    bal, daily = accrual.balance_and_daily(loan.terms, loan.instalments, events, today)
    return _figures(loan, events, bal, daily, interruptions, today)


def _figures(
    loan: LoanData,
    events: Sequence[PaymentEvent],
    bal: Balance,
    daily: accrual.DailyAccrual,
    interruptions: list[dt.date],
    today: dt.date,
) -> LoanFigures:
    paid_states = _paid_states(loan.instalments, events, today)
    oldest = overdue.oldest_unpaid_due(paid_states)
    dpd = overdue.days_past_due(paid_states, today)
    limitation = None
    if loan.instalments:
        last_due = max(i.due_date for i in loan.instalments)
        pays = [e.received_on for e in events]
        limitation = deadlines.limitation_deadline(
            loan.contract_no, last_due, interruptions + pays, today
        )
    guar = tuple(
        deadlines.make_deadline("guarantee", ref, end, today, deadlines.GUARANTEE_THRESHOLDS)
        for ref, end in loan.guarantee_ends
    )
    return LoanFigures(loan.id, bal, daily, dpd, oldest, limitation, guar)


def _paid_states(
    instalments: Sequence[InstalmentState], events: Sequence[PaymentEvent], today: dt.date
) -> list[InstalmentState]:
    """Instalments with paid amounts re-derived from the payments, oldest first."""
    principal = sum(e.principal for e in events if e.received_on <= today)
    interest = sum(e.interest for e in events if e.received_on <= today)
    out = []
    for inst in sorted(instalments, key=lambda i: (i.due_date, i.seq)):
        p = min(principal, inst.principal_due)
        i = min(interest, inst.interest_due)
        principal -= p
        interest -= i
        out.append(
            InstalmentState(inst.seq, inst.due_date, inst.principal_due, inst.interest_due, p, i)
        )
    return out


@dataclass(frozen=True)
class CaseFigures:
    oldest_unpaid: dt.date | None
    dpd: int
    overdue_amount: int
    outstanding: int
    nearest_deadline: deadlines.Deadline | None
    priority: int


def case_figures(
    loans: Sequence[LoanFigures],
    today: dt.date,
    broken_promises: int,
    last_contact: dt.datetime | None,
    next_action: dt.date | None,
) -> CaseFigures:
    oldest = min((f.oldest_unpaid for f in loans if f.oldest_unpaid), default=None)
    dpd = max((f.dpd for f in loans), default=0)
    overdue_amount = sum(f.overdue_amount for f in loans)
    outstanding = sum(f.balance.total for f in loans)
    all_deadlines = [d for f in loans for d in (f.limitation, *f.guarantees) if d is not None]
    nearest = min(all_deadlines, key=lambda d: d.due, default=None)
    factors = priority.PriorityFactors(
        dpd=dpd,
        overdue_amount=overdue_amount,
        outstanding=outstanding,
        broken_promises=broken_promises,
        days_since_contact=max(0, (today - last_contact.date()).days) if last_contact else None,
        days_to_next_action=(next_action - today).days if next_action else None,
        days_to_deadline=nearest.days_left if nearest else None,
    )
    return CaseFigures(
        oldest, dpd, overdue_amount, outstanding, nearest, priority.priority_score(factors)
    )
