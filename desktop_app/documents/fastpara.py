"""A ReportLab ``Paragraph`` that lays out plain CJK text faster, with the same result.

Two costs dominate ReportLab's CJK paragraphs and both are redone for every paragraph
of every letter: the HTML markup parser (even for text without any markup) and the
line breaker, which measures the text one character at a time through
``stringWidth``. ``Para`` keeps ReportLab's own algorithms and output:

* plain text (no ``<``, ``>`` or ``&``) skips the parser: the one fragment the parser
  would return is a copy of the fragment it returns for any plain text in that style,
  with the text cleaned by ReportLab's own ``cleanBlockQuotedText``;
* a single-fragment CJK paragraph is broken by ReportLab's ``dumbSplit`` (hanging
  punctuation and all) fed with per-character widths from a per-font, per-size
  cache, so one dict lookup replaces one ``stringWidth`` call per character; several
  fragments (``<b>`` names, ``<font>`` runs) by a copy of ReportLab's
  ``cjkFragSplit`` / ``makeCJKParaLine`` with the same cache; a paragraph wrapped
  again at the same widths (keep-with-next, tables) reuses its lines;
* plain paragraphs are drawn by ``fastdraw.draw_plain``.

Widths are ``stringWidth(ch, font, size)`` exactly as ReportLab computes them, so line
breaks, justification and the PDF bytes are unchanged. Anything else (bullets, end
dots, images, auto leading) goes through ``Paragraph`` untouched.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any
from unicodedata import category

from reportlab.lib import textsplit
from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import dumbSplit
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import (
    FragLine,
    ParaLines,
    cjkU,
    cleanBlockQuotedText,
)
from reportlab.rl_config import _FUZZ

from .fastdraw import TextObject, draw_plain

__all__ = ["MARKUP", "CharWidths", "Para", "char_widths", "clean_text"]

MARKUP = frozenset("<>&")
"""Characters that make a paragraph's text markup for ReportLab's parser."""
_lock = threading.Lock()


class CharWidths(dict[str, float]):
    """``ch -> stringWidth(ch, font, size)``, measured on first use."""

    def __init__(self, font: str, size: float) -> None:
        super().__init__()
        self.font, self.size = font, size

    def __missing__(self, ch: str) -> float:
        width: float = stringWidth(ch, self.font, self.size)
        self[ch] = width
        return width


_widths: dict[tuple[str, float], CharWidths] = {}
_templates: dict[tuple[int, str], tuple[ParagraphStyle, list[Any] | None]] = {}


def char_widths(font: str, size: float) -> CharWidths:
    """The per-process width cache for ``font`` at ``size`` points."""
    key = (font, size)
    table = _widths.get(key)
    if table is None:
        with _lock:
            table = _widths.setdefault(key, CharWidths(font, size))
    return table


def _template(style: ParagraphStyle) -> Any:
    """The fragment ReportLab's parser makes for plain text in ``style`` (cached)."""
    frags = _templates_of(style, "x")
    return frags[0] if frags is not None and len(frags) == 1 else None


def _templates_of(style: ParagraphStyle, sample: str) -> list[Any] | None:
    """The fragments ReportLab's parser makes for ``sample`` in ``style`` (cached)."""
    key = (id(style), sample)
    entry = _templates.get(key)
    if entry is None or entry[0] is not style:
        parsed = Paragraph(sample, style).frags
        entry = (style, None if any(not hasattr(f, "text") for f in parsed) else parsed)
        with _lock:
            if len(_templates) >= 256:  # styles made anew (not the cached letter styles)
                _templates.clear()
            _templates[key] = entry
    frags: list[Any] | None = entry[1]
    return frags


_clean = lru_cache(maxsize=4096)(cleanBlockQuotedText)
"""ReportLab's text cleaning, a pure function of the text: the fixed wording of a batch's
letters is cleaned once per process."""
clean_text = _clean


def _clone(frag: Any, **attrs: Any) -> Any:
    """``frag.clone(**attrs)`` without its keyword round trips (``ABag.__init__`` only
    fills ``__dict__``)."""
    out = object.__new__(type(frag))
    out.__dict__.update(frag.__dict__)
    out.__dict__.update(attrs)
    return out


