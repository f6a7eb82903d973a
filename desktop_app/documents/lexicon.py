"""Banned lexicon (CN-SCR1, DOC-CN-7, CN-FEE1), loaded from ``lexicon.toml``."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .texts import DEFAULT_DIR

__all__ = ["CATEGORIES", "find_banned", "words"]

CATEGORIES = ("anywhere", "issuer", "law_firm_only", "fee")


@lru_cache(maxsize=4)
def _load(directory: str) -> dict[str, tuple[str, ...]]:
    with (Path(directory) / "lexicon.toml").open("rb") as fh:
        data = tomllib.load(fh)
    out: dict[str, tuple[str, ...]] = {}
    for category in CATEGORIES:
        section = data.get(category, {})
        out[category] = tuple(w.lower() for lang in ("zh", "en") for w in section.get(lang, ()))
    return out


def words(category: str, directory: Path = DEFAULT_DIR) -> tuple[str, ...]:
    return _load(str(directory))[category]


def find_banned(texts: Iterable[str], category: str, directory: Path = DEFAULT_DIR) -> list[str]:
    """Banned words of ``category`` found in any of ``texts``, in lexicon order, unique."""
    blob = "\n".join(texts).lower()
    # a substring test first: it decides Chinese words, and rules out most Latin ones
    # before the whole-word regex runs
    return [
        w
        for w in words(category, directory)
        if w in blob and (not w.isascii() or _pattern(w).search(blob))
    ]


@lru_cache(maxsize=256)
def _pattern(word: str) -> re.Pattern[str]:
    """Latin words match whole words only ("warrant" is not "warranty"); Chinese by substring."""
    escaped = re.escape(word)
    return re.compile(rf"\b{escaped}\b" if word.isascii() else escaped)
