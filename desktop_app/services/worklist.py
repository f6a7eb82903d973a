"""The worklist: filtering, sorting and paging of cases in SQL on indexed columns.

Days past due are derived from ``oldest_unpaid_due`` and today's date, so bucket filters
become date ranges and sorting by overdue days is sorting by that date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, column, func, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.domain import overdue
from desktop_app.portfolio.search_index import match_expression
from local_db import bulk
from local_db.models import Case, PromiseToPay

VIEWS = ("today", "promises_today", "broken", "new_week", "deadlines_90", "all")
STAGES = ("early", "middle", "late", "legal")
STATUSES = ("open", "closed")  # a case's status; "" in a filter means either
SORTS: dict[str, Any] = {
    "priority": Case.fig_priority,
    "borrower": Case.borrower_name,
    "overdue_days": Case.oldest_unpaid_due,  # earlier date = more days overdue
    "overdue_amount": Case.fig_overdue_amount,
    "outstanding": Case.fig_outstanding,
    "last_contact": Case.last_contact_at,
    "next_action": Case.next_action_date,
    "deadline": Case.nearest_deadline,
    "stage": Case.stage,
    "opened": Case.opened_on,
}
INVERTED = frozenset({"overdue_days"})
PROGRESS_STEPS = 10_000
"""SQLite virtual-machine steps between two checks of a long count's ``cancelled``."""
COUNT_CACHE_MB = 32
"""Page cache (per connection) while counting every match of a filter."""


@dataclass(frozen=True)
class WorklistFilter:
    view: str = "all"
    bucket: str = ""
    stage: str = ""
    status: str = "open"
    officer_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class CaseRow:
    id: int
    priority: int
    borrower_name: str
    borrower_kind: str
    main_contract_no: str
    dpd: int
    bucket: str
    five_tier: str
    overdue_amount: int
    outstanding: int
    currency: str
    last_contact_at: dt.datetime | None
    next_action: str
    next_action_date: dt.date | None
    promise_status: str
    stage: str
    status: str
    nearest_deadline: dt.date | None
    nearest_deadline_kind: str


def _conditions(f: WorklistFilter, today: dt.date, s: Session) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.status:
        if f.status not in STATUSES:
            raise ValueError(f"unknown status {f.status!r}; expected one of {STATUSES} or ''")
        conds.append(Case.status == f.status)
    if f.stage:
        conds.append(Case.stage == f.stage)
    if f.officer_id is not None:
        conds.append(Case.officer_id == f.officer_id)
    if f.bucket:
        conds.append(_bucket_condition(f.bucket, today))
    conds += _view_conditions(f.view, today)
    search = _search_condition(f.search.strip(), s) if f.search.strip() else None
    if search is not None:
        conds.append(search)
    return conds


def _bucket_condition(name: str, today: dt.date) -> ColumnElement[bool]:
    if name == "M0":
        return or_(Case.oldest_unpaid_due.is_(None), Case.oldest_unpaid_due >= today)
    earliest, latest = overdue.oldest_due_range(name, today)
    cond = Case.oldest_unpaid_due <= latest if latest else Case.oldest_unpaid_due.is_not(None)
    return cond & (Case.oldest_unpaid_due >= earliest) if earliest else cond


def _view_conditions(view: str, today: dt.date) -> list[ColumnElement[bool]]:
    if view == "today":
        return [Case.next_action_date <= today]
    if view == "promises_today":
        due = select(PromiseToPay.case_id).where(PromiseToPay.due_date == today,
                                                 PromiseToPay.status == "open")
        return [Case.id.in_(due)]
    if view == "broken":
        return [Case.broken_promises > 0]
    if view == "new_week":
        return [Case.opened_on >= today - dt.timedelta(days=7)]
    if view == "deadlines_90":
        return [Case.nearest_deadline <= today + dt.timedelta(days=90)]
    if view not in ("all", ""):
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    return []


MANY_HITS = 5000
"""Above this many search hits, the first page is read off the sort index, probing each
case against the hits; below it, the hits are looked up one by one and sorted. (A common
two-character term such as 上海 can match a tenth of a million cases.)"""


def _search_condition(query: str, s: Session) -> ColumnElement[bool] | None:
    expr = match_expression(query)
    if expr is None:
        return None  # too short to search: one character, or two without Chinese
    hits = text("SELECT rowid FROM case_search WHERE case_search MATCH :q").bindparams(q=expr)
    many = _hit_count(s, expr)
    # "id + 0" keeps SQLite from driving the query by the hits' rowids
    probe = (Case.id + 0) if many > MANY_HITS else Case.id
    return probe.in_(hits.columns(column("rowid", Integer)))


_HIT_COUNTS: dict[str, int] = {}
_HIT_COUNTS_KEPT = 256


