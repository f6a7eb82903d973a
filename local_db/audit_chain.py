"""The audit hash chain: append an event, verify the chain and name the first broken link."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from local_db.models import AuditEvent

GENESIS = "0" * 64


def event_hash(prev_hash: str, at: dt.datetime, actor: str, action: str, entity: str,
               entity_id: str, changes: dict[str, Any], reason: str) -> str:
    body = json.dumps(
        {
            "prev": prev_hash,
            "at": at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "changes": changes,
            "reason": reason,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def last_hash(session: Session) -> str:
    found = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return found or GENESIS


def append(session: Session, *, actor: str, action: str, entity: str, entity_id: str,
           changes: dict[str, Any], reason: str = "", prev: str | None = None) -> AuditEvent:
    """Add one event linked to the newest; ``prev`` lets a batch chain without re-querying."""
    if prev is None:
        prev = session.info.get("audit_prev") or last_hash(session)
    prev_hash = prev
    at = dt.datetime.now(dt.UTC)
    # JSON round trip so what is hashed is exactly what the JSON column stores
    changes = json.loads(json.dumps(changes, ensure_ascii=False, default=str))
    event = AuditEvent(
        at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
        changes=changes, reason=reason, prev_hash=prev_hash,
        hash=event_hash(prev_hash, at, actor, action, entity, entity_id, changes, reason),
    )
    session.add(event)
    session.info["audit_prev"] = event.hash
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    problem: str = ""


def verify(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the chain in id order; report the first event whose link or hash does not hold."""
    prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return ChainReport(ok=True, checked=checked)
        for ev in rows:
            if ev.prev_hash != prev:
                return ChainReport(False, checked, ev.id, "link to the previous event is broken")
            expected = event_hash(prev, ev.at, ev.actor, ev.action, ev.entity, ev.entity_id,
                                  ev.changes, ev.reason)
            if expected != ev.hash:
                return ChainReport(False, checked, ev.id, "event content does not match its hash")
            prev = ev.hash
            checked += 1
            last_id = ev.id
        session.expunge_all()
