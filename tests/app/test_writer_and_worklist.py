"""Writing a portfolio, its cached figures, and the worklist queries over them."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import func, select, text

from desktop_app.context import AppContext
from desktop_app.portfolio.writer import Cancelled, write_portfolio
from desktop_app.services import case_detail, worklist
from local_db.models import AuditEvent, Case, Instalment
from tests.app.conftest import TODAY, small_portfolio


def _case_id(ctx: AppContext, name: str) -> int:
    with ctx.read() as s:
        cid = s.scalar(select(Case.id).where(Case.borrower_name == name))
    assert cid is not None
    return cid


def test_write_then_rewrite_changes_nothing(ctx: AppContext) -> None:
    first = write_portfolio(ctx, small_portfolio(), source="t")
    assert first.changed["loans"] == 2 and first.changed["instalments"] == 24
    with ctx.read() as s:
        before = s.execute(text("SELECT * FROM instalments ORDER BY id")).all()
    second = write_portfolio(ctx, small_portfolio(), source="t")
    assert second.total_changed == 0
    with ctx.read() as s:
        assert s.execute(text("SELECT * FROM instalments ORDER BY id")).all() == before
        assert s.scalar(select(func.count()).select_from(Instalment)) == 24


def test_cancel_writes_nothing(ctx: AppContext) -> None:
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        write_portfolio(ctx, small_portfolio(), source="t", cancelled=lambda: next(calls) >= 3)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0


def test_bulk_write_is_audited_once(ctx: AppContext) -> None:
    write_portfolio(ctx, small_portfolio(), source="batch-7")
    with ctx.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
    assert [e.entity_id for e in events] == ["batch-7"]
    assert events[0].changes["changed"]["loans"] == 2


def _expected_penalty(today: dt.date) -> tuple[int, int]:
    """Penalty and compound for the overdue loan, computed independently here."""
    rate = Decimal("0.0435") * Decimal("1.5") / 360
    dues = [dt.date(2025 + (2 + k) // 12, (2 + k) % 12 + 1, 20) for k in range(10)]
    days = sum((today - d).days for d in dues)
    penalty = (Decimal(10_000_000) * days * rate).quantize(Decimal(1), ROUND_HALF_UP)
    compound = (Decimal(1_200_000) * days * rate).quantize(Decimal(1), ROUND_HALF_UP)
    return int(penalty), int(compound)


def test_case_figures_match_an_independent_computation(ctx: AppContext) -> None:
    write_portfolio(ctx, small_portfolio(), source="t")
    cid = _case_id(ctx, "上海明远机械制造有限公司")
    d = case_detail.case_detail(ctx, cid)
    penalty, compound = _expected_penalty(TODAY)
    assert d.dpd == (TODAY - dt.date(2025, 3, 20)).days == 618
    assert (d.bucket, d.five_tier) == ("M7+", "loss")
    assert d.totals.overdue_principal == 100_000_000
    assert d.totals.interest_due == 10 * 1_200_000
    assert d.totals.penalty_interest == penalty
    assert d.totals.compound_interest == compound
    assert d.totals.total == 100_000_000 + 12_000_000 + penalty + compound
    with ctx.read() as s:
        case = s.get(Case, cid)
        assert case is not None
        assert case.fig_outstanding == d.totals.total
        assert case.oldest_unpaid_due == dt.date(2025, 3, 20)
        assert case.main_contract_no == "HT-2025-001"


def test_worklist_filters_sorts_and_searches(ctx: AppContext) -> None:
    write_portfolio(ctx, small_portfolio(), source="t")
    rows, total = worklist.query(ctx, worklist.WorklistFilter(), "priority")
    assert total == 2
    assert rows[0].borrower_name == "上海明远机械制造有限公司"  # 618 days overdue first
    assert rows[0].priority > rows[1].priority
    by_amount = worklist.query(ctx, worklist.WorklistFilter(), "overdue_amount", False)[0]
    assert [r.overdue_amount for r in by_amount] == sorted(r.overdue_amount for r in by_amount)
    assert worklist.count(ctx, worklist.WorklistFilter(bucket="M7+")) == 1
    assert worklist.count(ctx, worklist.WorklistFilter(bucket="M0")) == 1
    assert worklist.count(ctx, worklist.WorklistFilter(bucket="M3")) == 0
    assert worklist.any_case(ctx, worklist.WorklistFilter(bucket="M7+"))
    assert not worklist.any_case(ctx, worklist.WorklistFilter(bucket="M3"))
    for query, expected in (("明远机械", 1), ("13900001111", 1), ("HT-2026", 1), ("明远", 1),
                            ("恒达", 1), ("张伟", 1), ("远机", 1), ("明 远", 2), ("X", 2),
                            ("有限公司", 2), ("不存在的公司", 0), ("91310000MA1FL4XQ3K", 1)):
        assert worklist.count(ctx, worklist.WorklistFilter(search=query)) == expected, query
    # the guarantee period of HT-2025-001 ends 2027-01-20, 53 days ahead
    near = worklist.query(ctx, worklist.WorklistFilter(view="deadlines_90"))[0]
    assert [(r.nearest_deadline, r.nearest_deadline_kind) for r in near] == [
        (dt.date(2027, 1, 20), "guarantee")]
    counts = worklist.view_counts(ctx)
    assert counts["all"] == 2 and counts["bucket:M7+"] == 1


def test_unknown_view_or_sort_is_a_clear_error(ctx: AppContext) -> None:
    with pytest.raises(ValueError, match="unknown view"):
        worklist.count(ctx, worklist.WorklistFilter(view="tomorrow"))
    with pytest.raises(ValueError, match="unknown sort"):
        worklist.page_ids(ctx, worklist.WorklistFilter(), "colour")


@pytest.mark.parametrize("many_hits", [0, 10_000])
def test_both_search_plans_give_the_same_cases(ctx: AppContext, many_hits: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    write_portfolio(ctx, small_portfolio(), source="t")
    monkeypatch.setattr(worklist, "MANY_HITS", many_hits)
    for query, names in (("有限公司", ["上海明远机械制造有限公司", "杭州恒达纺织有限公司"]),
                         ("恒达", ["杭州恒达纺织有限公司"]), ("没有这家", [])):
        f = worklist.WorklistFilter(search=query)
        rows, total = worklist.query(ctx, f, "borrower", False)
        assert sorted(r.borrower_name for r in rows) == sorted(names)
        assert total == len(names)
