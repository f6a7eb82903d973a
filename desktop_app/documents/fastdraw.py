"""Drawing of plain paragraphs without ReportLab's per-paragraph state machinery.

``Flowable.drawOn`` and ``Paragraph.drawPara`` save the canvas state twice, translate,
set the fill colour and restore twice for every paragraph, each a Python-level copy of
the canvas state. For the paragraphs a letter is made of (one fragment per line, no
bullet, border, background, links or underlines, opaque RGB text) the net effect on the
canvas is just these operators: ``q``, the translation, ``q``, the colour, the text
object, ``Q``, ``Q``. ``draw_plain`` writes exactly those (the text object is built by
ReportLab's own line functions) and leaves the canvas's Python state as the two
``restoreState`` calls would; anything else returns ``False`` and is drawn by ReportLab.

``TextObject`` is ReportLab's text object with the subset font operators of a
``CachingTTFont`` remembered per canvas (the same operators ReportLab writes).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.paragraph import (
    _centerDrawParaLine,
    _justifyDrawParaLine,
    _leftDrawParaLine,
    _rightDrawParaLine,
)
from reportlab.rl_config import paraFontSizeHeightOffset

from .fontcache import CachingTTFont, split_coded

__all__ = ["TextObject", "draw_plain"]

_LINE_FUNCS = {
    TA_LEFT: _leftDrawParaLine,
    TA_CENTER: _centerDrawParaLine,
    TA_RIGHT: _rightDrawParaLine,
    TA_JUSTIFY: _justifyDrawParaLine,
}


class TextObject(PDFTextObject):  # type: ignore[misc]
    """``PDFTextObject`` whose subset font operators are remembered per canvas."""

    _curSubset: int  # noqa: N815 (ReportLab's attribute)

    def _formatText(self, text: Any) -> str:  # noqa: N802 (ReportLab API)
        font = getFont(self._fontname)
        if not isinstance(font, CachingTTFont) or type(text) is not str:
            return str(super()._formatText(text))
        canv = self._canvas
        doc = canv._doc
        names: dict[tuple[str, int, float, float], str] = canv.__dict__.setdefault(
            "_cd_subset_fonts", {}
        )
        coded = font.coded(text, doc)
        if coded is None:
            runs = _shown(tuple(font.splitString(text, doc)))
        else:
            runs = _shown(split_coded(coded))
        out: list[str] = []
        for subset, shown in runs:
            if subset != self._curSubset:
                key = (font.fontName, subset, self._fontsize, self._leading)
                op = names.get(key)
                if op is None:
                    name = font.getSubsetInternalName(subset, doc)
                    size, leading = fp_str(self._fontsize), fp_str(self._leading)
                    op = names[key] = f"{name} {size} Tf {leading} TL"
                out.append(op)
                self._curSubset = subset
            out.append(shown)
        return " ".join(out)


@lru_cache(maxsize=8192)
def _shown(runs: tuple[tuple[int, bytes], ...]) -> tuple[tuple[int, str], ...]:
    """Each run's show-text operator, ``(codes) Tj``, as ReportLab writes it."""
    return tuple((subset, f"({escapePDF(chunk)}) Tj") for subset, chunk in runs)


