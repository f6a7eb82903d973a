"""Limitation and guarantee-period deadlines, month arithmetic and warning levels."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.deadlines import (
    Deadline,
    add_months,
    add_years,
    guarantee_deadline,
    guarantee_period_end,
    guarantee_warnings,
    limitation_deadline,
    limitation_expiry,
    limitation_warnings,
    nearest,
    warning_level,
)


@pytest.mark.parametrize(
    ("last_due", "interruptions", "expiry"),
    [
        (date(2024, 6, 30), [], date(2027, 6, 30)),
        (date(2024, 2, 29), [], date(2027, 2, 28)),  # no Feb 29 in 2027
        (date(2024, 6, 30), [date(2025, 3, 10), date(2024, 12, 1)], date(2028, 3, 10)),
        (date(2024, 6, 30), [date(2023, 1, 1)], date(2027, 6, 30)),  # before due: no effect
        (date(2023, 5, 1), [date(2024, 2, 29)], date(2027, 2, 28)),
        (date(2021, 2, 28), [], date(2024, 2, 28)),  # Feb 28 never becomes Feb 29
    ],
)
def test_limitation_expiry(last_due: date, interruptions: list[date], expiry: date) -> None:
    assert limitation_expiry(last_due, interruptions) == expiry


@pytest.mark.parametrize(
    ("start", "months", "result"),
    [
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 6, 30), 6, date(2024, 12, 30)),
        (date(2024, 11, 15), 3, date(2025, 2, 15)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, result: date) -> None:
    assert add_months(start, months) == result


def test_add_years_leap_day() -> None:
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


@pytest.mark.parametrize(
    ("agreed_end", "agreed_months", "end"),
    [
        (None, None, date(2025, 2, 28)),  # default: 6 months from 2024-08-31
        (date(2025, 8, 31), None, date(2025, 8, 31)),
        (None, 12, date(2025, 8, 31)),
        (date(2024, 8, 31), None, date(2025, 2, 28)),  # ends with main debt: as if none
        (date(2024, 7, 1), None, date(2025, 2, 28)),  # ends before main debt: as if none
        (None, 0, date(2025, 2, 28)),
        (date(2024, 9, 1), None, date(2024, 9, 1)),  # short, but after due: honoured
    ],
)
def test_guarantee_period_end(
    agreed_end: date | None, agreed_months: int | None, end: date
) -> None:
    assert guarantee_period_end(date(2024, 8, 31), agreed_end, agreed_months) == end


def test_guarantee_period_rejects_two_agreements() -> None:
    with pytest.raises(ValueError, match="not both"):
        guarantee_period_end(date(2024, 8, 31), date(2025, 1, 1), 6)


EXPIRY = date(2027, 6, 30)


@pytest.mark.parametrize(
    ("days_left", "warnings", "level"),
    [
        (181, [], "ok"),
        (180, ["T-180"], "notice"),
        (91, ["T-180"], "notice"),
        (90, ["T-180", "T-90"], "warning"),
        (31, ["T-180", "T-90"], "warning"),
        (30, ["T-180", "T-90", "T-30"], "critical"),
        (0, ["T-180", "T-90", "T-30"], "critical"),  # last day still in time
        (-1, ["T-180", "T-90", "T-30", "expired"], "expired"),
    ],
)
def test_limitation_warnings(days_left: int, warnings: list[str], level: str) -> None:
    today = EXPIRY - timedelta(days=days_left)
    assert limitation_warnings(EXPIRY, today) == warnings
    deadline = limitation_deadline("loan-1", date(2024, 6, 30), [], today)
    assert deadline == Deadline("limitation", "loan-1", EXPIRY, days_left, level)


@pytest.mark.parametrize(
    ("days_left", "warnings"),
    [(61, []), (60, ["T-60"]), (30, ["T-60", "T-30"]), (7, ["T-60", "T-30", "T-7"])],
)
def test_guarantee_warnings(days_left: int, warnings: list[str]) -> None:
    end = date(2025, 2, 28)
    assert guarantee_warnings(end, end - timedelta(days=days_left)) == warnings


def test_guarantee_deadline_and_custom_thresholds() -> None:
    today = date(2025, 2, 1)
    deadline = guarantee_deadline("guarantor-7", date(2024, 8, 31), today)
    assert deadline == Deadline("guarantee", "guarantor-7", date(2025, 2, 28), 27, "warning")
    assert limitation_warnings(EXPIRY, EXPIRY - timedelta(days=100), (365, 120, 60)) == [
        "T-365",
        "T-120",
    ]
    with pytest.raises(ValueError, match="descending"):
        warning_level(5, (30, 90, 180))
    with pytest.raises(ValueError, match="descending"):
        limitation_warnings(EXPIRY, EXPIRY, (90, 30))


def test_nearest_deadline() -> None:
    today = date(2025, 2, 1)
    a = guarantee_deadline("g", date(2024, 8, 31), today)
    b = limitation_deadline("l", date(2024, 6, 30), [], today)
    assert nearest([b, a]) == a
    assert nearest([]) is None


@given(
    st.dates(date(2000, 1, 1), date(2090, 12, 31)),
    st.lists(st.dates(date(2000, 1, 1), date(2090, 12, 31)), max_size=4),
)
def test_expiry_is_three_calendar_years_after_the_latest_event(
    last_due: date, interruptions: list[date]
) -> None:
    base = max([last_due, *interruptions])
    expiry = limitation_expiry(last_due, interruptions)
    assert expiry.year == base.year + 3
    assert expiry.month == base.month
    assert expiry.day == base.day or (base.month, base.day, expiry.day) == (2, 29, 28)


@given(st.dates(date(2000, 1, 1), date(2090, 12, 31)), st.integers(-60, 60))
def test_add_months_round_trip_stays_within_month(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == day.day or result.day < day.day
    assert (result + timedelta(days=1)).month != result.month or result.day == day.day
