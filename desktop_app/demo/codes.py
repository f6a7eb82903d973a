"""Synthetic identifiers with correct check digits: 统一社会信用代码, 居民身份证, mobiles.

Uniqueness matters more than randomness here: parties are upserted by identity, so two
borrowers drawn with the same number would merge. Each number is therefore derived from a
running serial through a bijection (multiplication by a constant coprime with the size of
the number space), which looks random and can never repeat within a portfolio.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from operator import mul

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: k for k, c in enumerate(USCC_ALPHABET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_RIC_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_ORG_SPACE = 10**8
_ORG_STEP = 48_271_093  # coprime with 10**8
BIRTH_FIRST = dt.date(1958, 1, 1)
BIRTH_DAYS = 14_600  # about forty years of birth dates, 1958..1997
_SEQ = 1000
_RIC_STEP = 7_919_111  # coprime with every space size below (odd, not a multiple of 5, 73)
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "198",
    "199",
)


def org_code_check(body: str) -> str:
    """GB 11714 check character of an 8-character organisation code."""
    total = sum(map(mul, map(_USCC_VALUE.__getitem__, body), _ORG_WEIGHTS))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def uscc_check(first17: str) -> str:
    """GB 32100 check character of a 统一社会信用代码 (over its first 17 characters)."""
    total = sum(map(mul, map(_USCC_VALUE.__getitem__, first17), _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc(serial: int, region_code: str, salt: int = 0, entity_type: str = "91") -> str:
    """The ``serial``-th credit code: '91' enterprise (or '92' 个体工商户), region, org code."""
    n = (serial * _ORG_STEP + salt) % _ORG_SPACE
    body = f"{n:08d}"
    first17 = f"{entity_type}{region_code}{body}{org_code_check(body)}"
    return first17 + uscc_check(first17)


def ric_check(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a 居民身份证 number."""
    value = (12 - sum(map(mul, map(int, first17), _RIC_WEIGHTS)) % 11) % 11
    return "X" if value == 10 else str(value)


def resident_id(serial: int, region_codes: tuple[str, ...], salt: int = 0) -> tuple[str, str]:
    """The ``serial``-th identity number and its region code.

    Region, birth date and sequence number are decoded from a permutation of the serial over
    the space regions × birth days × 1000, so no two serials share a number.
    """
    space = len(region_codes) * BIRTH_DAYS * _SEQ
    n = (serial * _RIC_STEP + salt) % space
    n, seq = divmod(n, _SEQ)
    region_index, day = divmod(n, BIRTH_DAYS)
    region = region_codes[region_index]
    born = BIRTH_FIRST + dt.timedelta(days=day)
    first17 = f"{region}{born.isoformat().replace('-', '')}{seq:03d}"  # born: 1958..1997
    return first17 + ric_check(first17), region


def gender_of(number: str) -> str:
    """'M' or 'F' from the sequence digit (odd men, even women)."""
    return "M" if int(number[16]) % 2 else "F"


def hk_permit(serial: int, salt: int = 0) -> str:
    """A 港澳居民来往内地通行证 number shape: 'H' and eight digits."""
    return f"H{(serial * _ORG_STEP + salt) % _ORG_SPACE:08d}"


def mobile(below: Callable[[int], int]) -> str:
    """A mobile number; ``below``: ``draws.below(rng)`` (the same draws as
    ``rng.choice(MOBILE_PREFIXES)`` and ``rng.randrange(10**8)``)."""
    return MOBILE_PREFIXES[below(len(MOBILE_PREFIXES))] + f"{below(10**8):08d}"


def landline(rng: random.Random, city: str) -> str:
    areas = {
        "北京市": "010",
        "上海市": "021",
        "天津市": "022",
        "广州市": "020",
        "深圳市": "0755",
        "香港": "+852",
    }
    area = areas.get(city, "0" + str(rng.randrange(351, 999)))
    digits = 8 if len(area) <= 3 else 7
    return f"{area}-{rng.randrange(2 * 10 ** (digits - 1), 10**digits)}"
