"""A case's figures from plain loan data, using the domain core. No database here."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate

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


# ---- the same replay on plain values ---------------------------------------------------------

Split = tuple[int, int, int, int, int, int]
"""A payment's allocation: (principal, interest, penalty, compound, costs, unapplied)."""
SPLIT_KEYS = (*COMPONENTS, "unapplied")


class PlainReplayError(ValueError):
    """The loan is outside what :class:`PlainReplay` handles; use :func:`replay_loan`."""


def _ratio(rate: Decimal, basis: int) -> tuple[int, int]:
    num, den = rate.as_integer_ratio()
    return num, den * basis


def _rounded(value: int, ratio: tuple[int, int]) -> int:
    """``accrual._amount``: value x rate / basis rounded half up (away from zero) to fen,
    exactly (the rate as an integer ratio: no precision to lose)."""
    num, den = ratio
    n = value * num
    if n >= 0:
        return (2 * n + den) // (2 * den)
    return -((-2 * n + den) // (2 * den))


class PlainReplay:
    """:class:`accrual.Replay` and the allocation of :func:`payment_events` on plain values.

    The same one chronological pass, the same split points and the same single rounding
    per component, on ints and dates instead of dataclasses and ``Decimal`` (rates become
    exact integer ratios), for the demo generator, which replays ~1.5 million payments.
    ``tests/app/test_fast_paths.py`` proves :func:`replay_loan_plain` equal to
    :func:`replay_loan` and :func:`payment_events_reference` with hypothesis. Loans it does
    not handle (no ``start_date``, schedule not adding up to the principal, an allocation
    order that cannot take what is owed) raise :class:`PlainReplayError` up front.
    """

    def __init__(
        self,
        terms: LoanTerms,
        order: Sequence[str],
        schedule: Sequence[tuple[int, dt.date, int, int]],
    ) -> None:
        """``schedule``: (seq, due date, principal due, interest due) per instalment."""
        if terms.start_date is None or sum(s[2] for s in schedule) != terms.principal:
            raise PlainReplayError("needs a start date and a schedule adding up")
        if len(set(order)) != len(order) or not set(COMPONENTS) <= set(order):
            raise PlainReplayError("order must name every component once")
        self.terms = terms
        self.order = tuple(order)
        self.steps = [  # (index in the split, index in owed()) in the allocation order
            (COMPONENTS.index(c), _OWED_KEYS.index(c)) for c in order if c in COMPONENTS
        ]
        self.days = terms.day_count
        basis = accrual.DAY_COUNTS[terms.day_count]
        self.act = terms.day_count != "30/360"
        self.penalty_rate = _ratio(terms.effective_penalty_rate, basis)
        self.annual_rate = _ratio(terms.annual_rate, basis)
        self.schedule = sorted(schedule, key=lambda s: (s[1], s[0]))
        p_by: dict[dt.date, int] = {}
        i_by: dict[dt.date, int] = {}
        for _, due, p, i in schedule:
            p_by[due] = p_by.get(due, 0) + p
            i_by[due] = i_by.get(due, 0) + i
        self.due = sorted(p_by)
        self.p_cum = [0, *accumulate(p_by[d] for d in self.due)]
        self.i_cum = [0, *accumulate(i_by[d] for d in self.due)]
        self.first = self.due[0] if self.due else None
        self.paid_p = self.paid_i = self.paid_pen = self.paid_comp = self.paid_costs = 0
        self.pay_dates: list[dt.date] = []
        self.pay_principal = [0]
        self.pos = self.first
        self.sum_p = self.sum_i = 0
        self.settled = 0  # payments so far
        self.on_time = True

    def _n(self, a: dt.date, b: dt.date) -> int:
        return (b - a).days if self.act else accrual.day_count_days(a, b, self.days)

    def _sums_to(self, end: dt.date) -> tuple[int, int]:
        sum_p, sum_i, pos = self.sum_p, self.sum_i, self.pos
        if pos is None or end <= pos:
            return sum_p, sum_i
        due, p_cum, i_cum = self.due, self.p_cum, self.i_cum
        k = bisect_right(due, pos)
        a = pos
        while True:
            b = due[k] if k < len(due) and due[k] < end else end
            n = self._n(a, b)
            over_p = p_cum[k] - self.paid_p
            over_i = i_cum[k] - self.paid_i
            if over_p > 0:
                sum_p += over_p * n
            if over_i > 0:
                sum_i += over_i * n
            if b == end:
                return sum_p, sum_i
            a = b
            k += 1

    def _accrued(self, as_of: dt.date) -> int:
        lo = bisect_right(self.due, as_of)
        start = self.due[lo - 1] if lo else self.terms.start_date
        assert start is not None
        if not start < as_of:
            return 0
        dates = self.pay_dates
        first, last = bisect_right(dates, start), bisect_left(dates, as_of)
        points = [start, *sorted(set(dates[first:last])), as_of]
        principal, p_due, total = self.terms.principal, self.p_cum[lo], 0
        for j in range(len(points) - 1):
            a, b = points[j], points[j + 1]
            paid = self.pay_principal[bisect_right(dates, a)]
            left = principal - (p_due if p_due > paid else paid)
            if left > 0:
                total += left * self._n(a, b)
        return _rounded(total, self.annual_rate)

    def owed(self, day: dt.date) -> tuple[int, int, int, int, int]:
        """(costs, compound, penalty, interest, principal) owed on ``day`` (on or after the
        last payment), as ``Replay.balance(day).owed()``."""
        if self.pay_dates and day < self.pay_dates[-1]:
            raise PlainReplayError("days before the last payment")
        accrued = self._accrued(day)
        sum_p, sum_i = self._sums_to(day)
        first = self.first if self.first is not None else day
        penalty = compound = 0
        if first < day:
            penalty = _rounded(sum_p, self.penalty_rate)
            if self.terms.compound_enabled:
                compound = _rounded(sum_i, self.penalty_rate)
        interest = self.i_cum[bisect_right(self.due, day)] - self.paid_i
        interest = interest + accrued if interest >= 0 else max(0, accrued + interest)
        return (
            max(0, -self.paid_costs),
            max(0, compound - self.paid_comp),
            max(0, penalty - self.paid_pen),
            interest,
            max(0, self.terms.principal - self.paid_p),
        )

    def _state(self, day: dt.date) -> tuple[int, ...]:
        """(principal, interest due, accrued, penalty, compound, costs, overdue principal,
        overdue interest, credit) on ``day``, as :meth:`accrual.Replay.balance`."""
        if self.pay_dates and day < self.pay_dates[-1]:
            raise PlainReplayError("days before the last payment")
        accrued = self._accrued(day)
        sum_p, sum_i = self._sums_to(day)
        first = self.first if self.first is not None else day
        penalty = _rounded(sum_p, self.penalty_rate) if first < day else 0
        compound = 0
        if self.terms.compound_enabled and first < day:
            compound = _rounded(sum_i, self.penalty_rate)
        lo = bisect_right(self.due, day)
        principal, over_p = _nets(self.terms.principal, self.paid_p)
        interest_due, prepaid = _nets(self.i_cum[lo], self.paid_i)
        accrued, over_a = _nets(accrued, prepaid)
        penalty, over_pen = _nets(penalty, self.paid_pen)
        compound, over_comp = _nets(compound, self.paid_comp)
        costs, over_costs = _nets(0, self.paid_costs)
        before = bisect_right(self.due, day - dt.timedelta(days=1))
        return (
            principal,
            interest_due,
            accrued,
            penalty,
            compound,
            costs,
            max(0, self.p_cum[before] - self.paid_p),
            max(0, self.i_cum[before] - self.paid_i),
            over_p + over_a + over_pen + over_comp + over_costs,
        )

    def balance(self, day: dt.date) -> Balance:
        s = self._state(day)
        return Balance(day, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], credit=s[8])

    def daily(self, day: dt.date) -> accrual.DailyAccrual:
        lo = bisect_right(self.due, day)
        overdue_p = max(0, self.p_cum[lo] - self.paid_p)
        overdue_i = max(0, self.i_cum[lo] - self.paid_i) if self.terms.compound_enabled else 0
        return accrual.DailyAccrual(
            _rounded(overdue_p, self.penalty_rate), _rounded(overdue_i, self.penalty_rate)
        )

    def pay(self, day: dt.date, amount: int, stored: Sequence[tuple[str, int]] = ()) -> Split:
        """Allocate a payment (received on or after the previous one) and record it; a
        ``stored`` allocation is taken as it is."""
        if amount < 0:
            raise PlainReplayError("negative payment")
        parts: Split | None = None
        if stored:
            got = dict(stored)
            p, i, pen, comp, costs = (got.get(c, 0) for c in COMPONENTS)
            if min(p, i, pen, comp, costs) < 0:
                raise PlainReplayError("negative stored component")
            parts = (p, i, pen, comp, costs, got.get("unapplied", 0))
        elif self.on_time:
            parts = self._on_time(day, amount)
            self.on_time = parts is not None
        if parts is None:
            owed = self.owed(day)
            split = [0, 0, 0, 0, 0, amount]
            for at, of in self.steps:
                share = owed[of]
                if share > split[5]:
                    share = split[5]
                split[at] = share
                split[5] -= share
            parts = (split[0], split[1], split[2], split[3], split[4], split[5])
        assert parts is not None
        self.settled += 1
        self._add(day, parts)
        return parts

    def _on_time(self, day: dt.date, amount: int) -> Split | None:
        if self.settled >= len(self.schedule):
            return None
        _, due, p, i = self.schedule[self.settled]
        if day != due or amount != p + i:
            return None
        return (p, i, 0, 0, 0, 0)

    def _add(self, day: dt.date, parts: Sequence[int]) -> None:
        if self.pay_dates and day < self.pay_dates[-1]:
            raise PlainReplayError("payments out of date order")
        if self.pos is not None and day > self.pos:
            self.sum_p, self.sum_i = self._sums_to(day)
            self.pos = day
        self.paid_p += parts[0]
        self.paid_i += parts[1]
        self.paid_pen += parts[2]
        self.paid_comp += parts[3]
        self.paid_costs += parts[4]
        self.pay_dates.append(day)
        self.pay_principal.append(self.paid_p)


