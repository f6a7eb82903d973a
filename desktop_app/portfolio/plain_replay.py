"""The case-math replay on plain values (ints and dates): :class:`PlainReplay` and the
figures built from it, proven equal to :func:`case_math.replay_loan` in the tests."""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from decimal import Decimal
from operator import itemgetter

from desktop_app.domain import accrual, deadlines
from desktop_app.domain.accrual import Balance, LoanTerms, PaymentEvent
from desktop_app.portfolio.case_math import COMPONENTS, LoanData, LoanFigures, replay_loan

Split = tuple[int, int, int, int, int, int]
"""A payment's allocation: (principal, interest, penalty, compound, costs, unapplied)."""
SPLIT_KEYS = (*COMPONENTS, "unapplied")


class PlainReplayError(ValueError):
    """The loan is outside what :class:`PlainReplay` handles; use :func:`replay_loan`."""


@functools.lru_cache(maxsize=1024)
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


_DUE_SEQ = itemgetter(1, 0)


@functools.lru_cache(maxsize=64)
def _steps(order: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(index in the split, index in owed()) of each component in the allocation order."""
    if len(set(order)) != len(order) or not set(COMPONENTS) <= set(order):
        raise PlainReplayError("order must name every component once")
    return tuple((COMPONENTS.index(c), _OWED_KEYS.index(c)) for c in order if c in COMPONENTS)


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
        if terms.start_date is None:
            raise PlainReplayError("needs a start date and a schedule adding up")
        self.schedule = sorted(schedule, key=_DUE_SEQ)
        self.due: list[dt.date] = []  # the distinct due dates, and what falls due by each
        self.p_cum, self.i_cum = [0], [0]
        for _, due, p, i in self.schedule:
            if self.due and self.due[-1] == due:
                self.p_cum[-1] += p
                self.i_cum[-1] += i
            else:
                self.due.append(due)
                self.p_cum.append(self.p_cum[-1] + p)
                self.i_cum.append(self.i_cum[-1] + i)
        if self.p_cum[-1] != terms.principal:
            raise PlainReplayError("needs a start date and a schedule adding up")
        self.terms = terms
        self.order = tuple(order)
        self.steps = _steps(self.order)
        self.days = terms.day_count
        self.act = terms.day_count != "30/360"
        basis = accrual.DAY_COUNTS[terms.day_count]
        self.penalty_rate = _ratio(terms.effective_penalty_rate, basis)
        self.annual_rate = _ratio(terms.annual_rate, basis)
        self.first = self.due[0] if self.due else None
        self.paid_p = self.paid_i = self.paid_pen = self.paid_comp = self.paid_costs = 0
        self.pay_dates: list[dt.date] = []
        self.pay_principal = [0]
        self.pos = self.first
        self.sum_p = self.sum_i = 0
        self.settled = 0  # payments so far
        self.on_time = True
        self.exact = True  # every payment so far settled the next instalment on its due date

    def _n(self, a: dt.date, b: dt.date) -> int:
        return (b - a).days if self.act else accrual.day_count_days(a, b, self.days)

    def _sums_to(self, end: dt.date) -> tuple[int, int]:
        sum_p, sum_i, pos = self.sum_p, self.sum_i, self.pos
        if pos is None or end <= pos:
            return sum_p, sum_i
        due, p_cum, i_cum = self.due, self.p_cum, self.i_cum
        paid_p, paid_i, act = self.paid_p, self.paid_i, self.act
        k = bisect_right(due, pos)
        a = pos
        while True:
            b = due[k] if k < len(due) and due[k] < end else end
            n = (b - a).days if act else self._n(a, b)
            over_p = p_cum[k] - paid_p
            over_i = i_cum[k] - paid_i
            if over_p > 0:
                sum_p += over_p * n
            if over_i > 0:
                sum_i += over_i * n
            if b == end:
                return sum_p, sum_i
            a = b
            k += 1

    def _accrued(self, as_of: dt.date, lo: int) -> int:
        """Interest accrued by ``as_of`` since the due date before (``lo``: the number of
        due dates on or before ``as_of``)."""
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

    def _charges(self, day: dt.date) -> tuple[int, int, int, int]:
        """(due-date index, accrued interest, penalty, compound) on ``day``, which may not
        come before the last payment; penalty and compound count from the first overdue
        day."""
        if self.pay_dates and day < self.pay_dates[-1]:
            raise PlainReplayError("days before the last payment")
        lo = bisect_right(self.due, day)
        accrued = self._accrued(day, lo)
        sum_p, sum_i = self._sums_to(day)
        first = self.first if self.first is not None else day
        penalty = compound = 0
        if first < day:
            penalty = _rounded(sum_p, self.penalty_rate)
            if self.terms.compound_enabled:
                compound = _rounded(sum_i, self.penalty_rate)
        return lo, accrued, penalty, compound

    def owed(self, day: dt.date) -> tuple[int, int, int, int, int]:
        """(costs, compound, penalty, interest, principal) owed on ``day`` (on or after the
        last payment), as ``Replay.balance(day).owed()``."""
        lo, accrued, penalty, compound = self._charges(day)
        interest = self.i_cum[lo] - self.paid_i
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
        lo, accrued, penalty, compound = self._charges(day)
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
            self.exact = False
        elif self.on_time:
            parts = self._on_time(day, amount)
            self.on_time = parts is not None
        if parts is None:
            self.exact = False
            self._advance(day)  # the sums to ``day`` before the payment, once
            owed = self.owed(day)
            split = [0, 0, 0, 0, 0, amount]
            for at, of in self.steps:
                share = owed[of]
                if share > split[5]:
                    share = split[5]
                split[at] = share
                split[5] -= share
            parts = (split[0], split[1], split[2], split[3], split[4], split[5])
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

    def _advance(self, day: dt.date) -> None:
        if self.pos is not None and day > self.pos:
            self.sum_p, self.sum_i = self._sums_to(day)
            self.pos = day

    def _add(self, day: dt.date, parts: Sequence[int]) -> None:
        if self.pay_dates and day < self.pay_dates[-1]:
            raise PlainReplayError("payments out of date order")
        if self.exact:
            # Every payment so far settled the next instalment on its due date: nothing was
            # overdue before ``day``, so the sums stand (what _advance would find).
            if self.pos is not None and day > self.pos:
                self.pos = day
        else:
            self._advance(day)
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


def paid_per_instalment(
    schedule: Sequence[tuple[int, dt.date, int, int]], paid: tuple[int, int]
) -> list[tuple[int, int]]:
    """(principal paid, interest paid) on each instalment of ``schedule`` ((seq, due date,
    principal due, interest due), in due-date order) when ``paid`` (principal, interest) was
    paid in all: each spread over the instalments oldest first, as the figures count what
    is paid (:func:`case_math._paid_states`), so the rows add up to the balance (overdue
    principal and interest, interest due, principal outstanding) of the same day.

    A principal surplus (a late payment's extra, applied to principal) thus part-pays the
    next instalment, due or not. Interest beyond the whole schedule's (accrued interest of
    the current period paid ahead, with nothing left to fall due) has no instalment to
    carry it: it stays in the payments' allocations and the balance, not in the rows.
    """
    principal, interest = paid
    out = []
    for _, _, p, i in schedule:
        if principal < p:
            p = principal
        if interest < i:
            i = interest
        principal -= p
        interest -= i
        out.append((p, i))
    return out


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
