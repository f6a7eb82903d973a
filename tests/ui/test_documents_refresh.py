"""What a document dialog writes shows at once in the window: the documents pane lists the
new letter and its delivery, the timeline has them, without choosing the case again."""

from __future__ import annotations

import pytest

from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env, doc_window  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(doc_window):  # noqa: ANN001, ANN201, F811
    """The real window and panes on the letter-ready store, showing the overdue case."""
    return doc_window


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
