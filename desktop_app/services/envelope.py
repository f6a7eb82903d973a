"""A printable A4 EMS / registered-mail detail sheet for a batch of letters.

One row per letter: letter number, addressee, the full service address (the courier needs
it), the addressee's phone masked to its last four digits (the waybill is filled from the
sheet; the full number stays in the app), and the item description "催收通知书" that
compliance.md item 12 requires on the waybill. The sender block is the lender.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.documents.fonts import register_font
from desktop_app.services.letter_data_from_db import institution, service_address
from local_db.models import Case, ContactPoint, Document, Party

__all__ = ["ITEM_DESCRIPTION", "envelope_sheet", "masked_phone"]

ITEM_DESCRIPTION = "催收通知书"
HEADER = ("序号", "函件编号", "收件人", "送达地址", "电话", "内件品名", "邮件号")
WIDTHS = (10, 42, 48, 92, 22, 24, 32)


def masked_phone(phone: str) -> str:
    """``尾号5678``: only the last four digits leave the app on paper."""
    digits = re.sub(r"\D", "", phone)
    return f"尾号{digits[-4:]}" if len(digits) >= 4 else ""


def _phone(s: Session, party_id: int) -> str:
    value = s.scalars(
        select(ContactPoint.value)
        .where(
            ContactPoint.party_id == party_id,
            ContactPoint.kind == "phone",
            ContactPoint.valid.is_(True),
        )
        .order_by(ContactPoint.id)
    ).first()
    return masked_phone(value or "")


def _rows(s: Session, document_ids: list[int]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for n, doc_id in enumerate(document_ids, start=1):
        doc = s.get(Document, doc_id)
        if doc is None:
            raise LookupError(f"No document with id {doc_id}.")
        party_id = doc.addressee_party_id
        if party_id is None:
            case = s.get(Case, doc.case_id)
            party_id = case.borrower_party_id if case else None
        party = s.get(Party, party_id) if party_id else None
        rows.append(
            (
                str(n),
                doc.letter_no,
                party.name if party else "",
                service_address(s, party) if party else "",
                _phone(s, party.id) if party else "",
                ITEM_DESCRIPTION,
                doc.tracking_no,
            )
        )
    return rows


def envelope_sheet(
    ctx: AppContext, document_ids: list[int], out: Path, font: str | None = None
) -> Path:
    """Write the detail sheet for ``document_ids`` (in that order) to ``out``."""
    cjk = register_font(font)
    with ctx.read() as s:
        inst = institution(s)
        sender = f"寄件人：{inst.legal_name}　地址：{inst.address}　电话：{inst.phone}"
        rows = _rows(s, list(document_ids))
    title = ParagraphStyle("t", fontName=cjk, fontSize=15, leading=20, alignment=1)
    body = ParagraphStyle("b", fontName=cjk, fontSize=9, leading=12, wordWrap="CJK")
    cells = [[Paragraph(c, body) for c in row] for row in [HEADER, *rows]]
    table = Table(cells, colWidths=[w * mm for w in WIDTHS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ececec")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title="EMS 邮寄明细",
        author=inst.legal_name,
    )
    doc.build(
        [
            Paragraph("催收函件邮寄（EMS / 挂号信）明细表", title),
            Spacer(1, 4 * mm),
            Paragraph(sender, body),
            Spacer(1, 3 * mm),
            table,
            Spacer(1, 4 * mm),
            Paragraph(
                f"内件品名一律填写“{ITEM_DESCRIPTION}”。共 {len(rows)} 件。"
                "电话仅显示尾号，完整号码请在系统中查看。",
                body,
            ),
        ]
    )
    return out