_OWED_KEYS = ("costs", "compound", "penalty", "interest", "principal")


def _nets(accrued: int, paid: int) -> tuple[int, int]:
    return (accrued - paid, 0) if accrued >= paid else (0, paid - accrued)


def plain_figures(
    loan_id: int,
    contract_no: str,
    replay: PlainReplay,
    snap: tuple[Balance, accrual.DailyAccrual],
    paid_to_today: tuple[int, int],
    pay_dates: Sequence[dt.date],
    guarantee_ends: Sequence[tuple[str, dt.date]],
    interruptions: list[dt.date],
    today: dt.date,
) -> LoanFigures:
    """:func:`_figures` from a plain replay: ``snap`` is the balance and daily accrual on
    ``today``, ``paid_to_today`` the principal and interest paid by then, ``pay_dates`` the
    dates of all the payments."""
    principal, interest = paid_to_today
    oldest = None
    for _, due, p, i in replay.schedule:
        if principal < p or interest < i:
            oldest = due
            break
        principal -= p
        interest -= i
    dpd = (today - oldest).days if oldest is not None and oldest < today else 0
    limitation = None
    if replay.schedule:
        limitation = deadlines.limitation_deadline(
            contract_no, replay.schedule[-1][1], [*interruptions, *pay_dates], today
        )
    return LoanFigures(
        loan_id,
        snap[0],
        snap[1],
        dpd,
        oldest,
        limitation,
        guarantee_deadlines(guarantee_ends, today),
    )


