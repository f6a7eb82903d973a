"""Wizard page 1: loans and terms, with the live schedule and the old-vs-new chart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.domain import restructure
from desktop_app.domain.restructure import OverdueAmounts, RestructurePlanResult, RestructureTerms
from desktop_app.services.case_detail import CaseDetail, LoanView
from ui.documents.common import (
    METHODS_CALC,
    TREATMENTS,
    fill_combo,
    money,
    named,
    to_date,
    to_qdate,
)
from ui.documents.plan_views import ComparisonChart, ScheduleModel

LOAN_ROLE = Qt.ItemDataRole.UserRole


def loan_amounts(loans: list[LoanView]) -> OverdueAmounts:
    """The debt acknowledged today for ``loans``, as the restructuring service computes it."""
    a = [loan.amounts for loan in loans]
    return OverdueAmounts(principal=sum(x.principal_outstanding for x in a),
                          interest=sum(x.interest_due + x.accrued_interest for x in a),
                          penalty=sum(x.penalty_interest for x in a),
                          compound=sum(x.compound_interest for x in a),
                          costs=sum(x.costs for x in a))


class TermsPage(QWizardPage):
    def __init__(self, detail: CaseDetail, today: dt.date) -> None:
        super().__init__()
        self.detail, self.today = detail, today
        self.result: RestructurePlanResult | None = None
        self.amounts = OverdueAmounts(0)
        self.setObjectName("termsPage")
        self.setTitle(self.tr("Loans and terms"))
        self.setSubTitle(self.tr("The schedule and the comparison update as you type."))
        self._build()
        self.recompute()

    def _build(self) -> None:
        self.loan_list = QListWidget()
        named(self.loan_list, "planLoans", self.tr("Loans to restructure"))
        for loan in self.detail.loans:
            item = QListWidgetItem(self.tr("%1 — outstanding %2").replace("%1", loan.contract_no)
                                   .replace("%2", money(loan.amounts.total)))
            item.setData(LOAN_ROLE, loan.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if loan.amounts.total else
                               Qt.CheckState.Unchecked)
            self.loan_list.addItem(item)
        self.loan_list.setMaximumHeight(70)
        self.loan_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        main = max(self.detail.loans, key=lambda x: x.principal, default=None)
        self.method_combo = named(fill_combo(QComboBox(), METHODS_CALC), "planMethod",
                                  self.tr("Repayment method"))
        self.months_spin = named(QSpinBox(), "planMonths", self.tr("Number of months"))
        self.months_spin.setRange(1, 360)
        self.months_spin.setValue(24)
        self.rate_spin = named(QDoubleSpinBox(), "planRate", self.tr("Annual interest rate"))
        self.rate_spin.setRange(0, 24)
        self.rate_spin.setDecimals(4)
        self.rate_spin.setSuffix(" %")
        self.rate_spin.setValue(float(Decimal(main.annual_rate) * 100) if main else 4.35)
        self.start_edit = named(QDateEdit(to_qdate(self.today)), "planStart",
                                self.tr("Start date"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.grace_spin = named(QSpinBox(), "planGrace", self.tr("Grace months"))
        self.grace_spin.setRange(0, 120)
        self.treatment_combo = named(fill_combo(QComboBox(), TREATMENTS), "planTreatment",
                                     self.tr("Treatment of arrears"))
        form = QFormLayout()
        form.addRow(self.tr("&Loans:"), self.loan_list)
        form.addRow(self.tr("&Method:"), self.method_combo)
        form.addRow(self.tr("M&onths:"), self.months_spin)
        form.addRow(self.tr("&Annual rate:"), self.rate_spin)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&Grace months:"), self.grace_spin)
        form.addRow(self.tr("A&rrears:"), self.treatment_combo)
        self.chart = ComparisonChart()
        self.totals_label = named(QLabel(), "planTotals", self.tr("Schedule totals"))
        self.totals_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.totals_label)
        left.addWidget(self.chart, 1)
        self.model = ScheduleModel(self)
        self.table = named(QTableView(), "planSchedule", self.tr("New repayment schedule"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        panel = QWidget()
        panel.setLayout(left)
        panel.setFixedWidth(460)
        layout = QHBoxLayout(self)
        layout.addWidget(panel, 0)
        layout.addWidget(self.table, 1)
        for signal in (self.method_combo.currentIndexChanged, self.months_spin.valueChanged,
                       self.rate_spin.valueChanged, self.start_edit.dateChanged,
                       self.grace_spin.valueChanged, self.treatment_combo.currentIndexChanged,
                       self.loan_list.itemChanged):
            signal.connect(self.recompute)

    def chosen_loans(self) -> list[int]:
        return [self.loan_list.item(i).data(LOAN_ROLE) for i in range(self.loan_list.count())
                if self.loan_list.item(i).checkState() == Qt.CheckState.Checked]

    def rate(self) -> Decimal:
        return (Decimal(str(round(self.rate_spin.value(), 4))) / 100).quantize(Decimal("0.000001"))

    def terms(self) -> dict[str, Any]:
        """The keyword arguments for ``propose_plan``."""
        return {"method": self.method_combo.currentData(), "months": self.months_spin.value(),
                "annual_rate": self.rate(), "start": to_date(self.start_edit.date()),
                "grace_months": self.grace_spin.value(),
                "treatment": self.treatment_combo.currentData(), "loan_ids": self.chosen_loans()}

    def recompute(self, *_: object) -> None:
        t = self.terms()
        ids = set(t["loan_ids"])
        self.amounts = loan_amounts([x for x in self.detail.loans if x.id in ids])
        self.result = None
        try:
            if not ids or self.amounts.total == 0:
                raise restructure.RestructureError(self.tr("Loans: choose a loan with a balance."))
            self.result = restructure.plan(self.amounts, RestructureTerms(
                t["method"], t["months"], t["annual_rate"], t["start"], t["grace_months"],
                t["treatment"]))
        except restructure.RestructureError as exc:
            self.model.set_plan((), None)
            self.chart.set_comparison(None)
            self.totals_label.setText(f"<span style='color:#c62828'>✗ {exc}</span>")
            self.completeChanged.emit()
            return
        r = self.result
        self.model.set_plan(r.rows, r.totals)
        self.chart.set_comparison(restructure.compare(self.amounts.total, r.rows, t["annual_rate"],
                                                      self.today))
        ok = r.totals.principal == r.restructured_principal
        self.totals_label.setText(self.tr(
            "Acknowledged %1 · restructured principal %2 · Σ principal %3 %4 · Σ interest %5 · "
            "waived on condition %6")
            .replace("%1", money(self.amounts.total)).replace("%2", money(r.restructured_principal))
            .replace("%3", money(r.totals.principal)).replace("%4", "✓" if ok else "✗")
            .replace("%5", money(r.totals.interest)).replace("%6", money(r.conditionally_waived)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None
