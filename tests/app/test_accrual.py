"""Balance as of a date: worked examples checked by hand, edge cases, and properties."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.accrual import (
    AccrualError,
    Balance,
    LoanTerms,
    PaymentEvent,
    accrue,
    balance_as_of,
    daily_penalty,
    day_count_days,
    year_fraction,
)
from desktop_app.domain.allocation import allocate
from desktop_app.domain.overdue import InstalmentState

# 1,000,000.00 bullet loan at 4.35 % ACT/360 from 2024-01-01, due 2024-12-31 (365 days).
# Interest: 100,000,000 fen x 0.0435 x 365/360 = 4,410,416.67 -> 4,410,417 fen.
# Penalty rate: 4.35 % x 1.5 = 6.525 %.
TERMS = LoanTerms(100_000_000, Decimal("0.0435"), start_date=date(2024, 1, 1))
DUE = date(2024, 12, 31)
BULLET = [InstalmentState(1, DUE, 100_000_000, 4_410_417)]


def test_bullet_loan_overdue_30_days() -> None:
    b = balance_as_of(TERMS, BULLET, [], DUE + timedelta(days=30))
    # Penalty: 100,000,000 x 0.06525 x 30/360 = 100,000,000 x 0.0054375 = 543,750 fen.
    assert b.penalty_interest == 543_750
    # Compound: 4,410,417 x 0.0054375 = 23,981.64 -> 23,982 fen.
    assert b.compound_interest == 23_982
    assert (b.overdue_principal, b.overdue_interest) == (100_000_000, 4_410_417)
    assert (b.interest_due, b.accrued_interest, b.costs, b.credit) == (4_410_417, 0, 0, 0)
    assert b.total == 100_000_000 + 4_410_417 + 543_750 + 23_982


def test_daily_continuing_accrual() -> None:
    # 100,000,000 x 0.06525 / 360 = 18,125 fen; 4,410,417 x 0.06525 / 360 = 799.38 -> 799.
    daily = daily_penalty(TERMS, BULLET, [], DUE + timedelta(days=30))
    assert (daily.penalty, daily.compound, daily.total) == (18_125, 799, 18_924)
    # After 300,000.00 of principal: 70,000,000 x 0.06525 / 360 = 12,687.5 -> 12,688 (half up).
    paid = [PaymentEvent(DUE + timedelta(days=10), principal=30_000_000)]
    assert daily_penalty(TERMS, BULLET, paid, DUE + timedelta(days=30)).penalty == 12_688


def test_partial_principal_payment_reduces_penalty_from_its_date() -> None:
    paid = [PaymentEvent(DUE + timedelta(days=10), principal=30_000_000)]
    b = balance_as_of(TERMS, BULLET, paid, DUE + timedelta(days=30))
    # (100,000,000 x 10 + 70,000,000 x 20) fen-days x 0.06525 / 360 = 435,000 fen.
    assert b.penalty_interest == 435_000
    assert (b.principal_outstanding, b.overdue_principal) == (70_000_000, 70_000_000)


def test_payment_on_due_date_costs_no_penalty() -> None:
    paid = [PaymentEvent(DUE, principal=100_000_000, interest=4_410_417)]
    b = balance_as_of(TERMS, BULLET, paid, DUE + timedelta(days=30))
    assert b.total == 0
    assert b.penalty_interest == b.compound_interest == 0


def test_payment_one_day_late_costs_one_day() -> None:
    paid = [PaymentEvent(DUE + timedelta(days=1), principal=100_000_000, interest=4_410_417)]
    b = balance_as_of(TERMS, BULLET, paid, DUE + timedelta(days=30))
    assert (b.penalty_interest, b.compound_interest) == (18_125, 799)
    assert b.total == 18_924


def test_instalment_loan_mid_period() -> None:
    # 100,000.00 at 3.6 % ACT/360 from 2024-01-01; two instalments of 50,000.00.
    terms = LoanTerms(10_000_000, Decimal("0.036"), start_date=date(2024, 1, 1))
    schedule = [
        InstalmentState(1, date(2024, 1, 31), 5_000_000, 30_000),  # 1e7 x .036 x 30/360
        InstalmentState(2, date(2024, 3, 1), 5_000_000, 15_000),  # 5e6 x .036 x 30/360
    ]
    b = balance_as_of(terms, schedule, [], date(2024, 2, 10))
    assert b.accrued_interest == 5_000  # 5,000,000 x 0.036 x 10/360, not yet due
    assert b.penalty_interest == 7_500  # 5,000,000 x 0.054 x 10/360
    assert b.compound_interest == 45  # 30,000 x 0.054 x 10/360
    assert b.total == 10_000_000 + 30_000 + 5_000 + 7_500 + 45


def test_accrued_interest_before_first_due_date_needs_start_date() -> None:
    b = balance_as_of(TERMS, BULLET, [], date(2024, 7, 1))
    assert b.accrued_interest == 2_199_167  # 1e8 x 0.0435 x 182/360 = 2,199,166.67
    with pytest.raises(AccrualError, match="start_date"):
        balance_as_of(LoanTerms(100_000_000, Decimal("0.0435")), BULLET, [], date(2024, 7, 1))


def test_leap_year_act_365_counts_feb_29() -> None:
    # 100,000.00 at 3.65 % ACT/365: 1,000 fen per day; February 2024 has 29 days.
    for year, days in ((2024, 29), (2023, 28)):
        terms = LoanTerms(10_000_000, Decimal("0.0365"), day_count="ACT/365")
        terms = replace(terms, start_date=date(year, 2, 1))
        schedule = [InstalmentState(1, date(year, 12, 1), 10_000_000, 0)]
        assert balance_as_of(terms, schedule, [], date(year, 3, 1)).accrued_interest == days * 1000


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (date(2024, 1, 31), date(2024, 2, 29), 29),
        (date(2024, 1, 30), date(2024, 3, 31), 60),
        (date(2024, 2, 28), date(2024, 3, 1), 3),
        (date(2024, 1, 15), date(2025, 1, 15), 360),
        (date(2024, 3, 31), date(2024, 4, 30), 30),
        (date(2024, 1, 15), date(2024, 3, 31), 76),  # D2 = 31 kept when D1 < 30
    ],
)
def test_thirty_360_bond_basis(start: date, end: date, days: int) -> None:
    assert day_count_days(start, end, "30/360") == days
    assert year_fraction(start, end, "30/360") == Decimal(days) / 360


def test_year_fraction_and_simple_accrual() -> None:
    assert year_fraction(date(2024, 1, 1), date(2025, 1, 1), "ACT/365") == Decimal(366) / 365
    assert accrue(100, Decimal("0.18"), date(2024, 1, 1), date(2024, 1, 11)) == 1  # 0.5 up
    assert accrue(500, Decimal("0.18"), date(2024, 1, 1), date(2024, 1, 11)) == 3  # 2.5 up


def test_penalty_rate_override_and_compound_switch() -> None:
    terms = LoanTerms(100_000_000, Decimal("0.0435"), penalty_rate=Decimal("0.0725"))
    assert terms.effective_penalty_rate == Decimal("0.0725")
    no_compound = LoanTerms(100_000_000, Decimal("0.0435"), compound_enabled=False)
    b = balance_as_of(terms, BULLET, [], DUE + timedelta(days=30))
    assert b.penalty_interest == 604_167  # 1e8 x 0.0725 x 30/360 = 604,166.67
    assert balance_as_of(no_compound, BULLET, [], DUE + timedelta(days=30)).compound_interest == 0
    assert daily_penalty(no_compound, BULLET, [], DUE + timedelta(days=30)).compound == 0


def test_paid_snapshot_and_later_payments_are_ignored() -> None:
    as_of = DUE + timedelta(days=30)
    snapshot = [InstalmentState(1, DUE, 100_000_000, 4_410_417, 100_000_000, 4_410_417)]
    later = [PaymentEvent(as_of + timedelta(days=1), principal=100_000_000)]
    expected = balance_as_of(TERMS, BULLET, [], as_of)
    assert balance_as_of(TERMS, snapshot, later, as_of) == expected


def test_costs_and_overpayment_credit() -> None:
    paid = [PaymentEvent(DUE, penalty=100, costs=300)]
    b = balance_as_of(TERMS, BULLET, paid, DUE + timedelta(days=1), costs=1_000)
    assert b.costs == 700
    assert b.penalty_interest == 18_025
    paid = [PaymentEvent(DUE, penalty=20_000, costs=1_500)]
    b = balance_as_of(TERMS, BULLET, paid, DUE + timedelta(days=1), costs=1_000)
    assert (b.penalty_interest, b.costs, b.credit) == (0, 0, (20_000 - 18_125) + 500)


def test_payment_event_from_allocation() -> None:
    b = balance_as_of(TERMS, BULLET, [], DUE + timedelta(days=30))
    event = PaymentEvent.from_allocation(DUE, allocate(600_000, b.owed()))
    assert event == PaymentEvent(
        DUE, principal=0, interest=32_268, penalty=543_750, compound=23_982
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda: LoanTerms(1, Decimal("0.01"), day_count="ACT/ACT"),
        lambda: LoanTerms(1, Decimal("-0.01")),
        lambda: LoanTerms(1, Decimal("0.01"), penalty_rate=Decimal("-1")),
        lambda: PaymentEvent(DUE, principal=-1),
        lambda: balance_as_of(TERMS, BULLET, [], DUE, costs=-1),
        lambda: balance_as_of(replace(TERMS, principal=1), BULLET, [], DUE),
    ],
)
def test_invalid_input_rejected(make: Callable[[], object]) -> None:
    with pytest.raises(AccrualError):
        make()


# ---- properties over random loans, schedules and payments -------------------------------

START = date(2023, 11, 15)


@st.composite
def loans(draw: st.DrawFn, uniform_days: bool = False) -> tuple[LoanTerms, list[InstalmentState]]:
    counts = ("ACT/360", "ACT/365") if uniform_days else ("ACT/360", "ACT/365", "30/360")
    n = draw(st.integers(1, 6))
    gaps = draw(st.lists(st.integers(1, 120), min_size=n, max_size=n))
    parts = draw(st.lists(st.integers(0, 10**9), min_size=n, max_size=n))
    interest = draw(st.lists(st.integers(0, 10**7), min_size=n, max_size=n))
    dues = [START + timedelta(days=sum(gaps[: k + 1])) for k in range(n)]
    terms = LoanTerms(
        principal=sum(parts),
        annual_rate=draw(st.decimals(Decimal(0), Decimal("0.2"), places=4)),
        penalty_markup=draw(st.sampled_from([Decimal("0.3"), Decimal("0.5")])),
        compound_enabled=draw(st.booleans()),
        day_count=draw(st.sampled_from(counts)),
        start_date=START,
    )
    schedule = [InstalmentState(k + 1, dues[k], parts[k], interest[k]) for k in range(n)]
    return terms, schedule


amounts = st.integers(0, 10**8)
payment_lists = st.lists(
    st.builds(
        PaymentEvent,
        st.dates(START, START + timedelta(days=900)),
        amounts,
        amounts,
        amounts,
        amounts,
        amounts,
    ),
    max_size=6,
)
as_of_dates = st.dates(START, START + timedelta(days=900))


@settings(max_examples=200)
@given(loans(), payment_lists, as_of_dates, st.integers(0, 10**6))
def test_components_non_negative_and_paying_total_settles(
    loan: tuple[LoanTerms, list[InstalmentState]],
    payments: list[PaymentEvent],
    as_of: date,
    costs: int,
) -> None:
    terms, schedule = loan
    b = balance_as_of(terms, schedule, payments, as_of, costs)
    parts = [b.principal_outstanding, b.interest_due, b.accrued_interest, b.penalty_interest]
    parts += [b.compound_interest, b.costs]
    assert min((*parts, b.overdue_principal, b.overdue_interest, b.credit)) >= 0
    assert b.total == sum(parts)
    assert b.overdue_principal <= b.principal_outstanding
    settle = PaymentEvent.from_allocation(as_of, allocate(b.total, b.owed()))
    after = balance_as_of(terms, schedule, [*payments, settle], as_of, costs)
    assert after.total == 0
    assert after.credit == b.credit


def _round(x: Fraction) -> int:
    return int(x + Fraction(1, 2)) if x >= 0 else -int(-x + Fraction(1, 2))


def _brute_force(
    terms: LoanTerms, schedule: list[InstalmentState], payments: list[PaymentEvent], as_of: date
) -> tuple[int, int, int]:
    """Day-by-day oracle: (penalty, compound, accrued) before deducting payments."""
    paid = [p for p in payments if p.received_on <= as_of]
    sums = [0, 0, 0]
    last_due = max([d.due_date for d in schedule if d.due_date <= as_of], default=START)
    for k in range((as_of - START).days):
        day = START + timedelta(days=k)
        p_due = sum(i.principal_due for i in schedule if i.due_date <= day)
        i_due = sum(i.interest_due for i in schedule if i.due_date <= day)
        p_paid = sum(p.principal for p in paid if p.received_on <= day)
        i_paid = sum(p.interest for p in paid if p.received_on <= day)
        sums[0] += max(0, p_due - p_paid)
        sums[1] += max(0, i_due - i_paid) if terms.compound_enabled else 0
        sums[2] += max(0, terms.principal - max(p_due, p_paid)) if day >= last_due else 0
    basis = 360 if terms.day_count == "ACT/360" else 365
    rates = [terms.effective_penalty_rate] * 2 + [terms.annual_rate]
    return tuple(_round(Fraction(r) * s / basis) for r, s in zip(rates, sums, strict=True))  # type: ignore[return-value]


@settings(max_examples=60, deadline=None)
@given(loans(uniform_days=True), payment_lists, as_of_dates)
def test_matches_day_by_day_oracle(
    loan: tuple[LoanTerms, list[InstalmentState]], payments: list[PaymentEvent], as_of: date
) -> None:
    terms, schedule = loan
    payments = [replace(p, penalty=0, compound=0) for p in payments]
    b = balance_as_of(terms, schedule, payments, as_of)
    penalty, compound, accrued = _brute_force(terms, schedule, payments, as_of)
    assert b.penalty_interest == penalty
    assert b.compound_interest == compound
    prepaid = max(
        0,
        sum(p.interest for p in payments if p.received_on <= as_of)
        - sum(i.interest_due for i in schedule if i.due_date <= as_of),
    )
    assert b.accrued_interest == max(0, accrued - prepaid)


@given(loans(), as_of_dates, st.integers(1, 400))
def test_penalty_never_decreases_without_payments(
    loan: tuple[LoanTerms, list[InstalmentState]], as_of: date, later: int
) -> None:
    terms, schedule = loan
    early = balance_as_of(terms, schedule, [], as_of)
    late = balance_as_of(terms, schedule, [], as_of + timedelta(days=later))
    assert late.penalty_interest >= early.penalty_interest
    assert late.compound_interest >= early.compound_interest
    assert late.overdue_principal >= early.overdue_principal


def test_balance_total_is_computed_and_negatives_rejected() -> None:
    b = Balance(DUE, 100, 20, 3, 4, 5, 6, overdue_principal=100, overdue_interest=20)
    assert b.total == 138
    assert asdict(b)["total"] == 138
    with pytest.raises(AccrualError, match="negative"):
        Balance(DUE, 100, -20, 3, 4, 5, 6, overdue_principal=0, overdue_interest=0)
