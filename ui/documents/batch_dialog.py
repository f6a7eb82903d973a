"""Batch letters over selected cases: background run with progress and Cancel, then a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import AppContext
from desktop_app.services.batch import BatchResult, run_batch
from desktop_app.services.envelope import envelope_sheet
from ui.background import Operation
from ui.documents.common import LANGUAGES, LETTER_KINDS, fill_combo, named, status_label
from ui.documents.pdf_preview import PreviewDialog

CASE, REASONS = range(2)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


SHOWN_TO_CHECK = 5
"""Letter numbers named in the summary; each letter's warnings are in its case's panes."""


class RefusedModel(QAbstractTableModel):
    """Refused cases and why: one row per case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, list[str]]] = []

    def set_refused(self, refused: dict[int, list[str]]) -> None:
        self.beginResetModel()
        self._rows = sorted(refused.items())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Case"), self.tr("Why it was refused"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case_id, reasons = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(case_id) if index.column() == CASE else "\n".join(reasons)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == REASONS:
            return "\n".join(reasons)
        if role == ID_ROLE:
            return case_id
        return None


class BatchDialog(QDialog):
    """``completed`` carries the :class:`BatchResult` (also when cancelled);
    ``ems_sheet_saved`` the path of the EMS / registered-mail detail sheet once written."""

    completed = Signal(object)
    progressed = Signal(int, int)
    ems_sheet_saved = Signal(object)

    def __init__(self, ctx: AppContext, case_ids: list[int], parent: QWidget | None = None,
                 out_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_ids = ctx, list(case_ids)
        self.operation: Operation | None = None
        self.ems_operation: Operation | None = None
        self._batch_summary = ""
        self.preview_dialog: PreviewDialog | None = None
        self.result_batch: BatchResult | None = None
        self.setObjectName("batchDialog")
        self.setAccessibleName(self.tr("Batch letters"))
        self.setWindowTitle(self.tr("Batch letters for %n case(s)", "", len(self.case_ids)))
        self._build(out_dir or Path.home() / "CollectionDesk" / "letters")
        self.resize(760, 520)

    def _build(self, out_dir: Path) -> None:
        self.kind_combo = fill_combo(QComboBox(), LETTER_KINDS)
        named(self.kind_combo, "batchKind", self.tr("Letter kind"))
        self.kind_combo.setCurrentIndex(1)
        self.language_combo = fill_combo(QComboBox(), LANGUAGES)
        named(self.language_combo, "batchLanguage", self.tr("Letter language"))
        self.folder_edit = QLineEdit(str(out_dir))
        named(self.folder_edit, "batchFolder", self.tr("Output folder"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        named(self.browse_button, "batchBrowse", self.tr("Choose the output folder"))
        self.browse_button.clicked.connect(self._browse)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        folder_label = QLabel(self.tr("&Output folder:"))
        folder_label.setBuddy(self.folder_edit)  # else the "&" shows: a layout has no buddy
        form.addRow(folder_label, folder)
        self.run_button = QPushButton(self.tr("&Run batch"))
        named(self.run_button, "batchRun", self.tr("Run the batch"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Stop"))
        named(self.cancel_button, "batchCancel", self.tr("Stop the batch"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar()
        named(self.progress_bar, "batchProgress", self.tr("Batch progress"))
        self.progress_bar.setRange(0, max(1, len(self.case_ids)))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of %m cases"))
        actions = QHBoxLayout()
        actions.addWidget(self.run_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress_bar, 1)
        self.summary = status_label("batchSummary", self.tr("Batch summary"))
        self.refused_model = RefusedModel(self)
        self.refused_view = QTableView()
        named(self.refused_view, "batchRefused", self.tr("Refused cases and reasons"))
        self.refused_view.setModel(self.refused_model)
        self.refused_view.setWordWrap(True)
        self.refused_view.verticalHeader().setVisible(False)
        header = self.refused_view.horizontalHeader()
        header.setSectionResizeMode(REASONS, QHeaderView.ResizeMode.Stretch)
        self.refused_view.setVisible(False)
        self.open_button = QPushButton(self.tr("&Open combined PDF"))
        named(self.open_button, "batchOpenCombined", self.tr("Open the combined PDF for printing"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_combined)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, "batchButtons", self.tr("Dialog buttons"))
        self.ems_button = QPushButton(self.tr("&EMS sheet…"))
        named(self.ems_button, "batchEmsSheet",
              self.tr("Save and show the EMS / registered-mail detail sheet of the batch"))
        self.ems_button.setEnabled(False)
        self.ems_button.clicked.connect(self.make_ems_sheet)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.ems_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused_view, 1)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Output folder"),
                                                self.folder_edit.text())
        if path:
            self.folder_edit.setText(path)

    def start(self) -> None:
        if self.operation is not None or not self.case_ids:
            return
        folder = self.folder_edit.text().strip()
        if not folder:
            self.summary.setText(self.tr("Output folder: choose where the letters go."))
            return
        ctx, ids, out = self.ctx, list(self.case_ids), Path(folder)
        kind, lang = self.kind_combo.currentData(), self.language_combo.currentData()

        def work(progress: Any, cancelled: Any) -> BatchResult:
            return run_batch(ctx, ids, kind, lang, out, progress=progress, cancelled=cancelled)

        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self.summary.setText(self.tr("Generating letters…"))
        self.operation = Operation(work, parent=self, label=self.tr("Generating letters…"),
                                   on_done=self._done, on_error=self._failed)
        self.operation.progressed.connect(self._progress)
        self.operation.start()

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the current letter…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(done)
        self.progressed.emit(done, total)

    def _finish(self) -> None:
        self.operation = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, result: BatchResult) -> None:
        self._finish()
        self.result_batch = result
        parts = [self.tr("%n letter(s) produced", "", len(result.documents)),
                 self.tr("%n case(s) refused", "", len(result.refused))]
        if result.cancelled:
            parts.append(self.tr("stopped: %n case(s) not reached", "", len(result.skipped)))
        to_check = [d for d in result.documents if d.warnings]
        if to_check:
            shown = [d.letter_no for d in to_check[:SHOWN_TO_CHECK]]
            more = "…" if len(to_check) > SHOWN_TO_CHECK else ""
            parts.append(self.tr("%n letter(s) to check before sending (interest caps): %1",
                                 "", len(to_check)).replace("%1", ", ".join(shown) + more))
        if result.combined_pdf is not None:
            parts.append(self.tr("combined PDF: %1 (%2 pages)")
                         .replace("%1", str(result.combined_pdf))
                         .replace("%2", str(result.pages)))
        self.summary.setText("; ".join(parts) + ".")
        self.refused_model.set_refused(result.refused)
        self.refused_view.setVisible(bool(result.refused))
        self.refused_view.resizeRowsToContents()
        self.open_button.setEnabled(result.combined_pdf is not None)
        self.ems_button.setEnabled(bool(result.documents))
        self.completed.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.summary.setText(self.tr("The batch stopped with an error: %1").replace("%1", str(exc)))
        if not isinstance(exc, OSError | LookupError | ValueError):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def ems_sheet_path(self) -> Path | None:
        """Where the sheet goes: beside the letters, named like the combined PDF."""
        result = self.result_batch
        if result is None or not result.documents:
            return None
        if result.combined_pdf is not None:
            return result.combined_pdf.with_name(
                "ems-sheet-" + result.combined_pdf.name.removeprefix("combined-"))
        first = result.documents[0].path
        folder = first.parent if first is not None else Path(self.folder_edit.text().strip())
        return folder / "ems-sheet.pdf"

    def make_ems_sheet(self) -> Operation | None:
        """Write the EMS / registered-mail sheet in the background, then preview it."""
        out = self.ems_sheet_path()
        if out is None or self.result_batch is None or self.ems_operation is not None:
            return None
        ctx, ids = self.ctx, [doc.document_id for doc in self.result_batch.documents]
        self.ems_button.setEnabled(False)
        self._batch_summary = self.summary.text()
        self.summary.setText(self._batch_summary + "\n" + self.tr("Writing the EMS sheet…"))
        self.ems_operation = Operation(lambda _p, _c: envelope_sheet(ctx, ids, out),
                                       parent=self, label=self.tr("Writing the EMS sheet…"),
                                       on_done=self._ems_done, on_error=self._ems_failed)
        return self.ems_operation.start()

    def _ems_done(self, path: Path) -> None:
        self.ems_operation = None
        self.ems_button.setEnabled(True)
        self.summary.setText(self._batch_summary + "\n"
                             + self.tr("EMS sheet saved: %1").replace("%1", str(path)))
        self.ems_sheet_saved.emit(path)
        self._preview(path, self.tr("EMS detail sheet"))

    def _ems_failed(self, exc: BaseException) -> None:
        self.ems_operation = None
        self.ems_button.setEnabled(True)
        self.summary.setText(self._batch_summary + "\n"
                             + self.tr("The EMS sheet could not be written: %1")
                             .replace("%1", str(exc)))
        if not isinstance(exc, OSError | LookupError | ValueError):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _preview(self, path: Path, title: str) -> PreviewDialog:
        dialog = PreviewDialog(path.read_bytes(), title, self, file_name=path.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview_dialog = dialog
        return dialog

    def open_combined(self) -> PreviewDialog | None:
        result = self.result_batch
        if result is None or result.combined_pdf is None:
            return None
        return self._preview(result.combined_pdf, self.tr("Combined letters"))
