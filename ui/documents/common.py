"""Small helpers shared by the document dialogs: names, labels, money, problem lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QWidget

from desktop_app.compliance import details
from ui.documents.wrapped_list import WrappedList

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


REFUSAL_STYLE = "QListWidget { border: 2px solid #c62828; background: #fff5f5; }"
WARNING_STYLE = "QListWidget { border: 2px solid #b26a00; background: #fff8e6; }"


def problem_list(name: str, accessible: str) -> QListWidget:
    """A red-bordered list for refusal reasons, each shown whole (wrapped, never elided);
    hidden until it has something to say."""
    widget = WrappedList()
    named(widget, name, accessible)
    widget.setStyleSheet(REFUSAL_STYLE)
    widget.setVisible(False)
    return widget


RULE_TITLES: dict[str, str] = {
    "DOC-CN-1": QT_TRANSLATE_NOOP("Documents", "A required element of the document is missing"),
    "DOC-CN-2": QT_TRANSLATE_NOOP("Documents", "An amount in words does not match its figures"),
    "DOC-CN-3": QT_TRANSLATE_NOOP("Documents", "The amounts do not add up or the dates are out of order"),
    "DOC-CN-4": QT_TRANSLATE_NOOP("Documents", "The demanded interest, penalties and fees exceed a cap"),
    "DOC-CN-5": QT_TRANSLATE_NOOP("Documents", "Unusual penalty interest rate"),
    "LPR-TABLE": QT_TRANSLATE_NOOP("Documents", "The LPR table may be out of date"),
    "DOC-CN-6": QT_TRANSLATE_NOOP("Documents", "A lawyer's letter needs a licensed law firm and lawyer"),
    "DOC-CN-7": QT_TRANSLATE_NOOP("Documents", "Court or police wording is not allowed"),
    "DOC-CN-8": QT_TRANSLATE_NOOP("Documents", "A delivery is recorded once, with its method, dates and evidence"),
    "CN-SCR1": QT_TRANSLATE_NOOP("Documents", "Banned wording"),
    "CN-PAY1": QT_TRANSLATE_NOOP("Documents", "Only the lender's designated account may be named"),
    "CN-FEE1": QT_TRANSLATE_NOOP("Documents", "No collection fee may be demanded"),
    "PII-1": QT_TRANSLATE_NOOP("Documents", "Identity numbers of individuals must be masked"),
    "LIM-CN-2": QT_TRANSLATE_NOOP("Documents", "The guarantee period does not allow this demand"),
    "AGR-CN-1": QT_TRANSLATE_NOOP("Documents", "Every guarantor must consent and get a new guarantee period"),
    "AGR-CN-2": QT_TRANSLATE_NOOP("Documents", "The guarantee clause needs joint liability and an explicit period"),
    "AGR-CN-3": QT_TRANSLATE_NOOP("Documents", "A corporate guarantor needs a board or shareholders' resolution"),
    "AGR-CN-4": QT_TRANSLATE_NOOP("Documents", "Borrowing new to repay old needs the same guarantors or their acknowledgement"),
    "AGR-CN-5": QT_TRANSLATE_NOOP("Documents", "Extension limits"),
    "AGR-CN-6": QT_TRANSLATE_NOOP("Documents", "The repayment schedule does not reconcile"),
    "AGR-CN-7": QT_TRANSLATE_NOOP("Documents", "Choose exactly one dispute forum"),
    "AGR-CN-8": QT_TRANSLATE_NOOP("Documents", "A required clause is missing"),
    "AGR-CN-9": QT_TRANSLATE_NOOP("Documents", "A conditional waiver needs a reinstatement clause"),
    "AGR-CN-11": QT_TRANSLATE_NOOP("Documents", "A case has one restructuring plan under way at a time"),
}
"""What each refusal rule means, shown in the UI language before the checker's detail."""


def _shown(name: str, value: str) -> str:
    """A value of a detail as shown: field, clause and status names in the UI language."""
    if name == "field" and (found := details.field_label(value)):
        label, values = found
        return _format(QCoreApplication.translate(details.CONTEXT, label), label, values)
    if name == "clause" and value in details.CLAUSES:
        return QCoreApplication.translate(details.CONTEXT, details.CLAUSES[value])
    if name == "status" and value in details.STATUSES:
        return QCoreApplication.translate(details.CONTEXT, details.STATUSES[value])
    return value


def _format(text: str, source: str, values: dict[str, str]) -> str:
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {place}
        return source.format(**values)


def detail_text(problem: str) -> str | None:
    """The detail after the rule code in the UI language, or ``None`` when the problem is
    not one of :mod:`desktop_app.compliance.details`' templates."""
    found = details.parse(problem)
    if found is None:
        return None
    _, detail, values = found
    shown = {k: _shown(k, v) for k, v in values.items()}
    return _format(QCoreApplication.translate(details.CONTEXT, detail.text), detail.text, shown)


def explain(problem: str) -> str:
    """A refusal reason in the UI language: the rule's meaning, its code, then the detail
    (as the checker wrote it when it is not a known template)."""
    rule = problem.split(":", 1)[0].strip()
    title = RULE_TITLES.get(rule)
    shown = detail_text(problem)
    text = f"{rule}: {shown}" if shown is not None else problem
    return f"{tr(title)} — {text}" if title else text


def show_problems(widget: QListWidget, problems: list[str], mark: str = "✗") -> None:
    """Refusal reasons (✗), or with ``mark="⚠"`` what to check in a produced document."""
    widget.clear()
    widget.setStyleSheet(REFUSAL_STYLE if mark == "✗" else WARNING_STYLE)
    widget.addItems([f"{mark} {explain(p)}" for p in problems])
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
