"""The live schedule table model and the old-vs-new comparison chart of the wizard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop_app.domain.restructure import Comparison, PlanRow, PlanTotals
from ui import i18n
from ui.documents.common import money

PERIOD, DUE, PRINCIPAL, INTEREST, ARREARS, PAYMENT, REMAINING = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_FIELDS = ("period", "due_date", "principal", "interest", "arrears", "payment", "remaining")


class ScheduleModel(QAbstractTableModel):
    """Rows of the restructured schedule, then one totals row (合计)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[PlanRow, ...] = ()
        self.totals: PlanTotals | None = None

    def set_plan(self, rows: tuple[PlanRow, ...], totals: PlanTotals | None) -> None:
        self.beginResetModel()
        self.rows, self.totals = tuple(rows), totals
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.rows) + (1 if self.rows and self.totals else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("No."), self.tr("Due date"), self.tr("Principal"), self.tr("Interest"),
                self.tr("Arrears"), self.tr("Payment"), self.tr("Remaining"))[section]

    def _raw(self, row: int, col: int) -> Any:
        if row < len(self.rows):
            return getattr(self.rows[row], _FIELDS[col])
        totals = self.totals
        assert totals is not None
        return {PRINCIPAL: totals.principal, INTEREST: totals.interest,
                ARREARS: totals.arrears, PAYMENT: totals.payment}.get(col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        is_total = row >= len(self.rows)
        value = self._raw(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if is_total and col == PERIOD:
                return self.tr("Total")
            if value is None:
                return ""
            if col == DUE:
                return value.isoformat()
            return str(value) if col == PERIOD else money(value)
        if role == SORT_ROLE:
            return value
        if role == ID_ROLE:
            return None if is_total else self.rows[row].period
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= PRINCIPAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def compact(fen: int) -> str:
    """Short enough to sit above a bar: ¥3,126.8万 in Chinese (万元, as Chinese readers
    count money), ¥31,267.9k in English."""
    if i18n.is_chinese():
        return f"¥{fen / 1_000_000:,.1f}万"
    return f"¥{fen / 100_000:,.1f}k"


class ComparisonChart(QWidget):
    """Two pairs of bars: total paid and present value, old (demanded today) vs new plan."""

    OLD, NEW = QColor("#90a4ae"), QColor("#1e88e5")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planComparisonChart")
        self.setAccessibleName(self.tr("Old and new plan compared"))
        self.comparison: Comparison | None = None
        self.setMinimumSize(300, 200)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        if comparison is not None:
            self.setAccessibleDescription(self.tr(
                "Total paid: old %1, new %2. Present value: old %3, new %4.")
                .replace("%1", money(comparison.total_paid_old))
                .replace("%2", money(comparison.total_paid_new))
                .replace("%3", money(comparison.pv_old)).replace("%4", money(comparison.pv_new)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        c = self.comparison
        if c is None:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No plan yet"))
            return
        groups = ((self.tr("Total paid"), c.total_paid_old, c.total_paid_new),
                  (self.tr("Present value"), c.pv_old, c.pv_new))
        top = max(1, *(v for _, a, b in groups for v in (a, b)))
        w, h = self.width(), self.height()
        legend_h, label_h, value_h = 22, 22, 18
        base = h - label_h
        usable = base - legend_h - value_h - 6
        group_w = (w - 20) / len(groups)
        bar_w = min(80.0, group_w / 3)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        for g, (name, old, new) in enumerate(groups):
            x0 = 10 + g * group_w + (group_w - 2 * bar_w - 16) / 2
            for k, (value, colour) in enumerate(((old, self.OLD), (new, self.NEW))):
                bar_h = usable * value / top
                rect = QRectF(x0 + k * (bar_w + 16), base - bar_h, bar_w, bar_h)
                p.fillRect(rect, colour)
                p.setFont(small)
                p.setPen(self.palette().text().color())
                p.drawText(QRectF(rect.x() - 6, rect.y() - value_h, bar_w + 12, value_h),
                           Qt.AlignmentFlag.AlignCenter, compact(value))
            p.setFont(self.font())
            p.drawText(QRectF(10 + g * group_w, base, group_w, label_h),
                       Qt.AlignmentFlag.AlignCenter, name)
        p.drawLine(10, int(base), w - 10, int(base))
        for k, (text, colour) in enumerate(((self.tr("Demanded today"), self.OLD),
                                            (self.tr("New plan"), self.NEW))):
            x = 12 + k * 150
            p.fillRect(QRectF(x, 5, 12, 12), colour)
            p.drawText(QRectF(x + 16, 0, 130, 22), Qt.AlignmentFlag.AlignVCenter, text)
        p.end()
