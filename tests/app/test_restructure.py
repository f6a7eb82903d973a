"""Restructuring calculator: treatments, reconciliation, present-value comparison."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.restructure import (
    OverdueAmounts,
    RestructureError,
    RestructureTerms,
    compare,
    plan,
    reconcile,
)
from desktop_app.domain.schedule import build_schedule, round_fen

START = date(2026, 3, 20)
AMOUNTS = OverdueAmounts(
    principal=10_000_000, interest=300_000, penalty=120_000, compound=15_000, costs=5_000
)


def terms(treatment: object = "capitalise", **kw: object) -> RestructureTerms:
    base: dict[str, object] = {
        "method": "annuity",
        "months": 12,
        "annual_rate": Decimal("0.05"),
        "start": START,
        "treatment_of_arrears": treatment,
    }
    base.update(kw)
    return RestructureTerms(**base)  # type: ignore[arg-type]


def test_capitalise() -> None:
    result = plan(AMOUNTS, terms("capitalise"))
    assert result.acknowledged_total == 10_440_000
    assert result.restructured_principal == 10_440_000
    assert result.totals.principal == 10_440_000
    assert result.arrears_carried == result.conditionally_waived == 0
    assert all(r.arrears == 0 for r in result.rows)
    assert result.totals.payment == 10_440_000 + result.totals.interest
    assert result.new_maturity == date(2027, 3, 20)


def test_carry_forward_pays_arrears_in_equal_parts() -> None:
    result = plan(AMOUNTS, terms("carry_forward"))
    assert result.restructured_principal == 10_000_000
    assert result.arrears_carried == 440_000
    assert [r.arrears for r in result.rows] == [36_667] * 11 + [36_663]
    assert all(r.payment == r.principal + r.interest + r.arrears for r in result.rows)
    assert result.totals.payment == 10_440_000 + result.totals.interest


def test_waive_conditional_records_the_waiver() -> None:
    result = plan(AMOUNTS, terms("waive_conditional"))
    assert result.conditionally_waived == 135_000
    assert result.arrears_carried == 305_000
    assert result.acknowledged_total == 10_440_000
    assert result.totals.payment + 135_000 == 10_440_000 + result.totals.interest


def test_extension_lengthens_the_term_and_grace_applies() -> None:
    result = plan(AMOUNTS, terms(months=12, extension_months=6, grace_months=3))
    assert len(result.rows) == 18
    assert [r.principal for r in result.rows[:3]] == [0, 0, 0]
    assert result.new_maturity == date(2027, 9, 20)


@pytest.mark.parametrize(
    ("amounts", "kw"),
    [
        (dataclasses.replace(AMOUNTS, penalty=-1), {}),
        (dataclasses.replace(AMOUNTS, costs=1.5), {}),  # type: ignore[arg-type]
        (AMOUNTS, {"treatment_of_arrears": "forgive"}),
        (AMOUNTS, {"extension_months": -1}),
        (AMOUNTS, {"months": 0}),
        (AMOUNTS, {"annual_rate": Decimal("-0.1")}),
        (OverdueAmounts(0, interest=100), {"treatment_of_arrears": "carry_forward"}),
    ],
)
def test_invalid_input(amounts: OverdueAmounts, kw: dict[str, object]) -> None:
    with pytest.raises(RestructureError):
        plan(amounts, terms(**kw))


def test_small_arrears_over_many_periods_stay_non_negative() -> None:
    result = plan(OverdueAmounts(1_000_000, interest=9), terms("carry_forward", months=6))
    assert [r.arrears for r in result.rows] == [2, 2, 2, 2, 1, 0]


def test_capitalise_with_arrears_only() -> None:
    result = plan(OverdueAmounts(0, interest=100_000), terms("capitalise"))
    assert result.restructured_principal == 100_000


def test_reconcile_rejects_tampered_plans() -> None:
    result = plan(AMOUNTS, terms("carry_forward"))
    rows = list(result.rows)
    rows[0] = dataclasses.replace(rows[0], arrears=rows[0].arrears + 1)
    with pytest.raises(RestructureError, match="reconcile"):
        reconcile(dataclasses.replace(result, rows=tuple(rows)))
    with pytest.raises(RestructureError):
        reconcile(dataclasses.replace(result, conditionally_waived=1))
    with pytest.raises(RestructureError):
        reconcile(dataclasses.replace(result, acknowledged_total=result.acknowledged_total + 1))
    swapped = (result.rows[1], result.rows[0], *result.rows[2:])
    with pytest.raises(RestructureError):
        reconcile(dataclasses.replace(result, rows=swapped))


money = st.integers(0, 10**10)


@given(
    st.builds(OverdueAmounts, st.integers(1, 10**11), money, money, money, money),
    st.sampled_from(["capitalise", "carry_forward", "waive_conditional"]),
    st.sampled_from(["annuity", "equal-principal", "interest-only"]),
    st.integers(1, 120),
    st.decimals(min_value=0, max_value=Decimal("0.24"), places=4),
    st.integers(0, 24),
    st.data(),
)
def test_reconciliation_properties(
    amounts: OverdueAmounts,
    treatment: str,
    method: str,
    months: int,
    rate: Decimal,
    extension: int,
    data: st.DataObject,
) -> None:
    grace = data.draw(st.integers(0, months - 1))
    t = terms(treatment, method=method, months=months, annual_rate=rate)
    t = dataclasses.replace(t, grace_months=grace, extension_months=extension)
    result = plan(amounts, t)
    tot = result.totals
    assert len(result.rows) == months + extension
    assert result.acknowledged_total == amounts.total
    assert tot.principal == result.restructured_principal
    assert tot.arrears == result.arrears_carried
    assert result.acknowledged_total + tot.interest == tot.payment + result.conditionally_waived
    assert all(min(r.principal, r.interest, r.arrears, r.remaining) >= 0 for r in result.rows)
    parts = [r.arrears for r in result.rows[:-1]]
    step = round_fen(Decimal(result.arrears_carried) / len(result.rows))
    assert parts == sorted(parts, reverse=True) and all(p <= step for p in parts)
    assert len([p for p in parts if 0 < p < step]) <= 1  # equal parts until exhausted


def test_compare_zero_rate_equals_nominal() -> None:
    old = build_schedule(10_000_000, Decimal("0.05"), 6, "annuity", START)
    new = plan(AMOUNTS, terms("carry_forward")).rows
    c = compare(old, new, Decimal(0), START)
    assert (c.pv_old, c.pv_new) == (c.total_paid_old, c.total_paid_new)
    assert c.difference == c.pv_new - c.pv_old


def test_compare_with_remaining_balance() -> None:
    new = plan(AMOUNTS, terms("capitalise")).rows
    c = compare(10_440_000, new, Decimal("0.08"), START)
    assert c.total_paid_old == c.pv_old == 10_440_000
    assert c.pv_new < c.total_paid_new
    assert c.difference < 0  # 5 % loan discounted at 8 %: the lender gives up value


def test_compare_discounts_one_year_exactly() -> None:
    row = build_schedule(1_000_000, Decimal(0), 12, "interest-only", date(2025, 3, 20))[-1]
    assert row.due_date == START
    c = compare(0, [row], Decimal("0.10"), date(2025, 3, 20))
    assert c.pv_new == 909_091  # 1,000,000 / 1.1, rounded once at the end


def test_compare_rejects_bad_rate() -> None:
    with pytest.raises(RestructureError):
        compare(0, [], 0.05, START)  # type: ignore[arg-type]
    with pytest.raises(RestructureError):
        compare(0, [], Decimal(-1), START)


@given(
    st.integers(1, 10**10),
    st.integers(1, 120),
    st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("0.5"), places=4),
)
def test_pv_never_exceeds_nominal(principal: int, months: int, discount: Decimal) -> None:
    rows = build_schedule(principal, Decimal("0.06"), months, "equal-principal", START)
    c = compare(rows, rows, discount, START)
    assert c.pv_new <= c.total_paid_new
    assert c.pv_old == c.pv_new and c.difference == 0
    assert compare(rows, rows, Decimal(0), START).pv_new == c.total_paid_new
