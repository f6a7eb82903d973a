"""DPD from the oldest unpaid instalment, buckets, bucket bounds, five tiers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.overdue import (
    BUCKETS,
    FIVE_TIER_ZH,
    FIVE_TIERS,
    InstalmentError,
    InstalmentState,
    bucket,
    bucket_bounds,
    days_past_due,
    five_tier,
    oldest_due_range,
    oldest_unpaid_due,
)

AS_OF = date(2025, 3, 15)


def inst(seq: int, due: date, paid_p: int = 0, paid_i: int = 0) -> InstalmentState:
    return InstalmentState(seq, due, 1000, 100, paid_p, paid_i)


def test_dpd_counts_from_oldest_unpaid_instalment() -> None:
    schedule = [
        inst(1, date(2025, 1, 15), 1000, 100),  # settled
        inst(2, date(2025, 2, 15), 400, 100),  # part-paid principal: oldest unpaid
        inst(3, date(2025, 3, 15)),  # due today: not overdue
        inst(4, date(2025, 4, 15)),
    ]
    assert days_past_due(schedule, AS_OF) == 28
    assert oldest_unpaid_due(schedule) == date(2025, 2, 15)


def test_unpaid_interest_alone_makes_overdue() -> None:
    schedule = [inst(1, date(2025, 3, 14), 1000, 99)]
    assert days_past_due(schedule, AS_OF) == 1


def test_due_today_is_not_overdue() -> None:
    assert days_past_due([inst(1, AS_OF)], AS_OF) == 0
    assert days_past_due([inst(1, AS_OF)], AS_OF + timedelta(days=1)) == 1


def test_no_instalments_or_all_paid_is_current() -> None:
    assert days_past_due([], AS_OF) == 0
    assert days_past_due([inst(1, date(2024, 1, 1), 1000, 100)], AS_OF) == 0
    assert oldest_unpaid_due([inst(1, date(2024, 1, 1), 1000, 100)]) is None


def test_oldest_is_by_due_date_not_sequence() -> None:
    schedule = [inst(1, date(2025, 2, 1)), inst(2, date(2025, 1, 1))]
    assert days_past_due(schedule, AS_OF) == (AS_OF - date(2025, 1, 1)).days


def test_dpd_across_leap_day() -> None:
    assert days_past_due([inst(1, date(2024, 2, 28))], date(2024, 3, 1)) == 2
    assert days_past_due([inst(1, date(2023, 2, 28))], date(2023, 3, 1)) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"principal_due": -1},
        {"interest_paid": -1},
        {"principal_paid": 1001},
        {"interest_paid": 101},
    ],
)
def test_invalid_instalment_rejected(kwargs: dict[str, int]) -> None:
    base = {"principal_due": 1000, "interest_due": 100, "principal_paid": 0, "interest_paid": 0}
    with pytest.raises(InstalmentError):
        InstalmentState(1, AS_OF, **{**base, **kwargs})


@pytest.mark.parametrize(
    ("dpd", "name"),
    [
        (0, "M0"),
        (1, "M1"),
        (30, "M1"),
        (31, "M2"),
        (60, "M2"),
        (61, "M3"),
        (90, "M3"),
        (91, "M4"),
        (120, "M4"),
        (121, "M5"),
        (150, "M5"),
        (151, "M6"),
        (180, "M6"),
        (181, "M7+"),
        (5000, "M7+"),
    ],
)
def test_bucket_edges(dpd: int, name: str) -> None:
    assert bucket(dpd) == name


@pytest.mark.parametrize(
    ("name", "bounds"),
    [("M0", (0, 0)), ("M1", (1, 30)), ("M4", (91, 120)), ("M6", (151, 180)), ("M7+", (181, None))],
)
def test_bucket_bounds(name: str, bounds: tuple[int, int | None]) -> None:
    assert bucket_bounds(name) == bounds


def test_unknown_bucket_and_negative_dpd_rejected() -> None:
    with pytest.raises(ValueError, match="unknown bucket"):
        bucket_bounds("M8")
    with pytest.raises(ValueError):
        bucket(-1)
    with pytest.raises(ValueError):
        five_tier(-1)


@pytest.mark.parametrize(
    ("dpd", "tier", "zh"),
    [
        (0, "normal", "正常"),
        (1, "special_mention", "关注"),
        (90, "special_mention", "关注"),
        (91, "substandard", "次级"),
        (270, "substandard", "次级"),
        (271, "doubtful", "可疑"),
        (360, "doubtful", "可疑"),
        (361, "loss", "损失"),
    ],
)
def test_five_tier(dpd: int, tier: str, zh: str) -> None:
    assert five_tier(dpd) == tier
    assert FIVE_TIER_ZH[tier] == zh


def test_five_tier_thresholds_are_parameters() -> None:
    assert five_tier(61, thresholds=(60, 180, 360)) == "substandard"
    assert set(FIVE_TIER_ZH) == set(FIVE_TIERS)


@given(st.integers(min_value=0, max_value=3000))
def test_bucket_consistent_with_bounds(dpd: int) -> None:
    low, high = bucket_bounds(bucket(dpd))
    assert low <= dpd
    assert high is None or dpd <= high


@given(st.integers(min_value=0, max_value=3000))
def test_five_tier_never_improves_with_more_days(dpd: int) -> None:
    assert FIVE_TIERS.index(five_tier(dpd)) <= FIVE_TIERS.index(five_tier(dpd + 1))


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    st.integers(min_value=-400, max_value=3000),
    st.sampled_from(BUCKETS),
)
def test_due_date_range_matches_dpd_bucket(as_of: date, age: int, name: str) -> None:
    """A loan's oldest unpaid due date is in the SQL range iff its DPD is in the bucket."""
    due = as_of - timedelta(days=age)
    in_bucket = bucket(days_past_due([inst(1, due)], as_of)) == name
    low, high = oldest_due_range(name, as_of)
    in_range = (low is None or low <= due) and (high is None or due <= high)
    assert in_bucket == in_range
