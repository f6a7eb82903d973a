"""Display labels for the codes the call service returns (context ``CallLabels``).

Codes are marked with ``QT_TRANSLATE_NOOP`` (a literal context, so lupdate collects them); :func:`label`
translates at display time. Script text itself is bilingual data, picked by :func:`lang`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

CTX = "CallLabels"

PURPOSES = {
    "collect": QT_TRANSLATE_NOOP("CallLabels", "Collect payment"),
    "locate": QT_TRANSLATE_NOOP("CallLabels", "Locate the debtor"),
    "relay_message": QT_TRANSLATE_NOOP("CallLabels", "Relay a message"),
}
ROLES = {
    "debtor": QT_TRANSLATE_NOOP("CallLabels", "Borrower"),
    "borrower": QT_TRANSLATE_NOOP("CallLabels", "Borrower"),
    "guarantor": QT_TRANSLATE_NOOP("CallLabels", "Guarantor"),
    "legal_rep": QT_TRANSLATE_NOOP("CallLabels", "Legal representative"),
    "actual_controller": QT_TRANSLATE_NOOP("CallLabels", "Actual controller"),
    "finance_manager": QT_TRANSLATE_NOOP("CallLabels", "Finance manager"),
    "finance_contact": QT_TRANSLATE_NOOP("CallLabels", "Finance contact"),
    "nominated_contact": QT_TRANSLATE_NOOP("CallLabels", "Nominated contact"),
    "related_3p": QT_TRANSLATE_NOOP("CallLabels", "Related third party"),
    "unrelated_3p": QT_TRANSLATE_NOOP("CallLabels", "Unrelated third party"),
    "third_party": QT_TRANSLATE_NOOP("CallLabels", "Third party"),
    "attorney": QT_TRANSLATE_NOOP("CallLabels", "Attorney"),
}
KINDS = {
    "natural": QT_TRANSLATE_NOOP("CallLabels", "Person"),
    "entity": QT_TRANSLATE_NOOP("CallLabels", "Company"),
}
OUTCOMES = {
    "right_party_contact": QT_TRANSLATE_NOOP("CallLabels", "Reached the right party"),
    "promise_to_pay": QT_TRANSLATE_NOOP("CallLabels", "Promise to pay"),
    "partial_payment_arranged": QT_TRANSLATE_NOOP("CallLabels", "Part payment arranged"),
    "refused": QT_TRANSLATE_NOOP("CallLabels", "Refused to pay"),
    "dispute_raised": QT_TRANSLATE_NOOP("CallLabels", "Dispute raised"),
    "hardship_restructure_requested": QT_TRANSLATE_NOOP("CallLabels", "Hardship: restructure requested"),
    "third_party_reached": QT_TRANSLATE_NOOP("CallLabels", "Third party reached"),
    "wrong_number": QT_TRANSLATE_NOOP("CallLabels", "Wrong number"),
    "no_answer": QT_TRANSLATE_NOOP("CallLabels", "No answer"),
    "busy": QT_TRANSLATE_NOOP("CallLabels", "Line busy"),
    "left_message": QT_TRANSLATE_NOOP("CallLabels", "Left a message"),
    "call_back_requested": QT_TRANSLATE_NOOP("CallLabels", "Call back requested"),
}
NEXT_ACTIONS = {
    "follow_up_call": QT_TRANSLATE_NOOP("CallLabels", "Follow-up call"),
    "check_promise": QT_TRANSLATE_NOOP("CallLabels", "Check the promised payment"),
    "check_payment": QT_TRANSLATE_NOOP("CallLabels", "Check the part payment"),
    "supervisor_review": QT_TRANSLATE_NOOP("CallLabels", "Supervisor review"),
    "review_dispute": QT_TRANSLATE_NOOP("CallLabels", "Review the dispute"),
    "restructure_review": QT_TRANSLATE_NOOP("CallLabels", "Restructuring review"),
    "retry_contact": QT_TRANSLATE_NOOP("CallLabels", "Try to reach the party again"),
    "verify_number": QT_TRANSLATE_NOOP("CallLabels", "Verify the phone number"),
    "retry_call": QT_TRANSLATE_NOOP("CallLabels", "Call again"),
    "call_back": QT_TRANSLATE_NOOP("CallLabels", "Call back as agreed"),
}
VERDICTS = {
    "allow": QT_TRANSLATE_NOOP("CallLabels", "Contact allowed"),
    "warn": QT_TRANSLATE_NOOP("CallLabels", "Contact allowed, with warnings"),
    "block": QT_TRANSLATE_NOOP("CallLabels", "Contact blocked"),
}
ACTIONS = {
    "block": QT_TRANSLATE_NOOP("CallLabels", "Block"),
    "warn": QT_TRANSLATE_NOOP("CallLabels", "Warning"),
    "require": QT_TRANSLATE_NOOP("CallLabels", "Required"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of ``code``; an unknown code is shown as it is."""
    if not code:
        return ""
    text = table.get(code)
    return QCoreApplication.translate(CTX, text) if text else code


def lang() -> str:
    """``zh`` or ``en``: which half of bilingual data (scripts, rule messages) to show."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def bilingual(zh: str, en: str) -> str:
    return zh if lang() == "zh" else en


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    """Give ``widget`` its objectName and accessible name (house style 18)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def bind(button: QAbstractButton, keys: QKeySequence | str) -> QShortcut:
    """A window-wide shortcut that clicks ``button`` (when it is enabled and shown)."""
    shortcut = QShortcut(QKeySequence(keys), button)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(
        lambda: button.click() if button.isEnabled() and button.isVisible() else None)
    return shortcut


def mmss(seconds: int) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    return f"{minutes:02d}:{secs:02d}"
