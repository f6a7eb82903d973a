"""Build the demo portfolio into an open store: the lender profile first, then the cases."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.demo import generate, profile
from desktop_app.portfolio.writer import Cancelled, write_portfolio
from local_db.models import Case, DesignatedAccount, Institution, Officer

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


def build_demo(
    ctx: AppContext,
    cases: int,
    seed: int,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Generate ``cases`` demo cases (deterministic for ``seed``) and write them block by block.

    Each block of ``generate.BLOCK`` cases is one transaction; cancelling stops before the
    next block (blocks already written stay). Returns counts and timings.
    """
    if cases < 0:
        raise ValueError("cases must be >= 0")
    started = time.perf_counter()
    lender = ensure_profile(ctx)
    today = ctx.clock()
    changed: dict[str, int] = {}
    draw_s = write_s = 0.0
    done = 0
    tick = time.perf_counter()
    for block in generate.blocks(cases, seed, today):
        if cancelled and cancelled():
            raise Cancelled(f"demo cancelled after {done} cases")
        draw_s += time.perf_counter() - tick
        tick = time.perf_counter()
        report = write_portfolio(ctx, block, source=f"demo seed {seed}", cancelled=cancelled)
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
            "generate": round(draw_s, 2),
            "write": round(write_s, 2),
            "total": round(time.perf_counter() - started, 2),
        },
    }
