"""The preview's zoom label states the zoom the pages are actually drawn at: measured on
the painted viewport (the white page against the grey background) against the page's
width at 100 %."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env  # noqa: F401
from ui.documents.letter_dialog import LetterDialog
from ui.documents.pdf_preview import PdfPreview, PreviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WHITE = QColor(Qt.GlobalColor.white)


def a4_pdf(pages: int = 3) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for n in range(pages):
        canvas.drawString(72, 720, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def drawn_page_width(qtbot, preview: PdfPreview) -> int:  # noqa: ANN001
    """Pixels between the first page's left and right edges, 30 px below its top."""
    qtbot.wait(50)  # let pending layouts and paints run
    image = preview.view.viewport().grab().toImage()
    y = preview.view.documentMargins().top() + 30
    white = [x for x in range(image.width()) if image.pixelColor(x, y) == WHITE]
    assert white, "no page drawn"
    return white[-1] - white[0] + 1


def full_size_width(qtbot) -> int:  # noqa: ANN001
    """The page's width in pixels at 100 % (the view's custom zoom 1.0)."""
    host = PdfPreview()
    qtbot.addWidget(host)
    host.resize(1000, 700)
    host.show()
    qtbot.waitExposed(host)
    host.load_bytes(a4_pdf())
    host.view.setZoomMode(host.view.ZoomMode.Custom)
    host.view.setZoomFactor(1.0)
    return drawn_page_width(qtbot, host)


def assert_label_is_drawn_zoom(qtbot, preview: PdfPreview, full: int) -> None:  # noqa: ANN001
    drawn = 100 * drawn_page_width(qtbot, preview) / full
    label = preview.zoom_label.text()
    assert label.endswith(" %")
    assert abs(int(label.removesuffix(" %")) - drawn) <= 0.6, (label, drawn)


def test_zoom_label_of_a_preview_loaded_before_it_is_shown(qtbot) -> None:  # noqa: ANN001
    full = full_size_width(qtbot)
    dialog = PreviewDialog(a4_pdf(), "Letters")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.preview.view.zoomMode() == dialog.preview.view.ZoomMode.FitToWidth
    assert_label_is_drawn_zoom(qtbot, dialog.preview, full)
    for width in (620, 1300, 760):  # resized in fit-width mode
        dialog.resize(width, 800)
        assert_label_is_drawn_zoom(qtbot, dialog.preview, full)
    for button in ("zoom_out_button", "zoom_out_button", "zoom_in_button"):  # page in view
        qtbot.mouseClick(getattr(dialog.preview, button), Qt.MouseButton.LeftButton)
        assert_label_is_drawn_zoom(qtbot, dialog.preview, full)
    dialog.resize(900, 800)  # custom zoom: the page keeps its size, and so does the label
    assert_label_is_drawn_zoom(qtbot, dialog.preview, full)
    qtbot.mouseClick(dialog.preview.fit_button, Qt.MouseButton.LeftButton)
    assert_label_is_drawn_zoom(qtbot, dialog.preview, full)


def test_zoom_label_after_a_new_document_replaces_the_placeholder(qtbot) -> None:  # noqa: ANN001
    """What the letter dialog and the agreement page do: clear (the view hides), build,
    load the new PDF into a window already on screen."""
    full = full_size_width(qtbot)
    window = QWidget()
    qtbot.addWidget(window)
    preview = PdfPreview(window)
    QVBoxLayout(window).addWidget(preview)
    window.resize(840, 760)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(2):
        preview.clear()
        assert preview.zoom_label.text() == ""
        qtbot.wait(20)
        preview.load_bytes(a4_pdf())
        assert_label_is_drawn_zoom(qtbot, preview, full)


def test_letter_dialog_states_the_zoom_it_shows(qtbot, doc_ctx, doc_case) -> None:  # noqa: ANN001, F811
    full = full_size_width(qtbot)
    dialog = LetterDialog(doc_ctx, doc_case[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert_label_is_drawn_zoom(qtbot, dialog.preview, full)
    dialog.resize(1000, 800)
    assert_label_is_drawn_zoom(qtbot, dialog.preview, full)
