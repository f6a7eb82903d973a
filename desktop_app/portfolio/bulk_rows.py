"""Bulk row helpers of the portfolio writers: upserts, key -> id look-ups, and the raw
``INSERT`` path (ids assigned by the caller, values bound as SQLAlchemy's SQLite dialect
would bind them) shared by :mod:`writer` and :mod:`fresh`."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, Table, or_, select
from sqlalchemy.dialects.sqlite import insert

from local_db.types import Money, UTCDateTime

CHUNK = 5000
Key = tuple[Any, ...]


def table_of(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def upsert(
    conn: Connection,
    model: Any,
    rows: list[dict[str, Any]],
    keys: Sequence[str],
    update: Sequence[str] | None,
) -> int:
    """Insert rows; on a key conflict update ``update`` columns only where a value differs."""
    if not rows:
        return 0
    table = table_of(model)
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


def ids_of(
    conn: Connection, model: Any, key_cols: Sequence[str], wanted: Iterable[tuple[Any, ...]]
) -> dict[tuple[Any, ...], int]:
    """Map natural keys to row ids, chunked by the first key column."""
    table = table_of(model)
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


def child_ids(
    conn: Connection, model: Any, keys: Sequence[str], parents: Iterable[int]
) -> dict[Key, int]:
    """Key -> id of the rows whose first key column (the parent's id) is in ``parents``."""
    table = table_of(model)
    wanted = sorted(parents)
    found: dict[Key, int] = {}
    cols = [table.c[c] for c in keys]
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for row in conn.execute(select(table.c.id, *cols).where(cols[0].in_(chunk))):
            found[tuple(row[1:])] = row[0]
    return found


_BULKS: dict[tuple[Any, tuple[str, ...]], BulkInsert] = {}


def bulk_spec(model: Any, given: tuple[str, ...]) -> BulkInsert:
    spec = _BULKS.get((model, given))
    if spec is None:
        spec = _BULKS[model, given] = BulkInsert(model, given)
    return spec


# ---- raw bulk path --------------------------------------------------------------------------


def dt_text(value: dt.datetime) -> str:
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
        return lambda v: None if v is None else dt_text(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, JSON):
        return lambda v: None if v is None else json.dumps(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(v)
    return None


def check_money(rows: Sequence[tuple[Any, ...]], positions: Sequence[int]) -> None:
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
class BulkInsert:
    """Plain ``INSERT`` of new rows with ids assigned here: columns, converters, defaults."""

    model: Any
    given: tuple[str, ...]  # the caller's columns, in its tuples' order
    stamped: bool = False
    sql: str = ""
    convert: list[tuple[int, Callable[[Any], Any]]] = field(default_factory=list)
    money: tuple[int, ...] = ()
    defaults: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        table = table_of(self.model)
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
        rest = [c.name for c in table_of(self.model).c if c.name not in {"id", *self.given, *stamp}]
        return ["id", *self.given, *stamp, *rest]

    def prepare(
        self, rows: Sequence[tuple[Any, ...]], now: dt.datetime, first: int
    ) -> list[tuple[Any, ...]]:
        """``rows`` (values of ``given``) as bound by :attr:`sql`, with ids from ``first``."""
        check_money(rows, self.money)
        convert, tail = self.convert, self.defaults
        if self.stamped:
            stamp = dt_text(now)
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
        table = table_of(self.model)
        first = (
            int(conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table.name}").scalar_one())
            + 1
        )
        out = self.prepare(rows, now, first)
        raw = conn.connection.driver_connection
        for start in range(0, len(out), 50_000):
            raw.executemany(self.sql, out[start : start + 50_000])  # type: ignore[union-attr]
        return list(range(first, first + len(rows)))


PARTY_COLS = (
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
"""The party columns a portfolio supplies, in the order of :func:`party_values`."""

LOAN_COLS = (
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
"""The loan columns a portfolio supplies, in the order of :func:`loan_values`."""

PROMISE_COLS = (
    "case_id",
    "amount",
    "promised_on",
    "due_date",
    "status",
    "paid_amount",
    "currency",
    "party_id",
)
"""The promise-to-pay columns a portfolio supplies (ids resolved from its keys)."""

ACTIVITY_COLS = (
    "case_id",
    "kind",
    "occurred_at",
    "outcome",
    "notes",
    "party_id",
    "path",
    "answers",
    "verdict",
)
"""The activity columns a portfolio supplies (ids resolved from its keys)."""


def party_values(r: Any) -> tuple[Any, ...]:
    """A ``PartyRec`` as the values of :data:`PARTY_COLS` (identity number normalised)."""
    return (
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


def loan_values(r: Any, case_id: int) -> tuple[Any, ...]:
    """A ``LoanRec`` as the values of :data:`LOAN_COLS`, in the case ``case_id`` (its
    borrower's); rates as decimal strings."""
    return (
        r.contract_no,
        case_id,
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


CASE_COLS = (
    "borrower_party_id",
    "borrower_name",
    "borrower_kind",
    "opened_on",
    "stage",
    "next_action",
    "next_action_date",
    "officer_id",
)
"""The case columns a portfolio supplies, in the order of :func:`case_values`."""


def case_values(
    party_id: int, party: Any, rec: Any, today: dt.date, officer_id: int | None
) -> tuple[Any, ...]:
    """A borrower's case as the values of :data:`CASE_COLS`: ``party`` its ``PartyRec``
    (None: an entity without a name yet), ``rec`` its ``CaseRec`` if the portfolio has
    one (else opened today, early stage), ``officer_id`` the officer it goes to."""
    return (
        party_id,
        party.name if party else "",
        party.kind if party else "entity",
        rec.opened_on if rec and rec.opened_on else today,
        rec.stage if rec else "early",
        rec.next_action if rec else "",
        rec.next_action_date if rec else None,
        officer_id,
    )
