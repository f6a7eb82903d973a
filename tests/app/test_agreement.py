"""Restructured repayment agreements: PDFs read back, rules AGR-CN-1..9 enforced."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop_app.documents.agreement import build_agreement
from desktop_app.documents.agreement_checks import agreement_warnings, check_agreement
from desktop_app.documents.agreement_data import (
    AgreementData,
    DisputeForum,
    GuaranteeKind,
    Structure,
    Waiver,
)
from desktop_app.documents.agreement_samples import sample_agreement
from desktop_app.documents.checks import DocumentRefused
from desktop_app.documents.fmt import date_zh, money
from desktop_app.domain.daxie import to_daxie


def _pages(pdf: bytes) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def zh() -> tuple[AgreementData, list[str]]:
    data = sample_agreement("zh")
    return data, _pages(build_agreement(data))


def test_agreement_elements(zh: tuple[AgreementData, list[str]]) -> None:
    data, pages = zh
    text = "".join(pages)
    for item in [
        "债务重组协议",
        data.agreement_no,
        "签订地点",
        "2026年3月10日",
        "鉴于",
        "债务确认",
        "不存在任何异议、抗辩或抵销",
        "不构成债务更新",
        "加速到期",
        "送达地址",
        "连带责任保证",
        "2032年3月20日",
        "附条件减免",
        "自动失效",
        "强制执行公证",
        data.dispute.court_venue,
        data.payment_account.account_no,
    ]:
        assert "".join(item.split()) in text, item
    assert "仲裁" not in text.split("争议解决")[1]
    for party in [
        data.creditor,
        data.debtor,
        *(g.party for g in data.guarantors),
        *(s.party for s in data.security_providers),
    ]:
        assert party.name in text and party.service_address in text


def test_debt_and_schedule_figures(zh: tuple[AgreementData, list[str]]) -> None:
    data, pages = zh
    text = "".join(pages)
    d = data.debt
    for fen in (d.principal, d.interest, d.penalty_interest, d.compound_interest, d.fees, d.total):
        assert money(fen) in text and to_daxie(fen) in text
    total = sum(r.payment for r in data.schedule)
    assert money(total) in text and to_daxie(total) in text
    assert sum(r.principal for r in data.schedule) == data.restructured_principal
    for row in data.schedule:
        assert date_zh(row.due_date) in text and money(row.payment) in text
    for n, page in enumerate(pages, 1):
        assert f"第{n}页共{len(pages)}页" in page


def test_signature_blocks_for_every_party(zh: tuple[AgreementData, list[str]]) -> None:
    data, pages = zh
    tail = "".join(pages[-2:])
    assert tail.count("法定代表人或授权代表（签字）") == 4  # four entity parties
    assert "丙方二（保证人）（签字并按指印）" in tail


def test_long_schedule_repeats_header() -> None:
    data = sample_agreement("zh", months=60)
    pages = _pages(build_agreement(data))
    with_rows = [p for p in pages if "2027年1月20日" in p or "2030年3月20日" in p]
    assert len(with_rows) >= 2
    assert all("期次还款日应还本金应还利息本期合计剩余本金" in p for p in with_rows)
    assert "2031年3月20日" in "".join(pages)


def test_en_agreement_builds() -> None:
    data = sample_agreement("en")
    text = "".join(_pages(build_agreement(data)))
    assert "DEBTRESTRUCTURINGANDFORBEARANCEAGREEMENT" in text
    assert "notanovation" in text and to_daxie(data.debt.total) in text


def test_invariant_is_byte_identical() -> None:
    data = sample_agreement("zh", months=12)
    assert build_agreement(data, invariant=True) == build_agreement(data, invariant=True)


def test_guarantor_without_consent_refused() -> None:
    data = sample_agreement()
    g = replace(data.guarantors[1], consents=False)
    with pytest.raises(DocumentRefused) as err:
        build_agreement(replace(data, guarantors=(data.guarantors[0], g)))
    assert err.value.problems == ["AGR-CN-1: guarantor 王建国 has not consented in writing"]


def test_guarantee_kind_period_and_resolution() -> None:
    data = sample_agreement()
    g0 = replace(
        data.guarantors[0], guarantee_kind=GuaranteeKind.GENERAL, resolution_attached=False
    )
    g1 = replace(data.guarantors[1], new_period_end=None)
    assert check_agreement(replace(data, guarantors=(g0, g1))) == [
        "AGR-CN-2: guarantor 深圳前海鼎信投资控股有限公司 must give 连带责任保证 (joint liability)",
        "AGR-CN-3: corporate guarantor 深圳前海鼎信投资控股有限公司 needs a board/shareholder "
        "resolution",
        "AGR-CN-2: guarantor 王建国 has no explicit new guarantee period",
    ]


def test_refinance_needs_same_guarantors_or_acknowledgement() -> None:
    data = replace(sample_agreement(), structure=Structure.REFINANCE, original_guarantors=("某人",))
    assert check_agreement(data)[0].startswith("AGR-CN-4")
    assert check_agreement(replace(data, guarantor_acknowledges_purpose=True)) == []


def test_schedule_total_mismatch_refused() -> None:
    data = sample_agreement()
    last = data.schedule[-1]
    bad = replace(last, principal=last.principal + 1, payment=last.payment + 1)
    problems = check_agreement(replace(data, schedule=(*data.schedule[:-1], bad)))
    assert problems[0].startswith("AGR-CN-6: schedule principal")
    assert any("remaining balance" in p for p in problems)


def test_dates_must_increase() -> None:
    data = sample_agreement()
    rows = list(data.schedule)
    rows[3] = replace(rows[3], due_date=rows[2].due_date)
    assert "AGR-CN-6: period 4 due date not after the previous one" in check_agreement(
        replace(data, schedule=tuple(rows))
    )


@pytest.mark.parametrize("forum", [DisputeForum(), DisputeForum("某法院", "上海国际仲裁中心")])
def test_exactly_one_forum(forum: DisputeForum) -> None:
    assert check_agreement(replace(sample_agreement(), dispute=forum)) == [
        "AGR-CN-7: dispute clause must name exactly one of a court venue or an arbitration "
        "commission"
    ]


def test_waiver_needs_reinstatement() -> None:
    data = sample_agreement()
    assert data.waiver is not None
    no_reinstate = Waiver(data.waiver.amount, reinstated_on_default=False)
    assert check_agreement(replace(data, waiver=no_reinstate)) == [
        "AGR-CN-9: conditional waiver without a reinstatement-on-default clause"
    ]


def test_service_address_must_be_confirmed() -> None:
    data = sample_agreement()
    debtor = replace(data.debtor, address_confirmed=False)
    assert check_agreement(replace(data, debtor=debtor)) == [
        "AGR-CN-8: 上海申达精密机械制造有限公司 has no confirmed service address"
    ]


def test_extension_warnings_are_separate() -> None:
    data = replace(
        sample_agreement(),
        structure=Structure.EXTENSION,
        extension_applied_on=date(2027, 4, 1),
        original_drawdown=date(2024, 3, 20),
    )
    assert check_agreement(data) == []
    warnings = agreement_warnings(data)
    assert warnings[0] == "AGR-CN-5: extension must be applied for before the original maturity"


def _rules(problems: list[str]) -> list[str]:
    return [p.split(":")[0] for p in problems]


def test_a_lender_held_to_the_lpr_cap_cannot_agree_a_penalty_rate_above_it() -> None:
    """民间借贷规定 Art. 25/29: 4 x the one-year LPR on the day the agreement is signed
    (3.00 % since 2025-05-20, so 12 %); the penalty rate is what is held to it."""
    base = replace(sample_agreement(), lender_type="other", date_signed=date(2025, 5, 30))
    within = replace(base, new_rate=Decimal("0.08"), penalty_rate=Decimal("0.12"))
    assert "DOC-CN-4" not in _rules(check_agreement(within))
    above = replace(base, new_rate=Decimal("0.08"), penalty_rate=Decimal("0.1201"))
    problems = check_agreement(above)
    assert _rules(problems).count("DOC-CN-4") == 1
    assert "exceeds 4 x LPR 3.00% = 12.00% on the contract date 2025-05-30" in "".join(problems)
    with pytest.raises(DocumentRefused) as err:
        build_agreement(above)
    assert "DOC-CN-4" in _rules(err.value.problems)
    free = replace(base, new_rate=Decimal("0"), penalty_rate=Decimal("0.15"))  # interest-free
    assert _rules(check_agreement(free)).count("DOC-CN-4") == 1
    assert "DOC-CN-5" not in _rules(agreement_warnings(free))  # no markup to judge


def test_a_financial_lender_is_warned_not_refused() -> None:
    data = replace(sample_agreement(), new_rate=Decimal("0.18"), penalty_rate=Decimal("0.27"))
    assert data.lender_type == "bank"
    assert "DOC-CN-4" not in _rules(check_agreement(data))
    assert _rules(agreement_warnings(data)) == ["DOC-CN-4"]
    odd = replace(sample_agreement(), new_rate=Decimal("0.04"), penalty_rate=Decimal("0.08"))
    assert _rules(agreement_warnings(odd)) == ["DOC-CN-5"]  # + 100 %, outside 30-50 %
    assert agreement_warnings(sample_agreement()) == []


def test_a_guarantor_who_also_pledges_is_asked_for_consent_once() -> None:
    data = sample_agreement()
    g = replace(data.guarantors[0], consents=False)
    both = replace(data.security_providers[0], party=g.party, consents=False)
    problems = check_agreement(replace(data, guarantors=(g, *data.guarantors[1:]),
                                       security_providers=(both,)))
    named = [p for p in problems if p.startswith("AGR-CN-1") and g.party.name in p]
    assert named == [f"AGR-CN-1: guarantor {g.party.name} has not consented in writing"]
    alone = replace(data, security_providers=(replace(both, party=data.debtor),))
    assert any(p.startswith("AGR-CN-1: security provider") for p in check_agreement(alone))
