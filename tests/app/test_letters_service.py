"""Letters generated from the database: numbers, figures, refusals, storage."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.context import AppContext
from desktop_app.documents.fmt import money
from desktop_app.documents.letter_data import AddresseeRole, LetterKind
from desktop_app.domain.daxie import to_daxie
from desktop_app.services import letters
from desktop_app.services.case_detail import case_detail
from local_db.models import Activity, Document, Institution, LetterSequence, Loan, Party
from tests.app.conftest import TODAY
from tests.app.doc_helpers import BORROWER_NAME, GUARANTOR_NAME, load, pdf_text, second_case, squash


def test_letter_numbers_count_up_per_prefix_and_year(ctx: AppContext) -> None:
    with ctx.unit() as s:
        first = letters.next_letter_no(s, "浦分", 2026)
        second = letters.next_letter_no(s, "浦分", 2026)
        other_year = letters.next_letter_no(s, "浦分", 2027)
        doubled = letters.next_letter_no(s, "华商银催", 2026)
    assert first == "〔2026〕浦分催字第001号"
    assert second == "〔2026〕浦分催字第002号"
    assert other_year == "〔2027〕浦分催字第001号"
    assert doubled == "〔2026〕华商银催字第001号"
    assert letters.format_letter_no("浦分", 2026, 1234) == "〔2026〕浦分催字第1234号"


def test_demand_letter_matches_the_case_figures(ctx: AppContext, tmp_path: Path) -> None:
    case_id, borrower_id, _ = load(ctx)
    out = tmp_path / "letter.pdf"
    doc = letters.generate_letter(ctx, case_id, "demand", "zh", out=out)
    detail = case_detail(ctx, case_id)
    assert doc.total == detail.totals.overdue_total > 0
    pdf = out.read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == doc.sha256
    assert letters.document_pdf(ctx, doc.document_id) == pdf
    text = squash(pdf_text(pdf))
    for needle in (
        doc.letter_no,
        BORROWER_NAME,
        money(doc.total),
        to_daxie(doc.total),
        "HT-2025-001",
        "BZ-2025-001",
        "31001234567890123",
        "回执",
    ):
        assert needle in text, needle
    assert doc.pages == 3
    with ctx.read() as s:
        stored = s.get(Document, doc.document_id)
        assert stored is not None
        assert (stored.letter_no, stored.total, stored.sha256) == (
            doc.letter_no,
            doc.total,
            doc.sha256,
        )
        assert stored.addressee_party_id == borrower_id and stored.issue_date == TODAY
        act = s.scalars(
            select(Activity).where(Activity.case_id == case_id, Activity.kind == "letter")
        ).one()
        assert (act.outcome, act.notes) == ("generated", doc.letter_no)


def test_two_generations_get_two_numbers(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    a = letters.generate_letter(ctx, case_id, "reminder", "zh")
    b = letters.generate_letter(ctx, case_id, "reminder", "zh")
    assert a.letter_no != b.letter_no and a.document_id != b.document_id
    with ctx.read() as s:
        numbers = list(s.scalars(select(Document.letter_no)))
    assert sorted(numbers) == sorted([a.letter_no, b.letter_no])
    assert letters.document_case(ctx, b.document_id) == case_id
    with pytest.raises(LookupError, match="No document"):
        letters.document_case(ctx, 999_999)


def test_english_letter(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    doc = letters.generate_letter(ctx, case_id, "final", "en")
    text = pdf_text(letters.document_pdf(ctx, doc.document_id))
    assert "FINAL DEMAND" in text and money(doc.total) in text
    assert to_daxie(doc.total) in squash(text)


def test_guarantor_letter_uses_the_guarantee_period(ctx: AppContext) -> None:
    case_id, _, guarantor_id = load(ctx)
    data = letters.letter_data(ctx, case_id, "guarantor", "zh")
    assert data.addressees[0].name == GUARANTOR_NAME
    assert data.addressees[0].role is AddresseeRole.GUARANTOR
    assert data.addressees[0].id_number == "****002X"  # natural person: masked
    assert data.guarantee_period_end is not None
    assert data.guarantee_period_end.isoformat() == "2027-01-20"
    doc = letters.generate_letter(ctx, case_id, LetterKind.GUARANTOR, "zh")
    with ctx.read() as s:
        stored = s.get(Document, doc.document_id)
        assert stored is not None and stored.addressee_party_id == guarantor_id


def test_refusal_lists_missing_elements_and_consumes_no_number(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx, ready=False)
    with pytest.raises(letters.DocumentRefused) as info:
        letters.generate_letter(ctx, case_id, "demand", "zh")
    problems = " ".join(info.value.problems)
    assert "issuer.address" in problems and "统一社会信用代码" in problems
    with ctx.read() as s:
        assert s.scalar(select(Document.id)) is None
        assert list(s.scalars(select(LetterSequence.last_no))) == []


def test_nothing_overdue_and_lawyer_without_firm_are_refused(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    with pytest.raises(letters.DocumentRefused, match="nothing is overdue"):
        letters.generate_letter(ctx, second_case(ctx), "demand", "zh")
    with pytest.raises(letters.DocumentRefused, match="DOC-CN-6"):
        letters.generate_letter(ctx, case_id, "lawyer", "zh")


def test_lawyer_letter_with_a_firm_profile(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    with ctx.unit() as s:
        inst = s.scalars(select(Institution)).one()
        inst.law_firm_name, inst.law_firm_address = (
            "上海明正律师事务所",
            "上海市黄浦区中山东一路18号5楼",
        )
        inst.lawyer_name, inst.lawyer_license_no = "李明", "13101201510123456"
    doc = letters.generate_letter(ctx, case_id, "lawyer", "zh")
    assert "上海明正律师事务所" in squash(pdf_text(letters.document_pdf(ctx, doc.document_id)))
    # the firm's own series, not the lender's demand letters'
    assert doc.letter_no == "〔2026〕上海明正律函字第001号"
    assert letters.letter_data(ctx, case_id, "lawyer", "zh").letter_no.endswith(
        "上海明正律函字第（预览）号")
    demand = letters.generate_letter(ctx, case_id, "demand", "zh")
    assert demand.letter_no.endswith("催字第001号")  # its own series, untouched
    again = letters.generate_letter(ctx, case_id, "lawyer", "zh")
    assert again.letter_no == "〔2026〕上海明正律函字第002号"


def test_objection_channel_from_the_profile(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    assert "书面异议" in letters.letter_data(ctx, case_id, "demand", "zh").objection_channel
    with ctx.unit() as s:
        s.scalars(select(Institution)).one().objection_channel = "请致电021-63218888转保全部。"
    data = letters.letter_data(ctx, case_id, "demand", "zh")
    assert data.objection_channel == "请致电021-63218888转保全部"
    assert data.daily_accrual == case_detail(ctx, case_id).totals.daily_penalty
    english = letters.letter_data(ctx, case_id, "demand", "en").objection_channel
    assert english.startswith("in writing to ") and "请致电" not in english  # no Chinese sentence


def test_interest_caps_warn_a_bank_and_block_a_private_lender(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    doc = letters.generate_letter(ctx, case_id, "demand", "zh")
    assert doc.warnings == ()  # contract rate + 50 %: the usual bank terms
    with ctx.unit() as s:
        for loan in s.scalars(select(Loan)):
            loan.penalty_markup = "0.8"
    doc = letters.generate_letter(ctx, case_id, "demand", "zh")
    assert [w.split(":")[0] for w in doc.warnings] == ["DOC-CN-5"]  # produced, with a warning
    with ctx.unit() as s:
        s.scalars(select(Institution)).one().lender_type = "other"
        for loan in s.scalars(select(Loan)):
            loan.annual_rate = "0.12"  # x 1.8 = 21.6 % a year, more with compound: above 4 x LPR
    with ctx.read() as s:
        before = s.scalar(select(func.count(Document.id)))
    with pytest.raises(letters.DocumentRefused, match=r"DOC-CN-4: demanded rate 2\d\.\d\d% a year exceeds 4 x LPR"):
        letters.generate_letter(ctx, case_id, "demand", "zh")
    with ctx.read() as s:
        assert s.scalar(select(func.count(Document.id))) == before  # nothing stored


def _expire_first_guarantor(ctx: AppContext, case_id: int) -> tuple[int, int]:
    """The case's guarantor's period ends before today; another party guarantees until
    2027-06-01. Returns (expired guarantor, live guarantor)."""
    from local_db.models import Case, CaseParty, Guarantee, Loan, Party

    with ctx.unit() as s:
        loan = s.scalars(select(Loan).where(Loan.case_id == case_id)).first()
        old = s.scalars(select(Guarantee).where(Guarantee.loan_id == loan.id)).one()
        old.period_end = dt.date(2026, 6, 1)
        other = s.scalars(select(Party).where(Party.id != old.guarantor_party_id,
                                              Party.kind == "entity",
                                              Party.id != s.get(Case, case_id).borrower_party_id)
                          ).first()
        other.service_address = other.service_address or "杭州市西湖区文三路90号"
        s.add(Guarantee(loan_id=loan.id, guarantor_party_id=other.id, kind="joint",
                        contract_no="BZ-2025-002", period_end=dt.date(2027, 6, 1)))
        s.add(CaseParty(case_id=case_id, party_id=other.id, role="guarantor"))
        return old.guarantor_party_id, other.id


def test_a_guarantor_letter_goes_by_default_to_a_guarantor_still_liable(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    expired, live = _expire_first_guarantor(ctx, case_id)
    data = letters.letter_data(ctx, case_id, "guarantor", "zh")
    assert data.guarantee_period_end == dt.date(2027, 6, 1)
    with ctx.read() as s:
        assert data.addressees[0].name == s.get(Party, live).name
    refused = letters.letter_data(ctx, case_id, "guarantor", "zh", addressee_party_id=expired)
    from desktop_app.documents.checks import check_letter

    problems = check_letter(refused)
    assert [p.split(":")[0] for p in problems] == ["LIM-CN-2"], problems  # not "deadline ..."


def test_a_preview_uses_no_number_stores_nothing_and_says_so_on_every_page(
    ctx: AppContext,
) -> None:
    from pypdf import PdfReader

    from local_db.models import Activity, Document

    case_id, _, _ = load(ctx)

    def counts() -> tuple[int, int]:
        with ctx.read() as s:
            return (s.scalar(select(func.count()).select_from(Document)),
                    s.scalar(select(func.count()).select_from(Activity)))

    before = counts()
    shown = letters.preview_letter(ctx, case_id, "demand", "zh")
    assert counts() == before
    assert shown.letter_no.endswith("字第（预览）号") and shown.pages >= 2
    import io

    pages = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(shown.pdf)).pages]
    assert len(pages) == shown.pages
    assert all("预览稿·未编号·不得寄送" in p for p in pages), pages[0][-200:]
    english = letters.preview_letter(ctx, case_id, "demand", "en")
    assert "PREVIEW·NOT NUMBERED·DO NOT SEND".replace(" ", "") in squash(
        PdfReader(io.BytesIO(english.pdf)).pages[0].extract_text())
    issued = letters.generate_letter(ctx, case_id, "demand", "zh")
    assert issued.letter_no.endswith("字第001号")  # the previews used no number
    assert "预览" not in squash(pdf_text(letters.document_pdf(ctx, issued.document_id)))


def test_a_general_guarantor_is_warned_that_a_letter_does_not_keep_it_liable(
    ctx: AppContext,
) -> None:
    from local_db.models import Guarantee

    case_id, _, _ = load(ctx)
    joint = letters.generate_letter(ctx, case_id, "guarantor", "zh")
    assert not any(w.startswith("LIM-CN-2") for w in joint.warnings)
    with ctx.unit() as s:
        for g in s.scalars(select(Guarantee)):
            g.kind = "general"
    doc = letters.generate_letter(ctx, case_id, "guarantor", "zh")
    assert [w for w in doc.warnings if w.startswith("LIM-CN-2")] == [
        "LIM-CN-2: a general guarantee (一般保证): this letter does not keep the guarantor "
        "liable; within the guarantee period the lender must sue or arbitrate against the "
        "borrower (民法典 Art. 693)"]
    demand = letters.generate_letter(ctx, case_id, "demand", "zh")  # to the borrower: no
    assert not any(w.startswith("LIM-CN-2") for w in demand.warnings)
