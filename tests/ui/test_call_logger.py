"""Walkthroughs of the call logger on a real encrypted store: real buttons, shortcuts and
fields; each test checks what the dialog shows and what the database holds afterwards."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton
from sqlalchemy import select

from desktop_app.services import calls, editing
from desktop_app.services.case_detail import case_detail
from local_db.models import Party
from tests.app.conftest import BORROWER
from tests.ui.call_fixtures import CallCase, call_case, call_time  # noqa: F401
from ui.calls import CallLoggerDialog, offer_restore
from ui.calls.call_record import CallRecordBox
from ui.calls.verdict_panel import MIN_OVERRIDE_CHARS

LEFT = Qt.MouseButton.LeftButton
# The offscreen platform cannot pass a dialog's changing minimum size to a window system.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_dialog(qtbot, case: CallCase) -> CallLoggerDialog:  # noqa: ANN001
    dialog = CallLoggerDialog(case.ctx, case.case_id, party_id=case.rep_id, now=call_time)
    case.dialogs.append(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def activate(qtbot, dialog: CallLoggerDialog) -> None:  # noqa: ANN001
    """Shortcuts only reach the active window."""
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)


def start(qtbot, dialog: CallLoggerDialog) -> None:  # noqa: ANN001
    button = dialog.findChild(QPushButton, "callStartButton")
    assert button.isEnabled()
    with qtbot.waitSignal(dialog.draft_saved, timeout=5000):
        qtbot.mouseClick(button, LEFT)
    assert dialog.session is not None and not button.isEnabled()


def press(qtbot, dialog: CallLoggerDialog, key: Qt.Key) -> None:  # noqa: ANN001
    """A choice's shortcut key, typed wherever the focus is (the step puts it on a choice)."""
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is dialog
    qtbot.keyClick(focused, key)


def step_id(dialog: CallLoggerDialog) -> str:
    assert dialog.session is not None
    return dialog.session.step.id


def tick(qtbot, box: QCheckBox) -> None:  # noqa: ANN001
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def fill_record(qtbot, dialog: CallLoggerDialog) -> None:  # noqa: ANN001
    tick(qtbot, dialog.record.disclosed)
    tick(qtbot, dialog.record.notice)
    qtbot.keyClicks(dialog.record.recording_ref, "REC-2026-0042")


def test_complete_call_ends_in_a_promise(qtbot, call_case: CallCase) -> None:  # noqa: ANN001, F811
    dialog = open_dialog(qtbot, call_case)
    assert dialog.verdict_panel.verdict is not None and dialog.verdict_panel.verdict.allowed
    assert "CN-ID1" in dialog.findChild(QLabel, "verdictDetails").text()
    assert not dialog.findChild(QPushButton, "verdictOverrideButton").isVisible()
    start(qtbot, dialog)
    assert "Good day" in dialog.findChild(QLabel, "stepPrompt").text()
    assert "张伟" in dialog.step_view.prompt.text()  # merge field filled

    press(qtbot, dialog, Qt.Key.Key_1)  # identity confirmed
    assert step_id(dialog) == "purpose"
    qtbot.keyClick(dialog, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert step_id(dialog) == "opening"
    qtbot.mouseClick(dialog.step_view.choice_buttons["identity_confirmed"], LEFT)
    assert "【" not in dialog.step_view.prompt.text()  # every merge field had a value
    qtbot.mouseClick(dialog.step_view.choice_buttons["promise"], LEFT)
    assert step_id(dialog) == "promise"

    confirm = dialog.step_view.choice_buttons["promise_confirmed"]
    qtbot.mouseClick(confirm, LEFT)  # required fields still empty
    assert step_id(dialog) == "promise"
    error = dialog.findChild(QLabel, "captureError_promise_amount")
    assert error.isVisible() and "Required" in error.text()
    amount = dialog.step_view.fields["promise_amount"].editor()
    assert QApplication.focusWidget() is amount  # the error puts the cursor in the field
    qtbot.keyClicks(amount, "50000.00")
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    date_edit = dialog.step_view.fields["promise_date"].editor()
    assert QApplication.focusWidget() is date_edit  # Tab order: fields, then choices
    date_edit.setDate(QDate(2026, 12, 10))
    qtbot.mouseClick(confirm, LEFT)
    assert dialog.session is not None and dialog.session.outcome == "promise_to_pay"

    assert dialog.findChild(QLabel, "callOutcome").text() == "Promise to pay"
    action, due = dialog.finish.chosen_action()
    assert (action, due) == ("check_promise", dt.date(2026, 12, 11))
    fill_record(qtbot, dialog)
    warning = dialog.findChild(QLabel, "callNotesWarning")
    dialog.record.notes.setPlainText("对方说要去法院")
    qtbot.waitUntil(warning.isVisible, timeout=3000)  # live banned-word check
    assert "CN-SCR1" in warning.text() and "法院" in warning.text()
    dialog.record.notes.setPlainText("财务负责人确认12月10日前还款")
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=3000)
    finish = dialog.findChild(QPushButton, "callFinishButton")
    with qtbot.waitSignal(dialog.call_finished, timeout=5000) as done:
        qtbot.mouseClick(finish, LEFT)
    assert done.args == [call_case.case_id]
    assert "Call saved: Promise to pay" in dialog.findChild(QLabel, "callFinishMessage").text()
    assert not finish.isEnabled()

    detail = case_detail(call_case.ctx, call_case.case_id)
    made = [a for a in detail.timeline if a.kind == "call" and a.party_id == call_case.rep_id]
    assert len(made) == 1 and made[0].outcome == "promise_to_pay"
    assert made[0].override_reason == ""
    assert len(detail.promises) == 1
    promise = detail.promises[0]
    assert promise["amount"] == 5_000_000 and promise["due_date"] == dt.date(2026, 12, 10)
    assert (detail.next_action, detail.next_action_date) == ("check_promise",
                                                            dt.date(2026, 12, 11))
    assert calls.open_drafts(call_case.ctx) == []


