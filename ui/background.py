"""The one background-operation helper.

Rule for contributors: a worker NEVER touches a widget or a Qt model. The callable given to
:class:`Operation` is Qt-free; it receives ``progress(done, total)`` and ``cancelled()`` and
returns a value or raises. Results, exceptions and progress always arrive on the main thread
through queued signals. A progress dialog with Cancel appears after ~600 ms of work.
Exceptions are never swallowed: without an ``on_error`` handler they go to ``sys.excepthook``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]
DIALOG_DELAY_MS = 600
_ALIVE: set[Operation] = set()  # keeps a running operation alive until it has reported


class _Relay(QObject):
    """Lives on the main thread; the worker emits, Qt queues delivery to the main thread."""

    progressed = Signal(int, int)
    returned = Signal(object)
    raised = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay, flag: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._relay, self._flag = work, relay, flag

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self._work(lambda d, t: self._send("progressed", int(d), int(t)),
                                self._flag.is_set)
        except BaseException as exc:  # delivered, never swallowed
            self._send("raised", exc)
        else:
            self._send("returned", result)

    def _send(self, name: str, *args: Any) -> None:
        """Emit on the relay; if its owner (a closed window) is gone there is no one left
        to tell, which is logged rather than raised into Qt's thread pool."""
        try:
            getattr(self._relay, name).emit(*args)
        except RuntimeError:
            logging.getLogger("collection_desk.ui").info(
                "background result dropped: its window was closed (%s)", name)


class Operation(QObject):
    """Run ``work`` off the main thread. Signals fire on the main thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, *, parent: QWidget | None = None, label: str = "",
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 dialog: bool = True, delay_ms: int = DIALOG_DELAY_MS,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._work, self._parent_widget, self._label = work, parent, label
        self._on_done, self._on_error = on_done, on_error
        self._flag = threading.Event()
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._relay.returned.connect(self._returned, Qt.ConnectionType.QueuedConnection)
        self._relay.raised.connect(self._raised, Qt.ConnectionType.QueuedConnection)
        self.running = False
        self.dialog: QProgressDialog | None = None
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        if dialog:
            self._timer.timeout.connect(self._show_dialog)

    def start(self) -> Operation:
        self.running = True
        _ALIVE.add(self)
        self._timer.start()
        self._pool.start(_Job(self._work, self._relay, self._flag))
        return self

    def cancel(self) -> None:
        self._flag.set()

    def is_cancelled(self) -> bool:
        return self._flag.is_set()

    def _show_dialog(self) -> None:
        if not self.running:
            return
        dlg = QProgressDialog(self._label or self.tr("Working…"), self.tr("Cancel"), 0, 0,
                              self._parent_widget)
        dlg.setObjectName("progressDialog")
        dlg.setAccessibleName(self.tr("Progress"))
        dlg.setWindowTitle(self.tr("Please wait"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.canceled.connect(self.cancel)
        self.dialog = dlg
        dlg.show()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
        self.progressed.emit(done, total)

    def _close(self) -> None:
        self.running = False
        _ALIVE.discard(self)
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _returned(self, result: object) -> None:
        self._close()
        if self._on_done is not None:
            self._on_done(result)
        self.succeeded.emit(result)
        self.finished.emit()
        self.setParent(None)  # from now on Python references alone keep it

    def _raised(self, exc: BaseException) -> None:
        self._close()
        if self._on_error is not None:
            self._on_error(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        self.failed.emit(exc)
        self.finished.emit()
        self.setParent(None)


def run_in_background(work: Work, **kwargs: Any) -> Operation:
    """Start ``work`` now; see :class:`Operation` for the keyword arguments."""
    return Operation(work, **kwargs).start()
