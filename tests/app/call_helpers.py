"""Shared set-up for the call-logger and promise tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop_app.context import AppContext
from desktop_app.portfolio.writer import write_portfolio
from local_db.models import Case, ContactPoint, Party
from tests.app.conftest import small_portfolio

SHANGHAI = ZoneInfo("Asia/Shanghai")


def local(hour: int, minute: int = 0, day: dt.date = dt.date(2026, 11, 28)) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)


def load(ctx: AppContext) -> tuple[int, int, int, int, int]:
    """Import the small portfolio; returns (case, borrower, borrower phone, rep, rep phone)."""
    write_portfolio(ctx, small_portfolio(), source="test")
    with ctx.read() as s:
        borrower = s.scalars(select(Party).where(Party.name == "上海明远机械制造有限公司")).one()
        rep = s.scalars(select(Party).where(Party.name == "张伟")).one()
        case = s.scalars(select(Case).where(Case.borrower_party_id == borrower.id)).one()

        def phone(pid: int) -> int:
            return s.scalars(select(ContactPoint.id).where(ContactPoint.party_id == pid)).one()

        return case.id, borrower.id, phone(borrower.id), rep.id, phone(rep.id)
