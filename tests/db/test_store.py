"""The encrypted store: keys, plaintext on disk, migrations, append-only tables."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from local_db import audit_chain, migrate
from local_db.database import backup_file, open_database
from local_db.errors import DatabaseMissingError, NewerSchemaError, WrongKeyError
from local_db.models import Activity, Case, Party

KEY = bytes(range(32))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    db = open_database(path, KEY, create=True)
    with db.session() as s:
        p = Party(kind="entity", name="上海明远机械制造有限公司", id_type="uscc",
                  id_number="91310000MA1FL4XQ3K")
        s.add(p)
        s.flush()
        s.add(Case(borrower_party_id=p.id, borrower_name=p.name, opened_on=__import__(
            "datetime").date(2026, 1, 5)))
    db.close()
    return path


def test_file_on_disk_has_no_plaintext_and_is_not_plain_sqlite(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    raw = path.read_bytes()
    assert "明远机械".encode() not in raw
    assert b"91310000MA1FL4XQ3K" not in raw
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM parties").fetchall()


def test_wrong_key_is_refused_and_file_unchanged(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    before = _digest(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(WrongKeyError, match="does not open"):
        open_database(path, bytes(32))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_right_key_reopens_with_data(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    db = open_database(path, KEY)
    with db.session() as s:
        assert s.scalar(select(Party.name)) == "上海明远机械制造有限公司"
    db.close()


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError, match="collection-desk init"):
        open_database(tmp_path / "none.db", KEY)


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    db = open_database(path, KEY)
    with db.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    before = _digest(path)
    with pytest.raises(NewerSchemaError, match="newer Collection Desk"):
        open_database(path, KEY)
    assert _digest(path) == before


def test_older_schema_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    """A database at an older revision is backed up, then upgraded to head."""
    path = tmp_path / "old.db"
    db = open_database(path, KEY, create=True)
    # Simulate an older release: step down to base with the real downgrade, then reopen.
    migrate.command.downgrade(migrate.alembic_config(db.engine), "base")
    with db.session() as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32))"))
        s.execute(text("DELETE FROM alembic_version"))
    db.close()
    reopened = open_database(path, KEY)
    assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    reopened.close()


def test_backup_copy_is_encrypted_and_opens(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    copy = backup_file(path, KEY)
    assert copy.parent.name == "backups"
    assert "明远".encode() not in copy.read_bytes()
    db = open_database(copy, KEY)
    with db.session() as s:
        assert s.scalar(select(Party.id_number)) == "91310000MA1FL4XQ3K"
    db.close()


def test_activities_and_audit_events_are_append_only(tmp_path: Path) -> None:
    import datetime as dt

    path = _filled(tmp_path)
    db = open_database(path, KEY)
    with db.session() as s:
        case_id = s.scalar(select(Case.id))
        s.add(Activity(case_id=case_id, kind="note", occurred_at=dt.datetime.now(dt.UTC)))
        audit_chain.append(s, actor="t", action="x", entity="case", entity_id="1", changes={})
    for stmt in ("UPDATE activities SET notes = 'changed'", "DELETE FROM activities",
                 "UPDATE audit_events SET actor = 'mallory'", "DELETE FROM audit_events"):
        with pytest.raises(Exception, match="append-only"), db.session() as s:
            s.execute(text(stmt))
    db.close()


def test_fts_trigram_finds_chinese_substrings(tmp_path: Path) -> None:
    db = open_database(tmp_path / "f.db", KEY, create=True)
    with db.session() as s:
        s.execute(text("INSERT INTO case_search(rowid, body) VALUES (7, '上海明远机械制造有限公司 13812345678')"))
        hits = s.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH '\"明远机械\"'")).all()
        phone = s.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH '\"2345678\"'")).all()
    assert hits == [(7,)] and phone == [(7,)]
    db.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from local_db.models import Base

    db = open_database(tmp_path / "m.db", KEY, create=True)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert [d for d in diff if "case_search" not in str(d)] == []


def test_release_0001_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    """A file at the first released schema keeps its data through the upgrade."""
    from local_db.database import make_engine

    path = tmp_path / "v1.db"
    engine = make_engine(path, KEY)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO parties (uuid, created_at, updated_at, version, kind, name,"
                          " id_type, id_number, service_address, province, city, district,"
                          " timezone, language, legal_rep_name, cease_contact,"
                          " attorney_represented, dispute_open, litigation_hold,"
                          " deceased_or_bankrupt, do_not_contact, consent_window)"
                          " VALUES ('u1', '2026-01-01', '2026-01-01', 1, 'entity', '旧版数据',"
                          " 'uscc', 'X1', '', '', '', '', 'Asia/Shanghai', 'zh', '', 0, 0, 0,"
                          " 0, 0, 0, '')"))
    engine.dispose()
    db = open_database(path, KEY)
    assert db.backup_made is not None and db.backup_made.exists()
    assert migrate.current_revision(db.engine) == migrate.head_revision() != "0001"
    with db.session() as s:
        assert s.scalar(select(Party.name)) == "旧版数据"
        names = {r[0] for r in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases'"))}
    assert "ix_cases_status_fig_overdue_amount" in names and "ix_cases_priority" not in names
    db.close()
    assert not db.backup_made.read_bytes().startswith(b"SQLite format 3")  # still encrypted
