"""Shared helpers for the benchmarks: a throw-away encrypted store, timers, JSON output."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("COLLECTION_DESK_PASSPHRASE", "benchmark passphrase")
os.environ.setdefault("COLLECTION_DESK_NO_KEYRING", "1")

from desktop_app.context import AppContext, open_context  # noqa: E402
from desktop_app.paths import data_paths  # noqa: E402


def open_store(folder: Path) -> AppContext:
    """Open (creating if needed) the encrypted store in ``folder``."""
    return open_context(data_paths(folder), create=True)


def raw_connection(ctx: AppContext) -> Any:
    """The store's own sqlcipher3 connection (same key, pragmas and page cache)."""
    return ctx.db.engine.raw_connection().driver_connection


def best_of(fn: Callable[[], Any], repeat: int = 5) -> dict[str, float]:
    """Milliseconds: the first (cold) run, then the median and best of ``repeat`` more."""
    t = time.perf_counter()
    fn()
    first = (time.perf_counter() - t) * 1000
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return {
        "first_ms": round(first, 3),
        "median_ms": round(statistics.median(runs), 3),
        "best_ms": round(min(runs), 3),
    }


def emit(result: dict[str, Any]) -> None:
    """Print the one JSON object a benchmark reports."""
    json.dump(result, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
