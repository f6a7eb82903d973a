"""Writing a portfolio block by block into a store that has none of its rows yet.

The fast path of the demo (a new store): what :func:`writer.write_portfolio` would store,
row for row and id for id, but prepared away from the database. :func:`prepare` runs in a
worker process: it turns one block of records into the rows the writer's bulk path would
insert (ids counted from 0 within the block), computes every new case's cached figures
from the records with the same one-pass replay ``figures.refresh`` uses (instead of reading
the rows back; loans whose figures the demo generator already has from its own replay are
not replayed again), and the search text ``search_index.reindex`` would build. The main process
(:class:`FreshLoad`) only shifts the ids by what earlier blocks used (in the SQL itself,
``?1 + base``), resolves parties shared between blocks (the demo's guarantee firms), and
inserts. The load is one transaction with the tables' secondary indexes dropped and
created again at the end, so a failure or a cancel leaves the store as it was (indexes
included: the transaction is begun before they are dropped).

``tests/app/test_fast_paths.py`` proves the store equals the writer's, table by table.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat
from typing import Any

from sqlalchemy import Connection, Date
from sqlalchemy.orm import Session

from desktop_app.domain.overdue import InstalmentState
from desktop_app.portfolio import case_math, figures
from desktop_app.portfolio.case_math import LoanData, PaymentIn, terms_of
from desktop_app.portfolio.records import Portfolio
from desktop_app.portfolio.writer import _bulk, _check_money, _dt_text, _table, bulk_uuids
from desktop_app.services import promises as promise_service
from local_db import audit_chain, bulk
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
from local_db.search_text import indexed_text

Row = tuple[Any, ...]

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
        (
            "borrower_party_id",
            "borrower_name",
            "borrower_kind",
            "opened_on",
            "stage",
            "next_action",
            "next_action_date",
            "officer_id",
            *FIGURE_COLS,
        ),
        {"borrower_party_id": "parties"},
    ),
    "roles": (
        CaseParty,
        ("case_id", "party_id", "role", "relation"),
        {"case_id": "cases", "party_id": "parties"},
    ),
    "loans": (
        Loan,
        (
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
        ),
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
        {"case_id": "cases", "party_id": "parties"},
    ),
    "activities": (
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
        {"case_id": "cases", "party_id": "parties"},
    ),
}
ORDER = tuple(SPECS)  # the writer's order, which decides the ids
TABLES = tuple(_table(m).name for m, _, _ in SPECS.values())
_ORDER_DEFAULT: Any = _table(Loan).c.allocation_order.default
ALLOCATION_ORDER = tuple(str(_ORDER_DEFAULT.arg).split(","))

SearchParts = tuple[list[tuple[Any, str, str, str, str]], list[tuple[Any, str]], list[str]]


@dataclass
class Prepared:
    """One block's rows, ids counted from 0; parties in ``shared`` are placed by the loader."""

    cases: int = 0
    tables: dict[str, list[Row]] = field(default_factory=dict)
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


def _unique(name: str, keys: Iterable[Any]) -> None:
    counts = Counter(keys)
    if counts and counts.most_common(1)[0][1] > 1:
        raise NotFresh(f"{name}: repeated key {counts.most_common(1)[0][0]!r}")


def _search_body(parts: SearchParts) -> str:
    """``search_index.reindex``'s text: parties in id (then role) order with name, identity
    and representative; their phones by party id and value; contract numbers by loan."""
    entries, phones, contracts = parts
    words: list[str] = []
    for _, _, name, number, rep in sorted(entries, key=lambda e: (e[0], e[1])):
        words += [name, number, rep]
    words += [value for _, value in sorted(phones)]
    words += contracts
    return " ".join(filter(None, dict.fromkeys(words)))