def _plain(para: Any, canvas: Any) -> bool:
    """Whether ``drawPara`` would take its simple one-fragment path with nothing but text."""
    style, bl = para.style, getattr(para, "blPara", None)
    color = getattr(bl, "textColor", None)
    return (
        bl is not None
        and bl.kind == 0
        and bool(bl.lines)
        and not para.bulletText
        and not getattr(bl, "us_lines", None)
        and not getattr(bl, "link", None)
        and not style.backColor
        and not (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
        and style.alignment in _LINE_FUNCS
        and style.wordWrap == "CJK"
        and getattr(para, "autoLeading", getattr(style, "autoLeading", "")) in ("", "off")
        and not hasattr(para, "_offsets")
        and not getattr(para, "_showBoundary", None)
        and not getattr(para, "debug", 0)
        and "preformatted" not in type(para).__name__.lower()
        and isinstance(color, Color)
        and not isinstance(color, CMYKColor)
        and canvas._enforceColorSpace is None
        and (color.alpha is None or canvas._extgstate.getValue("ca") == color.alpha)
    )


def draw_plain(para: Any, canvas: Any, x: float, y: float, s_w: float = 0) -> bool:
    """Draw ``para`` as ``Flowable.drawOn`` + ``Paragraph.drawPara`` would, if plain."""
    if not _plain(para, canvas):
        return False
    x = para._hAlignAdjust(x, s_w)
    bl = para.blPara
    color = bl.textColor
    code = canvas._code
    code.append("q")
    code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")  # translate; after "q" nothing to merge
    code.append("q")
    code.append(f"{fp_str((color.red, color.green, color.blue))} rg")
    if color.alpha is not None:  # setFillAlpha: same value, so only the version bump
        canvas._doc.ensureMinPdfVersion("transparency")
    top = bl.fontSize if paraFontSizeHeightOffset else getattr(bl, "ascent", bl.fontSize)
    no_justify_last = not getattr(para, "_JustifyLast", False)
    key = _text_key(para, canvas, top, no_justify_last)
    text = None if key is None else _texts.get(key)
    if text is None:
        text = _text_object(para, canvas, top, no_justify_last)
        if key is not None:
            if len(_texts) >= _TEXTS_MAX:
                _texts.clear()
            _texts[key] = text
    code.append(text)
    code.append("Q")
    code.append("Q")
    return True


def _text_object(para: Any, canvas: Any, top: float, no_justify_last: bool) -> str:
    """The paragraph's text object (``BT`` ... ``ET``), written by ReportLab's line
    functions as ``Paragraph.drawPara`` would."""
    style, bl = para.style, para.blPara
    lines = bl.lines
    tx = TextObject(canvas, style.leftIndent, para.height - top)
    tx.preformatted = False
    tx.direction = style.wordWrap
    tx.setFont(bl.fontName, bl.fontSize, style.leading)
    line_func = _LINE_FUNCS[style.alignment]
    jllwc, last_index = style.justifyLastLine, len(lines) - 1
    for i, (space, words) in enumerate(lines):
        last = no_justify_last and i == last_index
        if last and jllwc and len(words) > jllwc:
            last = False
        line_func(tx, style.firstLineIndent if i == 0 else 0, space, words, last)
    return str(tx.getCode())


_TEXTS_MAX = 4096
_texts: dict[tuple[Any, ...], str] = {}
"""Text objects of paragraphs in a ``CachingTTFont``, by everything they are written
from: the font's name in the document, the style's measures, the paragraph's height and
each line's extra space and coded text (``CachingTTFont.coded``: the characters' subset
codes in this document). The fixed paragraphs of a batch's letters have the same codes
in every letter (seeded subsets), so each is written once per process; a paragraph
with names or figures of its own gets a key that matches nothing and is written anew."""


def _text_key(para: Any, canvas: Any, top: float, no_justify_last: bool) -> Any:
    """The key of ``para``'s text object in ``_texts``, or None (not memoised). Assigns
    codes to new characters line by line, in the order drawing them would, and names the
    font in the document (``getSubsetInternalName``) as drawing its first line would."""
    style, bl = para.style, para.blPara
    font = getFont(bl.fontName)
    if not isinstance(font, CachingTTFont):
        return None
    doc = canvas._doc
    texts: list[str] = []
    for _, words in bl.lines:
        if len(words) != 1 or type(words[0]) is not str:
            return None
        texts.append(words[0])
    # one call for all lines: the same codes, assigned in the same order, as line by line
    joined = "".join(texts)
    whole = font.coded(joined, doc) if joined else ""
    if whole is None:
        return None
    coded: list[tuple[float, str]] = []
    start = 0
    for (space, _), text in zip(bl.lines, texts, strict=True):
        coded.append((space, whole[start : start + len(text)]))  # one code per character
        start += len(text)
    names = canvas.__dict__.setdefault("_cd_subset0", {})
    name = names.get(bl.fontName)
    if name is None:  # the first call names the font in the document
        name = names[bl.fontName] = font.getSubsetInternalName(0, doc)
    return (
        name,
        bl.fontName,
        bl.fontSize,
        style.leading,
        style.leftIndent,
        style.firstLineIndent,
        style.alignment,
        style.justifyLastLine,
        no_justify_last,
        para.height,
        top,
        tuple(coded),
    )
