"""Demand letters: build real PDFs, read them back with pypdf, check every element."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.documents.checks import DocumentRefused
from desktop_app.documents.fmt import money
from desktop_app.documents.hashing import content_hash
from desktop_app.documents.letter_data import LetterData, LetterKind
from desktop_app.documents.letter_text import amount_lines
from desktop_app.documents.letters import build_letter
from desktop_app.documents.samples import sample_letter
from desktop_app.domain.daxie import parse_daxie, to_daxie


def _squash(text: str) -> str:
    return "".join(text.split())


def _pages(pdf: bytes) -> list[str]:
    return [_squash(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def zh_demand() -> tuple[LetterData, list[str]]:
    data = sample_letter(LetterKind.DEMAND, "zh")
    return data, _pages(build_letter(data))


def test_zh_letter_has_every_element(zh_demand: tuple[LetterData, list[str]]) -> None:
    data, pages = zh_demand
    body = "".join(pages[:-1])
    expected = [
        data.issuer.legal_name,
        "贷款逾期催收通知书",
        data.letter_no,
        *(a.name for a in data.addressees),
        *(a.service_address for a in data.addressees),
        "91310115MA1K4ABCDD",
        "****2315",
        data.loans[0].number,
        "2024年3月18日",
        "截至2026年3月2日",
        "2026年3月20日前",
        data.payment_account.account_no,
        data.payment_account.bank_name,
        "第五百七十七条",
        "第六百七十六条",
        "第六百八十八条",
        "财产保全",
        "征信业管理条例》第十五条",
        data.officer.phone,
        "异议",
        "盖章处",
        "2026年3月5日",
        "每日人民币932.11元",
    ]
    for item in expected:
        assert _squash(item) in body, item


def test_every_amount_in_figures_and_daxie(zh_demand: tuple[LetterData, list[str]]) -> None:
    data, pages = zh_demand
    body = "".join(pages[:-1])
    for _, fen in [*amount_lines(data), ("total", data.amounts.total)]:
        words = to_daxie(fen)
        assert money(fen) in body
        assert words in body
        assert parse_daxie(words) == fen
    assert f"合计人民币{money(data.amounts.total)}元" in body
    assert sum(fen for _, fen in amount_lines(data)) == data.amounts.total


def test_page_x_of_y_and_receipt_last(zh_demand: tuple[LetterData, list[str]]) -> None:
    data, pages = zh_demand
    total = len(pages)
    assert total >= 3
    for n, text in enumerate(pages, 1):
        assert f"第{n}页共{total}页" in text
    receipt = pages[-1]
    assert "回执" in receipt and data.letter_no in receipt
    assert "法定代表人/授权代理人（签字）" in receipt and "签字并按指印" in receipt
    assert "对上述债务金额无异议" in receipt
    assert "回执" not in "".join(pages[:-1])


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("kind", [LetterKind.DEMAND, LetterKind.GUARANTOR, LetterKind.REMINDER])
def test_letter_is_two_pages_and_receipt(kind: LetterKind, language: str) -> None:
    """The bank's layout: the letter on two pages, the seal on the second with the
    closing text above it, the 回执 on a third page of its own."""
    data = sample_letter(kind, "zh" if language == "zh" else "en")
    pages = _pages(build_letter(data))
    assert len(pages) == 3
    closing = "特此函告" if language == "zh" else "Yoursfaithfully"
    seal = "盖章处" if language == "zh" else "Seal"
    assert closing in pages[1] and seal in pages[1]


def test_metadata_carries_verification_hash() -> None:
    data = sample_letter()
    reader = PdfReader(io.BytesIO(build_letter(data)))
    assert reader.metadata is not None
    assert reader.metadata.get("/Keywords") == f"sha256={content_hash(data)}"
    assert reader.metadata.get("/Subject") == data.letter_no


def test_en_letter_shows_cny_and_daxie_total() -> None:
    data = sample_letter(LetterKind.DEMAND, "en")
    text = "".join(_pages(build_letter(data)))
    total = data.amounts.total
    assert _squash(f"CNY {money(total)}") in text
    assert to_daxie(total) in text
    assert "Page1of" in text and "ACKNOWLEDGEMENTOFRECEIPT" in text
    assert "Articles577and676" in text


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_kind_builds(kind: LetterKind, language: str) -> None:
    data = sample_letter(kind, "zh" if language == "zh" else "en")
    pages = _pages(build_letter(data))
    assert data.letter_no in pages[0]
    if kind is LetterKind.LAWYER:
        assert data.law_firm is not None and data.law_firm.licence_no in "".join(pages)


def test_invariant_build_is_byte_identical() -> None:
    data = sample_letter(LetterKind.FINAL, "zh")
    assert build_letter(data, invariant=True) == build_letter(data, invariant=True)


def test_fallback_font_builds() -> None:
    text = "".join(_pages(build_letter(sample_letter(), font="STSong-Light")))
    assert "贷款逾期催收通知书" in text


def test_lawyer_letter_refused_without_licence() -> None:
    data = sample_letter(LetterKind.LAWYER)
    assert data.law_firm is not None
    no_licence = replace(data, law_firm=replace(data.law_firm, licence_no=""))
    with pytest.raises(DocumentRefused) as err:
        build_letter(no_licence)
    assert err.value.problems == ["DOC-CN-6: missing law_firm.licence_no"]
    with pytest.raises(DocumentRefused) as err:
        build_letter(replace(data, law_firm=None))
    assert "DOC-CN-6: lawyer letter requires a law-firm profile" in err.value.problems


def test_limitation_expired_variant_drops_threats() -> None:
    data = replace(sample_letter(), limitation_expired=True)
    text = "".join(_pages(build_letter(data)))
    assert "提起诉讼" not in text and "财产保全" not in text
    assert "依法保留主张权利" in text


def test_pool_map_keeps_order_and_raises_a_refusal_in_place() -> None:
    from desktop_app.documents.parallel import LetterPool

    good = [replace(sample_letter(), letter_no=f"〔2026〕浦分催字第{n:03d}号") for n in range(1, 6)]
    data = sample_letter(LetterKind.LAWYER)
    assert data.law_firm is not None
    refused = replace(data, law_firm=replace(data.law_firm, licence_no=""))

    def number(pdf: bytes) -> str:
        reader = PdfReader(io.BytesIO(pdf))
        assert reader.metadata is not None
        return str(reader.metadata.get("/Subject"))

    with LetterPool(2) as pool:
        assert [number(p) for p in pool.map(good, chunk=2)] == [d.letter_no for d in good]
        out = pool.map([*good[:3], refused, good[3]], chunk=2)
        assert [number(next(out)) for _ in range(3)] == [d.letter_no for d in good[:3]]
        with pytest.raises(DocumentRefused) as err:
            next(out)
        assert err.value.problems == ["DOC-CN-6: missing law_firm.licence_no"]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_receipts_note_keeps_clear_of_the_date_line(language: str, tmp_path) -> None:  # noqa: ANN001
    """On the 回执 the return note sat 3 pt under the date row, on its line."""
    import re
    import subprocess

    path = tmp_path / "letter.pdf"
    path.write_bytes(build_letter(sample_letter(language=language)))
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "3", "-l", "3", str(path), "-"],
                           capture_output=True, text=True, check=True).stdout
    words = [(w, float(top), float(bottom)) for top, bottom, w in
             re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', boxes)]
    date = next(b for w, _, b in words if w in ("年", "Date:"))
    note = next(t for w, t, _ in words if w.startswith(("（请", "(Please")))
    assert note - date >= 8, (date, note)
