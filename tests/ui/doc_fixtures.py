"""Fixtures for the document UI tests: a letter-ready small portfolio and a demo portfolio.

Import them into a test module (``from tests.ui.doc_fixtures import doc_ctx, ...``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop_app.context import AppContext, open_context
from desktop_app.paths import data_paths
from desktop_app.services import setup
from tests.app.conftest import TODAY
from tests.app.doc_helpers import load

PASSPHRASE = "test passphrase 1"


def open_profiled(root: Path, today: dt.date = TODAY) -> AppContext:
    context = open_context(data_paths(root), create=True)
    context.clock = lambda: today
    setup.save_profile(context, institution="华东商业银行股份有限公司", officer="李娜",
                       employee_no="E1001", phone="021-55550000",
                       accounts=(("华东商业银行股份有限公司", "华东商业银行上海分行营业部",
                                  "31001234567890123"),))
    return context


@pytest.fixture
def doc_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTION_DESK_NO_KEYRING", "1")


@pytest.fixture
def doc_ctx(tmp_path: Path, doc_env: None) -> Iterator[AppContext]:
    context = open_profiled(tmp_path / "data")
    yield context
    QThreadPool.globalInstance().waitForDone(20_000)
    context.close()


@pytest.fixture
def doc_case(doc_ctx: AppContext) -> tuple[int, int, int]:
    """(overdue case id, borrower party id, guarantor party id), letter-ready."""
    return load(doc_ctx)


@pytest.fixture
def demo_ctx(tmp_path: Path, doc_env: None) -> Iterator[AppContext]:
    """Twelve demo cases (some current, so refused for a demand); the demo's own profile."""
    from desktop_app.demo.run import build_demo

    context = open_context(data_paths(tmp_path / "demo"), create=True)
    context.clock = lambda: TODAY
    build_demo(context, 12, 1)
    yield context
    QThreadPool.globalInstance().waitForDone(20_000)
    context.close()


@pytest.fixture
def doc_window(qtbot, doc_ctx: AppContext, doc_case: tuple[int, int, int], tmp_path: Path):  # noqa: ANN001, ANN201
    """The real window and detail panes on the letter-ready store, showing the overdue case:
    (window, controller)."""
    from ui.detail import DetailPanes
    from ui.main_controller import MainController
    from ui.main_window import MainWindow
    from ui.settings import UiSettings

    settings = UiSettings(tmp_path / "ui")
    win = MainWindow(doc_ctx, detail_factory=lambda c, p: DetailPanes(
        c, p, settings=settings.qsettings))
    qtbot.addWidget(win)
    controller = MainController(doc_ctx, settings, win, language="en", watch_idle=False,
                                restore_calls=False)
    win.resize(1400, 800)
    win.show()
    qtbot.waitExposed(win)
    win.detail.show_case(doc_case[0])
    yield win, controller
    QThreadPool.globalInstance().waitForDone(10_000)