def _hit_count(s: Session, expr: str) -> int:
    """How many cases the search expression matches, remembered per expression and size of
    the search index (its last rowid, so an import or a demo counts again): it only chooses
    the query plan (above or below MANY_HITS), and the first page and the count of one
    keystroke need it only once."""
    last = s.scalar(text("SELECT max(rowid) FROM case_search")) or 0
    key = f"{last}:{expr}"
    known = _HIT_COUNTS.get(key)
    if known is None:
        known = int(s.scalar(text("SELECT count(*) FROM case_search WHERE case_search MATCH :q"),
                             {"q": expr}) or 0)
        if len(_HIT_COUNTS) >= _HIT_COUNTS_KEPT:
            _HIT_COUNTS.clear()
        _HIT_COUNTS[key] = known
    return known


def _ordered(stmt: Select[Any], sort: str, descending: bool) -> Select[Any]:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
    col = SORTS[sort]
    desc = descending != (sort in INVERTED)
    primary = col.desc().nulls_last() if desc else col.asc().nulls_last()
    return stmt.order_by(primary, Case.id.desc() if desc else Case.id)


class CountCancelled(Exception):
    """A count was stopped by its ``cancelled`` callback before it finished."""


def count(ctx: AppContext, f: WorklistFilter, *, at_most: int | None = None,
          cancelled: Callable[[], bool] | None = None) -> int:
    """How many cases match ``f``; with ``at_most``, counting stops there (a cheap "at
    least" answer: a result equal to ``at_most`` means that many or more). A long count
    checks ``cancelled`` every few thousand SQLite steps and raises CountCancelled."""
    with ctx.read() as s:
        stmt = select(Case.id).where(*_conditions(f, ctx.clock(), s))
        if at_most is not None:
            stmt = stmt.limit(at_most)
        query = select(func.count()).select_from(stmt.subquery())
        if at_most is not None:
            return int(s.scalar(query) or 0)
        raw: Any = s.connection().connection.driver_connection
        # a full count may visit a large part of the file: a small page cache for it, so
        # the counts running in the background do not each hold a full-size one
        with bulk.cache_size(raw, COUNT_CACHE_MB):
            if cancelled is None:
                return int(s.scalar(query) or 0)
            raw.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_STEPS)
            try:
                return int(s.scalar(query) or 0)
            except OperationalError as exc:
                if cancelled():
                    raise CountCancelled("count cancelled") from exc
                raise
            finally:
                raw.set_progress_handler(None, 0)


def any_case(ctx: AppContext, f: WorklistFilter) -> bool:
    """Whether the filter matches at least one case (cheaper than counting)."""
    with ctx.read() as s:
        return s.scalar(select(Case.id).where(*_conditions(f, ctx.clock(), s))
                        .limit(1)) is not None


def page_ids(ctx: AppContext, f: WorklistFilter, sort: str = "priority",
             descending: bool = True, offset: int = 0, limit: int = 100) -> list[int]:
    with ctx.read() as s:
        stmt = _ordered(select(Case.id).where(*_conditions(f, ctx.clock(), s)), sort, descending)
        return list(s.scalars(stmt.offset(offset).limit(limit)))


def rows(ctx: AppContext, ids: list[int]) -> list[CaseRow]:
    """Rows for ``ids`` in the same order."""
    today = ctx.clock()
    with ctx.read() as s:
        found = {c.id: _row(c, today) for c in s.scalars(select(Case).where(Case.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def query(ctx: AppContext, f: WorklistFilter, sort: str = "priority", descending: bool = True,
          offset: int = 0, limit: int = 100) -> tuple[list[CaseRow], int]:
    return rows(ctx, page_ids(ctx, f, sort, descending, offset, limit)), count(ctx, f)


def view_counts(ctx: AppContext) -> dict[str, int]:
    counts = {view: count(ctx, WorklistFilter(view=view)) for view in VIEWS}
    for name in overdue.BUCKETS:
        counts[f"bucket:{name}"] = count(ctx, WorklistFilter(bucket=name))
    for stage in STAGES:
        counts[f"stage:{stage}"] = count(ctx, WorklistFilter(stage=stage))
    return counts


def _row(c: Case, today: dt.date) -> CaseRow:
    dpd = (today - c.oldest_unpaid_due).days if c.oldest_unpaid_due and c.oldest_unpaid_due < today else 0
    return CaseRow(
        id=c.id, priority=c.fig_priority, borrower_name=c.borrower_name,
        borrower_kind=c.borrower_kind, main_contract_no=c.main_contract_no, dpd=dpd,
        bucket=overdue.bucket(dpd), five_tier=overdue.five_tier(dpd),
        overdue_amount=c.fig_overdue_amount, outstanding=c.fig_outstanding, currency=c.currency,
        last_contact_at=c.last_contact_at, next_action=c.next_action,
        next_action_date=c.next_action_date, promise_status=c.promise_status, stage=c.stage,
        status=c.status, nearest_deadline=c.nearest_deadline,
        nearest_deadline_kind=c.nearest_deadline_kind,
    )
