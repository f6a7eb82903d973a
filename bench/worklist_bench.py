"""Worklist query time over 1,000,000 cases: the app's query path against bare SQL.

    .venv/bin/python -m bench.worklist_bench [--cases 1000000] [--seed 1]

Prints one JSON object. The store is built once per (cases, seed) under /tmp and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from bench.big_db import ensure_big_store
from bench.common import best_of, emit, open_store, raw_connection
from desktop_app.services import worklist

BARE_PAGE = "SELECT id FROM cases WHERE status = 'open' ORDER BY fig_priority DESC, id DESC LIMIT 100"
BARE_ROWS = "SELECT * FROM cases WHERE id IN ({})"
BARE_SEARCH = (
    "SELECT id FROM cases WHERE id IN (SELECT rowid FROM case_search "
    "WHERE case_search MATCH ?) ORDER BY fig_priority DESC, id LIMIT 100"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    folder, info = ensure_big_store(args.seed, args.cases)
    t = time.perf_counter()
    ctx = open_store(folder)
    open_ms = (time.perf_counter() - t) * 1000
    ctx.clock = lambda: dt.date.fromisoformat(info["as_of"])
    try:
        raw = raw_connection(ctx)
        name = raw.execute(
            "SELECT borrower_name FROM cases WHERE id = ?", (args.cases // 2,)
        ).fetchone()[0]
        term = name[:4]
        everyone = worklist.WorklistFilter()
        found = worklist.WorklistFilter(search=term)

        def bare_page() -> None:
            ids = [r[0] for r in raw.execute(BARE_PAGE)]
            raw.execute(BARE_ROWS.format(",".join("?" * len(ids))), ids).fetchall()

        result = {
            "benchmark": "worklist",
            "store": info,
            "open_ms": round(open_ms, 1),
            "first_page_100_by_priority": {
                "app": best_of(lambda: worklist.rows(ctx, worklist.page_ids(ctx, everyone))),
                "bare_sql": best_of(bare_page),
            },
            "count_all": {
                "app": best_of(lambda: worklist.count(ctx, everyone)),
                "bare_sql": best_of(lambda: raw.execute("SELECT count(*) FROM cases").fetchone()),
            },
            "fts_search_first_page": {
                "term": term,
                "hits": worklist.count(ctx, found),
                "app": best_of(lambda: worklist.query(ctx, found)),
                "bare_sql": best_of(lambda: raw.execute(BARE_SEARCH, (f'"{term}"',)).fetchall()),
            },
        }
    finally:
        ctx.close()
    emit(result)


if __name__ == "__main__":
    main()
