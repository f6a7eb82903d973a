"""Column types shared by every model: exact money, UTC timestamps, time-ordered UUIDs."""

from __future__ import annotations

import datetime as dt
from typing import Any

import uuid6
from sqlalchemy import BigInteger, DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def new_uuid() -> str:
    """A time-ordered UUID (version 7) as text; rows that travel between machines carry one."""
    return str(uuid6.uuid7())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Money(TypeDecorator[int]):
    """Integer minor units (fen). Floats are refused so no rounding error reaches the store."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"money must be int minor units, got {type(value).__name__}")
        return value


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes stored as naive UTC; naive input is refused, output is aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class Rate(TypeDecorator[str]):
    """Decimal rates kept as exact text ("0.0435"), never binary floats."""

    impl = String(24)
    cache_ok = True
