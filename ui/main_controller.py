"""Behaviour of the main window: views and counts, selection to detail panes, import, export,
lock and idle lock, and window/header state saved between runs."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QToolBar

from desktop_app.services import worklist
from ui import export as export_ui
from ui import i18n
from ui.background import Operation
from ui.calls import offer_restore, open_call_logger
from ui.case_documents import CaseDocuments
from ui.detail_layout import DetailLayout
from ui.errors import excepthook
from ui.importing import ImportDialog
from ui.lender_profile import LenderProfileDialog
from ui.lock import IdleWatcher
from ui.main_window import MainWindow
from ui.settings import UiSettings

log = logging.getLogger("collection_desk.ui")
VERSION = "0.1.0"
DETAIL_DELAY_MS = 120
"""How long the worklist's current case must stay current before its panes load."""


class MainController(QObject):
    counts_updated = Signal(object)  # dict of view key -> count
    exported = Signal(object)  # path
    language_requested = Signal(str)
    locked_changed = Signal(bool)
    call_requested = Signal(int)  # case id: Ctrl+L or the detail panes; the call logger listens

    def __init__(self, ctx: Any, settings: UiSettings, window: MainWindow, *, language: str,
                 officer: str = "", watch_idle: bool = True, restore_calls: bool = True) -> None:
        super().__init__(window)
        self.ctx, self.settings, self.window = ctx, settings, window
        self.language = language
        self.counts: dict[str, int] = {}
        self.counts_operation: Operation | None = None
        self.import_dialog: ImportDialog | None = None
        self.idle = IdleWatcher(settings.idle_lock_minutes * 60_000, self)
        if watch_idle:
            QApplication.instance().installEventFilter(self.idle)
        window.installEventFilter(self)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._selected: int | None = None
        w = window
        w.status_database.setText(self.tr("Database: %1").replace("%1", str(ctx.paths.database)))
        w.status_encrypted.setText(self.tr("Encrypted (SQLCipher)"))
        w.status_officer.setText(self.tr("Officer: %1").replace("%1", officer or "—"))
        w.status_sync.setText(self.tr("Last sync: never"))
        w.language_actions.get(language, w.language_actions["en"]).setChecked(True)
        self.detail_layout: DetailLayout | None = None
        if DetailLayout.supported(window):
            self.detail_layout = DetailLayout(window, settings)
            self.detail_layout.set_mode(settings.detail_layout, restore=False)
            self.locked_changed.connect(self.detail_layout.set_locked)
        else:
            w.detail_tabs_action.setEnabled(False)
            w.detail_docks_action.setEnabled(False)
        self._connect()
        self.restore_state()
        self.select_view("today" if worklist.any_case(ctx, worklist.WorklistFilter(view="today"))
                         else "all")
        self.refresh_counts()
        self.documents = CaseDocuments(self)
        self.call_requested.connect(self.open_call)
        if restore_calls:
            QTimer.singleShot(0, self.restore_calls)

    def _connect(self) -> None:
        w = self.window
        w.view_list.selectionModel().currentChanged.connect(self._view_changed)
        w.worklist.case_selected.connect(self._follow_selection)
        self._detail_timer.timeout.connect(self._show_selected)
        w.worklist.case_opened.connect(self._open_case)
        w.worklist.columns_changed.connect(self._columns_changed)
        w.case_model.reloaded.connect(self._update_count_label)
        w.detail.case_changed.connect(self._case_changed)
        w.worklist.call_requested.connect(self.call_requested)
        if hasattr(w.detail, "call_requested"):
            w.detail.call_requested.connect(self.call_requested)
        if hasattr(w.detail, "party_call_requested"):
            w.detail.party_call_requested.connect(self.open_party_call)
        if hasattr(w.detail, "reload_requested"):
            w.detail.reload_requested.connect(self.refresh)
        w.import_action.triggered.connect(self.open_import)
        w.export_action.triggered.connect(self.export_current)
        w.lock_action.triggered.connect(self.lock)
        w.quit_action.triggered.connect(w.close)
        w.refresh_action.triggered.connect(self.refresh)
        w.idle_action.triggered.connect(self._ask_idle_minutes)
        w.about_action.triggered.connect(self._about)
        w.profile_action.triggered.connect(self.open_lender_profile)
        w.language_group.triggered.connect(lambda a: self._language(str(a.data())))
        w.lock_screen.unlocked.connect(self.unlock)
        self.idle.idled.connect(self.lock)

    # -- views and counts ----------------------------------------------------------------
    def select_view(self, key: str) -> None:
        row = self.window.views_model.row_of(key)
        index = self.window.views_model.index(row)
        self.window.view_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _view_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        entry = self.window.views_model.entry(current.row())
        if entry.heading:
            return
        search = self.window.worklist.search_box.text().strip()
        self.window.case_model.set_filter(dataclasses.replace(entry.filter(), search=search))

    def refresh_counts(self) -> Operation:
        ctx = self.ctx
        self.counts_operation = Operation(lambda _p, _c: worklist.view_counts(ctx),
                                          parent=self.window, dialog=False,
                                          on_done=self._counts_done)
        return self.counts_operation.start()

    def _counts_done(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.window.views_model.set_counts(counts)
        self._update_count_label(self.window.case_model.total)
        self.counts_updated.emit(counts)

    def _update_count_label(self, shown: int) -> None:
        total = self.counts.get("all")
        if self.window.case_model.total_exact:
            text = self.tr("%1 cases in view").replace("%1", i18n.format_count(shown))
        else:
            text = self.tr("Over %1 cases in view").replace("%1", i18n.format_count(shown - 1))
        if total is not None:
            text += self.tr(" · %1 open in all").replace("%1", i18n.format_count(total))
        self.window.status_counts.setText(text)

    def refresh(self) -> None:
        self.window.case_model.reload()
        self.refresh_counts()

    def _case_changed(self, case_id: int) -> None:
        self.window.case_model.refresh_cases([case_id])
        self.refresh_counts()

    # -- calls -------------------------------------------------------------------------
    def open_call(self, case_id: int) -> Any:
        """The call logger for ``case_id``; a finished call refreshes that case."""
        dialog = open_call_logger(self.ctx, case_id, self.window)
        dialog.call_finished.connect(self._call_finished)
        return dialog

    def open_party_call(self, case_id: int, party_id: int) -> Any:
        """The call logger for ``case_id`` with ``party_id`` chosen as whom to call."""
        dialog = open_call_logger(self.ctx, case_id, self.window, party_id=party_id)
        dialog.call_finished.connect(self._call_finished)
        return dialog

    def restore_calls(self) -> list[Any]:
        """Offer calls that were in progress when the app last stopped."""
        dialogs = offer_restore(self.ctx, self.window)
        for dialog in dialogs:
            dialog.call_finished.connect(self._call_finished)
        return dialogs

    def cases_written(self, case_ids: Iterable[int]) -> None:
        """A document dialog wrote to these cases (letter, delivery, plan): refresh their
        rows, the counts, and the panes if they show one of them (documents, timeline,
        deadlines; the officer's unsaved notes are kept)."""
        ids = list(dict.fromkeys(case_ids))
        if not ids:
            return
        self.window.case_model.refresh_cases(ids)
        self.refresh_counts()
        detail = self.window.detail
        if hasattr(detail, "refresh_after_documents") and detail.case_id() in ids:
            detail.refresh_after_documents()

    def _call_finished(self, case_id: int) -> None:
        """A call was written: refresh its row, the counts, and the panes if they show it."""
        self._case_changed(case_id)
        detail = self.window.detail
        if hasattr(detail, "refresh_after_call") and detail.case_id() == case_id:
            detail.refresh_after_call()

    def current_case(self) -> int | None:
        return self.window.worklist.current_case()

    def _follow_selection(self, case_id: int) -> None:
        """The detail panes follow the worklist's current case once the officer pauses
        (DETAIL_DELAY_MS), so arrowing through the list or typing a search never waits for a
        case's panes to load at every step."""
        self._selected = case_id
        self._detail_timer.start()

    def _show_selected(self) -> None:
        if self._selected is not None:
            case_id, self._selected = self._selected, None
            shown = getattr(self.window.detail, "case_id", None)
            if (shown() if callable(shown) else shown) != case_id:  # back where it was: keep
                self.window.detail.show_case(case_id)

    def _open_case(self, case_id: int) -> None:
        self._detail_timer.stop()
        self._selected = None
        self.window.detail.show_case(case_id)
        if self.detail_layout is not None and self.detail_layout.mode == "docks":
            self.detail_layout.focus_panes()
        else:
            self.window.detail.setFocus()

    # -- import / export -----------------------------------------------------------------
    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.ctx, self.settings, self.window)
        dialog.import_finished.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, result: Any) -> None:
        if getattr(result, "written", False):
            self.refresh()

    def export_current(self, path: Any = None) -> Operation | None:
        target = path or export_ui.ask_path(self.window, self.ctx.paths.exports)
        if target is None:
            return None
        return export_ui.export_view(self.ctx, self.window.case_model, target, self.window,
                                     on_done=lambda _n: self._exported(target),
                                     on_error=self._export_failed)

    def _exported(self, path: Any) -> None:
        self.window.statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", str(path)), 8000)
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        if type(exc).__name__ == "ExportCancelled":
            self.window.statusBar().showMessage(self.tr("Export cancelled."), 5000)
        else:
            excepthook(type(exc), exc, exc.__traceback__)

    # -- lock ----------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.window.stack.currentWidget() is self.window.lock_screen

    def lock(self) -> None:
        if self.locked:
            return
        self.window.menuBar().setEnabled(False)
        for bar in self.window.findChildren(QToolBar):
            bar.setEnabled(False)
        self.window.stack.setCurrentWidget(self.window.lock_screen)
        self.window.lock_screen.prepare()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.window.menuBar().setEnabled(True)
        for bar in self.window.findChildren(QToolBar):
            bar.setEnabled(True)
        self.window.stack.setCurrentWidget(self.window.splitter)
        self.idle.poke()
        self.window.worklist.table.setFocus()
        self.locked_changed.emit(False)

    def _ask_idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window, self.tr("Idle lock"),
            self.tr("Lock after this many minutes without input (0: never):"),
            self.settings.idle_lock_minutes, 0, 480)
        if ok:
            self.settings.idle_lock_minutes = minutes
            self.idle.timeout_ms = minutes * 60_000

    # -- misc ----------------------------------------------------------------------------
    def _language(self, lang: str) -> None:
        if lang != self.language:
            self.settings.language = lang
            self.language_requested.emit(lang)

    def open_lender_profile(self) -> LenderProfileDialog:
        """File ▸ Lender profile…: modeless, so tests and the officer can work it."""
        dialog = LenderProfileDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Collection Desk"), self.tr(
            "Collection Desk %1\nA workbench for enterprise-loan collection officers.\n"
            "Data stays on this computer in an encrypted database.").replace("%1", VERSION))

    def _columns_changed(self, hidden: set[int]) -> None:
        self.settings.hidden_columns = hidden

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save_state()
        return False

    def restore_state(self) -> None:
        w, s = self.window, self.settings
        if (geometry := s.state("geometry")) is not None:
            w.restoreGeometry(geometry)
        if (state := s.state("state")) is not None:
            w.restoreState(state)  # in dock mode this places the detail docks too
        if (splitter := s.state("splitter")) is not None:
            w.splitter.restoreState(splitter)
        if (header := s.state("header")) is not None:
            w.worklist.table.horizontalHeader().restoreState(header)  # re-sorts through Qt
        if (hidden := s.hidden_columns) is not None:
            w.worklist.set_hidden_columns(hidden)

    def save_state(self) -> None:
        w, s = self.window, self.settings
        s.set_state("geometry", w.saveGeometry())
        s.set_state("state", self.detail_layout.window_state() if self.detail_layout
                    else w.saveState())
        if self.detail_layout is not None:
            self.detail_layout.save()
        s.set_state("splitter", w.splitter.saveState())
        s.set_state("header", w.worklist.table.horizontalHeader().saveState())
        s.hidden_columns = w.worklist.hidden_columns()
        s.sync()
