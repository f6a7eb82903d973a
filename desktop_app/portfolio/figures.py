"""Load cases' loans in bulk, compute their figures, and cache them on the case rows."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select

from desktop_app.domain.overdue import InstalmentState
from desktop_app.portfolio.case_math import (
    EVIDENCED,
    LoanData,
    LoanFigures,
    PaymentIn,
    case_figures,
    replay_loan,
    terms_of,
)
from local_db.models import (
    Activity,
    Case,
    Document,
    Payment,
    PromiseToPay,
)

CHUNK = 900


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


CONTACT_KINDS = ("call", "visit")
NOT_CONTACTED = ("no_answer", "busy", "wrong_number")
"""Call outcomes that reached nobody do not count as the last contact."""


def load_loans(conn: Connection, case_ids: Sequence[int]) -> dict[int, list[LoanData]]:
    """case id -> its loans with instalments, payments and guarantee period ends.

    Plain SQL through the driver: the columns are decoded here (ISO dates, JSON text, 0/1)
    as the models' types would, without per-value type processing.
    """
    loans: dict[int, LoanData] = {}
    by_case: dict[int, list[LoanData]] = defaultdict(list)
    day = dt.date.fromisoformat
    for lid, cid, contract, principal, rate, markup, compound, day_count, drawdown, order in _rows(
        conn,
        "SELECT id, case_id, contract_no, principal, annual_rate, "
        "penalty_markup, compound_enabled, day_count, drawdown_date, "
        "allocation_order FROM loans WHERE case_id IN ({})",
        case_ids,
    ):
        data = LoanData(
            id=lid,
            contract_no=contract,
            terms=terms_of(
                principal,
                rate,
                markup,
                bool(compound),
                day_count,
                day(drawdown) if drawdown is not None else None,
            ),
            order=tuple(order.split(",")),
        )
        loans[lid] = data
        by_case[cid].append(data)
    ids = list(loans)
    for lid, seq, due, p_due, i_due, p_paid, i_paid in _rows(
        conn,
        "SELECT loan_id, seq, due_date, principal_due, interest_due, principal_paid, "
        "interest_paid FROM instalments WHERE loan_id IN ({})",
        ids,
    ):
        loans[lid].instalments.append(InstalmentState(seq, day(due), p_due, i_due, p_paid, i_paid))
    for pid, lid, received, amount, parts in _rows(
        conn,
        "SELECT id, loan_id, received_on, amount, allocation FROM payments WHERE loan_id IN ({})",
        ids,
    ):
        loans[lid].payments.append(
            PaymentIn(pid, day(received), amount, dict(json.loads(parts) or {}) if parts else {})
        )
    for lid, end, contract in _rows(
        conn,
        "SELECT loan_id, period_end, contract_no FROM guarantees "
        "WHERE loan_id IN ({}) AND period_end IS NOT NULL",
        ids,
    ):
        if end is not None:
            loans[lid].guarantee_ends.append((contract or loans[lid].contract_no, day(end)))
    return by_case


def _rows(conn: Connection, sql: str, ids: Sequence[int]) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql`` whose ``IN ({})`` is filled with ``ids``, in chunks of ``CHUNK``."""
    for start in range(0, len(ids), CHUNK):
        chunk = tuple(ids[start : start + CHUNK])
        yield from conn.exec_driver_sql(sql.format(", ".join("?" * len(chunk))), chunk)


def _interruptions(conn: Connection, case_ids: Sequence[int]) -> dict[int, list[dt.date]]:
    """Evidenced deliveries of demands interrupt limitation (民法典 Art. 195)."""
    out: dict[int, list[dt.date]] = defaultdict(list)
    rows = conn.execute(
        select(Document.case_id, Document.delivered_on).where(
            Document.case_id.in_(case_ids),
            Document.delivered_on.is_not(None),
            Document.evidence_kind.in_(EVIDENCED),
        )
    )
    for case_id, delivered in rows:
        if delivered is not None:
            out[case_id].append(delivered)
    return out


