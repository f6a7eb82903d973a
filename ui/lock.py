"""Idle lock: a watcher of user input, and the lock screen that needs the passphrase (or the
OS keyring) to reopen. Checking the passphrase reopens the store in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.context import open_context
from desktop_app.keys import KeyInfo
from ui.background import Operation
from ui.errors import excepthook

INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                          QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})
CHECK_MS = 5000


class IdleWatcher(QObject):
    """Emits ``idled`` once after ``timeout_ms`` without keyboard or mouse input (0: never)."""

    idled = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None,
                 check_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._since = QElapsedTimer()
        self._since.start()
        self._fired = False
        self._timer = QTimer(self, interval=min(check_ms, max(timeout_ms, 50)))
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.poke()
        return False

    def poke(self) -> None:
        self._since.restart()
        self._fired = False

    def _check(self) -> None:
        if self.timeout_ms > 0 and not self._fired and self._since.elapsed() >= self.timeout_ms:
            self._fired = True
            self.idled.emit()


def uses_passphrase(ctx: Any) -> bool:
    info = KeyInfo.load(ctx.paths.keyinfo)
    return info is None or info.mode == "passphrase"


def check_unlock(ctx: Any, passphrase: str) -> bool:
    """Qt-free: reopen the store with ``passphrase`` (or the keyring) to prove the key."""
    probe = open_context(ctx.paths, ask=lambda _new: passphrase or None)
    probe.close()
    return True


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Locked"))
        self.ctx = ctx
        self.operation: Operation | None = None
        title = QLabel(self.tr("Collection Desk is locked"), self, objectName="lockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self, wordWrap=True, objectName="lockHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(self, objectName="lockPassphraseEdit")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(320)
        self.button = QPushButton(self.tr("Unlock"), self, objectName="lockUnlockButton")
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setMaximumWidth(320)
        self.error = QLabel(self, objectName="lockError", wordWrap=True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, self.hint, self.passphrase, self.button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)

    def prepare(self) -> None:
        need = uses_passphrase(self.ctx)
        self.passphrase.setVisible(need)
        self.passphrase.clear()
        self.error.clear()
        self.hint.setText(self.tr("Enter your passphrase to continue.") if need else
                          self.tr("Unlock with the key in the OS keyring."))
        (self.passphrase if need else self.button).setFocus()

    def try_unlock(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        text = self.passphrase.text()
        if uses_passphrase(self.ctx) and not text:
            self.error.setText(self.tr("Enter the passphrase."))
            return
        self.button.setEnabled(False)
        self.operation = Operation(lambda _p, _c: check_unlock(self.ctx, text), parent=self,
                                   dialog=False, on_done=self._done, on_error=self._failed)
        self.operation.start()

    def _done(self, _ok: object) -> None:
        self.button.setEnabled(True)
        self.passphrase.clear()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.passphrase.clear()
        if getattr(exc, "environment", False) or type(exc).__name__ == "UnlockError":
            self.error.setText(self.tr("That did not unlock the database. Try again."))
        else:
            excepthook(type(exc), exc, exc.__traceback__)
