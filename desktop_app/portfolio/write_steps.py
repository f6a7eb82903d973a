"""The steps of :func:`writer.write_portfolio`: each splits its rows into new ones (bulk
``INSERT``) and the rest (upsert, leaving unchanged rows alone)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from desktop_app.portfolio.bulk_rows import (
    ACTIVITY_COLS,
    CASE_COLS,
    LOAN_COLS,
    PARTY_COLS,
    PROMISE_COLS,
    Key,
    bulk_spec,
    case_values,
    child_ids,
    ids_of,
    loan_values,
    party_values,
    table_of,
    upsert,
)
from desktop_app.portfolio.records import Portfolio, party_key
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
from local_db.types import new_uuid

if TYPE_CHECKING:
    from desktop_app.portfolio.writer import WriteReport


def _stamp(row: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    row.update(uuid=new_uuid(), created_at=now, updated_at=now)
    return row


class Writer:
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
        new_ids = bulk_spec(model, given).insert(self.conn, [r for _, r in fast], self.now)
        ids.update(zip((k for k, _ in fast), new_ids, strict=True))
        changed = len(fast)
        if slow:
            table = table_of(model)
            dicts = []
            for _, r in slow:
                row = dict(zip(given, r, strict=True))
                if "uuid" in table.c:
                    _stamp(row, self.now)
                if "version" in table.c:
                    row["version"] = 1
                dicts.append(row)
            changed += upsert(self.conn, model, dicts, keys, update)
            missing = {k for k, _ in slow if k not in ids}
            if missing:
                found = ids_of(self.conn, model, keys, missing)
                ids.update(found)
                created |= set(found)
        self.report.changed[name] = changed
        return ids, created

    def parties(self) -> dict[str, int]:
        given = PARTY_COLS
        update = [g for g in given if g not in ("id_type", "id_number")]
        rows = [party_values(r) for r in self.p.parties]
        keys = ("id_number", "id_type")
        existing = ids_of(self.conn, Party, keys, {(r[3], r[2]) for r in rows})
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
            child_ids(self.conn, ContactPoint, ckeys, self.old_parties),
            ["source", "label"],
        )
        return ids

    def cases(self, party_ids: dict[str, int], today: dt.date) -> tuple[dict[str, int], set[int]]:
        p = self.p
        by_party = {r.key: r for r in p.parties}
        extra = {c.borrower_key: c for c in p.cases}
        officers = officer_ids(self.conn)
        default_officer = next(iter(officers.values()), None)
        borrowers = sorted({loan.borrower_key for loan in p.loans} | set(extra))
        given = CASE_COLS
        rows = []
        for key in borrowers:
            party = by_party.get(key)
            c = extra.get(key)
            officer = officers.get(c.officer_employee_no, default_officer) if c else default_officer
            rows.append(case_values(party_ids[key], party, c, today, officer))
        keys = ("borrower_party_id",)
        existing = child_ids(self.conn, Case, keys, self.old_parties)
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
            child_ids(self.conn, CaseParty, keys, self.old_cases),
            None,
        )

    def loans(self, case_ids: dict[str, int]) -> dict[str, int]:
        given = LOAN_COLS
        rows = [
            loan_values(r, case_ids[r.borrower_key]) for r in self.p.loans
        ]
        keys = ("contract_no",)
        existing = ids_of(self.conn, Loan, keys, {(r[0],) for r in rows})
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
            child_ids(conn, Instalment, keys, old),
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
            child_ids(conn, Payment, keys, old),
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
            child_ids(conn, Guarantee, keys, old),
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
            child_ids(conn, Collateral, keys, old),
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
        bulk_spec(PromiseToPay, PROMISE_COLS).insert(self.conn, promises, self.now)
        bulk_spec(Activity, ACTIVITY_COLS).insert(self.conn, acts, self.now)
        self.report.changed["promises"] = len(promises)
        self.report.changed["activities"] = len(acts)


def officer_ids(conn: Connection) -> dict[str, int]:
    return {row[0]: row[1] for row in conn.execute(select(Officer.employee_no, Officer.id))}
