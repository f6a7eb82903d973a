"""Failure made visible: the crash dialog (copyable details), a plain message with retry for
environment problems, logging to a rotating file with personal data masked, and Qt's own
warnings routed into ``logging``."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.privacy import mask_text

log = logging.getLogger("collection_desk.ui")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class MaskingFilter(logging.Filter):
    """No unmasked identity, phone or account number ever reaches the log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_text(record.getMessage())
        record.args = None
        return True


def setup_logging(log_dir: Path) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "collection-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root = logging.getLogger("collection_desk")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    logging.getLogger("collection_desk.qt").log(_QT_LEVELS.get(mode, logging.WARNING), message)


def route_qt_messages() -> None:
    qInstallMessageHandler(_qt_message)


def is_environment(exc: BaseException) -> bool:
    """Locked, read-only, disk full, wrong key, newer schema: the officer can act on it."""
    return bool(getattr(exc, "environment", False)) or isinstance(exc, (PermissionError,))


class CrashDialog(QDialog):
    """A bug: say so plainly, show the details, let them be copied for a report."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setAccessibleName(self.tr("Unexpected error"))
        self.setWindowTitle(self.tr("Unexpected error"))
        intro = QLabel(self.tr("Something went wrong inside Collection Desk. Your data is safe; "
                               "the details below were written to the log. Copy them into "
                               "your report to IT support."), self, wordWrap=True)
        self.details = QPlainTextEdit(details, self, objectName="crashDetails", readOnly=True)
        self.details.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("crashCloseButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def details_of(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return mask_text("".join(traceback.format_exception(exc_type, exc, tb)))


def show_environment_problem(exc: BaseException, parent: QWidget | None = None,
                             retry: bool = True) -> bool:
    """A plain message for a problem the officer can fix; True when they chose Retry."""
    box = QMessageBox(parent)
    box.setObjectName("environmentMessage")
    box.setAccessibleName(QCoreApplication.translate("Errors", "Problem"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Collection Desk"))
    box.setText(str(exc) or type(exc).__name__)
    buttons = QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
    box.setStandardButtons(buttons if retry else QMessageBox.StandardButton.Ok)
    return box.exec() == QMessageBox.StandardButton.Retry


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """Installed as ``sys.excepthook`` by the application: log, then show the right dialog."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = details_of(exc_type, exc, tb)
    log.error("unhandled exception\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    if is_environment(exc):
        show_environment_problem(exc, QApplication.activeWindow(), retry=False)
    else:
        CrashDialog(details, QApplication.activeWindow()).exec()
