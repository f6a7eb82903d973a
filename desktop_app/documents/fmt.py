"""Formatting of money, dates and ordinals for documents (pure, locale-explicit)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

__all__ = ["cn_number", "date_en", "date_zh", "money", "money_en", "rate_pct"]

_CN_DIGITS = "零一二三四五六七八九"
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def money(fen: int) -> str:
    """Figures with thousands separators and two decimals: 1234567 -> '12,345.67'."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def money_en(fen: int) -> str:
    return f"CNY {money(fen)}"


def date_zh(d: date) -> str:
    """GB/T 9704 成文日期: Arabic numerals, full year, no leading zeros (2026年3月5日)."""
    return f"{d.year}年{d.month}月{d.day}日"


def date_en(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def rate_pct(rate: Decimal) -> str:
    """Annual rate as a percentage without trailing zeros: Decimal('0.0435') -> '4.35%'."""
    pct = (rate * 100).normalize()
    text = format(pct, "f")
    return f"{text}%"


def cn_number(n: int) -> str:
    """Chinese ordinal numerals for article numbers, 1..99 (一, 十, 十二, 二十一)."""
    if not 0 < n < 100:
        raise ValueError(f"article number out of range: {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")
