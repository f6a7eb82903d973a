"""Restructuring calculator (债务重组 / 展期) on top of :mod:`schedule`.

Treatments of the arrears (every overdue component except principal):

* ``capitalise``: principal + interest + penalty + compound + costs become the new
  principal and bear the new interest;
* ``carry_forward``: the schedule runs on the principal only; the arrears are paid without
  interest in equal parts alongside every instalment (``arrears`` column, last part takes
  the rounding residue);
* ``waive_conditional``: penalty and compound interest are waived on condition of full
  timely performance (``conditionally_waived``, reinstated on default, AGR-CN-9); interest
  and costs are carried forward as in ``carry_forward``.

The term is ``months + extension_months`` periods (``extension_months`` is the 展期
lengthening on top of the agreed term). ``reconcile`` asserts
``acknowledged_total + Σ interest == Σ payment + conditionally_waived`` and the AGR-CN-6
integrity rules; ``plan`` always runs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal, localcontext
from typing import Literal, Protocol, get_args

from desktop_app.domain.schedule import DayCount, Method, ScheduleError, build_schedule, round_fen

Treatment = Literal["capitalise", "carry_forward", "waive_conditional"]


class RestructureError(ValueError):
    """Invalid restructuring input, or a plan that does not reconcile."""


@dataclass(frozen=True, slots=True)
class OverdueAmounts:
    """The debt acknowledged at the reference date, in fen. ``principal`` is the whole
    outstanding principal being restructured (overdue and not yet due)."""

    principal: int
    interest: int = 0
    penalty: int = 0
    compound: int = 0
    costs: int = 0

    @property
    def total(self) -> int:
        return self.principal + self.interest + self.penalty + self.compound + self.costs


@dataclass(frozen=True, slots=True)
class RestructureTerms:
    method: Method
    months: int
    annual_rate: Decimal
    start: date
    grace_months: int = 0
    treatment_of_arrears: Treatment = "capitalise"
    extension_months: int = 0
    day_count: DayCount = "30/360"


@dataclass(frozen=True, slots=True)
class PlanRow:
    period: int
    due_date: date
    principal: int
    interest: int
    arrears: int
    payment: int
    remaining: int


@dataclass(frozen=True, slots=True)
class PlanTotals:
    principal: int
    interest: int
    arrears: int
    payment: int


@dataclass(frozen=True, slots=True)
class RestructurePlanResult:
    treatment: Treatment
    acknowledged_total: int
    restructured_principal: int
    arrears_carried: int
    conditionally_waived: int
    rows: tuple[PlanRow, ...]
    totals: PlanTotals

    @property
    def new_maturity(self) -> date:
        return self.rows[-1].due_date


class Payable(Protocol):
    @property
    def due_date(self) -> date: ...
    @property
    def payment(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Comparison:
    """``difference`` = pv_new - pv_old (negative: the restructure costs the lender value)."""

    total_paid_old: int
    total_paid_new: int
    pv_old: int
    pv_new: int
    difference: int


def _validate(amounts: OverdueAmounts, terms: RestructureTerms) -> None:
    for f in fields(amounts):
        value = getattr(amounts, f.name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RestructureError(f"{f.name} must be an int >= 0 of fen, got {value!r}")
    if terms.treatment_of_arrears not in get_args(Treatment):
        raise RestructureError(f"unknown treatment_of_arrears {terms.treatment_of_arrears!r}")
    ext = terms.extension_months
    if isinstance(ext, bool) or not isinstance(ext, int) or ext < 0:
        raise RestructureError(f"extension_months must be an int >= 0, got {ext!r}")


def _split_evenly(total: int, parts: int) -> list[int]:
    step = round_fen(Decimal(total) / parts)
    out: list[int] = []
    left = total
    for _ in range(parts - 1):
        out.append(min(step, left))
        left -= out[-1]
    return [*out, left]


def _split_debt(amounts: OverdueAmounts, treatment: Treatment) -> tuple[int, int, int]:
    """(restructured principal, arrears carried, conditionally waived)."""
    arrears = amounts.total - amounts.principal
    if treatment == "capitalise":
        return amounts.total, 0, 0
    if treatment == "carry_forward":
        return amounts.principal, arrears, 0
    waived = amounts.penalty + amounts.compound
    return amounts.principal, arrears - waived, waived


def plan(amounts: OverdueAmounts, terms: RestructureTerms) -> RestructurePlanResult:
    """Build and reconcile the restructured schedule."""
    _validate(amounts, terms)
    principal, carried, waived = _split_debt(amounts, terms.treatment_of_arrears)
    months = terms.months + terms.extension_months
    t = terms
    try:
        rows = build_schedule(
            principal, t.annual_rate, months, t.method, t.start, t.grace_months, t.day_count
        )
    except ScheduleError as exc:
        raise RestructureError(f"cannot build the schedule: {exc}") from exc
    parts = _split_evenly(carried, len(rows))
    plan_rows = tuple(
        PlanRow(r.period, r.due_date, r.principal, r.interest, a, r.payment + a, r.remaining)
        for r, a in zip(rows, parts, strict=True)
    )
    result = RestructurePlanResult(
        treatment=terms.treatment_of_arrears,
        acknowledged_total=amounts.total,
        restructured_principal=principal,
        arrears_carried=carried,
        conditionally_waived=waived,
        rows=plan_rows,
        totals=_totals(plan_rows),
    )
    reconcile(result)
    return result


def _totals(rows: Sequence[PlanRow]) -> PlanTotals:
    return PlanTotals(
        sum(r.principal for r in rows),
        sum(r.interest for r in rows),
        sum(r.arrears for r in rows),
        sum(r.payment for r in rows),
    )


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise RestructureError(f"plan does not reconcile: {message}")


def reconcile(result: RestructurePlanResult) -> None:
    """Raise RestructureError unless every amount in ``result`` ties out exactly."""
    rows, t = result.rows, result.totals
    _check(bool(rows), "no rows")
    _check(t == _totals(rows), "totals row differs from the column sums")
    _check(t.principal == result.restructured_principal, "Σ principal != restructured")
    _check(t.arrears == result.arrears_carried, "Σ arrears != arrears carried")
    acknowledged = result.restructured_principal + result.arrears_carried
    _check(
        result.acknowledged_total == acknowledged + result.conditionally_waived,
        "acknowledged != principal + carried + waived",
    )
    _check(
        result.acknowledged_total + t.interest == t.payment + result.conditionally_waived,
        "acknowledged + interest != Σ payment + waived",
    )
    balance = result.restructured_principal
    for i, r in enumerate(rows):
        balance -= r.principal
        _check(min(r.principal, r.interest, r.arrears, r.remaining) >= 0, f"negative {r}")
        _check(r.remaining == balance, f"period {r.period}: wrong remaining")
        _check(r.payment == r.principal + r.interest + r.arrears, f"period {r.period}: sum")
        _check(i == 0 or r.due_date > rows[i - 1].due_date, f"period {r.period}: date order")
    _check(balance == 0, "principal not fully repaid")


def _present_value(rows: Sequence[Payable], rate: Decimal, as_of: date) -> Decimal:
    total = Decimal(0)
    with localcontext() as ctx:
        ctx.prec = 40
        for r in rows:
            years = Decimal(max((r.due_date - as_of).days, 0)) / 365
            total += Decimal(r.payment) / (1 + rate) ** years
    return total


def compare(
    old: Sequence[Payable] | int,
    new_rows: Sequence[Payable],
    discount_rate: Decimal,
    as_of: date,
) -> Comparison:
    """Nominal and present value of the old cash flows against the new plan.

    ``old`` is the old schedule's rows, or an int amount due in full at ``as_of``
    (e.g. the accelerated balance). Discounting is annual-effective on ACT/365 from
    ``as_of``; amounts due on or before ``as_of`` count at face value. PVs are rounded
    to fen only at the end.
    """
    if not isinstance(discount_rate, Decimal) or not discount_rate.is_finite():
        raise RestructureError(f"discount_rate must be a finite Decimal, got {discount_rate!r}")
    if discount_rate <= -1:
        raise RestructureError(f"discount_rate must be > -1, got {discount_rate}")
    if isinstance(old, int):
        total_old, pv_old = old, old
    else:
        total_old = sum(r.payment for r in old)
        pv_old = round_fen(_present_value(old, discount_rate, as_of))
    pv_new = round_fen(_present_value(new_rows, discount_rate, as_of))
    total_new = sum(r.payment for r in new_rows)
    return Comparison(total_old, total_new, pv_old, pv_new, pv_new - pv_old)
