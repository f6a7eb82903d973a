"""Typed validation of captured answers; values are stored JSON-able."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.calls.script_model import CONTACT_SOURCE_CODES, Capture, CodeLabel

_CENT = Decimal("0.01")


class CaptureError(ValueError):
    """A captured field is missing or invalid; ``field`` names it for the UI."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class MissingCapture(CaptureError):
    """A required field of the current step has no value."""


class InvalidCapture(CaptureError):
    """A value does not fit the field's type or coded list."""


Codes = Mapping[str, Mapping[str, CodeLabel]]


def coerce(capture: Capture, value: object, codes: Codes) -> Any:
    """Validate ``value`` for ``capture``; None for "no value"; raise InvalidCapture."""
    if value is None or value == "":
        return None
    if capture.type == "amount":
        return _amount(capture.name, value)
    if capture.type == "date":
        return _date(capture.name, value)
    if capture.type == "enum":
        return _code(capture.name, value, codes.get(capture.codes or "", {}))
    if capture.type == "contact":
        return _contact(capture, value, codes)
    if capture.type == "text":
        text = str(value).strip()
        return text or None
    raise InvalidCapture(capture.name, f"unknown field type {capture.type!r}")


def _amount(name: str, value: object) -> str:
    if isinstance(value, float | bool):
        raise InvalidCapture(name, "give amounts as Decimal or text, not float")
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation as exc:
        raise InvalidCapture(name, "not a number") from exc
    if not amount.is_finite() or amount <= 0:
        raise InvalidCapture(name, "must be a positive amount")
    if amount != amount.quantize(_CENT):
        raise InvalidCapture(name, "at most two decimal places")
    return str(amount.quantize(_CENT))


def _date(name: str, value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise InvalidCapture(name, "not a date (YYYY-MM-DD)") from exc


def _code(name: str, value: object, table: Mapping[str, CodeLabel]) -> str:
    code = str(value)
    if code not in table:
        raise InvalidCapture(name, f"{code!r} is not in the coded list")
    return code


def _contact(capture: Capture, value: object, codes: Codes) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise InvalidCapture(capture.name, "expected {'value': ..., 'source': ...}")
    number = str(value.get("value", "")).strip()
    if not number:
        raise InvalidCapture(capture.name, "contact value is empty")
    sources = codes.get(capture.codes or CONTACT_SOURCE_CODES, {})
    source = _code(capture.name, value.get("source", ""), sources)
    return {"value": number, "source": source}
