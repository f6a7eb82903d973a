"""Repayment schedule generator (还款计划).

Money is ``int`` fen, rates are ``Decimal`` annual rates, dates are ``datetime.date``.

* ``annuity`` = 等额本息 (equal payment), ``equal-principal`` = 等额本金,
  ``interest-only`` = interest every period, the whole principal with the last one.
* ``months`` is the total number of periods; the first ``grace_months`` of them are
  interest-only and the rest amortise (grace counts *inside* ``months``).
* Period k falls due ``start + k months`` (k = 1..months), computed from ``start`` each
  time and clamped to the month end, so Jan 31 -> Feb 28/29 -> Mar 31.
* Interest: 30/360 -> balance × rate / 12; ACT/360 and ACT/365 -> balance × rate × days
  / basis with the actual days of the period. The annuity payment always uses rate / 12.
* Every amount is rounded to fen ROUND_HALF_UP per period; the last period takes the
  whole remaining principal, so Σ principal == principal and the balance ends at 0.
* 30/360 annuity: every row but the last pays round(PMT); its interest is round(IPMT),
  i.e. charged on the exact (unrounded) annuity balance, and principal = payment -
  interest. This keeps each row within a fen of numpy-financial's pmt/ipmt/ppmt and the
  last-row residue ≤ one fen per period. (Charging interest on the rounded balance
  instead lets the payment's rounding error compound: ~170 yuan at 24 % over 30 years.)
  With ACT day counts interest is charged on the actual rounded balance.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Literal, get_args

__all__ = [
    "DayCount",
    "Method",
    "Row",
    "ScheduleError",
    "Totals",
    "add_months",
    "build_schedule",
    "round_fen",
    "schedule_totals",
    "validate_rows",
]

Method = Literal["annuity", "equal-principal", "interest-only"]
DayCount = Literal["30/360", "ACT/360", "ACT/365"]
MAX_MONTHS = 1200
_BASIS = {"ACT/360": 360, "ACT/365": 365}


class ScheduleError(ValueError):
    """Invalid schedule input, or rows that break the schedule invariants."""


@dataclass(frozen=True, slots=True)
class Row:
    period: int
    due_date: date
    principal: int
    interest: int
    payment: int
    remaining: int


@dataclass(frozen=True, slots=True)
class Totals:
    principal: int
    interest: int
    payment: int


def round_fen(amount: Decimal) -> int:
    """Round a Decimal amount of fen to a whole fen, ROUND_HALF_UP."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def add_months(start: date, k: int) -> date:
    """``start`` + k calendar months, clamped to the end of the target month."""
    month_index = start.year * 12 + start.month - 1 + k
    year, month0 = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last_day))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _validate(
    principal: int, rate: Decimal, months: int, method: str, start: date, grace: int, dc: str
) -> None:
    if not _is_int(principal) or principal <= 0:
        raise ScheduleError(f"principal must be a positive int of fen, got {principal!r}")
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate < 0:
        raise ScheduleError(f"annual_rate must be a finite Decimal >= 0, got {rate!r}")
    if not _is_int(months) or not 1 <= months <= MAX_MONTHS:
        raise ScheduleError(f"months must be an int in 1..{MAX_MONTHS}, got {months!r}")
    if not _is_int(grace) or not 0 <= grace < months:
        raise ScheduleError(f"grace_months must be an int in 0..months-1, got {grace!r}")
    if method not in get_args(Method):
        raise ScheduleError(f"method must be one of {get_args(Method)}, got {method!r}")
    if dc not in get_args(DayCount):
        raise ScheduleError(f"day_count must be one of {get_args(DayCount)}, got {dc!r}")
    if not isinstance(start, date) or isinstance(start, datetime):
        raise ScheduleError(f"start must be a datetime.date, got {start!r}")


def _annuity_payment(principal: int, monthly: Decimal, n: int) -> Decimal:
    """Exact (unrounded) level payment for ``n`` periods."""
    if monthly == 0:
        return Decimal(principal) / n
    factor = (1 + monthly) ** n
    return principal * monthly * factor / (factor - 1)


def _interest_bases(
    principal: int, monthly: Decimal, months: int, grace: int, level: Decimal
) -> list[Decimal]:
    """Opening balances of the exact (unrounded) annuity, one per period."""
    bases: list[Decimal] = []
    exact = Decimal(principal)
    for k in range(1, months + 1):
        bases.append(exact)
        if k > grace:
            exact = exact * (1 + monthly) - level
    return bases


def _interest(balance: Decimal, rate: Decimal, dc: str, prev: date, due: date) -> int:
    if dc == "30/360":
        return round_fen(balance * rate / 12)
    return round_fen(balance * rate * (due - prev).days / _BASIS[dc])


def build_schedule(
    principal: int,
    annual_rate: Decimal,
    months: int,
    method: Method,
    start: date,
    grace_months: int = 0,
    day_count: DayCount = "30/360",
) -> list[Row]:
    """Build the instalment rows; see the module docstring for the conventions."""
    _validate(principal, annual_rate, months, method, start, grace_months, day_count)
    with localcontext() as ctx:
        ctx.prec = 50
        return _build(principal, annual_rate, months, method, start, grace_months, day_count)


def _build(
    principal: int, rate: Decimal, months: int, method: str, start: date, grace: int, dc: str
) -> list[Row]:
    amortising = months - grace
    exact_level = _annuity_payment(principal, rate / 12, amortising)
    level, step = round_fen(exact_level), round_fen(Decimal(principal) / amortising)
    exact_bases = _interest_bases(principal, rate / 12, months, grace, exact_level)
    use_exact = method == "annuity" and dc == "30/360"
    rows: list[Row] = []
    balance, prev = principal, start
    for k in range(1, months + 1):
        due = add_months(start, k)
        base = exact_bases[k - 1] if use_exact else Decimal(balance)
        interest = _interest(base, rate, dc, prev, due)
        if k == months:
            part = balance
        elif k <= grace or method == "interest-only":
            part = 0
        elif method == "annuity":
            part = min(max(level - interest, 0), balance)
        else:
            part = min(step, balance)
        balance -= part
        rows.append(Row(k, due, part, interest, part + interest, balance))
        prev = due
    validate_rows(rows, principal)
    return rows


def schedule_totals(rows: Iterable[Row]) -> Totals:
    """Column sums of a schedule (the 合计 row)."""
    principal = interest = payment = 0
    for row in rows:
        principal += row.principal
        interest += row.interest
        payment += row.payment
    return Totals(principal, interest, payment)


def validate_rows(rows: Sequence[Row], principal: int) -> None:
    """AGR-CN-6 integrity: Σ principal == principal, dates strictly increasing, balances
    never negative and ending at 0, payment == principal + interest on every row."""
    if not rows:
        raise ScheduleError("a schedule needs at least one row")
    balance = principal
    for i, row in enumerate(rows):
        balance -= row.principal
        if row.period != i + 1:
            raise ScheduleError(f"row {i}: period {row.period} is out of sequence")
        if min(row.principal, row.interest) < 0 or row.remaining != balance or balance < 0:
            raise ScheduleError(f"period {row.period}: negative amount or wrong balance")
        if row.payment != row.principal + row.interest:
            raise ScheduleError(f"period {row.period}: payment != principal + interest")
        if i and row.due_date <= rows[i - 1].due_date:
            raise ScheduleError(f"period {row.period}: due date does not increase")
    if balance != 0:
        raise ScheduleError(f"Σ principal differs from {principal} by {balance} fen")
