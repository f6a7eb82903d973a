"""Store a Portfolio in one transaction: upsert by party identity and contract number.

Rows whose values are unchanged are left alone (the upserts carry a ``WHERE`` that compares
every column), so importing the same file twice changes nothing. Bulk rows bypass the ORM,
so the writer records one audit event for the whole batch. Figures and the search index of
every touched case are refreshed in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.context import AppContext
from desktop_app.portfolio import figures, search_index
from desktop_app.portfolio.records import Portfolio
from desktop_app.portfolio.write_steps import Writer
from desktop_app.services import promises
from local_db import audit_chain
from local_db.database import refresh_statistics
from local_db.types import utcnow

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The officer cancelled; the transaction was rolled back and nothing was written."""


@dataclass
class WriteReport:
    changed: dict[str, int] = field(default_factory=dict)
    case_ids: list[int] = field(default_factory=list)

    @property
    def total_changed(self) -> int:
        return sum(self.changed.values())


def write_portfolio(
    ctx: AppContext,
    portfolio: Portfolio,
    *,
    source: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    history_for_new_cases_only: bool = False,
    bulk: bool = True,
) -> WriteReport:
    """Write everything or nothing; returns what changed and the touched case ids.

    Rows whose key is not in the store yet (and appears once in the portfolio) are inserted
    in bulk with plain ``INSERT`` and ids assigned here; the others go through the upsert,
    which leaves unchanged rows alone. ``bulk=False`` sends every row through the upsert
    (the reference the bulk path is tested against). With ``history_for_new_cases_only``
    promises and activities are appended only to cases this write creates.
    """
    steps = 9
    report = WriteReport()

    def step(n: int) -> None:
        if cancelled and cancelled():
            raise Cancelled("import cancelled; nothing was written")
        if progress:
            progress(n, steps)

    with ctx.unit(reason=f"import {source}") as session:
        conn = session.connection()
        now = utcnow()
        today = ctx.clock()
        step(0)
        w = Writer(conn, portfolio, now, report, bulk)
        party_ids = w.parties()
        step(1)
        case_ids, new_cases = w.cases(party_ids, today)
        step(2)
        w.roles(party_ids, case_ids)
        step(3)
        loan_ids = w.loans(case_ids)
        step(4)
        w.loan_children(party_ids, loan_ids)
        step(5)
        w.history(party_ids, case_ids, new_cases if history_for_new_cases_only else None)
        step(6)
        touched = sorted(set(case_ids.values()))
        figures.refresh(conn, touched, today)
        step(7)
        search_index.reindex(conn, touched)
        promises.evaluate(session, touched, today)  # payments may keep or break promises
        refresh_statistics(conn)
        step(8)
        audit_chain.append(
            session,
            actor=ctx.actor,
            action="import",
            entity="portfolio",
            entity_id=source,
            changes={"changed": report.changed, "cases": len(touched)},
            reason=f"bulk write from {source}",
        )
        report.case_ids = touched
        step(9)
    return report
