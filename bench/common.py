"""Shared helpers for the benchmarks: a throw-away encrypted store, timers, JSON output."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("COLLECTION_DESK_PASSPHRASE", "benchmark passphrase")
os.environ.setdefault("COLLECTION_DESK_NO_KEYRING", "1")

if TYPE_CHECKING:
    from desktop_app.context import AppContext

# The store modules (SQLAlchemy, SQLCipher, keyring) are imported where a store is opened:
# a benchmark's spawned worker processes import its main module again, and should pay
# what the app's light entry point costs them, not the bench's own imports.


def open_store(folder: Path) -> AppContext:
    """Open (creating if needed) the encrypted store in ``folder``."""
    from desktop_app.context import open_context
    from desktop_app.paths import data_paths

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
