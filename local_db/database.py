"""Opening the encrypted local store: key check, pragmas, migrations with a backup first."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from local_db import migrate
from local_db.errors import DatabaseMissingError, WrongKeyError

DEFAULT_CACHE_MB = 128
"""Per connection; the worklist's queries run off indexes, and the window keeps a few
connections (main thread plus background work), so this bounds memory."""


def _raw_connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10)
    conn.execute("PRAGMA cipher_log_level = NONE")
    # A random key from the keyring is passed raw, which skips SQLCipher's slow KDF.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def check_key(path: Path, key: bytes) -> None:
    """Raise WrongKeyError unless ``key`` opens ``path``; reads only, never writes."""
    conn = _raw_connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise WrongKeyError(
            f"The key or passphrase does not open {path.name}; the file was not changed."
        ) from exc
    finally:
        conn.close()


def make_engine(path: Path, key: bytes, cache_mb: int = DEFAULT_CACHE_MB) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3.dbapi2,
        creator=lambda: _raw_connect(path, key),
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA busy_timeout = 10000")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute(f"PRAGMA cache_size = {-cache_mb * 1024}")
        cur.close()

    return engine


@dataclass
class Database:
    """An open store: its file, engine and session factory. One per application context."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: Path | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        with self.sessions() as s, s.begin():
            yield s

    def close(self) -> None:
        """Let SQLite refresh its planner statistics where they went stale, then close."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # closing must not fail on a read-only or locked file
            pass
        self.engine.dispose()


def open_database(
    path: Path, key: bytes, *, create: bool = False, cache_mb: int = DEFAULT_CACHE_MB
) -> Database:
    """Open (or create) the store; upgrade an older schema after a backup copy."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise DatabaseMissingError(
            f"No database at {path}. Run 'collection-desk init' or choose another --data-dir."
        )
    if existed:
        check_key(path, key)
        migrate.refuse_newer(path, key, _raw_connect)
    engine = make_engine(path, key, cache_mb)
    backup = None
    if existed and migrate.needs_upgrade(engine):
        engine.dispose()
        backup = backup_file(path, key, reason="pre-upgrade")
        engine = make_engine(path, key, cache_mb)
    migrate.upgrade(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, engine=engine, sessions=sessions, backup_made=backup)


def backup_file(path: Path, key: bytes, reason: str = "manual") -> Path:
    """Copy the encrypted file (after a WAL checkpoint) into ``backups/`` beside it."""
    conn = _raw_connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{reason}-{stamp}{path.suffix}"
    shutil.copy2(path, target)
    return target


def refresh_statistics(conn: Any) -> None:
    """Quick planner statistics (sampled) after a bulk write, so SQLite picks the indexes
    that match the data, e.g. a status index only when status is selective."""
    conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
    conn.exec_driver_sql("ANALYZE")


def integrity_problems(db: Database) -> list[str]:
    """SQLite's own integrity check plus SQLCipher's page HMAC check."""
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        cipher = [r[0] for r in conn.execute(text("PRAGMA cipher_integrity_check"))]
    problems = [r for r in rows if r != "ok"]
    return problems + cipher
