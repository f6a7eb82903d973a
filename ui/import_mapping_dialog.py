"""The header-mapping step: the officer picks the file kind and assigns each documented column
to one of the file's columns, with a preview of the first rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.importer.columns import KINDS
from ui import i18n
from ui.import_mapping import Mapping, SheetInfo, missing

_ROOT = QModelIndex()


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, read-only, under its own header."""

    def __init__(self, info: SheetInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._header, self._rows = info.header, info.preview

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._header):
            return self._header[section]
        return str(section + 2) if orientation == Qt.Orientation.Vertical else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""


class MappingDialog(QDialog):
    def __init__(self, info: SheetInfo, suggested: Mapping | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setAccessibleName(self.tr("Assign columns"))
        self.setWindowTitle(self.tr("Assign columns: %1").replace("%1", info.label))
        self.info = info
        zh = i18n.is_chinese()
        intro = QLabel(self.tr("The headers of this file do not match the documented import "
                               "format. Choose what the file holds and which of its columns "
                               "carries each field. Required fields are marked *. The "
                               "assignment is remembered for files with the same headers."),
                       self, wordWrap=True)
        self.kind_box = QComboBox(self, objectName="mappingKindCombo")
        self.kind_box.setAccessibleName(self.tr("File kind"))
        for kind in KINDS.values():
            self.kind_box.addItem(kind.zh if zh else kind.en, kind.key)
        preview = QTableView(self, objectName="mappingPreview")
        preview.setAccessibleName(self.tr("Preview of the first rows"))
        preview.setModel(PreviewModel(info, preview))
        preview.setMaximumHeight(170)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self, widgetResizable=True)
        scroll.setWidget(self.form_host)
        self.problem = QLabel(self, objectName="mappingProblem", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("mappingOkButton")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Use mapping"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("mappingCancelButton")
        cancel.setAccessibleName(self.tr("Cancel the import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        kind_row = QFormLayout()
        kind_row.addRow(self.tr("This file holds:"), self.kind_box)
        layout.addLayout(kind_row)
        layout.addWidget(preview)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.combos: dict[str, QComboBox] = {}
        start = suggested.kind if suggested else (info.kind.key if info.kind else "borrowers")
        self.kind_box.setCurrentIndex(self.kind_box.findData(start))
        self._build(suggested.columns if suggested else info.found)
        self.kind_box.currentIndexChanged.connect(lambda _: self._build({}))
        self.resize(760, 640)

    def _build(self, chosen: dict[str, int]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        kind = KINDS[self.kind_box.currentData()]
        zh = i18n.is_chinese()
        for column in kind.columns:
            combo = QComboBox(self.form_host, objectName=f"mapColumn_{column.key}")
            combo.setAccessibleName(column.zh if zh else column.en)
            combo.addItem(self.tr("(not in this file)"), -1)
            for n, text in enumerate(self.info.header):
                combo.addItem(text or self.tr("column %1").replace("%1", str(n + 1)), n)
            combo.setCurrentIndex(combo.findData(chosen.get(column.key, -1)))
            label = (column.zh if zh else column.en) + (" *" if column.required else "")
            self.form.addRow(label, combo)
            self.combos[column.key] = combo

    def mapping(self) -> Mapping:
        columns = {k: int(c.currentData()) for k, c in self.combos.items() if c.currentData() >= 0}
        return Mapping(str(self.kind_box.currentData()), columns)

    def accept(self) -> None:
        mapping = self.mapping()
        lacking = missing(mapping)
        used = list(mapping.columns.values())
        if lacking:
            kind = KINDS[mapping.kind]
            names = ", ".join(kind.column(k).zh if i18n.is_chinese() else kind.column(k).en
                              for k in lacking)
            self.problem.setText(self.tr("Assign the required fields: %1").replace("%1", names))
            return
        if len(used) != len(set(used)):
            self.problem.setText(self.tr("Each column of the file can carry one field only."))
            return
        super().accept()
