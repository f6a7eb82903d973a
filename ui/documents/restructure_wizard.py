"""Restructure wizard: terms with a live schedule → guarantor consents → agreement + status."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.context import AppContext
from desktop_app.documents.checks import DocumentRefused
from desktop_app.services import restructuring as plans
from desktop_app.services.case_detail import case_detail
from desktop_app.services.letters import document_pdf
from ui.background import Operation, run_in_background
from ui.documents.common import (
    LANGUAGES,
    STATUSES,
    fill_combo,
    label_of,
    named,
    problem_list,
    show_problems,
    split_problems,
    status_label,
    to_date,
    to_qdate,
)
from ui.documents.pdf_preview import PdfPreview
from ui.documents.terms_page import TermsPage


def _plus_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


class ConsentsPage(QWizardPage):
    """One row per guarantor of the chosen loans: written consent, resolution, new period."""

    def __init__(self, wizard: RestructureWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("consentsPage")
        self.setTitle(self.tr("Guarantors' consent"))
        self.setSubTitle(self.tr("Every guarantor must consent in writing and agree a new "
                                 "guarantee period before the plan can be signed."))
        self.grid = QGridLayout()
        self.rows: dict[int, tuple[QCheckBox, QCheckBox, QDateEdit]] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def initializePage(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows.clear()
        chosen = set(self.w.terms_page.chosen_loans())
        parties = {p.id: p for p in self.w.detail.parties}
        ids = dict.fromkeys(int(g["guarantor_party_id"]) for loan in self.w.detail.loans
                            if loan.id in chosen for g in loan.guarantees)
        last_due = (self.w.terms_page.result.rows[-1].due_date if self.w.terms_page.result
                    else self.w.today)
        if not ids:
            self.grid.addWidget(QLabel(self.tr("The chosen loans have no guarantors.")), 0, 0)
        for n, pid in enumerate(ids):
            party = parties.get(pid)
            name = party.name if party else str(pid)
            consent = named(QCheckBox(self.tr("Consented in writing")), f"consent_{pid}",
                            self.tr("%1 consented in writing").replace("%1", name))
            resolution = named(QCheckBox(self.tr("Board resolution attached")),
                               f"resolution_{pid}",
                               self.tr("%1 board resolution attached").replace("%1", name))
            resolution.setEnabled(bool(party and party.kind == "entity"))
            period = named(QDateEdit(to_qdate(_plus_years(last_due, 3))), f"newPeriod_{pid}",
                           self.tr("%1 new guarantee period end").replace("%1", name))
            period.setCalendarPopup(True)
            period.setDisplayFormat("yyyy-MM-dd")
            self.grid.addWidget(QLabel(f"<b>{name}</b>"), n, 0)
            self.grid.addWidget(consent, n, 1)
            self.grid.addWidget(resolution, n, 2)
            self.grid.addWidget(QLabel(self.tr("New guarantee period ends:")), n, 3)
            self.grid.addWidget(period, n, 4)
            self.rows[pid] = (consent, resolution, period)

    def consents(self) -> list[tuple[int, bool, bool, dt.date]]:
        return [(pid, c.isChecked(), r.isChecked(), to_date(d.date()))
                for pid, (c, r, d) in self.rows.items()]


class AgreementPage(QWizardPage):
    """Create the plan, record consents, generate the agreement; then move the status on."""

    def __init__(self, wizard: RestructureWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("agreementPage")
        self.setTitle(self.tr("Agreement"))
        self.language_combo = named(fill_combo(QComboBox(), LANGUAGES), "agreementLanguage",
                                    self.tr("Agreement language"))
        self.generate_button = named(QPushButton(self.tr("&Generate agreement")),
                                     "agreementGenerate", self.tr("Generate the agreement"))
        self.generate_button.clicked.connect(self.w.generate)
        self.draft_button = named(QPushButton(self.tr("&Draft for review")), "agreementDraft",
                                  self.tr("Build the draft the guarantors review before they "
                                          "consent"))
        self.draft_button.clicked.connect(self.w.draft)
        self.status = status_label("planStatus", self.tr("Plan status"))
        self.problems = problem_list("planProblems", self.tr("What stops the plan"))
        self.problems.setMaximumHeight(110)
        self.signed_edit = named(QDateEdit(to_qdate(self.w.today)), "planSignedOn",
                                 self.tr("Signed on"))
        self.signed_edit.setDisplayFormat("yyyy-MM-dd")
        self.signed_edit.setMaximumDate(to_qdate(self.w.today))
        self.status_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Language:")))
        bar.addWidget(self.language_combo)
        bar.addWidget(self.draft_button)
        bar.addWidget(self.generate_button)
        bar.addStretch(1)
        for status, text in (("proposed", self.tr("Mark &proposed")),
                             ("signed", self.tr("Mark &signed on")),
                             ("active", self.tr("&Activate"))):
            button = named(QPushButton(text), f"planTo_{status}",
                           self.tr("Move the plan to %1").replace("%1", label_of(STATUSES, status)))
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, s=status: self.w.move_to(s))
            bar.addWidget(button)
            if status == "signed":
                bar.addWidget(self.signed_edit)
            self.status_buttons[status] = button
        self.preview = PdfPreview(self, file_name="agreement.pdf")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addWidget(self.preview, 1)

    def isComplete(self) -> bool:
        return self.w.document is not None


class RestructureWizard(QWizard):
    """``agreement_generated`` carries the GeneratedDocument; ``status_changed`` the status."""

    agreement_generated = Signal(object)
    status_changed = Signal(str)

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id, self.today = ctx, case_id, ctx.clock()
        self.detail = case_detail(ctx, case_id)
        self.plan: Any = None
        self.document: Any = None
        self.operation: Operation | None = None
        self.setObjectName("restructureWizard")
        self.setAccessibleName(self.tr("Restructure wizard"))
        self.setWindowTitle(self.tr("Restructure %1").replace("%1", self.detail.borrower_name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.terms_page = TermsPage(self.detail, self.today)
        self.consents_page = ConsentsPage(self)
        self.agreement_page = AgreementPage(self)
        for page in (self.terms_page, self.consents_page, self.agreement_page):
            self.addPage(page)
        self.resize(1300, 820)

    def _proposal(self) -> tuple[int, dict[str, Any], list[Any], str]:
        """(case, terms, consents, language) as the pages now say."""
        return (self.case_id, self.terms_page.terms(), self.consents_page.consents(),
                self.agreement_page.language_combo.currentData())

    def _draft_shown(self) -> int | None:
        """The plan shown, if still a draft: a new plan replaces it once made."""
        return self.plan.id if self.plan is not None and self.plan.status == "draft" else None

    def generate(self) -> None:
        """In the background: propose, record consents, build; a refusal leaves no new draft
        and keeps the previous one, which a generated agreement replaces."""
        if self.operation is not None:
            return
        ctx, (case_id, terms, consents, lang), previous = self.ctx, self._proposal(), self._draft_shown()

        def work(progress: Any, cancelled: Any) -> tuple[Any, Any, bytes]:
            plan, doc = plans.propose_with_agreement(ctx, case_id, terms, consents, lang,
                                                     replaces=previous)
            return plan, doc, document_pdf(ctx, doc.document_id)

        self._running(self.tr("Generating the agreement…"))
        self.operation = run_in_background(work, parent=self, label=self.tr("Generating agreement…"),
                                           on_done=self._generated, on_error=self._failed)

    def draft(self) -> None:
        """In the background: propose and build the draft agreement the guarantors review
        before they consent (not numbered, not stored, not for signature); the plan stays a
        draft awaiting their consents, replacing the previous draft."""
        if self.operation is not None:
            return
        ctx, (case_id, terms, consents, lang), previous = self.ctx, self._proposal(), self._draft_shown()

        def work(progress: Any, cancelled: Any) -> tuple[Any, bytes]:
            return plans.draft_agreement(ctx, case_id, terms, consents, lang, replaces=previous)

        self._running(self.tr("Building the draft…"))
        self.operation = run_in_background(work, parent=self, label=self.tr("Building draft…"),
                                           on_done=self._drafted, on_error=self._failed)

    def _drafted(self, result: tuple[Any, bytes]) -> None:
        self.plan, pdf = result
        self.document = None
        page = self.agreement_page
        page.preview.load_bytes(pdf, file_name="draft.pdf")
        self._idle()
        page.status.setText(self.tr("Draft for review: not numbered, not stored, not for "
                                    "signature. Record the consents, then generate the "
                                    "agreement."))
        page.completeChanged.emit()
        self.status_changed.emit(self.plan.status)

    def move_to(self, status: str) -> None:
        if self.operation is not None or self.plan is None:
            return
        ctx, plan_id = self.ctx, self.plan.id
        signed_on = to_date(self.agreement_page.signed_edit.date()) if status == "signed" else None

        def work(progress: Any, cancelled: Any) -> Any:
            plans.set_status(ctx, plan_id, status, signed_on=signed_on)
            return plans.plan_view(ctx, plan_id)

        self._running(self.tr("Updating the plan…"))
        self.operation = run_in_background(work, parent=self, label=self.tr("Updating plan…"),
                                           on_done=self._moved, on_error=self._failed)

    def _running(self, text: str) -> None:
        show_problems(self.agreement_page.problems, [])
        self.agreement_page.status.setText(text)
        self.agreement_page.generate_button.setEnabled(False)
        self.agreement_page.draft_button.setEnabled(False)
        for button in self.agreement_page.status_buttons.values():
            button.setEnabled(False)

    def _idle(self) -> None:
        self.operation = None
        page = self.agreement_page
        status = self.plan.status if self.plan is not None else ""
        page.generate_button.setEnabled(status in ("", "draft"))
        page.draft_button.setEnabled(status in ("", "draft"))
        nxt = plans.TRANSITIONS.get(status, ())
        for target, button in page.status_buttons.items():
            button.setEnabled(target in nxt)
        if self.plan is not None:
            page.status.setText(self.tr("Plan %1: %2. Agreement %3.")
                                .replace("%1", str(self.plan.id))
                                .replace("%2", label_of(STATUSES, status))
                                .replace("%3", self.document.letter_no if self.document else "—"))

    def _generated(self, result: tuple[Any, Any, bytes]) -> None:
        self.plan, self.document, pdf = result
        self.agreement_page.preview.load_bytes(pdf, file_name=f"{self.document.letter_no}.pdf")
        self._idle()
        if self.document.warnings:  # generated, but to be checked before anyone signs it
            page = self.agreement_page
            page.status.setText(page.status.text() + " "
                                + self.tr("Check the points below before it is signed."))
            show_problems(page.problems, list(self.document.warnings), mark="⚠")
        self.agreement_page.completeChanged.emit()
        self.agreement_generated.emit(self.document)

    def _moved(self, plan: Any) -> None:
        self.plan = plan
        self._idle()
        self.status_changed.emit(plan.status)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        problems = exc.problems if isinstance(exc, DocumentRefused) else split_problems(str(exc))
        self.agreement_page.status.setText(self.tr("Refused:"))
        show_problems(self.agreement_page.problems, problems)
        if not isinstance(exc, LookupError | ValueError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
