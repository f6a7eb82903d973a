"""Shared set-up for the document service tests: the small portfolio, made letter-ready."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import select
from stdnum.cn import uscc

from desktop_app.context import AppContext
from desktop_app.portfolio.writer import write_portfolio
from local_db.models import Case, Institution, Party
from tests.app.conftest import small_portfolio

BORROWER_NAME = "上海明远机械制造有限公司"
GUARANTOR_NAME = "张伟"


def valid_uscc(first17: str) -> str:
    return first17 + uscc.calc_check_digit(first17)


def load(ctx: AppContext, *, ready: bool = True) -> tuple[int, int, int]:
    """Write the small portfolio; returns (overdue case, borrower id, guarantor id).

    ``ready`` fills what a letter needs and the fixture lacks: the lender's address, a
    valid 统一社会信用代码 for the borrower, and the guarantor's service address.
    """
    write_portfolio(ctx, small_portfolio(), source="test")
    with ctx.unit(reason="test set-up") as s:
        borrower = s.scalars(select(Party).where(Party.name == BORROWER_NAME)).one()
        guarantor = s.scalars(select(Party).where(Party.name == GUARANTOR_NAME)).one()
        case = s.scalars(select(Case).where(Case.borrower_party_id == borrower.id)).one()
        if ready:
            inst = s.scalars(select(Institution)).one()
            inst.address = "上海市黄浦区中山东一路18号"
            inst.letter_prefix = "华商"
            borrower.id_number = valid_uscc("91310000MA1FL4XQ3")
            guarantor.service_address = "上海市徐汇区漕溪北路88号12楼1203室"
        return case.id, borrower.id, guarantor.id


def second_case(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalars(select(Case.id).where(Case.borrower_name == "杭州恒达纺织有限公司")).one()


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    """PDF text without the spaces and line breaks layout puts between CJK glyphs."""
    return "".join(text.split())


def demo(ctx: AppContext, cases: int = 12) -> list[int]:
    """A demo portfolio in the fixture's store; returns the ids of the overdue cases."""
    from desktop_app.demo.run import build_demo

    build_demo(ctx, cases, 1)
    with ctx.unit(reason="test set-up") as s:
        s.scalars(select(Institution)).one().address = "上海市黄浦区中山东一路18号"
        return list(s.scalars(select(Case.id).where(Case.fig_overdue_amount > 0).order_by(Case.id)))
