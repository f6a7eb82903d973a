"""File ▸ Lender profile…: what demand letters and agreements say of the lender — address,
phone, kind of lender (which interest cap binds it), letter-number prefix, where debtors
object, the designated repayment accounts (CN-PAY1) and the law firm for lawyer letters.

A view over ``setup.lender_profile`` / ``setup.save_lender_profile``: a ``ProfileError``
is shown next to the fields it names and the dialog stays open; nothing is half-written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import AppContext
from desktop_app.services import setup
from ui.detail.dialogs import EditDialog
from ui.detail.notes import show_error
from ui.detail.widgets import named

LENDER_TYPES = {
    "bank": QT_TRANSLATE_NOOP("LenderProfile", "Bank"),
    "consumer_finance": QT_TRANSLATE_NOOP("LenderProfile", "Consumer finance company"),
    "small_loan": QT_TRANSLATE_NOOP("LenderProfile", "Small-loan company"),
    "amc": QT_TRANSLATE_NOOP("LenderProfile", "Asset management company"),
    "other": QT_TRANSLATE_NOOP("LenderProfile", "Other lender (private lending: 4 × LPR cap)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LenderProfile", text)


class AccountsTable(QWidget):
    """The designated repayment accounts: name, bank and number per row."""

    def __init__(self, accounts: tuple[setup.Account, ...], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        named(self.table, "profileAccountsTable", self.tr("Designated repayment accounts"))
        self.table.setHorizontalHeaderLabels([self.tr("Account name"), self.tr("Bank"),
                                              self.tr("Account number")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)  # whole numbers
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(self.tr("Add account"))
        named(self.add_button, "profileAddAccount", self.tr("Add account"))
        self.remove_button = QPushButton(self.tr("Remove account"))
        named(self.remove_button, "profileRemoveAccount", self.tr("Remove account"))
        self.add_button.clicked.connect(lambda: self.add(setup.Account("", "", "")))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for account in accounts:
            self.add(account)

    def add(self, account: setup.Account) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate((account.account_name, account.bank_name,
                                     account.account_no)):
            self.table.setItem(row, col, QTableWidgetItem(value))
        if not account.account_name:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def accounts(self) -> tuple[setup.Account, ...]:
        """Rows with anything in them (blank rows are ignored)."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [(self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                     for c in range(3)]
            if any(cells):
                out.append(setup.Account(*cells))
        return tuple(out)


