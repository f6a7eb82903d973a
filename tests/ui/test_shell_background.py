"""The background-operation helper: results, exceptions and progress on the main thread;
cancel; the delayed progress dialog; nothing swallowed."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from ui.background import Operation


def _on_main_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_result_arrives_on_the_main_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(progress, cancelled):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        progress(1, 2)
        progress(2, 2)
        return 42

    op = Operation(work, on_done=lambda r: seen.update(result=r, main=_on_main_thread()))
    progressed: list[tuple[int, int]] = []
    op.progressed.connect(lambda d, t: progressed.append((d, t)))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        op.start()
    assert blocker.args == [42]
    assert seen == {"worker": False, "result": 42, "main": True}
    assert progressed == [(1, 2), (2, 2)]


def test_exception_arrives_on_the_main_thread(qtbot) -> None:
    caught: list[tuple[BaseException, bool]] = []

    def work(progress, cancelled):
        raise ValueError("bad row")

    op = Operation(work, on_error=lambda e: caught.append((e, _on_main_thread())))
    with qtbot.waitSignal(op.failed, timeout=5000):
        op.start()
    assert isinstance(caught[0][0], ValueError) and caught[0][1] is True


def test_unhandled_exception_goes_to_excepthook(qtbot, monkeypatch) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: hooked.append(e))
    op = Operation(lambda p, c: 1 / 0)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    assert isinstance(hooked[0], ZeroDivisionError)


def test_cancel_flag_reaches_the_worker(qtbot) -> None:
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        return "stopped"

    op = Operation(work, dialog=False)
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        op.start()
        assert started.wait(5)
        op.cancel()
    assert blocker.args == ["stopped"] and op.is_cancelled()


def test_progress_dialog_appears_after_the_delay_and_cancels(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def work(progress, cancelled):
        progress(1, 10)
        while not cancelled() and not release.is_set():
            threading.Event().wait(0.005)
        return cancelled()

    op = Operation(work, parent=parent, label="Working", delay_ms=30)
    assert op.dialog is None
    op.start()
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5000)
    assert op.dialog.objectName() == "progressDialog"
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        qtbot.mouseClick(op.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    release.set()


@pytest.mark.parametrize("fast", [True])
def test_fast_work_shows_no_dialog(qtbot, fast) -> None:
    op = Operation(lambda p, c: "quick", delay_ms=10_000)
    with qtbot.waitSignal(op.succeeded, timeout=5000):
        op.start()
    assert op.dialog is None
