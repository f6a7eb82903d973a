"""Plain records of a portfolio, as a core-banking export or the demo generator gives them.

The importer parses files into these, the demo generator draws them, and ``writer`` stores
them in one transaction (upsert by contract number and party identity). Money is int fen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


def party_key(id_type: str, id_number: str) -> str:
    return f"{id_type}:{id_number.strip().upper()}"


@dataclass(frozen=True)
class ContactRec:
    kind: str  # phone | email | address
    value: str
    source: str  # contract | debtor_provided | debtor_authorised | public_lawful | ...
    label: str = ""


@dataclass(frozen=True)
class PartyRec:
    kind: str  # natural | entity
    name: str
    id_type: str  # uscc | resident_id | passport | other
    id_number: str
    service_address: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    timezone: str = "Asia/Shanghai"
    language: str = "zh"
    legal_rep_name: str = ""
    contacts: tuple[ContactRec, ...] = ()

    @property
    def key(self) -> str:
        return party_key(self.id_type, self.id_number)


@dataclass(frozen=True)
class LoanRec:
    contract_no: str
    borrower_key: str
    contract_date: dt.date
    principal: int
    annual_rate: Decimal
    drawdown_date: dt.date
    maturity_date: dt.date
    currency: str = "CNY"
    penalty_markup: Decimal = Decimal("0.5")
    day_count: str = "ACT/360"
    repayment_method: str = "annuity"
    compound_enabled: bool = True
    contract_name: str = "借款合同"


@dataclass(frozen=True)
class RoleRec:
    """A party's role in the borrower's case (legal_rep, actual_controller, guarantor, ...)."""

    borrower_key: str
    party_key: str
    role: str
    relation: str = ""


@dataclass(frozen=True)
class GuaranteeRec:
    contract_no: str  # the loan's
    guarantor_key: str
    kind: str = "joint"  # joint | general
    guarantee_contract_no: str = ""
    contract_date: dt.date | None = None
    period_end: dt.date | None = None
    max_amount: int | None = None


@dataclass(frozen=True)
class CollateralRec:
    contract_no: str
    kind: str  # mortgage | pledge
    description: str = ""
    registration_no: str = ""
    value: int = 0
    owner_key: str | None = None


@dataclass(frozen=True)
class InstalmentRec:
    contract_no: str
    seq: int
    due_date: dt.date
    principal_due: int
    interest_due: int
    principal_paid: int = 0
    interest_paid: int = 0


@dataclass(frozen=True)
class PaymentRec:
    """``allocation``: the split into components (``case_math.COMPONENTS`` + unapplied) when
    the source already knows it exactly (the demo generator replays its loans); empty, the
    store allocates the payment by replaying the loan."""

    contract_no: str
    received_on: dt.date
    amount: int
    reference: str
    allocation: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class CaseRec:
    """Optional case attributes; a case is created for every borrower with a loan anyway."""

    borrower_key: str
    stage: str = "early"
    next_action: str = ""
    next_action_date: dt.date | None = None
    opened_on: dt.date | None = None
    officer_employee_no: str = ""


@dataclass(frozen=True)
class PromiseRec:
    borrower_key: str
    promised_on: dt.date
    due_date: dt.date
    amount: int
    status: str = "open"  # open | kept | partial | broken | cancelled
    paid_amount: int = 0
    party_key: str | None = None


@dataclass(frozen=True)
class ActivityRec:
    borrower_key: str
    kind: str  # call | visit | letter | sms | note
    occurred_at: dt.datetime  # aware
    outcome: str = ""
    notes: str = ""
    party_key: str | None = None


@dataclass
class Portfolio:
    parties: list[PartyRec] = field(default_factory=list)
    loans: list[LoanRec] = field(default_factory=list)
    roles: list[RoleRec] = field(default_factory=list)
    guarantees: list[GuaranteeRec] = field(default_factory=list)
    collateral: list[CollateralRec] = field(default_factory=list)
    instalments: list[InstalmentRec] = field(default_factory=list)
    payments: list[PaymentRec] = field(default_factory=list)
    cases: list[CaseRec] = field(default_factory=list)
    promises: list[PromiseRec] = field(default_factory=list)
    activities: list[ActivityRec] = field(default_factory=list)
