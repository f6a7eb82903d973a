"""Writing a portfolio block by block into a store that has none of its rows yet.

The fast path of the demo (a new store): what :func:`writer.write_portfolio` would store,
row for row and id for id, but prepared away from the database.
:func:`fresh_prepare.prepare` runs in a worker process: it turns one block of records into
the rows the writer's bulk path would insert (ids counted from 0 within the block, only
the values that vary from row to row), computes every new case's cached figures from the
records with the same one-pass replay ``figures.refresh`` uses (instead of reading the rows
back; loans whose figures the demo generator already has from its own replay are not
replayed again), and the search text ``search_index.reindex`` would build. The main
process (:class:`FreshLoad`) only shifts the ids by what earlier blocks used (in the SQL
itself, ``?1 + base``; a row's own id is the next rowid, defaults and stamps are written
in), resolves parties shared between blocks (the demo's guarantee firms), and
inserts. The load is one transaction with the tables' secondary indexes dropped and
created again at the end, so a failure or a cancel leaves the store as it was (indexes
included: the transaction is begun before they are dropped). Foreign keys are checked once
for the whole store at the end of that transaction (``PRAGMA foreign_key_check``) instead
of row by row: a dangling key fails the load and rolls it back, as it would have failed
its INSERT.

``tests/app/test_fast_paths.py`` proves the store equals the writer's, table by table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import sqlcipher3
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop_app.portfolio.bulk_rows import table_of
from desktop_app.portfolio.fresh_rows import (
    ORDER,
    SPECS,
    TABLES,
    NotFresh,
    Prepared,
    Row,
    SearchParts,
    height,
    insert_sql,
    search_body,
)
from desktop_app.services import promises as promise_service
from local_db import audit_chain, bulk
from local_db.search_text import indexed_text


class FreshLoad:
    """Insert prepared blocks into a store without their rows, in one transaction.

    Use as a context manager around the blocks: it drops the loaded tables' secondary
    indexes (and enlarges the page cache and FTS5's hash) on entry; :meth:`add` inserts a
    block with its search rows; :meth:`finish` builds the indexes again and evaluates the
    new promises. The cache holds a 100,000-case store (~1.5 GB, taken only as pages are
    used): no page is written out during the load and read back (decrypted) later.
    """

    def __init__(
        self,
        session: Session,
        *,
        today: dt.date,
        source: str,
        actor: str,
        cache_mb: int = 2048,
        fts_hash_mb: int = 128,
    ) -> None:
        self.session, self.today, self.source, self.actor = session, today, source, actor
        self.conn: Connection = session.connection()
        self.raw: Any = self.conn.connection.driver_connection
        self.cache_mb, self.fts_hash_mb = cache_mb, fts_hash_mb
        self.next: dict[str, int] = {}
        self.shared_ids: dict[str, int] = {}
        self.open_promises: list[tuple[int, dt.date, int, int]] = []
        self.changed: dict[str, int] = dict.fromkeys(ORDER, 0)
        self.indexes: list[str] = []
        self.check_keys = False
        self._cache: Any = None
        self._hash: Any = None

    def __enter__(self) -> FreshLoad:
        for name, (model, _, _) in SPECS.items():
            table = table_of(model).name
            self.next[name] = int(
                self.raw.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
            )
        if not self.raw.in_transaction:
            self.check_keys = _foreign_keys_at_end(self.conn)
            # the transaction begins here, so that dropping the indexes is part of it (the
            # driver only begins one before the first INSERT): a rollback restores them
            self.raw.execute("BEGIN")
        self._cache = bulk.cache_size(self.raw, self.cache_mb)
        self._cache.__enter__()
        # the search rows go in block by block (while the workers draw the next blocks),
        # held in FTS5's hash until it fills or the transaction ends
        self._hash = bulk.fts5_hash_size(self.raw, "case_search", self.fts_hash_mb << 20)
        self._hash.__enter__()
        self.indexes = bulk.drop_secondary_indexes(self.raw, TABLES)
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        try:
            self._hash.__exit__(None, None, None)
            if kind is None and self.check_keys:
                self.session.flush()
                bad = self.raw.execute("PRAGMA foreign_key_check").fetchmany(3)
                if bad:
                    raise sqlcipher3.IntegrityError(f"FOREIGN KEY constraint failed: {bad}")
        except sqlcipher3.Error:
            if kind is None:  # on a failure the rollback removes the setting anyway
                raise
        finally:
            self._cache.__exit__(None, None, None)

    def _insert(
        self, name: str, base: Mapping[str, int], stamp: str, rows: Iterable[Row], n: int
    ) -> None:
        """Insert the ``n`` ``rows``; they take the ids from ``self.next[name]`` on (checked)."""
        if not n:
            return
        self.raw.executemany(insert_sql(name, base, stamp), rows)
        last = self.raw.execute("SELECT last_insert_rowid()").fetchone()[0]
        expected = self.next[name] + n - 1
        if last != expected:
            raise NotFresh(f"{name}: ids up to {last}, {expected} expected")
        self.next[name] += n

    def add(self, block: Prepared) -> dict[str, int]:
        """Insert one block; returns what it added per table (the writer's report)."""
        base = dict(self.next)
        parties_base = base["parties"]
        own = height(block.tables["parties"])
        new_shared: list[str] = []
        for key, _, _ in block.shared:
            if key not in self.shared_ids:
                self.shared_ids[key] = parties_base + own + len(new_shared)
                new_shared.append(key)
        for name, refs in block.refs.items():
            cols = block.tables[name]
            for row, col, key in refs:
                column = cols[col]
                if not isinstance(column, list):
                    column = cols[col] = list(column)
                column[row] = self.shared_ids[key] - parties_base
        changed: dict[str, int] = {}
        for name in ORDER:
            cols = block.tables[name]
            self._insert(name, base, block.stamp, zip(*cols, strict=True), height(cols))
            if name == "parties":
                party = {key: row for key, row, _ in block.shared}
                rows = [party[k] for k in new_shared]
                self._insert(name, base, block.stamp, rows, len(rows))
            elif name == "contacts":
                contacts = {key: rows for key, _, rows in block.shared}
                rows = [
                    (self.shared_ids[key], *row[1:]) for key in new_shared for row in contacts[key]
                ]
                self._insert(name, {**base, "parties": 0}, block.stamp, rows, len(rows))
            changed[name] = self.next[name] - base[name]
        case_base = base["cases"]
        search = [(case_base + c, body) for c, body in block.bodies]
        for c, (entries, phones, contracts) in block.pending_bodies:

            def ident(x: Any) -> int:
                return int(self.shared_ids[x] if isinstance(x, str) else parties_base + x)

            parts: SearchParts = (
                [(ident(e[0]), *e[1:]) for e in entries],
                [(ident(x), v) for x, v in phones],
                contracts,
            )
            search.append((case_base + c, indexed_text(search_body(parts))))
        search.sort()  # blocks come in case order: the search rows go in rowid order
        self.raw.executemany("INSERT INTO case_search (rowid, body) VALUES (?, ?)", search)
        self.open_promises += [
            (case_base + c, due, amount, paid) for c, due, amount, paid in block.open_promises
        ]
        for name, n in changed.items():
            self.changed[name] += n
        audit_chain.append(
            self.session,
            actor=self.actor,
            action="import",
            entity="portfolio",
            entity_id=self.source,
            changes={"changed": changed, "cases": block.cases},
            reason=f"bulk write from {self.source}",
        )
        return changed

    def finish(self) -> None:
        """Indexes and the promise evaluation, as each write would have."""
        bulk.create_indexes(self.raw, self.indexes)
        self.indexes = []
        # a promise changes only once paid in full or past its grace period: the others
        # would stay open, so evaluating their cases would change nothing
        grace = dt.timedelta(days=promise_service.limits().grace_days)
        promise_service.evaluate(
            self.session,
            [
                case
                for case, due, amount, paid in self.open_promises
                if paid >= amount or due + grace < self.today
            ],
            self.today,
        )


def _foreign_keys_at_end(conn: Connection) -> bool:
    """Turn the per-row foreign key checks off on ``conn``, outside a transaction, if they
    were on; the connection is then detached from the pool: it is closed when the session
    lets it go, so no one is ever handed a connection without them. Returns whether the
    load must check the keys itself (:meth:`FreshLoad.__exit__`)."""
    raw: Any = conn.connection.driver_connection
    if not raw.execute("PRAGMA foreign_keys").fetchone()[0]:
        return False
    conn.connection.detach()
    raw.execute("PRAGMA foreign_keys = OFF")
    return True
