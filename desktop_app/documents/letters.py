"""Demand letters (催收函件) as a pure function: ``LetterData`` in, PDF bytes out."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Spacer,
)

from desktop_app.domain.daxie import DIGITS

from .checks import DocumentRefused, checked_letter
from .fastpara import Para
from .fonts import register_font
from .gridtable import GridTable, SignLine, TextCell
from .hashing import content_hash, qr_payload
from .layout import (
    ACCENT,
    LETTER,
    TEXT_WIDTH,
    PageDecor,
    QrFlowable,
    SealBlock,
    build_pdf,
    markup,
)
from .layout import styles as make_styles
from .letter_data import LetterData, LetterKind
from .letter_text import LetterContent, Part
from .texts import KeyLog, Texts, load_texts

__all__ = ["DocumentRefused", "add_account_line", "amount_table", "build_letter", "letterhead"]

# wording drawn when the PDF is saved, after the font subsets are seeded
_DRAWN_KEYS = frozenset(("label.page",))


class _Builder:
    def __init__(self, language: str, cjk: str, letter: bool = False) -> None:
        self.language, self.cjk = language, cjk
        self.st = make_styles(cjk, language, letter)

    def p(self, text: str, style: str) -> Para:
        return Para(markup(text, self.language, self.cjk), self.st[style])

    def cell(self, text: str, style: str = "cell") -> Para:
        if style == "cell" and self.language == "en" and not text.isascii():
            style = "cjk_cell"
        return self.p(text, style)

    def text_cell(self, text: str, style: str = "cell") -> TextCell:
        """A ``GridTable`` cell: one line drawn by the table, or ``cell``'s paragraph
        (English text with CJK runs, which switch fonts, is always the paragraph)."""
        one_font = self.language == "zh" or text.isascii()
        return TextCell(text, self.st[style], lambda: self.cell(text, style), one_font)


def letterhead(b: _Builder, name: str, sub: str) -> list[Flowable]:
    """Institution (or law firm) name, address line and a double accent rule."""
    return [
        b.p(name, "letterhead"),
        b.p(sub, "letterhead_sub"),
        HRFlowable(width="100%", thickness=1.6, color=ACCENT, spaceBefore=3, spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.5, color=ACCENT, spaceAfter=6),
    ]


def amount_table(
    b: _Builder,
    rows: tuple[tuple[str, str, str], ...],
    widths: tuple[float, float, float] = (0.3, 0.22, 0.48),
) -> GridTable:
    """Item | figures | 大写 table; first row is the header, last row the total. Split
    across pages it repeats the header, and keeps the header with two rows and the total
    with the row above it."""
    data = [
        [
            b.text_cell(item, "cell_center" if i == 0 else "cell"),
            b.text_cell(fig, "cell_center" if i == 0 else "cell_right"),
            b.text_cell(dx, "cell_center" if i == 0 else "cell"),
        ]
        for i, (item, fig, dx) in enumerate(rows)
    ]
    return GridTable(data, [w * TEXT_WIDTH for w in widths])


def sign_line(
    b: _Builder, label: str, blank: str = "", label_share: float = 0.42, align: str = "RIGHT"
) -> SignLine:
    """A label and a ruled blank line to sign or write on (``blank`` printed on the line)."""
    widths = (label_share * TEXT_WIDTH, (1 - label_share) * TEXT_WIDTH)
    return SignLine(b.p(label, "party"), blank, widths, b.cjk, 11.5, align)


class AccountBlock(KeepTogether):  # type: ignore[misc]
    """The lines of the payment account (name, bank, number, reference): on one page,
    the next one when they do not all fit in what is left of this one."""

    def __init__(self, lines: list[Flowable]) -> None:
        super().__init__(lines)
        self.lines = lines


def add_account_line(b: _Builder, out: list[Flowable], text: str) -> None:
    """Append an account line to ``out``, in one :class:`AccountBlock` with the lines
    right before it."""
    line = b.p(text, "account")
    if out and isinstance(out[-1], AccountBlock):
        out[-1] = AccountBlock([*out[-1].lines, line])
    elif out and _leads_in(out[-1]):  # "...into the following designated account:"
        out[-1] = AccountBlock([out[-1], line])
    else:
        out.append(AccountBlock([line]))


def _leads_in(flowable: Flowable) -> bool:
    """A paragraph that introduces what follows (ends with a colon): kept with it."""
    return isinstance(flowable, Para) and str(getattr(flowable, "text", "")).rstrip().endswith(
        ("：", ":")
    )


class _LeadAndTable(KeepTogether):  # type: ignore[misc]
    """The sentence introducing the amount table and the table. When they do not fit in
    what is left of the page they start on it anyway, if the sentence, the header and
    the first two rows fit (the table repeats its header on the next page and never
    leaves its last two rows, the total among them, apart); otherwise on the next page.
    Plain ``keepWithNext`` would move them whole and leave a third of page 1 empty."""

    def __init__(self, lead: Flowable, table: GridTable) -> None:
        super().__init__([lead, table])
        self.lead, self.table = lead, table

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (ReportLab API)
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH < self._H:
            start = self.lead.wrap(aW, aH)[1] + sum(self.table.row_heights[:3])
            if start <= aH:
                return [self.lead, self.table]
        result: list[Flowable] = super().split(aW, aH)
        return result


def _body(b: _Builder, parts: tuple[Part, ...]) -> list[Flowable]:
    out: list[Flowable] = []
    for part in parts:
        if out and isinstance(out[-1], SignLine) and part.kind != "sign":
            out.append(Spacer(1, 6))  # the note under the last line to sign keeps clear of it
        if part.kind == "table":
            table = amount_table(b, part.rows)
            if out and isinstance(out[-1], Para) and out[-1].style.name == "lead":
                lead = out.pop()
                lead.style = b.st["lead_in_group"]
                out.append(_LeadAndTable(lead, table))
            else:
                out.append(table)
            out.append(Spacer(1, 5))
        elif part.kind == "sign":
            out.append(sign_line(b, part.text, part.blank))
        elif part.kind == "account":
            add_account_line(b, out, part.text)
        else:
            out.append(b.p(part.text, {"p": "body"}.get(part.kind, part.kind)))
    return out


def _heading(b: _Builder, data: LetterData, content: LetterContent) -> list[Flowable]:
    if data.kind is LetterKind.LAWYER and data.law_firm is not None:
        name, sub = data.law_firm.firm_name, data.law_firm.address
    else:
        issuer = data.issuer
        name, sub = issuer.legal_name, f"{issuer.address}　{issuer.phone}"
    return [
        *letterhead(b, name, sub),
        b.p(content.title, "title"),
        b.p(content.number, "number"),
        *(b.p(line, "addressee") for line in content.addressees),
        Spacer(1, 6),
    ]


def _signature(
    b: _Builder,
    data: LetterData,
    content: LetterContent,
    texts: Texts,
    digest: str,
    closing: Flowable | None,
) -> Flowable:
    """The seal block, kept on one page with the lawyer's line and the letter's closing
    paragraph (``closing``, e.g. 特此函告), so the seal never stands on a page alone."""
    qr = QrFlowable(qr_payload(data.letter_no, digest), 24 * mm)
    seal_key = "label.firm_seal" if content.lawyer_line else "label.seal"
    block: list[Flowable] = [] if closing is None else [closing]
    block.append(Spacer(1, 8))
    if content.lawyer_line:
        block.append(b.p(content.lawyer_line, "body"))
    block.append(
        SealBlock(
            content.signer,
            content.sign_date,
            texts.plain(seal_key),
            (b.st["body"].fontName, b.cjk),
            qr,
            texts.plain("label.qr_caption"),
        )
    )
    return KeepTogether(block)


def _receipt(b: _Builder, data: LetterData, content: LetterContent, texts: Texts) -> list[Flowable]:
    head = [
        b.p(texts.fmt("receipt.title"), "title"),
        b.p(content.number, "number"),
        HRFlowable(width="100%", thickness=0.5, dash=(4, 3), color=colors.grey, spaceAfter=10),
    ]
    return [PageBreak(), *head, *_body(b, content.receipt)]


def _meta(data: LetterData, content: LetterContent, digest: str) -> dict[str, str]:
    return {
        "title": f"{content.title} {data.letter_no}",
        "author": data.issuer.legal_name,
        "subject": data.letter_no,
        "keywords": f"sha256={digest}",
        "lang": "zh-CN" if data.language == "zh" else "en",
    }


def build_letter(
    data: LetterData,
    font: str | None = None,
    invariant: bool = False,
    texts: Texts | None = None,
    *,
    preview: bool = False,
) -> bytes:
    """Check ``data`` (``DocumentRefused`` lists every problem) and return the PDF.

    ``font`` is a TrueType path or a registered font name (default: discovered CJK font,
    else STSong-Light). ``invariant=True`` gives byte-identical output for the same input.
    ``preview``: every page carries the wording's ``label.preview`` across it (not
    numbered, not to be sent).
    """
    texts = wording = KeyLog.of(texts or load_texts("letter", data.language))
    problems, content = checked_letter(data, wording)
    if problems or content is None:
        raise DocumentRefused(problems)
    b = _Builder(data.language, register_font(font), letter=True)
    digest = content_hash(data)
    body = _body(b, content.body)
    closing = body.pop() if body and isinstance(body[-1], Para) else None
    story = [
        *_heading(b, data, content),
        *body,
        _signature(b, data, content, texts, digest, closing),
        *_receipt(b, data, content, texts),
    ]
    decor = PageDecor(
        b.cjk,
        content.number,
        lambda n, t: texts.plain("label.page", page=n, pages=t),
        LETTER,
        texts.plain("label.preview") if preview else "",
    )
    seed = (b.cjk, _subset_seed(data, wording))
    return build_pdf(story, decor, _meta(data, content, digest), invariant, seed)


def _subset_seed(data: LetterData, wording: KeyLog) -> str:
    """The characters of the wording templates this letter was written from and of the
    institution's fixed details, most frequent first: letters of one kind share these
    font subsets (``layout.build_pdf``), and only the characters of names, addresses
    and the like go into a subset of their own."""
    issuer, account, firm = data.issuer, data.payment_account, data.law_firm
    parts: tuple[str, ...] = (
        issuer.legal_name,
        issuer.address,
        account.account_name,
        account.bank_name,
    )
    if firm is not None:
        parts += (firm.firm_name, firm.address)
    keys = sorted(wording.used.union(_DRAWN_KEYS).intersection(wording.entries))
    return _by_frequency((*(wording.entries[k] for k in keys), *parts, _FIGURE_CHARS))


_FIGURE_CHARS = DIGITS + "拾佰仟万亿元角分整〔〕"
"""Characters every letter's figures and number use but no wording template holds: the
大写 numerals and units, and the brackets of the year in a letter number (〔2026〕)."""


@lru_cache(maxsize=32)
def _by_frequency(parts: tuple[str, ...]) -> str:
    """Non-Latin-1 characters of ``parts``, most frequent first (ties by code point)."""
    counts = Counter(ch for part in parts for ch in part if ord(ch) > 0xFF)
    return "".join(sorted(counts, key=lambda ch: (-counts[ch], ch)))
