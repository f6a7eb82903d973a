"""Helpers for loading many rows into a store in one transaction (e.g. a fresh demo).

SQLite builds an index from all its rows at once far faster than it maintains it through
millions of random-key inserts, so a bulk load into empty tables drops their secondary
indexes first and creates them again at the end, from the very DDL it dropped (so the
schema comes back exactly as the migrations made it). Indexes that enforce ``UNIQUE`` or
primary keys (SQLite's ``sqlite_autoindex_*``) cannot be dropped and stay.
Everything here runs inside the caller's transaction: a rollback restores the indexes.

A bulk load into a store that is still (nearly) empty is also cheaper without the WAL:
in WAL mode every page is written twice, to the ``-wal`` file and then by the checkpoint
into the database. With a rollback journal (:func:`rollback_journal`, for the load only)
SQLite journals just the pages the file had before the transaction, a few of them, and
writes the new pages once, in place; a rollback (or a crash: the hot journal) still
leaves the store as it was. :func:`wal_again` puts the store back in WAL mode after.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlcipher3


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


def rollback_journal(conn: Any) -> bool:
    """Switch the store from WAL to a rollback journal (``DELETE``), from this connection,
    which must not be in a transaction. SQLite allows it only when no other connection has
    the store open: then nothing changes (no waiting) and this returns False."""
    if conn.in_transaction:
        return False
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlcipher3.OperationalError:  # locked: other connections
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return str(mode).lower() == "delete"


def wal_again(conn: Any) -> None:
    """Back to WAL mode (the store's normal mode) after :func:`rollback_journal`."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlcipher3.OperationalError(f"journal mode stayed {mode}")


@contextmanager
def fts5_hash_size(conn: Any, table: str, size: int) -> Iterator[None]:
    """A larger in-memory hash for FTS5 ``table``'s pending terms, for one big load: terms
    are flushed to disk when the hash fills (1 MB by default), each flush a new segment
    that automerge then merges again and again. The setting is FTS5's ``hashsize`` (kept in
    the table's ``_config``); the default comes back after, with no row left behind."""
    conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", (size,))
    try:
        yield
    finally:
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", (_FTS5_HASH,))
        conn.execute(f"DELETE FROM {table}_config WHERE k = 'hashsize'")


_FTS5_HASH = 1024 * 1024
"""FTS5's default ``hashsize``."""
