"""Frozen input data for demand letters. Money is int fen, rates Decimal, dates date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal

__all__ = [
    "Addressee",
    "AddresseeRole",
    "Amounts",
    "BankAccount",
    "DefaultFacts",
    "FeeLine",
    "Issuer",
    "Language",
    "LawFirm",
    "LetterData",
    "LetterKind",
    "LoanContract",
    "OfficerContact",
    "PartyKind",
    "SecurityContract",
]

Language = Literal["zh", "en"]


class LetterKind(StrEnum):
    REMINDER = "reminder"  # 还款提醒函
    DEMAND = "demand"  # 贷款逾期催收通知书
    FINAL = "final"  # 最后催告函
    GUARANTOR = "guarantor"  # 担保人履行保证责任通知书
    LAWYER = "lawyer"  # 律师函 (law-firm profile required)


class PartyKind(StrEnum):
    ENTITY = "entity"
    NATURAL = "natural"


class AddresseeRole(StrEnum):
    BORROWER = "borrower"
    GUARANTOR = "guarantor"
    MORTGAGOR = "mortgagor"
    PLEDGOR = "pledgor"


@dataclass(frozen=True)
class BankAccount:
    account_name: str  # 户名
    bank_name: str  # 开户行
    account_no: str  # 账号


@dataclass(frozen=True)
class Issuer:
    legal_name: str
    address: str
    phone: str
    lender_type: str  # bank | consumer_finance | small_loan | amc | other
    designated_accounts: tuple[BankAccount, ...]


@dataclass(frozen=True)
class LawFirm:
    firm_name: str
    address: str
    lawyer_name: str
    licence_no: str  # 执业证号
    authorisation: str  # statement of the client's authorisation
    file_no: str = ""


@dataclass(frozen=True)
class Addressee:
    name: str
    kind: PartyKind
    id_number: str  # 统一社会信用代码, or masked ID (****1234) for natural persons
    role: AddresseeRole
    service_address: str  # contractual 送达地址


@dataclass(frozen=True)
class LoanContract:
    borrower: str
    name: str  # e.g. 流动资金借款合同
    number: str
    signed_on: date
    amount: int
    drawdown: date
    maturity: date
    annual_rate: Decimal
    penalty_markup: Decimal | None = None  # penalty rate = annual_rate x (1 + markup)


@dataclass(frozen=True)
class SecurityContract:
    """A guarantee, mortgage or pledge as the records hold it.

    For a guarantee ``number`` is the guarantee contract's number and ``signed_on`` its
    date, None when not recorded (never the loan's). A mortgage or pledge is known by its
    collateral: ``number`` is the collateral's registration number (登记编号), which the
    letter words as such, and ``collateral`` what is mortgaged or pledged."""

    party: str  # guarantor, mortgagor or pledgor
    kind: str  # guarantee | mortgage | pledge
    name: str
    number: str
    signed_on: date | None = None
    collateral: str = ""


@dataclass(frozen=True)
class DefaultFacts:
    overdue_since: date  # first missed payment date
    accelerated: bool = False  # whole loan declared due (宣布提前到期)
    acceleration_clause: str = ""  # contract clause relied on, e.g. 第十二条


@dataclass(frozen=True)
class FeeLine:
    label: str
    amount: int


@dataclass(frozen=True)
class Amounts:
    """Breakdown as at ``LetterData.calc_date``.

    ``remaining_principal`` is principal not yet due; it is part of ``total`` only when
    the loan is accelerated, otherwise it is stated for information.
    """

    overdue_principal: int
    remaining_principal: int
    interest: int
    penalty_interest: int
    penalty_basis: str  # e.g. 合同利率上浮50%
    compound_interest: int
    total: int
    liquidated_damages: int | None = None
    fees: tuple[FeeLine, ...] = ()


@dataclass(frozen=True)
class OfficerContact:
    name: str
    phone: str
    office_address: str


@dataclass(frozen=True)
class LetterData:
    kind: LetterKind
    language: Language
    letter_no: str  # e.g. 〔2026〕京分催字第017号; unique, never reused
    issuer: Issuer
    addressees: tuple[Addressee, ...]
    loans: tuple[LoanContract, ...]
    default: DefaultFacts
    calc_date: date
    amounts: Amounts
    daily_accrual: int  # penalty + compound interest per day after calc_date
    deadline: date
    payment_account: BankAccount
    officer: OfficerContact
    objection_channel: str
    issue_date: date
    security_contracts: tuple[SecurityContract, ...] = ()
    limitation_expired: bool = False  # LIM-CN-4 variant wording
    guarantee_period_end: date | None = None  # guarantor letters
    general_guarantee: bool = False  # the addressee's guarantee is 一般保证 (not joint)
    law_firm: LawFirm | None = None  # lawyer letters
    receipt_no_objection_line: bool = True  # 回执: 对上述债务金额无异议
    currency: str = "CNY"
