"""Start-up: QApplication, translations, logging, crash dialog, unlock / first run, window.

``run_gui(data_dir, lang)`` is what ``python -m desktop_app`` calls with no subcommand.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.context import AppContext, database_exists, open_context
from desktop_app.keys import UnlockError, env_passphrase, keyring_usable
from desktop_app.paths import DataPaths, data_paths
from desktop_app.services import setup
from ui import demo_loader, errors
from ui.background import Operation
from ui.i18n import Translators
from ui.main_controller import MainController
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.unlock import FirstRunWizard, PassphraseDialog

log = logging.getLogger("collection_desk.ui")
STYLE = Path(__file__).with_name("style.qss")


@dataclass
class FirstRun:
    institution: str
    officer: str
    employee_no: str
    phone: str
    passphrase: str
    demo_cases: int  # 0: no demo


def ask_first_run() -> FirstRun | None:
    need_passphrase = not keyring_usable() and not env_passphrase(True)
    wizard = FirstRunWizard(need_passphrase, demo_loader.available())
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return FirstRun(wizard.institution.text(), wizard.officer.text(), wizard.employee_no.text(),
                    wizard.phone.text(), wizard.passphrase.text(),
                    wizard.demo_cases.value() if wizard.demo.isChecked() else 0)


def _asker(first: FirstRun | None, message: str, source: dict[str, bool]) -> Any:
    """The ``ask`` callable for ``open_context``: environment, wizard, or the dialog."""
    def ask(new: bool) -> str | None:
        if env := env_passphrase(new):
            return env
        if first is not None and first.passphrase:
            return first.passphrase
        source["dialog"] = True
        dialog = PassphraseDialog(new, message)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    return ask


def unlock(paths: DataPaths, first: FirstRun | None) -> AppContext | None:
    """Open the store, asking for the passphrase where needed; None if the officer gives up."""
    message = ""
    while True:
        source = {"dialog": False}
        ask = _asker(first, message, source)
        try:
            return open_context(paths, create=first is not None, ask=ask)
        except UnlockError as exc:
            if source["dialog"]:
                return None  # the officer cancelled the passphrase dialog
            if not errors.show_environment_problem(exc):
                return None
        except Exception as exc:
            if not getattr(exc, "environment", False):
                raise
            if type(exc).__name__ == "WrongKeyError" and source["dialog"]:
                message = QApplication.translate("PassphraseDialog",
                                                 "Wrong passphrase. Try again.")
                continue
            if not errors.show_environment_problem(exc):
                return None


def ensure_profile(ctx: AppContext, first: FirstRun | None) -> setup.Profile | None:
    if first is not None:
        return setup.save_profile(ctx, institution=first.institution, officer=first.officer,
                                  employee_no=first.employee_no, phone=first.phone)
    found = setup.profile(ctx)
    if found is not None:
        ctx.actor = found.employee_no
        return found
    wizard = FirstRunWizard(False, False)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return setup.save_profile(ctx, institution=wizard.institution.text(),
                              officer=wizard.officer.text(),
                              employee_no=wizard.employee_no.text(), phone=wizard.phone.text())


class Shell(QObject):
    """Owns the window and its controller; rebuilds them when the language changes."""

    def __init__(self, ctx: AppContext, settings: UiSettings, translators: Translators,
                 officer: str, watch_idle: bool = True) -> None:
        super().__init__()
        self.ctx, self.settings, self.translators = ctx, settings, translators
        self.officer, self.watch_idle = officer, watch_idle
        self.window: MainWindow | None = None
        self.controller: MainController | None = None
        self.build()

    def build(self) -> MainWindow:
        self.window = MainWindow(self.ctx, settings=self.settings)
        self.controller = MainController(self.ctx, self.settings, self.window,
                                         language=self.translators.language,
                                         officer=self.officer, watch_idle=self.watch_idle)
        self.controller.language_requested.connect(self.switch_language)
        return self.window

    def switch_language(self, lang: str) -> None:
        old = self.window
        assert old is not None and self.controller is not None
        self.controller.save_state()
        self.translators.install(lang)
        self.build().show()
        old.removeEventFilter(self.controller)
        old.close()
        old.deleteLater()

    def load_demo(self, cases: int) -> Operation:
        assert self.window is not None
        return Operation(demo_loader.work(self.ctx, cases), parent=self.window,
                         label=QCoreApplication.translate("Shell", "Building the demo portfolio…"),
                         on_done=lambda _r: self.controller and self.controller.refresh()).start()


def _officer_text(found: setup.Profile) -> str:
    return f"{found.officer} ({found.employee_no})"


def run_gui(data_dir: str | None = None, lang: str | None = None) -> int:
    app: Any = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Collection Desk")
    app.setOrganizationName("CollectionDesk")
    paths = data_paths(data_dir).ensure()
    errors.setup_logging(paths.logs)
    errors.route_qt_messages()
    sys.excepthook = errors.excepthook
    settings = UiSettings(paths.root)
    translators = Translators()
    translators.install(lang or settings.language or None)
    if STYLE.exists():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    first = None if database_exists(paths) else ask_first_run()
    if first is None and not database_exists(paths):
        return 1
    ctx = unlock(paths, first)
    if ctx is None:
        return 1
    found = ensure_profile(ctx, first)
    if found is None:
        ctx.close()
        return 1
    shell = Shell(ctx, settings, translators, _officer_text(found))
    assert shell.window is not None
    shell.window.show()
    if first is not None and first.demo_cases:
        shell.load_demo(first.demo_cases)
    try:
        return int(app.exec())
    finally:
        ctx.close()
