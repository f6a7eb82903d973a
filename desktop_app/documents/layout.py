"""Shared page layout: A4 frame, styles as data, numbered pages, QR code, seal block.

Agreements use the GB/T 9704 margins of compliance.md (``STANDARD``: top 37 mm, left
28 mm, text block 156 x 225 mm). Demand letters are set the way banks print them
(``LETTER``: same width and left margin, a taller block of 156 x 247 mm from 26 mm, body
in 11 pt, ``LETTER_SPECS``), so that the letter itself takes two pages and the 回执 its
own third. Styles are plain dictionaries (``STYLE_SPECS``) turned into ReportLab
``ParagraphStyle`` objects once per font, language and geometry.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from . import pdfnames
from .fastdraw import TextObject
from .fontcache import seed_subsets
from .qr import QrFlowable, qr_modules

__all__ = [
    "ACCENT",
    "LATIN_FONT",
    "LETTER",
    "LETTER_SPECS",
    "STANDARD",
    "STYLE_SPECS",
    "TEXT_WIDTH",
    "PageDecor",
    "PageGeometry",
    "SealBlock",
    "build_pdf",
    "markup",
    "QrFlowable",
    "qr_modules",
    "styles",
]

PAGE_W, PAGE_H = A4


@dataclass(frozen=True)
class PageGeometry:
    """The text block (from the page's top-left corner) and where the running header
    rule (pages 2 on) and the "page X of Y" footer sit."""

    top: float
    left: float
    width: float
    height: float
    header_gap: float  # header rule this far above the text block
    footer_y: float  # footer baseline above the page's bottom edge


STANDARD = PageGeometry(37 * mm, 28 * mm, 156 * mm, 225 * mm, 10 * mm, 20 * mm)
LETTER = PageGeometry(26 * mm, 28 * mm, 156 * mm, 247 * mm, 8 * mm, 13 * mm)
TOP, LEFT, TEXT_WIDTH, TEXT_HEIGHT = STANDARD.top, STANDARD.left, STANDARD.width, STANDARD.height
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

LETTER_SPECS: dict[str, dict[str, Any]] = {
    # what a demand letter sets differently: body in 五号 (10.5 pt) on 16.5 pt lines,
    # two characters of first-line indent, headings and cells a step smaller
    "letterhead": {"fontSize": 19, "leading": 24},
    "title": {"fontSize": 18, "leading": 24, "spaceBefore": 6},
    "number": {"fontSize": 10.5, "leading": 14, "spaceAfter": 6},
    "addressee": {"fontSize": 10.5, "leading": 15},
    "heading": {"fontSize": 11.5, "leading": 19, "spaceBefore": 3},
    "body": {"fontSize": 10.5, "leading": 16.5, "firstLineIndent": 21},
    "lead": {"fontSize": 10.5, "leading": 16.5, "firstLineIndent": 21, "spaceAfter": 3},
    "item": {"fontSize": 10.5, "leading": 16.5, "leftIndent": 21},
    "account": {"fontSize": 10.5, "leading": 16, "leftIndent": 42},
    "note": {"fontSize": 9, "leading": 13, "leftIndent": 21},
    "cell": {"fontSize": 9.5, "leading": 12},
    "cell_center": {"fontSize": 9.5, "leading": 12},
    "cell_right": {"fontSize": 9.5, "leading": 12},
    "party": {"fontSize": 10.5, "leading": 16},
}


@lru_cache(maxsize=16)
def styles(font: str, language: str, letter: bool = False) -> dict[str, ParagraphStyle]:
    """ParagraphStyles for ``font`` (CJK) and ``language``; English uses Times for Latin.
    ``letter``: the demand-letter sizes (``LETTER_SPECS`` over ``STYLE_SPECS``)."""
    base = font if language == "zh" else LATIN_FONT
    wrap = "CJK"  # also right for English: Latin words stay whole, Chinese runs may break
    specs = {
        name: {**spec, **(LETTER_SPECS.get(name, {}) if letter else {})}
        for name, spec in STYLE_SPECS.items()
    }
    out: dict[str, ParagraphStyle] = {}
    for name, spec in specs.items():
        extra: dict[str, Any] = {"fontName": base, "wordWrap": wrap}
        if language == "en" and name in ("body", "lead"):
            extra.update(firstLineIndent=0, spaceAfter=4 if letter else 5)
        if language == "en" and name == "title":
            extra.update(fontName=LATIN_BOLD, fontSize=15, leading=20)
        out[name] = ParagraphStyle(name, **{**spec, **extra})
    out["cjk_cell"] = ParagraphStyle("cjk_cell", **specs["cell"], fontName=font, wordWrap="CJK")
    # the amount table's lead inside ``letters._LeadAndTable``, which keeps them together
    out["lead_in_group"] = ParagraphStyle("lead_in_group", parent=out["lead"], keepWithNext=0)
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
        self.width, self.height = avail_w, 44 * mm
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
        cy = self.height - 22 * mm
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
    "page X of Y" footer, filled in once the page count is known; and across a preview's
    pages, a ``watermark`` saying it is not a document to send."""

    def __init__(
        self,
        font: str,
        reference: str,
        page_fmt: Callable[[int, int], str],
        geometry: PageGeometry = STANDARD,
        watermark: str = "",
    ) -> None:
        self.font, self.reference, self.page_fmt = font, reference, page_fmt
        self.geometry, self.watermark = geometry, watermark

    def draw(self, canv: Canvas, page: int, pages: int) -> None:
        g = self.geometry
        right, rule_y = g.left + g.width, PAGE_H - g.top + g.header_gap
        canv.saveState()
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont(self.font, 9)
        if page > 1:
            canv.drawRightString(right, rule_y + 2 * mm, self.reference)
            canv.setStrokeColor(colors.HexColor("#999999"))
            canv.setLineWidth(0.4)
            canv.line(g.left, rule_y, right, rule_y)
        canv.setFont(self.font, 10)
        canv.drawCentredString(g.left + g.width / 2, g.footer_y, self.page_fmt(page, pages))
        if self.watermark:
            canv.setFillColor(colors.HexColor("#c62828"))
            canv.setFillAlpha(0.22)
            # at most 30 pt, and small enough to stay on the page along the diagonal
            size = min(30.0, 640 / max(stringWidth(self.watermark, self.font, 1), 1))
            canv.setFont(self.font, size)
            canv.translate(PAGE_W / 2, PAGE_H / 2)
            canv.rotate(40)
            canv.drawCentredString(0, 0, self.watermark)
        canv.restoreState()


class PageFlate:
    """Page content streams deflated at zlib level 3 and without ReportLab's default
    ASCII85 layer (``rl_config.useA85``), which makes streams a quarter larger and costs
    an encode pass: a letter's pages deflate 6-8 times faster than at ReportLab's level
    6, for about 10 % more bytes on those streams (which are 5 % of the file; the font
    subsets are the rest)."""

    pdfname = "FlateDecode"
    level = 3

    def encode(self, text: bytes | str) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text  # as ReportLab's
        return zlib.compress(data, self.level)


_PAGE_FLATE = PageFlate()
pdfnames.install()


def _page_contents(doc: Any) -> None:
    """Give each page its content stream before ReportLab would (``PDFPage.check_format``
    makes the same ``PDFStream`` from ``page.stream``, with its own filters)."""
    for page in doc.Pages.pages:
        if not page.Contents and page.stream and page.compression:
            stream = pdfdoc.PDFStream(content=page.stream, filters=[_PAGE_FLATE])
            stream.__Comment__ = "page stream"
            page.Contents = stream


class _Frame(Frame):  # type: ignore[misc]
    """``Frame`` where the document's per-flowable ``getattr(frame, "_generated_content",
    None)`` finds the attribute instead of raising inside ``Frame.__getattr__``."""

    _generated_content = None


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    def __init__(
        self, *args: Any, decor: PageDecor, seed: tuple[str, str] | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        if seed is not None:
            seed_subsets(self, *seed)
        self._pages: list[dict[str, Any]] = []

    def beginText(  # noqa: N802 (ReportLab API)
        self, x: float = 0, y: float = 0, direction: Any = None
    ) -> TextObject:
        """ReportLab's text object, with subset font operators remembered (``drawString``
        and friends write through this)."""
        return TextObject(self, x, y, direction=direction)

    def showPage(self) -> None:  # noqa: N802 (ReportLab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decor.draw(self, number, total)
            super().showPage()
        _page_contents(self._doc)
        super().save()


def build_pdf(
    story: list[Flowable],
    decor: PageDecor,
    meta: dict[str, str],
    invariant: bool,
    seed: tuple[str, str] | None = None,
) -> bytes:
    """Lay ``story`` out on A4 in ``decor.geometry``'s text block; return the PDF bytes.

    ``seed`` (font name, characters): characters given their font-subset codes first,
    so that documents built from the same wording share their first subsets, which
    the font then embeds from its cache (``fontcache``)."""
    g = decor.geometry
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=g.left,
        rightMargin=PAGE_W - g.left - g.width,
        topMargin=g.top,
        bottomMargin=PAGE_H - g.top - g.height,
        invariant=int(invariant),
        title=meta.get("title", ""),
        author=meta.get("author", ""),
        subject=meta.get("subject", ""),
        creator="Collection Desk",
        producer="Collection Desk",
        keywords=meta.get("keywords", ""),
        lang=meta.get("lang", "zh-CN"),
    )
    frame = _Frame(
        g.left,
        PAGE_H - g.top - g.height,
        g.width,
        g.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, decor=decor, seed=seed))
    return buf.getvalue()
