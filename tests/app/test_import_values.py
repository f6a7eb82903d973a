"""Cell parsers of the portfolio import: dates, amounts, rates, choices, phones, identities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.importer import choices
from desktop_app.importer.columns import KINDS
from desktop_app.importer.errors import MESSAGES, Problem
from desktop_app.importer.parse import PARSERS
from desktop_app.importer.validate import check_identity, parse_phone, parse_source
from desktop_app.importer.values import (
    parse_bool,
    parse_choice,
    parse_code,
    parse_date,
    parse_int,
    parse_money,
    parse_rate,
)

MARCH_5 = dt.date(2026, 3, 5)


@pytest.mark.parametrize(
    "cell",
    [
        "2026-03-05",
        "2026/3/5",
        "2026.3.5",
        "2026年3月5日",
        "2026 年 3 月 5 日",
        "20260305",
        "２０２６－０３－０５",
        "2026-03-05 00:00:00",
        "2026/3/5 14:30",
        "46086",
        "46086.0",
        46086,
        46086.0,
        20260305,
        dt.datetime(2026, 3, 5, 9, 30),
        MARCH_5,
    ],
)
def test_dates_in_every_accepted_form(cell: object) -> None:
    assert parse_date(cell) == MARCH_5  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cell", ["2026-02-30", "5/3/2026", "March 5", "2026-3", "abc", True, "1234567", -3]
)
def test_bad_dates_are_refused(cell: object) -> None:
    with pytest.raises(Problem) as info:
        parse_date(cell)  # type: ignore[arg-type]
    assert info.value.code == "bad_date"


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        ("1,234.56", 123456),
        ("¥1,234.56", 123456),
        ("￥1234.5", 123450),
        ("1234元", 123400),
        ("人民币1,000.00元", 100000),
        ("１，２３４．５６", 123456),
        ("1 234.56", 123456),
        ("0", 0),
        (1234, 123400),
        (1234.56, 123456),
        (0.1 + 0.2, 30),
    ],
)
def test_amounts_in_every_accepted_form(cell: object, fen: int) -> None:
    assert parse_money(cell) == fen  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("-100", "negative"),
        ("¥-1,234.00", "negative"),
        (-5, "negative"),
        ("12.345", "bad_amount"),
        ("1,23", "bad_amount"),
        ("abc", "bad_amount"),
        (12.345, "bad_amount"),
        (MARCH_5, "bad_amount"),
    ],
)
def test_bad_amounts_are_refused(cell: object, code: str) -> None:
    with pytest.raises(Problem) as info:
        parse_money(cell)  # type: ignore[arg-type]
    assert info.value.code == code


@pytest.mark.parametrize(
    ("cell", "percent", "rate"),
    [
        ("4.35%", False, "0.0435"),
        ("4.35 %", False, "0.0435"),
        ("４．３５％", False, "0.0435"),
        ("0.0435", False, "0.0435"),
        (0.0435, False, "0.0435"),
        ("4.35", True, "0.0435"),
        ("50%", False, "0.5"),
        ("0", False, "0"),
    ],
)
def test_rates(cell: object, percent: bool, rate: str) -> None:
    assert parse_rate(cell, percent=percent) == Decimal(rate)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("4.35", "ambiguous_rate"),
        ("150%", "rate_range"),
        ("-1%", "bad_rate"),
        ("abc", "bad_rate"),
    ],
)
def test_bad_rates(cell: str, code: str) -> None:
    with pytest.raises(Problem) as info:
        parse_rate(cell)
    assert info.value.code == code


def test_choices_accept_chinese_and_english_aliases() -> None:
    assert parse_choice("企业", choices.PARTY_KIND) == "entity"
    assert parse_choice(" Entity ", choices.PARTY_KIND) == "entity"
    assert parse_choice("个人", choices.PARTY_KIND) == "natural"
    assert parse_choice("连带责任保证", choices.GUARANTEE_KIND) == "joint"
    assert parse_choice("general", choices.GUARANTEE_KIND) == "general"
    assert parse_choice("等额本金", choices.REPAYMENT_METHOD) == "equal-principal"
    with pytest.raises(Problem) as info:
        parse_choice("合伙", choices.PARTY_KIND)
    assert "企业/entity" in info.value.reason and "个人/natural" in info.value.reason


def test_whole_numbers_yes_no_and_codes() -> None:
    assert parse_int("3") == 3 and parse_int(3.0) == 3
    for bad in ("0", "1.5", "x", True):
        with pytest.raises(Problem):
            parse_int(bad)
    assert parse_bool("是") is True and parse_bool("No") is False
    assert parse_code(" jk-2025 0001 ") == "JK-20250001"
    with pytest.raises(Problem) as info:
        parse_code(1.10105199001011e17)
    assert info.value.code == "number_cell"


@pytest.mark.parametrize(
    ("cell", "phone"),
    [
        ("13812345678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        (13812345678, "13812345678"),
        ("010-62001234", "010-62001234"),
        ("01062001234", "010-62001234"),
        ("(0755)26661234", "0755-26661234"),
        ("021-58881234-801", "021-58881234-801"),
        ("+86 21 58881234", "021-58881234"),
    ],
)
def test_phones(cell: object, phone: str) -> None:
    assert parse_phone(cell) == phone  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["12345", "1381234567", "23812345678", "abc"])
def test_bad_phones(cell: str) -> None:
    with pytest.raises(Problem):
        parse_phone(cell)


def test_lawful_sources_and_the_device_contact_book() -> None:
    assert parse_source("合同") == "contract"
    assert parse_source("征信授权") == "credit_bureau_authorised"
    with pytest.raises(Problem) as info:
        parse_source("手机通讯录")
    assert info.value.code == "contact_book" and "CN-SRC1" in info.value.reason
    with pytest.raises(Problem) as info:
        parse_source("网上查到")
    assert info.value.code == "no_source"


def test_identity_checksums() -> None:
    check_identity("uscc", "91310115MA1K400002")
    check_identity("resident_id", "110105197801017895")
    with pytest.raises(Problem) as info:
        check_identity("uscc", "91310115MA1K400003")
    assert info.value.code == "bad_uscc" and "校验位" in info.value.reason
    with pytest.raises(Problem) as info:
        check_identity("resident_id", "110105197801017896")
    assert info.value.code == "bad_ric"
    with pytest.raises(Problem) as info:
        check_identity("resident_id", "11010519780101")
    assert "18" in info.value.reason


def test_every_column_type_has_a_parser_and_every_message_formats() -> None:
    for kind in KINDS.values():
        for column in kind.columns:
            assert column.type in PARSERS, (kind.key, column.key)
            assert column.zh and column.en
    for zh, en in MESSAGES.values():
        assert zh and en
