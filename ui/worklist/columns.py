"""Worklist columns: named constants, headers, the service sort key per column, and the
display labels of coded values (kept translatable with QT_TRANSLATE_NOOP)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

(PRIORITY, BORROWER, BORROWER_KIND, CONTRACT, OVERDUE_DAYS, BUCKET, FIVE_TIER, OVERDUE_AMOUNT,
 OUTSTANDING, LAST_CONTACT, NEXT_ACTION, PROMISE, STAGE, DEADLINE) = range(14)
COUNT = 14

CTX = "Worklist"
HEADERS = {
    PRIORITY: QT_TRANSLATE_NOOP("Worklist", "Priority"),
    BORROWER: QT_TRANSLATE_NOOP("Worklist", "Borrower"),
    BORROWER_KIND: QT_TRANSLATE_NOOP("Worklist", "Kind"),
    CONTRACT: QT_TRANSLATE_NOOP("Worklist", "Main contract"),
    OVERDUE_DAYS: QT_TRANSLATE_NOOP("Worklist", "Days overdue"),
    BUCKET: QT_TRANSLATE_NOOP("Worklist", "Bucket"),
    FIVE_TIER: QT_TRANSLATE_NOOP("Worklist", "Five-tier class"),
    OVERDUE_AMOUNT: QT_TRANSLATE_NOOP("Worklist", "Overdue amount"),
    OUTSTANDING: QT_TRANSLATE_NOOP("Worklist", "Outstanding"),
    LAST_CONTACT: QT_TRANSLATE_NOOP("Worklist", "Last contact"),
    NEXT_ACTION: QT_TRANSLATE_NOOP("Worklist", "Next action"),
    PROMISE: QT_TRANSLATE_NOOP("Worklist", "Promise"),
    STAGE: QT_TRANSLATE_NOOP("Worklist", "Stage"),
    DEADLINE: QT_TRANSLATE_NOOP("Worklist", "Deadline at risk"),
}

# Column -> the worklist service's SQL sort key; None: not sortable in SQL.
SORT_KEYS: dict[int, str | None] = {
    PRIORITY: "priority", BORROWER: "borrower", BORROWER_KIND: None, CONTRACT: None,
    OVERDUE_DAYS: "overdue_days", BUCKET: "overdue_days", FIVE_TIER: "overdue_days",
    OVERDUE_AMOUNT: "overdue_amount", OUTSTANDING: "outstanding", LAST_CONTACT: "last_contact",
    NEXT_ACTION: "next_action", PROMISE: None, STAGE: "stage", DEADLINE: "deadline",
}
NUMERIC = frozenset({PRIORITY, OVERDUE_DAYS, OVERDUE_AMOUNT, OUTSTANDING})
DEFAULT_HIDDEN = frozenset({BORROWER_KIND, OUTSTANDING})

LABELS = {
    "entity": QT_TRANSLATE_NOOP("Worklist", "Enterprise"),
    "natural": QT_TRANSLATE_NOOP("Worklist", "Individual"),
    "normal": QT_TRANSLATE_NOOP("Worklist", "Normal"),
    "special_mention": QT_TRANSLATE_NOOP("Worklist", "Special mention"),
    "substandard": QT_TRANSLATE_NOOP("Worklist", "Substandard"),
    "doubtful": QT_TRANSLATE_NOOP("Worklist", "Doubtful"),
    "loss": QT_TRANSLATE_NOOP("Worklist", "Loss"),
    "open": QT_TRANSLATE_NOOP("Worklist", "Open"),
    "kept": QT_TRANSLATE_NOOP("Worklist", "Kept"),
    "partial": QT_TRANSLATE_NOOP("Worklist", "Partly kept"),
    "broken": QT_TRANSLATE_NOOP("Worklist", "Broken"),
    "cancelled": QT_TRANSLATE_NOOP("Worklist", "Cancelled"),
    "early": QT_TRANSLATE_NOOP("Worklist", "Early"),
    "middle": QT_TRANSLATE_NOOP("Worklist", "Middle"),
    "late": QT_TRANSLATE_NOOP("Worklist", "Late"),
    "legal": QT_TRANSLATE_NOOP("Worklist", "Legal"),
    "limitation": QT_TRANSLATE_NOOP("Worklist", "Limitation"),
    "guarantee": QT_TRANSLATE_NOOP("Worklist", "Guarantee period"),
}


def header(column: int) -> str:
    return QCoreApplication.translate(CTX, HEADERS[column])


def label(code: str) -> str:
    """Translated label of a coded value; unknown codes are shown as stored."""
    return QCoreApplication.translate(CTX, LABELS[code]) if code in LABELS else code
