"""Portfolio write throughput (rows/s) against the raw SQLCipher insert rate, same run.

    .venv/bin/python -m bench.import_bench [--loans 100000] [--seed 1]

Draws a demo portfolio with about ``--loans`` loans and writes it with ``write_portfolio``
(the path the CSV/XLSX importer ends in: upserts, figures, search index, audit) into a new
encrypted store; then inserts the same rows with sqlcipher3 ``executemany`` into bare
tables of a second encrypted file. CSV parsing is not included (see README).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import emit, log, open_store, raw_connection
from desktop_app.demo import generate
from desktop_app.demo.run import ensure_profile
from desktop_app.portfolio.records import Portfolio
from desktop_app.portfolio.writer import write_portfolio

LOANS_PER_CASE = 1.5  # the demo's average


def _rows(p: Portfolio) -> dict[str, list[tuple[Any, ...]]]:
    def flat(rec: Any) -> tuple[Any, ...]:
        return tuple(
            v if isinstance(v, int | str | None) else str(v)
            for f in dataclasses.fields(rec)
            if not isinstance(v := _value(rec, f.name), tuple)
        )

    return {name: [flat(r) for r in getattr(p, name)] for name in p.__dataclass_fields__}


def _value(rec: Any, name: str) -> Any:
    """A record's field as the bare table stores it: allocations as JSON, like the app."""
    value = getattr(rec, name)
    return json.dumps(dict(value)) if name == "allocation" else value


def raw_insert(ctx: Any, p: Portfolio) -> tuple[int, float]:
    raw = raw_connection(ctx)
    tables = _rows(p)
    t = time.perf_counter()
    for name, rows in tables.items():
        if not rows:
            continue
        cols = ", ".join(f"c{i}" for i in range(len(rows[0])))
        raw.execute(f"CREATE TABLE bare_{name} (id INTEGER PRIMARY KEY, {cols})")
        marks = ", ".join("?" * len(rows[0]))
        raw.executemany(f"INSERT INTO bare_{name} ({cols}) VALUES ({marks})", rows)
    raw.commit()
    return sum(map(len, tables.values())), time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--loans", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    cases = max(1, round(args.loans / LOANS_PER_CASE))
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="cd-import-bench-") as tmp:
        t = time.perf_counter()
        portfolio = generate.generate(cases, args.seed, today)
        draw_s = time.perf_counter() - t
        rows = sum(len(getattr(portfolio, n)) for n in portfolio.__dataclass_fields__)
        log(f"{cases} cases, {len(portfolio.loans)} loans, {rows} rows drawn in {draw_s:.1f} s")
        ctx = open_store(Path(tmp) / "app")
        ctx.clock = lambda: today
        ensure_profile(ctx)
        t = time.perf_counter()
        steps: list[float] = []
        write_portfolio(
            ctx, portfolio, source="bench", progress=lambda *_: steps.append(time.perf_counter())
        )
        write_s = time.perf_counter() - t
        ctx.close()
        bare = open_store(Path(tmp) / "bare")
        raw_rows, raw_s = raw_insert(bare, portfolio)
        bare.close()
    names = (
        "parties",
        "cases",
        "roles",
        "loans",
        "loan_children",
        "history",
        "figures",
        "search_index",
        "audit",
    )
    emit(
        {
            "benchmark": "import",
            "path": "write_portfolio (importer not timed: CSV parse excluded)",
            "cases": cases,
            "loans": len(portfolio.loans),
            "rows": rows,
            "generate_s": round(draw_s, 2),
            "write_s": round(write_s, 2),
            "write_rows_per_s": round(rows / write_s),
            "write_steps_s": {
                n: round(b - a, 2) for n, a, b in zip(names, steps, steps[1:], strict=False)
            },
            "baseline_raw_executemany": {
                "rows": raw_rows,
                "seconds": round(raw_s, 2),
                "rows_per_s": round(raw_rows / raw_s),
            },
        }
    )


if __name__ == "__main__":
    main()
