"""Interest caps on what a demand letter demands (compliance.md DOC-CN-4, DOC-CN-5).

The caps are data (``resources/compliance/rate_caps_cn.toml``): the one-year LPR as a dated
table (with the day up to which it is known to be complete), which lender types are financial institutions, the multiple of LPR that binds the
others, the aggregate rate at which a financial lender is warned, and the usual range of
the penalty-interest markup.

What is compared with a cap is the **demanded annual rate**: the penalty-interest rate on
overdue principal (contract rate x (1 + markup); the contract rate when the document
demands no penalty interest) plus compound interest, liquidated damages and fees
annualised on the principal demanded over the days since the default:

    demanded = rate x (1 + markup) + (compound + damages + fees) / principal x 365 / days

(民间借贷规定 Art. 29 weighs overdue interest, damages and other fees together against the
cap.) For a lender outside the financial institutions a demanded rate above
``lpr_multiple`` x LPR(contract date) blocks the document; for a financial lender a rate
above ``financial_warn_rate`` is a warning, as is a penalty markup outside the usual range.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from desktop_app.compliance import details as detail
from desktop_app.compliance.details import fill

BLOCK, WARN = "block", "warn"


@dataclass(frozen=True)
class RateCaps:
    lpr: tuple[tuple[dt.date, Decimal], ...]  # (effective from, one-year LPR), ascending
    financial_types: frozenset[str]
    lpr_multiple: Decimal
    financial_warn_rate: Decimal
    markup_min: Decimal
    markup_max: Decimal
    checked_through: dt.date  # the LPR table is known to be complete up to this day

    def lpr_on(self, day: dt.date) -> Decimal:
        """The one-year LPR in force on ``day`` (the first one for an earlier day)."""
        rate = self.lpr[0][1]
        for start, value in self.lpr:
            if start > day:
                break
            rate = value
        return rate


@dataclass(frozen=True)
class CapFinding:
    rule: str  # DOC-CN-4 or DOC-CN-5
    action: str  # block or warn
    message: str


@dataclass(frozen=True)
class Demand:
    """What a document demands on one loan, in fen, and the loan's terms."""

    lender_type: str
    contract_date: dt.date
    annual_rate: Decimal
    penalty_markup: Decimal | None
    principal: int  # principal demanded (overdue, or all of it when accelerated)
    penalty_demanded: bool  # the document demands penalty interest (else the contract rate)
    compound: int
    damages: int
    fees: int
    overdue_since: dt.date
    calc_date: dt.date


def load_caps(text: str | None = None) -> RateCaps:
    """The caps from ``text`` (TOML), or from the shipped file."""
    if text is None:
        return _shipped()
    data = tomllib.loads(text)
    caps = data["caps"]
    lpr = sorted((row["from"], Decimal(str(row["rate"]))) for row in data["lpr_1y"])
    if not lpr:
        raise ValueError("rate caps: the lpr_1y table is empty")
    return RateCaps(
        lpr=tuple(lpr),
        financial_types=frozenset(caps["financial_lender_types"]),
        lpr_multiple=Decimal(str(caps["lpr_multiple"])),
        financial_warn_rate=Decimal(str(caps["financial_warn_rate"])),
        markup_min=Decimal(str(caps["penalty_markup_min"])),
        markup_max=Decimal(str(caps["penalty_markup_max"])),
        checked_through=caps["checked_through"],
    )


@lru_cache(maxsize=1)
def _shipped() -> RateCaps:
    path = resources.files("resources").joinpath("compliance", "rate_caps_cn.toml")
    return load_caps(path.read_text(encoding="utf-8"))


def demanded_rate(d: Demand) -> Decimal:
    """The annual rate the document demands on principal (see the module text)."""
    rate = d.annual_rate * (1 + (d.penalty_markup or 0)) if d.penalty_demanded else d.annual_rate
    days = (d.calc_date - d.overdue_since).days
    extras = d.compound + d.damages + d.fees
    if extras and d.principal > 0 and days > 0:
        rate += Decimal(extras) / d.principal * 365 / days
    return rate


def _pct(rate: Decimal, places: int = 2) -> str:
    """A rate in percent; the cap check asks for as many places as tell two rates apart."""
    return f"{(rate * 100).quantize(Decimal(1).scaleb(-places))}%"


def check(d: Demand, caps: RateCaps | None = None) -> list[CapFinding]:
    """DOC-CN-4 and DOC-CN-5 findings for one loan's demand (empty when within the caps)."""
    caps = caps or load_caps()
    out: list[CapFinding] = []
    rate = demanded_rate(d)
    if d.lender_type in caps.financial_types:
        if rate > caps.financial_warn_rate:
            message = fill(detail.FINANCIAL_RATE, rate=_pct(rate), cap=_pct(caps.financial_warn_rate))
            out.append(CapFinding("DOC-CN-4", WARN, message))
    else:
        lpr = caps.lpr_on(d.contract_date)
        cap = lpr * caps.lpr_multiple
        if rate > cap:
            places = next(n for n in range(2, 12) if _pct(rate, n) != _pct(cap, n))
            message = fill(
                detail.LPR_CAP,
                rate=_pct(rate, places),
                multiple=caps.lpr_multiple,
                lpr=_pct(lpr),
                cap=_pct(cap, places),
                date=d.contract_date.isoformat(),
            )
            out.append(CapFinding("DOC-CN-4", BLOCK, message))
        if d.contract_date > caps.checked_through:
            message = fill(
                detail.LPR_TABLE,
                through=caps.checked_through.isoformat(),
                date=d.contract_date.isoformat(),
                lpr=_pct(lpr),
            )
            out.append(CapFinding("LPR-TABLE", WARN, message))
    markup = d.penalty_markup
    if markup is not None and not caps.markup_min <= markup <= caps.markup_max:
        message = fill(
            detail.MARKUP,
            markup=_pct(markup),
            low=_pct(caps.markup_min),
            high=_pct(caps.markup_max),
        )
        out.append(CapFinding("DOC-CN-5", WARN, message))
    return out
