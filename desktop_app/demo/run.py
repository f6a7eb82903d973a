"""Build the demo portfolio into an open store: the lender profile first, then the cases."""

from __future__ import annotations

import datetime as dt
import gc
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.demo import generate, profile
from desktop_app.portfolio import fresh, fresh_prepare
from desktop_app.portfolio.fresh_rows import Prepared
from desktop_app.portfolio.records import Portfolio
from desktop_app.portfolio.write_steps import officer_ids
from desktop_app.portfolio.writer import Cancelled, write_portfolio
from local_db import bulk
from local_db.models import Case, DesignatedAccount, Institution, Loan, Officer, Party
from local_db.types import utcnow

Progress = Callable[[int, int], None]


def ensure_profile(ctx: AppContext) -> dict[str, int]:
    """Record the demo institution (with two accounts) and officers unless present."""
    with ctx.unit(reason="demo lender profile") as s:
        institution = s.scalars(select(Institution).limit(1)).first()
        if institution is None:
            institution = Institution(**profile.INSTITUTION)
            institution.accounts = [DesignatedAccount(**a) for a in profile.ACCOUNTS]
            s.add(institution)
        known = set(s.scalars(select(Officer.employee_no)))
        has_local = s.scalar(select(func.count()).where(Officer.is_local_user)) or 0
        for data in profile.OFFICERS:
            if data["employee_no"] not in known:
                s.add(
                    Officer(**(data | {"is_local_user": data["is_local_user"] and not has_local}))
                )
        s.flush()
        return {"institution_id": institution.id, "officers": _count(s, Officer)}


def _count(s: Session, model: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(model)) or 0)


class DemoError(ValueError):
    """The demo cannot be built here (e.g. the store already has cases)."""


def build_demo(
    ctx: AppContext,
    cases: int,
    seed: int,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    add: bool = False,
    workers: int | None = None,
    exclusive: bool | None = None,
) -> dict[str, Any]:
    """Generate ``cases`` demo cases (deterministic for ``seed``) and write them block by block.

    Each block of ``generate.BLOCK`` cases is one transaction; cancelling stops before the
    next block (blocks already written stay). A store that already has cases is refused
    unless ``add``; then promises and activities go only to cases the demo creates, so the
    same seed twice adds nothing. With more than one block, ``workers`` processes (default:
    one less than the CPUs, at least one) draw the next blocks while this one writes.
    Returns counts and timings.

    Into a store without parties, cases or loans (the usual case) the demo goes by the fast
    path (:mod:`desktop_app.portfolio.fresh`, same rows as the writer's): the workers also
    prepare the rows, figures and search text, and the whole demo is one transaction, so a
    cancel or a failure leaves the store as it was.

    ``exclusive``: whether that load may take the store for itself, under a rollback
    journal instead of WAL (:func:`local_db.bulk.rollback_journal`: each page written once,
    not twice); nobody else can read the store until it ends. By default only a caller
    without ``progress`` and ``cancelled`` (the command line) does: an interactive one,
    such as the window, keeps reading the store while the demo builds.
    """
    if cases < 0:
        raise ValueError("cases must be >= 0")
    started = time.perf_counter()
    with ctx.read() as s:
        present = _count(s, Case)
        empty = not present and not _count(s, Party) and not _count(s, Loan)
    if present and not add:
        raise DemoError(
            f"the database already has {present} cases; a demo goes into an empty one "
            "(choose another --data-dir), or pass --add to add the demo cases to them"
        )
    lender = ensure_profile(ctx)
    if empty:
        if exclusive is None:
            exclusive = progress is None and cancelled is None
        return _build_fresh(
            ctx, cases, seed, progress, cancelled, workers, lender, started, exclusive
        )
    today = ctx.clock()
    changed: dict[str, int] = {}
    draw_s = write_s = 0.0
    done = 0
    tick = time.perf_counter()
    for block in _blocks(cases, seed, today, workers, cancelled):
        if cancelled and cancelled():
            raise Cancelled(f"demo cancelled after {done} cases")
        draw_s += time.perf_counter() - tick
        tick = time.perf_counter()
        report = write_portfolio(
            ctx,
            block,
            source=f"demo seed {seed}",
            cancelled=cancelled,
            history_for_new_cases_only=True,
        )
        write_s += time.perf_counter() - tick
        for key, n in report.changed.items():
            changed[key] = changed.get(key, 0) + n
        done += len(block.cases)
        if progress:
            progress(done, cases)
        tick = time.perf_counter()
    with ctx.read() as s:
        total = _count(s, Case)
    return {
        "cases": done,
        "seed": seed,
        "as_of": today.isoformat(),
        "cases_in_database": total,
        "changed": changed,
        **lender,
        "seconds": {
            "generate": round(draw_s, 2),  # waiting for blocks (drawn in parallel if workers)
            "write": round(write_s, 2),
            "total": round(time.perf_counter() - started, 2),
        },
    }


