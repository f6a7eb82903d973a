"""Cell parsers: text, dates, amounts, rates, whole numbers, yes/no and aliased choices.

A cell is what a reader gives: ``str`` from CSV; ``str``, ``int``, ``float``, ``datetime``,
``date`` or ``bool`` from XLSX; ``None`` when empty. Every parser raises :class:`Problem`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from desktop_app.domain.money import AmountError, parse_amount
from desktop_app.importer.errors import Problem

Cell = str | int | float | dt.date | dt.datetime | bool | None

_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_RATE = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_YES = {"是", "y", "yes", "true", "1", "有", "√"}
_NO = {"否", "n", "no", "false", "0", "无", "×"}
_SEPARATORS = str.maketrans({"\u00a0": " ", "\u3000": " "})


def fold(text: str) -> str:
    """Normalise for matching: NFKC (full-width to half-width), lower case, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def as_text(cell: Cell) -> str:
    """A cell as the text the officer typed (numbers without a trailing '.0')."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "是" if cell else "否"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.isoformat(sep=" ") if cell.time() != dt.time() else cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return unicodedata.normalize("NFKC", str(cell).translate(_SEPARATORS)).strip()


def parse_text(cell: Cell) -> str:
    return as_text(cell)


def parse_code(cell: Cell) -> str:
    """An identifier (ID number, contract number): no inner spaces, upper case.

    Long identifiers typed into a numeric Excel cell have lost their last digits; refuse them.
    """
    if isinstance(cell, float) and abs(cell) >= 1e15:
        raise Problem("number_cell")
    return re.sub(r"\s+", "", as_text(cell)).upper()


def _excel_serial(serial: float) -> dt.date:
    if not 1 <= serial < 2958466:
        raise Problem("bad_date")
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))


def _from_parts(year: str, month: str, day: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise Problem("bad_date") from None


def parse_date(cell: Cell) -> dt.date:
    """2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, Excel serials, date cells."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, bool):
        raise Problem("bad_date")
    if isinstance(cell, int | float):
        if isinstance(cell, int) and 19000101 <= cell <= 29991231:
            return parse_date(str(cell))
        return _excel_serial(float(cell))
    text = as_text(cell)
    if m := _DATE.fullmatch(text):
        return _from_parts(*m.groups())
    if m := _COMPACT.fullmatch(text):
        return _from_parts(*m.groups())
    if m := _SERIAL.fullmatch(text):
        return _excel_serial(float(m.group(1)))
    raise Problem("bad_date")


def _float_to_fen(value: float) -> int:
    """A numeric Excel cell to fen; float noise below a thousandth of a fen is forgiven."""
    exact = Decimal(repr(value)) * 100
    whole = exact.to_integral_value()
    if abs(exact - whole) > Decimal("0.001"):
        raise Problem("bad_amount", detail="more than 2 decimal places / 超过两位小数")
    return int(whole)


def parse_money(cell: Cell) -> int:
    """A non-negative amount in yuan to fen: '1,234.56', '¥1,234.56', '1234.5元', '１２３'."""
    if isinstance(cell, bool | dt.date):
        raise Problem("bad_amount", detail=as_text(cell))
    if isinstance(cell, int | float):
        fen = cell * 100 if isinstance(cell, int) else _float_to_fen(cell)
    else:
        text = as_text(cell).replace(" ", "")
        try:
            fen = parse_amount(text, allow_negative=True)
        except AmountError as exc:
            raise Problem("bad_amount", detail=str(exc)) from None
    if fen < 0:
        raise Problem("negative")
    return fen


def parse_positive_money(cell: Cell) -> int:
    fen = parse_money(cell)
    if fen == 0:
        raise Problem("not_positive")
    return fen


def parse_rate(cell: Cell, *, percent: bool = False) -> Decimal:
    """'4.35%' or '0.0435' to Decimal('0.0435'); plain numbers are percent when ``percent``."""
    if isinstance(cell, bool | dt.date):
        raise Problem("bad_rate")
    text = repr(cell) if isinstance(cell, float) else as_text(cell).replace(" ", "")
    is_percent = percent or text.endswith("%")
    number = text.rstrip("%")
    if not _RATE.fullmatch(number):
        raise Problem("bad_rate")
    try:
        value = Decimal(number)
    except InvalidOperation:  # pragma: no cover - the pattern guards this
        raise Problem("bad_rate") from None
    if is_percent:
        value = value.scaleb(-2)
    elif value >= 1:
        raise Problem("ambiguous_rate", value=number)
    if not 0 <= value < 1:
        raise Problem("rate_range")
    return value.normalize() if value else Decimal("0")


def parse_int(cell: Cell) -> int:
    """A whole number of at least 1 (an instalment number)."""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = as_text(cell)
    if isinstance(cell, bool) or not re.fullmatch(r"\d+", text) or int(text) < 1:
        raise Problem("bad_int")
    return int(text)


def parse_bool(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    word = fold(as_text(cell))
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise Problem("bad_bool")


def parse_choice(cell: Cell, aliases: dict[str, str]) -> str:
    """Map a value through ``aliases`` (folded alias -> canonical value)."""
    word = fold(as_text(cell))
    if word in aliases:
        return aliases[word]
    raise Problem("bad_enum", choices=choice_list(aliases))


def choice_list(aliases: dict[str, str]) -> str:
    """'企业/entity, 个人/natural' from an alias table: first alias of each value, then value."""
    firsts: dict[str, str] = {}
    for alias, value in aliases.items():
        firsts.setdefault(value, alias)
    return ", ".join(
        f"{alias}/{value}" if alias != fold(value) else value for value, alias in firsts.items()
    )
