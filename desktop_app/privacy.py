"""Masking of personal data for screens, exports and logs (PII-1)."""

from __future__ import annotations

import re

SENSITIVE_FIELDS = frozenset({"id_number", "account_no", "phone", "value", "contact_value"})
_PHONE = re.compile(r"^\+?[\d\- ]{7,20}$")
_LONG_DIGITS = re.compile(r"(?<!\d)(\d{3})\d{4,}(\d{4})(?!\d)")


def mask_id(number: str) -> str:
    """National ID, passport, bank account: ``****`` and the last four characters."""
    number = number.strip()
    if not number:
        return ""
    return "****" + number[-4:] if len(number) > 4 else "****"


def mask_phone(phone: str) -> str:
    """Mobile ``138****5678``; other lengths keep the first three and last four digits."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 8:
        return "*" * len(digits)
    return f"{digits[:3]}****{digits[-4:]}"


def mask_credit_code(code: str) -> str:
    """A company's 统一社会信用代码 is public, so it is shown whole."""
    return code


def mask_party_id(id_type: str, number: str) -> str:
    return mask_credit_code(number) if id_type == "uscc" else mask_id(number)


def mask_contact(kind: str, value: str) -> str:
    if kind == "phone":
        return mask_phone(value)
    if kind == "email":
        user, _, host = value.partition("@")
        return (user[:1] + "***@" + host) if host else "***"
    return mask_address(value)


def mask_address(address: str) -> str:
    """Lists show the address down to the district only."""
    for marker in ("区", "县", "市"):
        pos = address.find(marker)
        if pos != -1:
            return address[: pos + 1] + "…"
    return address[:12] + ("…" if len(address) > 12 else "")


def mask_text(text: str) -> str:
    """Scrub long digit runs (ID, phone, account numbers) from free text, e.g. log lines."""
    return _LONG_DIGITS.sub(lambda m: f"{m.group(1)}****{m.group(2)}", text)


def mask_value(field: str, value: object) -> object:
    """Mask a field's value for an audit record or an export."""
    if value is None or field not in SENSITIVE_FIELDS:
        return value
    text = str(value)
    if field in ("phone", "contact_value") or _PHONE.match(text):
        return mask_phone(text)
    return mask_id(text)
