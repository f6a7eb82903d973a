"""Outstanding principal over a loan's schedule, drawn with QPainter (no QtCharts needed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.services.case_detail import LoanView
from ui.detail import labels as L


def balance_points(
    loan: LoanView, today: dt.date | None = None
) -> tuple[list[tuple[dt.date, int]], list[tuple[dt.date, int]]]:
    """Principal left after each instalment: as scheduled, and as actually paid so far.
    Principal prepaid on instalments not yet due was paid by ``today``: the actual line
    steps down there, never in the future."""
    scheduled, paid = [(loan.drawdown_date, loan.principal)], [(loan.drawdown_date, loan.principal)]
    left_sched = left_paid = loan.principal
    for inst in loan.instalments:
        left_sched -= inst.principal_due
        scheduled.append((inst.due_date, left_sched))
        if inst.principal_paid:
            left_paid -= inst.principal_paid
            when = inst.due_date if today is None or inst.due_date <= today else today
            if paid[-1][0] >= when:  # several paid by the same day: one step
                paid[-1] = (paid[-1][0], left_paid)
            else:
                paid.append((when, left_paid))
    return scheduled, paid


class BalanceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self.setAccessibleName(self.tr("Outstanding principal chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._loan: LoanView | None = None
        self._today: dt.date | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def set_loan(self, loan: LoanView | None, today: dt.date | None) -> None:
        self._loan, self._today = loan, today
        if loan is not None:
            self.setAccessibleDescription(self.tr(
                "Scheduled and actual outstanding principal from %1 to %2; %3 outstanding now.")
                .replace("%1", L.date_text(loan.drawdown_date))
                .replace("%2", L.date_text(loan.maturity_date))
                .replace("%3", L.money(loan.amounts.principal_outstanding)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if self._loan is None or not self._loan.instalments:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No schedule"))
            return
        fm = painter.fontMetrics()
        top_label = L.money(self._loan.principal)
        left = fm.horizontalAdvance(top_label) + 12
        plot = QRectF(left, fm.height() * 2 + 6, self.width() - left - 12,
                      self.height() - fm.height() * 4 - 12)
        scheduled, paid = balance_points(self._loan, self._today)
        start, end = scheduled[0][0], scheduled[-1][0]
        span = max((end - start).days, 1)
        top = max(self._loan.principal, 1)

        def point(day: dt.date, value: int) -> QPointF:
            x = plot.left() + plot.width() * (day - start).days / span
            return QPointF(x, plot.bottom() - plot.height() * value / top)

        text = pal.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawText(QRectF(0, plot.top() - fm.height() / 2, left - 6, fm.height()),
                         Qt.AlignmentFlag.AlignRight, top_label)
        painter.drawText(QRectF(0, plot.bottom() - fm.height() / 2, left - 6, fm.height()),
                         Qt.AlignmentFlag.AlignRight, "0")
        below = plot.bottom() + 4
        painter.drawText(QRectF(plot.left(), below, plot.width(), fm.height()),
                         Qt.AlignmentFlag.AlignLeft, L.date_text(start))
        painter.drawText(QRectF(plot.left(), below, plot.width(), fm.height()),
                         Qt.AlignmentFlag.AlignRight, L.date_text(end))
        if self._today and start <= self._today <= end:
            x = point(self._today, 0).x()
            painter.setPen(QPen(QColor("#b00020"), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawText(QRectF(x - 60, plot.top() - fm.height() - 2, 120, fm.height()),
                             Qt.AlignmentFlag.AlignHCenter, self.tr("today"))
        sched_pen = QPen(QColor("#5f6b7a"), 2, Qt.PenStyle.DashLine)
        paid_pen = QPen(QColor("#1a5fb4"), 3, Qt.PenStyle.SolidLine)
        self._steps(painter, [point(d, v) for d, v in scheduled], sched_pen)
        self._steps(painter, [point(d, v) for d, v in paid], paid_pen)
        self._legend(painter, sched_pen, paid_pen, fm.height())

    @staticmethod
    def _steps(painter: QPainter, pts: list[QPointF], pen: QPen) -> None:
        poly = QPolygonF()
        for i, p in enumerate(pts):
            if i:
                poly.append(QPointF(p.x(), pts[i - 1].y()))
            poly.append(p)
        painter.setPen(pen)
        painter.drawPolyline(poly)

    def _legend(self, painter: QPainter, sched: QPen, paid: QPen, line_h: int) -> None:
        items = ((sched, self.tr("Scheduled")), (paid, self.tr("Actual (after payments)")))
        widths = [painter.fontMetrics().horizontalAdvance(text) for _, text in items]
        for (pen, text), width, (x, y) in zip(
            items, widths, legend_places(widths, self.width(), line_h), strict=True
        ):
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + line_h / 2), QPointF(x + 28, y + line_h / 2))
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text)))
            painter.drawText(QRectF(x + 34, y, width + 4, line_h), Qt.AlignmentFlag.AlignLeft, text)


def legend_places(widths: list[int], available: int, line_h: int) -> list[tuple[float, float]]:
    """Where each legend item (a 28 px line, then its text) starts: side by side, an item
    that would run past ``available`` on the next line."""
    out: list[tuple[float, float]] = []
    x, y = 12.0, 4.0
    for width in widths:
        if out and x + 34 + width + 4 > available:
            x, y = 12.0, y + line_h + 2
        out.append((x, y))
        x += 34 + width + 24
    return out
