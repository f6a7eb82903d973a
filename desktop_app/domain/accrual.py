"""Balance of a loan as of a date: interest, penalty (罚息) and compound (复利) accrual.

Method (all money in fen, rates annual ``Decimal``):

* Schedule amounts come from the instalments' ``principal_due``/``interest_due``;
  what was paid comes only from ``payments`` received on or before ``as_of`` (the
  instalments' ``*_paid`` snapshot is ignored, so any past date can be evaluated).
  Paid principal and interest settle instalments oldest first.
* Day ``d`` is the interval ``[d, d+1)``; its balance includes payments received on
  ``d``. An instalment due on ``D`` is overdue from day ``D`` on, so paying on the
  due date costs no penalty and paying on ``D+n`` costs ``n`` days.
* ``penalty_interest`` = rate_p x sum over days of overdue principal, where
  rate_p = ``penalty_rate`` or ``annual_rate x (1 + penalty_markup)``.
* ``compound_interest`` = rate_p x sum over days of overdue contractual interest
  (if ``compound_enabled``).
* ``accrued_interest`` = ``annual_rate`` x sum over days of principal not yet due,
  from the last due date on or before ``as_of`` (or ``start_date``) to ``as_of``.
* Day fractions: ACT/360, ACT/365 (fixed) or 30/360 (ISDA bond basis). Each
  component is accrued exactly and rounded once to fen (ROUND_HALF_UP), then paid
  amounts are deducted. Paid amounts above what was owed are reported in
  ``credit`` (never as negative balances); prepaid interest first offsets
  ``accrued_interest``.
* ``costs`` passed in are costs incurred to date; paid costs are deducted.

After a prepayment, acceleration or restructuring the caller passes the new
schedule (e.g. all remaining principal due on the acceleration date).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, localcontext
from itertools import accumulate, pairwise

from desktop_app.domain.allocation import Allocation
from desktop_app.domain.money import round_half_up
from desktop_app.domain.overdue import InstalmentState

DAY_COUNTS: dict[str, int] = {"ACT/360": 360, "ACT/365": 365, "30/360": 360}


class AccrualError(ValueError):
    """Inconsistent loan terms, schedule or payments."""


@dataclass(frozen=True)
class LoanTerms:
    """Pricing of one loan. ``penalty_markup`` 0.5 means penalty rate = rate x 1.5."""

    principal: int
    annual_rate: Decimal
    penalty_markup: Decimal = Decimal("0.5")
    penalty_rate: Decimal | None = None
    compound_enabled: bool = True
    day_count: str = "ACT/360"
    start_date: date | None = None

    def __post_init__(self) -> None:
        if self.day_count not in DAY_COUNTS:
            raise AccrualError(f"unknown day count {self.day_count!r}; use {list(DAY_COUNTS)}")
        if self.principal < 0 or self.annual_rate < 0 or self.penalty_markup < 0:
            raise AccrualError("principal, rate and markup must be >= 0")
        if self.penalty_rate is not None and self.penalty_rate < 0:
            raise AccrualError("penalty_rate must be >= 0")

    @property
    def effective_penalty_rate(self) -> Decimal:
        if self.penalty_rate is not None:
            return self.penalty_rate
        return self.annual_rate * (1 + self.penalty_markup)


@dataclass(frozen=True)
class PaymentEvent:
    """A received payment, already split into components (fen)."""

    received_on: date
    principal: int = 0
    interest: int = 0
    penalty: int = 0
    compound: int = 0
    costs: int = 0

    def __post_init__(self) -> None:
        if min(self.principal, self.interest, self.penalty, self.compound, self.costs) < 0:
            raise AccrualError(f"payment on {self.received_on}: negative component")

    @classmethod
    def from_allocation(cls, received_on: date, allocation: Allocation) -> PaymentEvent:
        """Build from :func:`allocation.allocate` output (unapplied money is left out)."""
        parts = ("principal", "interest", "penalty", "compound", "costs")
        return cls(received_on, *(allocation.get(p) for p in parts))


@dataclass(frozen=True)
class Balance:
    """What is owed on ``as_of`` (fen). ``total`` is computed: the exact sum of the
    owed components; ``overdue_*`` (part of the above) and ``credit`` are not summands."""

    as_of: date
    principal_outstanding: int
    interest_due: int
    accrued_interest: int
    penalty_interest: int
    compound_interest: int
    costs: int
    overdue_principal: int
    overdue_interest: int
    credit: int = 0
    total: int = field(init=False)

    def __post_init__(self) -> None:
        owed = self.owed()
        if min(*owed.values(), self.overdue_principal, self.overdue_interest, self.credit) < 0:
            raise AccrualError(f"negative balance component: {owed}")
        object.__setattr__(self, "total", sum(owed.values()))

    def owed(self) -> dict[str, int]:
        """Components keyed as :data:`allocation.DEFAULT_ORDER` expects."""
        return {
            "costs": self.costs,
            "compound": self.compound_interest,
            "penalty": self.penalty_interest,
            "interest": self.interest_due + self.accrued_interest,
            "principal": self.principal_outstanding,
        }


@dataclass(frozen=True)
class DailyAccrual:
    """Penalty and compound interest accruing per day after ``as_of`` (fen, rounded)."""

    penalty: int
    compound: int

    @property
    def total(self) -> int:
        return self.penalty + self.compound


def day_count_days(start: date, end: date, day_count: str) -> int:
    """Day-count numerator between two dates (ACT: actual days; 30/360: bond basis)."""
    if day_count != "30/360":
        return (end - start).days
    d1 = min(start.day, 30)
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + d2 - d1


def year_fraction(start: date, end: date, day_count: str) -> Decimal:
    """Year fraction between two dates under ``day_count``."""
    return Decimal(day_count_days(start, end, day_count)) / DAY_COUNTS[day_count]


def _amount(balance_days: int, rate: Decimal, day_count: str) -> int:
    with localcontext() as ctx:
        ctx.prec = 60
        return round_half_up(rate * balance_days / DAY_COUNTS[day_count])


def accrue(balance: int, rate: Decimal, start: date, end: date, day_count: str = "ACT/360") -> int:
    """Simple interest on a constant ``balance`` over ``[start, end)``, rounded to fen."""
    return _amount(balance * day_count_days(start, end, day_count), rate, day_count)


class _Cumulative:
    """Running total of dated amounts: ``at(d)`` sums amounts dated on or before ``d``."""

    def __init__(self, events: Iterable[tuple[date, int]]) -> None:
        ordered = sorted(events)
        self.dates = [d for d, _ in ordered]
        self.totals = [0, *accumulate(a for _, a in ordered)]

    def at(self, day: date) -> int:
        return self.totals[bisect_right(self.dates, day)]


@dataclass(frozen=True)
class _Ledger:
    terms: LoanTerms
    due_dates: tuple[date, ...]
    cuts: frozenset[date]
    principal_due: _Cumulative
    interest_due: _Cumulative
    paid: dict[str, _Cumulative]

    def overdue_principal(self, day: date) -> int:
        return max(0, self.principal_due.at(day) - self.paid["principal"].at(day))

    def overdue_interest(self, day: date) -> int:
        return max(0, self.interest_due.at(day) - self.paid["interest"].at(day))

    def not_yet_due(self, day: date) -> int:
        settled = max(self.principal_due.at(day), self.paid["principal"].at(day))
        return max(0, self.terms.principal - settled)

    def accrue(self, value: Callable[[date], int], start: date, end: date, rate: Decimal) -> int:
        points = sorted({start, end, *(c for c in self.cuts if start < c < end)})
        days = self.terms.day_count
        total = sum(value(a) * day_count_days(a, b, days) for a, b in pairwise(points))
        return _amount(total, rate, days) if start < end else 0


def _ledger(
    terms: LoanTerms,
    instalments: Sequence[InstalmentState],
    payments: Iterable[PaymentEvent],
    as_of: date,
) -> _Ledger:
    scheduled = sum(i.principal_due for i in instalments)
    if scheduled != terms.principal:
        raise AccrualError(f"schedule principal {scheduled} != loan principal {terms.principal}")
    received = [p for p in payments if p.received_on <= as_of]  # later ones: no effect
    parts = ("principal", "interest", "penalty", "compound", "costs")
    return _Ledger(
        terms=terms,
        due_dates=tuple(sorted({i.due_date for i in instalments})),
        cuts=frozenset({i.due_date for i in instalments} | {p.received_on for p in received}),
        principal_due=_Cumulative((i.due_date, i.principal_due) for i in instalments),
        interest_due=_Cumulative((i.due_date, i.interest_due) for i in instalments),
        paid={k: _Cumulative((p.received_on, getattr(p, k)) for p in received) for k in parts},
    )


def _period_start(ledger: _Ledger, as_of: date) -> date:
    passed = [d for d in ledger.due_dates if d <= as_of]
    if passed:
        return passed[-1]
    if ledger.terms.start_date is None:
        raise AccrualError("start_date is needed to accrue interest before the first due date")
    return ledger.terms.start_date


def _net(accrued: int, paid: int) -> tuple[int, int]:
    """(still owed, overpaid)."""
    return max(0, accrued - paid), max(0, paid - accrued)


def _accruals(ledger: _Ledger, as_of: date) -> tuple[int, int, int]:
    """(penalty, compound, accrued interest) up to ``as_of``, before payments."""
    terms, rate = ledger.terms, ledger.terms.effective_penalty_rate
    first_due = ledger.due_dates[0] if ledger.due_dates else as_of
    penalty = ledger.accrue(ledger.overdue_principal, first_due, as_of, rate)
    compound = 0
    if terms.compound_enabled:
        compound = ledger.accrue(ledger.overdue_interest, first_due, as_of, rate)
    start = _period_start(ledger, as_of)
    return penalty, compound, ledger.accrue(ledger.not_yet_due, start, as_of, terms.annual_rate)


def balance_as_of(
    terms: LoanTerms,
    instalments: Sequence[InstalmentState],
    payments: Iterable[PaymentEvent],
    as_of: date,
    costs: int = 0,
) -> Balance:
    """Balance on ``as_of``; see the module docstring for the method."""
    if costs < 0:
        raise AccrualError("costs must be >= 0")
    return _balance(_ledger(terms, instalments, payments, as_of), as_of, costs)


def _balance(ledger: _Ledger, as_of: date, costs: int) -> Balance:
    terms = ledger.terms
    paid = {k: c.at(as_of) for k, c in ledger.paid.items()}
    penalty, compound, accrued = _accruals(ledger, as_of)
    principal, over_p = _net(terms.principal, paid["principal"])
    interest_due, prepaid = _net(ledger.interest_due.at(as_of), paid["interest"])
    nets = [_net(accrued, prepaid), _net(penalty, paid["penalty"])]
    nets += [_net(compound, paid["compound"]), _net(costs, paid["costs"])]
    yesterday = as_of - timedelta(days=1)
    return Balance(
        as_of,
        principal_outstanding=principal,
        interest_due=interest_due,
        accrued_interest=nets[0][0],
        penalty_interest=nets[1][0],
        compound_interest=nets[2][0],
        costs=nets[3][0],
        overdue_principal=max(0, ledger.principal_due.at(yesterday) - paid["principal"]),
        overdue_interest=max(0, ledger.interest_due.at(yesterday) - paid["interest"]),
        credit=over_p + sum(over for _, over in nets),
    )


def daily_penalty(
    terms: LoanTerms,
    instalments: Sequence[InstalmentState],
    payments: Iterable[PaymentEvent],
    as_of: date,
) -> DailyAccrual:
    """Penalty and compound accruing on the day ``as_of`` (and each later day, unpaid)."""
    ledger = _ledger(terms, instalments, payments, as_of)
    rate, days = terms.effective_penalty_rate, terms.day_count
    compound = ledger.overdue_interest(as_of) if terms.compound_enabled else 0
    return DailyAccrual(
        penalty=_amount(ledger.overdue_principal(as_of), rate, days),
        compound=_amount(compound, rate, days),
    )


def balance_and_daily(
    terms: LoanTerms,
    instalments: Sequence[InstalmentState],
    payments: Iterable[PaymentEvent],
    as_of: date,
    costs: int = 0,
) -> tuple[Balance, DailyAccrual]:
    """:func:`balance_as_of` and :func:`daily_penalty` of the same day from one ledger."""
    if costs < 0:
        raise AccrualError("costs must be >= 0")
    ledger = _ledger(terms, instalments, payments, as_of)
    balance = _balance(ledger, as_of, costs)
    rate, days = terms.effective_penalty_rate, terms.day_count
    compound = ledger.overdue_interest(as_of) if terms.compound_enabled else 0
    return balance, DailyAccrual(
        penalty=_amount(ledger.overdue_principal(as_of), rate, days),
        compound=_amount(compound, rate, days),
    )


_PARTS = ("principal", "interest", "penalty", "compound", "costs")


class Replay:
    """One loan's balances as its payments arrive in date order, in one pass.

    ``balance(day)`` equals ``balance_as_of(terms, instalments, added, day)`` for the
    events ``added`` so far, provided ``day`` is on or after the last added event, and
    ``daily(day)`` equals :func:`daily_penalty` likewise. The penalty and compound sums
    (balance x days) are carried forward from one event to the next instead of being
    rebuilt from the whole ledger for every payment: the days before an event are final
    once it is added, because later events are never dated earlier. The sums are split at
    exactly the points :func:`balance_as_of` uses (due dates, payment dates, the day
    asked), so the result is identical even on 30/360, where day counts do not add up.
    """

    def __init__(self, terms: LoanTerms, instalments: Sequence[InstalmentState]) -> None:
        self.terms = terms
        self._scheduled = sum(i.principal_due for i in instalments)
        p_by: dict[date, int] = {}
        i_by: dict[date, int] = {}
        for inst in instalments:
            p_by[inst.due_date] = p_by.get(inst.due_date, 0) + inst.principal_due
            i_by[inst.due_date] = i_by.get(inst.due_date, 0) + inst.interest_due
        self._due = sorted(p_by)
        self._p_cum = [0, *accumulate(p_by[d] for d in self._due)]
        self._i_cum = [0, *accumulate(i_by[d] for d in self._due)]
        self._first = self._due[0] if self._due else None
        self._rate = terms.effective_penalty_rate
        self.paid = dict.fromkeys(_PARTS, 0)
        self._pay_dates: list[date] = []  # event dates, in order
        self._pay_principal: list[int] = [0]  # cumulative principal paid after each event
        self._pos = self._first  # penalty sums are carried up to this day
        self._sum_p = 0
        self._sum_i = 0

    def _p_due(self, day: date) -> int:
        return self._p_cum[bisect_right(self._due, day)]

    def _i_due(self, day: date) -> int:
        return self._i_cum[bisect_right(self._due, day)]

    def _sums_to(self, end: date) -> tuple[int, int]:
        """Overdue principal and interest x days from the first due date up to ``end``."""
        sum_p, sum_i, pos = self._sum_p, self._sum_i, self._pos
        if pos is None or end <= pos:
            return sum_p, sum_i
        paid_p, paid_i, days = self.paid["principal"], self.paid["interest"], self.terms.day_count
        lo, hi = bisect_right(self._due, pos), bisect_right(self._due, end)
        points = [pos, *(d for d in self._due[lo:hi] if d < end), end]
        for a, b in pairwise(points):
            n = day_count_days(a, b, days)
            sum_p += max(0, self._p_due(a) - paid_p) * n
            sum_i += max(0, self._i_due(a) - paid_i) * n
        return sum_p, sum_i

    def add(self, event: PaymentEvent) -> None:
        """Record a payment; it must not be dated before the previous one."""
        day = event.received_on
        if self._pay_dates and day < self._pay_dates[-1]:
            raise AccrualError("Replay takes payments in date order")
        if self._pos is not None and day > self._pos:
            self._sum_p, self._sum_i = self._sums_to(day)
            self._pos = day
        for k in _PARTS:
            self.paid[k] += getattr(event, k)
        self._pay_dates.append(day)
        self._pay_principal.append(self.paid["principal"])

    def _check(self, as_of: date) -> None:
        if self._scheduled != self.terms.principal:
            raise AccrualError(
                f"schedule principal {self._scheduled} != loan principal {self.terms.principal}"
            )
        if self._pay_dates and as_of < self._pay_dates[-1]:
            raise AccrualError("Replay can only look at days on or after the last payment")

    def _accrued(self, as_of: date) -> int:
        """Contractual interest on principal not yet due, since the last due date."""
        lo = bisect_right(self._due, as_of)
        if lo:
            start = self._due[lo - 1]
        elif self.terms.start_date is None:
            raise AccrualError("start_date is needed to accrue interest before the first due date")
        else:
            start = self.terms.start_date
        if not start < as_of:
            return 0
        cuts = {d for d in self._due if start < d < as_of}
        cuts.update(d for d in self._pay_dates if start < d < as_of)
        points = sorted({start, as_of, *cuts})
        principal, days, total = self.terms.principal, self.terms.day_count, 0
        for a, b in pairwise(points):
            paid = self._pay_principal[bisect_right(self._pay_dates, a)]
            total += max(0, principal - max(self._p_due(a), paid)) * day_count_days(a, b, days)
        return _amount(total, self.terms.annual_rate, days)

    def balance(self, as_of: date, costs: int = 0) -> Balance:
        """What :func:`balance_as_of` gives for the payments added so far."""
        if costs < 0:
            raise AccrualError("costs must be >= 0")
        self._check(as_of)
        terms, paid, days = self.terms, self.paid, self.terms.day_count
        accrued = self._accrued(as_of)
        sum_p, sum_i = self._sums_to(as_of)
        first = self._first if self._first is not None else as_of
        penalty = _amount(sum_p, self._rate, days) if first < as_of else 0
        compound = 0
        if terms.compound_enabled:
            compound = _amount(sum_i, self._rate, days) if first < as_of else 0
        principal, over_p = _net(terms.principal, paid["principal"])
        interest_due, prepaid = _net(self._i_due(as_of), paid["interest"])
        nets = [_net(accrued, prepaid), _net(penalty, paid["penalty"])]
        nets += [_net(compound, paid["compound"]), _net(costs, paid["costs"])]
        yesterday = as_of - timedelta(days=1)
        return Balance(
            as_of,
            principal_outstanding=principal,
            interest_due=interest_due,
            accrued_interest=nets[0][0],
            penalty_interest=nets[1][0],
            compound_interest=nets[2][0],
            costs=nets[3][0],
            overdue_principal=max(0, self._p_due(yesterday) - paid["principal"]),
            overdue_interest=max(0, self._i_due(yesterday) - paid["interest"]),
            credit=over_p + sum(over for _, over in nets),
        )

    def daily(self, as_of: date) -> DailyAccrual:
        """What :func:`daily_penalty` gives for the payments added so far."""
        self._check(as_of)
        terms, days = self.terms, self.terms.day_count
        overdue_p = max(0, self._p_due(as_of) - self.paid["principal"])
        overdue_i = max(0, self._i_due(as_of) - self.paid["interest"])
        return DailyAccrual(
            penalty=_amount(overdue_p, self._rate, days),
            compound=_amount(overdue_i if terms.compound_enabled else 0, self._rate, days),
        )
