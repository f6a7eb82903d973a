"""Record how a letter was delivered, with evidence; shows the deadlines before and after."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import AppContext
from desktop_app.services.delivery import EVIDENCED, DeadlineView, deadlines, record_delivery
from ui.background import Operation, run_in_background
from ui.documents.common import (
    EVIDENCE,
    METHODS,
    OUTCOMES,
    fill_combo,
    named,
    problem_list,
    show_problems,
    status_label,
    to_date,
    to_qdate,
    tr,
)

DEADLINE_KINDS = {"limitation": QT_TRANSLATE_NOOP("Documents", "Limitation period"),
                  "guarantee": QT_TRANSLATE_NOOP("Documents", "Guarantee period")}


def deadline_text(views: list[DeadlineView]) -> str:
    if not views:
        return tr(QT_TRANSLATE_NOOP("Documents", "No deadlines."))
    lines = []
    for d in views:
        line = tr(QT_TRANSLATE_NOOP("Documents", "%1 %2: %3 (%4 days left)"))
        lines.append(line.replace("%1", tr(DEADLINE_KINDS.get(
            d.kind, d.kind))).replace("%2", d.ref).replace("%3", d.due.isoformat())
            .replace("%4", str(d.days_left)))
    return "\n".join(lines)


class DeliveryDialog(QDialog):
    """``recorded`` carries the service's ``Changes``."""

    recorded = Signal(object)

    def __init__(self, ctx: AppContext, document_id: int, parent: QWidget | None = None,
                 case_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document_id = ctx, document_id
        self.case_id = case_id if case_id is not None else self._case_of(document_id)
        self.operation: Operation | None = None
        self.changes: Any = None
        self.setObjectName("deliveryDialog")
        self.setAccessibleName(self.tr("Record delivery"))
        self.setWindowTitle(self.tr("Record delivery"))
        self._build()
        if self.case_id is not None:
            self.before_label.setText(deadline_text(deadlines(ctx, self.case_id)))
        self.resize(620, 560)

    def _case_of(self, document_id: int) -> int | None:
        """The letter's case."""
        from desktop_app.services import letters

        return letters.document_case(self.ctx, document_id)

    def _named(self, widget: Any, name: str, accessible: str) -> Any:
        return named(widget, name, accessible)

    def _build(self) -> None:
        today = to_qdate(self.ctx.clock())
        self.method_combo = self._named(fill_combo(QComboBox(), METHODS), "deliveryMethod",
                                        self.tr("Delivery method"))
        self.tracking_edit = self._named(QLineEdit(), "deliveryTracking",
                                         self.tr("Tracking number"))
        self.sent_edit = self._named(QDateEdit(today), "deliverySentOn", self.tr("Sent on"))
        self.delivered_check = self._named(QCheckBox(self.tr("Delivered on:")),
                                           "deliveryHasDelivered", self.tr("Delivered"))
        self.delivered_edit = self._named(QDateEdit(today), "deliveryDeliveredOn",
                                          self.tr("Delivered on"))
        self.outcome_combo = self._named(fill_combo(QComboBox(), OUTCOMES), "deliveryOutcome",
                                         self.tr("Outcome"))
        self.evidence_combo = self._named(fill_combo(QComboBox(), EVIDENCE), "deliveryEvidenceKind",
                                          self.tr("Evidence kind"))
        self.file_edit = self._named(QLineEdit(), "deliveryEvidenceFile",
                                     self.tr("Evidence file"))
        self.file_edit.setPlaceholderText(self.tr("Scan of the receipt or postal proof"))
        self.browse_button = self._named(QPushButton(self.tr("&Browse…")),
                                         "deliveryEvidenceBrowse", self.tr("Choose evidence file"))
        for edit in (self.sent_edit, self.delivered_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(today)
        self.browse_button.clicked.connect(self._browse)
        self.delivered_check.toggled.connect(self.delivered_edit.setEnabled)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Method:"), self.method_combo)
        form.addRow(self.tr("&Tracking no.:"), self.tracking_edit)
        form.addRow(self.tr("&Sent on:"), self.sent_edit)
        form.addRow(self.delivered_check, self.delivered_edit)
        form.addRow(self.tr("&Outcome:"), self.outcome_combo)
        form.addRow(self.tr("&Evidence:"), self.evidence_combo)
        file_label = QLabel(self.tr("Evidence &file:"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        self.problems = problem_list("deliveryProblems", self.tr("What to fix"))
        self.problems.setMaximumHeight(90)
        self.status = status_label("deliveryStatus", self.tr("Delivery status"))
        self.before_label = status_label("deadlinesBefore", self.tr("Deadlines before"))
        self.after_label = status_label("deadlinesAfter", self.tr("Deadlines after"))
        self.after_label.setText(self.tr("Shown once the delivery is recorded."))
        self.before_label.setText(self.tr("Shown once the delivery is recorded."))
        self.record_button = self._named(QPushButton(self.tr("&Record delivery")),
                                         "deliveryRecord", self.tr("Record the delivery"))
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        buttons = self._named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close),
                              "deliveryButtons", self.tr("Dialog buttons"))
        self.close_button = self._named(buttons.button(QDialogButtonBox.StandardButton.Close),
                                        "deliveryClose", self.tr("Close the dialog"))
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(self.tr("<b>Deadlines now</b>")))
        layout.addWidget(self.before_label)
        layout.addWidget(QLabel(self.tr("<b>Deadlines after recording</b>")))
        layout.addWidget(self.after_label)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _outcome_changed(self) -> None:
        if self.outcome_combo.currentData() == "signed":
            self.delivered_check.setChecked(True)
        elif self.outcome_combo.currentData() == "pending":
            self.delivered_check.setChecked(False)
        self.delivered_edit.setEnabled(self.delivered_check.isChecked())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence file"), "",
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif)"))
        if path:
            self.file_edit.setText(path)

    def values(self) -> dict[str, Any]:
        file_text = self.file_edit.text().strip()
        return {"method": self.method_combo.currentData(),
                "tracking_no": self.tracking_edit.text().strip(),
                "sent_on": to_date(self.sent_edit.date()),
                "delivered_on": to_date(self.delivered_edit.date())
                if self.delivered_check.isChecked() else None,
                "outcome": self.outcome_combo.currentData(),
                "evidence_kind": self.evidence_combo.currentData(),
                "evidence_file": Path(file_text) if file_text else None}

    def problems_in(self, v: dict[str, Any]) -> list[str]:
        """Checks before the service's own, each naming the field to fix."""
        out: list[str] = []
        today: dt.date = self.ctx.clock()
        if v["method"] in ("ems", "registered_mail", "courier") and not v["tracking_no"]:
            out.append(self.tr("Tracking no.: enter the waybill number for mail or courier."))
        if v["sent_on"] > today:
            out.append(self.tr("Sent on: cannot be in the future."))
        if v["outcome"] == "signed" and v["delivered_on"] is None:
            out.append(self.tr("Delivered on: a signed delivery needs the date it was signed."))
        if v["outcome"] == "pending" and v["delivered_on"] is not None:
            out.append(self.tr("Delivered on: a pending delivery has no delivered date."))
        if v["delivered_on"] is not None and v["delivered_on"] < v["sent_on"]:
            out.append(self.tr("Delivered on: before the sent date."))
        if v["evidence_kind"] in EVIDENCED and v["evidence_file"] is None:
            out.append(self.tr("Evidence file: this evidence kind needs the scanned file."))
        if v["evidence_file"] is not None and not v["evidence_file"].is_file():
            out.append(self.tr("Evidence file: no such file."))
        return out

    def record(self) -> None:
        if self.operation is not None or self.changes is not None:  # recorded once only
            return
        v = self.values()
        problems = self.problems_in(v)
        show_problems(self.problems, problems)
        if problems:
            return
        ctx, doc_id, case_id = self.ctx, self.document_id, self.case_id

        def work(progress: Any, cancelled: Any) -> tuple[Any, list[DeadlineView]]:
            changes = record_delivery(ctx, doc_id, **v)
            return changes, deadlines(ctx, case_id if case_id is not None else changes.case_ids[0])

        self.record_button.setEnabled(False)
        self.status.setText(self.tr("Recording…"))
        self.operation = run_in_background(work, parent=self, label=self.tr("Recording delivery…"),
                                           on_done=self._done, on_error=self._failed)

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.method_combo, self.tracking_edit, self.sent_edit, self.delivered_check,
                self.delivered_edit, self.outcome_combo, self.evidence_combo, self.file_edit,
                self.browse_button)

    def _done(self, result: tuple[Any, list[DeadlineView]]) -> None:
        """Recorded: the entry stays as it was recorded and the dialog offers Close; a later
        event (signed after pending, new evidence) is recorded from the dialog opened anew."""
        self.operation = None
        for widget in (*self._inputs(), self.record_button):
            widget.setEnabled(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.changes, after = result
        self.after_label.setText(deadline_text(after))
        extra = self.changes.extra
        if extra.get("interrupts_limitation"):
            self.status.setText(self.tr("Recorded. Evidenced delivery interrupts limitation: "
                                        "earliest expiry %1 → %2.")
                                .replace("%1", str(extra.get("limitation_before") or "—"))
                                .replace("%2", str(extra.get("limitation_after") or "—")))
        else:
            self.status.setText(self.tr("Recorded. Without evidenced delivery the limitation "
                                        "clock does not move."))
        self.recorded.emit(self.changes)

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.record_button.setEnabled(True)
        self.status.setText("")
        show_problems(self.problems, [str(exc)])
        if not isinstance(exc, LookupError | ValueError | OSError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
