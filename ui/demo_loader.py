"""The demo portfolio for the first-run wizard: ``desktop_app.demo.run.build_demo`` when it is
there, else the demo generator written with the portfolio writer (both Qt-free)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

SEED = 20260301


def available() -> bool:
    return importlib.util.find_spec("desktop_app.demo") is not None


def work(ctx: Any, cases: int) -> Callable[[Callable[[int, int], None], Callable[[], bool]], Any]:
    def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        try:
            from desktop_app.demo.run import build_demo
        except ImportError:
            from desktop_app.demo.generate import generate
            from desktop_app.portfolio.writer import write_portfolio
            portfolio = generate(cases, SEED, ctx.clock())
            return write_portfolio(ctx, portfolio, source="demo", progress=progress,
                                   cancelled=cancelled)
        return build_demo(ctx, cases, SEED, progress=progress, cancelled=cancelled)
    return run
