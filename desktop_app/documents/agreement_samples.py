"""A realistic sample agreement (fictitious parties) for previews, benchmarks and tests."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .agreement_data import (
    AgreementData,
    AgreementType,
    DebtBreakdown,
    DisputeForum,
    GuaranteeKind,
    Guarantor,
    OriginalContract,
    Party,
    ScheduleRow,
    SecurityProvider,
    Structure,
    Waiver,
)
from .letter_data import Language, PartyKind
from .samples import BORROWER_CODE, GUARANTOR_CODE, sample_account

__all__ = ["equal_principal_schedule", "sample_agreement"]


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, min(d.day, 28))


def equal_principal_schedule(
    principal: int, rate: Decimal, months: int, start: date
) -> tuple[ScheduleRow, ...]:
    """等额本金, 30/360 monthly interest rounded half-up; the last row takes the remainder."""
    base = principal // months
    rows, balance = [], principal
    for n in range(1, months + 1):
        part = balance if n == months else base
        interest = int((Decimal(balance) * rate / 12).quantize(Decimal(1), ROUND_HALF_UP))
        balance -= part
        rows.append(ScheduleRow(n, _add_months(start, n), part, interest, part + interest, balance))
    return tuple(rows)


def _parties() -> tuple[Party, Party, Guarantor, Guarantor, SecurityProvider]:
    creditor = Party(
        "华东商业银行股份有限公司上海浦东分行",
        PartyKind.ENTITY,
        "91310000MA1FL0XX1X",
        "上海市浦东新区世纪大道1888号",
        "陈立（行长）",
        "021-5888 1234",
        "上海市浦东新区世纪大道1888号12楼资产保全部",
        "bq-pd@hdbank.example.cn",
    )
    debtor = Party(
        "上海申达精密机械制造有限公司",
        PartyKind.ENTITY,
        BORROWER_CODE,
        "上海市闵行区莘庄工业区春东路508号",
        "刘申达",
        "021-6488 0001",
        "上海市闵行区莘庄工业区春东路508号3幢",
        "finance@shenda.example.cn",
    )
    corp = Party(
        "深圳前海鼎信投资控股有限公司",
        PartyKind.ENTITY,
        GUARANTOR_CODE,
        "深圳市南山区前海深港合作区前湾一路1号A栋201室",
        "赵鼎",
        "0755-8666 0002",
        "深圳市南山区前海深港合作区前湾一路1号A栋201室",
        "legal@dingxin.example.cn",
    )
    person = Party(
        "王建国",
        PartyKind.NATURAL,
        "310104197203152315",
        "上海市徐汇区漕溪北路88号12楼1203室",
        "",
        "139 1234 5678",
        "上海市徐汇区漕溪北路88号12楼1203室",
        "wangjg@example.cn",
    )
    owner = Party(
        "上海申达置业有限公司",
        PartyKind.ENTITY,
        "91310112MA1GB0XX2K",
        "上海市闵行区都市路5001号",
        "刘申达",
        "021-6488 0003",
        "上海市闵行区都市路5001号",
        "",
    )
    end = date(2032, 3, 20)
    return (
        creditor,
        debtor,
        Guarantor(corp, GuaranteeKind.JOINT, True, end, resolution_attached=True),
        Guarantor(person, GuaranteeKind.JOINT, True, end),
        SecurityProvider(
            owner, "mortgage", "沪（2021）闵字不动产权第012345号厂房及土地使用权", True
        ),
    )


def sample_agreement(language: Language = "zh", months: int = 24) -> AgreementData:
    creditor, debtor, g1, g2, mortgagor = _parties()
    debt = DebtBreakdown(date(2026, 3, 2), 480_000_000, 12_345_678, 2_345_671, 123_456, 500_000, 0)
    debt = DebtBreakdown(
        **{
            **debt.__dict__,
            "total": sum(
                (
                    debt.principal,
                    debt.interest,
                    debt.penalty_interest,
                    debt.compound_interest,
                    debt.fees,
                )
            ),
        }
    )
    waiver = Waiver(debt.penalty_interest + debt.compound_interest)
    principal = debt.total - waiver.amount
    rate = Decimal("0.0385")
    account = sample_account()
    return AgreementData(
        agreement_no="HDSH-PD-2026-CZ-0009",
        agreement_type=AgreementType.RESTRUCTURE,
        language=language,
        place_signed="上海市浦东新区",
        date_signed=date(2026, 3, 10),
        creditor=creditor,
        debtor=debtor,
        guarantors=(g1, g2),
        security_providers=(mortgagor,),
        original_contracts=(
            OriginalContract(
                "流动资金借款合同",
                "HDSH-PD-2024-LD-0157",
                date(2024, 3, 18),
                500_000_000,
                date(2027, 3, 20),
            ),
        ),
        default_recital="乙方自2025年9月21日起未能按期偿还借款本息，甲方已宣布贷款提前到期。"
        "乙方因下游回款延迟出现阶段性资金困难，申请对上述债务进行重组。",
        debt=debt,
        structure=Structure.RESTRUCTURE,
        restructured_principal=principal,
        schedule=equal_principal_schedule(principal, rate, months, date(2026, 3, 20)),
        new_rate=rate,
        lender_type="bank",
        penalty_rate=Decimal("0.05775"),
        payment_account=account,
        creditor_accounts=(account,),
        dispute=DisputeForum(court_venue="甲方住所地有管辖权的人民法院"),
        covenants=("乙方每月10日前向甲方报送上月银行流水及应收账款明细。",),
        waiver=waiver,
        notarised_enforcement=True,
    )
