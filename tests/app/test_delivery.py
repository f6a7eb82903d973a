"""Delivery register: DOC-CN-8 rules, evidence attachments, the limitation clock."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.compliance import details
from desktop_app.context import AppContext
from desktop_app.services import delivery, letters
from desktop_app.services.delivery import DeliveryError
from local_db.models import Activity, Attachment, Case, Document
from tests.app.doc_helpers import BORROWER_NAME, load, pdf_text, squash

SENT = dt.date(2026, 11, 20)
DELIVERED = dt.date(2026, 11, 23)


def _limitation(ctx: AppContext, case_id: int) -> dt.date:
    return next(d.due for d in delivery.deadlines(ctx, case_id) if d.kind == "limitation")


def _scan(tmp_path: Path) -> Path:
    path = tmp_path / "receipt.jpg"
    path.write_bytes(b"\xff\xd8\xff scanned receipt")
    return path


def test_deadlines_show_limitation_and_guarantee(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    views = delivery.deadlines(ctx, case_id)
    assert [(d.kind, d.due.isoformat(), d.level) for d in views] == [
        ("guarantee", "2027-01-20", "notice"),
        ("limitation", "2028-12-20", "ok"),
    ]


def test_evidenced_delivery_moves_the_limitation_deadline(ctx: AppContext, tmp_path: Path) -> None:
    case_id, _, _ = load(ctx)
    doc = letters.generate_letter(ctx, case_id, "demand", "zh")
    before = _limitation(ctx, case_id)
    scan = _scan(tmp_path)
    changes = delivery.record_delivery(
        ctx,
        doc.document_id,
        method="ems",
        tracking_no="EM123456789CN",
        sent_on=SENT,
        delivered_on=DELIVERED,
        outcome="signed",
        evidence_kind="signed_receipt",
        evidence_file=scan,
    )
    after = _limitation(ctx, case_id)
    assert before == dt.date(2028, 12, 20)
    assert after == dt.date(2029, 11, 23)  # delivered + 3 years (LIM-CN-1)
    assert changes.extra["interrupts_limitation"] is True
    assert (changes.extra["limitation_before"], changes.extra["limitation_after"]) == (
        before,
        after,
    )
    assert changes.case_ids == (case_id,) and changes.worklist and changes.documents
    with ctx.read() as s:
        stored = s.get(Document, doc.document_id)
        assert stored is not None and stored.evidence_attachment_id is not None
        att = s.get(Attachment, stored.evidence_attachment_id)
        assert att is not None
        assert att.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
        assert s.get(Case, case_id).nearest_deadline == dt.date(2027, 1, 20)  # type: ignore[union-attr]


# a waybill is recorded but is no evidence of delivery that interrupts limitation
@pytest.mark.parametrize("evidence_kind", ["waybill", ""])
def test_unevidenced_delivery_does_not_move_it(
    ctx: AppContext, tmp_path: Path, evidence_kind: str
) -> None:
    case_id, _, _ = load(ctx)
    doc = letters.generate_letter(ctx, case_id, "demand", "zh")
    before = _limitation(ctx, case_id)
    changes = delivery.record_delivery(
        ctx,
        doc.document_id,
        method="courier",
        sent_on=SENT,
        delivered_on=DELIVERED,
        outcome="signed",
        evidence_kind=evidence_kind,
    )
    assert _limitation(ctx, case_id) == before
    assert changes.extra["interrupts_limitation"] is False


def test_evidence_kind_without_file_is_refused(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    doc = letters.generate_letter(ctx, case_id, "demand", "zh")
    with pytest.raises(DeliveryError, match="needs the scanned evidence file"):
        delivery.record_delivery(
            ctx,
            doc.document_id,
            method="ems",
            sent_on=SENT,
            delivered_on=DELIVERED,
            outcome="signed",
            evidence_kind="postal_pod",
        )
    with ctx.read() as s:
        assert s.get(Document, doc.document_id).delivery_method == ""  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"method": "pigeon", "sent_on": SENT}, "method"),
        ({"method": "ems", "sent_on": None}, "date it was sent"),
        ({"method": "ems", "sent_on": SENT, "outcome": "signed"}, "delivered date"),
        ({"method": "ems", "sent_on": SENT, "delivered_on": DELIVERED}, "pending"),
        (
            {
                "method": "ems",
                "sent_on": SENT,
                "delivered_on": dt.date(2026, 11, 1),
                "outcome": "signed",
            },
            "before the sent date",
        ),
        ({"method": "ems", "sent_on": dt.date(2026, 12, 1)}, "future"),
        ({"method": "ems", "sent_on": SENT, "evidence_kind": "rumour"}, "unknown evidence"),
    ],
)
def test_doc_cn_8_rules(ctx: AppContext, kwargs: dict[str, object], message: str) -> None:
    case_id, _, _ = load(ctx)
    doc = letters.generate_letter(ctx, case_id, "demand", "zh")
    with pytest.raises(DeliveryError, match=message):
        delivery.record_delivery(ctx, doc.document_id, **kwargs)  # type: ignore[arg-type]


def _register(ctx: AppContext, case_id: int) -> tuple[list[str], int]:
    """The case's delivery activities, oldest first, and how many attachments it has."""
    with ctx.read() as s:
        outcomes = s.scalars(
            select(Activity.outcome)
            .where(Activity.case_id == case_id, Activity.outcome.like("delivery_%"))
            .order_by(Activity.id)
        ).all()
        files = s.scalar(select(func.count()).where(Attachment.case_id == case_id))
    return list(outcomes), int(files or 0)


