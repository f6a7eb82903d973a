"""Fixtures for the call-logger walkthroughs: a real encrypted store holding the small
hand-made portfolio of ``tests/app/conftest.py``, a pinned clock and a pinned guard time."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop_app.context import AppContext, open_context
from desktop_app.paths import data_paths
from desktop_app.portfolio.writer import write_portfolio
from desktop_app.services import setup
from local_db.models import Case, ContactPoint, Party
from tests.app.conftest import REP, TODAY, small_portfolio

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Saturday 28 Nov 2026, 10:00 in Shanghai: inside CN-T1's window for a person.
CALL_AT = dt.datetime(TODAY.year, TODAY.month, TODAY.day, 10, 0, tzinfo=SHANGHAI)


def call_time() -> dt.datetime:
    return CALL_AT


@dataclass(frozen=True)
class CallCase:
    ctx: AppContext
    case_id: int
    rep_id: int
    rep_phone: int
    dialogs: list[QWidget] = field(default_factory=list)  # closed and deleted at teardown


def dispose(widgets: list[QWidget]) -> None:
    """Close and delete on the main thread, then collect: no Qt wrapper is left for a
    garbage collection that might run later on some other test's worker thread."""
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    widgets.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def call_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CallCase]:
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "test passphrase 1")
    monkeypatch.setenv("COLLECTION_DESK_NO_KEYRING", "1")
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    ctx = open_context(data_paths(tmp_path / "calls"), create=True)
    ctx.clock = lambda: TODAY
    setup.save_profile(ctx, institution="华东商业银行股份有限公司", officer="李娜",
                       employee_no="E1001", phone="021-55550000",
                       accounts=(("华东商业银行股份有限公司", "华东商业银行上海分行营业部",
                                  "31001234567890123"),))
    write_portfolio(ctx, small_portfolio(), source="test")
    with ctx.read() as s:
        rep = s.scalars(select(Party).where(Party.name == REP.name)).one()
        phone = s.scalars(select(ContactPoint.id).where(ContactPoint.party_id == rep.id)).one()
        case_id = s.scalars(select(Case.id).where(Case.borrower_name.like("%明远%"))).one()
    case = CallCase(ctx, case_id, rep.id, phone)
    yield case
    dispose(case.dialogs)
    ctx.close()
    QLocale.setDefault(previous)
