"""Delivery register for letters (compliance.md item 12, DOC-CN-8, LIM-CN-1/2).

Rules enforced by ``record_delivery``:

* marking a letter sent needs a method and a sent date (DOC-CN-8);
* ``pending`` has no delivered date; ``signed`` needs one; ``refused`` and ``returned``
  may carry one when the evidence shows the letter reached (or should have reached) the
  agreed service address (诉讼时效规定 Art. 8);
* an evidence kind from ``EVIDENCED`` (signed receipt, postal proof of delivery,
  e-delivery log, notarised service, public notice) must come with the scanned evidence
  file; only such a delivery with a delivered date interrupts limitation, and the case's
  figures and deadlines are recomputed in the same unit of work. Other evidence kinds
  (``waybill``, ``photo``, ``other``) are recorded but move nothing;
* each delivery event is recorded once: the timeline is append-only, so an exact repeat of
  what the letter's register already says (method, tracking number, dates, outcome,
  evidence kind, and no evidence file or the one on file) is refused (DOC-CN-8), whether
  it comes from a second click, a double submission or a repeated command. A later event
  (pending → signed) or new evidence is recorded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from desktop_app.compliance import details
from desktop_app.context import AppContext
from desktop_app.portfolio import figures
from desktop_app.portfolio.case_math import EVIDENCED
from desktop_app.services import outcomes
from desktop_app.services.editing import Changes
from desktop_app.services.envelope import envelope_sheet
from local_db.models import Activity, Attachment, Document, Officer
from local_db.types import utcnow

__all__ = [
    "EVIDENCED",
    "METHODS",
    "OUTCOMES",
    "DeadlineView",
    "DeliveryError",
    "deadlines",
    "envelope_sheet",
    "record_delivery",
]

METHODS = ("in_person", "ems", "registered_mail", "courier", "email")
OUTCOMES = outcomes.DELIVERY_RESULTS
OTHER_EVIDENCE = ("waybill", "photo", "other")


class DeliveryError(ValueError):
    """The delivery record is incomplete or inconsistent; the message says what to fix."""


@dataclass(frozen=True)
class DeadlineView:
    kind: str  # limitation | guarantee
    ref: str  # contract number
    due: dt.date
    days_left: int
    level: str  # ok | notice | warning | critical | expired


def _views(conn: Connection, case_id: int, today: dt.date) -> list[DeadlineView]:
    _, per_case, _ = figures.compute(conn, [case_id], today)
    out = [
        DeadlineView(d.kind, d.ref, d.due, d.days_left, d.level)
        for f in per_case.get(case_id, [])
        for d in (f.limitation, *f.guarantees)
        if d is not None
    ]
    return sorted(out, key=lambda d: (d.due, d.kind, d.ref))


def deadlines(ctx: AppContext, case_id: int) -> list[DeadlineView]:
    """Limitation and guarantee-period deadlines of the case's loans, nearest first."""
    with ctx.read() as s:
        return _views(s.connection(), case_id, ctx.clock())


def _validate(
    method: str,
    sent_on: dt.date | None,
    delivered_on: dt.date | None,
    outcome: str,
    evidence_kind: str,
    has_file: bool,
    today: dt.date,
) -> None:
    if method not in METHODS:
        raise DeliveryError(f"DOC-CN-8: delivery method must be one of {', '.join(METHODS)}")
    if sent_on is None:
        raise DeliveryError("DOC-CN-8: a sent letter needs the date it was sent")
    if outcome not in OUTCOMES:
        raise DeliveryError(f"outcome must be one of {', '.join(OUTCOMES)}")
    if sent_on > today or (delivered_on is not None and delivered_on > today):
        raise DeliveryError("sent and delivered dates cannot be in the future")
    if delivered_on is not None and delivered_on < sent_on:
        raise DeliveryError("the delivered date is before the sent date")
    if outcome == "pending" and delivered_on is not None:
        raise DeliveryError("a pending delivery has no delivered date")
    if outcome == "signed" and delivered_on is None:
        raise DeliveryError("a signed delivery needs the delivered date")
    if evidence_kind and evidence_kind not in EVIDENCED | set(OTHER_EVIDENCE):
        known = ", ".join(sorted(EVIDENCED | set(OTHER_EVIDENCE)))
        raise DeliveryError(f"unknown evidence kind {evidence_kind!r} (known: {known})")
    if evidence_kind in EVIDENCED and not has_file:
        raise DeliveryError(
            f"DOC-CN-8: evidence kind {evidence_kind} needs the scanned "
            "evidence file (receipt, proof of delivery, log)"
        )


