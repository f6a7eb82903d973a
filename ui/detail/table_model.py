"""The read-only table model every detail list builds on: named columns, sort and id roles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows are frozen dataclasses (or dicts) from a service; subclasses say how to show them.

    Subclasses set ``COLUMNS`` (a tuple of column names, with module constants for their
    positions) and implement ``header``, ``display`` and ``row_id``; ``sort_value``,
    ``code`` and ``decorate`` are optional.
    """

    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, col)
        if role == SORT_ROLE:
            return self.sort_value(row, col)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == CODE_ROLE:
            return self.code(row, col)
        return self.decorate(row, col, role)

    # for subclasses
    def header(self, col: int) -> str:
        return self.COLUMNS[col]

    def display(self, row: Any, col: int) -> str:
        raise NotImplementedError

    def row_id(self, row: Any) -> int:
        raise NotImplementedError

    def sort_value(self, row: Any, col: int) -> Any:
        return self.display(row, col)

    def code(self, row: Any, col: int) -> Any:
        return None

    def decorate(self, row: Any, col: int, role: int) -> Any:
        return None


def right_aligned() -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
