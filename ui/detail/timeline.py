"""Timeline: every activity, newest first, filterable by kind, with the full text of notes."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QItemSelection, QRegularExpression, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.case_detail import ActivityView, CaseDetail
from ui.detail import labels as L
from ui.detail.table_model import CODE_ROLE, RowsModel
from ui.detail.widgets import make_table, named, selected_id, sorting_proxy

WHEN, KIND, PARTY, OUTCOME, NOTES = range(5)


class TimelineModel(RowsModel):
    COLUMNS = ("occurred_at", "kind", "party", "outcome", "notes")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def header(self, col: int) -> str:
        return (self.tr("When"), self.tr("Kind"), self.tr("Party"), self.tr("Outcome"),
                self.tr("Notes"))[col]

    def display(self, row: ActivityView, col: int) -> str:
        if col == WHEN:
            return L.datetime_text(row.occurred_at)
        if col == KIND:
            return L.label(L.ACTIVITY_KINDS, row.kind)
        if col == PARTY:
            return self.names.get(row.party_id, "—") if row.party_id else "—"
        if col == OUTCOME:
            return L.label(L.OUTCOMES, row.outcome) if row.outcome else "—"
        first = row.notes.strip().splitlines()[0] if row.notes.strip() else ""
        return first + (" …" if "\n" in row.notes.strip() else "")

    def sort_value(self, row: ActivityView, col: int) -> Any:
        if col == WHEN:
            return int(row.occurred_at.timestamp()) * 1_000_000 + row.id
        return self.display(row, col)

    def row_id(self, row: ActivityView) -> int:
        return row.id

    def code(self, row: ActivityView, col: int) -> Any:
        return row.kind


class TimelinePane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "timelinePane", self.tr("Timeline"))
        self._detail: CaseDetail | None = None
        self.model = TimelineModel(self)
        self.proxy = sorting_proxy(self.model)
        self.proxy.setFilterKeyColumn(KIND)
        self.proxy.setFilterRole(CODE_ROLE)
        self.table = make_table(self.model, "timelineTable", self.tr("Activities, newest first"),
                                proxy=self.proxy)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.kind_filter = QComboBox()
        named(self.kind_filter, "timelineKindFilter", self.tr("Show activities of kind"))
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.count = QLabel()
        named(self.count, "timelineCount", self.tr("Number of activities shown"))
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.kind_filter)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.kind_filter)
        top.addStretch(1)
        top.addWidget(self.count)
        self.notes = QPlainTextEdit()
        named(self.notes, "timelineNoteText", self.tr("Full text of the selected activity"))
        self.notes.setReadOnly(True)
        self.notes.setPlaceholderText(self.tr("Select an activity to read its notes."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("timelineSplitter")
        split.addWidget(self.table)
        split.addWidget(self.notes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)

    def set_detail(self, d: CaseDetail) -> None:
        self._detail = d
        self.model.names = {p.id: p.name for p in d.parties}
        keep = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in sorted({a.kind for a in d.timeline}):
            self.kind_filter.addItem(L.label(L.ACTIVITY_KINDS, kind), kind)
        found = self.kind_filter.findData(keep) if keep else 0
        self.kind_filter.setCurrentIndex(max(found, 0))
        self.kind_filter.blockSignals(False)
        self.model.set_rows(d.timeline)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self._filter()

    def _filter(self, *_: int) -> None:
        kind = self.kind_filter.currentData() or ""
        pattern = f"^{re.escape(kind)}$" if kind else ""
        self.proxy.setFilterRegularExpression(QRegularExpression(pattern))
        self.count.setText(self.tr("%n activity(ies)", "", self.proxy.rowCount()))
        self._selected()

    def _selected(self, *_: QItemSelection) -> None:
        activity_id = selected_id(self.table)
        rows = self._detail.timeline if self._detail else ()
        activity = next((a for a in rows if a.id == activity_id), None)
        if activity is None:
            self.notes.clear()
            return
        header = " · ".join(x for x in (L.datetime_text(activity.occurred_at),
                                        L.label(L.ACTIVITY_KINDS, activity.kind),
                                        L.label(L.OUTCOMES, activity.outcome)
                                        if activity.outcome else "") if x)
        notes = activity.notes or self.tr("(no notes)")
        text = f"{header}\n\n{notes}"
        if activity.override_reason:
            text += "\n\n" + self.tr("Compliance override: %1").replace(
                "%1", activity.override_reason)
        self.notes.setPlainText(text)
