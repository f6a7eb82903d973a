"""Chinese uppercase amounts (大写金额) per the PBOC 《正确填写票据和结算凭证的基本规定》.

Money is an ``int`` in minor units (fen). ``to_daxie`` writes the canonical form;
``parse_daxie`` accepts exactly the forms the rules allow for a value:

* the canonical form written by ``to_daxie``;
* the optional 零 when the 万 (or, by analogy, 亿) position is 0 and the next lower
  digit is not (壹拾万柒仟元 / 壹拾万零柒仟元);
* the optional 零 after 元 when the 元 position is 0 and 角 is not (…拾元零叁角 / …拾元叁角);
* "整" or "正" (required after 元, optional after 角, forbidden after 分).

Deliberate strictness: a leading 拾 must be written 壹拾 (bank practice against alteration),
no whitespace, no 一二三/十/毛/另/digits. Amounts are limited to 9999万亿 yuan (< 10**18 fen).
Parsing works by a lenient evaluation followed by an exact match against the set of
valid renderings of that value, so the accepted language is exactly what is generated.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

__all__ = ["CURRENCY_PREFIX", "DIGITS", "MAX_FEN", "DaxieError", "check_pair", "parse_daxie", "to_daxie"]

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
MAX_FEN = 10**18 - 1  # 9999万亿 yuan and change
CURRENCY_PREFIX: dict[str, str] = {
    "CNY": "人民币",
    "USD": "美元",
    "EUR": "欧元",
    "HKD": "港币",
    "GBP": "英镑",
}

Slot = tuple[str, ...]  # alternatives for one piece of text; the first is canonical


class DaxieError(ValueError):
    """An amount cannot be written in 大写, or a string is not a valid 大写 amount."""


def _section(v: int) -> str:
    """1 <= v <= 9999, no leading 零; inner zero runs collapse to one 零."""
    out: list[str] = []
    pending_zero = False
    for unit, power in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        d = v // power % 10
        if d == 0:
            pending_zero = pending_zero or bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(DIGITS[d] + unit)
    return "".join(out)


def _split_slots(n: int, base: int, unit: str) -> list[Slot]:
    high, low = divmod(n, base)
    slots = [*_integer_slots(high), (unit,)]
    if low == 0:
        return slots
    if low < base // 10:
        slots.append(("零",))  # zeros between digits: mandatory
    elif high % 10 == 0:
        slots.append(("", "零"))  # 万/亿 position 0, next digit not: optional
    return slots + _integer_slots(low)


def _integer_slots(n: int) -> list[Slot]:
    if n >= 10**8:
        return _split_slots(n, 10**8, "亿")
    if n >= 10**4:
        return _split_slots(n, 10**4, "万")
    return [(_section(n),)]


@lru_cache(maxsize=1024)
def _slots(fen: int) -> tuple[Slot, ...]:
    """The renderings of ``fen``: each slot lists its allowed forms, canonical first
    (remembered: a letter renders, checks and parses each of its amounts)."""
    return tuple(_slots_of(fen))


def _slots_of(fen: int) -> list[Slot]:
    yuan, rest = divmod(fen, 100)
    jiao, fen_digit = divmod(rest, 10)
    if fen == 0:
        return [("零元",), ("整", "正")]
    slots: list[Slot] = []
    if yuan:
        slots += [*_integer_slots(yuan), ("元",)]
        if jiao and yuan % 10 == 0:
            slots.append(("零", ""))
        elif not jiao and fen_digit:
            slots.append(("零",))
    if jiao:
        slots.append((DIGITS[jiao] + "角",))
    if fen_digit:
        slots.append((DIGITS[fen_digit] + "分",))
    elif jiao:
        slots.append(("", "整", "正"))
    else:
        slots.append(("整", "正"))
    return slots


def _check_amount(fen: int) -> None:
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"amount must be int minor units (fen), got {type(fen).__name__}")
    if fen < 0:
        raise DaxieError(f"negative amount cannot be written in 大写: {fen}")
    if fen > MAX_FEN:
        raise DaxieError(f"amount too large for 大写 (max {MAX_FEN} fen): {fen}")


def _prefix(currency: str) -> str:
    try:
        return CURRENCY_PREFIX[currency]
    except KeyError:
        raise DaxieError(f"unknown currency {currency!r}") from None


def to_daxie(fen: int, currency: str = "CNY", prefix: bool = True) -> str:
    """Canonical 大写 for ``fen`` minor units, e.g. 140950 -> 人民币壹仟肆佰零玖元伍角."""
    _check_amount(fen)
    head = _prefix(currency) if prefix else ""
    return head + "".join(slot[0] for slot in _slots(fen))


def _valid_bodies(fen: int) -> set[str]:
    return {"".join(parts) for parts in product(*_slots(fen))}


def _lenient_integer(text: str) -> int:
    total = wan = section = 0
    digit: int | None = None
    for ch in text:
        if ch in DIGITS:
            if digit is not None and ch != "零":
                raise DaxieError(f"two digits in a row in {text!r}")
            digit = None if ch == "零" else DIGITS.index(ch)
        elif ch in _SMALL_UNITS:
            if digit is None:
                raise DaxieError(f"{ch} without a digit before it in {text!r} (write 壹{ch})")
            section += digit * _SMALL_UNITS[ch]
            digit = None
        elif ch == "万":
            wan, section, digit = (section + (digit or 0)) * 10**4, 0, None
        elif ch == "亿":
            total, wan, section, digit = (wan + section + (digit or 0)) * 10**8, 0, 0, None
        else:
            raise DaxieError(f"invalid character {ch!r} in {text!r}")
    return total + wan + section + (digit or 0)


def _digit(small: str, unit: str) -> tuple[int, str]:
    if len(small) < 2 or small[-2] not in DIGITS[1:]:
        raise DaxieError(f"{unit} needs one non-zero digit before it")
    return DIGITS.index(small[-2]), small[:-2]


def _lenient_value(body: str) -> int:
    core = body[:-1] if body.endswith(("整", "正")) else body
    yuan_text, _, small = core.rpartition("元")
    jiao = fen = 0
    if small.endswith("分"):
        fen, small = _digit(small, "分")
    if small.endswith("角"):
        jiao, small = _digit(small, "角")
    if small.strip("零"):
        raise DaxieError(f"unrecognised text {small!r} in {body!r}")
    return _lenient_integer(yuan_text) * 100 + jiao * 10 + fen


def _strip_prefix(s: str, currency: str | None) -> str:
    if currency is not None:
        head = _prefix(currency)
        if not s.startswith(head):
            raise DaxieError(f"expected prefix {head!r} in {s!r}")
        return s[len(head) :]
    for head in sorted(CURRENCY_PREFIX.values(), key=len, reverse=True):
        if s.startswith(head):
            return s[len(head) :]
    return s


def parse_daxie(s: str, currency: str | None = None) -> int:
    """Fen value of a valid 大写 string; raises DaxieError otherwise.

    ``currency=None`` accepts any known prefix or none; a code requires that prefix.
    """
    if not isinstance(s, str) or not s:
        raise DaxieError(f"not a 大写 amount: {s!r}")
    body = _strip_prefix(s, currency)
    if not body:
        raise DaxieError(f"empty 大写 amount: {s!r}")
    value = _lenient_value(body)
    if value > MAX_FEN:
        raise DaxieError(f"amount too large: {s!r}")
    if body not in _valid_bodies(value):
        canonical = to_daxie(value, prefix=False)
        raise DaxieError(f"not a valid 大写 form: {s!r} (did you mean {canonical!r}?)")
    return value


def check_pair(fen: int, text: str, currency: str = "CNY") -> bool:
    """DOC-CN-2 cross-check: ``text`` carries the currency prefix and says exactly ``fen``."""
    try:
        return parse_daxie(text, currency) == fen
    except DaxieError:
        return False
