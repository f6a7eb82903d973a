"""Build letter PDFs in worker processes: ``LetterData`` in, PDF bytes back.

ReportLab layout is pure Python, so threads do not help; processes do. The pool uses
the ``spawn`` start method everywhere (the only one on Windows, and safe from a Qt
background thread on Linux): workers import this module fresh, register the CJK font
once and build one warm-up letter so the first real letter is not slower than the rest.
Everything a worker receives or returns is picklable plain data (``LetterData``, bytes,
``DocumentRefused`` with its problem list).

``LetterPool(workers=0)`` builds in the calling process when its result is asked for, so
callers use one code path whether or not processes are worth starting.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Protocol

from .checks import DocumentRefused
from .letter_data import LetterData
from .letters import build_letter

__all__ = ["LetterPool", "PendingPdf", "default_workers"]


class PendingPdf(Protocol):
    def result(self) -> bytes: ...

    def cancel(self) -> bool: ...


def default_workers() -> int:
    """Worker processes for a batch: one per core, at most 2 (what a desktop can spare)."""
    return max(1, min(2, os.cpu_count() or 1))


def _init_worker(font: str | None) -> None:
    from .samples import sample_letter

    build_letter(sample_letter(), font=font)  # registers the font, fills the caches
    gc.collect()
    gc.freeze()  # the long-lived imports and caches are not rescanned by each collection


def _build(data: LetterData, font: str | None, invariant: bool) -> bytes:
    return build_letter(data, font=font, invariant=invariant)


def _build_many(
    items: list[LetterData], font: str | None, invariant: bool
) -> list[bytes | DocumentRefused]:
    """Several letters in one task (one round trip); a refusal is returned in its place."""
    out: list[bytes | DocumentRefused] = []
    for data in items:
        try:
            out.append(build_letter(data, font=font, invariant=invariant))
        except DocumentRefused as refused:
            out.append(refused)
    return out


def _unpack(results: list[bytes | DocumentRefused]) -> Iterator[bytes]:
    for result in results:
        if isinstance(result, DocumentRefused):
            raise result
        yield result


class _Deferred:
    """A build run in this process when its result is first asked for."""

    def __init__(self, build: Callable[[], bytes]) -> None:
        self._build: Callable[[], bytes] | None = build
        self._pdf: bytes | None = None

    def result(self) -> bytes:
        if self._pdf is None:
            assert self._build is not None
            self._pdf, self._build = self._build(), None
        return self._pdf

    def cancel(self) -> bool:
        self._build = None
        return self._pdf is None


class LetterPool:
    """``submit(data)`` returns a pending PDF; ``close()`` (or ``with``) ends the workers.

    ``workers=0`` builds in the calling process (lazily, on ``result()``).
    """

    def __init__(self, workers: int, font: str | None = None, invariant: bool = False) -> None:
        self.workers, self.font, self.invariant = workers, font, invariant
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            self._pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(font,),
            )

    def submit(self, data: LetterData) -> PendingPdf:
        if self._pool is None:
            return _Deferred(lambda: build_letter(data, font=self.font, invariant=self.invariant))
        future: Future[bytes] = self._pool.submit(_build, data, self.font, self.invariant)
        return future

    def map(
        self, items: Iterable[LetterData], ahead: int = 4, chunk: int = 8
    ) -> Iterator[bytes]:
        """PDFs in input order. Workers get ``chunk`` letters per task (fewer round trips
        and wake-ups than one task a letter) and at most ``ahead`` tasks each are in
        flight. A refused letter raises ``DocumentRefused`` where its PDF would come."""
        if self._pool is None:
            for data in items:
                yield build_letter(data, font=self.font, invariant=self.invariant)
            return
        pool, window = self._pool, max(1, ahead * self.workers)
        pending: deque[Future[list[bytes | DocumentRefused]]] = deque()
        it = iter(items)
        while batch := list(islice(it, max(1, chunk))):
            pending.append(pool.submit(_build_many, batch, self.font, self.invariant))
            if len(pending) >= window:
                yield from _unpack(pending.popleft().result())
        while pending:
            yield from _unpack(pending.popleft().result())

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None

    def __enter__(self) -> LetterPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(cancel=exc[0] is not None)
