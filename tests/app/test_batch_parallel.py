"""Batch runs with PDF-building worker processes: same letters, numbers and cancel-safety."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from desktop_app.context import AppContext
from desktop_app.services import batch, letters
from local_db.models import Document
from tests.app.doc_helpers import demo, pdf_text, squash


def _numbers_in_pdfs(ctx: AppContext, result: batch.BatchResult) -> None:
    for doc in result.documents:
        assert doc.path is not None
        pdf = doc.path.read_bytes()
        assert pdf == letters.document_pdf(ctx, doc.document_id)
        assert doc.letter_no in squash(pdf_text(pdf))


def test_two_workers_store_every_letter_in_order(ctx: AppContext, tmp_path: Path) -> None:
    cases = demo(ctx)
    seen: list[int] = []
    result = batch.run_batch(
        ctx, cases, "demand", "zh", tmp_path, progress=lambda n, _t: seen.append(n), workers=2
    )
    assert seen == list(range(1, len(cases) + 1))
    assert [d.case_id for d in result.documents] == cases and not result.refused
    numbers = [d.letter_no for d in result.documents]
    assert len(set(numbers)) == len(numbers)
    _numbers_in_pdfs(ctx, result)
    assert result.combined_pdf is not None
    assert result.pages == sum(d.pages for d in result.documents)


def test_another_writer_taking_a_number_mid_run(ctx: AppContext, tmp_path: Path) -> None:
    """Letters read ahead with a predicted number are rebuilt with the number taken."""
    cases = demo(ctx)
    other: list[str] = []

    def meanwhile(n: int, _t: int) -> None:
        if n == 1:
            other.append(letters.generate_letter(ctx, cases[-1], "reminder", "zh").letter_no)

    result = batch.run_batch(ctx, cases[:5], "final", "zh", tmp_path, progress=meanwhile, workers=2)
    numbers = [d.letter_no for d in result.documents]
    assert len(numbers) == 5 and other[0] not in numbers
    assert len(set(numbers)) == 5
    _numbers_in_pdfs(ctx, result)


def test_cancel_with_workers_consumes_no_extra_numbers(ctx: AppContext, tmp_path: Path) -> None:
    cases = demo(ctx)
    done: list[int] = []
    result = batch.run_batch(
        ctx,
        cases,
        "demand",
        "zh",
        tmp_path,
        progress=lambda n, _t: done.append(n),
        cancelled=lambda: len(done) >= 3,
        workers=2,
    )
    assert result.cancelled and len(result.documents) == 3
    assert result.skipped == cases[3:]
    assert len(list(tmp_path.glob("case*.pdf"))) == 3 and not list(tmp_path.glob("*.part"))
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 3
    _numbers_in_pdfs(ctx, result)
    following = letters.generate_letter(ctx, cases[3], "demand", "zh")
    last = result.documents[-1].letter_no
    assert following.letter_no == last.replace(last[-4:-1], f"{int(last[-4:-1]) + 1:03d}")