def test_blocked_call_needs_a_typed_override(qtbot, call_case: CallCase) -> None:  # noqa: ANN001, F811
    editing.set_party_flags(call_case.ctx, call_case.case_id, call_case.rep_id,
                            {"cease_contact": True}, reason="书面要求停止联系")
    dialog = open_dialog(qtbot, call_case)
    verdict = dialog.verdict_panel.verdict
    assert verdict is not None and verdict.outcome == "block"
    assert "Contact blocked" in dialog.findChild(QLabel, "verdictHeadline").text()
    details = dialog.findChild(QLabel, "verdictDetails").text()
    assert "CN-C1" in details and "cease-contact request" in details
    start_button = dialog.findChild(QPushButton, "callStartButton")
    assert not start_button.isEnabled()

    override = dialog.findChild(QPushButton, "verdictOverrideButton")
    assert override.isVisible()
    qtbot.mouseClick(override, LEFT)
    reason_edit = dialog.verdict_panel.reason_edit
    qtbot.keyClicks(reason_edit, "too short")
    assert len("too short") < MIN_OVERRIDE_CHARS and not start_button.isEnabled()
    qtbot.keyClicks(reason_edit, ": debtor asked us to call back today")
    assert start_button.isEnabled()
    start(qtbot, dialog)
    assert reason_edit.isReadOnly()

    press(qtbot, dialog, Qt.Key.Key_6)  # no answer
    assert dialog.session is not None and dialog.session.outcome == "no_answer"
    finish = dialog.findChild(QPushButton, "callFinishButton")
    qtbot.mouseClick(finish, LEFT)  # CN-REC1: no recording reference yet
    message = dialog.findChild(QLabel, "callFinishMessage").text()
    assert "recording reference" in message and "CN-REC1" in message
    assert not [a for a in case_detail(call_case.ctx, call_case.case_id).timeline
                if a.kind == "call" and a.party_id == call_case.rep_id]
    qtbot.keyClicks(dialog.record.no_recording, "no answer, nothing to record")
    with qtbot.waitSignal(dialog.call_finished, timeout=5000):
        qtbot.mouseClick(finish, LEFT)

    made = [a for a in case_detail(call_case.ctx, call_case.case_id).timeline
            if a.kind == "call" and a.party_id == call_case.rep_id]
    assert len(made) == 1 and made[0].outcome == "no_answer"
    assert made[0].override_reason == "too short: debtor asked us to call back today"


