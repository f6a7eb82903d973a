"""Helpers for loading many rows into a store in one transaction (e.g. a fresh demo).

SQLite builds an index from all its rows at once far faster than it maintains it through
millions of random-key inserts, so a bulk load into empty tables drops their secondary
indexes first and creates them again at the end, from the very DDL it dropped (so the
schema comes back exactly as the migrations made it). Indexes that enforce ``UNIQUE`` or
primary keys (SQLite's ``sqlite_autoindex_*``) cannot be dropped and stay.
Everything here runs inside the caller's transaction: a rollback restores the indexes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any


def drop_secondary_indexes(conn: Any, tables: Iterable[str]) -> list[str]:
    """Drop the explicit (``CREATE INDEX``) indexes of ``tables``; returns their DDL."""
    names = sorted(set(tables))
    marks = ", ".join("?" * len(names))
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY tbl_name, name",
        names,
    ).fetchall()
    for name, _ in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


def create_indexes(conn: Any, ddl: Iterable[str]) -> None:
    """Create the indexes :func:`drop_secondary_indexes` dropped, from their own DDL."""
    for sql in ddl:
        conn.execute(sql)


@contextmanager
def cache_size(conn: Any, megabytes: int) -> Iterator[None]:
    """A larger page cache on this connection for the duration; the old size after."""
    old = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-megabytes * 1024}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(old)}")
