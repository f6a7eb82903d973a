"""UI fixtures: a real encrypted database per test (copied from one built per session),
filled with a small deterministic portfolio, and the real main window over it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop_app.context import AppContext, open_context
from desktop_app.keys import PASSPHRASE_ENV
from desktop_app.paths import data_paths
from desktop_app.portfolio.writer import write_portfolio
from desktop_app.services.setup import save_profile
from tests.ui.sample_portfolio import build

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("COLLECTION_DESK_NO_KEYRING", "1")


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    mp = pytest.MonkeyPatch()
    mp.setenv(PASSPHRASE_ENV, PASSPHRASE)
    mp.setenv("COLLECTION_DESK_NO_KEYRING", "1")
    try:
        ctx = open_context(data_paths(root), create=True)
        save_profile(ctx, institution="示例商业银行股份有限公司", officer="李明", employee_no="E1024")
        write_portfolio(ctx, build(ctx.clock()), source="tests")
        ctx.close()
    finally:
        mp.undo()
    return root


@pytest.fixture
def data_dir(template_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_dir, target)
    return target


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = open_context(data_paths(data_dir))
    context.actor = "E1024"
    yield context
    QThreadPool.globalInstance().waitForDone(10_000)
    context.close()


@pytest.fixture
def language() -> Iterator[Callable[[str], str]]:
    """Switch the window language for one test: ``language("zh_CN")``; restored after."""
    from PySide6.QtCore import QLocale

    from ui.i18n import Translators

    translators, locale = Translators(), QLocale()
    yield translators.install
    translators.uninstall()
    QLocale.setDefault(locale)


@pytest.fixture
def settings(data_dir: Path):  # noqa: ANN201
    from ui.settings import UiSettings
    return UiSettings(data_dir)


@pytest.fixture
def detail_factory():  # noqa: ANN201
    """The shell's tests record what reaches the detail panes (their own tests cover them)."""
    from ui.main_window import DetailPlaceholder
    return DetailPlaceholder


@pytest.fixture
def main(qtbot, ctx, settings, detail_factory):  # noqa: ANN001, ANN201
    """The real window and controller; waits for the view counts to arrive."""
    from ui.main_controller import MainController
    from ui.main_window import MainWindow

    window = MainWindow(ctx, detail_factory=detail_factory)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.views_model.dataChanged, timeout=10_000):
        controller = MainController(ctx, settings, window, language="en", officer="李明 (E1024)",
                                    watch_idle=False)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window, controller
    QThreadPool.globalInstance().waitForDone(10_000)
