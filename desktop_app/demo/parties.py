"""Synthetic parties: companies, their people, individual business owners, guarantee firms."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.demo import codes, names
from desktop_app.demo.draws import Weighted, below
from desktop_app.demo.names import City
from desktop_app.portfolio.records import ContactRec, PartyRec

REGIONS: tuple[str, ...] = tuple(c.region_code for c in names.MAINLAND)
CITY_WEIGHTS: tuple[int, ...] = tuple(c.weight for c in names.CITIES)
MAINLAND_WEIGHTS: tuple[int, ...] = tuple(c.weight for c in names.MAINLAND)
CITY_DRAW = Weighted(names.CITIES, CITY_WEIGHTS)
MAINLAND_DRAW = Weighted(names.MAINLAND, MAINLAND_WEIGHTS)
FIRM_SERIAL = 90_000_000  # guarantee firms' serials, far above any case's
FIRMS = 24


@dataclass
class Drawer:
    """Draws parties for one block of cases; serials keep identity numbers unique."""

    rng: random.Random
    salt: int
    below: Callable[[int], int] = field(init=False, repr=False)  # draws.below(rng)

    def __post_init__(self) -> None:
        self.below = below(self.rng)

    def city(self, mainland: bool = False) -> City:
        if mainland:
            return MAINLAND_DRAW.draw(self.rng)
        return CITY_DRAW.draw(self.rng)

    def person_name(self) -> str:
        chars, pick = names.GIVEN_CHARS, self.below
        given = chars[pick(len(chars))]
        if self.rng.random() < 0.7:
            given += chars[pick(len(chars))]
        return names.SURNAMES[pick(len(names.SURNAMES))] + given

    def address(self, city: City, district: str) -> str:
        pick = self.below
        prefix = "" if city.province == city.name else city.province
        return (
            f"{prefix}{city.name}{district}{names.STREETS[pick(len(names.STREETS))]}"
            f"{1 + pick(998)}号{1 + pick(29)}楼{101 + pick(2898)}室"
        )

    def person(
        self, serial: int, city: City, sources: tuple[str, ...] = ("contract",), name: str = ""
    ) -> PartyRec:
        """A natural person living in ``city``; a Hong Kong resident carries a 通行证."""
        district = city.districts[self.below(len(city.districts))]
        if city.region_code:
            number, _ = codes.resident_id(serial, REGIONS, self.salt)
            id_type = "resident_id"
        else:
            number, id_type = codes.hk_permit(serial, self.salt), "other"
        phones = tuple(ContactRec("phone", codes.mobile(self.below), s, "手机") for s in sources)
        address = self.address(city, district)
        return PartyRec(
            kind="natural",
            name=name or self.person_name(),
            id_type=id_type,
            id_number=number,
            service_address=address,
            province=city.province,
            city=city.name,
            district=district,
            timezone=city.timezone,
            language="zh",
            contacts=(*phones, ContactRec("address", address, "contract", "送达地址")),
        )

    def company(self, serial: int, city: City, legal_rep: str, trade: str = "") -> PartyRec:
        r, pick = self.rng, self.below
        district = city.districts[pick(len(city.districts))]
        trade = trade or names.TRADE_NAMES[pick(len(names.TRADE_NAMES))]
        name = (
            f"{city.name.removesuffix('市')}{trade}{names.INDUSTRIES[pick(len(names.INDUSTRIES))]}"
            f"{names.COMPANY_FORMS[pick(len(names.COMPANY_FORMS))]}"
        )
        address = self.address(city, district)
        contacts = [
            ContactRec("phone", codes.landline(r, city.name), "contract", "办公电话"),
            ContactRec("address", address, "contract", "注册地址"),
        ]
        if r.random() < 0.3:
            contacts.append(
                ContactRec(
                    "email",
                    f"finance{serial % 997}@{_domain(serial)}.cn",
                    "debtor_provided",
                    "财务邮箱",
                )
            )
        return PartyRec(
            kind="entity",
            name=name,
            id_type="uscc",
            id_number=codes.uscc(serial, city.region_code or "440300", self.salt),
            service_address=address,
            province=city.province,
            city=city.name,
            district=district,
            timezone=city.timezone,
            legal_rep_name=legal_rep,
            contacts=tuple(contacts),
        )

    def shop_owner(self, serial: int, city: City) -> tuple[PartyRec, str]:
        """An individual borrower (个体工商户 owner) and the trading name of the shop."""
        sources = ("contract", "debtor_provided") if self.rng.random() < 0.4 else ("contract",)
        owner = self.person(serial, city, sources)
        shop = f"{city.name.removesuffix('市')}{owner.name[0]}记{self.rng.choice(names.SHOP_KINDS)}"
        return owner, shop


def _domain(serial: int) -> str:
    letters = "abcdefghjkmnpqrstwxyz"
    return "".join(letters[(serial // 21**i) % 21] for i in range(5))


def guarantee_firms(seed: int) -> list[PartyRec]:
    """The few guarantee companies that back many loans (the same parties in every block)."""
    drawer = Drawer(random.Random(f"firms:{seed}"), salt=seed % 9973)
    firms = []
    for j in range(FIRMS):
        city = names.MAINLAND[j % len(names.MAINLAND)]
        rep = drawer.person_name()
        firm = drawer.company(FIRM_SERIAL + j, city, rep)
        name = (
            f"{city.name.removesuffix('市')}{names.TRADE_NAMES[j]}"
            f"{names.GUARANTEE_FIRMS[j % len(names.GUARANTEE_FIRMS)]}"
        )
        firms.append(dataclasses.replace(firm, name=name))
    return firms
