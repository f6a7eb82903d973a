"""The rows of the fresh-load path (:mod:`fresh`): which columns each table is given,
the block of prepared rows a worker hands the loader, and how values are bound."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date

from desktop_app.portfolio.bulk_rows import (
    ACTIVITY_COLS,
    CASE_COLS,
    LOAN_COLS,
    PARTY_COLS,
    PROMISE_COLS,
    bulk_spec,
    bulk_uuids,
    table_of,
)
from desktop_app.portfolio.plain_replay import SPLIT_KEYS
from local_db.models import (
    Activity,
    Case,
    CaseParty,
    Collateral,
    ContactPoint,
    Guarantee,
    Instalment,
    Loan,
    Party,
    Payment,
    PromiseToPay,
)

Row = tuple[Any, ...]
Columns = list[Sequence[Any]]
"""A table's rows column by column (they pickle in about half the time of row tuples)."""

FIGURE_COLS = (
    "oldest_unpaid_due",
    "fig_overdue_amount",
    "fig_outstanding",
    "fig_priority",
    "nearest_deadline",
    "nearest_deadline_kind",
    "figures_as_of",
    "promise_status",
    "broken_promises",
    "last_contact_at",
    "main_contract_no",
)
SPECS: dict[str, tuple[Any, tuple[str, ...], dict[str, str]]] = {
    # name: (model, columns given in the rows, foreign key column -> table it points to)
    "parties": (Party, PARTY_COLS, {}),
    "contacts": (
        ContactPoint,
        ("party_id", "kind", "value", "source", "label"),
        {"party_id": "parties"},
    ),
    "cases": (
        Case,
        (*CASE_COLS, *FIGURE_COLS),
        {"borrower_party_id": "parties"},
    ),
    "roles": (
        CaseParty,
        ("case_id", "party_id", "role", "relation"),
        {"case_id": "cases", "party_id": "parties"},
    ),
    "loans": (
        Loan,
        LOAN_COLS,
        {"case_id": "cases"},
    ),
    "instalments": (
        Instalment,
        (
            "loan_id",
            "seq",
            "due_date",
            "principal_due",
            "interest_due",
            "principal_paid",
            "interest_paid",
        ),
        {"loan_id": "loans"},
    ),
    "payments": (
        Payment,
        ("loan_id", "reference", "received_on", "amount", "allocation"),
        {"loan_id": "loans"},
    ),
    "guarantees": (
        Guarantee,
        (
            "loan_id",
            "guarantor_party_id",
            "kind",
            "contract_no",
            "contract_date",
            "period_end",
            "max_amount",
        ),
        {"loan_id": "loans", "guarantor_party_id": "parties"},
    ),
    "collateral": (
        Collateral,
        (
            "loan_id",
            "kind",
            "registration_no",
            "description",
            "value",
            "currency",
            "owner_party_id",
        ),
        {"loan_id": "loans", "owner_party_id": "parties"},
    ),
    "promises": (
        PromiseToPay,
        PROMISE_COLS,
        {"case_id": "cases", "party_id": "parties"},
    ),
    "activities": (
        Activity,
        ACTIVITY_COLS,
        {"case_id": "cases", "party_id": "parties"},
    ),
}
ORDER = tuple(SPECS)  # the writer's order, which decides the ids
TABLES = tuple(table_of(m).name for m, _, _ in SPECS.values())
_ORDER_DEFAULT: Any = table_of(Loan).c.allocation_order.default
ALLOCATION_ORDER = tuple(str(_ORDER_DEFAULT.arg).split(","))

SearchParts = tuple[list[tuple[Any, str, str, str, str]], list[tuple[Any, str]], list[str]]


@dataclass
class Prepared:
    """One block's rows, ids counted from 0; parties in ``shared`` are placed by the loader."""

    cases: int = 0
    stamp: str = ""
    """``created_at`` and ``updated_at`` of every row (as bound)."""
    tables: dict[str, Columns] = field(default_factory=dict)
    shared: list[tuple[str, Row, list[Row]]] = field(default_factory=list)
    """(party key, party row, its contact rows) of parties other blocks may also have."""
    refs: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    """table -> (row, column, shared party key) to fill with that party's id."""
    bodies: list[tuple[int, str]] = field(default_factory=list)
    """(case, indexed search text) of cases without shared parties."""
    pending_bodies: list[tuple[int, SearchParts]] = field(default_factory=list)
    """(case, search parts) of the others: the order of their parts depends on the ids."""
    open_promises: list[tuple[int, dt.date, int, int]] = field(default_factory=list)
    """(case, due date, amount, paid on or after the promise) of the open promises."""


