"""Fixtures for application tests: a real encrypted store and a small hand-made portfolio."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.context import AppContext, open_context
from desktop_app.paths import data_paths
from desktop_app.portfolio.records import (
    ContactRec,
    GuaranteeRec,
    InstalmentRec,
    LoanRec,
    PartyRec,
    PaymentRec,
    Portfolio,
    RoleRec,
)
from desktop_app.services import setup

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def app_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "test passphrase 1")
    monkeypatch.setenv("COLLECTION_DESK_NO_KEYRING", "1")


@pytest.fixture
def ctx(tmp_path: Path, app_env: None) -> Iterator[AppContext]:
    context = open_context(data_paths(tmp_path / "data"), create=True)
    context.clock = lambda: TODAY
    setup.save_profile(context, institution="华东商业银行股份有限公司", officer="李娜",
                       employee_no="E1001", phone="021-55550000",
                       accounts=(("华东商业银行股份有限公司", "华东商业银行上海分行营业部",
                                  "31001234567890123"),))
    yield context
    context.close()


BORROWER = PartyRec("entity", "上海明远机械制造有限公司", "uscc", "91310000MA1FL4XQ3K",
                    service_address="上海市浦东新区张江路88号", city="上海市", district="浦东新区",
                    legal_rep_name="张伟",
                    contacts=(ContactRec("phone", "13812345678", "contract"),))
REP = PartyRec("natural", "张伟", "resident_id", "11010519491231002X",
               contacts=(ContactRec("phone", "13900001111", "debtor_provided"),))
SECOND = PartyRec("entity", "杭州恒达纺织有限公司", "uscc", "91330100MA27XYZ12J",
                  contacts=(ContactRec("phone", "13700002222", "contract"),))


def monthly(start: dt.date, k: int) -> dt.date:
    month = start.month - 1 + k
    return dt.date(start.year + month // 12, month % 12 + 1, start.day)


def simple_loan(contract: str, borrower: str, principal: int, first_due: dt.date,
                n: int = 12, paid: int = 0) -> tuple[LoanRec, list[InstalmentRec],
                                                     list[PaymentRec]]:
    """Equal principal parts, 1% interest per instalment; the first ``paid`` paid on time."""
    part = principal // n
    inst = [InstalmentRec(contract, k + 1, monthly(first_due, k),
                          part if k < n - 1 else principal - part * (n - 1), principal // 100)
            for k in range(n)]
    pays = [PaymentRec(contract, i.due_date, i.principal_due + i.interest_due, f"{contract}-P{i.seq}")
            for i in inst[:paid]]
    loan = LoanRec(contract, borrower, monthly(first_due, -1), principal, Decimal("0.0435"),
                   monthly(first_due, -1), inst[-1].due_date)
    return loan, inst, pays


def small_portfolio() -> Portfolio:
    """Two borrowers: one 8 months overdue with a guarantor, one current."""
    l1, i1, p1 = simple_loan("HT-2025-001", BORROWER.key, 120_000_000, dt.date(2025, 1, 20),
                             paid=2)
    l2, i2, p2 = simple_loan("HT-2026-002", SECOND.key, 24_000_000, dt.date(2026, 6, 10),
                             paid=6)
    return Portfolio(
        parties=[BORROWER, REP, SECOND], loans=[l1, l2], instalments=i1 + i2, payments=p1 + p2,
        roles=[RoleRec(BORROWER.key, REP.key, "legal_rep")],
        guarantees=[GuaranteeRec("HT-2025-001", REP.key, "joint", "BZ-2025-001",
                                 period_end=dt.date(2027, 1, 20))],
    )
