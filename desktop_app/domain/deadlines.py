"""Limitation (诉讼时效) and guarantee-period (保证期间) deadlines and their warnings.

* Limitation (民法典 Art. 188, 189, 195; rule LIM-CN-1): three years from the
  later of the last instalment's due date and the last *evidenced* interruption
  (demand with delivery evidence, acknowledgement, part payment, suit). Callers
  pass only evidenced interruptions.
* Guarantee period (Art. 692; rule LIM-CN-2): as agreed, else six months from the
  main debt's due date. An agreed period ending on or before the main due date
  counts as no agreement (Art. 692 para. 2).
* Periods by month or year end on the corresponding day; with no such day, the
  month's last day (Art. 200-203), so Feb 29 + 1 year -> Feb 28. Holiday
  roll-forward (Art. 203 para. 2) is not applied.

Warning levels, from the day-count ``days_left = due - today``: "ok", then
"notice" / "warning" / "critical" within the three thresholds, "expired" once
``days_left < 0`` (the due day itself is still in time).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

LIMITATION_YEARS = 3
GUARANTEE_DEFAULT_MONTHS = 6
LIMITATION_THRESHOLDS: tuple[int, int, int] = (180, 90, 30)
GUARANTEE_THRESHOLDS: tuple[int, int, int] = (60, 30, 7)
LEVELS: tuple[str, ...] = ("ok", "notice", "warning", "critical", "expired")


@dataclass(frozen=True)
class Deadline:
    """One dated deadline for a party or loan, with how close it is."""

    kind: str
    ref: str
    due: date
    days_left: int
    level: str


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """``day`` plus ``years``; Feb 29 becomes Feb 28 in a common year."""
    return add_months(day, 12 * years)


def limitation_expiry(
    last_instalment_due: date, interruptions: Iterable[date], years: int = LIMITATION_YEARS
) -> date:
    """Last day of the limitation period: max(last due, interruptions) + ``years``."""
    return add_years(max([last_instalment_due, *interruptions]), years)


def guarantee_period_end(
    main_due: date, agreed_end: date | None = None, agreed_months: int | None = None
) -> date:
    """End of the guarantee period: the agreed end, else main due + 6 months."""
    if agreed_end is not None and agreed_months is not None:
        raise ValueError("give agreed_end or agreed_months, not both")
    if agreed_months is not None:
        agreed_end = add_months(main_due, agreed_months)
    if agreed_end is not None and agreed_end > main_due:
        return agreed_end
    return add_months(main_due, GUARANTEE_DEFAULT_MONTHS)


def _check(thresholds: Sequence[int]) -> None:
    if len(thresholds) != 3 or list(thresholds) != sorted(thresholds, reverse=True):
        raise ValueError(f"thresholds must be three descending day counts, got {thresholds}")


def warning_level(days_left: int, thresholds: Sequence[int]) -> str:
    """Most severe level reached: 'ok', 'notice', 'warning', 'critical' or 'expired'."""
    _check(thresholds)
    if days_left < 0:
        return LEVELS[-1]
    return LEVELS[sum(days_left <= t for t in thresholds)]


def _warnings(due: date, today: date, thresholds: Sequence[int]) -> list[str]:
    _check(thresholds)
    days_left = (due - today).days
    reached = [f"T-{t}" for t in thresholds if days_left <= t]
    return [*reached, "expired"] if days_left < 0 else reached


def limitation_warnings(
    expiry: date, today: date, thresholds: Sequence[int] = LIMITATION_THRESHOLDS
) -> list[str]:
    """Thresholds reached, e.g. ['T-180', 'T-90'], plus 'expired' once past."""
    return _warnings(expiry, today, thresholds)


def guarantee_warnings(
    period_end: date, today: date, thresholds: Sequence[int] = GUARANTEE_THRESHOLDS
) -> list[str]:
    """Thresholds reached, e.g. ['T-60', 'T-30', 'T-7'], plus 'expired' once past."""
    return _warnings(period_end, today, thresholds)


def make_deadline(
    kind: str, ref: str, due: date, today: date, thresholds: Sequence[int]
) -> Deadline:
    """A :class:`Deadline` with ``days_left`` and level computed for ``today``."""
    days_left = (due - today).days
    return Deadline(kind, ref, due, days_left, warning_level(days_left, thresholds))


def limitation_deadline(
    ref: str,
    last_instalment_due: date,
    interruptions: Iterable[date],
    today: date,
    thresholds: Sequence[int] = LIMITATION_THRESHOLDS,
) -> Deadline:
    """The limitation deadline of a loan (kind 'limitation')."""
    expiry = limitation_expiry(last_instalment_due, interruptions)
    return make_deadline("limitation", ref, expiry, today, thresholds)


def guarantee_deadline(
    ref: str,
    main_due: date,
    today: date,
    agreed_end: date | None = None,
    agreed_months: int | None = None,
    thresholds: Sequence[int] = GUARANTEE_THRESHOLDS,
) -> Deadline:
    """The guarantee-period deadline for one guarantor (kind 'guarantee')."""
    end = guarantee_period_end(main_due, agreed_end, agreed_months)
    return make_deadline("guarantee", ref, end, today, thresholds)


def nearest(deadlines: Iterable[Deadline]) -> Deadline | None:
    """The deadline with the fewest days left (ties: first given), or None."""
    return min(deadlines, key=lambda d: d.days_left, default=None)
