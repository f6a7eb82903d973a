"""The fresh load checks foreign keys once, at its end, instead of on every row."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

TODAY = dt.date(2026, 11, 28)


def _load(ctx: Any, tamper: bool) -> None:
    from desktop_app.demo import run
    from desktop_app.portfolio import fresh
    from desktop_app.portfolio.write_steps import officer_ids
    from local_db.types import utcnow

    with ctx.unit(reason="test") as session:
        officers = officer_ids(session.connection())
        block = run.prepare_block(6, 3, TODAY, 0, 6, utcnow(), officers)
        if tamper:  # an instalment of a loan that does not exist
            loans = block.tables["instalments"][0]
            block.tables["instalments"][0] = [10**6, *list(loans)[1:]]
        with fresh.FreshLoad(session, today=TODAY, source="test", actor="t") as load:
            load.add(block)
            load.finish()


def test_a_dangling_key_fails_the_load_and_leaves_nothing(tmp_path: Any, app_env: None) -> None:
    import sqlcipher3
    from sqlalchemy import text

    from desktop_app.context import open_context
    from desktop_app.paths import data_paths

    ctx = open_context(data_paths(tmp_path), create=True)
    ctx.clock = lambda: TODAY

    def counts() -> tuple[int, int, set[int]]:
        conns = [ctx.db.engine.connect() for _ in range(6)]  # every pooled connection
        try:
            keys = {c.exec_driver_sql("PRAGMA foreign_keys").scalar_one() for c in conns}
            cases = conns[0].execute(text("SELECT count(*) FROM cases")).scalar_one()
            rows = conns[0].execute(text("SELECT count(*) FROM instalments")).scalar_one()
            return cases, rows, keys
        finally:
            for c in conns:
                c.close()

    try:
        with pytest.raises(sqlcipher3.IntegrityError, match="FOREIGN KEY"):
            _load(ctx, tamper=True)
        assert counts() == (0, 0, {1})
        _load(ctx, tamper=False)
        cases, rows, keys = counts()
        assert cases == 6 and rows > 0 and keys == {1}
    finally:
        ctx.close()
