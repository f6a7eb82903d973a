"""Verification hash of a document's content data, and the QR payload that carries it.

What is hashed (so a verifier can recompute it): the input dataclass (``LetterData`` or
``AgreementData``) converted with ``dataclasses.asdict``; then every ``date`` becomes its
ISO string (``2026-03-05``), every ``Decimal`` its ``str`` (``0.0435``), every ``int``
stays a JSON integer (fen), tuples become lists and enums their value. The result is
serialised as JSON with ``sort_keys=True``, ``ensure_ascii=False`` and separators
``(",", ":")``, encoded UTF-8, and hashed with SHA-256 (lower-case hex). The PDF itself
cannot carry its own file hash; the file's SHA-256 is stored beside it (DOC-CN-9).

QR payload: ``CD1|<document number>|<sha256 hex>``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

__all__ = ["QR_PREFIX", "canonical_json", "content_hash", "qr_payload"]

QR_PREFIX = "CD1"


def _plain(value: Any) -> Any:
    """``value`` as JSON-ready data; dataclass instances become dicts of their fields,
    exactly as ``dataclasses.asdict`` would give them, without its deep copies."""
    names = _field_names(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    raise TypeError(f"cannot hash value of type {type(value).__name__}")


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """A dataclass's field names in definition order (``None`` for other types)."""
    if cls not in _FIELDS:
        is_dc = dataclasses.is_dataclass(cls)
        _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if is_dc else None
    return _FIELDS[cls]


def canonical_json(data: Any) -> bytes:
    """The exact bytes that are hashed for ``data`` (a dataclass instance)."""
    if not dataclasses.is_dataclass(data) or isinstance(data, type):
        raise TypeError("canonical_json() should be called on dataclass instances")
    tree = _plain(data)
    text = json.dumps(tree, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def content_hash(data: Any) -> str:
    return hashlib.sha256(canonical_json(data)).hexdigest()


def qr_payload(number: str, digest: str) -> str:
    return f"{QR_PREFIX}|{number}|{digest}"
