"""Realistic sample inputs for previews, benchmarks and tests (fictitious parties)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from .letter_data import (
    Addressee,
    AddresseeRole,
    Amounts,
    BankAccount,
    DefaultFacts,
    Issuer,
    Language,
    LawFirm,
    LetterData,
    LetterKind,
    LoanContract,
    OfficerContact,
    PartyKind,
    SecurityContract,
)

__all__ = ["BORROWER_CODE", "GUARANTOR_CODE", "sample_account", "sample_letter"]

BORROWER_CODE = "91310115MA1K4ABCDD"
GUARANTOR_CODE = "91440300MA5FXXXX1Y"
_ACCOUNT = BankAccount(
    "华东商业银行股份有限公司上海浦东分行",
    "华东商业银行上海浦东分行营业部",
    "3101 0400 0000 8866 012",
)
_ISSUER = Issuer(
    "华东商业银行股份有限公司上海浦东分行",
    "上海市浦东新区世纪大道1888号",
    "021-5888 1234",
    "bank",
    (_ACCOUNT,),
)


def sample_account() -> BankAccount:
    return _ACCOUNT


def _addressees(kind: LetterKind) -> tuple[Addressee, ...]:
    borrower = Addressee(
        "上海申达精密机械制造有限公司",
        PartyKind.ENTITY,
        BORROWER_CODE,
        AddresseeRole.BORROWER,
        "上海市闵行区莘庄工业区春东路508号3幢",
    )
    corp = Addressee(
        "深圳前海鼎信投资控股有限公司",
        PartyKind.ENTITY,
        GUARANTOR_CODE,
        AddresseeRole.GUARANTOR,
        "深圳市南山区前海深港合作区前湾一路1号A栋201室",
    )
    person = Addressee(
        "王建国",
        PartyKind.NATURAL,
        "****2315",
        AddresseeRole.GUARANTOR,
        "上海市徐汇区漕溪北路88号12楼1203室",
    )
    if kind is LetterKind.GUARANTOR:
        return (corp, person)
    return (borrower, corp, person)


def _amounts() -> Amounts:
    damages = 2_000_000
    a = Amounts(
        overdue_principal=125_000_000,
        remaining_principal=375_000_000,
        interest=4_126_850,
        penalty_interest=1_562_507,
        penalty_basis="合同利率上浮50%，即年利率6.525%",
        compound_interest=93_214,
        total=0,
        liquidated_damages=damages,
    )
    parts = (a.overdue_principal, a.remaining_principal, a.interest, a.penalty_interest)
    return replace(a, total=sum(parts) + a.compound_interest + damages)


def sample_letter(kind: LetterKind = LetterKind.DEMAND, language: Language = "zh") -> LetterData:
    """A complete, valid letter of ``kind`` (accelerated loan, two guarantors)."""
    loan = LoanContract(
        "上海申达精密机械制造有限公司",
        "流动资金借款合同",
        "HDSH-PD-2024-LD-0157",
        date(2024, 3, 18),
        500_000_000,
        date(2024, 3, 20),
        date(2027, 3, 20),
        Decimal("0.0435"),
    )
    security = (
        SecurityContract(
            "深圳前海鼎信投资控股有限公司",
            "guarantee",
            "最高额保证合同",
            "HDSH-PD-2024-BZ-0157-1",
            date(2024, 3, 18),
        ),
        SecurityContract(
            "王建国",
            "guarantee",
            "个人连带责任保证合同",
            "HDSH-PD-2024-BZ-0157-2",
            date(2024, 3, 18),
        ),
    )
    law = LawFirm(
        "上海明正律师事务所",
        "上海市黄浦区中山东一路18号5楼",
        "李明",
        "13101201510123456",
        "本所已取得委托人的书面授权。",
        "明正(2026)催字第021号",
    )
    return LetterData(
        kind=kind,
        language=language,
        letter_no="〔2026〕浦分催字第017号",
        issuer=_ISSUER,
        addressees=_addressees(kind),
        loans=(loan,),
        default=DefaultFacts(date(2025, 9, 21), accelerated=True, acceleration_clause="第十四条"),
        calc_date=date(2026, 3, 2),
        amounts=_amounts(),
        daily_accrual=93_211,
        deadline=date(2026, 3, 20),
        payment_account=_ACCOUNT,
        officer=OfficerContact(
            "张敏", "021-5888 1299", "上海市浦东新区世纪大道1888号12楼资产保全部"
        ),
        objection_channel="书面异议请寄至上海市浦东新区世纪大道1888号12楼资产保全部（邮编200120），"
        "或发送电子邮件至 bq-pd@hdbank.example.cn",
        issue_date=date(2026, 3, 5),
        security_contracts=security,
        guarantee_period_end=date(2029, 3, 20) if kind is LetterKind.GUARANTOR else None,
        law_firm=law if kind is LetterKind.LAWYER else None,
    )


def with_changes(data: LetterData, **changes: object) -> LetterData:
    return replace(data, **changes)  # type: ignore[arg-type]
