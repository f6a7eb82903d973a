"""Merge fields allowed in script prompts, and which of them disclose the debt."""

from __future__ import annotations

import string
from collections.abc import Mapping

KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "party_name",  # the person or company on the line
        "party_role",  # their role, already translated for the language
        "borrower_name",  # the borrowing company or person
        "debtor_name",  # whom a third-party call is trying to reach
        "institution",
        "officer",
        "callback_number",  # the officer's official line
        "overdue_amount",
        "overdue_days",
        "contract_numbers",
        "oldest_due_date",
        "promise_history",
    }
)

# Disclosure category of each debt-revealing field: amount / overdue / default.
DISCLOSING_FIELDS: Mapping[str, str] = {
    "overdue_amount": "amount",
    "overdue_days": "overdue",
    "oldest_due_date": "overdue",
    "contract_numbers": "default",
    "promise_history": "default",
}
DISCLOSURE_KINDS: frozenset[str] = frozenset({"amount", "overdue", "default"})


class MergeFieldError(KeyError):
    """A template names a field that is not in KNOWN_FIELDS."""


def fields_in(template: str) -> list[str]:
    """Field names used in ``template`` (``{name}`` syntax), in order of appearance."""
    names: list[str] = []
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None and name not in names:
            names.append(name)
    return names


def disclosures_in(template: str) -> set[str]:
    """Disclosure categories implied by the merge fields a template uses."""
    return {DISCLOSING_FIELDS[f] for f in fields_in(template) if f in DISCLOSING_FIELDS}


def render(template: str, values: Mapping[str, str], missing: str = "【{name}】") -> str:
    """Fill ``template``; an unknown field raises, a known field without a value shows
    ``missing`` (default: the field name in brackets) so the officer sees the gap."""
    out: list[str] = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        if name is None:
            continue
        if name not in KNOWN_FIELDS:
            raise MergeFieldError(name)
        value = values.get(name)
        out.append(str(value) if value not in (None, "") else missing.format(name=name))
    return "".join(out)
