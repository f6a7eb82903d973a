"""Every change made through a service session becomes an audit event in the hash chain.

A ``before_flush`` hook looks at what the unit of work creates, changes and deletes, masks
personal data, and appends one event per row. The actor comes from ``session.info``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.privacy import mask_value
from local_db import audit_chain
from local_db.models import AuditEvent, CallDraft
from local_db.types import new_uuid

NOT_AUDITED = (AuditEvent, CallDraft)
SKIP_FIELDS = frozenset({"pdf", "data", "updated_at", "created_at"})


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _row_changes(obj: Any, created: bool) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIP_FIELDS or key == "id":
            continue
        hist = state.attrs[key].history
        if created:
            value = getattr(obj, key)
            if value not in (None, "", False, [], {}):
                changes[key] = _plain(mask_value(key, value))
        elif hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            changes[key] = [_plain(mask_value(key, old)), _plain(mask_value(key, new))]
    return changes


def _entity_id(obj: Any) -> str:
    if hasattr(obj, "uuid") and obj.uuid is None:
        obj.uuid = new_uuid()
    return str(getattr(obj, "uuid", None) or getattr(obj, "id", None) or "new")


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("audit") is False:
        return
    actor = str(session.info.get("actor", "system"))
    reason = str(session.info.get("reason", ""))
    prev = session.info.get("audit_prev")
    batches = (("create", session.new, True), ("update", session.dirty, False),
               ("delete", session.deleted, False))
    for action, objs, created in batches:
        for obj in list(objs):
            if isinstance(obj, NOT_AUDITED):
                continue
            changes = _row_changes(obj, created) if action != "delete" else {}
            if action == "update" and not changes:
                continue
            ev = audit_chain.append(
                session, actor=actor, action=action, entity=obj.__tablename__,
                entity_id=_entity_id(obj), changes=changes, reason=reason, prev=prev,
            )
            prev = ev.hash
    session.info["audit_prev"] = prev


def _after_end(session: Session, _tx: Any) -> None:
    session.info.pop("audit_prev", None)


def install(sessions: sessionmaker[Session]) -> None:
    """Attach the audit hook to every session the factory makes."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_soft_rollback", _after_end)
    event.listen(sessions, "after_commit", lambda s: s.info.pop("audit_prev", None))
