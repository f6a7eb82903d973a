"""The borrower detail panes as tabs or as docks, the officer's choice remembered (issue 3).

Tabs: the panes are the tabs of ``DetailPanes`` in the main splitter. Docks: the very same
pane widgets move into ``QDockWidget``s of the main window (``dock_overviewTab`` …
``dock_notesTab``), which the officer can float, tabify and arrange; ``DetailPanes`` leaves
the splitter and its message bar goes to the status bar. No signal is re-wired, because no
widget is re-created. The choice is ``UiSettings.detail_layout``; the dock arrangement is
part of the main window's saved state, and is also kept under ``window/detail_docks`` when
the officer goes back to tabs, so the next switch to docks finds it again.

While the window is locked every dock is hidden (personal data stays behind the lock).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

from ui.settings import UiSettings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TABS, DOCKS = "tabs", "docks"
DOCK_STATE = "detail_docks"
DOCK_WIDTH = 620


def plain_title(text: str) -> str:
    """A tab title without its accelerator: "&Overview" -> "Overview", "概览(&O)" -> "概览"."""
    return re.sub(r"\(&[^&\s]\)|&", "", text).strip()


class DetailLayout(QObject):
    """Moves the detail panes between tabs and docks; ``mode_changed(mode)`` after a move."""

    mode_changed = Signal(str)

    def __init__(self, window: MainWindow, settings: UiSettings) -> None:
        super().__init__(window)
        self.window, self.settings, self.detail = window, settings, window.detail
        self.mode = TABS
        self.docks: dict[str, QDockWidget] = {}
        self._shortcuts: list[QShortcut] = []
        self._locked_state: QByteArray | None = None
        window.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                              | QMainWindow.DockOption.AllowNestedDocks
                              | QMainWindow.DockOption.AllowTabbedDocks)
        window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas,
                              QTabWidget.TabPosition.North)  # tabified docks read like tabs
        window.detail_tabs_action.triggered.connect(lambda: self.set_mode(TABS))
        window.detail_docks_action.triggered.connect(lambda: self.set_mode(DOCKS))
        self._sync_actions()

    @staticmethod
    def supported(window: MainWindow) -> bool:
        """Only the real detail panes can be docked (not the shell tests' placeholder)."""
        return hasattr(window.detail, "detach_pages")

    # -- switching -----------------------------------------------------------------------
    def set_mode(self, mode: str, *, restore: bool = True) -> None:
        """Show the panes as ``"tabs"`` or ``"docks"`` and remember the choice."""
        mode = DOCKS if mode == DOCKS else TABS
        if mode != self.mode:
            if mode == DOCKS:
                self._to_docks(restore)
            else:
                self._to_tabs()
            self.mode = mode
            self.mode_changed.emit(mode)
        self.settings.detail_layout = mode
        self._sync_actions()

    def _to_docks(self, restore: bool) -> None:
        w, first = self.window, None
        for number, (page, name, title) in enumerate(self.detail.detach_pages(), start=1):
            dock = QDockWidget(plain_title(title), w)
            dock.setObjectName(f"dock_{name}")
            dock.setAccessibleName(plain_title(title))
            dock.setWidget(page)
            page.show()
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.show()  # a dock added to a visible window stays hidden otherwise
            if first is None:
                first = dock
            else:
                w.tabifyDockWidget(first, dock)
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"actionDock_{name}")
            w.detail_panes_menu.addAction(toggle)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), w)
            shortcut.activated.connect(lambda d=dock: self.raise_dock(d))
            self._shortcuts.append(shortcut)
            self.docks[name] = dock
        w.detail_panes_menu.setEnabled(True)
        self.detail.hide()
        self._move_message_bar(to_status_bar=True)
        if first is not None:
            w.resizeDocks([first], [DOCK_WIDTH], Qt.Orientation.Horizontal)
            first.raise_()
        if restore and (state := self.settings.state(DOCK_STATE)) is not None:
            w.restoreState(state)

    def _to_tabs(self) -> None:
        w = self.window
        self.settings.set_state(DOCK_STATE, w.saveState())
        self.detail.attach_pages()  # takes the pages out of the docks
        for dock in self.docks.values():
            w.removeDockWidget(dock)
            dock.deleteLater()
        self.docks.clear()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts.clear()
        w.detail_panes_menu.clear()
        w.detail_panes_menu.setEnabled(False)
        self._move_message_bar(to_status_bar=False)
        self.detail.show()

    def _move_message_bar(self, *, to_status_bar: bool) -> None:
        bar, hidden = self.detail.message_bar, self.detail.message_bar.isHidden()
        status = self.window.statusBar()
        if to_status_bar:
            status.insertWidget(0, bar, 2)
        else:
            status.removeWidget(bar)
            self.detail.layout().insertWidget(0, bar)
        bar.setHidden(hidden)

    def raise_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        if (page := dock.widget()) is not None:
            page.setFocus()

    def focus_panes(self) -> None:
        """Enter on a case: focus the dock the officer is looking at (overview first)."""
        shown = [d for d in self.docks.values() if not d.visibleRegion().isEmpty()]
        overview = self.docks.get("overviewTab")
        target = overview if overview in shown else (shown[0] if shown else None)
        if target is not None and (page := target.widget()) is not None:
            page.setFocus()

    def dock(self, name: str) -> QDockWidget | None:
        """The dock of one pane by its tab name ("overviewTab"), in dock mode."""
        return self.docks.get(name)

    def _sync_actions(self) -> None:
        w = self.window
        w.detail_tabs_action.setChecked(self.mode == TABS)
        w.detail_docks_action.setChecked(self.mode == DOCKS)

    # -- state ---------------------------------------------------------------------------
    def window_state(self) -> QByteArray:
        """The main window's state to save (as it was before a lock hid the docks)."""
        return self._locked_state if self._locked_state is not None else self.window.saveState()

    def save(self) -> None:
        if self.mode == DOCKS:
            self.settings.set_state(DOCK_STATE, self.window_state())

    def set_locked(self, locked: bool) -> None:
        """Hide every dock behind the lock screen; bring them back as they were."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(not locked)
        if self.mode != DOCKS:
            return
        if locked and self._locked_state is None:
            self._locked_state = self.window.saveState()
            for dock in self.docks.values():
                dock.hide()
        elif not locked and self._locked_state is not None:
            self.window.restoreState(self._locked_state)
            self._locked_state = None