def guarantee_deadlines(
    ends: Sequence[tuple[str, dt.date]], today: dt.date
) -> tuple[deadlines.Deadline, ...]:
    """The guarantee-period deadlines of :class:`LoanFigures` (as :func:`loan_figures`)."""
    return tuple(
        deadlines.make_deadline("guarantee", ref, end, today, deadlines.GUARANTEE_THRESHOLDS)
        for ref, end in ends
    )


def replay_plain(
    terms: LoanTerms,
    order: Sequence[str],
    schedule: Sequence[tuple[int, dt.date, int, int]],
    payments: Sequence[tuple[dt.date, int]],
    today: dt.date,
) -> tuple[list[Split], PlainReplay, tuple[Balance, accrual.DailyAccrual], tuple[int, int]]:
    """Allocate ``payments`` ((received on, amount), dated in order, none of them stored)
    and take the balance as of ``today``: the allocations in the order given, the replay,
    the balance and daily accrual on ``today`` and the principal and interest paid by then.
    """
    replay = PlainReplay(terms, order, schedule)
    splits: list[Split] = []
    snap: tuple[Balance, accrual.DailyAccrual] | None = None
    paid = (0, 0)
    for day, amount in payments:
        if snap is None and day > today:
            snap = replay.balance(today), replay.daily(today)
            paid = replay.paid_p, replay.paid_i
        splits.append(replay.pay(day, amount))
    if snap is None:
        snap = replay.balance(today), replay.daily(today)
        paid = replay.paid_p, replay.paid_i
    return splits, replay, snap, paid


def replay_loan_plain(
    loan: LoanData, interruptions: list[dt.date], today: dt.date
) -> tuple[list[PaymentEvent], dict[int, dict[str, int]], LoanFigures]:
    """:func:`replay_loan` by :class:`PlainReplay` (falling back to :func:`replay_loan` for
    loans it does not handle); proven equal to it in the tests."""
    try:
        replay = PlainReplay(
            loan.terms,
            loan.order,
            [(i.seq, i.due_date, i.principal_due, i.interest_due) for i in loan.instalments],
        )
        events: list[PaymentEvent] = []
        fresh: dict[int, dict[str, int]] = {}
        snap: tuple[Balance, accrual.DailyAccrual] | None = None
        paid = (0, 0)
        for pay in sorted(loan.payments, key=lambda p: (p.received_on, p.id)):
            if snap is None and pay.received_on > today:
                snap = replay.balance(today), replay.daily(today)
                paid = replay.paid_p, replay.paid_i
            split = replay.pay(pay.received_on, pay.amount, tuple(pay.allocation.items()))
            if not pay.allocation:
                fresh[pay.id] = dict(zip(SPLIT_KEYS, split, strict=True))
            events.append(PaymentEvent(pay.received_on, *split[:5]))
        if snap is None:
            snap = replay.balance(today), replay.daily(today)
            paid = replay.paid_p, replay.paid_i
    except PlainReplayError:
        return replay_loan(loan, interruptions, today)
    figures = plain_figures(
        loan.id,
        loan.contract_no,
        replay,
        snap,
        paid,
        [e.received_on for e in events],
        loan.guarantee_ends,
        interruptions,
        today,
    )
    return events, fresh, figures
