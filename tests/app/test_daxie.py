"""大写金额 (PBOC 《正确填写票据和结算凭证的基本规定》) and the DOC-CN-2 cross-check."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.daxie import DaxieError, check_pair, parse_daxie, to_daxie

YUAN = 100

CANONICAL = [
    (140950, "人民币壹仟肆佰零玖元伍角"),
    (600714, "人民币陆仟零柒元壹角肆分"),
    (168032, "人民币壹仟陆佰捌拾元零叁角贰分"),
    (1640902, "人民币壹万陆仟肆佰零玖元零贰分"),
    (10700053, "人民币壹拾万柒仟元零伍角叁分"),
    (0, "人民币零元整"),
    (1, "人民币壹分"),
    (50, "人民币伍角"),
    (1000, "人民币壹拾元整"),
    (100 * YUAN, "人民币壹佰元整"),
    (100100 * YUAN, "人民币壹拾万零壹佰元整"),
    (100000001 * YUAN, "人民币壹亿零壹元整"),
    (1001000000 * YUAN, "人民币壹拾亿零壹佰万元整"),
    (100010000 * YUAN, "人民币壹亿零壹万元整"),
    (1000000000000 * YUAN - 1, "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    (1200000000000 * YUAN, "人民币壹万贰仟亿元整"),
]


@pytest.mark.parametrize(("fen", "text"), CANONICAL)
def test_canonical_forms(fen: int, text: str) -> None:
    assert to_daxie(fen) == text
    assert parse_daxie(text) == fen
    assert check_pair(fen, text)


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("人民币壹仟陆佰捌拾元叁角贰分", 168032),  # optional 零 after 元
        ("人民币壹拾万零柒仟元伍角叁分", 10700053),  # optional 零 after 万 (PBOC example)
        ("人民币壹拾万零柒仟元零伍角叁分", 10700053),
        ("人民币壹仟肆佰零玖元伍角整", 140950),  # 整 optional after 角
        ("人民币壹仟肆佰零玖元伍角正", 140950),
        ("人民币壹佰元正", 10000),
        ("人民币零元正", 0),
        ("人民币壹佰亿零壹仟万元整", 10010000000 * YUAN),  # by analogy at 亿
        ("壹佰元整", 10000),  # no prefix is accepted by parse_daxie
        ("美元壹仟元整", 100000),
    ],
)
def test_optional_variants(text: str, fen: int) -> None:
    assert parse_daxie(text) == fen


@pytest.mark.parametrize(
    "text",
    [
        "",
        "人民币",
        "人民币一千元整",  # lowercase numerals
        "人民币壹千元整",
        "人民币拾元整",  # 壹拾 required
        "人民币壹拾元",  # 整 required after 元
        "人民币壹元伍角贰分整",  # no 整 after 分
        "人民币壹元伍毛",
        "人民币壹佰另伍元整",
        "人民币100元整",
        "人民币 壹佰元整",  # no gap
        "人民币壹仟零零壹元整",  # runs of zeros collapse
        "人民币壹仟零佰零壹元整",
        "人民币壹万陆仟肆佰零玖元贰分",  # 零 required when 角 is 0
        "人民币壹亿壹元整",  # missing 零
        "人民币壹拾万零壹佰元零整",
        "人民币零元伍角",
        "人民币壹元零",
        "人民币壹壹元整",
        "人民币壹佰壹佰元整",
        "人民币伍拾角",
        "人民币角整",
        "人民币壹元整整",
        "人民币拾",
        "港元壹元整",
        "壹亿亿元整",
    ],
)
def test_rejects_malformed(text: str) -> None:
    with pytest.raises(DaxieError):
        parse_daxie(text)


def test_negative_and_bad_types_raise() -> None:
    with pytest.raises(DaxieError):
        to_daxie(-1)
    with pytest.raises(TypeError):
        to_daxie(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_daxie(True)
    with pytest.raises(DaxieError):
        to_daxie(10**18)
    with pytest.raises(DaxieError):
        to_daxie(100, currency="XXX")


def test_currency_and_prefix() -> None:
    assert to_daxie(12345, currency="USD") == "美元壹佰贰拾叁元肆角伍分"
    assert to_daxie(12345, prefix=False) == "壹佰贰拾叁元肆角伍分"
    assert parse_daxie("美元壹佰元整", currency="USD") == 10000
    with pytest.raises(DaxieError):
        parse_daxie("人民币壹佰元整", currency="USD")


def test_check_pair() -> None:
    assert check_pair(140950, "人民币壹仟肆佰零玖元伍角")
    assert not check_pair(140951, "人民币壹仟肆佰零玖元伍角")
    assert not check_pair(140950, "壹仟肆佰零玖元伍角")  # DOC-CN-2 needs the prefix
    assert not check_pair(140950, "人民币壹仟肆佰零玖元伍毛")
    assert check_pair(10000, "美元壹佰元整", currency="USD")


ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


@given(st.integers(min_value=0, max_value=10**14 - 1))
def test_round_trip(fen: int) -> None:
    text = to_daxie(fen)
    assert text.startswith("人民币")
    body = text.removeprefix("人民币")
    assert set(body) <= ALLOWED
    assert "零零" not in body
    assert body.endswith("整") == (fen % 10 == 0 and fen % 100 == 0)
    assert parse_daxie(text) == fen


@given(st.integers(min_value=0, max_value=10**18 - 1))
def test_round_trip_large(fen: int) -> None:
    assert parse_daxie(to_daxie(fen, currency="USD")) == fen


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=30))
def test_single_character_edits_never_keep_the_value(fen: int, pos: int) -> None:
    body = to_daxie(fen, prefix=False)
    i = pos % len(body)
    for ch in "零壹伍玖拾万元角":
        edited = body[:i] + ch + body[i + 1 :]
        if edited == body:
            continue
        with contextlib.suppress(DaxieError):
            assert parse_daxie(edited) != fen
