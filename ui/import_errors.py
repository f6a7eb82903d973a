"""The per-row error report of an import: a sortable table model, savable as CSV."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.importer.errors import RowError

FILE, ROW, COLUMN, VALUE, REASON = range(5)
COUNT = 5
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the error's position in the original report
HEADERS = (
    QT_TRANSLATE_NOOP("ImportErrors", "File"),
    QT_TRANSLATE_NOOP("ImportErrors", "Row"),
    QT_TRANSLATE_NOOP("ImportErrors", "Column"),
    QT_TRANSLATE_NOOP("ImportErrors", "Value"),
    QT_TRANSLATE_NOOP("ImportErrors", "Reason"),
)
_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


def _raw(error: RowError, col: int) -> Any:
    return (error.file, error.row, error.column, error.value, error.reason)[col]


class ImportErrorModel(QAbstractTableModel):
    def __init__(self, errors: list[RowError] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._errors: list[tuple[int, RowError]] = list(enumerate(errors or []))

    def set_errors(self, errors: list[RowError]) -> None:
        self.beginResetModel()
        self._errors = list(enumerate(errors))
        self.endResetModel()

    def errors(self) -> list[RowError]:
        return [e for _, e in self._errors]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < COUNT):
            return QCoreApplication.translate("ImportErrors", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._errors):
            return None
        position, error = self._errors[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = _raw(error, col)
            return ("" if value == 0 else str(value)) if col == ROW else str(value)
        if role == SORT_ROLE:
            return _raw(error, col)
        if role == ID_ROLE:
            return position
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old = [pair[0] for pair in self._errors]
        self._errors.sort(key=lambda pair: (_raw(pair[1], column), pair[0]),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        new_row = {position: n for n, (position, _) in enumerate(self._errors)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(new_row[old[p.row()]], p.column()) for p in persistent])
        self.layoutChanged.emit()

    def save_csv(self, path: Path) -> None:
        """UTF-8 with BOM so Excel opens the Chinese text correctly."""
        with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([self.headerData(c, Qt.Orientation.Horizontal) for c in range(COUNT)]
                            + ["code"])
            for _, e in self._errors:
                writer.writerow([e.file, e.row, e.column, e.value, e.reason, e.code])
