"""Small reads the detail panes need beside ``case_detail``: row versions and audit events.

``case_detail`` shows parties and contacts without their versions; an edit needs the version
the officer saw so a concurrent change is refused (``StaleEdit``) rather than overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.context import AppContext
from desktop_app.services.editing import LAWFUL_SOURCES, EditError, validate_contact
from local_db.models import AuditEvent, Case, CaseParty, ContactPoint, Party

_ENTITIES: dict[str, type[Case] | type[Party] | type[ContactPoint]] = {
    "cases": Case, "parties": Party, "contact_points": ContactPoint}


@dataclass(frozen=True)
class EditVersions:
    """Versions of a case's editable rows as they were read."""

    case: int
    parties: dict[int, int]
    contacts: dict[int, int]
    invalid_reasons: dict[int, str]


@dataclass(frozen=True)
class AuditView:
    at: dt.datetime
    actor: str
    action: str
    reason: str


def edit_versions(ctx: AppContext, case_id: int) -> EditVersions:
    with ctx.read() as s:
        case_version = s.scalar(select(Case.version).where(Case.id == case_id)) or 0
        party_ids = select(CaseParty.party_id).where(CaseParty.case_id == case_id)
        parties = {pid: version for pid, version in s.execute(
            select(Party.id, Party.version).where(Party.id.in_(party_ids)))}
        contacts = s.execute(select(ContactPoint.id, ContactPoint.version,
                                    ContactPoint.invalid_reason)
                             .where(ContactPoint.party_id.in_(party_ids))).all()
    return EditVersions(case=case_version, parties=parties,
                        contacts={cid: v for cid, v, _ in contacts},
                        invalid_reasons={cid: r for cid, _, r in contacts if r})


def _uuid(ctx: AppContext, entity: str, row_id: int) -> str | None:
    model = _ENTITIES.get(entity)
    if model is None:
        raise ValueError(f"entity: must be one of {', '.join(_ENTITIES)}")
    with ctx.read() as s:
        return s.scalar(select(model.uuid).where(model.id == row_id))


def audit_events_for(ctx: AppContext, entity: str, row_id: int) -> tuple[AuditView, ...]:
    """Audit events about one case, party or contact (by row id), oldest first."""
    ident = _uuid(ctx, entity, row_id)
    if ident is None:
        return ()
    with ctx.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.entity == entity,
                                                  AuditEvent.entity_id == ident)
                         .order_by(AuditEvent.id)).all()
        return tuple(AuditView(r.at, r.actor, r.action, r.reason) for r in rows)


def audit_event_count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def contact_exists(ctx: AppContext, party_id: int, kind: str, value: str) -> bool:
    """Whether the party already has this contact, compared after the service's cleaning.

    ``editing.add_contact`` would hit the unique constraint on a duplicate; asking first lets
    the dialog say so next to the field instead.
    """
    try:
        clean = validate_contact(kind, value, LAWFUL_SOURCES[0])
    except EditError:
        return False
    with ctx.read() as s:
        found = s.scalar(select(ContactPoint.id).where(
            ContactPoint.party_id == party_id, ContactPoint.kind == kind,
            ContactPoint.value == clean))
    return found is not None
