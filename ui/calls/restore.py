"""At start-up: offer to reopen calls that were in progress when the app last stopped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.context import AppContext
from desktop_app.services import calls
from ui.calls.dialog import CallLoggerDialog, Now

Confirm = Callable[[QWidget | None, list[calls.DraftInfo]], bool]


def ask(parent: QWidget | None, drafts: list[calls.DraftInfo]) -> bool:
    """The default question: one Yes/No box for all open drafts."""
    count = len(drafts)  # a plain name: lupdate skips the message when n is a call
    text = QCoreApplication.translate(
        "CallRestore", "%n call(s) in progress were not finished. Restore them now?", "", count)
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("CallRestore", "Restore calls in progress"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("restoreCallsBox")
    box.setAccessibleName(QCoreApplication.translate("CallRestore", "Restore calls in progress"))
    box.setInformativeText(QCoreApplication.translate(
        "CallRestore", "If you say No, they stay saved and are offered again next time."))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def offer_restore(ctx: AppContext, parent: QWidget | None = None, *,
                  confirm: Confirm = ask, now: Now | None = None) -> list[CallLoggerDialog]:
    """Ask once; on Yes open (and show) one logger per open draft, in draft order."""
    drafts = calls.open_drafts(ctx)
    if not drafts or not confirm(parent, drafts):
        return []
    dialogs = []
    for draft in drafts:
        dialog = CallLoggerDialog(ctx, draft.case_id, parent, draft.party_id, draft=draft,
                                  now=now)
        dialog.show()
        dialogs.append(dialog)
    return dialogs