class LenderProfileDialog(EditDialog):
    """Edit the lender profile; OK saves it (audited) or shows what to fix."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("lenderProfileDialog", self.tr("Lender profile"), parent)
        self.ctx = ctx
        self.setMinimumWidth(640)
        current = setup.lender_profile(ctx) or setup.LenderProfile("")
        self.current = current
        self.legal_name = QLineEdit(current.legal_name)
        self.address = QLineEdit(current.address)
        self.phone = QLineEdit(current.phone)
        self.credit_code = QLineEdit(current.credit_code)
        self.credit_code.setMaxLength(18)
        self.lender_type = QComboBox()
        for code, label in LENDER_TYPES.items():
            self.lender_type.addItem(_tr(label), code)
        self.lender_type.setCurrentIndex(max(self.lender_type.findData(current.lender_type), 0))
        self.letter_prefix = QLineEdit(current.letter_prefix)
        self.letter_prefix.setPlaceholderText(self.tr("e.g. 华商银催 in 〔2026〕华商银催字第001号"))
        self.objection = QPlainTextEdit(current.objection_channel)
        self.objection.setPlaceholderText(
            self.tr("Where debtors send objections, e.g. the address and phone of your asset "
                    "preservation department (empty: the lender's address and phone)"))
        self.objection.setFixedHeight(60)
        self.accounts = AccountsTable(current.accounts)
        self.law_firm = QLineEdit(current.law_firm_name)
        self.law_firm_address = QLineEdit(current.law_firm_address)
        self.lawyer = QLineEdit(current.lawyer_name)
        self.licence = QLineEdit(current.lawyer_licence_no)
        rows: list[tuple[str, str, QWidget, str, str]] = [
            ("legal_name", self.tr("Legal &name:"), self.legal_name, "profileLegalName",
             self.tr("Lender's legal name")),
            ("address", self.tr("&Address:"), self.address, "profileAddress",
             self.tr("Lender's address")),
            ("phone", self.tr("&Phone:"), self.phone, "profilePhone", self.tr("Lender's phone")),
            ("credit_code", self.tr("C&redit code:"), self.credit_code, "profileCreditCode",
             self.tr("Lender's unified social credit code")),
            ("lender_type", self.tr("&Kind of lender:"), self.lender_type, "profileLenderType",
             self.tr("Kind of lender")),
            ("letter_prefix", self.tr("Letter-number pre&fix:"), self.letter_prefix,
             "profileLetterPrefix", self.tr("Letter-number prefix")),
            ("objection_channel", self.tr("&Objections to:"), self.objection,
             "profileObjection", self.tr("Where debtors object")),
            ("accounts", self.tr("Repayment a&ccounts:"), self.accounts, "profileAccounts",
             self.tr("Designated repayment accounts")),
            ("law_firm", self.tr("&Law firm:"), self.law_firm, "profileLawFirm",
             self.tr("Law firm for lawyer letters")),
            ("law_firm_address", self.tr("Law firm a&ddress:"), self.law_firm_address,
             "profileLawFirmAddress", self.tr("Law firm address")),
            ("lawyer", self.tr("La&wyer:"), self.lawyer, "profileLawyer",
             self.tr("Lawyer's name")),
            ("lawyer_licence", self.tr("Lawyer's lic&ence no.:"), self.licence,
             "profileLawyerLicence", self.tr("Lawyer's licence number")),
        ]
        for row in rows:
            self.add_field(*row)
        self.submitter = self._save
        self.saved: setup.LenderProfile | None = None

    def values(self) -> dict[str, Any]:
        return {
            "legal_name": self.legal_name.text(),
            "address": self.address.text(),
            "phone": self.phone.text(),
            "credit_code": self.credit_code.text(),
            "lender_type": self.lender_type.currentData(),
            "letter_prefix": self.letter_prefix.text(),
            "objection_channel": self.objection.toPlainText(),
            "accounts": self.accounts.accounts(),
            "law_firm_name": self.law_firm.text(),
            "law_firm_address": self.law_firm_address.text(),
            "lawyer_name": self.lawyer.text(),
            "lawyer_licence_no": self.licence.text(),
        }

    def _save(self, values: dict[str, Any]) -> None:
        self.saved = setup.save_lender_profile(self.ctx, setup.LenderProfile(**values))

    def accept(self) -> None:
        """As :meth:`EditDialog.accept`, with every field the profile's check names."""
        self.clear_errors()
        try:
            self._save(self.values())
        except setup.ProfileError as exc:
            named_fields = dict.fromkeys(p.partition(":")[0].split("[")[0] for p in exc.problems)
            for field in named_fields:
                show_error(self.errors.get(field, self.general_error), self.problem_text(field))
            return
        super(EditDialog, self).accept()

    def problem_text(self, field: str) -> str:
        known = {
            "legal_name": self.tr("Enter the lender's legal name."),
            "phone": self.tr("Enter a telephone number, e.g. 021-63218888, 95588 or "
                             "400-820-8888."),
            "credit_code": self.tr("Enter the 18-character unified social credit code; its "
                                   "check character does not match."),
            "lender_type": self.tr("Choose the kind of lender."),
            "letter_prefix": self.tr("Use at most 40 characters."),
            "accounts": self.tr("Each account needs its name, its bank and a number of 8 to 40 "
                                "digits; list each number once."),
            "law_firm": self.tr("Give the law firm's name and address, the lawyer and the "
                                "licence number together, or none of them."),
        }
        return known.get(field, self.tr("Check this field."))