def _blocks(
    cases: int,
    seed: int,
    today: dt.date,
    workers: int | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[Portfolio]:
    """The demo's blocks in order; drawn ahead by worker processes when there are several."""
    size = generate.BLOCK
    starts = list(range(0, cases, size))
    n = max(1, (os.cpu_count() or 2) - 1) if workers is None else workers
    if len(starts) < 2 or n < 1:
        yield from generate.blocks(cases, seed, today)
        return
    pool = ProcessPoolExecutor(max_workers=n)
    try:
        ahead = n + 1  # blocks drawn ahead of the writer: bounded memory
        pending: list[Future[Portfolio] | None] = [
            pool.submit(generate.block, cases, seed, today, s, size) for s in starts[:ahead]
        ]
        for k in range(len(starts)):
            if cancelled and cancelled():
                return
            future = pending[k]
            assert future is not None
            block = future.result()
            pending[k] = None  # drop the finished future's reference to the block
            if k + ahead < len(starts):
                pending.append(
                    pool.submit(generate.block, cases, seed, today, starts[k + ahead], size)
                )
            yield block
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def prepare_block(
    cases: int,
    seed: int,
    today: dt.date,
    start: int,
    size: int,
    now: dt.datetime,
    officers: dict[str, int],
) -> Prepared:
    """Draw one block and prepare its rows for :class:`fresh.FreshLoad` (worker side)."""
    enabled = gc.isenabled()
    gc.disable()  # millions of young objects, no cycles: collections only cost time
    try:
        block, known = generate.block_and_figures(cases, seed, today, start, size)
        shared = frozenset(f.key for f in generate.shared_parties(seed))
        return fresh_prepare.prepare(block, today, now, officers, shared, known)
    finally:
        if enabled:
            gc.enable()


def _build_fresh(
    ctx: AppContext,
    cases: int,
    seed: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    workers: int | None,
    lender: dict[str, int],
    started: float,
    exclusive: bool,
) -> dict[str, Any]:
    today, now = ctx.clock(), utcnow()
    source = f"demo seed {seed}"
    draw_s = write_s = 0.0
    done = 0
    enabled = gc.isenabled()
    gc.disable()
    # the load writes a new store's pages once, in place, under a rollback journal
    # (local_db.bulk.rollback_journal): possible only as the store's one connection, so the
    # idle pooled ones are closed first; with others open it stays in WAL
    if exclusive:
        ctx.db.engine.dispose()
    switched = False
    try:
        with ctx.unit(reason=f"import {source}") as session:
            officers = officer_ids(session.connection())
            if exclusive:
                raw = session.connection().connection.driver_connection
                switched = bulk.rollback_journal(raw)
            jobs = _jobs(cases, seed, today, now, officers, workers, cancelled)
            with fresh.FreshLoad(session, today=today, source=source, actor=ctx.actor) as load:
                tick = time.perf_counter()
                for block in jobs:
                    if cancelled and cancelled():
                        raise Cancelled("demo cancelled; nothing was written")
                    draw_s += time.perf_counter() - tick
                    tick = time.perf_counter()
                    load.add(block)
                    done += block.cases
                    write_s += time.perf_counter() - tick
                    if progress:
                        progress(done, cases)
                    tick = time.perf_counter()
                if cancelled and cancelled():
                    raise Cancelled("demo cancelled; nothing was written")
                load.finish()
                write_s += time.perf_counter() - tick
            changed = load.changed
    finally:
        if enabled:
            gc.enable()
        if switched:
            with ctx.db.engine.connect() as conn:
                bulk.wal_again(conn.connection.driver_connection)
    with ctx.read() as s:
        total = _count(s, Case)
    return {
        "cases": done,
        "seed": seed,
        "as_of": today.isoformat(),
        "cases_in_database": total,
        "changed": changed,
        **lender,
        "seconds": {
            "generate": round(draw_s, 2),
            "write": round(write_s, 2),
            "total": round(time.perf_counter() - started, 2),
        },
    }


def _jobs(
    cases: int,
    seed: int,
    today: dt.date,
    now: dt.datetime,
    officers: dict[str, int],
    workers: int | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[Prepared]:
    """The prepared blocks in order; by worker processes when there are several blocks."""
    size = generate.BLOCK
    starts = list(range(0, cases, size))
    n = (os.cpu_count() or 2) if workers is None else workers
    if len(starts) < 2 or n < 1:
        for s in starts:
            yield prepare_block(cases, seed, today, s, size, now, officers)
        return
    pool = ProcessPoolExecutor(max_workers=n)
    try:
        ahead = n + 1  # blocks prepared ahead of the writer: bounded memory
        pending: list[Future[Prepared] | None] = [
            pool.submit(prepare_block, cases, seed, today, s, size, now, officers)
            for s in starts[:ahead]
        ]
        for k in range(len(starts)):
            if cancelled and cancelled():
                return
            future = pending[k]
            assert future is not None
            block = future.result()
            pending[k] = None
            if k + ahead < len(starts):
                s = starts[k + ahead]
                pending.append(
                    pool.submit(prepare_block, cases, seed, today, s, size, now, officers)
                )
            yield block
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