def _case_facts(conn: Connection, case_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    facts: dict[int, dict[str, Any]] = {
        r[0]: {"next_action": r[1], "broken": 0, "last_contact": None, "promise": ""}
        for r in conn.execute(select(Case.id, Case.next_action_date).where(Case.id.in_(case_ids)))
    }
    for cid, n in conn.execute(
        select(PromiseToPay.case_id, func.count())
        .where(PromiseToPay.case_id.in_(case_ids), PromiseToPay.status == "broken")
        .group_by(PromiseToPay.case_id)
    ):
        facts[cid]["broken"] = n
    latest = (
        select(
            PromiseToPay.case_id,
            PromiseToPay.status,
            func.row_number()
            .over(
                partition_by=PromiseToPay.case_id,
                order_by=(PromiseToPay.due_date.desc(), PromiseToPay.id.desc()),
            )
            .label("rn"),
        )
        .where(PromiseToPay.case_id.in_(case_ids))
        .subquery()
    )
    for cid, status in conn.execute(
        select(latest.c.case_id, latest.c.status).where(latest.c.rn == 1)
    ):
        facts[cid]["promise"] = status
    for cid, at in conn.execute(
        select(Activity.case_id, func.max(Activity.occurred_at))
        .where(
            Activity.case_id.in_(case_ids),
            Activity.kind.in_(CONTACT_KINDS),
            Activity.outcome.not_in(NOT_CONTACTED),
        )
        .group_by(Activity.case_id)
    ):
        facts[cid]["last_contact"] = at  # max() keeps the UTC column type: aware datetime
    return facts


def compute(
    conn: Connection, case_ids: Sequence[int], today: dt.date
) -> tuple[dict[int, list[LoanData]], dict[int, list[LoanFigures]], dict[int, dict[str, int]]]:
    """Per case its loans and each loan's figures; plus payment allocations newly computed."""
    by_case = load_loans(conn, case_ids)
    interruptions = _interruptions(conn, case_ids)
    result: dict[int, list[LoanFigures]] = {}
    fresh: dict[int, dict[str, int]] = {}
    for cid in case_ids:
        figs = []
        for loan in by_case.get(cid, []):
            _, new, loan_figs = replay_loan(loan, interruptions.get(cid, []), today)
            fresh.update(new)
            figs.append(loan_figs)
        result[cid] = figs
    return by_case, result, fresh


def refresh(conn: Connection, case_ids: Iterable[int], today: dt.date) -> None:
    """Recompute and cache the worklist figures of ``case_ids`` as of ``today``."""
    ids = list(case_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        loans, per_case, fresh = compute(conn, chunk, today)
        facts = _case_facts(conn, chunk)
        if fresh:
            table = _table(Payment)
            conn.execute(
                table.update()
                .where(table.c.id == bindparam("pid"))
                .values(allocation=bindparam("parts")),
                [{"pid": k, "parts": v} for k, v in fresh.items()],
            )
        rows = [
            case_values(loans.get(cid, []), per_case[cid], today, facts[cid]) | {"cid": cid}
            for cid in chunk
        ]
        _store(conn, rows)


def case_values(
    loans: list[LoanData], figs: list[LoanFigures], today: dt.date, facts: dict[str, Any]
) -> dict[str, Any]:
    """The cached figure columns of one case: its loans, their figures and the case facts
    (``next_action`` date, ``broken`` promises, ``last_contact`` time, latest ``promise``)."""
    cf = case_figures(figs, today, facts["broken"], facts["last_contact"], facts["next_action"])
    return {
        "oldest_unpaid_due": cf.oldest_unpaid,
        "fig_overdue_amount": cf.overdue_amount,
        "fig_outstanding": cf.outstanding,
        "fig_priority": cf.priority,
        "nearest_deadline": cf.nearest_deadline.due if cf.nearest_deadline else None,
        "nearest_deadline_kind": cf.nearest_deadline.kind if cf.nearest_deadline else "",
        "figures_as_of": today,
        "promise_status": facts["promise"],
        "broken_promises": facts["broken"],
        "last_contact_at": facts["last_contact"],
        "main_contract_no": _main_contract(loans),
    }


def _main_contract(loans: list[LoanData]) -> str:
    """The largest loan's contract number stands for the case in the worklist."""
    main = max(loans, key=lambda loan: (loan.terms.principal, loan.contract_no), default=None)
    return main.contract_no if main else ""


def _store(conn: Connection, rows: list[dict[str, Any]]) -> None:
    table = _table(Case)
    cols = [k for k in rows[0] if k != "cid"] if rows else []
    # cached figures are not an edit of the case: keep updated_at as it was
    values: dict[str, Any] = {c: bindparam(c) for c in cols}
    values["updated_at"] = table.c.updated_at
    stmt = table.update().where(table.c.id == bindparam("cid")).values(values)
    if rows:
        conn.execute(stmt, rows)
