"""A letter states of guarantees and collateral only what the records hold: a guarantee's
own contract date when recorded (never the loan's), and a mortgage by its collateral and
registration number, never called a contract number."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.context import AppContext
from desktop_app.documents.letter_data import Language
from desktop_app.services import letters
from local_db.models import Collateral, Loan
from tests.app.doc_helpers import load, pdf_text, squash

REG = "沪(2025)浦东新区不动产权第0012345号"
PLACE = "浦东新区张江路88号厂房"


def _secure(ctx: AppContext, guarantee_date: dt.date | None) -> int:
    case_id, borrower_id, _ = load(ctx)
    with ctx.unit(reason="test set-up") as s:
        loan = s.scalars(select(Loan).where(Loan.contract_no == "HT-2025-001")).one()
        (guarantee,) = loan.guarantees
        guarantee.contract_date = guarantee_date
        s.add(Collateral(loan_id=loan.id, owner_party_id=borrower_id, kind="mortgage",
                         description=PLACE, registration_no=REG))
    return case_id


def _text(ctx: AppContext, case_id: int, lang: Language) -> str:
    doc = letters.generate_letter(ctx, case_id, "demand", lang)
    return squash(pdf_text(letters.document_pdf(ctx, doc.document_id)))


def _sentence(text: str, needle: str, end: str) -> str:
    start = text.index(needle)
    return text[start:text.index(end, start) + 1]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_undated_guarantee_and_mortgage_state_no_invented_facts(
    ctx: AppContext, lang: Language
) -> None:
    text = _text(ctx, _secure(ctx, None), lang)
    assert REG in text and PLACE in text
    if lang == "zh":
        guarantee = _sentence(text, "BZ-2025-001", "。")
        assert "签订日期" not in guarantee and "年" not in guarantee
        assert f"登记编号：{REG}" in text
        assert f"合同编号：{REG}" not in text and "抵押合同" not in text
        assert text.count("签订日期") == 1  # the loan contract's only
    else:
        guarantee = _sentence(text, "BZ-2025-001", ".")
        assert "dated" not in guarantee
        assert f"registrationno.ofthemortgagedproperty:{REG}" in text
        assert f"contractno.{REG}" not in text and "抵押合同" not in text
        assert text.count("dated") == 1


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("zh", "BZ-2025-001，签订日期：2025年1月18日"), ("en", "BZ-2025-001,dated18January2025")],
)
def test_a_recorded_guarantee_date_is_printed(
    ctx: AppContext, lang: Language, needle: str
) -> None:
    text = _text(ctx, _secure(ctx, dt.date(2025, 1, 18)), lang)
    assert needle in text
