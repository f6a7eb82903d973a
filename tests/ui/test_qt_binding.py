"""The Qt binding itself: a release that leaks references to None would crash the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
    # CPython 3.12+ makes None immortal (huge constant count); on 3.11 it must not drift
    assert abs(sys.getrefcount(None) - before) < 100
