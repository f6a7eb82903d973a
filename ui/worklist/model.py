"""CaseTableModel: the worklist as one QAbstractTableModel over SQL paging.

It never loads all rows: a reset loads the first page of ids and the total (counted in
the background when it is large); ``fetchMore``
adds the next page of 100 as the officer scrolls. Sorting and filtering run in SQL through
``desktop_app.services.worklist``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.services import worklist as service
from desktop_app.services.worklist import CaseRow, WorklistFilter
from ui import i18n
from ui.background import Operation
from ui.worklist import columns as C

PAGE = 100
COUNT_AT_ONCE = 1000
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AT_RISK_DAYS = 90
# Bucket tint, pale enough for black text; severity also shows as bold text (M4 and later).
BUCKET_TINT = {"M0": None, "M1": "#eef5e9", "M2": "#fbf6de", "M3": "#fcebd6", "M4": "#fadcd3",
               "M5": "#f6d0cb", "M6": "#f1c4c4", "M7+": "#e9b8bf"}
SEVERE_BUCKETS = frozenset({"M4", "M5", "M6", "M7+"})
WARN_TEXT = QColor("#9b1c1c")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CaseTableModel(QAbstractTableModel):
    reloaded = Signal(int)  # total rows of the current filter, after a reset

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = WorklistFilter()
        self._sort, self._descending = "priority", True
        self._sort_column, self._order = C.PRIORITY, Qt.SortOrder.DescendingOrder
        self._rows: list[CaseRow] = []
        self._total, self._exact = 0, True
        self._generation = 0
        # the running background count, if any; a list so that the lambda below holds it
        # and not the model (a closed window stops its count)
        counting: list[Operation] = []
        self._counting = counting
        self.destroyed.connect(lambda *_: [op.cancel() for op in counting])
        self._bold = QFont()
        self._bold.setBold(True)
        self._icon: QIcon | None = None

    # -- state ---------------------------------------------------------------------------
    @property
    def filter(self) -> WorklistFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    @property
    def sort_sql(self) -> tuple[str, bool]:
        """The service sort key and direction of the current order."""
        return self._sort, self._descending

    @property
    def sort_key(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._order

    def set_filter(self, f: WorklistFilter) -> None:
        self._filter = f
        self.reload()

    def set_search(self, text: str) -> None:
        if text != self._filter.search:
            self.set_filter(dataclasses.replace(self._filter, search=text))

    @property
    def total_exact(self) -> bool:
        """False while a large result is still being counted: ``total`` is then a lower
        bound (``COUNT_AT_ONCE`` + 1) and the exact figure follows with ``reloaded``."""
        return self._exact

    def reload(self) -> None:
        """A new search or view: reset, load the first page, count.

        Up to ``COUNT_AT_ONCE`` matches are counted at once; a larger result shows its first
        page straight away and is counted in the background (a count of a hundred thousand
        search hits takes about a second), cancelled if the officer types on."""
        self._stop_counting()
        self.beginResetModel()
        self._rows = self._load(0)
        if len(self._rows) < PAGE:
            self._total, self._exact = len(self._rows), True
        else:
            n = service.count(self._ctx, self._filter, at_most=COUNT_AT_ONCE + 1)
            self._total, self._exact = n, n <= COUNT_AT_ONCE
        self.endResetModel()
        self.reloaded.emit(self._total)
        if not self._exact:
            self._count_in_background()

    def _stop_counting(self) -> None:
        """Forget (and cancel) the count of the current rows, if one is running."""
        self._generation += 1
        for op in self._counting:
            op.cancel()
        self._counting.clear()

    def _count_in_background(self) -> None:
        ctx, f, generation = self._ctx, self._filter, self._generation
        op = Operation(
            lambda _progress, cancelled: service.count(ctx, f, cancelled=cancelled),
            parent=self, dialog=False,
            on_done=lambda n: self._counted(generation, n), on_error=self._count_failed)
        self._counting.append(op)
        op.start()

    def _counted(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return  # a newer search or view has replaced this one
        self._counting.clear()
        self._total, self._exact = max(n, len(self._rows)), True
        self.reloaded.emit(self._total)

    def _count_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, service.CountCancelled):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def refresh_cases(self, case_ids: list[int]) -> None:
        """Re-read rows that changed elsewhere and emit precise ``dataChanged``."""
        fresh = {r.id: r for r in service.rows(self._ctx, list(case_ids))}
        for n, row in enumerate(self._rows):
            if row.id in fresh:
                self._rows[n] = fresh[row.id]
                self.dataChanged.emit(self.index(n, 0), self.index(n, C.COUNT - 1))

    def case_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == case_id), -1)

    def _load(self, offset: int) -> list[CaseRow]:
        ids = service.page_ids(self._ctx, self._filter, self._sort, self._descending,
                               offset=offset, limit=PAGE)
        return service.rows(self._ctx, ids)

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else C.COUNT

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and (len(self._rows) < self._total or not self._exact)

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        more = self._load(len(self._rows))
        if not more:
            # the end of the list (or the data shrank under us): stop asking; this is the
            # exact total, so a count still running has nothing left to say
            counting = not self._exact
            self._total, self._exact = len(self._rows), True
            if counting:
                self._stop_counting()
                self.reloaded.emit(self._total)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = C.SORT_KEYS.get(column)
        if key is None:
            return  # not sortable in SQL; the view restores the indicator
        self._sort_column, self._order = column, order
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        if not self._generation:
            return  # nothing loaded yet (the view is being set up): the first reload sorts
        self.beginResetModel()  # a new order loads a different first page: reset
        self._rows = self._load(0)
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < C.COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return C.header(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in C.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return _raw(row, col)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in C.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == C.DEADLINE and row.nearest_deadline:
            return f"{C.label(row.nearest_deadline_kind)} {i18n.format_date(row.nearest_deadline)}"
        return self._cue(row, col, role)

    def _display(self, row: CaseRow, col: int) -> str:
        if col == C.PRIORITY:
            return str(row.priority)
        if col == C.OVERDUE_DAYS:
            return str(row.dpd)
        if col == C.OVERDUE_AMOUNT:
            return i18n.format_amount(row.overdue_amount, row.currency)
        if col == C.OUTSTANDING:
            return i18n.format_amount(row.outstanding, row.currency)
        if col == C.LAST_CONTACT:
            return i18n.format_date(row.last_contact_at)
        if col == C.NEXT_ACTION:
            when = i18n.format_date(row.next_action_date)
            return f"{when} {row.next_action}".strip()
        if col == C.DEADLINE:
            if row.nearest_deadline is None:
                return ""
            return f"{i18n.format_date(row.nearest_deadline)} {C.label(row.nearest_deadline_kind)}"
        value = {C.BORROWER: row.borrower_name, C.BORROWER_KIND: row.borrower_kind,
                 C.CONTRACT: row.main_contract_no, C.BUCKET: row.bucket,
                 C.FIVE_TIER: row.five_tier, C.PROMISE: row.promise_status,
                 C.STAGE: row.stage}[col]
        return C.label(value)

    def _at_risk(self, row: CaseRow) -> bool:
        return row.nearest_deadline is not None and (
            row.nearest_deadline - self._ctx.clock()).days <= AT_RISK_DAYS

    def _cue(self, row: CaseRow, col: int, role: int) -> Any:
        """Colour cues that also read in grey-scale: bold text and a warning icon."""
        broken = col == C.PROMISE and row.promise_status == "broken"
        risky = col == C.DEADLINE and self._at_risk(row)
        severe = col == C.BUCKET and row.bucket in SEVERE_BUCKETS
        if role == Qt.ItemDataRole.BackgroundRole and col == C.BUCKET and BUCKET_TINT.get(row.bucket):
            return QBrush(QColor(BUCKET_TINT[row.bucket]))
        if role == Qt.ItemDataRole.FontRole and (broken or risky or severe):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and (broken or risky):
            return QBrush(WARN_TEXT)
        if role == Qt.ItemDataRole.DecorationRole and (broken or risky):
            return self._warning_icon()
        return None

    def _warning_icon(self) -> QIcon | None:
        if self._icon is None and isinstance(QApplication.instance(), QApplication):
            self._icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon


def _raw(row: CaseRow, col: int) -> Any:
    """Raw sort values: ints for numbers and money (fen), ISO text for dates."""
    def iso(value: dt.date | None) -> str:
        return value.isoformat() if value else ""
    return {
        C.PRIORITY: row.priority, C.BORROWER: row.borrower_name, C.BORROWER_KIND: row.borrower_kind,
        C.CONTRACT: row.main_contract_no, C.OVERDUE_DAYS: row.dpd, C.BUCKET: row.dpd,
        C.FIVE_TIER: row.dpd, C.OVERDUE_AMOUNT: row.overdue_amount, C.OUTSTANDING: row.outstanding,
        C.LAST_CONTACT: iso(row.last_contact_at), C.NEXT_ACTION: iso(row.next_action_date),
        C.PROMISE: row.promise_status, C.STAGE: row.stage, C.DEADLINE: iso(row.nearest_deadline),
    }[col]
