"""Letter generation from a case: number, data, PDF, stored document and timeline entry.

A letter is generated in one unit of work: the number is taken from ``LetterSequence``,
the data is read, the PDF built, and the ``Document`` (PDF bytes, SHA-256) and an
``Activity`` (kind ``letter``, outcome ``generated``) are written. A refused letter rolls
the whole unit back, so no number is consumed and no half letter is stored. A number
once stored is never issued again (DOC-CN-9): a re-issue is a new letter with a new one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.documents.checks import DocumentRefused, letter_warnings
from desktop_app.documents.letter_data import Language, LetterData, LetterKind
from desktop_app.documents.letters import build_letter
from desktop_app.services import outcomes
from desktop_app.services.letter_data_from_db import (
    build_letter_data,
    guarantors_in_order,
    institution,
)
from local_db.models import (
    Activity,
    Case,
    CaseParty,
    Document,
    Institution,
    LetterSequence,
    Loan,
    Officer,
    Party,
)
from local_db.types import utcnow

__all__ = [
    "DocumentRefused",
    "GeneratedDocument",
    "document_pdf",
    "format_letter_no",
    "generate_letter",
    "guarantors",
    "letter_data",
    "next_letter_no",
    "series",
    "sequence_key",
    "page_count",
]

LETTER_WORD = "催"
AGREEMENT_WORD = "协"


@dataclass(frozen=True)
class GeneratedDocument:
    document_id: int
    letter_no: str
    sha256: str
    path: Path | None
    pages: int
    total: int
    case_id: int = 0
    kind: str = ""
    warnings: tuple[str, ...] = ()  # to check before sending (DOC-CN-4 / DOC-CN-5)


def _prefix(prefix: str) -> str:
    """An institution prefix that already ends in 催 (华商银催) is not doubled, and the
    agreement series does not carry it either (华商银协字)."""
    return prefix.strip().removesuffix(LETTER_WORD) or "文"


def format_letter_no(prefix: str, year: int, number: int, word: str = LETTER_WORD) -> str:
    """〔2026〕浦分催字第017号: at least three digits, more once past 999."""
    return f"〔{year}〕{_prefix(prefix)}{word}字第{number:03d}号"


def next_letter_no(session: Session, prefix: str, year: int, word: str = LETTER_WORD) -> str:
    """Take the next number for ``prefix`` and ``year``; the counter only moves forward.

    The UPDATE takes SQLite's write lock first, so two writers cannot read the same value.
    """
    key = sequence_key(prefix, word)
    bumped = session.execute(
        update(LetterSequence)
        .where(LetterSequence.prefix == key, LetterSequence.year == year)
        .values(last_no=LetterSequence.last_no + 1)
        .returning(LetterSequence.last_no)
    ).scalar_one_or_none()
    if bumped is None:
        session.add(LetterSequence(prefix=key, year=year, last_no=1))
        session.flush()
        bumped = 1
    return format_letter_no(prefix, year, bumped, word)


LAWYER_WORD = "律函"
"""The series of lawyer letters: the law firm's own (〔2026〕明正律函字第001号), never the
lender's demand-letter series, since the firm issues them."""


def series(inst: Institution, kind: LetterKind) -> tuple[str, str]:
    """(prefix, word) of the number series a letter of ``kind`` takes: the lender's, or
    for a lawyer letter its law firm's (the firm's name without 律师事务所)."""
    if kind is LetterKind.LAWYER and inst.law_firm_name.strip():
        firm = inst.law_firm_name.strip()
        return firm.split("律师事务所")[0].strip() or firm, LAWYER_WORD
    return inst.letter_prefix, LETTER_WORD


def sequence_key(prefix: str, word: str) -> str:
    """The LetterSequence row of a series (the lender's demand letters keep the bare prefix)."""
    return prefix if word == LETTER_WORD else f"{prefix}#{word}"


def preview_letter_no(prefix: str, year: int, word: str = LETTER_WORD) -> str:
    """A placeholder number for previews; it is never stored."""
    return f"〔{year}〕{_prefix(prefix)}{word}字第（预览）号"


def letter_data(
    ctx: AppContext,
    case_id: int,
    kind: str | LetterKind,
    lang: Language,
    addressee_party_id: int | None = None,
    deadline_days: int = 15,
    as_of: dt.date | None = None,
    letter_no: str = "",
) -> LetterData:
    """The letter's data as it would be generated today (figures as of ``as_of``).

    Without ``letter_no`` the number is a preview placeholder; ``generate_letter`` takes
    a real one.
    """
    today = ctx.clock()
    with ctx.read() as s:
        prefix, word = series(institution(s), LetterKind(kind))
        number = letter_no or preview_letter_no(prefix, today.year, word)
        data, _ = build_letter_data(
            s,
            case_id,
            LetterKind(kind),
            lang,
            number,
            today,
            as_of or today,
            addressee_party_id,
            deadline_days,
        )
        return data


@dataclass(frozen=True)
class LetterPreview:
    """A letter as it would be generated now: unnumbered, marked on every page, stored
    nowhere."""

    letter_no: str  # the placeholder (（预览）)
    pdf: bytes
    pages: int
    total: int
    warnings: tuple[str, ...]