def test_closed_call_is_restored_at_the_same_step(qtbot, call_case: CallCase) -> None:  # noqa: ANN001, F811
    dialog = open_dialog(qtbot, call_case)
    start(qtbot, dialog)
    draft_id = dialog.draft_id
    press(qtbot, dialog, Qt.Key.Key_1)  # identity confirmed
    press(qtbot, dialog, Qt.Key.Key_3)  # explains difficulties
    assert step_id(dialog) == "reason"
    reason = dialog.step_view.fields["nonpayment_reason"].editor()
    reason.setCurrentIndex(reason.findData("customer_arrears"))
    dialog.step_view.fields["reason_note"].editor().insert("下游回款延迟")  # as an IME commits
    tick(qtbot, dialog.record.disclosed)
    with qtbot.waitSignal(dialog.draft_saved, timeout=5000):  # the debounced save
        dialog.record.notes.setPlainText("对方称下月回款")
    dialog.hide()  # as if the app were killed: no closeEvent, no last save

    asked: list[int] = []
    restored = offer_restore(call_case.ctx, None, now=call_time,
                             confirm=lambda _parent, drafts: asked.append(len(drafts)) or True)
    assert asked == [1] and len(restored) == 1
    again = restored[0]
    call_case.dialogs.append(again)
    assert again.draft_id == draft_id and step_id(again) == "reason"
    assert again.step_view.fields["nonpayment_reason"].editor().currentData() == "customer_arrears"
    assert again.step_view.fields["reason_note"].editor().text() == "下游回款延迟"
    assert again.record.notes.toPlainText() == "对方称下月回款"
    assert again.record.disclosed.isChecked() and not again.record.notice.isChecked()
    assert not again.targets.isEnabled()
    assert again.session is not None
    assert again.session.path == [("opening", "identity_confirmed"), ("purpose", "reason")]

    activate(qtbot, again)
    qtbot.mouseClick(again.step_view.choice_buttons["undecided"], LEFT)
    tick(qtbot, again.record.notice)
    qtbot.keyClicks(again.record.recording_ref, "REC-7")
    with qtbot.waitSignal(again.call_finished, timeout=5000):
        qtbot.mouseClick(again.finish.finish_button, LEFT)
    made = [a for a in case_detail(call_case.ctx, call_case.case_id).timeline
            if a.kind == "call" and a.party_id == call_case.rep_id]
    assert [a.outcome for a in made] == ["right_party_contact"]
    assert made[0].notes == "对方称下月回款"
    assert calls.open_drafts(call_case.ctx) == []


def shown(label: QLabel) -> str:
    """What a label puts on screen: rich text is rendered, plain text is shown as it is."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText
                                         and GuiQt.mightBeRichText(label.text())):
        doc = QTextDocument()
        doc.setHtml(label.text())
        return doc.toPlainText()
    return label.text()


ENGLISH_WORDS = re.compile(r"[A-Za-z]*[a-z]{3,}[A-Za-z]*")


@pytest.mark.parametrize(("lang", "quoted"), [("en", '"公安"'), ("zh_CN", "「公安」")])
def test_banned_word_warning_shows_the_term_in_quotes(qtbot, language, lang: str,  # noqa: ANN001
                                                      quoted: str) -> None:
    language(lang)
    box = CallRecordBox()
    qtbot.addWidget(box)
    box.show()
    box.notes.setPlainText("对方说要去公安")
    warning = box.findChild(QLabel, "callNotesWarning")
    qtbot.waitUntil(warning.isVisible, timeout=3000)
    text = shown(warning)
    assert text.startswith("▲ CN-SCR1: ") and quoted in text
    assert "&" not in text  # no HTML entity reaches the screen
    box.notes.setPlainText("对方说要去公安和法院")  # two firings, one per line
    qtbot.waitUntil(lambda: "法院" in shown(warning), timeout=3000)
    assert shown(warning).count("CN-SCR1") == 2 and "&" not in shown(warning)


def test_chinese_verdict_cites_its_source_in_chinese(qtbot, call_case: CallCase,  # noqa: ANN001, F811
                                                    language) -> None:  # noqa: ANN001
    """Saturday: calling the company borrower fires CN-T2 (business hours, a design default);
    the Chinese window gives its basis in Chinese."""
    language("zh_CN")
    with call_case.ctx.read() as s:
        company = s.scalars(select(Party.id).where(Party.name == BORROWER.name)).one()
    dialog = CallLoggerDialog(call_case.ctx, call_case.case_id, party_id=company, now=call_time)
    call_case.dialogs.append(dialog)
    verdict = dialog.verdict_panel.verdict
    assert verdict is not None and "CN-T2" in [f.rule_id for f in verdict.fired]
    details = shown(dialog.findChild(QLabel, "verdictDetails"))
    assert "CN-T2" in details and "依据" in details
    assert "Design default" not in details
    english = [line for line in details.splitlines() if line.startswith("依据")
               and ENGLISH_WORDS.search(line)]
    assert english == []
