"""The demo's database side alone: its blocks are drawn and prepared first (untimed, by
worker processes), then a fresh process loads them into a new encrypted store exactly as
``collection-desk demo`` does (``demo.run`` with the workers' output replayed from a file)
and reports the wall and CPU time of that load: inserts, search index, index builds,
foreign-key check, commit. It answers how fast the demo could be if drawing were free.

    .venv/bin/python -m bench.demo_load_bench --cases 100000

Baseline in the same run: the whole ``demo`` command's own figures are in bench/README.md;
this prints the load's wall and CPU seconds next to the 60 s target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench.common import emit

TODAY = dt.date(2026, 11, 28)
NOW = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)


def _officers() -> dict[str, int]:
    from desktop_app.demo import profile

    return {o["employee_no"]: n for n, o in enumerate(profile.OFFICERS, 1)}


def _prepared(cases: int, seed: int, start: int) -> bytes:
    from desktop_app.demo import generate, run

    block = run.prepare_block(cases, seed, TODAY, start, generate.BLOCK, NOW, _officers())
    return pickle.dumps(block, protocol=pickle.HIGHEST_PROTOCOL)


def prepare(cases: int, seed: int, path: Path) -> float:
    from desktop_app.demo import generate

    t = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        starts = range(0, cases, generate.BLOCK)
        blocks = list(pool.map(_prepared, [cases] * len(starts), [seed] * len(starts), starts))
    path.write_bytes(pickle.dumps((cases, seed, blocks), protocol=pickle.HIGHEST_PROTOCOL))
    return time.perf_counter() - t


def load(path: Path, folder: Path) -> dict[str, Any]:
    """In this (fresh) process: the demo's fresh load of the prepared blocks."""
    from bench.common import open_store
    from desktop_app.demo import run

    cases, seed, blocks = pickle.loads(path.read_bytes())
    officers = _officers()

    def jobs(*args: Any) -> Any:
        assert args[4] == officers, "the store's officers differ from the prepared blocks'"
        for raw in blocks:
            yield pickle.loads(raw)

    run._jobs = jobs  # type: ignore[assignment]  # the workers' output, replayed
    ctx = open_store(folder)
    ctx.clock = lambda: TODAY
    before, t = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    report = run.build_demo(ctx, cases, seed, exclusive=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_SELF)
    ctx.close()
    user, sys_ = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    return {
        "bench": "demo_load",
        "cases": report["cases"],
        "rows": sum(report["changed"].values()),
        "load_wall_s": round(wall, 2),
        "load_cpu_s": round(user + sys_, 2),
        "user_s": round(user, 2),
        "sys_s": round(sys_, 2),
        "store_mb": round((folder / "collection-desk.db").stat().st_size / 1e6),
        "target_s": 60,
        "load_alone_over_target": wall > 60,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--load", type=Path, help=argparse.SUPPRESS)  # the child's part
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load:
        emit(load(args.load, args.store))
        return
    with tempfile.TemporaryDirectory(prefix="cd-demo-load-") as tmp:
        blocks = Path(tmp) / "blocks.pickle"
        seconds = prepare(args.cases, args.seed, blocks)
        print(f"prepared {args.cases} cases in {seconds:.1f} s (not timed below)",
              file=sys.stderr)
        child = subprocess.run(
            [sys.executable, "-m", "bench.demo_load_bench", "--load", str(blocks),
             "--store", str(Path(tmp) / "store")],
            check=True, capture_output=True, text=True,
        )
        sys.stdout.write(child.stdout)


if __name__ == "__main__":
    main()
