"""The application context built once at start-up and handed to every service and window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import audit, keys
from desktop_app.paths import DataPaths
from local_db.database import Database, open_database
from local_db.models import Officer


def today() -> dt.date:
    return dt.date.today()


@dataclass
class AppContext:
    """Open store, data folder, who is acting, and the clock (tests may pin it)."""

    paths: DataPaths
    db: Database
    actor: str = "officer"
    clock: Callable[[], dt.date] = field(default=today)

    @contextmanager
    def unit(self, reason: str = "", actor: str | None = None) -> Iterator[Session]:
        """One audited unit of work; commits on success."""
        with self.db.session() as session:
            session.info["actor"] = actor or self.actor
            session.info["reason"] = reason
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.sessions() as session:
            yield session

    def close(self) -> None:
        self.db.close()


def database_exists(paths: DataPaths) -> bool:
    return paths.database.exists() and paths.database.stat().st_size > 0


def open_context(
    paths: DataPaths, *, create: bool = False, ask: keys.PassphraseSource = keys.env_passphrase,
) -> AppContext:
    """Unlock and open the store; ``create`` makes a new one with a new key."""
    paths.ensure()
    if database_exists(paths):
        key = keys.load_key(paths.database, paths.keyinfo, ask)
        db = open_database(paths.database, key)
    elif create:
        key = keys.create_key(paths.database, paths.keyinfo, ask)
        db = open_database(paths.database, key, create=True)
    else:
        db = open_database(paths.database, b"", create=False)  # raises DatabaseMissingError
    audit.install(db.sessions)
    paths.protect()
    return AppContext(paths=paths, db=db, actor=_local_officer(db) or "officer")


def _local_officer(db: Database) -> str | None:
    """The employee number of the officer who uses this machine, who acts in the audit log."""
    with db.sessions() as s:
        found = s.scalar(select(Officer.employee_no).where(Officer.is_local_user.is_(True)))
    return str(found) if found else None