def preview_letter(
    ctx: AppContext,
    case_id: int,
    kind: str | LetterKind,
    lang: Language,
    addressee_party_id: int | None = None,
    *,
    deadline_days: int = 15,
    font: str | None = None,
) -> LetterPreview:
    """Check and build the letter without numbering or storing it (DOC-CN-9: a number is
    used only by a letter that is issued); ``DocumentRefused`` lists what is missing, as
    :func:`generate_letter` would. Every page says it is a preview not to be sent."""
    data = letter_data(ctx, case_id, kind, lang, addressee_party_id, deadline_days)
    pdf = build_letter(data, font=font, preview=True)
    return LetterPreview(data.letter_no, pdf, page_count(pdf), data.amounts.total,
                         tuple(letter_warnings(data)))


def guarantors(ctx: AppContext, case_id: int) -> list[tuple[int, str]]:
    """(party id, name) of the case's guarantors in the order a guarantor letter proposes
    them (the first is its default addressee: still liable, joint before general; see
    ``guarantors_in_order``), then any other party with the guarantor role."""
    with ctx.read() as s:
        loans = list(s.scalars(select(Loan).where(Loan.case_id == case_id).order_by(Loan.id)))
        ordered = guarantors_in_order(s, loans, ctx.clock())
        by_role = s.scalars(
            select(CaseParty.party_id)
            .where(CaseParty.case_id == case_id, CaseParty.role == "guarantor")
            .order_by(CaseParty.id)
        ).all()
        ids = list(dict.fromkeys([*ordered, *by_role]))
        names = {pid: name for pid, name in s.execute(
            select(Party.id, Party.name).where(Party.id.in_(ids)))}
        return [(pid, names[pid]) for pid in ids]


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _local_officer_id(s: Session) -> int | None:
    return s.scalars(select(Officer.id).where(Officer.is_local_user.is_(True))).first()


def store_document(
    s: Session,
    *,
    case_id: int,
    kind: str,
    language: str,
    number: str,
    pdf: bytes,
    issue_date: dt.date,
    calc_date: dt.date | None,
    total: int,
    party_id: int | None = None,
    plan_id: int | None = None,
) -> Document:
    """The document row and its timeline entry, in the caller's unit of work."""
    doc = Document(
        case_id=case_id,
        kind=kind,
        language=language,
        letter_no=number,
        addressee_party_id=party_id,
        plan_id=plan_id,
        calc_date=calc_date,
        issue_date=issue_date,
        total=total,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
    )
    s.add(doc)
    s.add(
        Activity(
            case_id=case_id,
            party_id=party_id,
            officer_id=_local_officer_id(s),
            kind="letter",
            occurred_at=utcnow(),
            outcome=outcomes.LETTER_GENERATED,
            notes=number,
        )
    )
    s.flush()
    return doc


def write_pdf(pdf: bytes, out: Path | None) -> Path | None:
    if out is None:
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(out)  # never half a file under the final name
    return out


def generate_letter(
    ctx: AppContext,
    case_id: int,
    kind: str | LetterKind,
    lang: Language,
    addressee_party_id: int | None = None,
    out: Path | None = None,
    *,
    deadline_days: int = 15,
    font: str | None = None,
) -> GeneratedDocument:
    """Build, number and store one letter; ``DocumentRefused`` lists what is missing."""
    letter_kind = LetterKind(kind)
    today = ctx.clock()
    with ctx.unit(reason=f"generate {letter_kind.value} letter") as s:
        if s.get(Case, case_id) is None:
            raise LookupError(f"No case with id {case_id}.")
        prefix, word = series(institution(s), letter_kind)
        number = next_letter_no(s, prefix, today.year, word)
        data, party_id = build_letter_data(
            s, case_id, letter_kind, lang, number, today, today, addressee_party_id, deadline_days
        )
        pdf = build_letter(data, font=font)
        doc = store_document(
            s,
            case_id=case_id,
            kind=letter_kind.value,
            language=lang,
            number=number,
            pdf=pdf,
            issue_date=today,
            calc_date=data.calc_date,
            total=data.amounts.total,
            party_id=party_id,
        )
        result = GeneratedDocument(
            doc.id,
            number,
            doc.sha256,
            None,
            page_count(pdf),
            data.amounts.total,
            case_id,
            letter_kind.value,
            tuple(letter_warnings(data)),
        )
    path = write_pdf(pdf, out)
    return GeneratedDocument(**{**result.__dict__, "path": path})


def document_pdf(ctx: AppContext, document_id: int) -> bytes:
    with ctx.read() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise LookupError(f"No document with id {document_id}.")
        return bytes(doc.pdf)


def document_case(ctx: AppContext, document_id: int) -> int:
    """The case a stored document belongs to."""
    with ctx.read() as s:
        case_id = s.scalar(select(Document.case_id).where(Document.id == document_id))
        if case_id is None:
            raise LookupError(f"No document with id {document_id}.")
        return int(case_id)
