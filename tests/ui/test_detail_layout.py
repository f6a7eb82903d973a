"""Detail panes as tabs or docks (issue 3, item 3): the officer's choice and the dock layout
survive a restart, and the same pane widgets keep their signals working in either mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDockWidget, QStatusBar

from desktop_app.services import letters
from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env  # noqa: F401
from ui.settings import UiSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PANES = ("overviewTab", "loansTab", "partiesTab", "timelineTab", "documentsTab", "notesTab")


@pytest.fixture
def detail_factory(settings):  # noqa: ANN001, ANN201
    """The real panes, remembering their tab in the test's own settings file."""
    from ui.detail import DetailPanes
    return lambda ctx, parent: DetailPanes(ctx, parent, settings=settings.qsettings)


def _build(qtbot, ctx, settings: UiSettings):  # noqa: ANN001, ANN202
    from ui.detail import DetailPanes
    from ui.main_controller import MainController
    from ui.main_window import MainWindow

    window = MainWindow(ctx, detail_factory=lambda c, p: DetailPanes(
        c, p, settings=settings.qsettings))
    qtbot.addWidget(window)
    controller = MainController(ctx, settings, window, language="en", watch_idle=False,
                                restore_calls=False)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, controller


def _docks(window) -> dict[str, QDockWidget]:  # noqa: ANN001
    return {d.objectName(): d for d in window.findChildren(QDockWidget)}


def _top_level(name: str) -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def _show_first_case(qtbot, window) -> int:  # noqa: ANN001
    window.worklist.select_row(0)
    case_id = window.worklist.current_case()
    assert case_id is not None
    qtbot.waitUntil(lambda: window.detail.case_id() == case_id)
    return case_id


def test_docks_hold_the_same_panes_and_a_restart_restores_them(qtbot, main, ctx, settings,
                                                                data_dir) -> None:
    window, controller = main
    detail = window.detail
    pages = {name: page for page, name, _title in detail.pages}
    assert window.detail_tabs_action.isChecked() and not _docks(window)

    window.detail_docks_action.trigger()
    docks = _docks(window)
    assert sorted(docks) == sorted(f"dock_{name}" for name in PANES)
    for name in PANES:
        dock = docks[f"dock_{name}"]
        assert dock.widget() is pages[name]  # the very widget, not a copy
        assert dock.accessibleName() and "&" not in dock.windowTitle()
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert detail.tabs.count() == 0 and detail.isHidden()
    assert window.detail_docks_action.isChecked() and settings.detail_layout == "docks"
    assert window.findChild(QStatusBar).isAncestorOf(detail.message_bar)
    menu = window.detail_panes_menu
    assert menu.isEnabled()
    assert [a.objectName() for a in menu.actions()] == [f"actionDock_{n}" for n in PANES]

    case_id = _show_first_case(qtbot, window)
    assert detail.overview.title.text().startswith(detail.detail().borrower_name)
    assert pages["overviewTab"].isEnabled()

    # the officer arranges the docks: timeline to the left, documents closed
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks["dock_timelineTab"])
    docks["dock_documentsTab"].close()
    window.close()  # saves the state

    again, _controller = _build(qtbot, ctx, UiSettings(data_dir))
    restored = _docks(again)
    assert sorted(restored) == sorted(docks)
    assert again.detail_docks_action.isChecked() and again.detail.isHidden()
    assert again.dockWidgetArea(restored["dock_timelineTab"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert restored["dock_documentsTab"].isHidden()
    assert not restored["dock_overviewTab"].isHidden()
    assert restored["dock_overviewTab"].widget() is again.detail.overview

    # back to tabs: the same six pages, in order, and no dock left
    again.detail_tabs_action.trigger()
    qtbot.waitUntil(lambda: not _docks(again))
    tabs = again.detail.tabs
    assert [tabs.widget(i).property("tabName") for i in range(tabs.count())] == list(PANES)
    assert not again.detail.isHidden() and again.detail.layout().indexOf(
        again.detail.message_bar) == 0
    assert UiSettings(data_dir).detail_layout == "tabs"
    assert not again.detail_panes_menu.actions() and not again.detail_panes_menu.isEnabled()
    again.detail.show_case(case_id)
    qtbot.waitUntil(lambda: again.detail.case_id() == case_id)
    assert tabs.currentWidget().isEnabled()


def test_signals_keep_working_in_dock_mode_and_the_lock_hides_the_docks(qtbot, main) -> None:
    window, controller = main
    window.detail_docks_action.trigger()
    case_id = _show_first_case(qtbot, window)
    detail = window.detail
    with qtbot.waitSignal(detail.call_requested) as called:
        qtbot.mouseClick(detail.overview.call_button, Qt.MouseButton.LeftButton)
    assert called.args == [case_id]
    qtbot.waitUntil(lambda: bool(_top_level("callLoggerDialog")))
    _top_level("callLoggerDialog")[0].close()

    window.activateWindow()
    qtbot.keyClick(window.worklist.table, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: detail.notes.isAncestorOf(QApplication.focusWidget())
                    or QApplication.focusWidget() is detail.notes)
    notes = detail.notes
    notes.notes.setPlainText("停产两周，预计下月复工。")
    with qtbot.waitSignal(detail.case_changed) as changed:
        qtbot.mouseClick(notes.notes_button, Qt.MouseButton.LeftButton)
    assert changed.args == [case_id]
    assert detail.message_bar.isVisible()  # the message shows in the status bar

    docks = _docks(window)
    controller.lock()
    assert not any(d.isVisible() for d in docks.values())
    controller.unlock()
    assert all(d.isVisible() for d in docks.values())


def test_document_buttons_work_from_a_dock(qtbot, doc_ctx, doc_case, tmp_path) -> None:  # noqa: F811
    window, controller = _build(qtbot, doc_ctx, UiSettings(tmp_path / "ui"))
    window.detail_docks_action.trigger()
    case_id = doc_case[0]
    doc = letters.generate_letter(doc_ctx, case_id, "reminder", "zh")
    window.detail.show_case(case_id)
    pane = window.detail.documents
    assert _docks(window)["dock_documentsTab"].widget() is pane
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    pane.table.selectRow(0)
    pane.open_button.click()
    qtbot.waitUntil(lambda: bool(_top_level("previewDialog")))
    _top_level("previewDialog")[0].close()
    pane.delivery_button.click()
    qtbot.waitUntil(lambda: bool(_top_level("deliveryDialog")))
    _top_level("deliveryDialog")[0].close()
    assert doc.document_id == pane.selected_document()
    QThreadPool.globalInstance().waitForDone(10_000)
