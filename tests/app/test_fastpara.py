"""``Para`` is ReportLab's ``Paragraph`` made faster: same fragments, lines and PDF bytes."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop_app.documents.fastpara import Para
from desktop_app.documents.fonts import register_font
from desktop_app.documents.layout import markup, styles

TEXTS = {
    "zh": (
        "借款人上海明远机械制造有限公司于2023年3月5日与我行签订《流动资金借款合同》，"
        "约定借款本金人民币5,000,000.00元，现已逾期。",
        "<b>上海明远机械制造有限公司</b>（借款人）",
        "<b>张伟</b>",
        "<b>张伟</b>（保证人）<i>另注</i>",
        "特此函告。",
    ),
    "en": (
        "Shanghai Mingyuan Machinery Co., Ltd. borrowed RMB 5,000,000.00 under the "
        "Working Capital Loan Contract and has not repaid the instalment due.",
        "<b>Shanghai Mingyuan Machinery Co., Ltd.</b> (borrower)",
        "<b>Zhang Wei</b> (guarantor), 上海市徐汇区漕溪北路88号",
        "Plain &amp; simple",
    ),
}
STYLES = ("body", "addressee", "cell", "party")


def _frags(para: Paragraph) -> list[dict[str, object]]:
    return [dict(sorted(f.__dict__.items())) for f in para.frags]


def _drawn(cls: type[Paragraph], text: str, style: object) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    para = cls(text, style)
    para.wrapOn(canvas, 300, 800)
    para.drawOn(canvas, 60, 500)
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_para_has_the_parsers_fragments_lines_and_bytes(lang: str) -> None:
    font = register_font(None)
    st = styles(font, lang, letter=True)
    checked = 0
    for raw in TEXTS[lang]:
        text = markup(raw, lang, font)
        for name in STYLES:
            ours, theirs = Para(text, st[name]), Paragraph(text, st[name])
            assert _frags(ours) == _frags(theirs), (raw, name)
            assert ours.wrap(220, 800) == theirs.wrap(220, 800), (raw, name)
            assert _drawn(Para, text, st[name]) == _drawn(Paragraph, text, st[name])
            checked += 1
    assert checked == len(TEXTS[lang]) * len(STYLES)


def test_no_line_starts_with_closing_punctuation_even_two_in_a_row() -> None:
    """ReportLab hangs one closing mark at the end of a full line; a second one, as in
    "…壹分）。", started the next line. Para keeps both on the line."""
    font = register_font(None)
    st = styles(font, "zh", letter=True)["body"]
    lead = "以上合计人民币2,335,549.91元（大写：人民币贰佰叁拾叁万伍仟伍佰肆拾玖元玖角壹分"
    found = 0
    for extra in range(0, 24):
        text = markup("甲" * extra + lead + "）。其后另起一句说明。", "zh", font)
        for width in (300, 320, 340):
            lines = [line for _, line in _lines(Para(text, st), width)]
            assert not any(line.startswith(("。", "）")) for line in lines[1:]), (extra, lines)
            theirs = [line for _, line in _lines(Paragraph(text, st), width)]
            found += any(line.startswith("。") for line in theirs[1:])
    assert found > 0  # the case arose: ReportLab's own Paragraph breaks before "。" there


def _lines(para: Paragraph, width: float) -> list[tuple[float, str]]:
    """(extra space, text) of each line: plain paragraphs keep (space, words) tuples,
    mixed ones FragLines of fragments."""
    para.wrap(width, 800)
    out = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):
            out.append((line[0], "".join(line[1])))
        else:
            out.append((line.extraSpace, "".join(w.text for w in line.words)))
    return out
