"""Loans and schedule: each loan's terms, instalments, balance chart, guarantees, collateral."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.case_detail import CaseDetail, InstalmentView, LoanView
from ui.detail import labels as L
from ui.detail.chart import BalanceChart
from ui.detail.table_model import RowsModel, right_aligned
from ui.detail.widgets import make_table, named, value_label

SEQ, DUE_DATE, PRINCIPAL_DUE, INTEREST_DUE, PAID, UNPAID, STATE = range(7)
STATE_COLOURS = {"paid": "#e3f1e3", "overdue": "#fbe0e0", "partial": "#fdf1d6", "due": ""}
LOAN_FACTS = ("contract_no", "contract_name", "contract_date", "principal", "annual_rate",
              "drawdown_date", "maturity_date", "repayment_method", "dpd", "outstanding",
              "overdue_total", "limitation_expiry")


class InstalmentModel(RowsModel):
    COLUMNS = ("seq", "due_date", "principal_due", "interest_due", "paid", "unpaid", "state")

    def header(self, col: int) -> str:
        return (self.tr("No."), self.tr("Due date"), self.tr("Principal due"),
                self.tr("Interest due"), self.tr("Paid"), self.tr("Unpaid"),
                self.tr("State"))[col]

    @staticmethod
    def unpaid(i: InstalmentView) -> int:
        return i.principal_due + i.interest_due - i.principal_paid - i.interest_paid

    def sort_value(self, row: InstalmentView, col: int) -> Any:
        return (row.seq, row.due_date.toordinal(), row.principal_due, row.interest_due,
                row.principal_paid + row.interest_paid, self.unpaid(row), row.state)[col]

    def display(self, row: InstalmentView, col: int) -> str:
        if col == SEQ:
            return str(row.seq)
        if col == DUE_DATE:
            return L.date_text(row.due_date)
        if col == STATE:
            return f"{L.STATE_GLYPHS.get(row.state, '')} {L.label(L.INSTALMENT_STATES, row.state)}"
        return L.money(self.sort_value(row, col))

    def row_id(self, row: InstalmentView) -> int:
        return row.seq

    def code(self, row: InstalmentView, col: int) -> Any:
        return row.state

    def decorate(self, row: InstalmentView, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and STATE_COLOURS.get(row.state):
            return QColor(STATE_COLOURS[row.state])
        if role == Qt.ItemDataRole.ForegroundRole and row.state in STATE_COLOURS:
            return QColor("#1e1e1e")
        if role == Qt.ItemDataRole.FontRole and row.state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (DUE_DATE, STATE):
            return right_aligned()
        return None


class GuaranteeModel(RowsModel):
    COLUMNS = ("guarantor", "kind", "contract_no", "period_end")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def header(self, col: int) -> str:
        return (self.tr("Guarantor"), self.tr("Kind"), self.tr("Guarantee contract"),
                self.tr("Period ends"))[col]

    def display(self, row: dict[str, Any], col: int) -> str:
        if col == 0:
            return self.names.get(int(row["guarantor_party_id"]), "—")
        if col == 1:
            return L.label(L.GUARANTEE_KINDS, str(row["kind"]))
        if col == 2:
            return str(row["contract_no"] or "—")
        return L.date_text(row["period_end"])

    def row_id(self, row: dict[str, Any]) -> int:
        return int(row["guarantor_party_id"])


class CollateralModel(RowsModel):
    COLUMNS = ("kind", "value", "registration_no", "description")

    def header(self, col: int) -> str:
        return (self.tr("Kind"), self.tr("Value"), self.tr("Registration no."),
                self.tr("Description"))[col]

    def display(self, row: dict[str, Any], col: int) -> str:
        if col == 0:
            return L.label(L.COLLATERAL_KINDS, str(row["kind"]))
        if col == 1:
            return L.money(int(row["value"] or 0))
        return str(row[self.COLUMNS[col]] or "—")

    def sort_value(self, row: dict[str, Any], col: int) -> Any:
        return int(row["value"] or 0) if col == 1 else self.display(row, col)

    def row_id(self, row: dict[str, Any]) -> int:
        return self._rows.index(row)

    def decorate(self, row: dict[str, Any], col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return right_aligned()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, col)
        return None


class LoansPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "loansPane", self.tr("Loans and schedule"))
        self._detail: CaseDetail | None = None
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        pick_label = QLabel(self.tr("&Contract:"))
        self.selector = QComboBox()
        named(self.selector, "loanSelector", self.tr("Loan"))
        pick_label.setBuddy(self.selector)
        self.selector.currentIndexChanged.connect(self._show_loan)
        pick.addWidget(pick_label)
        pick.addWidget(self.selector, 1)
        layout.addLayout(pick)
        top = QHBoxLayout()
        top.addWidget(self._facts_box(), 1)
        chart_box = QGroupBox(self.tr("Outstanding principal"))
        self.chart = BalanceChart()
        QVBoxLayout(chart_box).addWidget(self.chart)
        top.addWidget(chart_box, 1)
        layout.addLayout(top, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("loansSplitter")
        self.instalment_model = InstalmentModel(self)
        self.instalments = make_table(self.instalment_model, "instalmentTable",
                                      self.tr("Instalments"))
        split.addWidget(self._boxed(self.tr("Instalments"), self.instalments))
        self.guarantee_model = GuaranteeModel(self)
        self.guarantees = make_table(self.guarantee_model, "guaranteesTable", self.tr("Guarantees"))
        self.collateral_model = CollateralModel(self)
        self.collateral = make_table(self.collateral_model, "collateralTable",
                                     self.tr("Collateral"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._boxed(self.tr("Guarantees"), self.guarantees))
        side_layout.addWidget(self._boxed(self.tr("Collateral"), self.collateral))
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 3)

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _facts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Loan"))
        form = QFormLayout(box)
        names = (self.tr("Contract no."), self.tr("Contract"), self.tr("Signed on"),
                 self.tr("Principal"), self.tr("Annual rate"), self.tr("Drawn down"),
                 self.tr("Matures"), self.tr("Repayment"), self.tr("Days past due"),
                 self.tr("Principal outstanding"), self.tr("Overdue total"),
                 self.tr("Limitation expires"))
        self.facts: dict[str, QLabel] = {}
        for key, name in zip(LOAN_FACTS, names, strict=True):
            self.facts[key] = value_label(f"loanFact_{key}", name)
            form.addRow(name, self.facts[key])
        return box

    def set_detail(self, d: CaseDetail) -> None:
        self._detail = d
        names = {p.id: p.name for p in d.parties}
        self.guarantee_model.names = names
        self.selector.blockSignals(True)
        self.selector.clear()
        for loan in d.loans:
            self.selector.addItem(f"{loan.contract_no} — {loan.contract_name}", loan.id)
        self.selector.blockSignals(False)
        self.selector.setEnabled(len(d.loans) > 1)
        self._show_loan(0)

    def current_loan(self) -> LoanView | None:
        if self._detail is None or not self._detail.loans:
            return None
        return self._detail.loans[max(self.selector.currentIndex(), 0)]

    def _show_loan(self, _index: int) -> None:
        loan = self.current_loan()
        if loan is None:
            for label in self.facts.values():
                label.setText("—")
            self.instalment_model.set_rows([])
            self.guarantee_model.set_rows([])
            self.collateral_model.set_rows([])
            self.chart.set_loan(None, None)
            return
        values = (loan.contract_no, loan.contract_name, L.date_text(loan.contract_date),
                  f"{L.money(loan.principal)} {loan.currency}", L.rate_text(loan.annual_rate),
                  L.date_text(loan.drawdown_date), L.date_text(loan.maturity_date),
                  L.label(L.REPAYMENT_METHODS, loan.repayment_method), str(loan.dpd),
                  L.money(loan.amounts.principal_outstanding),
                  L.money(loan.amounts.overdue_total), L.date_text(loan.limitation_expiry))
        for key, value in zip(LOAN_FACTS, values, strict=True):
            self.facts[key].setText(value)
        self.instalment_model.set_rows(loan.instalments)
        self.guarantee_model.set_rows(loan.guarantees)
        self.collateral_model.set_rows(loan.collateral)
        self.chart.set_loan(loan, self._detail.as_of if self._detail else None)
