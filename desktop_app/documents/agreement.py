"""Restructured repayment agreements as a pure function: ``AgreementData`` in, PDF out."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from .agreement_checks import awaits_consent, check_agreement
from .agreement_data import AgreementData
from .agreement_text import AgreementContent, SignatureBlock, compose_agreement, party_roles
from .checks import DocumentRefused
from .fmt import money
from .fonts import register_font
from .hashing import content_hash, qr_payload
from .layout import TEXT_WIDTH, PageDecor, QrFlowable, build_pdf
from .letter_text import Part, fmt_date
from .letters import _Builder, add_account_line, amount_table, sign_line
from .texts import Texts, load_texts

__all__ = ["DocumentRefused", "build_agreement"]

_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ececec")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _schedule(b: _Builder, data: AgreementData, texts: Texts) -> Table:
    """期次 | 还款日 | 本金 | 利息 | [欠息] | 本期合计 | 剩余本金; header repeats, totals row."""
    arrears = any(r.arrears is not None for r in data.schedule)
    keys = [
        "period",
        "due",
        "principal",
        "interest",
        *(["arrears"] if arrears else []),
        "payment",
        "remaining",
    ]
    head: list[object] = [b.cell(texts.fmt(f"label.sched.{k}"), "cell_center") for k in keys]
    rows: list[list[object]] = [head]
    for r in data.schedule:
        cells: list[object] = [
            str(r.period),
            fmt_date(r.due_date, data.language),
            money(r.principal),
            money(r.interest),
            *([money(r.arrears or 0)] if arrears else []),
            money(r.payment),
            money(r.remaining),
        ]
        rows.append(cells)
    s = data.schedule
    totals: list[object] = [
        texts.plain("label.sched.total"),
        "",
        money(sum(r.principal for r in s)),
        money(sum(r.interest for r in s)),
        *([money(sum(r.arrears or 0 for r in s))] if arrears else []),
        money(sum(r.payment for r in s)),
        "",
    ]
    rows.append(totals)
    fixed = [0.08, 0.2] if data.language == "zh" else [0.07, 0.21]
    rest = (1 - sum(fixed)) / (len(keys) - 2)
    table = Table(
        rows, colWidths=[w * TEXT_WIDTH for w in fixed + [rest] * (len(keys) - 2)], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                *_GRID,
                ("FONTNAME", (0, 1), (-1, -1), b.st["cell"].fontName),
                ("FONTSIZE", (0, 1), (-1, -1), 9),
                ("ALIGN", (0, 1), (1, -1), "CENTER"),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("SPAN", (0, -1), (1, -1)),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f4f4f4")),
            ]
        )
    )
    return table


def _service(b: _Builder, data: AgreementData, texts: Texts) -> Table:
    rows: list[list[object]] = [
        [
            b.cell(texts.fmt(f"label.svc.{k}"), "cell_center")
            for k in ("party", "address", "contact")
        ]
    ]
    for role, p in party_roles(data, texts):
        contact = " / ".join(x for x in (p.phone, p.email) if x)
        rows.append([b.cell(f"{role}<br/>{p.name}"), b.cell(p.service_address), b.cell(contact)])
    table = Table(rows, colWidths=[w * TEXT_WIDTH for w in (0.3, 0.42, 0.28)], repeatRows=1)
    table.setStyle(TableStyle(_GRID))
    return table


def _parts(
    b: _Builder, data: AgreementData, texts: Texts, parts: tuple[Part, ...]
) -> list[Flowable]:
    out: list[Flowable] = []
    for part in parts:
        if part.kind == "schedule":
            out += [Spacer(1, 3), _schedule(b, data, texts), Spacer(1, 4)]
        elif part.kind == "service":
            out += [Spacer(1, 3), _service(b, data, texts), Spacer(1, 4)]
        elif part.kind == "table":
            out += [Spacer(1, 3), amount_table(b, part.rows), Spacer(1, 4)]
        elif part.kind == "heading":
            out.append(b.p(part.text, "heading"))
        elif part.kind == "account":
            add_account_line(b, out, part.text)
        else:
            out.append(b.p(part.text, {"p": "body"}.get(part.kind, part.kind)))
    return out


def _signature_blocks(b: _Builder, blocks: tuple[SignatureBlock, ...]) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        last = len(block.lines) - 1
        lines = [
            sign_line(b, label, value, 0.5, "RIGHT" if i == last else "LEFT")
            for i, (label, value) in enumerate(block.lines)
        ]
        out.append(KeepTogether([Spacer(1, 10), *lines]))
    return out


def _head(b: _Builder, content: AgreementContent) -> list[Flowable]:
    return [
        b.p(content.title, "title"),
        Spacer(1, 6),
        *(b.p(line, "number") for line in content.header),
        Spacer(1, 4),
        *(b.p(p.text, "party") for p in content.parties),
        Spacer(1, 6),
    ]


def _verification(data: AgreementData, texts: Texts) -> Flowable:
    qr = QrFlowable(qr_payload(data.agreement_no, content_hash(data)), 20 * mm)
    qr.hAlign = "RIGHT"
    return qr


def build_agreement(
    data: AgreementData,
    font: str | None = None,
    invariant: bool = False,
    texts: Texts | None = None,
    *,
    draft: bool = False,
) -> bytes:
    """Check ``data`` (AGR-CN-1..9; ``DocumentRefused`` lists problems) and return the PDF.

    ``draft``: the agreement the guarantors and security providers review before they
    consent: their consents and board resolutions are not required yet (AGR-CN-1 and
    AGR-CN-3 bind finalisation), every other check is, and every page carries the
    wording's ``label.draft`` (not numbered, not for signature)."""
    texts = texts or load_texts("agreement", data.language)
    problems = check_agreement(data, texts)
    if draft:
        problems = [p for p in problems if not awaits_consent(p)]
    if problems:
        raise DocumentRefused(problems)
    b = _Builder(data.language, register_font(font))
    content = compose_agreement(data, texts)
    story = [
        *_head(b, content),
        *_parts(b, data, texts, content.body),
        Spacer(1, 6),
        b.p(texts.fmt("label.signature_heading"), "note"),
        *_signature_blocks(b, content.signatures),
        Spacer(1, 8),
        _verification(data, texts),
    ]
    ref = texts.plain("label.number", value=data.agreement_no)
    decor = PageDecor(b.cjk, ref, lambda n, t: texts.plain("label.page", page=n, pages=t),
                      watermark=texts.plain("label.draft") if draft else "")
    meta = {
        "title": f"{content.title} {data.agreement_no}",
        "author": data.creditor.name,
        "subject": data.agreement_no,
        "keywords": f"sha256={content_hash(data)}",
        "lang": "zh-CN" if data.language == "zh" else "en",
    }
    return build_pdf(story, decor, meta, invariant)