def _attachment(case_id: int, path: Path, letter_no: str, kind: str) -> Attachment:
    if not path.is_file():
        raise DeliveryError(f"No such evidence file: {path}")
    data = path.read_bytes()
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Attachment(
        case_id=case_id,
        filename=path.name[:200],
        mime=mime,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        description=f"送达证据 {kind} {letter_no}".strip(),
    )


def _repeats(
    s: Session,
    doc: Document,
    event: tuple[str, str, dt.date | None, dt.date | None, str, str],
    evidence: Attachment | None,
) -> bool:
    """Whether ``event`` (method, tracking no., sent, delivered, outcome, evidence kind) is
    what the letter's register already holds, with no evidence file but the one on file."""
    held = (doc.delivery_method, doc.tracking_no, doc.sent_on, doc.delivered_on,
            doc.delivery_outcome, doc.evidence_kind)
    if not doc.delivery_method or held != event:
        return False
    if evidence is None:
        return True
    on_file = s.get(Attachment, doc.evidence_attachment_id) if doc.evidence_attachment_id else None
    return on_file is not None and on_file.sha256 == evidence.sha256


def _limitation(views: list[DeadlineView]) -> dt.date | None:
    dates = [d.due for d in views if d.kind == "limitation"]
    return min(dates, default=None)


def record_delivery(
    ctx: AppContext,
    document_id: int,
    *,
    method: str,
    tracking_no: str = "",
    sent_on: dt.date | None,
    delivered_on: dt.date | None = None,
    outcome: str = "pending",
    evidence_kind: str = "",
    evidence_file: Path | None = None,
) -> Changes:
    """Record how a letter was sent and delivered; see the module doc for the rules.

    ``Changes.extra`` holds ``limitation_before``/``limitation_after`` (earliest
    limitation expiry of the case), ``interrupts_limitation`` and ``attachment_id``.
    """
    today = ctx.clock()
    tracking_no = tracking_no.strip()
    with ctx.unit(reason="record delivery") as s:
        # take SQLite's write lock before reading the register, so two writers cannot both
        # find it without this event (as next_letter_no does)
        s.execute(
            update(Document)
            .where(Document.id == document_id)
            .values(delivery_method=Document.delivery_method)
            .execution_options(synchronize_session=False)
        )
        doc = s.get(Document, document_id)
        if doc is None:
            raise LookupError(f"No document with id {document_id}.")
        has_file = evidence_file is not None or doc.evidence_attachment_id is not None
        _validate(method, sent_on, delivered_on, outcome, evidence_kind, has_file, today)
        att = None
        if evidence_file is not None:
            att = _attachment(doc.case_id, evidence_file, doc.letter_no, evidence_kind)
        event = (method, tracking_no, sent_on, delivered_on, outcome, evidence_kind)
        if _repeats(s, doc, event, att):
            raise DeliveryError(details.say("DOC-CN-8", details.DELIVERY_REPEATED,
                                            letter=doc.letter_no))
        before = _views(s.connection(), doc.case_id, today)
        if att is not None:
            s.add(att)
            s.flush()
            doc.evidence_attachment_id = att.id
        doc.delivery_method, doc.tracking_no = method, tracking_no
        doc.sent_on, doc.delivered_on, doc.delivery_outcome = sent_on, delivered_on, outcome
        doc.evidence_kind = evidence_kind
        officer = s.scalars(select(Officer.id).where(Officer.is_local_user.is_(True))).first()
        s.add(
            Activity(
                case_id=doc.case_id,
                party_id=doc.addressee_party_id,
                officer_id=officer,
                kind="letter",
                occurred_at=utcnow(),
                outcome=outcomes.delivery_outcome(outcome),
                notes=f"{doc.letter_no} {method} {tracking_no}".strip(),
            )
        )
        s.flush()
        interrupts = delivered_on is not None and evidence_kind in EVIDENCED
        if interrupts:
            figures.refresh(s.connection(), [doc.case_id], today)
        after = _views(s.connection(), doc.case_id, today)
        return Changes(
            case_ids=(doc.case_id,),
            timeline=True,
            documents=True,
            worklist=interrupts,
            extra={
                "document_id": doc.id,
                "interrupts_limitation": interrupts,
                "limitation_before": _limitation(before),
                "limitation_after": _limitation(after),
                "attachment_id": doc.evidence_attachment_id,
            },
        )
