"""Checks on one row: identity numbers, phones, e-mail, lawful sources, dates and amounts.

Checks across rows (duplicates, references, schedules) are in ``links.py``.
"""

from __future__ import annotations

import re
import zoneinfo

from stdnum.cn import ric, uscc
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

from desktop_app.importer import choices
from desktop_app.importer.errors import Problem
from desktop_app.importer.rows import Row
from desktop_app.importer.values import Cell, as_text, choice_list, fold

_MOBILE = re.compile(r"(?:86)?(1[3-9]\d{9})")
_LANDLINE = re.compile(r"(010|02\d|0[3-9]\d{2})-?(\d{7,8})(?:(?:-|转|ext|x)(\d{1,6}))?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PASSPORT = re.compile(r"[A-Z0-9]{5,17}")
_SOURCES = choice_list(choices.SOURCE)
_CONTACT_PAIRS = (
    ("phone_1", "phone_1_source"),
    ("phone_2", "phone_2_source"),
    ("email", "email_source"),
)


def parse_phone(cell: Cell) -> str:
    """A mobile '13800138000' or a landline '010-12345678' (an extension is kept: '-123')."""
    text = re.sub(r"[\s()（）]", "", as_text(cell))
    national = re.sub(r"^(?:\+86|0086)-?", "", text)
    if m := _MOBILE.fullmatch(national.replace("-", "")):
        return m.group(1)
    if national != text and not national.startswith("0"):
        national = "0" + national
    if m := _LANDLINE.fullmatch(national):
        area, number, ext = m.groups()
        return f"{area}-{number}" + (f"-{ext}" if ext else "")
    raise Problem("bad_phone")


def parse_email(cell: Cell) -> str:
    text = as_text(cell)
    if not _EMAIL.fullmatch(text):
        raise Problem("bad_email")
    return text


def parse_source(cell: Cell) -> str:
    """A lawful source of a contact point (CN-SRC1); a device contact book never is."""
    word = fold(as_text(cell))
    if word in choices.FORBIDDEN_SOURCE:
        raise Problem("contact_book")
    if word not in choices.SOURCE:
        raise Problem("no_source", choices=_SOURCES)
    return choices.SOURCE[word]


def parse_timezone(cell: Cell) -> str:
    name = as_text(cell)
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise Problem("bad_timezone") from None
    return name


_ID_DETAILS: dict[type[ValidationError], tuple[str, str]] = {
    InvalidChecksum: ("校验位错误", "wrong check digit"),
    InvalidLength: ("应为 18 位", "must have 18 characters"),
    InvalidFormat: ("含有不允许的字符", "contains characters that are not allowed"),
    InvalidComponent: (
        "出生日期、地区码或登记机关码无效",
        "invalid birth date, region or registry code",
    ),
}


def check_identity(id_type: str, number: str) -> None:
    """统一社会信用代码 and 居民身份证 checksums (python-stdnum); passport format."""
    try:
        if id_type == "uscc":
            uscc.validate(number)
        elif id_type == "resident_id":
            ric.validate(number)
    except ValidationError as exc:
        code = "bad_uscc" if id_type == "uscc" else "bad_ric"
        zh, en = _ID_DETAILS.get(type(exc), ("格式不对", "wrong format"))
        raise Problem(code, zh_detail=zh, en_detail=en) from None
    if id_type == "passport" and not _PASSPORT.fullmatch(number):
        raise Problem("bad_passport")


_KIND_ZH = {"entity": "企业", "natural": "个人"}
_ALLOWED_ID = {"entity": {"uscc", "other"}, "natural": {"resident_id", "passport", "other"}}


def check_party(row: Row) -> None:
    """Kind and ID type agree, the number passes its checksum, every contact has a source."""
    v = row.values
    kind, id_type, number = v.get("kind"), v.get("id_type"), v.get("id_number")
    if kind and not id_type and "id_type" not in row.failed:
        id_type = v["id_type"] = choices.DEFAULT_ID_TYPE[kind]
    if kind and id_type and id_type not in _ALLOWED_ID[kind]:
        row.fail(
            "id_type", Problem("kind_id_mismatch", kind=f"{_KIND_ZH[kind]}/{kind}", id_type=id_type)
        )
    elif id_type and number:
        try:
            check_identity(id_type, number)
        except Problem as problem:
            row.fail("id_number", problem)
    _check_contacts(row)


def _check_contacts(row: Row) -> None:
    for value_key, source_key in _CONTACT_PAIRS:
        has_value = row.values.get(value_key) is not None
        has_source = row.values.get(source_key) is not None
        if has_value and not has_source and source_key not in row.failed:
            row.fail(source_key, Problem("no_source", choices=_SOURCES))
        elif has_source and not has_value and value_key not in row.failed:
            row.fail(source_key, Problem("orphan_source"))


def check_loan(row: Row) -> None:
    _check_order(row, "contract_date", "drawdown_date", strict=False)
    _check_order(row, "drawdown_date", "maturity_date", strict=True)


def check_instalment(row: Row) -> None:
    v = row.values
    for paid, due in (("principal_paid", "principal_due"), ("interest_paid", "interest_due")):
        if v.get(paid) is not None and v.get(due) is not None and v[paid] > v[due]:
            row.fail(paid, Problem("overpaid"))


def _check_order(row: Row, first: str, second: str, *, strict: bool) -> None:
    a, b = row.values.get(first), row.values.get(second)
    if a is None or b is None or a < b or (a == b and not strict):
        return
    row.fail(
        second,
        Problem("date_order", first=row.table.header_of(first), second=row.table.header_of(second)),
    )


ROW_CHECKS = {
    "borrowers": check_party,
    "parties": check_party,
    "loans": check_loan,
    "instalments": check_instalment,
}
