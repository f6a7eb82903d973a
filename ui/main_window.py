"""The main window's layout (View): menus, toolbar, status bar, and the splitter with saved
views | worklist | detail panes. Behaviour lives in ``ui.main_controller``."""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.lock import LockScreen
from ui.saved_views import SavedViewsModel
from ui.worklist.model import CaseTableModel
from ui.worklist.view import WorklistView

log = logging.getLogger("collection_desk.ui")
try:  # the detail panes are built alongside; keep the shell usable without them
    from ui.detail import DetailPanes
except ImportError as exc:  # pragma: no cover - only while ui.detail is unfinished
    log.warning("detail panes unavailable: %s", exc)
    DetailPanes = None


class DetailPlaceholder(QWidget):
    """Stands in for the detail panes: shows the selected case id."""

    case_changed = Signal(int)

    def __init__(self, ctx: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPlaceholder")
        self.setAccessibleName(self.tr("Case details"))
        self.case_id: int | None = None
        self.label = QLabel(self.tr("Select a case to see its details."), self, wordWrap=True)
        QVBoxLayout(self).addWidget(self.label)

    def show_case(self, case_id: int) -> None:
        self.case_id = case_id
        self.label.setText(self.tr("Case %1").replace("%1", str(case_id)))


class MainWindow(QMainWindow):
    def __init__(self, ctx: Any, parent: QWidget | None = None,
                 detail_factory: Any = None, settings: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Collection Desk"))
        self.setWindowTitle(self.tr("Collection Desk"))
        self.views_model = SavedViewsModel(self)
        self.view_list = QListView(self, objectName="viewList")
        self.view_list.setAccessibleName(self.tr("Saved views"))
        self.view_list.setModel(self.views_model)
        self.view_list.setMinimumWidth(205)
        self.view_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_model = CaseTableModel(ctx, self)
        self.worklist = WorklistView(self.case_model, self)
        if detail_factory is None and DetailPanes is not None and settings is not None:
            self.detail = DetailPanes(ctx, self, settings=settings.qsettings)
        else:
            self.detail = (detail_factory or DetailPanes or DetailPlaceholder)(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="mainSplitter")
        self.splitter.setAccessibleName(self.tr("Main panes"))
        for pane in (self.view_list, self.worklist, self.detail):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([205, 855, 540])
        self.lock_screen = LockScreen(ctx, self)
        self.stack = QStackedWidget(self, objectName="mainStack")
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self._actions()
        self._menus()
        self._toolbar()
        self._status()
        self.setTabOrder(self.view_list, self.worklist.search_box)
        self.setTabOrder(self.worklist.search_box, self.worklist.table)
        self.setTabOrder(self.worklist.table, self.detail)

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            self.layout().activate()  # settle size hints before the native window exists
        super().setVisible(visible)

    def _action(self, name: str, text: str, shortcut: str | QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _actions(self) -> None:
        S = QKeySequence.StandardKey
        self.import_action = self._action("actionImport", self.tr("&Import…"), "Ctrl+I")
        self.export_action = self._action("actionExport", self.tr("&Export view to XLSX…"),
                                          "Ctrl+E")
        self.lock_action = self._action("actionLock", self.tr("&Lock"), "Ctrl+Shift+L")
        self.quit_action = self._action("actionQuit", self.tr("&Quit"), QKeySequence(S.Quit))
        self.quit_action.setShortcuts([QKeySequence(S.Quit), QKeySequence("Ctrl+Q")])
        self.refresh_action = self._action("actionRefresh", self.tr("&Refresh"), "F5")
        self.idle_action = self._action("actionIdleLock", self.tr("Lock after &idle time…"))
        self.about_action = self._action("actionAbout", self.tr("&About Collection Desk"))
        self.profile_action = self._action("actionLenderProfile", self.tr("Lender &profile…"))
        self.letter_action = self._action("actionLetter", self.tr("Demand &letter…"),
                                          "Ctrl+Shift+D")
        self.batch_action = self._action("actionBatchLetters",
                                         self.tr("&Batch letters for this view…"))
        self.restructure_action = self._action("actionRestructure",
                                               self.tr("&Restructure plan…"), "Ctrl+Shift+R")
        self.detail_layout_group = QActionGroup(self)
        self.detail_tabs_action = self._action("actionDetailTabs",
                                               self.tr("Detail panes as &tabs"))
        self.detail_docks_action = self._action("actionDetailDocks",
                                                self.tr("Detail panes as &docks"))
        for action in (self.detail_tabs_action, self.detail_docks_action):
            action.setCheckable(True)
            self.detail_layout_group.addAction(action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, text in (("zh_CN", "中文"), ("en", "English")):
            action = self._action(f"actionLanguage_{lang}", text)
            action.setCheckable(True)
            action.setData(lang)
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def _menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.profile_action)
        file_menu.addSeparator()
        file_menu.addActions([self.lock_action, self.quit_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.setObjectName("columnsMenu")
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        language = view_menu.addMenu(self.tr("&Language"))
        language.setObjectName("languageMenu")
        language.addActions(list(self.language_actions.values()))
        view_menu.addSeparator()
        view_menu.addActions([self.detail_tabs_action, self.detail_docks_action])
        self.detail_panes_menu = view_menu.addMenu(self.tr("Show detail &pane"))
        self.detail_panes_menu.setObjectName("detailPanesMenu")
        self.detail_panes_menu.setEnabled(False)  # filled with the docks in dock mode
        view_menu.addSeparator()
        view_menu.addActions([self.refresh_action, self.idle_action])
        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.setObjectName("caseMenu")
        w = self.worklist
        for action, text in ((w.find_action, self.tr("&Find")),
                             (w.next_action, self.tr("&Next case")),
                             (w.prev_action, self.tr("&Previous case")),
                             (w.call_action, self.tr("Log a &call"))):
            action.setText(text)
            case_menu.addAction(action)
        documents_menu = bar.addMenu(self.tr("&Documents"))
        documents_menu.setObjectName("documentsMenu")
        documents_menu.addActions([self.letter_action, self.batch_action,
                                   self.restructure_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.about_action)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for action in self.worklist.column_menu(self.columns_menu).actions():
            self.columns_menu.addAction(action)

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        bar.addActions([self.import_action, self.export_action, self.refresh_action])
        bar.addSeparator()
        bar.addActions([self.worklist.next_action, self.worklist.call_action])
        bar.addSeparator()
        bar.addAction(self.lock_action)
        for action in bar.actions():  # "导入(&I)…" reads "导入" on a button, not "导入(I)"
            action.setIconText(re.sub(r"\(&[^&\s]\)|&|…$", "", action.text()).strip())
        self.addToolBar(bar)

    def _status(self) -> None:
        def label(name: str, accessible: str) -> QLabel:
            widget = QLabel(self, objectName=name)
            widget.setAccessibleName(accessible)
            return widget
        self.status_database = label("statusDatabase", self.tr("Database location"))
        self.status_encrypted = label("statusEncrypted", self.tr("Encryption"))
        self.status_officer = label("statusOfficer", self.tr("Officer"))
        self.status_sync = label("statusSync", self.tr("Last sync"))
        self.status_counts = label("statusCounts", self.tr("Case counts"))
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.addWidget(self.status_database, 1)
        for widget in (self.status_encrypted, self.status_officer, self.status_sync,
                       self.status_counts):
            bar.addPermanentWidget(widget)
