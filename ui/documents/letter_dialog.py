"""Generate a letter for one case: kind, language, addressee → background build → preview."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.compliance import details
from desktop_app.context import AppContext
from desktop_app.documents.checks import DocumentRefused
from desktop_app.services.case_detail import case_detail
from desktop_app.services.letters import (
    GeneratedDocument,
    LetterPreview,
    document_pdf,
    generate_letter,
    guarantors,
    preview_letter,
)
from ui.background import Operation, run_in_background
from ui.documents.common import (
    LANGUAGES,
    LETTER_KINDS,
    fill_combo,
    label_of,
    money,
    named,
    problem_list,
    show_problems,
    status_label,
)
from ui.documents.pdf_preview import PdfPreview


def addressees(ctx: AppContext, case_id: int) -> tuple[str, list[tuple[int, str]]]:
    """(borrower name, [(party id, guarantor name)]) of the case, the guarantors in the
    order a guarantor letter proposes them (``letters.guarantors``): the dialog proposes
    the first, as the command line does."""
    return case_detail(ctx, case_id).borrower_name, guarantors(ctx, case_id)


class LetterDialog(QDialog):
    """``generated`` carries the :class:`GeneratedDocument`; ``refused`` the problem list."""

    generated = Signal(object)
    refused = Signal(list)

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.result_document: GeneratedDocument | None = None
        self.operation: Operation | None = None
        self.setObjectName("letterDialog")
        self.setAccessibleName(self.tr("Generate letter"))
        borrower, self._guarantors = addressees(ctx, case_id)
        self.setWindowTitle(self.tr("Letter for %1").replace("%1", borrower))
        self._build(borrower)
        self.resize(1200, 860)

    def _build(self, borrower: str) -> None:
        self.kind_combo = fill_combo(QComboBox(), LETTER_KINDS)
        named(self.kind_combo, "letterKind", self.tr("Letter kind"))
        self.kind_combo.setCurrentIndex(1)
        self.language_combo = fill_combo(QComboBox(), LANGUAGES)
        named(self.language_combo, "letterLanguage", self.tr("Letter language"))
        self.addressee_combo = QComboBox()
        named(self.addressee_combo, "letterAddressee", self.tr("Addressee"))
        self.addressee_combo.addItem(self.tr("Borrower: %1").replace("%1", borrower), None)
        for party_id, name in self._guarantors:
            self.addressee_combo.addItem(self.tr("Guarantor: %1").replace("%1", name), party_id)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.generate_button = QPushButton(self.tr("&Generate"))
        named(self.generate_button, "letterGenerate", self.tr("Generate the letter"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.preview_button = QPushButton(self.tr("&Preview"))
        named(self.preview_button, "letterPreview",
              self.tr("Preview the letter without numbering or storing it"))
        self.preview_button.clicked.connect(self.show_preview)
        self.status = status_label("letterStatus", self.tr("Letter status"))
        self.problems = problem_list("letterProblems", self.tr("Why the letter was refused"))
        self.problems.setMaximumHeight(220)
        self.problems_title = QLabel(self.tr("The letter was refused. Fix these and try again:"))
        self.problems_title.setObjectName("letterProblemsTitle")
        self.problems_title.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problems_title.setWordWrap(True)
        self.problems_title.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Addressee:"), self.addressee_combo)
        for row, widget in enumerate((self.kind_combo, self.language_combo,
                                      self.addressee_combo)):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(widget)
        side = QVBoxLayout()
        side.addLayout(form)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.generate_button)
        side.addLayout(actions)
        side.addWidget(self.status)
        side.addWidget(self.problems_title)
        side.addWidget(self.problems, 1)
        side.addStretch(0)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(360)
        self.preview = PdfPreview(self, file_name="letter.pdf")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, "letterButtons", self.tr("Dialog buttons"))
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(panel, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        """A guarantor's demand goes to a guarantor; the others default to the borrower."""
        if self.kind_combo.currentData() == "guarantor" and self._guarantors:
            self.addressee_combo.setCurrentIndex(1)
        elif self.kind_combo.currentData() != "guarantor":
            self.addressee_combo.setCurrentIndex(0)

    def _choices(self) -> tuple[str, str, int | None]:
        return (self.kind_combo.currentData(), self.language_combo.currentData(),
                self.addressee_combo.currentData())

    def _start(self, text: str) -> None:
        self.generate_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        show_problems(self.problems, [])
        self.problems_title.setVisible(False)
        self.status.setText(text)
        self.preview.clear()

    def _idle(self) -> None:
        self.operation = None
        self.generate_button.setEnabled(True)
        self.preview_button.setEnabled(True)

    def show_preview(self) -> None:
        """The letter as it would be generated, unnumbered and marked as a preview on every
        page; nothing is stored and no letter number is used."""
        if self.operation is not None:
            return
        kind, lang, addressee = self._choices()
        ctx, case_id = self.ctx, self.case_id

        def work(progress: Any, cancelled: Any) -> LetterPreview:
            return preview_letter(ctx, case_id, kind, lang, addressee_party_id=addressee)

        self._start(self.tr("Building the preview…"))
        self.operation = run_in_background(work, parent=self, label=self.tr("Building preview…"),
                                           on_done=self._previewed, on_error=self._failed)

    def _previewed(self, shown: LetterPreview) -> None:
        self._idle()
        self.preview.load_bytes(shown.pdf, file_name="preview.pdf")
        self.status.setText(self.tr("Preview only: not numbered, not stored, not to be sent "
                                    "(%1 pages, total %2). Generate issues the letter.")
                            .replace("%1", str(shown.pages)).replace("%2", money(shown.total)))
        if shown.warnings:
            self._list_problems(self.tr("Check these before you send the letter:"),
                                self.tr("What to check before sending"), list(shown.warnings),
                                refused=False)

    def generate(self) -> None:
        if self.operation is not None:
            return
        kind, lang, addressee = self._choices()
        ctx, case_id = self.ctx, self.case_id

        def work(progress: Any, cancelled: Any) -> tuple[GeneratedDocument, bytes]:
            doc = generate_letter(ctx, case_id, kind, lang, addressee_party_id=addressee)
            return doc, document_pdf(ctx, doc.document_id)

        self._start(self.tr("Generating the letter…"))
        self.operation = run_in_background(work, parent=self, label=self.tr("Generating letter…"),
                                           on_done=self._done, on_error=self._failed)

    def _done(self, result: tuple[GeneratedDocument, bytes]) -> None:
        self._idle()
        doc, pdf = result
        self.result_document = doc
        self.preview.load_bytes(pdf, file_name=f"{doc.letter_no}.pdf")
        self.status.setText(self.tr("%1 %2 generated: %3 pages, total %4. Stored on the case.")
                            .replace("%1", label_of(LETTER_KINDS, doc.kind))
                            .replace("%2", doc.letter_no).replace("%3", str(doc.pages))
                            .replace("%4", money(doc.total)))
        if doc.warnings:  # produced, but the officer should look at these before sending
            self._list_problems(self.tr("Check these before you send the letter:"),
                                self.tr("What to check before sending"), list(doc.warnings),
                                refused=False)
        self.generated.emit(doc)

    def _list_problems(self, title: str, accessible: str, problems: list[str], *,
                       refused: bool) -> None:
        """Refusal reasons (red) or what to check in a produced letter (amber)."""
        colour = "#c62828" if refused else "#8a5300"
        self.problems_title.setText(title)
        self.problems_title.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.problems_title.setVisible(True)
        self.problems.setAccessibleName(accessible)
        show_problems(self.problems, problems, mark="✗" if refused else "⚠")

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, DocumentRefused):
            self.status.setText(self.tr("The lender's address, phone, repayment accounts and "
                                        "law firm are set in File ▸ Lender profile…")
                                if any(map(_profile_problem, exc.problems)) else "")
            self._list_problems(self.tr("The letter was refused. Fix these and try again:"),
                                self.tr("Why the letter was refused"), exc.problems,
                                refused=True)
            self.refused.emit(list(exc.problems))
            return
        self.status.setText(self.tr("The letter could not be generated: %1")
                            .replace("%1", str(exc)))
        if not isinstance(exc, LookupError | ValueError):
            sys.excepthook(type(exc), exc, exc.__traceback__)


_PROFILE_FIELDS = ("issuer.", "payment_account.", "law_firm.")


def _profile_problem(problem: str) -> bool:
    """Whether the officer fixes ``problem`` in the lender profile."""
    found = details.parse(problem)
    if found is None:
        return False
    rule, detail, values = found
    return (rule == "CN-PAY1" or detail is details.NO_LAW_FIRM
            or values.get("field", "").startswith(_PROFILE_FIELDS))
