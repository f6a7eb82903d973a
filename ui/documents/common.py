"""Small helpers shared by the document dialogs: names, labels, money, problem lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QWidget

CTX = "Documents"


def tr(text: str) -> str:
    """Translate a module-level constant in the shared ``Documents`` context."""
    return QCoreApplication.translate(CTX, text)


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


# Codes the services accept, with source strings translated in the "Documents" context.
LETTER_KINDS = (("reminder", "Payment reminder"), ("demand", "Formal demand"),
                ("final", "Final demand before legal action"),
                ("guarantor", "Demand to guarantor"), ("lawyer", "Law-firm letter"))
LANGUAGES = (("zh", "Chinese"), ("en", "English"))
METHODS = (("ems", "EMS"), ("registered_mail", "Registered mail"), ("courier", "Courier"),
           ("in_person", "In person"), ("email", "E-mail"))
OUTCOMES = (("signed", "Signed for"), ("refused", "Refused"), ("returned", "Returned"),
            ("pending", "Pending"))
EVIDENCE = (("", "No evidence"), ("signed_receipt", "Signed receipt (回执)"),
            ("postal_pod", "Postal proof of delivery"),
            ("e_delivery_log", "E-delivery log"), ("notarised", "Notarised service"),
            ("public_notice", "Public notice"), ("waybill", "Waybill only"),
            ("photo", "Photo"), ("other", "Other"))
METHODS_CALC = (("annuity", "Equal instalments (等额本息)"),
                ("equal-principal", "Equal principal (等额本金)"),
                ("interest-only", "Interest only, balloon at the end"))
TREATMENTS = (("capitalise", "Capitalise arrears"), ("carry_forward", "Carry arrears forward"),
              ("waive_conditional", "Waive penalty conditionally"))
STATUSES = (("draft", "Draft"), ("proposed", "Proposed"), ("signed", "Signed"),
            ("active", "Active"), ("cancelled", "Cancelled"))


def fill_combo(combo: QComboBox, pairs: tuple[tuple[str, str], ...]) -> QComboBox:
    for code, text in pairs:
        combo.addItem(tr(text), code)
    return combo


def label_of(pairs: tuple[tuple[str, str], ...], code: str) -> str:
    return next((tr(text) for c, text in pairs if c == code), code)


def select_code(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def money(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_text(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else "—"


def problem_list(name: str, accessible: str) -> QListWidget:
    """A red-bordered list for refusal reasons; hidden until it has something to say."""
    widget = QListWidget()
    named(widget, name, accessible)
    widget.setWordWrap(True)
    widget.setStyleSheet("QListWidget { border: 2px solid #c62828; background: #fff5f5; }")
    widget.setVisible(False)
    return widget


def show_problems(widget: QListWidget, problems: list[str]) -> None:
    widget.clear()
    widget.addItems([f"✗ {p}" for p in problems])
    widget.setVisible(bool(problems))


def status_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    named(label, name, accessible)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def split_problems(message: str) -> list[str]:
    """Service errors join several problems with '; '."""
    return [p.strip() for p in str(message).split("; ") if p.strip()]
