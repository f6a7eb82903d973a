"""Saved views on the left: a list model of worklist filters with their counts.

Group headings ("By bucket", "By stage") are not selectable; counts come from
``worklist.view_counts`` (computed in the background by the window).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_app.services.worklist import STAGES, WorklistFilter
from ui import i18n
from ui.worklist import columns as C

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
CTX = "SavedViews"
_ROOT = QModelIndex()
BUCKETS = ("M0", "M1", "M2", "M3", "M4", "M5", "M6", "M7+")
TITLES = {
    "today": QT_TRANSLATE_NOOP("SavedViews", "Today's worklist"),
    "promises_today": QT_TRANSLATE_NOOP("SavedViews", "Promises due today"),
    "broken": QT_TRANSLATE_NOOP("SavedViews", "Broken promises"),
    "new_week": QT_TRANSLATE_NOOP("SavedViews", "New this week"),
    "deadlines_90": QT_TRANSLATE_NOOP("SavedViews", "Deadlines in 90 days"),
    "all": QT_TRANSLATE_NOOP("SavedViews", "All open cases"),
    "heading:bucket": QT_TRANSLATE_NOOP("SavedViews", "By bucket"),
    "heading:stage": QT_TRANSLATE_NOOP("SavedViews", "By stage"),
}


@dataclass(frozen=True)
class Entry:
    key: str  # 'today', 'bucket:M3', 'stage:late', 'heading:bucket'
    indent: bool = False

    @property
    def heading(self) -> bool:
        return self.key.startswith("heading:")

    def filter(self) -> WorklistFilter:
        kind, _, value = self.key.partition(":")
        if kind == "bucket":
            return WorklistFilter(bucket=value)
        if kind == "stage":
            return WorklistFilter(stage=value)
        return WorklistFilter(view=self.key)

    def title(self) -> str:
        kind, _, value = self.key.partition(":")
        if kind == "bucket":
            return value
        if kind == "stage":
            return C.label(value)
        return QCoreApplication.translate(CTX, TITLES[self.key])


ENTRIES = (
    Entry("today"), Entry("promises_today"), Entry("broken"), Entry("new_week"),
    Entry("deadlines_90"), Entry("all"), Entry("heading:bucket"),
    *(Entry(f"bucket:{b}", True) for b in BUCKETS), Entry("heading:stage"),
    *(Entry(f"stage:{s}", True) for s in STAGES),
)


class SavedViewsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(ENTRIES)

    def entry(self, row: int) -> Entry:
        return ENTRIES[row]

    def row_of(self, key: str) -> int:
        return next((n for n, e in enumerate(ENTRIES) if e.key == key), -1)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self.dataChanged.emit(self.index(0), self.index(len(ENTRIES) - 1),
                              [Qt.ItemDataRole.DisplayRole, COUNT_ROLE])

    def count(self, key: str) -> int | None:
        return self._counts.get(key)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if ENTRIES[index.row()].heading:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(ENTRIES):
            return None
        entry = ENTRIES[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = self._counts.get(entry.key)
            text = ("    " if entry.indent else "") + entry.title()
            return (text if entry.heading or count is None
                    else f"{text}  ({i18n.format_count(count)})")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return entry.title()
        if role == KEY_ROLE:
            return entry.key
        if role == COUNT_ROLE:
            return self._counts.get(entry.key)
        if role == Qt.ItemDataRole.FontRole and entry.heading:
            return self._bold
        return None
