"""Draws for the demo generator, the same as ``random.Random``'s methods give, made faster.

``rng.choices(items, weights)[0]`` adds the weights up again on every call; the generator
makes some 45,000 such draws per block of 5,000 cases. :class:`Weighted` adds them up
once and then draws exactly what ``choices`` draws (one ``rng.random()`` per draw, the same
bisection), so a seed gives the same portfolio (``tests/app/test_demo.py`` checks it).
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """``items`` with ``weights``; :meth:`draw` is ``rng.choices(items, weights)[0]``."""

    def __init__(self, items: Sequence[T], weights: Sequence[int]) -> None:
        if len(items) != len(weights) or not items:
            raise ValueError("one weight per item, at least one item")
        self.items = tuple(items)
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1] + 0.0
        if not self.total > 0.0:
            raise ValueError("the weights must add up to more than zero")
        self.last = len(self.items) - 1

    def draw(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.total, 0, self.last)]


def below(rng: random.Random) -> Callable[[int], int]:
    """``rng``'s own ``_randbelow``, on which its public draws are built: ``below(n)`` is
    ``rng.randrange(n)``, ``a + below(b - a + 1)`` is ``rng.randint(a, b)`` and
    ``s[below(len(s))]`` is ``rng.choice(s)``, the same numbers without two layers of
    argument checks (the generator makes some 300,000 such draws per block)."""
    method: Callable[[int], int] = rng._randbelow  # type: ignore[attr-defined]
    return method
