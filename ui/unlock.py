"""Unlocking the store: the passphrase dialog (the ``ask`` callable of ``open_context``) and
the first-run wizard (institution, officer, passphrase where there is no keyring, demo)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.keys import MIN_PASSPHRASE


def _name(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


class PassphraseDialog(QDialog):
    """Asks for the passphrase; with ``new`` it asks twice and checks the length."""

    def __init__(self, new: bool = False, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setAccessibleName(self.tr("Unlock"))
        self.setWindowTitle(self.tr("Unlock Collection Desk"))
        self.new = new
        intro = QLabel(self.tr("Choose a passphrase of at least %1 characters. It protects the "
                               "encrypted database; it cannot be recovered if lost.")
                       .replace("%1", str(MIN_PASSPHRASE)) if new else
                       self.tr("Enter the passphrase that unlocks the encrypted database."),
                       self, wordWrap=True)
        self.error = QLabel(message, self, objectName="passphraseError", wordWrap=True)
        self.error.setVisible(bool(message))
        self.passphrase = _name(QLineEdit(self), "passphraseEdit", self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = _name(QLineEdit(self), "passphraseConfirmEdit", self.tr("Repeat passphrase"))
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if new:
            form.addRow(self.tr("Repeat:"), self.confirm)
        else:
            self.confirm.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        _name(ok, "unlockButton", self.tr("Unlock"))
        ok.setText(self.tr("Unlock"))
        _name(buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelButton",
              self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = check_new_passphrase(self.passphrase.text(), self.confirm.text()) \
            if self.new else ("" if self.passphrase.text() else self.tr("Enter the passphrase."))
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def value(self) -> str:
        return self.passphrase.text()


def check_new_passphrase(first: str, second: str) -> str:
    """'' when acceptable, else the reason (translated)."""
    if len(first) < MIN_PASSPHRASE:
        return QCoreApplication.translate(
            "PassphraseDialog", "The passphrase needs at least %1 characters.").replace(
            "%1", str(MIN_PASSPHRASE))
    if first != second:
        return QCoreApplication.translate("PassphraseDialog", "The two passphrases differ.")
    return ""


class FirstRunWizard(QWizard):
    """Creates the profile on first run; offers a demo portfolio."""

    def __init__(self, need_passphrase: bool, demo_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setAccessibleName(self.tr("First run"))
        self.setWindowTitle(self.tr("Welcome to Collection Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.institution = _name(QLineEdit(), "institutionEdit", self.tr("Institution legal name"))
        self.officer = _name(QLineEdit(), "officerNameEdit", self.tr("Officer name"))
        self.employee_no = _name(QLineEdit(), "employeeNoEdit", self.tr("Employee number"))
        self.phone = _name(QLineEdit(), "officerPhoneEdit", self.tr("Officer phone"))
        self.passphrase = _name(QLineEdit(), "newPassphraseEdit", self.tr("Passphrase"))
        self.confirm = _name(QLineEdit(), "newPassphraseConfirmEdit", self.tr("Repeat passphrase"))
        for edit in (self.passphrase, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = _name(QCheckBox(self.tr("Load a demo portfolio to explore")), "demoCheck",
                          self.tr("Load a demo portfolio"))
        self.demo_cases = _name(QSpinBox(minimum=10, maximum=100_000, value=300),
                                "demoCasesSpin", self.tr("Number of demo cases"))
        self.demo.setChecked(demo_available)
        self.addPage(self._page(self.tr("Your institution"), self.tr(
            "The lender's legal name as it appears on letters."), [
            (self.tr("Legal name:"), self.institution, "institution*")]))
        self.addPage(self._page(self.tr("You, the officer"), self.tr(
            "Recorded with every action you take (audit trail)."), [
            (self.tr("Name:"), self.officer, "officer*"),
            (self.tr("Employee number:"), self.employee_no, "employee_no*"),
            (self.tr("Phone:"), self.phone, "")]))
        if need_passphrase:
            self.addPage(_PassphrasePage(self))
        if demo_available:
            self.addPage(self._page(self.tr("Demo portfolio"), self.tr(
                "Fictitious borrowers to try the worklist. You can import real files later."), [
                ("", self.demo, ""), (self.tr("Cases:"), self.demo_cases, "")]))

    def _page(self, title: str, subtitle: str,
              rows: list[tuple[str, QWidget, str]]) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(title)
        page.setSubTitle(subtitle)
        form = QFormLayout(page)
        for label, widget, field in rows:
            form.addRow(label, widget)
            if field:
                page.registerField(field, widget)
        return page


class _PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._w = wizard
        self.setTitle(self.tr("Protect the database"))
        self.setSubTitle(self.tr("No OS keyring is available here, so a passphrase of at least "
                                 "%1 characters protects the encrypted database.")
                         .replace("%1", str(MIN_PASSPHRASE)))
        self.error = QLabel(self, objectName="newPassphraseError", wordWrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("Passphrase:"), wizard.passphrase)
        form.addRow(self.tr("Repeat:"), wizard.confirm)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        problem = check_new_passphrase(self._w.passphrase.text(), self._w.confirm.text())
        self.error.setText(problem)
        return not problem
