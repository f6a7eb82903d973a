"""The borrower detail panes for the selected case, as tabs; the last tab is remembered.

The same pane widgets can also live in docks of the main window (``ui.detail_layout``):
``detach_pages()`` hands them out, ``attach_pages()`` takes them back as tabs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import AppContext
from desktop_app.services.case_detail import CaseDetail
from desktop_app.services.detail_extra import EditVersions
from desktop_app.services.editing import Changes
from ui.detail.controller import DetailController
from ui.detail.documents import DocumentsPane
from ui.detail.loans import LoansPane
from ui.detail.notes import NotesPane
from ui.detail.overview import OverviewPane
from ui.detail.parties import PartiesPane
from ui.detail.timeline import TimelinePane
from ui.detail.widgets import named

TAB_KEY = "detail/lastTab"
INFO_STYLE = "QFrame#detailMessageBar { background: #e8f0fb; border: 1px solid #9bb7dd; }"
ERROR_STYLE = "QFrame#detailMessageBar { background: #fdecea; border: 1px solid #d9534f; }"


class DetailPanes(QWidget):
    """Overview, loans, parties, timeline, documents and notes of one case.

    ``show_case(case_id)`` loads a case; ``case_changed(case_id)`` is emitted after any edit
    saved from the panes; ``call_requested(case_id)`` when the officer asks to log a call,
    ``party_call_requested(case_id, party_id)`` when they ask to call one party.
    """

    case_changed = Signal(int)
    call_requested = Signal(int)
    party_call_requested = Signal(int, int)  # case id, party id
    reload_requested = Signal()
    document_open_requested = Signal(int)  # document id
    delivery_requested = Signal(int)  # document id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        named(self, "detailPanes", self.tr("Case detail"))
        self._settings = settings if settings is not None else QSettings()
        self.overview = OverviewPane()
        self.loans = LoansPane()
        self.parties = PartiesPane()
        self.timeline = TimelinePane()
        self.documents = DocumentsPane()
        self.notes = NotesPane()
        self.tabs = QTabWidget()
        named(self.tabs, "detailTabs", self.tr("Case detail tabs"))
        pages = ((self.overview, "overviewTab", self.tr("&Overview")),
                 (self.loans, "loansTab", self.tr("&Loans and schedule")),
                 (self.parties, "partiesTab", self.tr("&Parties")),
                 (self.timeline, "timelineTab", self.tr("&Timeline")),
                 (self.documents, "documentsTab", self.tr("&Documents")),
                 (self.notes, "notesTab", self.tr("&Notes")))
        self.pages: tuple[tuple[QWidget, str, str], ...] = pages
        for number, (page, name, title) in enumerate(pages, start=1):
            page.setProperty("tabName", name)
            self.tabs.addTab(page, title)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda p=page: self.tabs.setCurrentWidget(p))
        self._restore_tab()
        self.tabs.currentChanged.connect(self._save_tab)
        self.documents.open_requested.connect(self.document_open_requested)
        self.documents.delivery_requested.connect(self.delivery_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._message_bar())
        layout.addWidget(self.tabs)
        self._set_enabled(False)
        self.controller = DetailController(ctx, self)

    def _message_bar(self) -> QFrame:
        self.message_bar = QFrame()
        self.message_bar.setObjectName("detailMessageBar")
        row = QHBoxLayout(self.message_bar)
        row.setContentsMargins(8, 4, 8, 4)
        self.message = QLabel()
        named(self.message, "detailMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #1e1e1e;")
        self.reload_button = QPushButton(self.tr("&Reload"))
        named(self.reload_button, "detailReloadButton", self.tr("Reload the case"))
        self.reload_button.clicked.connect(self._reload_clicked)
        row.addWidget(self.message, 1)
        row.addWidget(self.reload_button)
        self.message_bar.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_bar.hide)
        return self.message_bar

    # public API
    def show_case(self, case_id: int) -> None:
        """Load and show one case (figures as of the context's today)."""
        self.message_bar.hide()
        self.controller.load(case_id)

    def reload(self) -> None:
        self.controller.reload()

    def refresh_after_call(self) -> None:
        """Re-read the shown case after a call was written elsewhere (timeline, contacts,
        promises), keeping the officer's unsaved notes."""
        case_id = self.case_id()
        if case_id is not None:
            self.controller.load(case_id, Changes(case_ids=(case_id,), parties=True,
                                                  timeline=True))

    def refresh_after_documents(self) -> None:
        """Re-read the shown case after a letter, delivery or plan was written in a document
        dialog (documents, timeline, deadlines), keeping the officer's unsaved notes."""
        case_id = self.case_id()
        if case_id is not None:
            self.controller.load(case_id, Changes(case_ids=(case_id,), timeline=True,
                                                  documents=True))

    def case_id(self) -> int | None:
        return self.controller.detail.id if self.controller.detail else None

    def detail(self) -> CaseDetail | None:
        return self.controller.detail

    def active_dialog(self) -> QDialog | None:
        """The edit dialog currently open (for automation and tests), if any."""
        return self.controller.dialog

    def has_unsaved_changes(self) -> bool:
        return self.notes.notes.document().isModified()

    def current_tab_name(self) -> str:
        page = self.tabs.currentWidget()
        if page is None:  # the pages are docked: the last tab shown as a tab
            return str(self._settings.value(TAB_KEY, "overviewTab"))
        return str(page.property("tabName"))

    def detach_pages(self) -> tuple[tuple[QWidget, str, str], ...]:
        """Take the pages out of the tabs (to dock them); (page, tabName, title) each."""
        self.tabs.blockSignals(True)
        try:
            while self.tabs.count():
                self.tabs.removeTab(0)
        finally:
            self.tabs.blockSignals(False)
        return self.pages

    def attach_pages(self) -> None:
        """Put the pages back as tabs, in their order, on the remembered tab."""
        self.tabs.blockSignals(True)
        try:
            for page, _name, title in self.pages:
                if self.tabs.indexOf(page) < 0:
                    self.tabs.addTab(page, title)
                    page.show()
        finally:
            self.tabs.blockSignals(False)
        self._restore_tab()

    # view updates, called by the controller
    def set_detail(self, detail: CaseDetail, versions: EditVersions,
                   changes: Changes | None = None) -> None:
        new_case = changes is None
        self._set_enabled(True)
        self.overview.set_detail(detail)
        if new_case or changes.parties:  # type: ignore[union-attr]
            self.parties.set_detail(detail, versions.invalid_reasons)
        if new_case:
            self.loans.set_detail(detail)
        if new_case or changes.timeline:  # type: ignore[union-attr]
            self.timeline.set_detail(detail)
        if new_case or changes.documents:  # type: ignore[union-attr]
            self.documents.set_detail(detail)
        self.notes.set_detail(detail, keep_unsaved=not new_case)

    def clear_case(self) -> None:
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        """Panes work only with a case loaded, whether they are tabs or docks."""
        self.tabs.setEnabled(enabled)
        for page, _name, _title in self.pages:
            page.setEnabled(enabled)

    def show_message(self, text: str, *, error: bool = False, reload: bool = False) -> None:
        self.message.setText(("✗ " if error else "✓ ") + text)
        self.message_bar.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.reload_button.setVisible(reload)
        self.message_bar.show()
        if error:
            self._message_timer.stop()
        else:
            self._message_timer.start(6000)

    def _reload_clicked(self) -> None:
        self.message_bar.hide()
        self.reload_requested.emit()

    def _restore_tab(self) -> None:
        wanted = self._settings.value(TAB_KEY, "overviewTab")
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).property("tabName") == wanted:
                self.tabs.setCurrentIndex(i)
                return

    def _save_tab(self, _index: int) -> None:
        if self.tabs.currentWidget() is not None:
            self._settings.setValue(TAB_KEY, self.current_tab_name())
