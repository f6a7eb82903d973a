"""Small builders the panes share, so every widget gets its objectName and accessible name."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ui.detail.table_model import ID_ROLE, SORT_ROLE, RowsModel


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def value_label(name: str, accessible: str, *, align_right: bool = False) -> QLabel:
    """A read-only value the officer can select and copy, and a screen reader can name."""
    label = QLabel()
    named(label, name, accessible)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if align_right:
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


def sorting_proxy(model: RowsModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def make_table(model: RowsModel, name: str, accessible: str,
               proxy: QSortFilterProxyModel | None = None) -> QTableView:
    """A sortable, single-row-select table view over ``model``."""
    view = QTableView()
    named(view, name, accessible)
    view.setModel(proxy if proxy is not None else sorting_proxy(model))
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return view


def selected_id(view: QTableView) -> int | None:
    """The row id (ID_ROLE) of the selected row, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    value = rows[0].data(ID_ROLE)
    return int(value) if value is not None else None
