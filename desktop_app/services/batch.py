"""Batch letter runs: one PDF per letter plus one combined PDF for printing.

Each letter is its own unit of work (number, document, timeline entry) and its file is
written under a temporary name and renamed, so a cancelled or crashed run leaves only
whole letters, each stored and valid. ``cancelled()`` is polled before every letter; the
result reports the letters done so far, and the combined PDF holds exactly those.
Refused cases (missing data, nothing overdue) are listed with their problems and do not
stop the run. Qt-free: the UI runs this in its background-operation helper.

PDFs are built by a ``LetterPool`` of worker processes (for runs of ``PARALLEL_FROM``
letters or more) while this process reads the next cases and stores the finished
letters; the database is only ever touched here. A letter's data is read a few letters
ahead of its unit of work, with the number the sequence will give it (read, not taken:
a number is only taken in the unit that stores the letter, so refused and cancelled
letters consume none). If the sequence has moved meanwhile (another writer), the letter
is rebuilt with the number actually taken.
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.documents.checks import DocumentRefused, check_letter, letter_warnings
from desktop_app.documents.letter_data import Language, LetterData, LetterKind
from desktop_app.documents.letters import build_letter
from desktop_app.documents.parallel import LetterPool, PendingPdf, default_workers
from desktop_app.services.letter_data_from_db import build_letter_data, institution
from desktop_app.services.letters import (
    GeneratedDocument,
    format_letter_no,
    next_letter_no,
    page_count,
    sequence_key,
    series,
    store_document,
)
from local_db.models import Case, LetterSequence

__all__ = ["PARALLEL_FROM", "BatchResult", "combine", "run_batch"]

PARALLEL_FROM = 8  # fewer letters than this are built in-process (no worker start-up)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchResult:
    documents: list[GeneratedDocument]
    refused: dict[int, list[str]]
    combined_pdf: Path | None
    cancelled: bool = False
    pages: int = 0
    skipped: list[int] = field(default_factory=list)  # cases not reached (cancelled)


def combine(pdfs: list[bytes], out: Path) -> int:
    """Concatenate ``pdfs`` into ``out`` (written atomically); returns the page count."""
    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("wb") as fh:
        writer.write(fh)
    tmp.replace(out)
    return len(writer.pages)


def _file_name(doc: GeneratedDocument, kind: str, lang: str) -> str:
    number = "".join(ch for ch in doc.letter_no if ch.isalnum())
    return f"case{doc.case_id}-{kind}-{lang}-{number}.pdf"


@dataclass
class _Prepared:
    case_id: int
    data: LetterData | None = None
    party_id: int | None = None
    pdf: PendingPdf | None = None
    problems: list[str] = field(default_factory=list)


class _Run:
    """The read-ahead / store pipeline of one batch (see the module doc)."""

    def __init__(self, ctx: AppContext, kind: LetterKind, lang: Language, pool: LetterPool) -> None:
        self.ctx, self.kind, self.lang, self.pool = ctx, kind, lang, pool
        self.expected: tuple[str, int, int] | None = None  # prefix, year, next number

    def _next_number(self, s: Session, year: int) -> str:
        prefix, word = series(institution(s), self.kind)
        if self.expected is None or self.expected[1] != year:
            last = s.scalar(
                select(LetterSequence.last_no).where(
                    LetterSequence.prefix == sequence_key(prefix, word),
                    LetterSequence.year == year,
                )
            )
            self.expected = (prefix, year, (last or 0) + 1)
        prefix, _, number = self.expected
        return format_letter_no(prefix, year, number, word)

    def prepare(self, case_id: int) -> _Prepared:
        today = self.ctx.clock()
        try:
            with self.ctx.read() as s:
                if s.get(Case, case_id) is None:
                    raise LookupError(f"No case with id {case_id}.")
                number = self._next_number(s, today.year)
                data, party_id = build_letter_data(
                    s, case_id, self.kind, self.lang, number, today, today
                )
            problems = check_letter(data)
            if problems:
                raise DocumentRefused(problems)
        except DocumentRefused as exc:
            return _Prepared(case_id, problems=list(exc.problems))
        except LookupError as exc:
            return _Prepared(case_id, problems=[str(exc)])
        assert self.expected is not None
        self.expected = (self.expected[0], self.expected[1], self.expected[2] + 1)
        return _Prepared(case_id, data, party_id, self.pool.submit(data))

    def store(self, item: _Prepared) -> tuple[GeneratedDocument, bytes]:
        assert item.data is not None and item.pdf is not None
        data, pdf = item.data, item.pdf.result()
        with self.ctx.unit(reason=f"generate {self.kind.value} letter") as s:
            prefix, word = series(institution(s), self.kind)
            number = next_letter_no(s, prefix, data.issue_date.year, word)
            if number != data.letter_no:  # the sequence moved since the data was read
                self.expected = None
                data = replace(data, letter_no=number)
                pdf = build_letter(data, font=self.pool.font)
            doc = store_document(
                s,
                case_id=item.case_id,
                kind=self.kind.value,
                language=self.lang,
                number=number,
                pdf=pdf,
                issue_date=data.issue_date,
                calc_date=data.calc_date,
                total=data.amounts.total,
                party_id=item.party_id,
            )
            result = GeneratedDocument(
                doc.id,
                number,
                doc.sha256,
                None,
                page_count(pdf),
                data.amounts.total,
                item.case_id,
                self.kind.value,
                tuple(letter_warnings(data)),
            )
        return result, pdf


def run_batch(
    ctx: AppContext,
    case_ids: list[int],
    kind: str | LetterKind,
    lang: Language,
    out_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> BatchResult:
    """Generate one ``kind`` letter per case into ``out_dir`` and combine them.

    ``workers``: PDF-building processes (0 = build here); by default
    ``default_workers()`` for ``PARALLEL_FROM`` letters or more, else 0.
    """
    letter_kind = LetterKind(kind)
    out_dir.mkdir(parents=True, exist_ok=True)
    if workers is None:
        workers = default_workers() if len(case_ids) >= PARALLEL_FROM else 0
    done: list[GeneratedDocument] = []
    pdfs: list[bytes] = []
    refused: dict[int, list[str]] = {}
    stopped = False
    total = len(case_ids)
    ahead = 4 * workers if workers else 1
    with LetterPool(workers) as pool:
        run = _Run(ctx, letter_kind, lang, pool)
        queue: deque[_Prepared] = deque()
        todo = iter(case_ids)
        for n in range(total):
            if cancelled is not None and cancelled():
                stopped = True
                break
            while len(queue) < ahead and (case_id := next(todo, None)) is not None:
                queue.append(run.prepare(case_id))
            item = queue.popleft()
            if item.problems:
                refused[item.case_id] = item.problems
            else:
                try:
                    doc, pdf = run.store(item)
                except DocumentRefused as exc:
                    refused[item.case_id] = list(exc.problems)
                else:
                    path = out_dir / _file_name(doc, letter_kind.value, lang)
                    tmp = path.with_name(path.name + ".part")
                    tmp.write_bytes(pdf)
                    tmp.replace(path)
                    done.append(GeneratedDocument(**{**doc.__dict__, "path": path}))
                    pdfs.append(pdf)
            if progress is not None:
                progress(n + 1, total)
        for left in queue:
            if left.pdf is not None:
                left.pdf.cancel()
        pool.close(cancel=True)
    combined = None
    pages = 0
    if pdfs:
        combined = out_dir / f"combined-{letter_kind.value}-{lang}.pdf"
        pages = combine(pdfs, combined)
    reached = {d.case_id for d in done} | set(refused)
    return BatchResult(
        done,
        refused,
        combined,
        stopped,
        pages,
        [c for c in case_ids if c not in reached] if stopped else [],
    )
