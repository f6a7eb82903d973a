"""The document dialogs driven with pytest-qt over a real encrypted database."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from desktop_app.services.case_detail import case_detail
from desktop_app.services.delivery import deadlines
from desktop_app.services.letters import generate_letter
from tests.ui.doc_fixtures import demo_ctx, doc_case, doc_ctx, doc_env  # noqa: F401
from ui.documents.batch_dialog import BatchDialog
from ui.documents.delivery_dialog import DeliveryDialog
from ui.documents.letter_dialog import LetterDialog
from ui.documents.plan_views import PRINCIPAL, REMAINING, SORT_ROLE
from ui.documents.restructure_wizard import RestructureWizard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_letter_dialog_generates_demand_in_background(qtbot, doc_ctx, doc_case):  # noqa: F811
    case_id = doc_case[0]
    dialog = LetterDialog(doc_ctx, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("demand"))
    assert dialog.addressee_combo.currentData() is None  # the borrower
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
        assert not dialog.generate_button.isEnabled()  # running, not blocking the GUI
    doc = blocker.args[0]
    assert dialog.preview.document.pageCount() >= 2
    assert dialog.preview.page_label.text() == f"Page 1 of {dialog.preview.page_count()}"
    assert doc.letter_no in dialog.status.text()
    stored = case_detail(doc_ctx, case_id).documents
    assert [(d["id"], d["kind"], d["letter_no"]) for d in stored] == [
        (doc.document_id, "demand", doc.letter_no)]


def test_letter_dialog_shows_what_to_check_before_sending(qtbot, doc_ctx, doc_case):  # noqa: F811
    from sqlalchemy import select

    from local_db.models import Loan

    with doc_ctx.unit() as s:
        for loan in s.scalars(select(Loan)):
            loan.penalty_markup = "0.8"  # above the usual contract rate + 50 %
    dialog = LetterDialog(doc_ctx, doc_case[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("demand"))
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert [w.split(":")[0] for w in blocker.args[0].warnings] == ["DOC-CN-5"]
    assert dialog.problems_title.isVisible() and "Check" in dialog.problems_title.text()
    item = dialog.problems.item(0).text()
    assert item.startswith("⚠ Unusual penalty interest rate — DOC-CN-5")


def _all_case_ids(ctx) -> list[int]:  # noqa: ANN001
    from sqlalchemy import select

    from local_db.models import Case

    with ctx.read() as s:
        return list(s.scalars(select(Case.id).order_by(Case.id)))


def _valid_pdf(path: Path, sha: str) -> int:
    data = path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == sha
    return len(PdfReader(io.BytesIO(data)).pages)


def test_batch_of_all_cases_runs_with_progress(qtbot, demo_ctx, tmp_path):  # noqa: F811
    ids = _all_case_ids(demo_ctx)
    dialog = BatchDialog(demo_ctx, ids, out_dir=tmp_path / "out")
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(dialog.completed, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isEnabled()
    result = blocker.args[0]
    assert seen[-1] == (len(ids), len(ids))
    assert dialog.progress_bar.value() == len(ids)
    assert not result.cancelled and result.documents and result.refused
    assert len(result.documents) + len(result.refused) == len(ids)
    assert f"{len(result.documents)} letter(s) produced" in dialog.summary.text()
    assert dialog.refused_model.rowCount() == len(result.refused)
    reason = dialog.refused_model.index(0, 1).data()
    assert "DOC-CN-3" in reason
    stored = {d["id"]: d["sha256"] for c in ids for d in case_detail(demo_ctx, c).documents}
    pages = sum(_valid_pdf(d.path, stored[d.document_id]) for d in result.documents)
    assert dialog.open_button.isEnabled()
    preview = dialog.open_combined()
    qtbot.addWidget(preview)
    assert preview.preview.page_count() == pages == result.pages


def test_batch_cancelled_after_first_letter_reports_partial_results(qtbot, demo_ctx, tmp_path):  # noqa: F811
    ids = [c for c in _all_case_ids(demo_ctx) if case_detail(demo_ctx, c).dpd > 0]
    dialog = BatchDialog(demo_ctx, ids, out_dir=tmp_path / "out")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.progressed.connect(lambda done, total: dialog.cancel() if done == 1 else None)
    with qtbot.waitSignal(dialog.completed, timeout=60_000) as blocker:
        dialog.start()
    result = blocker.args[0]
    assert result.cancelled and result.skipped
    assert 1 <= len(result.documents) < len(ids)
    assert "not reached" in dialog.summary.text()
    stored = {d["id"]: d["sha256"] for c in ids for d in case_detail(demo_ctx, c).documents}
    assert sorted(stored) == sorted(d.document_id for d in result.documents)
    pages = sum(_valid_pdf(d.path, stored[d.document_id]) for d in result.documents)
    assert len(PdfReader(result.combined_pdf).pages) == pages
    assert not list((tmp_path / "out").glob("*.part"))


def test_wizard_live_schedule_reconciles_and_generates_agreement(qtbot, doc_ctx, doc_case):  # noqa: F811
    case_id, _, guarantor = doc_case
    wizard = RestructureWizard(doc_ctx, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.terms_page
    page.method_combo.setCurrentIndex(page.method_combo.findData("equal-principal"))
    page.months_spin.setValue(36)
    page.grace_spin.setValue(3)
    page.rate_spin.setValue(3.85)
    model = page.model
    assert model.rowCount() == 36 + 1  # rows + totals
    principal = sum(model.index(r, PRINCIPAL).data(SORT_ROLE) for r in range(36))
    assert principal == model.index(36, PRINCIPAL).data(SORT_ROLE)
    assert principal == page.result.restructured_principal == page.amounts.total  # capitalised
    assert model.index(35, REMAINING).data(SORT_ROLE) == 0
    assert "✓" in page.totals_label.text()
    assert page.chart.comparison.total_paid_new == page.result.totals.payment
    wizard.next()
    consent, _, period = wizard.consents_page.rows[guarantor]
    consent.setChecked(True)
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(wizard.agreement_generated, timeout=30_000) as blocker:
        qtbot.mouseClick(wizard.agreement_page.generate_button, Qt.MouseButton.LeftButton)
    doc = blocker.args[0]
    assert wizard.agreement_page.preview.page_count() >= 2
    assert wizard.plan.status == "draft" and wizard.plan.totals.principal == principal
    assert wizard.plan.consents[0].consented
    assert doc.document_id in [d["id"] for d in case_detail(doc_ctx, case_id).documents]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(wizard.status_changed, timeout=10_000):
        wizard.agreement_page.status_buttons["proposed"].click()
    assert wizard.plan.status == "proposed"
    assert wizard.agreement_page.status_buttons["signed"].isEnabled()
    assert not wizard.agreement_page.status_buttons["active"].isEnabled()


def test_delivery_with_signed_receipt_moves_limitation(qtbot, doc_ctx, doc_case, tmp_path):  # noqa: F811
    case_id = doc_case[0]
    doc = generate_letter(doc_ctx, case_id, "demand", "zh")
    before = deadlines(doc_ctx, case_id)
    dialog = DeliveryDialog(doc_ctx, doc.document_id, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "HT-2025-001" in dialog.before_label.text()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("ems"))
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("signed"))
    dialog.evidence_combo.setCurrentIndex(dialog.evidence_combo.findData("signed_receipt"))
    dialog.sent_edit.setDate(QDate(2026, 11, 20))
    dialog.delivered_edit.setDate(QDate(2026, 11, 23))
    dialog.record()  # no tracking number, no file: refused, naming the fields
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("Tracking no." in p for p in problems)
    assert any("Evidence file" in p for p in problems)
    scan = tmp_path / "receipt.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n receipt scan")
    dialog.tracking_edit.setText("EA123456789CN")
    dialog.file_edit.setText(str(scan))
    with qtbot.waitSignal(dialog.recorded, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    extra = blocker.args[0].extra
    assert extra["interrupts_limitation"]
    assert extra["limitation_after"] > extra["limitation_before"]
    old = next(d for d in before if d.kind == "limitation")
    new = next(d for d in deadlines(doc_ctx, case_id) if d.kind == "limitation")
    assert new.due == dt.date(2029, 11, 23) > old.due
    assert new.due.isoformat() in dialog.after_label.text()
    assert old.due.isoformat() in dialog.before_label.text()
    stored = next(d for d in case_detail(doc_ctx, case_id).documents if d["id"] == doc.document_id)
    assert (stored["outcome"], stored["delivered_on"]) == ("signed", dt.date(2026, 11, 23))


def _wizard_to_agreement(qtbot, ctx, case, rate: float) -> RestructureWizard:  # noqa: ANN001
    case_id, _, guarantor = case
    wizard = RestructureWizard(ctx, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.terms_page.rate_spin.setValue(rate)
    wizard.next()
    wizard.consents_page.rows[guarantor][0].setChecked(True)
    wizard.next()
    return wizard


def test_wizard_shows_what_to_check_before_the_agreement_is_signed(qtbot, doc_ctx, doc_case):  # noqa: F811
    from sqlalchemy import select

    from local_db.models import Loan

    with doc_ctx.unit() as s:
        for loan in s.scalars(select(Loan)):
            loan.penalty_markup = "0.8"  # the plan's penalty rate: its rate + 80 %
    wizard = _wizard_to_agreement(qtbot, doc_ctx, doc_case, 4.0)
    with qtbot.waitSignal(wizard.agreement_generated, timeout=30_000) as blocker:
        qtbot.mouseClick(wizard.agreement_page.generate_button, Qt.MouseButton.LeftButton)
    assert [w.split(":")[0] for w in blocker.args[0].warnings] == ["DOC-CN-5"]
    problems = wizard.agreement_page.problems
    assert problems.isVisible() and problems.count() == 1
    assert problems.item(0).text().startswith("⚠ Unusual penalty interest rate — DOC-CN-5")
    assert "Check the points below" in wizard.agreement_page.status.text()


def test_wizard_refuses_rates_above_the_cap_of_a_lender_held_to_it(qtbot, doc_ctx, doc_case):  # noqa: F811
    from sqlalchemy import select

    from local_db.models import Institution

    with doc_ctx.unit() as s:
        s.scalars(select(Institution)).one().lender_type = "other"  # 民间借贷: 4 x LPR
    wizard = _wizard_to_agreement(qtbot, doc_ctx, doc_case, 9.0)  # penalty 13.5 % > 4 x 3 %
    with qtbot.waitSignal(wizard.agreement_page.problems.model().rowsInserted, timeout=30_000):
        qtbot.mouseClick(wizard.agreement_page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.operation is None, timeout=10_000)
    texts = [wizard.agreement_page.problems.item(i).text()
             for i in range(wizard.agreement_page.problems.count())]
    assert any(t.startswith("✗ The demanded interest, penalties and fees exceed a cap — DOC-CN-4")
               for t in texts), texts
    assert wizard.document is None


def test_a_draft_for_review_before_consent_then_the_agreement(qtbot, doc_ctx, doc_case):  # noqa: F811
    case_id, _, guarantor = doc_case
    wizard = RestructureWizard(doc_ctx, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert not wizard.consents_page.rows[guarantor][0].isChecked()  # no consent yet
    wizard.next()
    page = wizard.agreement_page
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.operation is None, timeout=30_000)
    assert page.status.text().startswith("Draft for review: not numbered, not stored")
    assert page.problems.count() == 0 and page.preview.page_count() >= 2
    assert wizard.plan.status == "draft" and wizard.document is None
    assert case_detail(doc_ctx, case_id).documents == ()
    draft = wizard.plan.id
    wizard.back()
    wizard.consents_page.rows[guarantor][0].setChecked(True)
    wizard.next()
    with qtbot.waitSignal(wizard.agreement_generated, timeout=30_000) as blocker:
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].letter_no.endswith("001号")
    assert wizard.plan.id != draft and wizard.plan.status == "draft"
    assert [d["id"] for d in case_detail(doc_ctx, case_id).documents] == [
        blocker.args[0].document_id]
