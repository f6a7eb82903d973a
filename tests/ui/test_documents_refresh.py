"""What a document dialog writes shows at once in the window: the documents pane lists the
new letter and its delivery, the timeline has them, without choosing the case again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env  # noqa: F401
from ui.settings import UiSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, doc_ctx, doc_case, tmp_path):  # noqa: ANN001, ANN201, F811
    from ui.detail import DetailPanes
    from ui.main_controller import MainController
    from ui.main_window import MainWindow

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


def test_a_letter_and_its_delivery_show_in_the_panes_at_once(qtbot, window, doc_case,  # noqa: ANN001, F811
                                                             tmp_path) -> None:
    win, controller = window
    case_id = doc_case[0]
    pane = win.detail.documents
    assert pane.model.rowCount() == 0
    dialog = controller.documents.actions["letter"](case_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as blocker:
        dialog.generate_button.click()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5_000)
    assert pane.summary.text() == "1 document(s), 0 delivered with proof"
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 signed receipt scan")
    delivery = controller.documents.actions["delivery"](blocker.args[0].document_id)
    qtbot.addWidget(delivery)
    delivery.method_combo.setCurrentIndex(delivery.method_combo.findData("ems"))
    delivery.tracking_edit.setText("EA123456789CN")
    delivery.outcome_combo.setCurrentIndex(delivery.outcome_combo.findData("signed"))
    delivery.delivered_check.setChecked(True)
    delivery.evidence_combo.setCurrentIndex(delivery.evidence_combo.findData("signed_receipt"))
    delivery.file_edit.setText(str(receipt))
    with qtbot.waitSignal(delivery.recorded, timeout=20_000):
        delivery.record()
    qtbot.waitUntil(lambda: "1 delivered with proof" in pane.summary.text(), timeout=5_000)
