"""Payment allocation: Art. 561 order, configurable order, oldest instalment first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.allocation import (
    DEFAULT_ORDER,
    AllocationError,
    InstalmentShare,
    allocate,
    allocate_to_instalments,
)
from desktop_app.domain.overdue import InstalmentState

OWED = {"costs": 500, "compound": 30, "penalty": 200, "interest": 1000, "principal": 10000}


def test_default_order_is_costs_interest_types_then_principal() -> None:
    assert DEFAULT_ORDER == ("costs", "compound", "penalty", "interest", "principal")
    result = allocate(1200, OWED)
    assert dict(result.applied) == {
        "costs": 500,
        "compound": 30,
        "penalty": 200,
        "interest": 470,
        "principal": 0,
    }
    assert result.unapplied == 0


def test_overpayment_is_unapplied() -> None:
    result = allocate(12000, OWED)
    assert dict(result.applied) == OWED
    assert result.unapplied == 270
    assert result.total == 12000


def test_configurable_order_principal_first() -> None:
    result = allocate(10100, OWED, order=("principal", "interest", "penalty", "compound", "costs"))
    assert result.get("principal") == 10000
    assert result.get("interest") == 100
    assert result.get("costs") == 0


def test_missing_components_count_as_zero() -> None:
    result = allocate(50, {"principal": 100})
    assert result.get("costs") == 0
    assert result.get("principal") == 50
    assert result.get("unknown") == 0


def test_zero_payment() -> None:
    result = allocate(0, OWED)
    assert result.applied_total == 0
    assert result.unapplied == 0


@pytest.mark.parametrize(
    ("amount", "owed", "order", "message"),
    [
        (-1, OWED, DEFAULT_ORDER, "amount must be >= 0"),
        (1, {"fees": 5}, DEFAULT_ORDER, "not in order"),
        (1, {"principal": -5}, DEFAULT_ORDER, "negative owed"),
        (1, OWED, ("principal", "principal"), "duplicate"),
    ],
)
def test_allocate_rejects(
    amount: int, owed: dict[str, int], order: tuple[str, ...], message: str
) -> None:
    with pytest.raises(AllocationError, match=message):
        allocate(amount, owed, order)


owed_maps = st.dictionaries(
    st.sampled_from(DEFAULT_ORDER), st.integers(min_value=0, max_value=10**12), max_size=5
)


@given(st.integers(min_value=0, max_value=10**13), owed_maps, st.permutations(DEFAULT_ORDER))
def test_allocation_conserves_every_fen_and_respects_order(
    amount: int, owed: dict[str, int], order: list[str]
) -> None:
    result = allocate(amount, owed, tuple(order))
    assert result.applied_total + result.unapplied == amount
    assert all(0 <= result.get(k) <= owed.get(k, 0) for k in order)
    short = [k for k in order if result.get(k) < owed.get(k, 0)]
    if short:  # nothing after the first short component got anything
        later = order[order.index(short[0]) + 1 :]
        assert all(result.get(k) == 0 for k in later)
        assert result.unapplied == 0


def schedule(n: int = 3) -> list[InstalmentState]:
    first = date(2025, 1, 31)
    return [InstalmentState(s, first + timedelta(days=30 * s), 1000, 100) for s in range(n)]


def test_instalments_paid_oldest_first() -> None:
    result = allocate_to_instalments(schedule(), principal=1500, interest=150)
    assert result.shares == (InstalmentShare(0, 1000, 100), InstalmentShare(1, 500, 50))
    assert (result.unapplied_principal, result.unapplied_interest) == (0, 0)


def test_oldest_by_due_date_even_if_seq_is_out_of_order() -> None:
    items = [
        InstalmentState(1, date(2025, 3, 1), 1000, 0),
        InstalmentState(2, date(2025, 2, 1), 1000, 0),
    ]
    assert allocate_to_instalments(items, 600, 0).shares == (InstalmentShare(2, 600, 0),)


def test_partly_paid_instalment_takes_only_the_rest() -> None:
    items = [InstalmentState(1, date(2025, 1, 1), 1000, 100, 900, 100), *schedule(1)]
    result = allocate_to_instalments(items, 300, 0)
    assert result.shares == (InstalmentShare(1, 100, 0), InstalmentShare(0, 200, 0))


def test_excess_over_schedule_is_unapplied_and_apply_updates_states() -> None:
    items = schedule(2)
    result = allocate_to_instalments(items, 2500, 20)
    assert result.unapplied_principal == 500
    assert result.unapplied_interest == 0
    updated = result.apply(items)
    assert [i.principal_unpaid for i in updated] == [0, 0]
    assert [i.interest_paid for i in updated] == [20, 0]


def test_instalment_allocation_rejects_bad_input() -> None:
    with pytest.raises(AllocationError):
        allocate_to_instalments(schedule(), -1, 0)
    with pytest.raises(AllocationError, match="unique"):
        allocate_to_instalments([*schedule(1), *schedule(1)], 1, 0)


instalment_lists = st.lists(
    st.builds(
        lambda seq, days, p, i, pp, ip: InstalmentState(
            seq, date(2025, 1, 1) + timedelta(days=days), p, i, min(pp, p), min(ip, i)
        ),
        st.integers(0, 10**6),
        st.integers(0, 720),
        st.integers(0, 10**9),
        st.integers(0, 10**7),
        st.integers(0, 10**9),
        st.integers(0, 10**7),
    ),
    max_size=12,
    unique_by=lambda i: i.seq,
)


@given(instalment_lists, st.integers(0, 10**10), st.integers(0, 10**8))
def test_instalment_allocation_conserves_every_fen(
    items: list[InstalmentState], principal: int, interest: int
) -> None:
    result = allocate_to_instalments(items, principal, interest)
    assert sum(s.principal for s in result.shares) + result.unapplied_principal == principal
    assert sum(s.interest for s in result.shares) + result.unapplied_interest == interest
    updated = result.apply(items)  # re-validates: never paid beyond due
    paid_before = sum(i.principal_paid for i in items)
    assert sum(i.principal_paid for i in updated) == paid_before + principal - (
        result.unapplied_principal
    )
    if result.unapplied_principal:
        assert all(i.principal_unpaid == 0 for i in updated)
    ordered = sorted(updated, key=lambda i: (i.due_date, i.seq))
    got = {s.seq for s in result.shares if s.principal}
    for k, item in enumerate(ordered):  # a later instalment is paid only if earlier ones are
        if item.principal_unpaid:
            assert not got & {i.seq for i in ordered[k + 1 :]}
