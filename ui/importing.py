"""File → Import: choose files, assign columns where headers do not match, run the importer in
the background with progress, and show the per-row error report (sortable, savable)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.importer.run import ImportResult, run_import
from ui import import_mapping as mapping_io
from ui.background import Operation
from ui.errors import excepthook
from ui.import_errors import ImportErrorModel
from ui.import_mapping import Mapping, SheetInfo
from ui.import_mapping_dialog import MappingDialog
from ui.settings import UiSettings

AskMapping = Callable[[SheetInfo, Mapping | None], Mapping | None]


def _named(widget: Any, name: str, accessible: str) -> Any:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class ImportDialog(QDialog):
    import_finished = Signal(object)  # ImportResult

    def __init__(self, ctx: Any, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setAccessibleName(self.tr("Import portfolio files"))
        self.setWindowTitle(self.tr("Import portfolio files"))
        self.ctx, self.settings = ctx, settings
        self.ask_mapping: AskMapping = self._ask_mapping_dialog
        self.files: list[Path] = []
        self.result: ImportResult | None = None
        self.operation: Operation | None = None
        self._temp: Path | None = None  # mapped copies of the current run
        self._files_model = QStringListModel(self)
        self.file_list = _named(QListView(self), "importFileList", self.tr("Files to import"))
        self.file_list.setModel(self._files_model)
        self.file_list.setMaximumHeight(110)
        self.add_button = _named(QPushButton(self.tr("Add files…")), "addFilesButton",
                                 self.tr("Add files"))
        self.skip_invalid = _named(QCheckBox(self.tr("Import the valid rows and set the rejected "
                                                     "rows aside")), "skipInvalidCheck",
                                   self.tr("Skip invalid rows"))
        self.import_button = _named(QPushButton(self.tr("Import")), "startImportButton",
                                    self.tr("Start import"))
        self.import_button.setDefault(True)
        self.status = _named(QLabel(self, wordWrap=True), "importStatus", self.tr("Import status"))
        self.errors = ImportErrorModel(parent=self)
        self.error_table = _named(QTableView(self), "importErrorTable", self.tr("Import errors"))
        self.error_table.setModel(self.errors)
        self.error_table.setSortingEnabled(True)
        self.error_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.error_table.horizontalHeader().setStretchLastSection(True)
        self.error_table.hide()
        self.save_button = _named(QPushButton(self.tr("Save report…")), "saveReportButton",
                                  self.tr("Save error report"))
        self.save_button.setEnabled(False)
        self.close_button = _named(QPushButton(self.tr("Close")), "closeImportButton",
                                   self.tr("Close"))
        self._layout()
        self.add_button.clicked.connect(self._choose_files)
        self.import_button.clicked.connect(self.start_import)
        self.save_button.clicked.connect(self._save_report)
        self.close_button.clicked.connect(self.reject)
        self.resize(860, 560)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_list, 1)
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addStretch(1)
        top.addLayout(side)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("CSV or XLSX files in the documented format (borrowers, "
                                        "parties, loans, guarantees, collateral, instalments, "
                                        "payments)."), self, wordWrap=True))
        layout.addLayout(top)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.status)
        layout.addWidget(self.error_table, 1)
        layout.addLayout(bottom)

    # -- behaviour -----------------------------------------------------------------------
    def set_files(self, paths: list[Path]) -> None:
        self.files = [Path(p) for p in paths]
        self._files_model.setStringList([str(p) for p in self.files])

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose files to import"), "",
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)"))
        if names:
            self.set_files(self.files + [Path(n) for n in names])

    def prepared_files(self) -> list[Path] | None:
        """Files to hand the importer: mapped copies where needed; None if cancelled."""
        out: list[Path] = []
        for path in self.files:
            infos = mapping_io.inspect(path)
            chosen: dict[str | None, Mapping] = {}
            for info in (i for i in infos if i.needs_mapping):
                mapping = self._mapping_for(info)
                if mapping is None:
                    return None
                chosen[info.sheet_name] = mapping
            if chosen:
                if self._temp is None:
                    self._temp = Path(tempfile.mkdtemp(prefix="collection-desk-import-"))
                folder = self._temp / str(len(out))
                out.append(mapping_io.apply(path, chosen, folder))
            else:
                out.append(path)
        return out

    def _mapping_for(self, info: SheetInfo) -> Mapping | None:
        saved = self.settings.import_mapping(info.signature)
        remembered = Mapping.from_settings(saved, info.header) if saved else None
        if remembered is not None and not mapping_io.missing(remembered):
            return remembered
        mapping = self.ask_mapping(info, remembered)
        if mapping is not None:
            self.settings.set_import_mapping(info.signature, mapping.as_settings(info.header))
        return mapping

    def _ask_mapping_dialog(self, info: SheetInfo, suggested: Mapping | None) -> Mapping | None:
        dialog = MappingDialog(info, suggested, self)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def start_import(self) -> None:
        if not self.files:
            self.status.setText(self.tr("Add at least one file."))
            return
        files = self.prepared_files()
        if files is None:
            self._drop_temp()
            self.status.setText(self.tr("Import cancelled: the columns were not assigned."))
            return
        skip = self.skip_invalid.isChecked()
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        self.operation = Operation(
            lambda progress, cancelled: run_import(self.ctx, files, skip_invalid=skip,
                                                   progress=progress, cancelled=cancelled),
            parent=self, label=self.tr("Importing portfolio files…"),
            on_done=self._finished, on_error=self._failed)
        self.operation.start()

    def _drop_temp(self) -> None:
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    def _finished(self, result: ImportResult) -> None:
        self._drop_temp()
        self.result = result
        self.import_button.setEnabled(True)
        self.errors.set_errors(list(result.errors))
        self.error_table.setVisible(bool(result.errors))
        self.save_button.setEnabled(bool(result.errors))
        self.error_table.resizeColumnsToContents()
        if result.cancelled:
            text = self.tr("Import cancelled; nothing was written.")
        elif result.written and not result.errors:
            text = self.tr("Imported %1 rows; %2 cases updated.").replace(
                "%1", str(result.rows)).replace(
                "%2", str(len(result.report.case_ids) if result.report else 0))
        elif result.written:
            text = self.tr("Imported the valid rows; %1 rows were set aside. The table lists "
                           "why.").replace("%1", str(result.rejected_rows))
        else:
            text = self.tr("Nothing was imported: %1 problems. Fix the files and import again, "
                           "or import only the valid rows.").replace("%1", str(len(result.errors)))
        self.status.setText(text)
        self.import_finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._drop_temp()
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("The import failed: %1").replace("%1", str(exc)))
        excepthook(type(exc), exc, exc.__traceback__)

    def _save_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save error report"),
                                              "import-errors.csv", self.tr("CSV (*.csv)"))
        if name:
            self.errors.save_csv(Path(name))

    def done(self, code: int) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()  # the temp copies go when the operation reports back
        super().done(code)
