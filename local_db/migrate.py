"""Alembic, driven from code: upgrade to head, detect older and newer schemas."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from local_db.errors import NewerSchemaError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    return current is not None and current != head_revision()


def refuse_newer(path: Path, key: bytes, connect: Callable[[Path, bytes], Any]) -> None:
    """A file written by a newer release is refused before anything touches it."""
    conn = connect(path, key)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_table else None
    finally:
        conn.close()
    if row and row[0] not in known_revisions():
        raise NewerSchemaError(
            f"{path.name} was written by a newer Collection Desk (schema {row[0]}). "
            "Install the newer release to open it; the file was not changed."
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)
