"""Document wording loaded from TOML in ``resources/documents`` (editable without code).

Files are named ``<doc>.<language>.toml`` (``letter.zh.toml``, ``agreement.en.toml``).
Templates use ``str.format`` placeholders; values are XML-escaped before they are
inserted, so wording may carry ReportLab paragraph markup (``<b>``) but data never can.
A different directory (an institution's own wording) can be passed, or set through the
``COLLECTION_DESK_TEXTS_DIR`` environment variable.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import resources

__all__ = ["DEFAULT_DIR", "TEXTS_ENV", "KeyLog", "Texts", "TextsError", "load_texts"]

DEFAULT_DIR = Path(resources.__file__).parent / "documents"
TEXTS_ENV = "COLLECTION_DESK_TEXTS_DIR"


class TextsError(KeyError):
    """A wording key or placeholder is missing."""


class _Escaped(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise TextsError(f"placeholder {{{key}}} has no value")


@dataclass(frozen=True)
class Texts:
    """Flattened wording: keys like ``"title.demand"`` map to template strings."""

    name: str
    language: str
    entries: Mapping[str, str]

    def raw(self, key: str) -> str:
        try:
            return self.entries[key]
        except KeyError:
            raise TextsError(f"{self.name}.{self.language}: missing wording {key!r}") from None

    def has(self, key: str) -> bool:
        return bool(self.entries.get(key, "").strip())

    def fmt(self, key: str, **values: object) -> str:
        """Template ``key`` with XML-escaped values (for Paragraph markup)."""
        safe = _Escaped({k: escape(str(v)) for k, v in values.items()})
        return self.raw(key).format_map(safe)

    def plain(self, key: str, **values: object) -> str:
        """Template ``key`` with raw values (for canvas text, not markup)."""
        return self.raw(key).format_map(_Escaped({k: str(v) for k, v in values.items()}))

    def items(self) -> Iterator[tuple[str, str]]:
        return iter(self.entries.items())


@dataclass(frozen=True)
class KeyLog(Texts):
    """``Texts`` that notes every key it is asked for (``used``)."""

    used: set[str] = field(default_factory=set, compare=False)

    @classmethod
    def of(cls, texts: Texts) -> KeyLog:
        return cls(texts.name, texts.language, texts.entries)

    def raw(self, key: str) -> str:
        self.used.add(key)
        return super().raw(key)


def _flatten(prefix: str, node: Mapping[str, object], out: dict[str, str]) -> None:
    for key, value in node.items():
        full = f"{prefix}{key}"
        if isinstance(value, Mapping):
            _flatten(full + ".", value, out)
        elif isinstance(value, str):
            out[full] = value
        else:
            raise TextsError(f"{full}: wording must be a string, got {type(value).__name__}")


@lru_cache(maxsize=32)
def _load(name: str, language: str, directory: str) -> Texts:
    path = Path(directory) / f"{name}.{language}.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    entries: dict[str, str] = {}
    _flatten("", data, entries)
    return Texts(name, language, entries)


def load_texts(name: str, language: str, directory: str | os.PathLike[str] | None = None) -> Texts:
    """Wording for document ``name`` ("letter" or "agreement") in ``language``; cached."""
    chosen = directory or os.environ.get(TEXTS_ENV) or DEFAULT_DIR
    return _load(name, language, str(chosen))
