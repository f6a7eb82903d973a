"""Hand-written DDL the ORM cannot express: full-text search and append-only guards.

Migrations import these statements, so an upgrade and a fresh database get the same objects.
"""

from __future__ import annotations

FTS_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS case_search USING fts5("
    "body, tokenize = 'trigram')"
)
"""The rowid of a search row is the case id."""
FTS_DROP = "DROP TABLE IF EXISTS case_search"

APPEND_ONLY_TABLES = ("activities", "audit_events")


def append_only_triggers(table: str) -> list[str]:
    """SQLite triggers that refuse UPDATE and DELETE on an append-only table."""
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
    ]


def drop_append_only_triggers(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {table}_no_update",
        f"DROP TRIGGER IF EXISTS {table}_no_delete",
    ]


def extra_upgrade() -> list[str]:
    statements = [FTS_CREATE]
    for table in APPEND_ONLY_TABLES:
        statements += append_only_triggers(table)
    return statements


def extra_downgrade() -> list[str]:
    statements = [FTS_DROP]
    for table in APPEND_ONLY_TABLES:
        statements += drop_append_only_triggers(table)
    return statements
