"""The amount table's one-line cells land where the paragraphs they stand for would."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.fastpara import Para
from desktop_app.documents.fonts import register_font
from desktop_app.documents.gridtable import GridTable, TextCell
from desktop_app.documents.layout import styles

ROWS = (
    ("项　目", "金额（元）", "大　写"),
    ("逾期本金", "1,250,000.00", "人民币壹佰贰拾伍万元整"),
    ("未到期本金（已宣布提前到期）", "3,750,000.00", "人民币叁佰柒拾伍万元整"),
    ("  Overdue   principal ", "1,250,000.00 ", "Accrued interest"),
    ("合　计", "5,000,000.00", "人民币伍佰万元整"),
)
ROWS_EN = (("Item", "Amount (CNY)", "In Chinese words (大写)"), *ROWS[1:])
STYLES = (("cell_center",) * 3,) + (("cell", "cell_right", "cell"),) * 4
WIDTHS = (120.0, 90.0, 150.0)


def _pdf(line_cells: bool, lang: str = "zh", letter: bool = True) -> bytes:
    font = register_font(None)
    st = styles(font, lang, letter=letter)
    rows = []
    for texts, names in zip(ROWS_EN if lang == "en" else ROWS, STYLES, strict=True):
        row: list[object] = []
        for text, name in zip(texts, names, strict=True):
            if lang == "en" and not text.isascii():
                name = "cjk_cell" if name == "cell" else name
            if line_cells:
                row.append(TextCell(text, st[name], lambda t=text, n=name: Para(t, st[n])))
            else:
                row.append(Para(text, st[name]))
        rows.append(row)
    table = GridTable(rows, WIDTHS)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    table.wrapOn(canvas, sum(WIDTHS), 800)
    table.drawOn(canvas, 50, 400)
    canvas.save()
    return out.getvalue()


def _words(pdf: bytes, tmp: Path) -> list[tuple[str, float, float, float, float]]:
    """Every word poppler finds on the page with its box (points, to 0.01): where each
    glyph is, whatever operators put it there."""
    (tmp / "t.pdf").write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(tmp / "t.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return sorted(
        (text, *(round(float(v), 2) for v in box)) for *box, text in found  # type: ignore[misc]
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize(("lang", "letter"), [("zh", True), ("en", True), ("zh", False)])
def test_one_line_cells_put_every_glyph_where_their_paragraphs_do(
    lang: str, letter: bool, tmp_path: Path
) -> None:
    by_table = _words(_pdf(True, lang, letter), tmp_path)
    by_paragraphs = _words(_pdf(False, lang, letter), tmp_path)
    assert by_table == by_paragraphs
    texts = [w[0] for w in by_table]
    # centred header, right-aligned figures and text cleaned as the paragraph cleans it
    assert "1,250,000.00" in texts and "Overdue" in texts
    assert ("金额（元）" if lang == "zh" else "Amount") in texts


def test_a_cell_too_long_for_its_column_becomes_its_paragraph() -> None:
    font = register_font(None)
    st = styles(font, "zh", letter=True)
    made: list[Para] = []

    def make() -> Para:
        made.append(Para(ROWS[2][0], st["cell"]))
        return made[-1]

    cell = TextCell(ROWS[2][0], st["cell"], make)
    _, height = cell.wrap(WIDTHS[0] - 12, 1e6)
    assert made and cell.para is made[0]
    assert height == pytest.approx(2 * st["cell"].leading)  # two lines
    short = TextCell(ROWS[1][0], st["cell"], make)
    assert short.wrap(WIDTHS[0] - 12, 1e6)[1] == st["cell"].leading
    assert short.para is None and len(made) == 1


def test_text_with_markup_or_a_second_font_stays_a_paragraph() -> None:
    font = register_font(None)
    st = styles(font, "en", letter=True)
    calls: list[str] = []

    def make() -> Para:
        calls.append("made")
        return Para("Overdue <b>principal</b>", st["cell"])

    TextCell("Overdue <b>principal</b>", st["cell"], make).wrap(200, 1e6)
    TextCell("本金 principal", st["cell"], make, one_font=False).wrap(200, 1e6)
    assert calls == ["made", "made"]


def test_the_letter_builder_keeps_english_cells_with_chinese_as_paragraphs() -> None:
    from desktop_app.documents.letters import _Builder

    en, zh = _Builder("en", register_font(None), letter=True), _Builder("zh", register_font(None))
    mixed = en.text_cell("本金 principal")
    mixed.wrap(200, 1e6)
    assert mixed.para is not None  # two fonts: the paragraph switches between them
    for cell in (en.text_cell("Principal"), zh.text_cell("本金 principal")):
        cell.wrap(200, 1e6)
        assert cell.para is None
