"""Shared page layout: A4 frame, styles as data, numbered pages, QR code, seal block.

Margins follow compliance.md (GB/T 9704 practice): top 37 mm, left 28 mm, text block
156 x 225 mm. Styles are plain dictionaries (``STYLE_SPECS``) turned into ReportLab
``ParagraphStyle`` objects once per font and language.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fontcache import seed_subsets
from .qr import QrFlowable, qr_modules

__all__ = [
    "ACCENT",
    "LATIN_FONT",
    "STYLE_SPECS",
    "TEXT_WIDTH",
    "PageDecor",
    "SealBlock",
    "build_pdf",
    "markup",
    "QrFlowable",
    "qr_modules",
    "styles",
]

PAGE_W, PAGE_H = A4
TOP, LEFT, TEXT_WIDTH, TEXT_HEIGHT = 37 * mm, 28 * mm, 156 * mm, 225 * mm
ACCENT = colors.HexColor("#9b1c1c")
LATIN_FONT = "Times-Roman"
LATIN_BOLD = "Times-Bold"
_NON_LATIN = re.compile(r"[^\x00-\xff]+")

STYLE_SPECS: dict[str, dict[str, Any]] = {
    "letterhead": {"fontSize": 20, "leading": 26, "alignment": TA_CENTER, "textColor": ACCENT},
    "letterhead_sub": {
        "fontSize": 9,
        "leading": 13,
        "alignment": TA_CENTER,
        "textColor": colors.HexColor("#444444"),
    },
    "title": {"fontSize": 20, "leading": 28, "alignment": TA_CENTER, "spaceBefore": 8},
    "number": {"fontSize": 11, "leading": 16, "alignment": TA_CENTER, "spaceAfter": 8},
    "addressee": {"fontSize": 11, "leading": 16},
    "heading": {"fontSize": 12.5, "leading": 21, "spaceBefore": 4, "keepWithNext": 1},
    "body": {
        "fontSize": 12,
        "leading": 20.5,
        "firstLineIndent": 24,
        "alignment": TA_JUSTIFY,
        "spaceAfter": 1,
    },
    "lead": {
        "fontSize": 12,
        "leading": 20.5,
        "firstLineIndent": 24,
        "alignment": TA_JUSTIFY,
        "spaceAfter": 4,
        "keepWithNext": 1,
    },
    "item": {"fontSize": 12, "leading": 20, "leftIndent": 24},
    "account": {"fontSize": 12, "leading": 19, "leftIndent": 48},
    "note": {
        "fontSize": 10,
        "leading": 15,
        "leftIndent": 24,
        "spaceAfter": 2,
        "textColor": colors.HexColor("#333333"),
    },
    "cell": {"fontSize": 10, "leading": 13, "alignment": TA_LEFT},
    "cell_center": {"fontSize": 10, "leading": 13, "alignment": TA_CENTER},
    "cell_right": {"fontSize": 10, "leading": 13, "alignment": TA_RIGHT},
    "sign": {"fontSize": 12, "leading": 34},
    "party": {"fontSize": 11.5, "leading": 18.5},
}


@lru_cache(maxsize=16)
def styles(font: str, language: str) -> dict[str, ParagraphStyle]:
    """ParagraphStyles for ``font`` (CJK) and ``language``; English uses Times for Latin."""
    base = font if language == "zh" else LATIN_FONT
    wrap = "CJK"  # also right for English: Latin words stay whole, Chinese runs may break
    out: dict[str, ParagraphStyle] = {}
    for name, spec in STYLE_SPECS.items():
        extra: dict[str, Any] = {"fontName": base, "wordWrap": wrap}
        if language == "en" and name in ("body", "lead"):
            extra.update(firstLineIndent=0, spaceAfter=5)
        if language == "en" and name == "title":
            extra.update(fontName=LATIN_BOLD, fontSize=15, leading=20)
        out[name] = ParagraphStyle(name, **{**spec, **extra})
    out["cjk_cell"] = ParagraphStyle(
        "cjk_cell", **STYLE_SPECS["cell"], fontName=font, wordWrap="CJK"
    )
    return out


def markup(text: str, language: str, cjk_font: str) -> str:
    """English paragraphs: route runs of non-Latin-1 characters to the CJK font."""
    if language == "zh":
        return text
    return _NON_LATIN.sub(lambda m: f'<font name="{cjk_font}">{m.group(0)}</font>', text)


class SealBlock(Flowable):  # type: ignore[misc]
    """Issuer name and date (GB/T 9704: date 4 characters in from the right), a dashed
    circle placeholder for the seal (not a seal), and the verification QR on the left."""

    def __init__(
        self,
        signer: str,
        date_text: str,
        seal_label: str,
        fonts: tuple[str, str],
        qr: QrFlowable | None,
        qr_caption: str,
    ) -> None:
        super().__init__()
        self.signer, self.date_text, self.seal_label = signer, date_text, seal_label
        self.font, self.cjk = fonts
        self.qr, self.qr_caption = qr, qr_caption
        self.size = 12.5

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width, self.height = avail_w, 46 * mm
        return self.width, self.height

    def _text(self, x: float, y: float, text: str, size: float, anchor: str) -> None:
        font = self.cjk if _NON_LATIN.search(text) else self.font
        width = stringWidth(text, font, size)
        left = {"c": x - width / 2, "r": x - width, "l": x}[anchor]
        self.canv.setFont(font, size)
        self.canv.drawString(left, y, text)

    def draw(self) -> None:
        c, s = self.canv, self.size
        date_w = stringWidth(self.date_text, self.cjk, s)
        cx = min(self.width - 4 * s - date_w / 2, self.width - 24 * mm)
        cy = self.height - 24 * mm
        c.saveState()
        c.setStrokeColor(colors.HexColor("#b04040"))
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.circle(cx, cy, 21 * mm, stroke=1, fill=0)
        c.setFillColor(colors.HexColor("#b04040"))
        self._text(cx, cy + 13 * mm, self.seal_label, 8, "c")
        c.restoreState()
        name_w = stringWidth(self.signer, self.cjk, s)
        name_x = min(cx, self.width - name_w / 2)
        self._text(name_x, cy + 3 * mm, self.signer, s, "c")
        self._text(cx, cy - 6 * mm, self.date_text, s, "c")
        if self.qr is not None:
            self.qr.drawOn(c, 0, cy - 14 * mm)
            c.setFillColor(colors.HexColor("#555555"))
            self._text(self.qr.width / 2, cy - 18 * mm, self.qr_caption, 7.5, "c")


class PageDecor:
    """What is drawn on every page: a reference in the header (from page 2) and the
    "page X of Y" footer, filled in once the page count is known."""

    def __init__(self, font: str, reference: str, page_fmt: Callable[[int, int], str]) -> None:
        self.font, self.reference, self.page_fmt = font, reference, page_fmt

    def draw(self, canv: Canvas, page: int, pages: int) -> None:
        canv.saveState()
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont(self.font, 9)
        if page > 1:
            canv.drawRightString(LEFT + TEXT_WIDTH, PAGE_H - TOP + 12 * mm, self.reference)
            canv.setStrokeColor(colors.HexColor("#999999"))
            canv.setLineWidth(0.4)
            canv.line(LEFT, PAGE_H - TOP + 10 * mm, LEFT + TEXT_WIDTH, PAGE_H - TOP + 10 * mm)
        canv.setFont(self.font, 10)
        canv.drawCentredString(LEFT + TEXT_WIDTH / 2, 20 * mm, self.page_fmt(page, pages))
        canv.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    def __init__(
        self, *args: Any, decor: PageDecor, seed: tuple[str, str] | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        if seed is not None:
            seed_subsets(self, *seed)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decor.draw(self, number, total)
            super().showPage()
        super().save()


def build_pdf(
    story: list[Flowable],
    decor: PageDecor,
    meta: dict[str, str],
    invariant: bool,
    seed: tuple[str, str] | None = None,
) -> bytes:
    """Lay ``story`` out on A4 with the standard frame and return the PDF bytes.

    ``seed`` (font name, characters): characters given their font-subset codes first,
    so that documents built from the same wording share their first subsets, which
    the font then embeds from its cache (``fontcache``)."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=PAGE_W - LEFT - TEXT_WIDTH,
        topMargin=TOP,
        bottomMargin=PAGE_H - TOP - TEXT_HEIGHT,
        invariant=int(invariant),
        title=meta.get("title", ""),
        author=meta.get("author", ""),
        subject=meta.get("subject", ""),
        creator="Collection Desk",
        producer="Collection Desk",
        keywords=meta.get("keywords", ""),
        lang=meta.get("lang", "zh-CN"),
    )
    frame = Frame(
        LEFT,
        PAGE_H - TOP - TEXT_HEIGHT,
        TEXT_WIDTH,
        TEXT_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, decor=decor, seed=seed))
    return buf.getvalue()
