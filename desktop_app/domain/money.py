"""Exact money: amounts are ``int`` minor units (fen); never ``float``.

Computed money (interest, penalty) is rounded to whole fen once, with
``ROUND_HALF_UP`` on ``Decimal`` (0.5 fen rounds away from zero). All supported
currencies have two minor digits; ``currency`` only selects the display symbol.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Fen = int
"""An amount in minor units (fen for CNY)."""

MAX_FEN = 2**63 - 1
"""Largest amount storable in a 64-bit database column."""

ROUNDING = ROUND_HALF_UP
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}

_PREFIXES = ("人民币", "RMB", "CNY", *sorted(SYMBOLS.values(), key=len, reverse=True))
_SUFFIXES = ("元整", "元", "RMB", "CNY")
_MINUS = ("-", "\u2212")
_NUMBER = re.compile(r"(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?")


class AmountError(ValueError):
    """Text is not a valid money amount (garbage, negative, too precise, too big)."""


def round_half_up(value: Decimal) -> Fen:
    """Round a Decimal number of fen to a whole fen, ROUND_HALF_UP."""
    return int(value.quantize(Decimal(1), rounding=ROUNDING))


def decimal_to_fen(yuan: Decimal) -> Fen:
    """Convert a Decimal amount in yuan to fen, rounding half up."""
    return round_half_up(yuan * 100)


def fen_to_decimal(fen: Fen) -> Decimal:
    """Exact Decimal yuan for ``fen`` (e.g. 123456 -> Decimal('1234.56'))."""
    return Decimal(fen).scaleb(-2)


def fen_to_decimal_str(fen: Fen) -> str:
    """Plain machine string: 123456 -> '1234.56', -5 -> '-0.05'."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


def format_fen(fen: Fen, currency: str = "CNY", *, symbol: bool = False) -> str:
    """Display string with thousands separators: 123456 -> '1,234.56'.

    With ``symbol=True`` the currency symbol (or code) is prefixed: '¥1,234.56'.
    """
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    mark = SYMBOLS.get(currency, f"{currency} ") if symbol else ""
    return f"{sign}{mark}{whole:,}.{cents:02d}"


def _strip_sign(text: str) -> tuple[bool, str]:
    for minus in _MINUS:
        if text.startswith(minus):
            return True, text[len(minus) :].strip()
    if text.startswith("+"):
        return False, text[1:].strip()
    return False, text


def _strip_currency(text: str) -> str:
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
            break
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)].strip()
            break
    return text


def parse_amount(text: str, *, allow_negative: bool = False) -> Fen:
    """Parse a typed amount in yuan to fen.

    Accepts '1,234.56', '¥1,234.56', '人民币1234.5元', full-width digits and
    punctuation ('１２３．４５'), and the symbols :func:`format_fen` writes. Raises :class:`AmountError` for empty or
    malformed text, more than two significant decimals, overflow, and negative
    amounts unless ``allow_negative``.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip()
    negative, body = _strip_sign(cleaned)
    body = _strip_currency(body)
    if not negative:
        negative, body = _strip_sign(body)
    if not _NUMBER.fullmatch(body):
        raise AmountError(f"not an amount: {text!r}")
    try:
        fen_exact = Decimal(body.replace(",", "")) * 100
    except InvalidOperation as exc:  # pragma: no cover - regex guards this
        raise AmountError(f"not an amount: {text!r}") from exc
    if fen_exact != fen_exact.to_integral_value():
        raise AmountError(f"more than 2 decimal places: {text!r}")
    fen = int(fen_exact)
    if fen > MAX_FEN:
        raise AmountError(f"amount too large: {text!r}")
    if negative and fen and not allow_negative:
        raise AmountError(f"negative amount not allowed: {text!r}")
    return -fen if negative else fen
