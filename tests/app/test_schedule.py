"""Repayment schedule generator: invariants, numpy-financial agreement, validation."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal, localcontext

import numpy_financial as npf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.schedule import (
    Row,
    ScheduleError,
    Totals,
    add_months,
    build_schedule,
    round_fen,
    schedule_totals,
    validate_rows,
)

START = date(2026, 1, 31)
METHODS = ("annuity", "equal-principal", "interest-only")

rates = st.decimals(min_value=0, max_value=Decimal("0.36"), places=4)


@st.composite
def schedule_args(draw: st.DrawFn) -> dict[str, object]:
    months = draw(st.integers(1, 360))
    return {
        "principal": draw(st.integers(1, 10**12)),
        "annual_rate": draw(rates),
        "months": months,
        "method": draw(st.sampled_from(METHODS)),
        "start": draw(st.dates(date(2000, 1, 1), date(2080, 12, 31))),
        "grace_months": draw(st.integers(0, months - 1)),
        "day_count": draw(st.sampled_from(["30/360", "ACT/360", "ACT/365"])),
    }


@given(schedule_args())
def test_schedule_invariants(args: dict[str, object]) -> None:
    rows = build_schedule(**args)  # type: ignore[arg-type]
    principal = args["principal"]
    assert len(rows) == args["months"]
    totals = schedule_totals(rows)
    assert totals.principal == principal
    assert totals.payment == totals.principal + totals.interest
    assert rows[-1].remaining == 0
    for prev, row in zip(rows, rows[1:], strict=False):
        assert row.due_date > prev.due_date
    for row in rows:
        assert row.payment == row.principal + row.interest
        assert min(row.principal, row.interest, row.remaining) >= 0
    grace = args["grace_months"]
    assert isinstance(grace, int)
    for row in rows[:grace]:
        assert row.principal == 0


@given(
    st.integers(100_000, 10**11),  # from 1,000 yuan: sub-fen instalments are meaningless
    st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("0.24"), places=4),
    st.integers(1, 360),
)
def test_annuity_agrees_with_numpy_financial(principal: int, rate: Decimal, n: int) -> None:
    rows = build_schedule(principal, rate, n, "annuity", START)
    r = float(rate) / 12
    # the payment is the exact annuity rounded half up; numpy's float PMT agrees within a
    # fen (at 10^11 fen it can land on the wrong side of a half: 13.4864 computed 13.5+)
    with localcontext() as exact:
        exact.prec = 50
        monthly = rate / 12
        pmt = round_fen(principal * monthly / (1 - (1 + monthly) ** -n))
    assert abs(pmt - -float(npf.pmt(r, n, principal))) <= 1
    for row in rows[:-1]:
        k = row.period
        assert row.payment == pmt
        assert abs(row.interest - -float(npf.ipmt(r, k, n, principal))) <= 0.5001
        assert abs(row.principal - -float(npf.ppmt(r, k, n, principal))) <= 1.0001
    last = rows[-1]
    assert abs(last.principal - -float(npf.ppmt(r, n, n, principal))) <= n
    assert abs(last.payment - pmt) <= n


def test_annuity_known_values() -> None:
    rows = build_schedule(100_000_000, Decimal("0.0435"), 12, "annuity", START)
    assert [r.payment for r in rows[:-1]] == [8_530_990] * 11
    assert rows[0].interest == 362_500
    assert rows[-1].principal == rows[-2].remaining
    assert schedule_totals(rows) == Totals(100_000_000, 2_371_879, 102_371_879)


def test_equal_principal() -> None:
    rows = build_schedule(1_200_000, Decimal("0.06"), 12, "equal-principal", START)
    assert {r.principal for r in rows} == {100_000}
    assert [r.interest for r in rows[:3]] == [6_000, 5_500, 5_000]
    assert rows[-1].interest == 500


def test_equal_principal_small_amount_never_overshoots() -> None:
    rows = build_schedule(3, Decimal("0.05"), 5, "equal-principal", START)
    assert [r.principal for r in rows] == [1, 1, 1, 0, 0]
    assert rows[-1].remaining == 0


def test_interest_only_balloon() -> None:
    rows = build_schedule(1_000_000, Decimal("0.12"), 6, "interest-only", START)
    assert [r.principal for r in rows] == [0] * 5 + [1_000_000]
    assert all(r.interest == 10_000 for r in rows)


def test_grace_counts_inside_months() -> None:
    rows = build_schedule(1_200_000, Decimal("0.06"), 12, "equal-principal", START, 3)
    assert len(rows) == 12
    assert [r.principal for r in rows[:3]] == [0, 0, 0]
    assert [r.interest for r in rows[:3]] == [6_000] * 3
    assert sum(r.principal for r in rows[3:]) == 1_200_000
    assert rows[3].principal == 133_333


def test_zero_rate() -> None:
    rows = build_schedule(1_000, Decimal(0), 3, "annuity", START)
    assert [r.payment for r in rows] == [333, 333, 334]
    assert all(r.interest == 0 for r in rows)


def test_act_360_interest_uses_actual_days() -> None:
    rows = build_schedule(3_600_000, Decimal("0.1"), 2, "interest-only", START, 0, "ACT/360")
    assert rows[0].due_date == date(2026, 2, 28)
    assert rows[0].interest == 28_000  # 28 days
    assert rows[1].interest == 31_000  # 31 days


def test_due_dates_clamp_to_month_end_and_keep_the_day() -> None:
    rows = build_schedule(10_000, Decimal("0.05"), 4, "annuity", date(2024, 1, 31))
    assert [r.due_date for r in rows] == [
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
    ]
    assert add_months(date(2025, 12, 15), 1) == date(2026, 1, 15)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"principal": 0}, "principal"),
        ({"principal": -5}, "principal"),
        ({"principal": 10.5}, "principal"),
        ({"annual_rate": Decimal("-0.01")}, "annual_rate"),
        ({"annual_rate": 0.05}, "annual_rate"),
        ({"annual_rate": Decimal("NaN")}, "annual_rate"),
        ({"months": 0}, "months"),
        ({"months": 12, "grace_months": 12}, "grace_months"),
        ({"grace_months": -1}, "grace_months"),
        ({"method": "balloon"}, "method"),
        ({"day_count": "ACT/ACT"}, "day_count"),
        ({"start": "2026-01-01"}, "start"),
    ],
)
def test_validation(kwargs: dict[str, object], match: str) -> None:
    args: dict[str, object] = {
        "principal": 1_000,
        "annual_rate": Decimal("0.05"),
        "months": 12,
        "method": "annuity",
        "start": START,
    }
    args.update(kwargs)
    with pytest.raises(ScheduleError, match=match):
        build_schedule(**args)  # type: ignore[arg-type]


def test_validate_rows_catches_tampering() -> None:
    rows = build_schedule(1_000, Decimal("0.05"), 3, "annuity", START)
    validate_rows(rows, 1_000)
    bad = [*rows[:-1], dataclasses.replace(rows[-1], payment=rows[-1].payment + 1)]
    with pytest.raises(ScheduleError, match="payment"):
        validate_rows(bad, 1_000)
    swapped = [rows[0], dataclasses.replace(rows[1], due_date=rows[0].due_date), rows[2]]
    with pytest.raises(ScheduleError, match="due date"):
        validate_rows(swapped, 1_000)
    with pytest.raises(ScheduleError):
        validate_rows(rows, 1_001)
    with pytest.raises(ScheduleError):
        validate_rows([], 1_000)


def test_rows_are_immutable() -> None:
    row = Row(1, START, 1, 2, 3, 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.payment = 4  # type: ignore[misc]
