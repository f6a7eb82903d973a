"""From the detail panes: call one party (issue 4, item 3) and record a promise to pay by
hand (issue 4, item 4), in the real window over a real encrypted database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from desktop_app.services import promises
from desktop_app.services.case_detail import case_detail
from local_db.models import PromiseToPay
from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env, doc_window  # noqa: F401
from ui.detail.timeline import KIND

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(doc_window):  # noqa: ANN001, ANN201, F811
    """The real window and panes on the letter-ready store, showing the overdue case."""
    return doc_window


def _top_level(name: str) -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def _promise_count(ctx) -> int:  # noqa: ANN001
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(PromiseToPay)) or 0)


def test_call_this_party_opens_the_logger_with_that_party(qtbot, window, doc_case) -> None:  # noqa: F811
    win, _controller = window
    case_id, _borrower, guarantor = doc_case
    parties = win.detail.parties
    parties.select_party(guarantor)
    assert parties.call_button.objectName() == "callPartyButton"
    assert parties.call_button.accessibleName() and parties.call_button.isEnabled()
    with qtbot.waitSignal(win.detail.party_call_requested) as requested:
        qtbot.mouseClick(parties.call_button, Qt.MouseButton.LeftButton)
    assert requested.args == [case_id, guarantor]
    qtbot.waitUntil(lambda: bool(_top_level("callLoggerDialog")))
    dialog = _top_level("callLoggerDialog")[0]
    assert dialog.case_id == case_id
    assert dialog.targets.party.currentData() == guarantor
    assert dialog.targets.party.currentIndex() > 0  # not merely the first party

    # a finished call refreshes the case in the panes (here: what the call would have written)
    before = win.detail.timeline.model.rowCount()
    promises.record_promise(dialog.ctx, case_id, 50_000, dialog.ctx.clock(), party_id=guarantor)
    dialog.call_finished.emit(case_id)
    assert win.detail.timeline.model.rowCount() == before + 1
    dialog.close()


def _open_promise_dialog(qtbot, win):  # noqa: ANN001, ANN202
    overview = win.detail.overview
    qtbot.mouseClick(overview.promise_button, Qt.MouseButton.LeftButton)
    dialog = win.detail.active_dialog()
    assert dialog is not None and dialog.objectName() == "promiseDialog"
    return dialog


def _ok(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_invalid_amount_shows_the_field_error_and_writes_nothing(qtbot, window, doc_ctx,  # noqa: F811
                                                                 doc_case) -> None:  # noqa: F811
    win, _controller = window
    case_id = doc_case[0]
    count = _promise_count(doc_ctx)
    dialog = _open_promise_dialog(qtbot, win)
    for typed, expected in (("abc", "Enter the amount in yuan"),
                            ("50", "Enter at least"),
                            ("999,999,999", "more than the total owed")):
        dialog.amount.setText(typed)
        _ok(qtbot, dialog)
        error = dialog.findChild(object, "promiseAmountError")
        assert error.isVisible() and expected in error.text(), (typed, error.text())
        assert dialog.isVisible()
    assert _promise_count(doc_ctx) == count
    dialog.amount.setText("1000")
    dialog.due.setDate(QDate(2000, 1, 1))  # before today
    _ok(qtbot, dialog)
    assert "past" in dialog.findChild(object, "promiseDueDateError").text()
    assert not dialog.findChild(object, "promiseAmountError").isVisible()
    assert _promise_count(doc_ctx) == count
    assert case_detail(doc_ctx, case_id).promises == ()
    dialog.reject()


def test_promise_by_hand_is_stored_and_shown(qtbot, window, doc_ctx, doc_case) -> None:  # noqa: F811
    win, _controller = window
    case_id, borrower, guarantor = doc_case
    dialog = _open_promise_dialog(qtbot, win)
    assert dialog.party.currentData() == borrower  # the borrower unless a party is selected
    assert dialog.accessibleName() and dialog.amount.accessibleName()
    due = doc_ctx.clock() + dt.timedelta(days=10)
    dialog.amount.setText("1,234.50")
    dialog.due.setDate(QDate(due.year, due.month, due.day))
    dialog.party.setCurrentIndex(dialog.party.findData(guarantor))
    with qtbot.waitSignal(win.detail.case_changed) as changed:
        _ok(qtbot, dialog)
    assert changed.args == [case_id]
    assert not dialog.isVisible()
    stored = case_detail(doc_ctx, case_id).promises
    assert [(p["amount"], p["due_date"], p["status"]) for p in stored] == [
        (123_450, due, "open")]
    with doc_ctx.read() as s:
        row = s.scalars(select(PromiseToPay)).one()
        assert row.party_id == guarantor
    overview = win.detail.overview
    assert "1,234.50" in overview.promise.text() and due.isoformat() in overview.promise.text()
    timeline = win.detail.timeline
    kinds = [timeline.model.index(r, KIND).data() for r in range(timeline.model.rowCount())]
    assert "Promise" in kinds
    assert "Promise recorded." in win.detail.message.text()
