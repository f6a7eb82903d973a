"""Chinese line breaking: no printed line starts with closing or full-width punctuation."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app.documents.letter_data import LetterKind
from desktop_app.documents.letters import build_letter
from desktop_app.documents.samples import sample_letter

NO_LINE_START = "，。、：；？！）》〉」』】％"


@pytest.mark.parametrize("kind", [LetterKind.DEMAND, LetterKind.GUARANTOR, LetterKind.FINAL])
def test_no_line_starts_with_punctuation(kind: LetterKind) -> None:
    pdf = build_letter(sample_letter(kind, "zh"))
    lines = [line.strip() for page in PdfReader(io.BytesIO(pdf)).pages
             for line in page.extract_text().splitlines() if line.strip()]
    assert len(lines) > 40
    bad = [line for line in lines if line[0] in NO_LINE_START]
    assert bad == []
