"""Edits the officer makes from the detail panes; each is one audited unit of work.

Every function returns a :class:`Changes` so the window refreshes only what it touched.
Mutable rows carry a version; an edit against a stale version is refused, not merged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.portfolio import search_index
from local_db import audit_chain
from local_db.models import Case, ContactPoint, Party

LAWFUL_SOURCES = ("contract", "debtor_provided", "debtor_authorised", "public_lawful",
                  "nominated_contact", "credit_bureau_authorised")
CONTACT_KINDS = ("phone", "email", "address")
STAGES = ("early", "middle", "late", "legal")
PARTY_FLAGS = ("cease_contact", "attorney_represented", "dispute_open", "litigation_hold",
               "deceased_or_bankrupt", "do_not_contact")
_PHONE = re.compile(r"^(\+?86)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class EditError(ValueError):
    """Invalid input; the message names the field and the problem."""


class StaleEdit(EditError):
    """Someone changed the row since it was shown; reload and try again."""


@dataclass(frozen=True)
class Changes:
    case_ids: tuple[int, ...] = ()
    parties: bool = False
    timeline: bool = False
    worklist: bool = False
    documents: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def _case(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise EditError(f"No case with id {case_id}.")
    return case


def _check_version(current: int, expected: int | None, what: str) -> None:
    if expected is not None and current != expected:
        raise StaleEdit(f"{what} was changed elsewhere (version {current}, you saw {expected}); "
                        "reload it and try again.")


def validate_contact(kind: str, value: str, source: str) -> str:
    value = value.strip()
    if kind not in CONTACT_KINDS:
        raise EditError(f"kind: must be one of {', '.join(CONTACT_KINDS)}")
    if source not in LAWFUL_SOURCES:
        raise EditError(f"source: '{source}' is not a lawful source "
                        f"({', '.join(LAWFUL_SOURCES)})")
    if kind == "phone":
        value = re.sub(r"[\s()]", "", value)
        if not _PHONE.match(value):
            raise EditError(f"value: '{value}' is not a mainland mobile or landline number")
    if kind == "email" and not _EMAIL.match(value):
        raise EditError("value: not an e-mail address")
    if not value:
        raise EditError("value: must not be empty")
    return value


def add_contact(ctx: AppContext, case_id: int, party_id: int, kind: str, value: str,
                source: str, label: str = "") -> Changes:
    value = validate_contact(kind, value, source)
    with ctx.unit(reason="add contact") as s:
        if s.get(Party, party_id) is None:
            raise EditError(f"No party with id {party_id}.")
        if s.scalar(select(ContactPoint.id).where(ContactPoint.party_id == party_id,
                                                  ContactPoint.kind == kind,
                                                  ContactPoint.value == value)):
            raise EditError("value: this contact is already recorded for the party")
        s.add(ContactPoint(party_id=party_id, kind=kind, value=value, source=source, label=label))
        s.flush()
        search_index.reindex(s.connection(), [case_id])
    return Changes(case_ids=(case_id,), parties=True)


def update_contact(ctx: AppContext, case_id: int, contact_id: int, *, value: str | None = None,
                   source: str | None = None, valid: bool | None = None,
                   invalid_reason: str = "", label: str | None = None,
                   expected_version: int | None = None) -> Changes:
    with ctx.unit(reason="edit contact") as s:
        c = s.get(ContactPoint, contact_id)
        if c is None:
            raise EditError(f"No contact with id {contact_id}.")
        _check_version(c.version, expected_version, "The contact")
        new_value = validate_contact(c.kind, value if value is not None else c.value,
                                     source if source is not None else c.source)
        c.value, c.source = new_value, source if source is not None else c.source
        if label is not None:
            c.label = label
        if valid is not None:
            if not valid and not invalid_reason.strip():
                raise EditError("invalid_reason: say why the contact is no longer valid")
            c.valid, c.invalid_reason = valid, invalid_reason.strip()
        c.version += 1
        s.flush()
        search_index.reindex(s.connection(), [case_id])
    return Changes(case_ids=(case_id,), parties=True)


def set_party_flags(ctx: AppContext, case_id: int, party_id: int, flags: dict[str, bool],
                    reason: str, expected_version: int | None = None) -> Changes:
    unknown = set(flags) - set(PARTY_FLAGS)
    if unknown:
        raise EditError(f"flags: unknown {', '.join(sorted(unknown))}")
    if not reason.strip():
        raise EditError("reason: a flag change needs a reason")
    with ctx.unit(reason=reason.strip()) as s:
        p = s.get(Party, party_id)
        if p is None:
            raise EditError(f"No party with id {party_id}.")
        _check_version(p.version, expected_version, "The party")
        for name, on in flags.items():
            setattr(p, name, bool(on))
        p.version += 1
    return Changes(case_ids=(case_id,), parties=True, worklist=True)


def set_next_action(ctx: AppContext, case_id: int, action: str, when: dt.date | None,
                    expected_version: int | None = None) -> Changes:
    if when is not None and when < ctx.clock() - dt.timedelta(days=1):
        raise EditError("next_action_date: must not be in the past")
    with ctx.unit(reason="next action") as s:
        case = _case(s, case_id)
        _check_version(case.version, expected_version, "The case")
        case.next_action, case.next_action_date = action.strip(), when
        case.version += 1
    return Changes(case_ids=(case_id,), worklist=True)


def set_stage(ctx: AppContext, case_id: int, stage: str, expected_version: int | None = None
              ) -> Changes:
    if stage not in STAGES:
        raise EditError(f"stage: must be one of {', '.join(STAGES)}")
    with ctx.unit(reason="stage") as s:
        case = _case(s, case_id)
        _check_version(case.version, expected_version, "The case")
        case.stage = stage
        case.version += 1
    return Changes(case_ids=(case_id,), worklist=True)


def set_business_notes(ctx: AppContext, case_id: int, notes: str,
                       expected_version: int | None = None) -> Changes:
    with ctx.unit(reason="business notes") as s:
        case = _case(s, case_id)
        _check_version(case.version, expected_version, "The case")
        case.business_notes = notes
        case.version += 1
    return Changes(case_ids=(case_id,))


def reveal(ctx: AppContext, *, party_id: int | None = None, contact_id: int | None = None,
           reason: str) -> str:
    """The unmasked identity number or contact value; the reveal itself is audited (PII-2)."""
    if not reason.strip():
        raise EditError("reason: revealing personal data needs a reason")
    with ctx.unit(reason=reason.strip()) as s:
        if contact_id is not None:
            c = s.get(ContactPoint, contact_id)
            if c is None:
                raise EditError(f"No contact with id {contact_id}.")
            entity, ident, value = "contact_points", c.uuid, c.value
        elif party_id is not None:
            p = s.get(Party, party_id)
            if p is None:
                raise EditError(f"No party with id {party_id}.")
            entity, ident, value = "parties", p.uuid, p.id_number
        else:
            raise EditError("reveal: name a party or a contact")
        audit_chain.append(s, actor=ctx.actor, action="reveal", entity=entity,
                           entity_id=ident, changes={}, reason=reason.strip())
    return value
