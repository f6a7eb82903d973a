"""Frozen input data for restructured repayment agreements (还款协议 / 债务重组协议 / 展期协议).

Money is int fen, rates Decimal, dates date. Reconciliation (AGR-CN-6):
``restructured_principal + Σ arrears column + waiver.amount == debt.total`` and
``Σ schedule principal == restructured_principal``; each row's payment is principal +
interest + arrears, and the remaining balance falls to zero on the last row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .letter_data import BankAccount, Language, PartyKind

__all__ = [
    "AgreementData",
    "AgreementType",
    "DebtBreakdown",
    "DisputeForum",
    "GuaranteeKind",
    "Guarantor",
    "OriginalContract",
    "Party",
    "ScheduleRow",
    "SecurityProvider",
    "Structure",
    "Waiver",
]


class AgreementType(StrEnum):
    REPAYMENT = "repayment"  # 还款协议
    RESTRUCTURE = "restructure"  # 债务重组协议
    EXTENSION = "extension"  # 展期协议


class Structure(StrEnum):
    RESTRUCTURE = "restructure"  # new schedule for the same debt
    EXTENSION = "extension"  # 展期
    REFINANCE = "refinance"  # 借新还旧


class GuaranteeKind(StrEnum):
    JOINT = "joint"  # 连带责任保证
    GENERAL = "general"  # 一般保证


@dataclass(frozen=True)
class Party:
    name: str
    kind: PartyKind
    id_number: str  # credit code, or ID number (agreements carry it in full)
    domicile: str
    representative: str  # legal representative or authorised agent; "" for natural persons
    phone: str
    service_address: str
    email: str = ""
    address_confirmed: bool = True  # the party confirms the 送达地址 for service


@dataclass(frozen=True)
class Guarantor:
    party: Party
    guarantee_kind: GuaranteeKind
    consents: bool  # written consent to the changes (民法典 Art. 695)
    new_period_end: date | None  # new guarantee period end
    resolution_attached: bool = False  # board / shareholder resolution (entities)
    original_contract_no: str = ""


@dataclass(frozen=True)
class SecurityProvider:
    party: Party
    security_kind: str  # mortgage | pledge
    collateral: str
    consents: bool
    change_registration: bool = True  # 抵押变更登记 filed where needed
    original_contract_no: str = ""


@dataclass(frozen=True)
class OriginalContract:
    name: str
    number: str
    signed_on: date
    amount: int
    maturity: date


@dataclass(frozen=True)
class DebtBreakdown:
    reference_date: date
    principal: int
    interest: int
    penalty_interest: int
    compound_interest: int
    fees: int
    total: int


@dataclass(frozen=True)
class ScheduleRow:
    period: int
    due_date: date
    principal: int
    interest: int
    payment: int
    remaining: int
    arrears: int | None = None  # carried-forward overdue amounts paid in this period


@dataclass(frozen=True)
class Waiver:
    amount: int  # conditionally waived (减免), revived on default
    reinstated_on_default: bool = True


@dataclass(frozen=True)
class DisputeForum:
    court_venue: str = ""  # e.g. 甲方住所地有管辖权的人民法院
    arbitration_commission: str = ""  # e.g. 上海国际仲裁中心


@dataclass(frozen=True)
class AgreementData:
    agreement_no: str
    agreement_type: AgreementType
    language: Language
    place_signed: str
    date_signed: date
    creditor: Party
    debtor: Party
    guarantors: tuple[Guarantor, ...]
    security_providers: tuple[SecurityProvider, ...]
    original_contracts: tuple[OriginalContract, ...]
    default_recital: str  # the default and the debtor's difficulty, in words
    debt: DebtBreakdown
    structure: Structure
    restructured_principal: int
    schedule: tuple[ScheduleRow, ...]
    new_rate: Decimal
    penalty_rate: Decimal
    payment_account: BankAccount
    creditor_accounts: tuple[BankAccount, ...]
    dispute: DisputeForum
    covenants: tuple[str, ...] = ()  # extra covenants beyond the standard wording
    day_count: str = "ACT/360"
    default_grace_days: int = 30  # an instalment overdue this long is an event of default
    application_order: tuple[str, ...] = ("costs", "interest", "principal")  # Art. 561
    waiver: Waiver | None = None
    changes_term_or_amount: bool = True
    original_guarantors: tuple[str, ...] = ()  # names, for 借新还旧 (AGR-CN-4)
    guarantor_acknowledges_purpose: bool = False
    notarised_enforcement: bool = False  # optional 强制执行公证 clause
    counterparts: int = 0  # 0: one per party plus one for registration
    extension_applied_on: date | None = None  # AGR-CN-5 (warning only)
    original_drawdown: date | None = None  # AGR-CN-5 term class
    lender_type: str = field(kw_only=True)
    """The creditor's kind (``Issuer.lender_type``): which interest cap binds its rates."""
