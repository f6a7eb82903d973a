"""The worklist pane: search box (search-as-you-type, debounced) over the case table.

Keyboard: Ctrl+F search, arrows move, Enter opens, Ctrl+J / F8 next case, Ctrl+K / Shift+F8
previous case, Ctrl+L log a call (``call_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.portfolio.search_index import short_terms
from ui import i18n
from ui.worklist import columns as C
from ui.worklist.model import CaseTableModel

SEARCH_DELAY_MS = 250


class WorklistView(QWidget):
    case_selected = Signal(int)
    case_opened = Signal(int)
    call_requested = Signal(int)
    columns_changed = Signal(object)  # set of hidden column numbers

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistPane")
        self.model = model
        self.search_box = QLineEdit(self, objectName="searchBox", clearButtonEnabled=True)
        self.search_box.setAccessibleName(self.tr("Search cases"))
        self.search_box.setPlaceholderText(
            self.tr("Search names, contract numbers, phones, credit codes (Ctrl+F)"))
        self.summary = QLabel(self, objectName="worklistSummary")
        self.summary.setAccessibleName(self.tr("Cases shown"))
        self.table = QTableView(self, objectName="caseTable")
        self.table.setAccessibleName(self.tr("Case list"))
        self.table.setModel(model)
        self._setup_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self._search_now_and_focus_table)
        model.reloaded.connect(self._after_reload)
        model.modelReset.connect(self._select_first_if_none)
        self._selected_id: int | None = None
        self._actions()
        self._after_reload(model.total)

    # -- construction --------------------------------------------------------------------
    def _setup_table(self) -> None:
        t = self.table
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(26)
        header = t.horizontalHeader()
        header.setObjectName("caseTableHeader")
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(pos)))
        for col, width in ((C.PRIORITY, 70), (C.BORROWER, 190), (C.CONTRACT, 116),
                           (C.OVERDUE_DAYS, 100), (C.BUCKET, 66), (C.FIVE_TIER, 100),
                           (C.OVERDUE_AMOUNT, 124), (C.OUTSTANDING, 124),
                           (C.LAST_CONTACT, 100), (C.NEXT_ACTION, 190), (C.PROMISE, 100),
                           (C.STAGE, 72), (C.DEADLINE, 170)):
            header.resizeSection(col, width)
        sort_col, order = self.model.sort_key
        header.setSortIndicator(sort_col, order)
        t.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        t.selectionModel().currentRowChanged.connect(self._current_changed)
        t.doubleClicked.connect(lambda ix: self._emit_for(ix.row(), self.case_opened))
        t.installEventFilter(self)
        for col in C.DEFAULT_HIDDEN:
            t.setColumnHidden(col, True)

    def _actions(self) -> None:
        def add(name: str, keys: list[QKeySequence], slot: object) -> QAction:
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action
        S = QKeySequence
        self.find_action = add("actionFind", [S("Ctrl+F")], self.focus_search)
        self.next_action = add("actionNextCase", [S("Ctrl+J"), S("F8")], lambda: self.step(1))
        self.prev_action = add("actionPreviousCase", [S("Ctrl+K"), S("Shift+F8")],
                               lambda: self.step(-1))
        self.call_action = add("actionLogCall", [S("Ctrl+L")], self.request_call)

    # -- behaviour -----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _apply_search(self) -> None:
        self.model.set_search(self.search_box.text().strip())

    def _search_now_and_focus_table(self) -> None:
        self._debounce.stop()
        self._apply_search()
        self.table.setFocus()

    def current_case(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        while row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, max(self.table.horizontalHeader().logicalIndexAt(0), 0))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def step(self, delta: int) -> None:
        current = self.table.currentIndex()
        self.select_row(max(0, (current.row() if current.isValid() else -1) + delta))

    def request_call(self) -> None:
        case_id = self.current_case()
        if case_id is not None:
            self.call_requested.emit(case_id)

    def _emit_for(self, row: int, signal: Signal) -> None:
        case_id = self.model.case_id(row)
        if case_id is not None:
            signal.emit(case_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        if case_id is not None and case_id != self._selected_id:
            self._selected_id = case_id
            self.case_selected.emit(case_id)

    def _select_first_if_none(self) -> None:
        """After a reset, keep the selected case if it is still listed, else the first row;
        unless the officer has already picked a row in the meantime."""
        keep = self._selected_id
        row = self.model.row_of(keep) if keep is not None else -1

        def select() -> None:
            if not self.table.currentIndex().isValid():
                self.select_row(max(row, 0))

        QTimer.singleShot(0, select)

    def _after_reload(self, total: int) -> None:
        if self.model.total_exact:
            text = self.tr("%Ln case(s)", "", total)
        else:
            text = self.tr("More than %1 cases, counting…").replace(
                "%1", i18n.format_count(total - 1))
        short = short_terms(self.search_box.text())
        if short:  # the search left these out: say so rather than show every case silently
            text += " — " + self.tr("not searched, too short: %1 (type at least 2 Chinese "
                                    "characters, or 3 letters or digits)").replace(
                "%1", " ".join(short))
        self.summary.setText(text)

    def _keep_sortable_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if C.SORT_KEYS.get(column) is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self.model.sort_key)
            header.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._emit_for(self.table.currentIndex().row(), self.case_opened)
            return True
        return super().eventFilter(watched, event)

    # -- column chooser ------------------------------------------------------------------
    def hidden_columns(self) -> set[int]:
        return {c for c in range(C.COUNT) if self.table.isColumnHidden(c)}

    def set_hidden_columns(self, hidden: set[int]) -> None:
        for col in range(C.COUNT):
            self.table.setColumnHidden(col, col in hidden and col != C.BORROWER)

    def column_menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(self.tr("Columns"), parent or self)
        menu.setObjectName("columnChooser")
        menu.setAccessibleName(self.tr("Column chooser"))
        for col in range(C.COUNT):
            action = menu.addAction(C.header(col))
            action.setObjectName(f"columnToggle{col}")
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.setEnabled(col != C.BORROWER)
            action.toggled.connect(lambda on, c=col: self._toggle_column(c, on))
        return menu

    def _toggle_column(self, col: int, visible: bool) -> None:
        self.table.setColumnHidden(col, not visible)
        self.columns_changed.emit(self.hidden_columns())
