"""The audit hash chain detects edits and names the first broken link."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from local_db import audit_chain
from local_db.database import open_database

KEY = bytes(range(32))


def _chain(tmp_path: Path, n: int = 5):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "a.db", KEY, create=True)
    with db.session() as s:
        for i in range(n):
            audit_chain.append(s, actor="officer", action="update", entity="cases",
                               entity_id=str(i), changes={"stage": ["early", "middle"], "i": i})
    return db


def test_intact_chain_verifies(tmp_path: Path) -> None:
    db = _chain(tmp_path)
    with db.sessions() as s:
        report = audit_chain.verify(s)
    assert report.ok and report.checked == 5
    db.close()


def test_tampered_event_is_found(tmp_path: Path) -> None:
    db = _chain(tmp_path)
    with db.session() as s:
        s.execute(text("DROP TRIGGER audit_events_no_update"))
        s.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE id = 3"))
    with db.sessions() as s:
        report = audit_chain.verify(s)
    assert not report.ok and report.first_broken_id == 3
    assert "hash" in report.problem
    db.close()


def test_deleted_event_breaks_the_next_link(tmp_path: Path) -> None:
    db = _chain(tmp_path)
    with db.session() as s:
        s.execute(text("DROP TRIGGER audit_events_no_delete"))
        s.execute(text("DELETE FROM audit_events WHERE id = 2"))
    with db.sessions() as s:
        report = audit_chain.verify(s)
    assert not report.ok and report.first_broken_id == 3
    assert "link" in report.problem
    db.close()