def _plain_frags(text: str, style: ParagraphStyle) -> list[Any] | None:
    if getattr(style, "textTransform", None):
        return None
    if MARKUP.intersection(text):
        return _bold_lead_frags(text, style)
    cleaned = _clean(text)
    template = _template(style)
    if not cleaned or template is None:
        return None
    return [_clone(template, text=cleaned, link=[], us_lines=[])]


_BOLD_LEAD = re.compile(r"<b>([^<>&]+)</b>([^<>&]*)")


def _bold_lead_frags(text: str, style: ParagraphStyle) -> list[Any] | None:
    """The parser's fragments for ``<b>name</b>rest`` (an addressee line), made from the
    fragments it returns for ``<b>x</b>y`` in that style; None for any other markup."""
    match = _BOLD_LEAD.fullmatch(_clean(text))
    templates = _templates_of(style, "<b>x</b>y") if match else None
    if match is None or templates is None or len(templates) != 2:
        return None
    bold, rest = match.groups()
    frags = [_clone(templates[0], text=bold, link=[], us_lines=[])]
    if rest:
        frags.append(_clone(templates[1], text=rest, link=[], us_lines=[]))
    return frags


class Para(Paragraph):  # type: ignore[misc]
    """``Paragraph`` with a parser bypass for plain text and cached CJK glyph widths."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # noqa: N803 (ReportLab's keyword, used by split)
        frags: list[Any] | None = None,
        caseSensitive: int = 1,  # noqa: N803
        encoding: str = "utf8",
    ) -> None:
        if frags is None and text is not None and bulletText is None:
            frags = _plain_frags(text, style)
            if frags is not None:
                text = frags[0].text
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def beginText(self, x: float, y: float) -> PDFTextObject:  # noqa: N802 (ReportLab API)
        return TextObject(self.canv, x, y)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """``Flowable.drawOn``; plain paragraphs through ``fastdraw.draw_plain``."""
        if not draw_plain(self, canvas, x, y, _sW):
            super().drawOn(canvas, x, y, _sW)

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802 (ReportLab API)
        """ReportLab's CJK line breaking with cached widths (and the result cached for
        repeated wraps at the same widths); ReportLab's own for the special cases."""
        frags, style = self.frags, self.style
        if (
            style.endDots
            or self.bulletText
            or any(hasattr(f, "cbDefn") or not hasattr(f, "text") for f in frags)
            or (hasattr(self, "blPara") and getattr(self, "_splitpara", 0))
            or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        ):
            return super().breakLinesCJK(maxWidths)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        key = (tuple(maxWidths), len(frags))
        cached = getattr(self, "_cjk_lines", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        if len(frags) == 1:
            f = frags[0]
            text = f.text
            lines = _dumb_split(text, f.fontName, f.fontSize, tuple(maxWidths))
            wrapped = [(space, [line]) for (space, line) in lines]
            out = _clone(f, kind=0, lines=wrapped, ascent=f.fontSize, descent=-0.2 * f.fontSize)
        elif frags:
            out = _frag_split(frags, maxWidths)
        else:
            return super().breakLinesCJK(maxWidths)
        self._cjk_lines = (key, out)
        return out


@lru_cache(maxsize=4096)
def _dumb_split(
    text: str, font: str, size: float, max_widths: tuple[float, ...]
) -> tuple[tuple[float, str], ...]:
    """ReportLab's ``dumbSplit`` of ``text`` with cached glyph widths: (extra space,
    line) pairs. A pure function of its arguments, so a paragraph that recurs in a
    batch's letters (the fixed wording) is broken into lines once per process."""
    table = char_widths(font, size)
    lines = [[space, line] for space, line in
             dumbSplit(text, list(map(table.__getitem__, text)), list(max_widths))]
    for k in range(1, len(lines)):  # as in _frag_split: no line starts with 。 after ）
        line = lines[k][1]
        n = 0
        while n < len(line) and line[n] in textsplit.ALL_CANNOT_START and line[n] != " ":
            n += 1
        if n:
            moved = sum(table[ch] for ch in line[:n])
            lines[k - 1][1] += line[:n]
            lines[k - 1][0] -= moved
            lines[k][1] = line[n:]
            lines[k][0] += moved
    return tuple((space, line) for space, line in lines if line)


FULL_WIDTH_CANNOT_START = "，：；？！》〉％"
"""Full-width punctuation that ReportLab's list lacks; no Chinese line may start with it
(GB/T 15834 / 中文排版 line-breaking rules). ReportLab's own Paragraph reads the same list."""
if FULL_WIDTH_CANNOT_START[0] not in textsplit.ALL_CANNOT_START:
    textsplit.ALL_CANNOT_START += FULL_WIDTH_CANNOT_START


def _glyphs(frags: list[Any]) -> list[Any]:
    """``cjkU`` per character, as ReportLab's ``cjkFragSplit`` makes them, widths cached."""
    out: list[Any] = []
    for f in frags:
        text = f.text
        if not text:
            out.append(cjkU(text, f, "utf8"))
            continue
        table = char_widths(f.fontName, f.fontSize)
        for ch in text:
            u = str.__new__(cjkU, ch)
            u._frag, u._width = f, table[ch]
            out.append(u)
    return out


def _frag_split(frags: list[Any], max_widths: list[float]) -> Any:
    """ReportLab's ``cjkFragSplit`` (without calcBounds), statement for statement, but for
    one rule: when a line ends on punctuation that may not start a line, the same kind
    of punctuation right after it stays on that line too (ReportLab hangs only the first,
    so "）。" at the end of a line sent "。" to the start of the next)."""
    U = _glyphs(frags)  # noqa: N806 (names kept from ReportLab for comparison)
    lines: list[Any] = []
    i = width_used = line_start = 0
    max_width = max_widths[0]
    n_u = len(U)
    while i < n_u:
        u = U[i]
        i += 1
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        width_used += w
        line_break = hasattr(u.frag, "lineBreak")
        if (width_used > max_width + _FUZZ and width_used > 0) or line_break:
            extra = max_width - width_used
            if not line_break:
                if ord(u) < 0x3000:
                    limit = (line_start + i) >> 1
                    for j in range(i - 1, limit, -1):
                        uj = U[j]
                        if uj and category(uj) == "Zs" or ord(uj) >= 0x3000:
                            k = j + 1
                            if k < i:
                                j = k + 1
                                extra += sum(U[ii].width for ii in range(j, i))
                                w = U[k].width
                                u = U[k]
                                i = j
                                break
                if u not in textsplit.ALL_CANNOT_START and i > line_start + 1:
                    i -= 1
                    extra += w
                else:
                    # ``u`` hangs at the end of the line; unlike ReportLab, so does the
                    # punctuation right after it (）。 or 」， ): no line starts with 。
                    while i < n_u and U[i] in textsplit.ALL_CANNOT_START and U[i]:
                        nxt = U[i]
                        if hasattr(nxt.frag, "lineBreak"):
                            break
                        extra -= nxt.width
                        i += 1
            lines.append(_line(U[line_start:i], max_width, width_used, extra, line_break))
            try:
                max_width = max_widths[len(lines)]
            except IndexError:
                max_width = max_widths[-1]
            line_start = i
            width_used = 0
    if width_used > 0:
        lines.append(_line(U[line_start:], max_width, width_used, max_width - width_used, False))
    return ParaLines(kind=1, lines=lines)


def _line(U: list[Any], max_width: float, used: float, extra: float, brk: bool) -> Any:  # noqa: N803
    """ReportLab's ``makeCJKParaLine`` (without calcBounds), font metrics once per frag."""
    words: list[Any] = []
    chars: list[str] = []
    f0 = FragLine()
    max_size: float = 0
    max_ascent: float = 0
    min_descent: float = 0
    metrics: dict[int, tuple[float, float]] = {}
    for u in U:
        f = u.frag
        font_size = f.fontSize
        bounds = metrics.get(id(f))
        if bounds is None:
            bounds = metrics[id(f)] = getAscentDescent(f.fontName, font_size)
        ascent, descent = bounds
        max_size = max(max_size, font_size)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        if not sameFrag(f0, f):
            f0 = f0.clone()
            f0.text = "".join(chars)
            words.append(f0)
            chars = []
            f0 = f
        chars.append(u)
    if chars:
        f0 = f0.clone()
        f0.text = "".join(chars)
        words.append(f0)
    return FragLine(
        kind=1,
        extraSpace=extra,
        wordCount=1,
        words=words[1:],
        fontSize=max_size,
        ascent=max_ascent,
        descent=min_descent,
        maxWidth=max_width,
        currentWidth=used,
        lineBreak=brk,
    )
