"""The main window reaches the call logger and the document dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services import letters, worklist
from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def detail_factory():  # noqa: ANN201
    from ui.detail import DetailPanes
    return DetailPanes


def _select_first(qtbot, window) -> int:  # noqa: ANN001
    table = window.findChild(object, "caseTable")
    table.setFocus()
    table.selectRow(0)
    case_id = window.worklist.current_case()
    assert case_id is not None
    qtbot.waitUntil(lambda: window.detail.case_id() == case_id)
    return case_id


def _top_level(name: str):  # noqa: ANN202
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def test_ctrl_l_opens_the_call_logger_for_the_selected_case(qtbot, main) -> None:
    window, controller = main
    case_id = _select_first(qtbot, window)
    qtbot.keyClick(window.findChild(object, "caseTable"), Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_top_level("callLoggerDialog")))
    dialog = _top_level("callLoggerDialog")[0]
    assert dialog.case_id == case_id
    dialog.close()


@pytest.fixture
def doc_main(qtbot, doc_ctx, doc_case, tmp_path):  # noqa: ANN001, ANN201, F811
    """The real window on a letter-ready store (institution, accounts, valid codes)."""
    from PySide6.QtCore import QThreadPool

    from ui.detail import DetailPanes
    from ui.main_controller import MainController
    from ui.main_window import MainWindow
    from ui.settings import UiSettings

    window = MainWindow(doc_ctx, detail_factory=DetailPanes)
    qtbot.addWidget(window)
    controller = MainController(doc_ctx, UiSettings(tmp_path / "ui"), window, language="en",
                                watch_idle=False, restore_calls=False)
    window.show()
    qtbot.waitExposed(window)
    yield window, controller, doc_ctx, doc_case[0]
    QThreadPool.globalInstance().waitForDone(10_000)


def test_documents_menu_and_pane_open_the_dialogs(qtbot, doc_main) -> None:
    window, controller, ctx, case_id = doc_main
    controller.select_view("all")
    qtbot.waitUntil(lambda: window.case_model.row_of(case_id) >= 0)
    window.worklist.select_row(window.case_model.row_of(case_id))
    qtbot.waitUntil(lambda: window.detail.case_id() == case_id)
    window.letter_action.trigger()
    qtbot.waitUntil(lambda: bool(_top_level("letterDialog")))
    _top_level("letterDialog")[0].close()
    doc = letters.generate_letter(ctx, case_id, "reminder", "zh")
    window.detail.show_case(case_id)
    pane = window.detail.documents
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    pane.table.selectRow(0)
    assert pane.selected_document() == doc.document_id
    with qtbot.waitSignal(pane.open_requested) as opened:
        pane.open_button.click()
    assert opened.args == [doc.document_id]
    qtbot.waitUntil(lambda: bool(_top_level("previewDialog")))
    preview = _top_level("previewDialog")[0]
    assert preview.preview.page_count() == doc.pages
    preview.close()
    pane.delivery_button.click()
    qtbot.waitUntil(lambda: bool(_top_level("deliveryDialog")))
    _top_level("deliveryDialog")[0].close()


def test_batch_takes_every_case_of_the_current_view(main, ctx) -> None:
    window, controller = main
    window.case_model.sort(window.case_model.sort_key[0], Qt.SortOrder.DescendingOrder)
    ids = controller.documents.batch_ids()
    f = window.case_model.filter
    assert len(ids) == worklist.count(ctx, f)
    sort, descending = window.case_model.sort_sql
    assert ids == worklist.page_ids(ctx, f, sort, descending, 0, 10_000)
