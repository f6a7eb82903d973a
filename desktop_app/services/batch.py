"""Batch letter runs: one PDF per letter plus one combined PDF for printing.

Each letter is its own unit of work (number, PDF, document, timeline entry) and its file
is written under a temporary name and renamed, so a cancelled or crashed run leaves only
whole letters, each stored and valid. ``cancelled()`` is polled before every letter; the
result reports the letters done so far, and the combined PDF holds exactly those.
Refused cases (missing data, nothing overdue) are listed with their problems and do not
stop the run. Qt-free: the UI runs this in its background-operation helper.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from desktop_app.context import AppContext
from desktop_app.documents.checks import DocumentRefused
from desktop_app.documents.letter_data import Language, LetterKind
from desktop_app.services.letters import GeneratedDocument, document_pdf, generate_letter

__all__ = ["BatchResult", "combine", "run_batch"]

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


def run_batch(
    ctx: AppContext,
    case_ids: list[int],
    kind: str | LetterKind,
    lang: Language,
    out_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Generate one ``kind`` letter per case into ``out_dir`` and combine them."""
    letter_kind = LetterKind(kind)
    out_dir.mkdir(parents=True, exist_ok=True)
    done: list[GeneratedDocument] = []
    pdfs: list[bytes] = []
    refused: dict[int, list[str]] = {}
    stopped = False
    total = len(case_ids)
    for n, case_id in enumerate(case_ids):
        if cancelled is not None and cancelled():
            stopped = True
            break
        try:
            doc = generate_letter(ctx, case_id, letter_kind, lang)
        except DocumentRefused as exc:
            refused[case_id] = list(exc.problems)
        except LookupError as exc:
            refused[case_id] = [str(exc)]
        else:
            pdf = document_pdf(ctx, doc.document_id)
            path = out_dir / _file_name(doc, letter_kind.value, lang)
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(pdf)
            tmp.replace(path)
            done.append(GeneratedDocument(**{**doc.__dict__, "path": path}))
            pdfs.append(pdf)
        if progress is not None:
            progress(n + 1, total)
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
