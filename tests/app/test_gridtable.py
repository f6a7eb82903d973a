"""The amount table's one-line cells land where the paragraphs they stand for would."""

from __future__ import annotations

import io
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
    ("项目", "金额（元）", "大写"),
    ("逾期本金", "1,250,000.00", "人民币壹佰贰拾伍万元整"),
    ("未到期本金（已宣布提前到期）", "3,750,000.00", "人民币叁佰柒拾伍万元整"),
    ("合计", "5,000,000.00", "人民币伍佰万元整"),
)
STYLES = (("cell_center",) * 3,) + (("cell", "cell_right", "cell"),) * 3
WIDTHS = (120.0, 90.0, 150.0)


def _pdf(line_cells: bool) -> bytes:
    font = register_font(None)
    st = styles(font, "zh", letter=True)
    rows = []
    for texts, names in zip(ROWS, STYLES, strict=True):
        row: list[object] = []
        for text, name in zip(texts, names, strict=True):
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


def _pixels(pdf: bytes, tmp: Path, name: str) -> bytes:
    """The page rendered by poppler (what a reader or printer shows), as PGM bytes."""
    (tmp / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-singlefile", str(tmp / f"{name}.pdf"),
         str(tmp / name)],
        check=True,
    )
    return (tmp / f"{name}.pgm").read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_one_line_cells_look_exactly_like_their_paragraphs(tmp_path: Path) -> None:
    by_table = _pixels(_pdf(line_cells=True), tmp_path, "table")
    by_paragraphs = _pixels(_pdf(line_cells=False), tmp_path, "paragraphs")
    assert by_table == by_paragraphs
    blank = _pixels(_pdf_without_text(), tmp_path, "blank")
    assert by_table != blank  # the comparison sees the text


def _pdf_without_text() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    table = GridTable([[Para("", styles(register_font(None), "zh")["cell"])] * 3] * 4, WIDTHS)
    table.wrapOn(canvas, sum(WIDTHS), 800)
    table.drawOn(canvas, 50, 400)
    canvas.save()
    return out.getvalue()


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
