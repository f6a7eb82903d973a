"""What the document dialogs write is written once: a delivery is recorded once, a refused
agreement leaves no draft plan behind, and one plan of a case is under way at a time (real
widgets over a real encrypted store)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from desktop_app.context import AppContext
from desktop_app.services.letters import generate_letter
from local_db.models import Activity, RestructurePlan
from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env  # noqa: F401
from tests.ui.test_refusal_reasons import chinese  # noqa: F401
from ui.documents.delivery_dialog import DeliveryDialog
from ui.documents.restructure_wizard import RestructureWizard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _deliveries(ctx: AppContext, case_id: int) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(Activity.outcome).where(
            Activity.case_id == case_id, Activity.outcome.like("delivery_%"))))


def _plans(ctx: AppContext, case_id: int) -> list[tuple[int, str]]:
    with ctx.read() as s:
        rows = s.execute(select(RestructurePlan.id, RestructurePlan.status)
                         .where(RestructurePlan.case_id == case_id)
                         .order_by(RestructurePlan.id))
        return [(plan_id, status) for plan_id, status in rows]


def _courier_signed(qtbot, ctx, case_id: int, document_id: int) -> DeliveryDialog:  # noqa: ANN001
    dialog = DeliveryDialog(ctx, document_id, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("courier"))
    dialog.tracking_edit.setText("SF1234567890")
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("signed"))
    dialog.evidence_combo.setCurrentIndex(dialog.evidence_combo.findData("waybill"))
    dialog.sent_edit.setDate(QDate(2026, 11, 20))
    dialog.delivered_edit.setDate(QDate(2026, 11, 23))
    return dialog


def test_a_delivery_is_recorded_once(qtbot, doc_ctx, doc_case):  # noqa: F811
    case_id = doc_case[0]
    doc = generate_letter(doc_ctx, case_id, "demand", "zh")
    dialog = _courier_signed(qtbot, doc_ctx, case_id, doc.document_id)
    with qtbot.waitSignal(dialog.recorded, timeout=20_000):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert not dialog.record_button.isEnabled()
    assert not dialog.tracking_edit.isEnabled()  # what was recorded stays as it was
    assert dialog.close_button.isDefault() and dialog.close_button.hasFocus()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    dialog.record()  # Enter or automation pressing it anyway
    assert dialog.operation is None
    assert _deliveries(doc_ctx, case_id) == ["delivery_signed"]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    again = _courier_signed(qtbot, doc_ctx, case_id, doc.document_id)  # the same, entered anew
    with qtbot.waitSignal(again.problems.model().rowsInserted, timeout=20_000):
        qtbot.mouseClick(again.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.operation is None, timeout=10_000)
    shown = again.problems.item(0).text()
    assert shown.startswith("✗ A delivery is recorded once") and "DOC-CN-8" in shown
    assert f"this delivery of letter {doc.letter_no} is already recorded" in shown
    assert again.record_button.isEnabled()  # a different event can still be entered
    assert _deliveries(doc_ctx, case_id) == ["delivery_signed"]


def _to_agreement(qtbot, ctx, case_id: int, guarantor: int, consented: bool) -> RestructureWizard:  # noqa: ANN001
    wizard = RestructureWizard(ctx, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.consents_page.rows[guarantor][0].setChecked(consented)
    wizard.next()
    return wizard


def _refusal(qtbot, wizard: RestructureWizard, button) -> list[str]:  # noqa: ANN001
    problems = wizard.agreement_page.problems
    with qtbot.waitSignal(problems.model().rowsInserted, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.operation is None, timeout=10_000)
    return [problems.item(i).text() for i in range(problems.count())]


def test_refused_agreement_leaves_no_draft_and_one_plan_is_proposed(
        qtbot, doc_ctx, doc_case, chinese):  # noqa: F811
    case_id, _, guarantor = doc_case
    wizard = _to_agreement(qtbot, doc_ctx, case_id, guarantor, consented=False)
    page = wizard.agreement_page
    refused = _refusal(qtbot, wizard, page.generate_button)
    assert any("AGR-CN-1" in text for text in refused), refused
    assert wizard.plan is None and wizard.document is None
    [(withdrawn, status)] = _plans(doc_ctx, case_id)
    assert status == "cancelled"  # no draft left behind

    wizard.consents_page.rows[guarantor][0].setChecked(True)
    with qtbot.waitSignal(wizard.agreement_generated, timeout=30_000):
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.status_changed, timeout=10_000):
        qtbot.mouseClick(page.status_buttons["proposed"], Qt.MouseButton.LeftButton)
    first = wizard.plan.id

    other = _to_agreement(qtbot, doc_ctx, case_id, guarantor, consented=True)
    with qtbot.waitSignal(other.agreement_generated, timeout=30_000):
        qtbot.mouseClick(other.agreement_page.generate_button, Qt.MouseButton.LeftButton)
    second = other.plan.id
    shown = _refusal(qtbot, other, other.agreement_page.status_buttons["proposed"])
    assert shown == [f"✗ 同一案件同时只能推进一个重组方案 — AGR-CN-11: 本案的方案 {first} "
                     "已处于“已提交”状态，同一案件同时只能有一个方案处于已提交、已签署或已生效状态"]
    assert other.plan.status == "draft"
    assert other.agreement_page.status_buttons["proposed"].isEnabled()
    assert _plans(doc_ctx, case_id) == [(withdrawn, "cancelled"), (first, "proposed"),
                                        (second, "draft")]
