"""In-app PDF preview (QtPdf): page X of Y, zoom, Print… and Save as…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.documents.common import named

ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.25, 4.0
MAX_PRINT_DPI = 300


class PdfPreview(QWidget):
    """Shows PDF bytes. ``loaded`` fires with the page count once a document is ready."""

    loaded = Signal(int)
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, file_name: str = "document.pdf") -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setAccessibleName(self.tr("Document preview"))
        self.file_name = file_name
        self._data = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        named(self.view, "pdfView", self.tr("Document pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._bar)
        layout.addWidget(self.view, 1)
        self.placeholder = QLabel(self.tr("No document to show yet."))
        named(self.placeholder, "previewPlaceholder", self.tr("No document"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.placeholder, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.document.pageCountChanged.connect(self._update_page_label)
        # the label states the zoom the pages are drawn at: in fit-width mode that follows
        # the viewport's width, which is only known once the view is shown and laid out
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)
        self.view.zoomModeChanged.connect(self._update_zoom_label)
        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self._update_enabled()

    def _button(self, text: str, name: str, accessible: str, slot, shortcut=None) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        named(button, name, accessible)
        button.clicked.connect(slot)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{accessible} ({QKeySequence(shortcut).toString()})")
        self._bar.addWidget(button)
        return button

    def _build_toolbar(self) -> None:
        self._bar = QHBoxLayout()
        self.prev_button = self._button("◀", "previewPrevPage", self.tr("Previous page"),
                                        lambda: self.go_to(self.current_page() - 1),
                                        QKeySequence.StandardKey.MoveToPreviousPage)
        self.page_label = QLabel()
        named(self.page_label, "previewPageLabel", self.tr("Page number"))
        self._bar.addWidget(self.page_label)
        self.next_button = self._button("▶", "previewNextPage", self.tr("Next page"),
                                        lambda: self.go_to(self.current_page() + 1),
                                        QKeySequence.StandardKey.MoveToNextPage)
        self._bar.addSpacing(16)
        self.zoom_out_button = self._button("−", "previewZoomOut", self.tr("Zoom out"),
                                            lambda: self.zoom_by(1 / ZOOM_STEP),
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_label = QLabel()
        named(self.zoom_label, "previewZoomLabel", self.tr("Zoom level"))
        self._bar.addWidget(self.zoom_label)
        self.zoom_in_button = self._button("+", "previewZoomIn", self.tr("Zoom in"),
                                           lambda: self.zoom_by(ZOOM_STEP),
                                           QKeySequence.StandardKey.ZoomIn)
        self.fit_button = self._button(self.tr("Fit width"), "previewFitWidth",
                                       self.tr("Fit page width"), self.fit_width, "Ctrl+0")
        self._bar.addStretch(1)
        self.print_button = self._button(self.tr("Print…"), "previewPrint", self.tr("Print"),
                                         self.print_dialog, QKeySequence.StandardKey.Print)
        self.save_button = self._button(self.tr("Save as…"), "previewSaveAs",
                                        self.tr("Save PDF as"), self.save_dialog,
                                        QKeySequence.StandardKey.SaveAs)

    # -- loading -----------------------------------------------------------------------
    def load_bytes(self, data: bytes, file_name: str | None = None) -> int:
        """Load ``data`` (a PDF) through a QBuffer; returns the page count (0 if unreadable)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._data = bytes(data)
        self.file_name = file_name or self.file_name
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.fit_width()
        self.go_to(0)
        self._update_enabled()
        self._update_page_label()
        self.loaded.emit(pages)
        return pages

    def clear(self) -> None:
        """Show nothing (e.g. while a new document is being built)."""
        self.document.close()
        self._data = b""
        self._update_enabled()
        self._update_page_label()

    def pdf_bytes(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- navigation and zoom -------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count:
            page = max(0, min(page, count - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_page_label()

    def zoom_by(self, factor: float) -> None:
        current = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom \
            else self._fit_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))
        self._update_zoom_label()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    def shown_zoom(self) -> float | None:
        """The zoom the pages are drawn at (1.0: a point is 1/72 inch of the screen), or
        ``None`` when there is no document."""
        if not self.page_count():
            return None
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        return self._fit_factor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._update_zoom_label()
        return super().eventFilter(watched, event)

    def _fit_factor(self) -> float:
        """The zoom of fit-width as QPdfView draws it: the page as wide as the viewport
        less the document margins, at the screen's logical DPI."""
        if not self.page_count():
            return 1.0
        margins = self.view.documentMargins()
        width_px = self._viewport.width() - margins.left() - margins.right()
        width_pt = self.document.pagePointSize(0).width() or 595.0
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        return max(width_px, 1) / (width_pt * dpi / 72)

    def _update_zoom_label(self, *_: object) -> None:
        zoom = self.shown_zoom()
        self.zoom_label.setText("" if zoom is None else f"{round(zoom * 100)} %")

    def _update_page_label(self, *_: object) -> None:
        count = self.page_count()
        page = self.current_page() + 1 if count else 0
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page))
                                .replace("%2", str(count)))
        self.prev_button.setEnabled(count > 0 and page > 1)
        self.next_button.setEnabled(count > 0 and page < count)

    def _update_enabled(self) -> None:
        has = self.page_count() > 0
        self.view.setVisible(has)
        self.placeholder.setVisible(not has)
        self._update_zoom_label()
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button,
                       self.print_button, self.save_button):
            button.setEnabled(has)

    # -- print and save ------------------------------------------------------------------
    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setAccessibleName(self.tr("Print"))
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            first, last = printer.fromPage(), printer.toPage()
            self.print_to(printer, first - 1 if first else 0, last - 1 if last else None)

    def print_to(self, printer: QPrinter, first: int = 0, last: int | None = None) -> int:
        """Render pages ``first..last`` (0-based, inclusive) onto ``printer``; returns pages."""
        count = self.page_count()
        last = count - 1 if last is None else min(last, count - 1)
        painter = QPainter()
        if count == 0 or not painter.begin(printer):
            return 0
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        printed = 0
        try:
            for page in range(first, last + 1):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF as"), self.file_name,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            try:
                self.save_to(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Could not save"), str(exc))

    def save_to(self, path: Path) -> Path:
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        path.write_bytes(self._data)
        self.saved.emit(str(path))
        return path


class PreviewDialog(QDialog):
    """A window holding one :class:`PdfPreview` (used for combined batch PDFs)."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None,
                 file_name: str = "document.pdf") -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.preview = PdfPreview(self, file_name=file_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.resize(900, 1000)
        self.preview.load_bytes(data)
