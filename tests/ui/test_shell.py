"""The application shell: unlock and first run, status bar, lock and idle lock, crash dialog,
window/header state between runs, export of the current view, language switch."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.paths import data_paths
from desktop_app.services import setup, worklist
from desktop_app.services.worklist import WorklistFilter
from tests.ui.conftest import PASSPHRASE
from ui import app as app_module
from ui import errors
from ui.lock import IdleWatcher
from ui.main_controller import MainController
from ui.main_window import DetailPlaceholder, MainWindow
from ui.worklist import columns as C


def test_status_bar_names_the_store_and_officer(main, ctx) -> None:
    window, _ = main
    assert str(ctx.paths.database) in window.status_database.text()
    assert window.status_encrypted.text() == "Encrypted (SQLCipher)"
    assert "李明" in window.status_officer.text()
    assert window.status_sync.text() == "Last sync: never"
    for name in ("caseTable", "searchBox", "viewList", "mainSplitter", "statusCounts"):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_lock_then_unlock_needs_the_passphrase(qtbot, main) -> None:
    window, controller = main
    window.lock_action.trigger()
    assert controller.locked and not window.menuBar().isEnabled()
    screen = window.lock_screen
    assert screen.passphrase.isVisible()
    screen.passphrase.setText("not the passphrase")
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not unlock" in screen.error.text(), timeout=10_000)
    assert controller.locked
    screen.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.locked_changed, timeout=10_000) as blocker:
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert blocker.args == [False] and not controller.locked
    assert window.menuBar().isEnabled()


def test_idle_time_locks_the_window(qtbot, main) -> None:
    _, controller = main
    controller.idle.timeout_ms = 50
    with qtbot.waitSignal(controller.locked_changed, timeout=10_000) as blocker:
        pass
    assert blocker.args == [True] and controller.locked


def test_idle_watcher_is_reset_by_input(qtbot) -> None:
    watcher = IdleWatcher(10_000, check_ms=20)
    with qtbot.assertNotEmitted(watcher.idled, wait=100):
        watcher.poke()
    watcher.timeout_ms = 30
    with qtbot.waitSignal(watcher.idled, timeout=5000):
        pass


def test_crash_dialog_details_can_be_copied(qtbot) -> None:
    try:
        raise RuntimeError("boom for 13812345678")
    except RuntimeError as exc:
        details = errors.details_of(type(exc), exc, exc.__traceback__)
    dialog = errors.CrashDialog(details)
    qtbot.addWidget(dialog)
    assert "RuntimeError" in dialog.details.toPlainText()
    assert "13812345678" not in details  # personal data masked even in crash reports
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details


def test_excepthook_sorts_bugs_from_environment_problems(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors.CrashDialog, "exec", lambda self: shown.append("crash"))
    monkeypatch.setattr(errors, "show_environment_problem",
                        lambda exc, parent=None, retry=True: shown.append("env"))

    class Locked(Exception):
        environment = True

    errors.excepthook(ValueError, ValueError("bug"), None)
    errors.excepthook(Locked, Locked("database is locked"), None)
    assert shown == ["crash", "env"]


def test_window_and_header_state_survive_a_restart(qtbot, main, ctx, settings) -> None:
    window, _ = main
    header = window.worklist.table.horizontalHeader()
    header.resizeSection(C.BORROWER, 333)
    header.setSortIndicator(C.OVERDUE_AMOUNT, Qt.SortOrder.AscendingOrder)
    window.worklist.set_hidden_columns({C.STAGE})
    window.close()
    again = MainWindow(ctx, detail_factory=DetailPlaceholder)
    qtbot.addWidget(again)
    MainController(ctx, settings, again, language="en", watch_idle=False)
    new_header = again.worklist.table.horizontalHeader()
    assert new_header.sectionSize(C.BORROWER) == 333
    assert again.case_model.sort_key == (C.OVERDUE_AMOUNT, Qt.SortOrder.AscendingOrder)
    assert again.worklist.table.isColumnHidden(C.STAGE)


def test_export_writes_every_row_of_the_view_masked(qtbot, main, ctx, tmp_path) -> None:
    window, controller = main
    controller.select_view("bucket:M7+")
    target = tmp_path / "out.xlsx"
    with qtbot.waitSignal(controller.exported, timeout=10_000):
        controller.export_current(target)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "Borrower"
    assert len(rows) - 1 == worklist.count(ctx, WorklistFilter(bucket="M7+"))
    assert {r[5] for r in rows[1:]} == {"M7+"}
    assert not any("139" in str(cell) for r in rows for cell in r)  # no phone numbers


def test_unlock_with_environment_passphrase_and_profile(ctx, data_dir) -> None:
    ctx.close()
    opened = app_module.unlock(data_paths(data_dir), None)
    assert opened is not None
    found = app_module.ensure_profile(opened, None)
    assert found is not None and found.employee_no == "E1024" and opened.actor == "E1024"
    opened.close()


def test_wrong_passphrase_offers_retry(ctx, data_dir, monkeypatch) -> None:
    ctx.close()
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "wrong wrong wrong")
    asked: list[str] = []
    monkeypatch.setattr(errors, "show_environment_problem",
                        lambda exc, parent=None, retry=True: asked.append(str(exc)) and False)
    assert app_module.unlock(data_paths(data_dir), None) is None
    assert len(asked) == 1


def test_first_run_creates_store_and_profile(qtbot, tmp_path) -> None:
    first = app_module.FirstRun("示例银行股份有限公司", "王芳", "E2001", "13900000000", "", 0)
    paths = data_paths(tmp_path / "new")
    created = app_module.unlock(paths, first)
    assert created is not None and paths.database.exists()
    app_module.ensure_profile(created, first)
    assert setup.profile(created) == setup.Profile("示例银行股份有限公司", "王芳", "E2001")
    created.close()


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_language_switch_rebuilds_the_window_in_chinese(qtbot, ctx, settings, lang) -> None:
    from ui.i18n import Translators

    translators = Translators()
    translators.install("en")
    shell = app_module.Shell(ctx, settings, translators, "李明 (E1024)", watch_idle=False)
    qtbot.addWidget(shell.window)
    assert shell.window.windowTitle() == "Collection Desk"
    shell.switch_language(lang)
    qtbot.addWidget(shell.window)
    assert shell.window.windowTitle() == "催收工作台"
    assert shell.window.case_model.headerData(C.BORROWER, Qt.Orientation.Horizontal) == "借款人"
    assert settings.language == "" or settings.language == lang
    translators.install("en")


def test_run_gui_opens_the_window_on_an_existing_store(qtbot, ctx, data_dir, monkeypatch) -> None:
    import logging
    import sys

    from PySide6.QtWidgets import QApplication

    ctx.close()
    monkeypatch.setattr(errors, "route_qt_messages", lambda: None)  # pytest-qt keeps its own
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[str] = []

    def fake_exec(_app) -> int:  # the test's event loop stands in for the application's
        def shown() -> list:
            return [w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "mainWindow" and w.isVisible()]
        qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
        window = shown()[0]
        qtbot.waitUntil(lambda: window.status_counts.text().endswith("open in all"), timeout=10_000)
        seen.append(window.windowTitle())
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    try:
        assert app_module.run_gui(str(data_dir), "en") == 0
    finally:
        QApplication.instance().setStyleSheet("")
        root = logging.getLogger("collection_desk")
        for handler in root.handlers[:]:
            handler.close()
            root.removeHandler(handler)
    assert seen == ["Collection Desk"]
    assert (data_dir / "logs" / "collection-desk.log").exists()
