"""The worker side of the fresh-load path (:mod:`fresh`): one block of records turned
into the rows the writer's bulk path would insert, with figures and search text."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from desktop_app.domain.overdue import InstalmentState
from desktop_app.portfolio import case_math, figures
from desktop_app.portfolio.bulk_rows import case_values, dt_text, loan_values, party_values
from desktop_app.portfolio.case_math import LoanData, PaymentIn, terms_of
from desktop_app.portfolio.fresh_rows import (
    ALLOCATION_ORDER,
    FIGURE_COLS,
    BlockRows,
    NotFresh,
    Prepared,
    SearchParts,
    allocation_json,
    search_body,
)
from desktop_app.portfolio.plain_replay import guarantee_deadlines
from desktop_app.portfolio.records import Portfolio
from desktop_app.services import promises as promise_service
from local_db.search_text import indexed_text


def _unique(name: str, keys: Iterable[Any]) -> None:
    keys = list(keys)
    if len(set(keys)) == len(keys):
        return
    raise NotFresh(f"{name}: repeated key {Counter(keys).most_common(1)[0][0]!r}")


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
    out = Prepared(stamp=dt_text(now))
    tables = out.tables
    # parties and their contacts
    keys = [r.key for r in p.parties]  # a property: computed once here
    _unique("parties", keys)
    n_own = sum(k not in shared for k in keys)
    if any(k in shared for k in keys[:n_own]):
        raise NotFresh("shared parties must come last")
    own, own_keys = p.parties[:n_own], keys[:n_own]
    pid: dict[str, int] = {k: n for n, k in enumerate(own_keys)}
    by_key = dict(zip(keys, p.parties, strict=True))

    party_row = party_values

    def spec(name: str) -> BlockRows:
        return BlockRows(name)

    tables["parties"] = spec("parties").columns([party_row(r) for r in own])
    crows = [
        (n, c.kind, c.value, c.source, c.label) for n, r in enumerate(own) for c in r.contacts
    ]
    _unique(
        "contacts",
        [(k, c.kind, c.value) for k, r in zip(keys, p.parties, strict=True) for c in r.contacts],
    )
    tables["contacts"] = spec("contacts").columns(crows)
    for key, r in zip(keys[n_own:], p.parties[n_own:], strict=True):
        row = spec("parties").rows([party_row(r)])[0]
        contacts = spec("contacts").rows(
            [(0, c.kind, c.value, c.source, c.label) for c in r.contacts]
        )
        out.shared.append((key, row, contacts))
    refs: dict[str, list[tuple[int, int, str]]] = defaultdict(list)

    def party_ref(name: str, row: int, col: int, key: str | None) -> int | None:
        """A party's id in the block, or a placeholder the loader fills (shared parties)."""
        if key is None:
            return None
        if key in pid:
            return pid[key]
        if key in shared and key in by_key:
            refs[name].append((row, col, key))
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
            guarantees = guarantee_deadlines(d.guarantee_ends, today)
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
        officer = officers.get(rec.officer_employee_no, default_officer) if rec else default_officer
        case_rows.append(
            (
                *case_values(pid[key], party, rec, today, officer),
                *(values[col] for col in FIGURE_COLS),
            )
        )
    tables["cases"] = spec("cases").columns(case_rows)
    tables["roles"] = spec("roles").columns(
        [
            (c, party_ref("roles", n, 1, k), role, rel)
            for n, (c, k, role, rel) in enumerate(unique_roles)
        ],
    )
    tables["loans"] = spec("loans").columns(
        [
            loan_values(r, case_of[r.borrower_key]) for r in p.loans
        ],
    )
    tables["instalments"] = spec("instalments").columns(
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
    )
    tables["payments"] = spec("payments").columns(
        [
            (
                loan_of[r.contract_no],
                r.reference,
                r.received_on,
                r.amount,
                allocation_json(allocations.get(k) or r.allocation),
            )
            for k, r in enumerate(p.payments)
        ],
        ready=frozenset({4}),
    )
    tables["guarantees"] = spec("guarantees").columns(
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
    )
    tables["collateral"] = spec("collateral").columns(
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
    )

    def history_party(name: str, n: int, col: int, key: str) -> int | None:
        # the writer's ``party_ids.get(...)``: unknown keys store no party
        known = key in pid or (key in shared and key in by_key)
        return party_ref(name, n, col, key) if known else None

    tables["promises"] = spec("promises").columns(
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
    )
    tables["activities"] = spec("activities").columns(
        [
            (
                case_of[r.borrower_key],
                r.kind,
                r.occurred_at,
                r.outcome,
                r.notes,
                history_party("activities", n, 5, r.party_key or r.borrower_key),
                "[]",  # path, answers and verdict (JSON): none for the demo's
                "{}",
                "{}",
            )
            for n, r in enumerate(p.activities)
        ],
        ready=frozenset({6, 7, 8}),
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
            out.bodies.append((c, indexed_text(search_body(parts))))
    return out
