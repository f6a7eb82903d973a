"""Promises to pay: limits, and kept / partial / broken as payments are imported."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.context import AppContext
from desktop_app.portfolio.records import PaymentRec
from desktop_app.portfolio.writer import write_portfolio
from desktop_app.services import promises
from desktop_app.services.worklist import WorklistFilter, count
from local_db.models import Activity, Case, PromiseToPay
from tests.app.call_helpers import load
from tests.app.conftest import TODAY, small_portfolio

DUE = dt.date(2026, 12, 5)


def _import_payment(ctx: AppContext, on: dt.date, amount: int, today: dt.date) -> None:
    ctx.clock = lambda: today
    portfolio = small_portfolio()
    if amount:
        portfolio.payments.append(PaymentRec("HT-2025-001", on, amount, "PTP-1"))
    write_portfolio(ctx, portfolio, source="bank feed")


def test_limits_come_from_configuration(ctx: AppContext) -> None:
    case_id, *_ = load(ctx)
    lim = promises.limits()
    with pytest.raises(promises.PromiseError, match="amount"):
        promises.record_promise(ctx, case_id, lim.min_amount - 1, DUE)
    with pytest.raises(promises.PromiseError, match="total owed"):
        promises.record_promise(ctx, case_id, 10**12, DUE)
    with pytest.raises(promises.PromiseError, match="past"):
        promises.record_promise(ctx, case_id, 1_000_000, TODAY - dt.timedelta(days=1))
    late = TODAY + dt.timedelta(days=lim.max_days_ahead + 1)
    with pytest.raises(promises.PromiseError, match="days ahead"):
        promises.record_promise(ctx, case_id, 1_000_000, late)
    pid = promises.record_promise(ctx, case_id, 1_000_000, DUE)
    with ctx.read() as s:
        promise = s.get(PromiseToPay, pid)
        assert promise is not None and promise.status == "open"
        assert s.scalars(select(Activity.outcome).where(Activity.kind == "promise")).all() == [
            "promised"
        ]


@pytest.mark.parametrize(
    ("paid", "status"), [(1_000_000, "kept"), (400_000, "partial"), (0, "broken")]
)
def test_evaluation_after_grace(ctx: AppContext, paid: int, status: str) -> None:
    case_id, *_ = load(ctx)
    pid = promises.record_promise(ctx, case_id, 1_000_000, DUE)
    with ctx.read() as s:
        before = s.get(Case, case_id).fig_priority  # type: ignore[union-attr]
    grace = promises.limits().grace_days
    # still inside the grace period: an insufficient payment leaves it open
    _import_payment(ctx, DUE + dt.timedelta(days=1), paid, DUE + dt.timedelta(days=grace))
    with ctx.read() as s:
        expected_now = "kept" if status == "kept" else "open"
        assert s.get(PromiseToPay, pid).status == expected_now  # type: ignore[union-attr]
    _import_payment(ctx, DUE + dt.timedelta(days=1), paid, DUE + dt.timedelta(days=grace + 1))
    with ctx.read() as s:
        promise = s.get(PromiseToPay, pid)
        assert promise is not None and promise.status == status
        assert promise.paid_amount == paid and promise.evaluated_on is not None
        timeline = s.scalars(
            select(Activity.outcome)
            .where(Activity.case_id == case_id, Activity.kind == "promise")
            .order_by(Activity.id)
        ).all()
        assert timeline == ["promised", status]
        case = s.get(Case, case_id)
        assert case is not None and case.promise_status == status
    broken = count(ctx, WorklistFilter(view="broken"))
    assert broken == (1 if status == "broken" else 0)
    if status == "broken":
        assert case.broken_promises == 1 and case.fig_priority > before


def test_kept_early_and_payments_before_the_promise_do_not_count(ctx: AppContext) -> None:
    case_id, *_ = load(ctx)
    _import_payment(ctx, TODAY - dt.timedelta(days=3), 2_000_000, TODAY)  # before promise
    pid = promises.record_promise(ctx, case_id, 1_000_000, DUE)
    assert promises.evaluate_all(ctx) == []
    ctx.clock = lambda: TODAY + dt.timedelta(days=2)
    portfolio = small_portfolio()
    portfolio.payments.append(
        PaymentRec("HT-2025-001", TODAY - dt.timedelta(days=3), 2_000_000, "PTP-1")
    )
    portfolio.payments.append(
        PaymentRec("HT-2025-001", TODAY + dt.timedelta(days=1), 1_000_000, "PTP-2")
    )
    write_portfolio(ctx, portfolio, source="bank feed")
    with ctx.read() as s:
        assert s.get(PromiseToPay, pid).status == "kept"  # type: ignore[union-attr]
