"""The demo's instalment rows say what was paid on each instalment, as a core-banking export
does: the payments' allocations spread over the schedule oldest first (the rule of
``case_math._paid_states``, by which the figures count an instalment paid), so the
instalment table of a loan adds up to the figures the officer sees for it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.demo.generate import block_and_figures
from desktop_app.domain.accrual import PaymentEvent
from desktop_app.domain.overdue import InstalmentState
from desktop_app.portfolio.case_math import LoanFigures, _paid_states
from desktop_app.portfolio.plain_replay import paid_per_instalment
from desktop_app.portfolio.records import InstalmentRec, PaymentRec, Portfolio

TODAY = dt.date(2026, 11, 28)


def _drawn(seed: int, start: int, size: int) -> tuple[Portfolio, dict[str, LoanFigures]]:
    return block_and_figures(start + size, seed, TODAY, start, size)


def _check_loan(
    rows: list[InstalmentRec], pays: list[PaymentRec], figures: LoanFigures, today: dt.date
) -> None:
    rows = sorted(rows, key=lambda i: (i.due_date, i.seq))
    for i in rows:  # what the importer accepts (``overpaid``) and InstalmentState demands
        assert 0 <= i.principal_paid <= i.principal_due, i
        assert 0 <= i.interest_paid <= i.interest_due, i
    assert all(p.received_on <= today for p in pays)
    parts = [dict(p.allocation) for p in pays]
    principal = sum(a["principal"] for a in parts)
    interest = sum(a["interest"] for a in parts)
    # Every fen of principal and interest the payments paid is on an instalment, oldest
    # first: no instalment has anything paid while an older one is still short.
    assert sum(i.principal_paid for i in rows) == principal
    assert sum(i.interest_paid for i in rows) == min(interest, sum(i.interest_due for i in rows))
    for paid, due in (("principal_paid", "principal_due"), ("interest_paid", "interest_due")):
        short = [getattr(i, paid) < getattr(i, due) for i in rows]
        for k, i in enumerate(rows):
            if getattr(i, paid) and any(short[:k]):
                raise AssertionError(f"{i} paid while an older instalment is not: {rows}")
    # The instalment table adds up to the loan's figures as of today.
    b = figures.balance
    overdue = [i for i in rows if i.due_date < today]
    fallen_due = [i for i in rows if i.due_date <= today]
    assert sum(i.principal_due - i.principal_paid for i in overdue) == b.overdue_principal
    assert sum(i.interest_due - i.interest_paid for i in overdue) == b.overdue_interest
    assert sum(i.interest_due - i.interest_paid for i in fallen_due) == b.interest_due
    assert sum(i.principal_due - i.principal_paid for i in rows) == b.principal_outstanding
    unpaid = [
        i for i in rows if i.principal_paid + i.interest_paid < i.principal_due + i.interest_due
    ]
    assert (unpaid[0].due_date if unpaid else None) == figures.oldest_unpaid


@pytest.mark.parametrize(("seed", "start", "size"), [(3, 0, 400), (7, 600, 300)])
def test_instalment_rows_agree_with_payments_and_figures(seed: int, start: int, size: int) -> None:
    p, figures = _drawn(seed, start, size)
    rows: defaultdict[str, list[InstalmentRec]] = defaultdict(list)
    pays: defaultdict[str, list[PaymentRec]] = defaultdict(list)
    for i in p.instalments:
        rows[i.contract_no].append(i)
    for x in p.payments:
        pays[x.contract_no].append(x)
    for loan in p.loans:
        no = loan.contract_no
        _check_loan(rows[no], pays[no], figures[no], TODAY)
    # the kinds of payment the rows must carry are all there
    refs = {x.reference.rsplit("-", 1)[1][:1] for x in p.payments}
    assert refs == {"R", "P", "L"}
    assert any(
        0 < i.principal_paid < i.principal_due and i.due_date < TODAY for i in p.instalments
    ), "some overdue instalment is part paid"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 10**6)), max_size=12),
    st.integers(0, 10**8),
    st.integers(0, 10**7),
    st.integers(0, 400),
)
def test_paid_per_instalment_is_how_the_figures_count_paid(
    amounts: list[tuple[int, int]], principal: int, interest: int, today_offset: int
) -> None:
    """The generator's spread is ``case_math._paid_states`` on plain values."""
    start = dt.date(2024, 1, 15)
    schedule = [
        (k + 1, start + dt.timedelta(days=30 * (k + 1)), p, i) for k, (p, i) in enumerate(amounts)
    ]
    principal = min(principal, sum(p for p, _ in amounts))  # never more than the loan's
    states = [InstalmentState(seq, due, p, i) for seq, due, p, i in schedule]
    events = [PaymentEvent(start, principal=principal, interest=interest)]
    today = start + dt.timedelta(days=today_offset)
    expected = [(s.principal_paid, s.interest_paid) for s in _paid_states(states, events, today)]
    assert paid_per_instalment(schedule, (principal, interest)) == expected
