"""A list whose items show their whole text, wrapped to the list's width, never elided.

Qt's own item painting elides the last line it thinks has no room below it, and guesses
that room from the height of the line before: a line holding CJK (a taller fallback
font) followed by a Latin one is cut off (`'律师' is allowed only …`) although the item
is tall enough. Here the item is sized and painted from one text layout at one width.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

V_PAD = 2
"""Pixels above and below an item's text."""

Index = QModelIndex | QPersistentModelIndex


def text_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """``text`` laid out in lines of at most ``width`` pixels (between words where it can,
    anywhere in a word longer than a line); returns the layout and its height."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class WrappedItemDelegate(QStyledItemDelegate):
    """Sizes each item for its text wrapped to the viewport's width and paints it so."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _margin(self, widget: QWidget | None) -> int:
        """The horizontal padding Qt's item views keep on each side of the text."""
        style = widget.style() if widget is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        margin = self._margin(opt.widget)
        width = max(1, self._view.viewport().width() - 2 * margin)
        layout, height = text_layout(opt.text, opt.font, width)
        used = max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())),
                   default=0.0)
        return QSize(min(width, math.ceil(used)) + 2 * margin, math.ceil(height) + 2 * V_PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = self._margin(widget)
        width = max(1, self._view.viewport().width() - 2 * margin)
        layout, _ = text_layout(text, opt.font, width)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        layout.draw(painter, QPointF(opt.rect.left() + margin, opt.rect.top() + V_PAD))
        painter.restore()


class WrappedList(QListWidget):
    """A :class:`QListWidget` of wrapped items that lays them out again whenever its width
    changes (QListView only does so for a change of height)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setItemDelegate(WrappedItemDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()
