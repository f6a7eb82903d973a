"""Small helpers shared by the document dialogs: names, labels, money, problem lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QWidget

CTX = "Documents"


def tr(text: str) -> str:
    """Translate a module-level constant in the shared ``Documents`` context."""
    return QCoreApplication.translate(CTX, text)


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


# Codes the services accept; the labels are marked with ``QT_TRANSLATE_NOOP`` so lupdate
# collects them into the shared "Documents" context, and ``tr`` translates them at display time.
LETTER_KINDS = (
    ("reminder", QT_TRANSLATE_NOOP("Documents", "Payment reminder")),
    ("demand", QT_TRANSLATE_NOOP("Documents", "Formal demand")),
    ("final", QT_TRANSLATE_NOOP("Documents", "Final demand before legal action")),
    ("guarantor", QT_TRANSLATE_NOOP("Documents", "Demand to guarantor")),
    ("lawyer", QT_TRANSLATE_NOOP("Documents", "Law-firm letter")),
)
LANGUAGES = (
    ("zh", QT_TRANSLATE_NOOP("Documents", "Chinese")),
    ("en", QT_TRANSLATE_NOOP("Documents", "English")),
)
METHODS = (
    ("ems", QT_TRANSLATE_NOOP("Documents", "EMS")),
    ("registered_mail", QT_TRANSLATE_NOOP("Documents", "Registered mail")),
    ("courier", QT_TRANSLATE_NOOP("Documents", "Courier")),
    ("in_person", QT_TRANSLATE_NOOP("Documents", "In person")),
    ("email", QT_TRANSLATE_NOOP("Documents", "E-mail")),
)
OUTCOMES = (
    ("signed", QT_TRANSLATE_NOOP("Documents", "Signed for")),
    ("refused", QT_TRANSLATE_NOOP("Documents", "Refused")),
    ("returned", QT_TRANSLATE_NOOP("Documents", "Returned")),
    ("pending", QT_TRANSLATE_NOOP("Documents", "Pending")),
)
EVIDENCE = (
    ("", QT_TRANSLATE_NOOP("Documents", "No evidence")),
    ("signed_receipt", QT_TRANSLATE_NOOP("Documents", "Signed receipt (回执)")),
    ("postal_pod", QT_TRANSLATE_NOOP("Documents", "Postal proof of delivery")),
    ("e_delivery_log", QT_TRANSLATE_NOOP("Documents", "E-delivery log")),
    ("notarised", QT_TRANSLATE_NOOP("Documents", "Notarised service")),
    ("public_notice", QT_TRANSLATE_NOOP("Documents", "Public notice")),
    ("waybill", QT_TRANSLATE_NOOP("Documents", "Waybill only")),
    ("photo", QT_TRANSLATE_NOOP("Documents", "Photo")),
    ("other", QT_TRANSLATE_NOOP("Documents", "Other")),
)
METHODS_CALC = (
    ("annuity", QT_TRANSLATE_NOOP("Documents", "Equal instalments (等额本息)")),
    ("equal-principal", QT_TRANSLATE_NOOP("Documents", "Equal principal (等额本金)")),
    ("interest-only", QT_TRANSLATE_NOOP("Documents", "Interest only, balloon at the end")),
)
TREATMENTS = (
    ("capitalise", QT_TRANSLATE_NOOP("Documents", "Capitalise arrears")),
    ("carry_forward", QT_TRANSLATE_NOOP("Documents", "Carry arrears forward")),
    ("waive_conditional", QT_TRANSLATE_NOOP("Documents", "Waive penalty conditionally")),
)
STATUSES = (
    ("draft", QT_TRANSLATE_NOOP("Documents", "Draft")),
    ("proposed", QT_TRANSLATE_NOOP("Documents", "Proposed")),
    ("signed", QT_TRANSLATE_NOOP("Documents", "Signed")),
    ("active", QT_TRANSLATE_NOOP("Documents", "Active")),
    ("cancelled", QT_TRANSLATE_NOOP("Documents", "Cancelled")),
)


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
