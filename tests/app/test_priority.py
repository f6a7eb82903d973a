"""Worklist priority score: bounds, worked examples, determinism, monotonicity."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.priority import (
    DEFAULT_WEIGHTS,
    FACTORS,
    PriorityFactors,
    PriorityWeights,
    priority_score,
    scaled_factors,
    score_parts,
)

CALM = PriorityFactors(0, 0, 0, 0, days_since_contact=0)
WORST = PriorityFactors(
    dpd=400,
    overdue_amount=10**12,
    outstanding=10**13,
    broken_promises=9,
    days_since_contact=None,
    days_to_next_action=-30,
    days_to_deadline=-5,
)


def test_bounds_reached() -> None:
    assert priority_score(CALM) == 0
    assert priority_score(WORST) == 1000


def test_never_contacted_counts_as_full_contact_gap() -> None:
    # contact_gap weight 100 of 1000 total -> 100 points.
    assert priority_score(replace(CALM, days_since_contact=None)) == 100
    assert priority_score(replace(CALM, days_since_contact=15)) == 50


def test_worked_example_by_hand() -> None:
    factors = PriorityFactors(
        dpd=45,  # 45/180 = 0.25 -> 220 x 0.25 = 55
        overdue_amount=999_999,  # ln(1e6)/ln(1e9+1) = 2/3 -> 180 x 2/3 = 120
        outstanding=0,  # 0
        broken_promises=1,  # 1/3 -> 40
        days_since_contact=3,  # 3/30 -> 10
        days_to_next_action=-4,  # (3 + 4)/(3 + 14) -> 130 x 7/17 = 53.53
        days_to_deadline=90,  # (180 - 90)/180 -> 170 x 0.5 = 85
    )
    # 55 + 120 + 0 + 40 + 10 + 53.53 + 85 = 363.53 -> 364
    assert math.isclose(score_parts(factors)["next_action"], 130 * 7 / 17)
    assert priority_score(factors) == 364


def test_weights_are_relative_and_configurable() -> None:
    only_dpd = PriorityWeights(**{name: 0 for name in FACTORS if name != "dpd"})
    assert priority_score(PriorityFactors(45, 10**9, 10**9), only_dpd) == 250
    assert priority_score(replace(WORST, dpd=90), replace(only_dpd, dpd=1)) == 500
    assert sum(DEFAULT_WEIGHTS.weights().values()) == 1000


def test_no_next_action_and_no_deadline_score_zero_on_those_factors() -> None:
    scaled = scaled_factors(CALM)
    assert scaled["next_action"] == 0.0
    assert scaled["deadline"] == 0.0
    assert scaled_factors(replace(CALM, days_to_next_action=3))["next_action"] == 0.0
    assert scaled_factors(replace(CALM, days_to_next_action=2))["next_action"] > 0.0


@pytest.mark.parametrize(
    "make",
    [
        lambda: PriorityFactors(-1, 0, 0),
        lambda: PriorityFactors(0, -1, 0),
        lambda: PriorityFactors(0, 0, 0, days_since_contact=-1),
        lambda: PriorityWeights(dpd=-1),
        lambda: PriorityWeights(**dict.fromkeys(FACTORS, 0)),
        lambda: PriorityWeights(dpd_cap=0),
    ],
)
def test_invalid_inputs_rejected(make: object) -> None:
    with pytest.raises(ValueError):
        make()  # type: ignore[operator]


optional_days = st.none() | st.integers(-1000, 1000)
factors = st.builds(
    PriorityFactors,
    st.integers(0, 2000),
    st.integers(0, 10**13),
    st.integers(0, 10**14),
    st.integers(0, 20),
    st.none() | st.integers(0, 2000),
    optional_days,
    optional_days,
)
weights = st.builds(
    PriorityWeights, *[st.floats(0.5, 500, allow_nan=False) for _ in range(len(FACTORS))]
)


@given(factors, weights)
def test_score_bounded_and_deterministic(f: PriorityFactors, w: PriorityWeights) -> None:
    score = priority_score(f, w)
    assert 0 <= score <= 1000
    assert score == priority_score(replace(f), replace(w))


def worse(f: PriorityFactors, field: str, step: int) -> PriorityFactors:
    """The same case made more urgent on one factor by ``step``."""
    value = getattr(f, field)
    if field == "days_since_contact":
        return replace(f, days_since_contact=None if value is None else value + step)
    if field in ("days_to_next_action", "days_to_deadline"):
        return replace(f, **{field: (0 if value is None else value) - step})
    return replace(f, **{field: value + step})


@given(
    factors,
    weights,
    st.sampled_from(
        [
            "dpd",
            "overdue_amount",
            "outstanding",
            "broken_promises",
            "days_since_contact",
            "days_to_next_action",
            "days_to_deadline",
        ]
    ),
    st.integers(1, 10**6),
)
def test_monotonic_in_each_factor(
    f: PriorityFactors, w: PriorityWeights, field: str, step: int
) -> None:
    assert priority_score(worse(f, field, step), w) >= priority_score(f, w)


@given(factors)
def test_never_contacted_is_at_least_as_urgent_as_any_gap(f: PriorityFactors) -> None:
    assert priority_score(replace(f, days_since_contact=None)) >= priority_score(f)
