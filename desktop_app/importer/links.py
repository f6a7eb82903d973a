"""Checks across rows: duplicates, unknown references, schedules, and knock-on rejections."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from desktop_app.domain.money import fen_to_decimal_str
from desktop_app.importer.errors import Problem
from desktop_app.importer.rows import Row
from desktop_app.portfolio.records import party_key

Lookup = Callable[[str, set[str]], dict[str, str]]
"""Known keys already in the database: ``("party", id numbers)`` -> {id number: party key};
``("loan", contract numbers)`` -> {contract number: contract number}."""

PARTY_KINDS = ("borrowers", "parties")

DUPLICATE_KEYS: dict[str, tuple[str, ...]] = {
    "borrowers": ("id_number",),
    "parties": ("borrower_id", "id_number", "role"),
    "loans": ("contract_no",),
    "guarantees": ("contract_no", "guarantor_id"),
    "collateral": ("contract_no", "kind", "registration_no"),
    "instalments": ("contract_no", "seq"),
    "payments": ("contract_no", "reference"),
}

# (column, what it points at) per file kind
REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "parties": (("borrower_id", "party"),),
    "loans": (("borrower_id", "party"),),
    "guarantees": (("contract_no", "loan"), ("guarantor_id", "party")),
    "collateral": (("contract_no", "loan"), ("owner_id", "party")),
    "instalments": (("contract_no", "loan"),),
    "payments": (("contract_no", "loan"),),
}


def nothing_known(kind: str, keys: set[str]) -> dict[str, str]:
    """A :data:`Lookup` for an empty database."""
    return {}


def definitions(rows: Iterable[Row]) -> dict[str, dict[str, list[Row]]]:
    """Rows defining each party (by ID number) and each loan (by contract number)."""
    found: dict[str, dict[str, list[Row]]] = {"party": defaultdict(list), "loan": defaultdict(list)}
    for row in rows:
        if row.kind in PARTY_KINDS and row.values.get("id_number"):
            found["party"][row.values["id_number"]].append(row)
        elif row.kind == "loans" and row.values.get("contract_no"):
            found["loan"][row.values["contract_no"]].append(row)
    return found


def check_links(rows: list[Row], known: Lookup, *, references: bool = True) -> None:
    """Duplicates, conflicting names, instalment order and (if asked) unknown references."""
    _duplicates(rows)
    _name_conflicts(rows)
    _schedule_order(rows)
    if references:
        _references(rows, definitions(rows), known)
        _schedule_totals(rows, known)


def _schedule_totals(rows: list[Row], known: Lookup) -> None:
    """A loan's instalments must add up to its principal; a new loan needs a schedule."""
    totals: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.kind == "instalments" and row.values.get("contract_no"):
            totals[row.values["contract_no"]] += row.values.get("principal_due") or 0
    loans = [r for r in rows if r.kind == "loans" and r.values.get("principal") is not None]
    copies = Counter(r.values["contract_no"] for r in loans)
    loans = [r for r in loans if copies[r.values["contract_no"]] == 1]  # duplicates: rejected
    unscheduled = {r.values["contract_no"] for r in loans} - set(totals)
    stored = known("loan", unscheduled) if unscheduled else {}
    for row in loans:
        contract, principal = row.values["contract_no"], row.values["principal"]
        if contract not in totals and contract not in stored:
            row.fail("contract_no", Problem("no_schedule"))
        elif contract in totals and totals[contract] != principal:
            total = fen_to_decimal_str(totals[contract])
            row.fail(
                "principal",
                Problem("schedule_total", total=total, principal=fen_to_decimal_str(principal)),
            )


def _duplicates(rows: list[Row]) -> None:
    groups: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in rows:
        names = DUPLICATE_KEYS[row.kind]
        if any(
            name in row.failed or (row.values.get(name) is None and name != "registration_no")
            for name in names
        ):
            continue
        groups[(row.kind, *(row.values.get(n) or "" for n in names))].append(row)
    for group in groups.values():
        for row in group if len(group) > 1 else ():
            other = next(r for r in group if r is not row)
            row.fail(DUPLICATE_KEYS[row.kind][-1], Problem("duplicate", other=other.where))


def _name_conflicts(rows: list[Row]) -> None:
    for defining in definitions(rows)["party"].values():
        first = defining[0]
        for row in defining[1:]:
            if row.values.get("name") and row.values["name"] != first.values.get("name"):
                row.fail(
                    "name",
                    Problem("name_conflict", other=first.where, name=first.values.get("name")),
                )


def _schedule_order(rows: list[Row]) -> None:
    by_loan: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.kind == "instalments" and None not in (
            row.values.get("contract_no"),
            row.values.get("seq"),
            row.values.get("due_date"),
        ):
            by_loan[row.values["contract_no"]].append(row)
    for schedule in by_loan.values():
        schedule.sort(key=lambda r: r.values["seq"])
        for before, row in zip(schedule, schedule[1:], strict=False):
            seqs_differ = before.values["seq"] != row.values["seq"]
            if seqs_differ and row.values["due_date"] <= before.values["due_date"]:
                row.fail("due_date", Problem("due_out_of_order", other=before.where))


def _references(rows: list[Row], defined: dict[str, dict[str, list[Row]]], known: Lookup) -> None:
    wanted: dict[str, set[str]] = {"party": set(), "loan": set()}
    for row in rows:
        for column, target in REFERENCES.get(row.kind, ()):
            value = row.values.get(column)
            if value and value not in defined[target]:
                wanted[target].add(value)
    found = {target: known(target, keys) if keys else {} for target, keys in wanted.items()}
    for row in rows:
        for column, target in REFERENCES.get(row.kind, ()):
            value = row.values.get(column)
            if not value:
                continue
            if value in defined[target]:
                row.values[f"{column}_key"] = _key_of(defined[target][value], target)
            elif value in found[target]:
                row.values[f"{column}_key"] = found[target][value]
            else:
                row.fail(column, Problem("unknown_party" if target == "party" else "unknown_loan"))


def _key_of(defining: list[Row], target: str) -> str:
    best = sorted(defining, key=lambda r: (r.rejected, not r.values.get("id_type")))[0]
    values = best.values
    if target == "loan":
        return str(values["contract_no"])
    return party_key(values.get("id_type") or "other", values["id_number"])


def knock_on(rows: list[Row]) -> None:
    """Reject rows that depend on rejected rows, and whole schedules with a rejected instalment,
    until nothing more changes."""
    while _knock_on_once(rows):
        pass


def _knock_on_once(rows: list[Row]) -> bool:
    defined = definitions(rows)
    changed = False
    for row in rows:
        if row.rejected:
            continue
        for column, target in REFERENCES.get(row.kind, ()):
            defining = defined[target].get(row.values.get(column) or "", [])
            if defining and all(r.rejected for r in defining):
                row.knock_on("depends_on_rejected", where=defining[0].where)
                changed = True
                break
    schedules: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.kind == "instalments":
            schedules[str(row.values.get("contract_no"))].append(row)
    for row in rows:
        if row.kind == "loans":
            schedules[str(row.values.get("contract_no"))].append(row)
    for schedule in schedules.values():
        bad = next((r for r in schedule if r.rejected), None)
        for row in schedule if bad else ():
            if not row.rejected:
                code = (
                    "schedule_rejected"
                    if bad and bad.kind == "instalments"
                    else "depends_on_rejected"
                )
                row.knock_on(code, other=bad.where if bad else "", where=bad.where if bad else "")
                changed = True
    return changed
