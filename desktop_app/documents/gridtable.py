"""Ruled tables drawn without ReportLab's ``Table``: the amount table and signature lines.

ReportLab's ``Table`` resolves its style commands, spans and cell geometry in Python for
every wrap, split and draw, which for a letter's 8 x 3 amount table cost as much as all
the rest of the page. ``GridTable`` does what that table is asked to do and nothing
else: paragraphs in fixed-width columns with ``Table``'s paddings, every cell centred
vertically in its row, a grey header row and a lighter last row, a thin grid inside a
heavier box. It splits between rows like ``Table`` with ``repeatRows=1`` and two
``NOSPLIT`` ranges: the first part keeps the header and at least ``head_rows`` rows
after it, the second repeats the header and keeps at least the last ``tail_rows``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .fastdraw import TextObject
from .fastpara import MARKUP, clean_text

__all__ = ["GridTable", "SignLine", "TextCell"]

_PAD_X, _PAD_TOP, _PAD_BOTTOM = 6.0, 3.0, 4.0  # Table's default side padding
_GRID, _BOX = 0.5, 1.0
_HEAD_BG, _LAST_BG = colors.HexColor("#ececec"), colors.HexColor("#f6f6f6")


class TextCell:
    """A cell's text: drawn as one line by its table when it fits on one line in its
    style's font, else by the paragraph ``make`` returns (wrapped over several lines).

    A one-line paragraph of the same style would put the same glyphs at the same place
    (the baseline ``fontSize`` below the top of a ``leading``-high box, aligned within
    the width it was wrapped to) with a text object and two saved states of its own;
    the table writes all its one-line cells in one text object instead."""

    _ALIGNS = (TA_LEFT, TA_CENTER, TA_RIGHT)

    def __init__(self, text: str, style: Any, make: Any, one_font: bool = True) -> None:
        # the text as the paragraph would draw it: outer whitespace stripped, runs of
        # whitespace (ideographic spaces included) one space
        self.text = clean_text(text) if not MARKUP.intersection(text) else text
        self.style, self.make, self.one_font = style, make, one_font
        self.para: Any = None
        self.width = self.height = self.text_width = 0.0

    def _one_line(self) -> bool:
        st = self.style
        return (
            self.one_font
            and bool(self.text)
            and not MARKUP.intersection(self.text)
            and st.alignment in self._ALIGNS
            and not (st.leftIndent or st.rightIndent or st.firstLineIndent)
        )

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        if self.para is None and self._one_line():
            self.text_width = stringWidth(self.text, self.style.fontName, self.style.fontSize)
            if self.text_width <= avail_w:
                self.width, self.height = avail_w, self.style.leading
                return self.width, self.height
        if self.para is None:
            self.para = self.make()
        self.width, self.height = self.para.wrap(avail_w, avail_h)
        return self.width, self.height

    def origin(self, x: float, y: float) -> tuple[float, float]:
        """Where the line starts when the cell's box is drawn at (x, y)."""
        st = self.style
        if st.alignment == TA_CENTER:
            x += (self.width - self.text_width) / 2
        elif st.alignment == TA_RIGHT:
            x += self.width - self.text_width
        return x, y + self.height - st.fontSize