class NotFresh(ValueError):
    """A block has rows the fast path does not handle (keys repeated within the block)."""


def search_body(parts: SearchParts) -> str:
    """``search_index.reindex``'s text: parties in id (then role) order with name, identity
    and representative; their phones by party id and value; contract numbers by loan."""
    entries, phones, contracts = parts
    words: list[str] = []
    for _, _, name, number, rep in sorted(entries, key=lambda e: (e[0], e[1])):
        words += [name, number, rep]
    words += [value for _, value in sorted(phones)]
    words += contracts
    return " ".join(filter(None, dict.fromkeys(words)))


_SPLIT_JSON = "{" + ", ".join(f'"{k}": %d' for k in SPLIT_KEYS) + "}"


def allocation_json(allocation: Mapping[str, int] | tuple[tuple[str, int], ...]) -> str:
    """``json.dumps(dict(allocation))``, the Payment.allocation column's text."""
    pairs = tuple(allocation.items()) if isinstance(allocation, Mapping) else allocation
    if pairs:
        keys, values = zip(*pairs, strict=True)
        if keys == SPLIT_KEYS and set(map(type, values)) == _INT:
            return _SPLIT_JSON % values
    return json.dumps(dict(pairs))


_INT = {int}


class BlockRows:
    """:meth:`bulk_rows.BulkInsert.prepare` column by column, for the values that vary.

    A row (:meth:`rows`; :meth:`columns` gives them column by column) holds the ``given`` columns as bound, then the uuid (stamped tables). The id
    (the next rowid: rows go in id order), the stamps (one ``now`` per load) and the
    column defaults are the same for every row: :func:`insert_sql` puts them in the SQL.
    """

    def __init__(self, name: str) -> None:
        model, given, _ = SPECS[name]
        self.spec = bulk_spec(model, given)
        table = table_of(model)
        self.dates = frozenset(i for i, c in enumerate(given) if type(table.c[c].type) is Date)

    def rows(self, rows: Sequence[Row], ready: frozenset[int] = frozenset()) -> list[Row]:
        """:meth:`columns` as row tuples."""
        return list(zip(*self.columns(rows, ready), strict=True))

    def columns(self, rows: Sequence[Row], ready: frozenset[int] = frozenset()) -> Columns:
        """``ready``: columns whose values are already as bound (e.g. JSON text)."""
        spec = self.spec
        if not rows:
            return []
        cols: Columns = list(zip(*rows, strict=True))
        for i in spec.money:  # check_money's check, column by column
            bad = set(map(type, cols[i])) - _MONEY_TYPES
            if bad:
                raise TypeError(f"money must be int minor units, got {bad.pop().__name__}")
        for i, f in spec.convert:
            if i in ready:
                continue
            col = cols[i]
            if i in self.dates:  # few distinct dates: each formatted once
                iso = {v: v.isoformat() for v in set(col) if v is not None}
                cols[i] = list(map(iso.get, col))
            else:
                cols[i] = list(map(f, col))
        if spec.stamped:
            cols.append(bulk_uuids(len(rows)))
        return cols


def height(cols: Columns) -> int:
    """How many rows ``cols`` has."""
    return len(cols[0]) if cols else 0


_MONEY_TYPES = {int, type(None)}


def _literal(value: Any) -> str:
    """``value`` as an SQL literal (the defaults and stamps :func:`insert_sql` writes in)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def insert_sql(name: str, base: Mapping[str, int], stamp: str) -> str:
    """The INSERT of :class:`BlockRows` rows of table ``name``: foreign keys shifted by
    ``base`` of the table they point to (``?n + base``), uuid bound, stamps (``stamp``) and
    defaults written in, no id (SQLite gives the next one, max(id) + 1)."""
    model, given, fks = SPECS[name]
    spec = bulk_spec(model, given)
    values = [f"?{n} + {base[fks[c]]}" if c in fks else f"?{n}" for n, c in enumerate(given, 1)]
    if spec.stamped:
        values += [f"?{len(given) + 1}", _literal(stamp), _literal(stamp)]
    values += [_literal(v) for v in spec.defaults]
    cols = spec.columns[1:]  # without the id
    return f"INSERT INTO {table_of(model).name} ({', '.join(cols)}) VALUES ({', '.join(values)})"