def prepare(
    p: Portfolio,
    today: dt.date,
    now: dt.datetime,
    officers: dict[str, int],
    shared: frozenset[str] = frozenset(),
    known: Mapping[str, case_math.LoanFigures] | None = None,
) -> Prepared:
    """The rows ``write_portfolio(..., history_for_new_cases_only=True)`` inserts for ``p``
    into a store that has none of its parties, cases or loans (``shared`` parties may be
    there already: they must come last in ``p.parties``), with figures and search text.

    ``known``: figures as of ``today`` of loans (by contract number) whose payments all
    carry their allocation, computed from these very records by the same replay (the demo
    generator's, which allocated the payments); their guarantee deadlines are added here.
    Those loans are not replayed again."""
    known = known or {}
    out = Prepared()
    tables = out.tables
    # parties and their contacts
    keys = [r.key for r in p.parties]
    _unique("parties", keys)
    own = [r for r in p.parties if r.key not in shared]
    tail = [r for r in p.parties if r.key in shared]
    if p.parties[: len(own)] != own:
        raise NotFresh("shared parties must come last")
    pid: dict[str, int] = {r.key: k for k, r in enumerate(own)}
    by_key = {r.key: r for r in p.parties}

    def party_row(r: Any) -> Row:
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

    def spec(name: str) -> _Rows:
        return _Rows(name)

    tables["parties"] = spec("parties").prepare([party_row(r) for r in own], now, 0)
    crows = [(pid[r.key], c.kind, c.value, c.source, c.label) for r in own for c in r.contacts]
    _unique("contacts", [(r.key, c.kind, c.value) for r in p.parties for c in r.contacts])
    tables["contacts"] = spec("contacts").prepare(crows, now, 0)
    for r in tail:
        row = spec("parties").prepare([party_row(r)], now, 0)[0]
        contacts = spec("contacts").prepare(
            [(0, c.kind, c.value, c.source, c.label) for c in r.contacts], now, 0
        )
        out.shared.append((r.key, row, contacts))
    refs: dict[str, list[tuple[int, int, str]]] = defaultdict(list)

    def party_ref(name: str, row: int, col: int, key: str | None) -> int | None:
        """A party's id in the block, or a placeholder the loader fills (shared parties)."""
        if key is None:
            return None
        if key in pid:
            return pid[key]
        if key in shared and key in by_key:
            refs[name].append((row, col + 1, key))  # +1: the id column comes first
            return 0
        raise KeyError(key)

    # cases, as the writer orders them (by borrower key)
    extra = {c.borrower_key: c for c in p.cases}
    default_officer = next(iter(officers.values()), None)
    borrowers = sorted({loan.borrower_key for loan in p.loans} | set(extra))
    case_of = {k: n for n, k in enumerate(borrowers)}
    out.cases = len(borrowers)
    # roles (the borrower's first, then the records', then guarantors; first key wins place)
    role_rows: list[tuple[Any, ...]] = [(case_of[k], k, "borrower", "") for k in borrowers]
    role_rows += [(case_of[r.borrower_key], r.party_key, r.role, r.relation) for r in p.roles]
    borrower_of = {loan.contract_no: loan.borrower_key for loan in p.loans}
    role_rows += [
        (case_of[borrower_of[g.contract_no]], g.guarantor_key, "guarantor", "")
        for g in p.guarantees
    ]
    unique_roles = list({r[:3]: r for r in role_rows}.values())
    # loans and their children
    if len(borrower_of) != len(p.loans):
        raise NotFresh("loans: repeated contract number")
    loan_of = {loan.contract_no: n for n, loan in enumerate(p.loans)}
    data: list[LoanData] = []
    case_loans: dict[int, list[LoanData]] = defaultdict(list)
    for n, loan in enumerate(p.loans):
        d = LoanData(
            n,
            loan.contract_no,
            terms_of(
                loan.principal,
                str(loan.annual_rate),
                str(loan.penalty_markup),
                bool(loan.compound_enabled),
                loan.day_count,
                loan.drawdown_date,
            ),
            ALLOCATION_ORDER,
        )
        data.append(d)
        case_loans[case_of[loan.borrower_key]].append(d)
    _unique("instalments", ((i.contract_no, i.seq) for i in p.instalments))
    replay = [loan.contract_no not in known for loan in p.loans]
    for x in p.payments:
        if not x.allocation:
            replay[loan_of[x.contract_no]] = True
    for i in p.instalments:
        if not replay[loan_of[i.contract_no]]:
            continue
        data[loan_of[i.contract_no]].instalments.append(
            InstalmentState(
                i.seq,
                i.due_date,
                i.principal_due,
                i.interest_due,
                i.principal_paid,
                i.interest_paid,
            )
        )
    _unique("payments", ((x.contract_no, x.reference) for x in p.payments))
    for k, x in enumerate(p.payments):
        if not replay[loan_of[x.contract_no]]:
            continue
        data[loan_of[x.contract_no]].payments.append(
            PaymentIn(k, x.received_on, x.amount, dict(x.allocation))
        )
    _unique("guarantees", ((g.contract_no, g.guarantor_key) for g in p.guarantees))
    for g in p.guarantees:
        if g.period_end is not None:
            d = data[loan_of[g.contract_no]]
            d.guarantee_ends.append((g.guarantee_contract_no or d.contract_no, g.period_end))
    _unique("collateral", ((c.contract_no, c.kind, c.registration_no) for c in p.collateral))
    # figures: the replay of every loan (allocating payments the records leave open)
    loan_figs: list[case_math.LoanFigures] = []
    allocations: dict[int, dict[str, int]] = {}
    for n, d in enumerate(data):
        if not replay[n]:
            guarantees = case_math.guarantee_deadlines(d.guarantee_ends, today)
            loan_figs.append(replace(known[d.contract_no], loan_id=n, guarantees=guarantees))
            continue
        _, fresh, f = case_math.replay_loan(d, [], today)
        allocations.update(fresh)
        loan_figs.append(f)
    facts: list[dict[str, Any]] = [
        {
            "next_action": extra[k].next_action_date if k in extra else None,
            "broken": 0,
            "last_contact": None,
            "promise": "",
        }
        for k in borrowers
    ]
    latest: dict[int, tuple[dt.date, int]] = {}
    for n, promise in enumerate(p.promises):
        c = case_of[promise.borrower_key]
        if promise.status == "broken":
            facts[c]["broken"] += 1
        if c not in latest or (promise.due_date, n) > latest[c]:
            latest[c] = (promise.due_date, n)
            facts[c]["promise"] = promise.status
    for a in p.activities:
        if a.kind in figures.CONTACT_KINDS and a.outcome not in figures.NOT_CONTACTED:
            c = case_of[a.borrower_key]
            at = a.occurred_at.astimezone(dt.UTC)
            seen = facts[c]["last_contact"]
            if seen is None or at > seen:
                facts[c]["last_contact"] = at
    figs_of: dict[int, list[case_math.LoanFigures]] = defaultdict(list)
    for loan, f in zip(p.loans, loan_figs, strict=True):
        figs_of[case_of[loan.borrower_key]].append(f)
    case_rows = []
    for n, key in enumerate(borrowers):
        party = by_key.get(key)
        rec = extra.get(key)
        values = figures.case_values(case_loans.get(n, []), figs_of.get(n, []), today, facts[n])
        if key not in pid:
            raise NotFresh(f"borrower {key} is not a new party of the block")
        case_rows.append(
            (
                pid[key],
                party.name if party else "",
                party.kind if party else "entity",
                rec.opened_on if rec and rec.opened_on else today,
                rec.stage if rec else "early",
                rec.next_action if rec else "",
                rec.next_action_date if rec else None,
                officers.get(rec.officer_employee_no, default_officer) if rec else default_officer,
                *(values[col] for col in FIGURE_COLS),
            )
        )
    tables["cases"] = spec("cases").prepare(case_rows, now, 0)
    tables["roles"] = spec("roles").prepare(
        [
            (c, party_ref("roles", n, 1, k), role, rel)
            for n, (c, k, role, rel) in enumerate(unique_roles)
        ],
        now,
        0,
    )
    tables["loans"] = spec("loans").prepare(
        [
            (
                r.contract_no,
                case_of[r.borrower_key],
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
            for r in p.loans
        ],
        now,
        0,
    )
    tables["instalments"] = spec("instalments").prepare(
        [
            (
                loan_of[r.contract_no],
                r.seq,
                r.due_date,
                r.principal_due,
                r.interest_due,
                r.principal_paid,
                r.interest_paid,
            )
            for r in p.instalments
        ],
        now,
        0,
    )
    tables["payments"] = spec("payments").prepare(
        [
            (
                loan_of[r.contract_no],
                r.reference,
                r.received_on,
                r.amount,
                _allocation_json(allocations.get(k) or r.allocation),
            )
            for k, r in enumerate(p.payments)
        ],
        now,
        0,
        ready=frozenset({4}),
    )
    tables["guarantees"] = spec("guarantees").prepare(
        [
            (
                loan_of[g.contract_no],
                party_ref("guarantees", n, 1, g.guarantor_key),
                g.kind,
                g.guarantee_contract_no,
                g.contract_date,
                g.period_end,
                g.max_amount,
            )
            for n, g in enumerate(p.guarantees)
        ],
        now,
        0,
    )
    tables["collateral"] = spec("collateral").prepare(
        [
            (
                loan_of[c.contract_no],
                c.kind,
                c.registration_no,
                c.description,
                c.value,
                "CNY",
                party_ref("collateral", n, 6, c.owner_key) if c.owner_key else None,
            )
            for n, c in enumerate(p.collateral)
        ],
        now,
        0,
    )

    def history_party(name: str, n: int, col: int, key: str) -> int | None:
        # the writer's ``party_ids.get(...)``: unknown keys store no party
        known = key in pid or (key in shared and key in by_key)
        return party_ref(name, n, col, key) if known else None

    tables["promises"] = spec("promises").prepare(
        [
            (
                case_of[r.borrower_key],
                r.amount,
                r.promised_on,
                r.due_date,
                r.status,
                r.paid_amount,
                "CNY",
                history_party("promises", n, 7, r.party_key or r.borrower_key),
            )
            for n, r in enumerate(p.promises)
        ],
        now,
        0,
    )
    tables["activities"] = spec("activities").prepare(
        [
            (
                case_of[r.borrower_key],
                r.kind,
                r.occurred_at,
                r.outcome,
                r.notes,
                history_party("activities", n, 5, r.party_key or r.borrower_key),
                [],
                {},
                {},
            )
            for n, r in enumerate(p.activities)
        ],
        now,
        0,
    )
    out.refs = dict(refs)
    # open promises, with what the case's loans received from the day each was made on:
    # the most its evaluation can count, so the loader evaluates only those it may change
    received: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for x in p.payments:
        received[case_of[borrower_of[x.contract_no]]].append((x.received_on, x.amount))
    for promise in p.promises:
        if promise.status == promise_service.OPEN:
            c = case_of[promise.borrower_key]
            paid = sum(a for day, a in received.get(c, ()) if day >= promise.promised_on)
            out.open_promises.append((c, promise.due_date, promise.amount, paid))
    # search text: parties by id (shared ones get theirs from the loader), phones, contracts
    entries: dict[int, list[tuple[Any, str, str, str, str]]] = defaultdict(list)
    party_cases: dict[str, set[int]] = defaultdict(set)
    for c, key, role, _ in unique_roles:
        r = by_key[key]
        ident: Any = pid.get(key, key)
        entries[c].append((ident, role, r.name, r.id_number.strip().upper(), r.legal_rep_name))
        party_cases[key].add(c)
    phones: dict[int, list[tuple[Any, str]]] = defaultdict(list)
    for key, cases in party_cases.items():
        ident = pid.get(key, key)
        for contact in by_key[key].contacts:
            if contact.kind == "phone":
                for c in cases:
                    phones[c].append((ident, contact.value))
    contracts: dict[int, list[str]] = defaultdict(list)
    for loan in p.loans:
        contracts[case_of[loan.borrower_key]].append(loan.contract_no)
    for c in range(len(borrowers)):
        parts: SearchParts = (entries[c], phones[c], contracts[c])
        if any(not isinstance(e[0], int) for e in entries[c]):
            out.pending_bodies.append((c, parts))
        else:
            out.bodies.append((c, indexed_text(_search_body(parts))))
    return out


_SPLIT_JSON = "{" + ", ".join(f'"{k}": %d' for k in case_math.SPLIT_KEYS) + "}"


def _allocation_json(allocation: Mapping[str, int] | tuple[tuple[str, int], ...]) -> str:
    """``json.dumps(dict(allocation))``, the Payment.allocation column's text."""
    pairs = tuple(allocation.items()) if isinstance(allocation, Mapping) else allocation
    if pairs:
        keys, values = zip(*pairs, strict=True)
        if keys == case_math.SPLIT_KEYS and set(map(type, values)) == _INT:
            return _SPLIT_JSON % values
    return json.dumps(dict(pairs))


_INT = {int}


class _Rows:
    """:meth:`writer._Bulk.prepare` (ids from ``first``) column by column: the same tuples."""

    def __init__(self, name: str) -> None:
        model, given, _ = SPECS[name]
        self.spec = _bulk(model, given)
        table = _table(model)
        self.dates = frozenset(i for i, c in enumerate(given) if type(table.c[c].type) is Date)

    def prepare(
        self,
        rows: Sequence[Row],
        now: dt.datetime,
        first: int,
        ready: frozenset[int] = frozenset(),
    ) -> list[Row]:
        """``ready``: columns whose values are already as bound (e.g. JSON text)."""
        spec = self.spec
        if not rows:
            return []
        _check_money(rows, spec.money)
        n = len(rows)
        cols: list[Iterable[Any]] = list(zip(*rows, strict=True))
        for i, f in spec.convert:
            if i in ready:
                continue
            col = cols[i]
            if i in self.dates:
                cols[i] = [None if v is None else v.isoformat() for v in col]
            else:
                cols[i] = list(map(f, col))
        parts: list[Iterable[Any]] = [range(first, first + n), *cols]
        if spec.stamped:
            stamp = _dt_text(now)
            parts += [bulk_uuids(n), repeat(stamp, n), repeat(stamp, n)]
        parts += [repeat(value, n) for value in spec.defaults]
        return list(zip(*parts, strict=True))


class FreshLoad:
    """Insert prepared blocks into a store without their rows, in one transaction.

    Use as a context manager around the blocks: it drops the loaded tables' secondary
    indexes (and enlarges the page cache) on entry; :meth:`finish` builds the indexes
    again, fills the search index and evaluates the new promises.
    """

    def __init__(
        self,
        session: Session,
        *,
        today: dt.date,
        source: str,
        actor: str,
        cache_mb: int = 1024,
    ) -> None:
        self.session, self.today, self.source, self.actor = session, today, source, actor
        self.conn: Connection = session.connection()
        self.raw: Any = self.conn.connection.driver_connection
        self.cache_mb = cache_mb
        self.next: dict[str, int] = {}
        self.shared_ids: dict[str, int] = {}
        self.search: list[tuple[int, str]] = []
        self.open_promises: list[tuple[int, dt.date, int, int]] = []
        self.changed: dict[str, int] = dict.fromkeys(ORDER, 0)
        self.indexes: list[str] = []
        self._cache: Any = None

    def __enter__(self) -> FreshLoad:
        for name, (model, _, _) in SPECS.items():
            table = _table(model).name
            self.next[name] = int(
                self.raw.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
            )
        if not self.raw.in_transaction:
            # the transaction begins here, so that dropping the indexes is part of it (the
            # driver only begins one before the first INSERT): a rollback restores them
            self.raw.execute("BEGIN")
        self._cache = bulk.cache_size(self.raw, self.cache_mb)
        self._cache.__enter__()
        self.indexes = bulk.drop_secondary_indexes(self.raw, TABLES)
        return self

    def __exit__(self, *exc: object) -> None:
        self._cache.__exit__(None, None, None)

    def _sql(self, name: str, base: dict[str, int]) -> str:
        model, given, fks = SPECS[name]
        spec = _bulk(model, given)
        values = []
        for n, col in enumerate(spec.columns, start=1):
            if col == "id":
                values.append(f"?{n} + {base[name]}")
            elif col in fks:
                values.append(f"?{n} + {base[fks[col]]}")
            else:
                values.append(f"?{n}")
        return f"INSERT INTO {_table(model).name} ({', '.join(spec.columns)}) VALUES ({', '.join(values)})"

    def add(self, block: Prepared) -> dict[str, int]:
        """Insert one block; returns what it added per table (the writer's report)."""
        base = dict(self.next)
        parties_base = base["parties"]
        own = len(block.tables["parties"])
        new_shared: list[str] = []
        for key, _, _ in block.shared:
            if key not in self.shared_ids:
                self.shared_ids[key] = parties_base + own + len(new_shared)
                new_shared.append(key)
        for name, refs in block.refs.items():
            rows = block.tables[name]
            for row, col, key in refs:
                value = self.shared_ids[key] - parties_base
                rows[row] = (*rows[row][:col], value, *rows[row][col + 1 :])
        changed: dict[str, int] = {}
        for name in ORDER:
            rows = block.tables[name]
            self.raw.executemany(self._sql(name, base), rows)
            changed[name] = len(rows)
            if name == "parties":
                self._shared_parties(block, new_shared)
                changed[name] += len(new_shared)
            elif name == "contacts":
                changed[name] += self._shared_contacts(block, new_shared, base["contacts"])
            self.next[name] = base[name] + changed[name]
        case_base = base["cases"]
        self.search += [(case_base + c, body) for c, body in block.bodies]
        for c, (entries, phones, contracts) in block.pending_bodies:

            def ident(x: Any) -> int:
                return int(self.shared_ids[x] if isinstance(x, str) else parties_base + x)

            parts: SearchParts = (
                [(ident(e[0]), *e[1:]) for e in entries],
                [(ident(x), v) for x, v in phones],
                contracts,
            )
            self.search.append((case_base + c, indexed_text(_search_body(parts))))
        self.open_promises += [
            (case_base + c, due, amount, paid) for c, due, amount, paid in block.open_promises
        ]
        for name, n in changed.items():
            self.changed[name] += n
        audit_chain.append(
            self.session,
            actor=self.actor,
            action="import",
            entity="portfolio",
            entity_id=self.source,
            changes={"changed": changed, "cases": block.cases},
            reason=f"bulk write from {self.source}",
        )
        return changed

    def _shared_parties(self, block: Prepared, new: list[str]) -> None:
        rows = {key: row for key, row, _ in block.shared}
        sql = _bulk(Party, PARTY_COLS).sql
        self.raw.executemany(sql, [(self.shared_ids[k], *rows[k][1:]) for k in new])

    def _shared_contacts(self, block: Prepared, new: list[str], base: int) -> int:
        first = base + len(block.tables["contacts"])
        contacts = {key: rows for key, _, rows in block.shared}
        out: list[Row] = []
        for key in new:
            for row in contacts[key]:
                out.append((first + len(out), self.shared_ids[key], *row[2:]))
        _, given, _ = SPECS["contacts"]
        self.raw.executemany(_bulk(ContactPoint, given).sql, out)
        return len(out)

    def finish(self) -> None:
        """Indexes, search index and the promise evaluation, as each write would have."""
        bulk.create_indexes(self.raw, self.indexes)
        self.indexes = []
        self.search.sort()
        self.raw.executemany("INSERT INTO case_search (rowid, body) VALUES (?, ?)", self.search)
        # a promise changes only once paid in full or past its grace period: the others
        # would stay open, so evaluating their cases would change nothing
        grace = dt.timedelta(days=promise_service.limits().grace_days)
        promise_service.evaluate(
            self.session,
            [
                case
                for case, due, amount, paid in self.open_promises
                if paid >= amount or due + grace < self.today
            ],
            self.today,
        )