class GridTable(Flowable):  # type: ignore[misc]
    """``rows[0]`` is the header (repeated after a split); the last row is shaded."""

    def __init__(
        self,
        rows: Sequence[Sequence[Any]],
        col_widths: Sequence[float],
        head_rows: int = 2,
        tail_rows: int = 2,
        shade_last: bool = True,
    ) -> None:
        super().__init__()
        self.rows = [list(r) for r in rows]
        self.col_widths = list(col_widths)
        self.head_rows, self.tail_rows, self.shade_last = head_rows, tail_rows, shade_last
        self.width = sum(self.col_widths)
        self.hAlign = "CENTER"
        self.row_heights: list[float] = []
        self._wrapped_at: float | None = None

    def _cell_heights(self) -> list[float]:
        out = []
        for row in self.rows:
            tallest = 0.0
            for cell, width in zip(row, self.col_widths, strict=True):
                tallest = max(tallest, cell.wrap(width - 2 * _PAD_X, 1e6)[1])
            out.append(tallest + _PAD_TOP + _PAD_BOTTOM)
        return out

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        if self._wrapped_at != avail_w:
            self.row_heights = self._cell_heights()
            self._wrapped_at = avail_w
        self.height = sum(self.row_heights)
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        self.wrap(avail_w, avail_h)
        if self.height <= avail_h:
            return [self]
        n = len(self.rows)
        used, fits = 0.0, 0
        for h in self.row_heights:
            if used + h > avail_h:
                break
            used += h
            fits += 1
        cut = min(fits, n - self.tail_rows)  # rows [0, cut) stay here
        if cut < 1 + max(1, self.head_rows):  # never a header alone
            return []
        first = GridTable(self.rows[:cut], self.col_widths, 0, 0, shade_last=False)
        rest = GridTable(
            [self.rows[0], *self.rows[cut:]],
            self.col_widths,
            0,
            self.tail_rows,
            self.shade_last,
        )
        return [first, rest]

    def draw(self) -> None:
        c, widths, heights = self.canv, self.col_widths, self.row_heights
        tops = [self.height]
        for h in heights:
            tops.append(tops[-1] - h)
        c.saveState()
        c.setFillColor(_HEAD_BG)
        c.rect(0, tops[1], self.width, heights[0], stroke=0, fill=1)
        if self.shade_last and len(heights) > 1:
            c.setFillColor(_LAST_BG)
            c.rect(0, tops[-1], self.width, heights[-1], stroke=0, fill=1)
        c.restoreState()
        lines: list[tuple[TextCell, float, float]] = []
        for r, row in enumerate(self.rows):
            x = 0.0
            for cell, width in zip(row, widths, strict=True):
                # Table's MIDDLE: centred between the paddings
                y = tops[r + 1] + (_PAD_BOTTOM + heights[r] - _PAD_TOP - cell.height) / 2
                if isinstance(cell, TextCell) and cell.para is None:
                    lines.append((cell, *cell.origin(x + _PAD_X, y)))
                else:
                    (cell.para if isinstance(cell, TextCell) else cell).drawOn(c, x + _PAD_X, y)
                x += width
        if lines:
            _draw_lines(c, lines)
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setLineWidth(_GRID)
        path = c.beginPath()
        for y in tops[1:-1]:
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        x = 0.0
        for width in widths[:-1]:
            x += width
            path.moveTo(x, 0)
            path.lineTo(x, self.height)
        c.drawPath(path, stroke=1, fill=0)
        c.setLineWidth(_BOX)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.restoreState()


def _draw_lines(c: Any, lines: list[tuple[TextCell, float, float]]) -> None:
    """One-line cells in one text object, each in its style's font and colour."""
    c.saveState()
    tx = TextObject(c, 0, 0)
    font = colour = None
    for cell, x, y in lines:
        st = cell.style
        if (st.fontName, st.fontSize, st.leading) != font:
            font = (st.fontName, st.fontSize, st.leading)
            tx.setFont(*font)
        if st.textColor != colour:
            colour = st.textColor
            tx.setFillColor(colour)
        tx.setTextOrigin(x, y)
        tx.textOut(cell.text)
    c.drawText(tx)
    c.restoreState()


class SignLine(Flowable):  # type: ignore[misc]
    """A label and a ruled blank to sign or write on, as the one-row ``Table`` it
    replaces drew them: label at the bottom of its column (no left padding), a 0.6 pt
    rule under the second column, ``blank`` (e.g. 年 月 日) on the rule, left or right."""

    def __init__(
        self,
        label: Flowable,
        blank: str,
        widths: tuple[float, float],
        font: str,
        size: float = 11.5,
        align: str = "RIGHT",
        height: float = 34,
    ) -> None:
        super().__init__()
        self.label, self.blank, self.widths = label, blank, widths
        self.font, self.size, self.align = font, size, align
        self.width, self.height = sum(widths), height
        self.hAlign = "CENTER"

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.label.wrap(self.widths[0] - _PAD_X, self.height)
        return self.width, self.height

    def draw(self) -> None:
        c, (left, right) = self.canv, self.widths
        self.label.drawOn(c, 0, _PAD_TOP)  # Table's bottom padding (3) under the label
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(left, 0, left + right, 0)
        c.restoreState()
        if self.blank:
            y = _PAD_TOP + 12 - self.size  # Table's default leading for text cells is 12
            if self.align == "RIGHT":
                x = left + right - _PAD_X - stringWidth(self.blank, self.font, self.size)
            else:
                x = left + _PAD_X
            c.setFont(self.font, self.size)
            c.drawString(x, y, self.blank)
