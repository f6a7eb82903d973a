"""Every refusal reason in a problem list is shown whole: wrapped to the list's width,
never elided, in English and in Chinese, whatever mix of scripts and quotes it holds.

"Shown whole" is measured on the painted list: each item is tall enough for its text
wrapped at the list's width, and it carries as much ink as its whole text drawn on one
line in the same font (an elided item lacks the words it cut off)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env  # noqa: F401
from ui.documents.common import problem_list, show_problems
from ui.documents.letter_dialog import LetterDialog
from ui.i18n import Translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PROBLEMS = [
    "DOC-CN-6: lawyer letter requires a law-firm profile",
    "CN-SCR1: '律师' is allowed only in a law firm's letter",
    "CN-SCR1: 'lawyer' is allowed only in a law firm's letter",
    "DOC-CN-1: missing addressees[1].name",
    "DOC-CN-2: fee:上门费 cannot be written in 大写: negative",
    "something the checks wrote: “上海明远机械制造有限公司” owes ¥1,217,500.91 since 2026-03-20",
    "TEXTS: agreement.zh: missing wording 'HDSH-PD-2024-LD-0157/HDSH-PD-2024-BZ-0157-1/0157-2'",
    "上海明远机械制造有限公司上海明远机械制造有限公司上海明远机械制造有限公司上海明远机械制造",
]


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    translators, locale = Translators(), QLocale()
    if request.param != "en":
        translators.install(request.param)
    yield request.param
    translators.uninstall()
    QLocale.setDefault(locale)


def ink(image: QImage, rect: QRect, background: int) -> int:
    """How much darker than ``background`` (a grey level) the pixels of ``rect`` are."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits, stride = bytes(grey.constBits()), grey.bytesPerLine()
    darker = bytes(max(0, background - level) for level in range(256))
    return sum(
        sum(bits[y * stride + rect.left():y * stride + rect.right() + 1].translate(darker))
        for y in range(rect.top(), rect.bottom() + 1)
    )


def whole_text_ink(widget: QListWidget, text: str, background: int) -> int:
    """The ink of ``text`` drawn on one line, unwrapped, in the list's font and colour."""
    metrics = QFontMetrics(widget.font())
    image = QImage(metrics.horizontalAdvance(text) + 40, metrics.height() * 3,
                   QImage.Format.Format_RGB32)
    image.fill(QColor(background, background, background))
    painter = QPainter(image)
    painter.setFont(widget.font())
    painter.setPen(widget.palette().text().color())
    painter.drawText(QPoint(20, metrics.height() + metrics.ascent()), text)
    painter.end()
    return ink(image, image.rect(), background)


def assert_every_item_shown_whole(qtbot, widget: QListWidget) -> None:  # noqa: ANN001
    qtbot.wait(50)  # pending layouts and paints
    viewport = widget.viewport()
    image = viewport.grab().toImage()
    corner = image.convertToFormat(QImage.Format.Format_Grayscale8)
    background = corner.pixelColor(viewport.width() - 2, viewport.height() - 2).red()
    width = viewport.width()
    metrics = QFontMetrics(widget.font())
    flags = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere)
    assert widget.count()
    for row in range(widget.count()):
        item = widget.item(row)
        rect = widget.visualItemRect(item)
        assert rect.width() <= width, (item.text(), rect)
        assert rect.bottom() < viewport.height(), "grow the list: the item is scrolled off"
        wrapped = metrics.boundingRect(QRect(0, 0, width - 6, 10_000), flags, item.text())
        assert rect.height() >= wrapped.height(), (item.text(), rect, wrapped)
        shown = ink(image, rect, background)
        whole = whole_text_ink(widget, item.text(), background)
        assert shown >= 0.97 * whole, (item.text(), shown, whole)


@pytest.mark.parametrize("width", [170, 240, 360])
def test_problem_items_wrap_whole_at_any_width(qtbot, language, width) -> None:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    problems = problem_list("problems", "Problems")
    QVBoxLayout(window).addWidget(problems)
    window.resize(width, 900)
    window.show()
    qtbot.waitExposed(window)
    show_problems(problems, PROBLEMS)
    assert_every_item_shown_whole(qtbot, problems)
    show_problems(problems, PROBLEMS[:3], mark="⚠")  # the warning colours, fewer items
    assert_every_item_shown_whole(qtbot, problems)


def test_items_wrap_again_when_the_list_gets_narrower_or_wider(qtbot, language) -> None:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    problems = problem_list("problems", "Problems")
    QVBoxLayout(window).addWidget(problems)
    window.resize(500, 900)
    window.show()
    qtbot.waitExposed(window)
    show_problems(problems, PROBLEMS)
    for width in (200, 640, 300):
        window.resize(width, 900)
        assert_every_item_shown_whole(qtbot, problems)


def test_law_firm_letter_refusal_reads_whole(qtbot, language, doc_ctx, doc_case) -> None:  # noqa: ANN001, F811
    """The reported case: Kind = Law-firm letter, Generate, in the letter dialog."""
    dialog = LetterDialog(doc_ctx, doc_case[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("lawyer"))
    with qtbot.waitSignal(dialog.refused, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    # refused for the missing law firm alone (its wording's 律师 is no longer a second item)
    assert [p.split(":")[0] for p in blocker.args[0]] == ["DOC-CN-6"]
    assert dialog.problems.count() == 1
    assert_every_item_shown_whole(qtbot, dialog.problems)
