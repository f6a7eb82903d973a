"""Money helpers: exact fen, parsing typed amounts, formatting, rounding."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.money import (
    MAX_FEN,
    SYMBOLS,
    AmountError,
    decimal_to_fen,
    fen_to_decimal,
    fen_to_decimal_str,
    format_fen,
    parse_amount,
    round_half_up,
)

fens = st.integers(min_value=-(10**15), max_value=10**15)


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1,234.56", 123456),
        ("¥1,234.56", 123456),
        ("￥1,234.56", 123456),
        ("1234.5元", 123450),
        ("人民币1,234.56元", 123456),
        ("5元整", 500),
        ("１２３", 12300),
        ("１，２３４．５６", 123456),
        ("  0.01 ", 1),
        ("1.50", 150),
        ("1.500", 150),
        ("1,000,000", 100000000),
        ("+7", 700),
        ("0", 0),
        ("-0", 0),
    ],
)
def test_parse_amount_accepts(text: str, fen: int) -> None:
    assert parse_amount(text) == fen


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not an amount"),
        ("abc", "not an amount"),
        ("12,34", "not an amount"),
        ("1,2345.00", "not an amount"),
        ("1.2.3", "not an amount"),
        (".5", "not an amount"),
        ("1.005", "more than 2 decimal places"),
        ("--5", "not an amount"),
        ("-5", "negative amount not allowed"),
        ("¥-5", "negative amount not allowed"),
        ("－５", "negative amount not allowed"),
        ("99999999999999999999", "too large"),
    ],
)
def test_parse_amount_rejects(text: str, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_amount(text)


def test_amount_error_is_value_error() -> None:
    assert issubclass(AmountError, ValueError)


@pytest.mark.parametrize("text", ["-5", "¥-5", "-¥5", "\u22125元", "－５"])
def test_negative_allowed_with_flag(text: str) -> None:
    assert parse_amount(text, allow_negative=True) == -500


def test_largest_storable_amount_parses() -> None:
    text = fen_to_decimal_str(MAX_FEN)
    assert parse_amount(text) == MAX_FEN
    with pytest.raises(AmountError):
        parse_amount(fen_to_decimal_str(MAX_FEN + 1))


@pytest.mark.parametrize(
    ("fen", "plain", "shown"),
    [
        (0, "0.00", "0.00"),
        (5, "0.05", "0.05"),
        (-5, "-0.05", "-0.05"),
        (123456, "1234.56", "1,234.56"),
        (100000000, "1000000.00", "1,000,000.00"),
        (-123456789, "-1234567.89", "-1,234,567.89"),
    ],
)
def test_formatting(fen: int, plain: str, shown: str) -> None:
    assert fen_to_decimal_str(fen) == plain
    assert format_fen(fen) == shown


def test_format_with_symbol() -> None:
    assert format_fen(123456, symbol=True) == "¥1,234.56"
    assert format_fen(-5, "USD", symbol=True) == "-$0.05"
    assert format_fen(100, "XYZ", symbol=True) == "XYZ 1.00"


@pytest.mark.parametrize(
    ("value", "fen"),
    [("0.5", 1), ("1.49", 1), ("2.5", 3), ("-0.5", -1), ("-2.4", -2), ("7", 7)],
)
def test_round_half_up(value: str, fen: int) -> None:
    assert round_half_up(Decimal(value)) == fen


def test_decimal_yuan_conversions() -> None:
    assert decimal_to_fen(Decimal("1234.565")) == 123457
    assert decimal_to_fen(Decimal("0.004")) == 0
    assert fen_to_decimal(123456) == Decimal("1234.56")


@given(fens)
def test_plain_string_round_trips(fen: int) -> None:
    assert parse_amount(fen_to_decimal_str(fen), allow_negative=True) == fen
    assert fen_to_decimal(fen) == Decimal(fen_to_decimal_str(fen))


@given(fens, st.booleans(), st.sampled_from(sorted(SYMBOLS)))
def test_display_string_round_trips(fen: int, symbol: bool, currency: str) -> None:
    text = format_fen(fen, currency, symbol=symbol)
    assert parse_amount(text, allow_negative=True) == fen


@given(st.integers(min_value=1, max_value=10**15))
def test_negative_display_rejected_without_flag(fen: int) -> None:
    with pytest.raises(AmountError):
        parse_amount(format_fen(-fen))
