"""The payment account's lines stay on one page in letters and agreements: the documents
are built for real, with the text before the account block grown until the block crosses
a page break, and read back page by page."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from functools import cache

import pytest
from pypdf import PdfReader

from desktop_app.documents.agreement import build_agreement
from desktop_app.documents.agreement_samples import sample_agreement
from desktop_app.documents.letter_data import LetterKind
from desktop_app.documents.letters import build_letter
from desktop_app.documents.samples import sample_letter

LETTER_LINES = {  # with the sentence that leads into them
    "en": ("followingdesignatedaccount", "Accountname:", "Bank:", "Accountnumber:",
           "Paymentreference:"),
    "zh": ("下列指定账户", "户名：", "开户行：", "账号：", "汇款用途："),
}
AGREEMENT_LINES = {lang: lines[:4] for lang, lines in LETTER_LINES.items()}
# the letter's note on the default interest basis, before the block, grows a fraction of
# a line at a time
BASIS = {"en": "the contract rate plus 50%, i.e. 6.525% a year", "zh": "合同利率上浮50%，即年利率6.525%"}
FILLER = {"en": " and so on", "zh": "按合同约定"}


def account_pages(pdf: bytes, lines: tuple[str, ...]) -> list[int]:
    """The page (1-based) each account line is printed on (pages read until all are found)."""
    found: dict[str, int] = {}
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
        text = "".join((page.extract_text() or "").split())
        found.update((line, number) for line in lines if line in text and line not in found)
        if len(found) == len(lines):
            return [found[line] for line in lines]
    raise AssertionError(f"account lines not found: {found}")


def around_the_break(build: Callable[[int], bytes], lines: tuple[str, ...], lo: int,
                     hi: int) -> tuple[list[int], list[int]]:
    """The pages of the account lines just before and at the padding (between ``lo`` and
    ``hi``) at which the block's last line first moves to a later page."""
    pages = cache(lambda pad: account_pages(build(pad), lines))
    assert pages(hi)[-1] > pages(lo)[-1], "no page break crossed"
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if pages(mid)[-1] > pages(lo)[-1]:
            hi = mid
        else:
            lo = mid
    return pages(lo), pages(hi)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_letters_account_block_moves_to_the_next_page_whole(language: str) -> None:
    data = sample_letter(LetterKind.DEMAND, language)  # type: ignore[arg-type]

    def build(pad: int) -> bytes:
        basis = BASIS[language] + FILLER[language] * pad
        return build_letter(replace(data, amounts=replace(data.amounts, penalty_basis=basis)))

    before, after = around_the_break(build, LETTER_LINES[language], 0, 512)
    assert len(set(before)) == 1 and len(set(after)) == 1, (before, after)
    assert after[0] == before[0] + 1


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_agreements_account_block_moves_to_the_next_page_whole(language: str) -> None:
    def build(months: int) -> bytes:  # one row of the schedule a month, before the block
        return build_agreement(sample_agreement(language, months))  # type: ignore[arg-type]

    before, after = around_the_break(build, AGREEMENT_LINES[language], 12, 44)
    assert len(set(before)) == 1 and len(set(after)) == 1, (before, after)
    assert after[0] == before[0] + 1
