"""Store a Portfolio in one transaction: upsert by party identity and contract number.

Rows whose values are unchanged are left alone (the upserts carry a ``WHERE`` that compares
every column), so importing the same file twice changes nothing. Bulk rows bypass the ORM,
so the writer records one audit event for the whole batch. Figures and the search index of
every touched case are refreshed in the same transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, or_, select
from sqlalchemy.dialects.sqlite import insert

from desktop_app.context import AppContext
from desktop_app.portfolio import figures, search_index
from desktop_app.portfolio.records import Portfolio, party_key
from desktop_app.services import promises
from local_db import audit_chain
from local_db.models import (
    Activity,
    Case,
    CaseParty,
    Collateral,
    ContactPoint,
    Guarantee,
    Instalment,
    Loan,
    Officer,
    Party,
    Payment,
    PromiseToPay,
)
from local_db.types import new_uuid, utcnow

Progress = Callable[[int, int], None]
CHUNK = 5000


class Cancelled(Exception):
    """The officer cancelled; the transaction was rolled back and nothing was written."""


@dataclass
class WriteReport:
    changed: dict[str, int] = field(default_factory=dict)
    case_ids: list[int] = field(default_factory=list)

    @property
    def total_changed(self) -> int:
        return sum(self.changed.values())


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _upsert(conn: Connection, model: Any, rows: list[dict[str, Any]], keys: Sequence[str],
            update: Sequence[str] | None) -> int:
    """Insert rows; on a key conflict update ``update`` columns only where a value differs."""
    if not rows:
        return 0
    table = _table(model)
    raw = conn.connection.driver_connection
    before = raw.total_changes  # type: ignore[union-attr]
    for start in range(0, len(rows), CHUNK):
        stmt: Any = insert(table)
        if update:
            differs = or_(*[table.c[c].is_distinct_from(stmt.excluded[c]) for c in update])
            set_ = {c: stmt.excluded[c] for c in update}
            if "updated_at" in table.c:
                set_["updated_at"] = stmt.excluded["updated_at"]
            if "version" in table.c:
                set_["version"] = table.c.version + 1
            stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=set_, where=differs)
        else:
            stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
        conn.execute(stmt, rows[start:start + CHUNK])
    return int(raw.total_changes - before)  # type: ignore[union-attr]


def _ids(conn: Connection, model: Any, key_cols: Sequence[str],
         wanted: Iterable[tuple[Any, ...]]) -> dict[tuple[Any, ...], int]:
    """Map natural keys to row ids, chunked by the first key column."""
    table = _table(model)
    wanted = set(wanted)
    firsts = sorted({w[0] for w in wanted})
    found: dict[tuple[Any, ...], int] = {}
    cols = [table.c[c] for c in key_cols]
    for start in range(0, len(firsts), 900):
        chunk = firsts[start:start + 900]
        for row in conn.execute(select(table.c.id, *cols).where(cols[0].in_(chunk))):
            key = tuple(row[1:])
            if key in wanted:
                found[key] = row[0]
    return found


def _fields(rec: Any, drop: Iterable[str] = ()) -> dict[str, Any]:
    out = {f.name: getattr(rec, f.name) for f in dataclasses.fields(rec) if f.name not in drop}
    return {k: (str(v) if k in ("annual_rate", "penalty_markup") else v) for k, v in out.items()}


def _stamp(row: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    row.update(uuid=new_uuid(), created_at=now, updated_at=now)
    return row


def write_portfolio(ctx: AppContext, portfolio: Portfolio, *, source: str,
                    progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> WriteReport:
    """Write everything or nothing; returns what changed and the touched case ids."""
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
        party_ids = _write_parties(conn, portfolio, now, report)
        step(1)
        case_ids = _write_cases(conn, portfolio, party_ids, today, now, report)
        step(2)
        _write_roles(conn, portfolio, party_ids, case_ids, report)
        step(3)
        loan_ids = _write_loans(conn, portfolio, party_ids, case_ids, now, report)
        step(4)
        _write_loan_children(conn, portfolio, party_ids, loan_ids, now, report)
        step(5)
        _write_history(conn, portfolio, party_ids, case_ids, now, report)
        step(6)
        touched = sorted(set(case_ids.values()))
        figures.refresh(conn, touched, today)
        step(7)
        search_index.reindex(conn, touched)
        promises.evaluate(session, touched, today)  # payments may keep or break promises
        step(8)
        audit_chain.append(
            session, actor=ctx.actor, action="import", entity="portfolio", entity_id=source,
            changes={"changed": report.changed, "cases": len(touched)},
            reason=f"bulk write from {source}",
        )
        report.case_ids = touched
        step(9)
    return report


def _write_parties(conn: Connection, p: Portfolio, now: dt.datetime,
                   report: WriteReport) -> dict[str, int]:
    update = ["kind", "name", "service_address", "province", "city", "district", "timezone",
              "language", "legal_rep_name"]
    rows = [_stamp(_fields(r, drop=("contacts",)) | {"version": 1}, now) for r in p.parties]
    rows = [r | {"id_number": r["id_number"].strip().upper()} for r in rows]
    report.changed["parties"] = _upsert(conn, Party, rows, ("id_type", "id_number"), update)
    found = _ids(conn, Party, ("id_number", "id_type"),
                 {(r["id_number"], r["id_type"]) for r in rows})
    ids = {party_key(t, n): i for (n, t), i in found.items()}
    contacts = [
        _stamp({"party_id": ids[r.key], "kind": c.kind, "value": c.value, "source": c.source,
                "label": c.label, "version": 1}, now)
        for r in p.parties for c in r.contacts
    ]
    report.changed["contacts"] = _upsert(conn, ContactPoint, contacts,
                                         ("party_id", "kind", "value"), ["source", "label"])
    return ids


def _officer_ids(conn: Connection) -> dict[str, int]:
    return {row[0]: row[1] for row in conn.execute(select(Officer.employee_no, Officer.id))}


def _write_cases(conn: Connection, p: Portfolio, party_ids: dict[str, int], today: dt.date,
                 now: dt.datetime, report: WriteReport) -> dict[str, int]:
    by_party = {r.key: r for r in p.parties}
    extra = {c.borrower_key: c for c in p.cases}
    officers = _officer_ids(conn)
    default_officer = next(iter(officers.values()), None)
    borrowers = sorted({loan.borrower_key for loan in p.loans} | set(extra))
    rows = []
    for key in borrowers:
        party = by_party.get(key)
        c = extra.get(key)
        rows.append(_stamp({
            "borrower_party_id": party_ids[key],
            "borrower_name": party.name if party else "",
            "borrower_kind": party.kind if party else "entity",
            "opened_on": (c.opened_on if c and c.opened_on else today),
            "stage": c.stage if c else "early",
            "next_action": c.next_action if c else "",
            "next_action_date": c.next_action_date if c else None,
            "officer_id": officers.get(c.officer_employee_no, default_officer) if c else default_officer,
            "version": 1,
        }, now))
    report.changed["cases"] = _upsert(conn, Case, rows, ("borrower_party_id",), None)
    found = _ids(conn, Case, ("borrower_party_id",), {(party_ids[k],) for k in borrowers})
    return {k: found[(party_ids[k],)] for k in borrowers}


def _write_roles(conn: Connection, p: Portfolio, party_ids: dict[str, int],
                 case_ids: dict[str, int], report: WriteReport) -> None:
    rows = [{"case_id": cid, "party_id": party_ids[k], "role": "borrower", "relation": ""}
            for k, cid in case_ids.items()]
    rows += [{"case_id": case_ids[r.borrower_key], "party_id": party_ids[r.party_key],
              "role": r.role, "relation": r.relation} for r in p.roles]
    borrower_of = {loan.contract_no: loan.borrower_key for loan in p.loans}
    for g in p.guarantees:
        rows.append({"case_id": case_ids[borrower_of[g.contract_no]],
                     "party_id": party_ids[g.guarantor_key], "role": "guarantor", "relation": ""})
    unique = list({(r["case_id"], r["party_id"], r["role"]): r for r in rows}.values())
    report.changed["roles"] = _upsert(conn, CaseParty, unique, ("case_id", "party_id", "role"),
                                      None)


def _write_loans(conn: Connection, p: Portfolio, party_ids: dict[str, int],
                 case_ids: dict[str, int], now: dt.datetime,
                 report: WriteReport) -> dict[str, int]:
    update = ["case_id", "contract_name", "contract_date", "currency", "principal",
              "annual_rate", "penalty_markup", "compound_enabled", "day_count",
              "drawdown_date", "maturity_date", "repayment_method"]
    rows = [_stamp(_fields(r, drop=("borrower_key",)) | {"case_id": case_ids[r.borrower_key]},
                   now) for r in p.loans]
    report.changed["loans"] = _upsert(conn, Loan, rows, ("contract_no",), update)
    found = _ids(conn, Loan, ("contract_no",), {(r.contract_no,) for r in p.loans})
    return {k[0]: v for k, v in found.items()}


def _write_loan_children(conn: Connection, p: Portfolio, party_ids: dict[str, int],
                         loan_ids: dict[str, int], now: dt.datetime,
                         report: WriteReport) -> None:
    inst = [_fields(r, drop=("contract_no",)) | {"loan_id": loan_ids[r.contract_no]}
            for r in p.instalments]
    report.changed["instalments"] = _upsert(
        conn, Instalment, inst, ("loan_id", "seq"),
        ["due_date", "principal_due", "interest_due", "principal_paid", "interest_paid"])
    pays = [_stamp(_fields(r, drop=("contract_no",)) | {"loan_id": loan_ids[r.contract_no],
                                                         "allocation": {}}, now)
            for r in p.payments]
    report.changed["payments"] = _upsert(conn, Payment, pays, ("loan_id", "reference"),
                                         ["received_on", "amount"])
    guar = [_stamp({"loan_id": loan_ids[g.contract_no], "guarantor_party_id":
                    party_ids[g.guarantor_key], "kind": g.kind,
                    "contract_no": g.guarantee_contract_no, "contract_date": g.contract_date,
                    "period_end": g.period_end, "max_amount": g.max_amount}, now)
            for g in p.guarantees]
    report.changed["guarantees"] = _upsert(
        conn, Guarantee, guar, ("loan_id", "guarantor_party_id"),
        ["kind", "contract_no", "contract_date", "period_end", "max_amount"])
    coll = [_stamp({"loan_id": loan_ids[c.contract_no], "kind": c.kind,
                    "description": c.description, "registration_no": c.registration_no,
                    "value": c.value, "currency": "CNY",
                    "owner_party_id": party_ids[c.owner_key] if c.owner_key else None}, now)
            for c in p.collateral]
    report.changed["collateral"] = _upsert(
        conn, Collateral, coll, ("loan_id", "kind", "registration_no"),
        ["description", "value", "owner_party_id"])


def _write_history(conn: Connection, p: Portfolio, party_ids: dict[str, int],
                   case_ids: dict[str, int], now: dt.datetime, report: WriteReport) -> None:
    """Promises and activities come only from the demo generator; they are appended."""
    promises = [_stamp({"case_id": case_ids[r.borrower_key], "amount": r.amount,
                        "promised_on": r.promised_on, "due_date": r.due_date,
                        "status": r.status, "paid_amount": r.paid_amount, "currency": "CNY",
                        "party_id": party_ids.get(r.party_key or r.borrower_key)}, now)
                for r in p.promises]
    acts = [_stamp({"case_id": case_ids[r.borrower_key], "kind": r.kind,
                    "occurred_at": r.occurred_at, "outcome": r.outcome, "notes": r.notes,
                    "party_id": party_ids.get(r.party_key or r.borrower_key),
                    "path": [], "answers": {}, "verdict": {}}, now)
            for r in p.activities]
    if promises:
        conn.execute(insert(_table(PromiseToPay)), promises)
    if acts:
        conn.execute(insert(_table(Activity)), acts)
    report.changed["promises"] = len(promises)
    report.changed["activities"] = len(acts)
