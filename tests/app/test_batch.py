"""Batch letter runs: one PDF per letter, a combined PDF, refusals, cancel-safety."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from desktop_app.context import AppContext
from desktop_app.services import batch, letters
from local_db.models import Activity, Document
from tests.app.doc_helpers import demo, pdf_text, squash


def _pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_batch_of_five(ctx: AppContext, tmp_path: Path) -> None:
    cases = demo(ctx)[:5]
    assert len(cases) == 5
    seen: list[tuple[int, int]] = []
    result = batch.run_batch(
        ctx, cases, "demand", "zh", tmp_path, progress=lambda n, t: seen.append((n, t))
    )
    assert len(result.documents) == 5 and not result.refused and not result.cancelled
    assert seen == [(n, 5) for n in range(1, 6)]
    files = sorted(tmp_path.glob("case*.pdf"))
    assert len(files) == 5 and not list(tmp_path.glob("*.part"))
    assert result.combined_pdf is not None
    assert _pages(result.combined_pdf) == result.pages == sum(_pages(f) for f in files)
    assert result.pages == sum(d.pages for d in result.documents)
    combined = squash(pdf_text(result.combined_pdf.read_bytes()))
    assert all(d.letter_no in combined for d in result.documents)
    assert len({d.letter_no for d in result.documents}) == 5


def test_refused_cases_are_reported_and_skipped(ctx: AppContext, tmp_path: Path) -> None:
    overdue = demo(ctx)
    with ctx.read() as s:
        from local_db.models import Case

        current = s.scalars(select(Case.id).where(Case.id.not_in(overdue))).first()
    assert current is not None
    result = batch.run_batch(ctx, [overdue[0], current, 999_999], "reminder", "en", tmp_path)
    assert [d.case_id for d in result.documents] == [overdue[0]]
    assert "nothing is overdue" in result.refused[current][0]
    assert "999999" in result.refused[999_999][0]


def test_cancel_after_two_leaves_two_valid_letters(ctx: AppContext, tmp_path: Path) -> None:
    cases = demo(ctx)[:5]
    done: list[int] = []
    result = batch.run_batch(
        ctx,
        cases,
        "final",
        "zh",
        tmp_path,
        progress=lambda n, _t: done.append(n),
        cancelled=lambda: len(done) >= 2,
    )
    assert result.cancelled and len(result.documents) == 2
    assert result.skipped == cases[2:]
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 2
        assert s.scalar(select(func.count()).where(Activity.kind == "letter")) == 2
    for doc in result.documents:
        assert doc.path is not None
        pdf = doc.path.read_bytes()
        assert pdf == letters.document_pdf(ctx, doc.document_id)
        assert doc.letter_no in squash(pdf_text(pdf))
    assert result.combined_pdf is not None
    assert _pages(result.combined_pdf) == sum(d.pages for d in result.documents)


def test_a_batch_of_lawyer_letters_takes_the_law_firms_series(ctx: AppContext,
                                                             tmp_path: Path) -> None:
    from local_db.models import Institution

    cases = demo(ctx)[:3]
    with ctx.unit() as s:
        inst = s.scalars(select(Institution)).one()
        inst.law_firm_name, inst.law_firm_address = "上海明正律师事务所", "上海市黄浦区中山东一路18号"
        inst.lawyer_name, inst.lawyer_license_no = "李明", "13101201510123456"
    result = batch.run_batch(ctx, cases, "lawyer", "zh", tmp_path)
    assert [d.letter_no for d in result.documents] == [
        f"〔2026〕上海明正律函字第{n:03d}号" for n in (1, 2, 3)]
