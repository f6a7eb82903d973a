"""Store a Portfolio in one transaction: upsert by party identity and contract number.

Rows whose values are unchanged are left alone (the upserts carry a ``WHERE`` that compares
every column), so importing the same file twice changes nothing. Bulk rows bypass the ORM,
so the writer records one audit event for the whole batch. Figures and the search index of
every touched case are refreshed in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, Table, or_, select
from sqlalchemy.dialects.sqlite import insert

from desktop_app.context import AppContext
from desktop_app.portfolio import figures, search_index
from desktop_app.portfolio.records import Portfolio, party_key
from desktop_app.services import promises
from local_db import audit_chain
from local_db.database import refresh_statistics
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
from local_db.types import Money, UTCDateTime, new_uuid, utcnow

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


def _upsert(
    conn: Connection,
    model: Any,
    rows: list[dict[str, Any]],
    keys: Sequence[str],
    update: Sequence[str] | None,
) -> int:
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
        conn.execute(stmt, rows[start : start + CHUNK])
    return int(raw.total_changes - before)  # type: ignore[union-attr]


def _ids(
    conn: Connection, model: Any, key_cols: Sequence[str], wanted: Iterable[tuple[Any, ...]]
) -> dict[tuple[Any, ...], int]:
    """Map natural keys to row ids, chunked by the first key column."""
    table = _table(model)
    wanted = set(wanted)
    firsts = sorted({w[0] for w in wanted})
    found: dict[tuple[Any, ...], int] = {}
    cols = [table.c[c] for c in key_cols]
    for start in range(0, len(firsts), 900):
        chunk = firsts[start : start + 900]
        for row in conn.execute(select(table.c.id, *cols).where(cols[0].in_(chunk))):
            key = tuple(row[1:])
            if key in wanted:
                found[key] = row[0]
    return found


def _stamp(row: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    row.update(uuid=new_uuid(), created_at=now, updated_at=now)
    return row


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
        w = _Writer(conn, portfolio, now, report, bulk)
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


Key = tuple[Any, ...]


class _Writer:
    """The steps of one write; each splits its rows into new ones (bulk) and the rest."""

    def __init__(
        self, conn: Connection, p: Portfolio, now: dt.datetime, report: WriteReport, bulk: bool
    ) -> None:
        self.conn, self.p, self.now, self.report, self.bulk = conn, p, now, report, bulk
        self.old_parties: set[int] = set()
        self.old_cases: set[int] = set()
        self.old_loans: set[int] = set()

    def put(
        self,
        name: str,
        model: Any,
        given: tuple[str, ...],
        keys: tuple[str, ...],
        rows: list[tuple[Any, ...]],
        existing: dict[Key, int],
        update: Sequence[str] | None,
    ) -> tuple[dict[Key, int], set[Key]]:
        """Write ``rows`` (values of ``given``); returns key -> id and the keys created."""
        pos = [given.index(k) for k in keys]
        keyed = [(tuple(r[i] for i in pos), r) for r in rows]
        counts = Counter(k for k, _ in keyed)
        fast = [(k, r) for k, r in keyed if self.bulk and k not in existing and counts[k] == 1]
        slow = [
            (k, r) for k, r in keyed if not (self.bulk and k not in existing and counts[k] == 1)
        ]
        ids = dict(existing)
        created = {k for k, _ in fast}
        new_ids = _bulk(model, given).insert(self.conn, [r for _, r in fast], self.now)
        ids.update(zip((k for k, _ in fast), new_ids, strict=True))
        changed = len(fast)
        if slow:
            table = _table(model)
            dicts = []
            for _, r in slow:
                row = dict(zip(given, r, strict=True))
                if "uuid" in table.c:
                    _stamp(row, self.now)
                if "version" in table.c:
                    row["version"] = 1
                dicts.append(row)
            changed += _upsert(self.conn, model, dicts, keys, update)
            missing = {k for k, _ in slow if k not in ids}
            if missing:
                found = _ids(self.conn, model, keys, missing)
                ids.update(found)
                created |= set(found)
        self.report.changed[name] = changed
        return ids, created

    def parties(self) -> dict[str, int]:
        given = (
            "kind",
            "name",
            "id_type",
            "id_number",
            "service_address",
            "province",
            "city",
            "district",
            "timezone",
            "language",
            "legal_rep_name",
        )
        update = [g for g in given if g not in ("id_type", "id_number")]
        rows = [
            (
                r.kind,
                r.name,
                r.id_type,
                r.id_number.strip().upper(),
                r.service_address,
                r.province,
                r.city,
                r.district,
                r.timezone,
                r.language,
                r.legal_rep_name,
            )
            for r in self.p.parties
        ]
        keys = ("id_number", "id_type")
        existing = _ids(self.conn, Party, keys, {(r[3], r[2]) for r in rows})
        self.old_parties = set(existing.values())
        found, _ = self.put("parties", Party, given, keys, rows, existing, update)
        ids = {party_key(t, n): i for (n, t), i in found.items()}
        crows = [
            (ids[r.key], c.kind, c.value, c.source, c.label)
            for r in self.p.parties
            for c in r.contacts
        ]
        ckeys = ("party_id", "kind", "value")
        self.put(
            "contacts",
            ContactPoint,
            ("party_id", "kind", "value", "source", "label"),
            ckeys,
            crows,
            _children(self.conn, ContactPoint, ckeys, self.old_parties),
            ["source", "label"],
        )
        return ids

    def cases(self, party_ids: dict[str, int], today: dt.date) -> tuple[dict[str, int], set[int]]:
        p = self.p
        by_party = {r.key: r for r in p.parties}
        extra = {c.borrower_key: c for c in p.cases}
        officers = _officer_ids(self.conn)
        default_officer = next(iter(officers.values()), None)
        borrowers = sorted({loan.borrower_key for loan in p.loans} | set(extra))
        given = (
            "borrower_party_id",
            "borrower_name",
            "borrower_kind",
            "opened_on",
            "stage",
            "next_action",
            "next_action_date",
            "officer_id",
        )
        rows = []
        for key in borrowers:
            party = by_party.get(key)
            c = extra.get(key)
            rows.append(
                (
                    party_ids[key],
                    party.name if party else "",
                    party.kind if party else "entity",
                    c.opened_on if c and c.opened_on else today,
                    c.stage if c else "early",
                    c.next_action if c else "",
                    c.next_action_date if c else None,
                    officers.get(c.officer_employee_no, default_officer) if c else default_officer,
                )
            )
        keys = ("borrower_party_id",)
        existing = _children(self.conn, Case, keys, self.old_parties)
        self.old_cases = set(existing.values())
        found, created = self.put("cases", Case, given, keys, rows, existing, None)
        ids = {k: found[(party_ids[k],)] for k in borrowers}
        return ids, {found[k] for k in created}

    def roles(self, party_ids: dict[str, int], case_ids: dict[str, int]) -> None:
        p = self.p
        rows = [(cid, party_ids[k], "borrower", "") for k, cid in case_ids.items()]
        rows += [
            (case_ids[r.borrower_key], party_ids[r.party_key], r.role, r.relation) for r in p.roles
        ]
        borrower_of = {loan.contract_no: loan.borrower_key for loan in p.loans}
        rows += [
            (case_ids[borrower_of[g.contract_no]], party_ids[g.guarantor_key], "guarantor", "")
            for g in p.guarantees
        ]
        unique = list({r[:3]: r for r in rows}.values())
        keys = ("case_id", "party_id", "role")
        self.put(
            "roles",
            CaseParty,
            (*keys, "relation"),
            keys,
            unique,
            _children(self.conn, CaseParty, keys, self.old_cases),
            None,
        )

    def loans(self, case_ids: dict[str, int]) -> dict[str, int]:
        given = (
            "contract_no",
            "case_id",
            "contract_name",
            "contract_date",
            "currency",
            "principal",
            "annual_rate",
            "penalty_markup",
            "compound_enabled",
            "day_count",
            "drawdown_date",
            "maturity_date",
            "repayment_method",
        )
        rows = [
            (
                r.contract_no,
                case_ids[r.borrower_key],
                r.contract_name,
                r.contract_date,
                r.currency,
                r.principal,
                str(r.annual_rate),
                str(r.penalty_markup),
                r.compound_enabled,
                r.day_count,
                r.drawdown_date,
                r.maturity_date,
                r.repayment_method,
            )
            for r in self.p.loans
        ]
        keys = ("contract_no",)
        existing = _ids(self.conn, Loan, keys, {(r[0],) for r in rows})
        self.old_loans = set(existing.values())
        found, _ = self.put("loans", Loan, given, keys, rows, existing, given[1:])
        return {k[0]: v for k, v in found.items()}

    def loan_children(self, party_ids: dict[str, int], loan_ids: dict[str, int]) -> None:
        p, old, conn = self.p, self.old_loans, self.conn
        given: tuple[str, ...] = (
            "loan_id",
            "seq",
            "due_date",
            "principal_due",
            "interest_due",
            "principal_paid",
            "interest_paid",
        )
        keys: tuple[str, ...] = ("loan_id", "seq")
        rows: list[tuple[Any, ...]] = [
            (
                loan_ids[r.contract_no],
                r.seq,
                r.due_date,
                r.principal_due,
                r.interest_due,
                r.principal_paid,
                r.interest_paid,
            )
            for r in p.instalments
        ]
        self.put(
            "instalments",
            Instalment,
            given,
            keys,
            rows,
            _children(conn, Instalment, keys, old),
            given[2:],
        )
        given, keys = (
            ("loan_id", "reference", "received_on", "amount", "allocation"),
            ("loan_id", "reference"),
        )
        rows = [
            (loan_ids[r.contract_no], r.reference, r.received_on, r.amount, dict(r.allocation))
            for r in p.payments
        ]
        self.put(
            "payments",
            Payment,
            given,
            keys,
            rows,
            _children(conn, Payment, keys, old),
            ["received_on", "amount"],
        )
        given = (
            "loan_id",
            "guarantor_party_id",
            "kind",
            "contract_no",
            "contract_date",
            "period_end",
            "max_amount",
        )
        keys = ("loan_id", "guarantor_party_id")
        rows = [
            (
                loan_ids[g.contract_no],
                party_ids[g.guarantor_key],
                g.kind,
                g.guarantee_contract_no,
                g.contract_date,
                g.period_end,
                g.max_amount,
            )
            for g in p.guarantees
        ]
        self.put(
            "guarantees",
            Guarantee,
            given,
            keys,
            rows,
            _children(conn, Guarantee, keys, old),
            given[2:],
        )
        given = (
            "loan_id",
            "kind",
            "registration_no",
            "description",
            "value",
            "currency",
            "owner_party_id",
        )
        keys = ("loan_id", "kind", "registration_no")
        rows = [
            (
                loan_ids[c.contract_no],
                c.kind,
                c.registration_no,
                c.description,
                c.value,
                "CNY",
                party_ids[c.owner_key] if c.owner_key else None,
            )
            for c in p.collateral
        ]
        self.put(
            "collateral",
            Collateral,
            given,
            keys,
            rows,
            _children(conn, Collateral, keys, old),
            ["description", "value", "owner_party_id"],
        )

    def history(
        self, party_ids: dict[str, int], case_ids: dict[str, int], only: set[int] | None
    ) -> None:
        """Promises and activities come only from the demo generator; they are appended."""
        p = self.p

        def keep(key: str) -> bool:
            return only is None or case_ids[key] in only

        promises = [
            (
                case_ids[r.borrower_key],
                r.amount,
                r.promised_on,
                r.due_date,
                r.status,
                r.paid_amount,
                "CNY",
                party_ids.get(r.party_key or r.borrower_key),
            )
            for r in p.promises
            if keep(r.borrower_key)
        ]
        acts: list[tuple[Any, ...]] = [
            (
                case_ids[r.borrower_key],
                r.kind,
                r.occurred_at,
                r.outcome,
                r.notes,
                party_ids.get(r.party_key or r.borrower_key),
                [],
                {},
                {},
            )
            for r in p.activities
            if keep(r.borrower_key)
        ]
        _bulk(
            PromiseToPay,
            (
                "case_id",
                "amount",
                "promised_on",
                "due_date",
                "status",
                "paid_amount",
                "currency",
                "party_id",
            ),
        ).insert(self.conn, promises, self.now)
        _bulk(
            Activity,
            (
                "case_id",
                "kind",
                "occurred_at",
                "outcome",
                "notes",
                "party_id",
                "path",
                "answers",
                "verdict",
            ),
        ).insert(self.conn, acts, self.now)
        self.report.changed["promises"] = len(promises)
        self.report.changed["activities"] = len(acts)


def _officer_ids(conn: Connection) -> dict[str, int]:
    return {row[0]: row[1] for row in conn.execute(select(Officer.employee_no, Officer.id))}


def _children(
    conn: Connection, model: Any, keys: Sequence[str], parents: Iterable[int]
) -> dict[Key, int]:
    """Key -> id of the rows whose first key column (the parent's id) is in ``parents``."""
    table = _table(model)
    wanted = sorted(parents)
    found: dict[Key, int] = {}
    cols = [table.c[c] for c in keys]
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for row in conn.execute(select(table.c.id, *cols).where(cols[0].in_(chunk))):
            found[tuple(row[1:])] = row[0]
    return found


_BULKS: dict[tuple[Any, tuple[str, ...]], _Bulk] = {}


def _bulk(model: Any, given: tuple[str, ...]) -> _Bulk:
    spec = _BULKS.get((model, given))
    if spec is None:
        spec = _BULKS[model, given] = _Bulk(model, given)
    return spec


# ---- raw bulk path --------------------------------------------------------------------------


def _dt_text(value: dt.datetime) -> str:
    """A UTCDateTime as SQLAlchemy's SQLite dialect stores it (naive UTC, microseconds)."""
    v = value.astimezone(dt.UTC)
    return (
        f"{v.year:04d}-{v.month:02d}-{v.day:02d} "
        f"{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}"
    )


def _converter(column: Any) -> Callable[[Any], Any] | None:
    """How a Python value of ``column`` is bound, for the types the writer's tables use."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return lambda v: None if v is None else _dt_text(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, JSON):
        return lambda v: None if v is None else json.dumps(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(v)
    return None


def _check_money(rows: Sequence[tuple[Any, ...]], positions: Sequence[int]) -> None:
    """Floats (or bools) never reach a money column, as the Money type refuses them."""
    for i in positions:
        bad = next((v for r in rows if type(v := r[i]) is not int and v is not None), None)
        if bad is not None:
            raise TypeError(f"money must be int minor units, got {type(bad).__name__}")


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}
_last_ms = 0


def bulk_uuids(n: int) -> list[str]:
    """``n`` version-7 UUIDs, strictly increasing: 48-bit milliseconds, a 12-bit counter in
    ``rand_a`` (the milliseconds step on every 4,096), 62 random bits (RFC 9562, method 1).
    One ``os.urandom`` call instead of one ``secrets`` call and ``UUID`` object per row."""
    global _last_ms
    start = max(time.time_ns() // 1_000_000, _last_ms + 1)
    _last_ms = start + (n >> 12)
    rand = os.urandom(8 * n).hex()
    out: list[str] = []
    for block in range(0, n, 4096):
        ms = f"{start + (block >> 12):012x}"
        head = f"{ms[:8]}-{ms[8:]}-7"
        for k in range(block, min(n, block + 4096)):
            h = rand[16 * k : 16 * k + 16]
            out.append(f"{head}{k & 4095:03x}-{_VARIANT[h[0]]}{h[1:4]}-{h[4:]}")
    return out


@dataclass
class _Bulk:
    """Plain ``INSERT`` of new rows with ids assigned here: columns, converters, defaults."""

    model: Any
    given: tuple[str, ...]  # the caller's columns, in its tuples' order
    stamped: bool = False
    sql: str = ""
    convert: list[tuple[int, Callable[[Any], Any]]] = field(default_factory=list)
    money: tuple[int, ...] = ()
    defaults: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        table = _table(self.model)
        self.stamped = "uuid" in table.c
        stamp = ("uuid", "created_at", "updated_at") if self.stamped else ()
        skip = {"id", *self.given, *stamp}
        rest = [c for c in table.c if c.name not in skip]
        defaults = []
        for c in rest:
            d: Any = c.default
            value = None if d is None else (d.arg(None) if d.is_callable else d.arg)
            if value is None and not c.nullable:
                raise ValueError(f"{table.name}.{c.name} needs a value")
            conv = _converter(c)
            defaults.append(conv(value) if conv else value)
        self.defaults = tuple(defaults)
        self.convert = [
            (i, f)
            for i, name in enumerate(self.given)
            if (f := _converter(table.c[name])) is not None
        ]
        self.money = tuple(
            i for i, name in enumerate(self.given) if isinstance(table.c[name].type, Money)
        )
        cols = ["id", *self.given, *stamp, *(c.name for c in rest)]
        self.sql = (
            f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        )

    @property
    def columns(self) -> list[str]:
        """The columns of :attr:`sql` (and of the tuples :meth:`prepare` returns), in order."""
        stamp = ["uuid", "created_at", "updated_at"] if self.stamped else []
        rest = [c.name for c in _table(self.model).c if c.name not in {"id", *self.given, *stamp}]
        return ["id", *self.given, *stamp, *rest]

    def prepare(
        self, rows: Sequence[tuple[Any, ...]], now: dt.datetime, first: int
    ) -> list[tuple[Any, ...]]:
        """``rows`` (values of ``given``) as bound by :attr:`sql`, with ids from ``first``."""
        _check_money(rows, self.money)
        convert, tail = self.convert, self.defaults
        if self.stamped:
            stamp = _dt_text(now)
            uuids = bulk_uuids(len(rows))
        out = []
        for k, row in enumerate(rows):
            values = list(row)
            for i, f in convert:
                values[i] = f(values[i])
            if self.stamped:
                out.append((first + k, *values, uuids[k], stamp, stamp, *tail))
            else:
                out.append((first + k, *values, *tail))
        return out

    def insert(
        self, conn: Connection, rows: Sequence[tuple[Any, ...]], now: dt.datetime
    ) -> list[int]:
        """Insert ``rows`` (values of ``given``); returns their new ids, in order."""
        if not rows:
            return []
        table = _table(self.model)
        first = (
            int(conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table.name}").scalar_one())
            + 1
        )
        out = self.prepare(rows, now, first)
        raw = conn.connection.driver_connection
        for start in range(0, len(out), 50_000):
            raw.executemany(self.sql, out[start : start + 50_000])  # type: ignore[union-attr]
        return list(range(first, first + len(rows)))