def test_an_exact_repeat_is_refused_and_a_new_event_recorded(
    ctx: AppContext, tmp_path: Path
) -> None:
    """The timeline is append-only: a second click, a double submission or a repeated
    command cannot record the same delivery twice; a later event (pending → signed) can."""
    case_id, _, _ = load(ctx)
    doc = letters.generate_letter(ctx, case_id, "demand", "zh")
    pending: dict[str, object] = {"method": "ems", "tracking_no": "EM123456789CN", "sent_on": SENT}
    delivery.record_delivery(ctx, doc.document_id, **pending)  # type: ignore[arg-type]
    with pytest.raises(DeliveryError, match="already recorded") as refused:
        delivery.record_delivery(
            ctx, doc.document_id, **{**pending, "tracking_no": " EM123456789CN "}  # type: ignore[arg-type]
        )
    assert details.parse(str(refused.value)) == (
        "DOC-CN-8", details.DELIVERY_REPEATED, {"letter": doc.letter_no}
    )
    signed = {**pending, "delivered_on": DELIVERED, "outcome": "signed",
              "evidence_kind": "signed_receipt", "evidence_file": _scan(tmp_path)}
    delivery.record_delivery(ctx, doc.document_id, **signed)  # type: ignore[arg-type]
    for repeat in (signed, {**signed, "evidence_file": None}):  # the same scan, or none: on file
        with pytest.raises(DeliveryError, match="already recorded"):
            delivery.record_delivery(ctx, doc.document_id, **repeat)  # type: ignore[arg-type]
    assert _register(ctx, case_id) == (["delivery_pending", "delivery_signed"], 1)
    better = tmp_path / "receipt-rescanned.jpg"
    better.write_bytes(b"\xff\xd8\xff a legible scan of the receipt")
    delivery.record_delivery(ctx, doc.document_id, **{**signed, "evidence_file": better})  # type: ignore[arg-type]
    assert _register(ctx, case_id) == (["delivery_pending", "delivery_signed", "delivery_signed"], 2)


def test_envelope_sheet(ctx: AppContext, tmp_path: Path) -> None:
    case_id, _, _ = load(ctx)
    docs = [letters.generate_letter(ctx, case_id, k, "zh") for k in ("demand", "guarantor")]
    out = delivery.envelope_sheet(ctx, [d.document_id for d in docs], tmp_path / "ems.pdf")
    text = squash(pdf_text(out.read_bytes()))
    assert text.count("催收通知书") >= 2
    assert BORROWER_NAME in text and "上海市浦东新区张江路88号" in text  # full address
    assert "尾号5678" in text and "13812345678" not in text  # phone masked
    assert all(d.letter_no in text for d in docs)
