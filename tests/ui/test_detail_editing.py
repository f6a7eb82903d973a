"""Edits from the detail panes go through the services, persist, and are audited."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop_app.services import detail_extra, editing
from desktop_app.services.case_detail import case_detail

try:
    from detail_fixtures import TODAY, detail_case, detail_ctx, detail_settings, panes
except ImportError:  # tests/ui became a package
    from tests.ui.detail_fixtures import (  # type: ignore[no-redef]
        TODAY,
        detail_case,
        detail_ctx,
        detail_settings,
        panes,
    )

__all__ = ["detail_case", "detail_ctx", "detail_settings", "panes"]

# The offscreen platform says this whenever a top-level window is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _party(ctx, case_id, role):
    return next(p for p in case_detail(ctx, case_id).parties if p.role == role)


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _open_add_contact(panes, qtbot, party_id):
    panes.tabs.setCurrentWidget(panes.parties)
    panes.parties.select_party(party_id)
    qtbot.mouseClick(panes.parties.add_button, Qt.MouseButton.LeftButton)
    dialog = panes.active_dialog()
    assert dialog is not None and dialog.objectName() == "addContactDialog"
    return dialog


def test_add_contact_through_the_dialog_is_persisted_and_audited(panes, qtbot, detail_ctx,
                                                                 detail_case):
    rep = _party(detail_ctx, detail_case, "legal_rep")
    dialog = _open_add_contact(panes, qtbot, rep.id)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("phone"))
    qtbot.keyClicks(dialog.value, "139 0011 2233")
    dialog.source.setCurrentIndex(dialog.source.findData("debtor_authorised"))
    dialog.label_edit.setText("备用手机")
    with qtbot.waitSignal(panes.case_changed) as changed:
        _ok(qtbot, dialog)
    assert changed.args == [detail_case]
    assert panes.active_dialog() is None
    saved = _party(detail_ctx, detail_case, "legal_rep").contacts
    new = [c for c in saved if c.value_masked == "139****2233"]
    assert len(new) == 1 and new[0].source == "debtor_authorised" and new[0].label == "备用手机"
    events = detail_extra.audit_events_for(detail_ctx, "contact_points", new[0].id)
    assert [(e.action, e.reason, e.actor) for e in events] == [
        ("create", "add contact", detail_ctx.actor)]
    shown = panes.parties.contact_model
    assert "139****2233" in {shown.index(r, 1).data() for r in range(shown.rowCount())}
    assert "Contact added" in panes.findChild(QLabel, "detailMessage").text()


def test_invalid_contact_shows_the_field_error_and_writes_nothing(panes, qtbot, detail_ctx,
                                                                  detail_case):
    rep = _party(detail_ctx, detail_case, "legal_rep")
    before = detail_extra.audit_event_count(detail_ctx)
    dialog = _open_add_contact(panes, qtbot, rep.id)
    qtbot.keyClicks(dialog.value, "12345")
    dialog.source.setCurrentIndex(dialog.source.findData("contract"))
    _ok(qtbot, dialog)
    error = dialog.findChild(QLabel, "contactValueError")
    assert error.isVisible() and "mainland mobile" in error.text()
    assert dialog.value.accessibleDescription() == error.text().removeprefix("✗ ")
    assert panes.active_dialog() is dialog and dialog.isVisible()
    dialog.value.setText("13900112233")
    dialog.source.setCurrentIndex(0)  # "choose": no lawful source
    _ok(qtbot, dialog)
    assert not error.isVisible()
    assert "lawful source" in dialog.findChild(QLabel, "contactSourceError").text()
    dialog.source.setCurrentIndex(dialog.source.findData("contract"))
    dialog.value.setText("138 1234 5678")  # already on file for this party
    _ok(qtbot, dialog)
    assert "already recorded" in error.text()
    assert detail_extra.audit_event_count(detail_ctx) == before
    assert len(_party(detail_ctx, detail_case, "legal_rep").contacts) == len(rep.contacts)
    dialog.reject()


def test_reveal_needs_a_reason_is_audited_and_hides_again(panes, qtbot, detail_ctx,
                                                          detail_case, monkeypatch):
    monkeypatch.setattr("ui.detail.parties.REVEAL_SECONDS", 0.2)
    rep = _party(detail_ctx, detail_case, "legal_rep")
    panes.tabs.setCurrentWidget(panes.parties)
    panes.parties.select_party(rep.id)
    qtbot.mouseClick(panes.parties.reveal_id_button, Qt.MouseButton.LeftButton)
    dialog = panes.active_dialog()
    _ok(qtbot, dialog)  # no reason
    assert dialog.findChild(QLabel, "revealDialogReasonError").isVisible()
    assert [e for e in detail_extra.audit_events_for(detail_ctx, "parties", rep.id)
            if e.action == "reveal"] == []
    dialog.reason.setText("核实身份以办理诉讼立案")
    _ok(qtbot, dialog)
    shown = panes.findChild(QLabel, "revealedValue")
    assert "330106197805121234" in shown.text() and shown.isVisible()
    last = detail_extra.audit_events_for(detail_ctx, "parties", rep.id)[-1]
    assert (last.action, last.reason) == ("reveal", "核实身份以办理诉讼立案")
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=3000)
    assert "330106197805121234" not in shown.text()


def test_reveal_contact_is_audited(panes, qtbot, detail_ctx, detail_case):
    guarantor = _party(detail_ctx, detail_case, "guarantor")
    phone = next(c for c in guarantor.contacts if c.kind == "phone")
    panes.tabs.setCurrentWidget(panes.parties)
    panes.parties.select_party(guarantor.id)
    panes.parties.select_contact(phone.id)
    qtbot.mouseClick(panes.parties.reveal_contact_button, Qt.MouseButton.LeftButton)
    dialog = panes.active_dialog()
    dialog.reason.setText("保证人要求回电")
    _ok(qtbot, dialog)
    assert "13711112222" in panes.parties.revealed.text()
    assert detail_extra.audit_events_for(detail_ctx, "contact_points", phone.id)[-1].action == \
        "reveal"


def test_mark_contact_invalid_with_reason(panes, qtbot, detail_ctx, detail_case):
    ctl = _party(detail_ctx, detail_case, "actual_controller")
    panes.tabs.setCurrentWidget(panes.parties)
    panes.parties.select_party(ctl.id)
    panes.parties.select_contact(ctl.contacts[0].id)
    qtbot.mouseClick(panes.parties.invalid_button, Qt.MouseButton.LeftButton)
    dialog = panes.active_dialog()
    _ok(qtbot, dialog)
    assert "no longer valid" in dialog.findChild(QLabel, "invalidContactDialogReasonError").text()
    dialog.reason.setText("空号")
    with qtbot.waitSignal(panes.case_changed):
        _ok(qtbot, dialog)
    assert not _party(detail_ctx, detail_case, "actual_controller").contacts[0].valid
    assert panes.parties.contact_model.index(0, 4).data() == "✗ Invalid: 空号"


def test_flags_need_a_reason_and_show_as_risk(panes, qtbot, detail_ctx, detail_case):
    borrower = _party(detail_ctx, detail_case, "borrower")
    panes.tabs.setCurrentWidget(panes.parties)
    panes.parties.select_party(borrower.id)
    qtbot.mouseClick(panes.parties.flags_button, Qt.MouseButton.LeftButton)
    dialog = panes.active_dialog()
    dialog.boxes["dispute_open"].setChecked(True)
    _ok(qtbot, dialog)
    assert dialog.findChild(QLabel, "flagsReasonError").isVisible()
    assert _party(detail_ctx, detail_case, "borrower").flags == ()
    dialog.reason.setText("借款人书面异议 2025-06-14")
    with qtbot.waitSignal(panes.case_changed):
        _ok(qtbot, dialog)
    assert _party(detail_ctx, detail_case, "borrower").flags == ("dispute_open",)
    assert "Dispute open" in panes.findChild(QLabel, "overviewRiskFlags").text()
    last = detail_extra.audit_events_for(detail_ctx, "parties", borrower.id)[-1]
    assert (last.action, last.reason) == ("update", "借款人书面异议 2025-06-14")


def test_next_action_stage_and_notes_from_the_notes_pane(panes, qtbot, detail_ctx, detail_case):
    notes = panes.notes
    panes.tabs.setCurrentWidget(notes)
    notes.action.setText("上门核查存货")
    notes.has_date.setChecked(True)
    notes.date.setDate(QDate(2025, 6, 1))  # in the past
    qtbot.mouseClick(notes.next_button, Qt.MouseButton.LeftButton)
    assert "past" in panes.findChild(QLabel, "nextActionDateError").text()
    assert case_detail(detail_ctx, detail_case).next_action == "致电财务负责人核实回款计划"
    notes.date.setDate(QDate(2025, 6, 20))
    with qtbot.waitSignal(panes.case_changed):
        qtbot.mouseClick(notes.next_button, Qt.MouseButton.LeftButton)
    d = case_detail(detail_ctx, detail_case)
    assert (d.next_action, d.next_action_date) == ("上门核查存货", dt.date(2025, 6, 20))
    assert "上门核查存货" in panes.findChild(QLabel, "overviewNextAction").text()
    notes.notes.insertPlainText("二号车间停产，订单减少三成。")
    notes.stage.setCurrentIndex(notes.stage.findData("late"))
    with qtbot.waitSignal(panes.case_changed):
        qtbot.mouseClick(notes.stage_button, Qt.MouseButton.LeftButton)
    assert case_detail(detail_ctx, detail_case).stage == "late"
    assert notes.notes.toPlainText() == "二号车间停产，订单减少三成。"  # unsaved text kept
    assert panes.has_unsaved_changes()
    with qtbot.waitSignal(panes.case_changed):
        qtbot.mouseClick(notes.notes_button, Qt.MouseButton.LeftButton)
    assert case_detail(detail_ctx, detail_case).business_notes == "二号车间停产，订单减少三成。"
    assert not panes.has_unsaved_changes()
    events = detail_extra.audit_events_for(detail_ctx, "cases", detail_case)
    assert [e.reason for e in events[-3:]] == ["next action", "stage", "business notes"]
    assert detail_ctx.clock() == TODAY


def test_stale_edit_shows_a_reload_message_and_saves_nothing(panes, qtbot, detail_ctx,
                                                             detail_case):
    editing.set_stage(detail_ctx, detail_case, "legal")  # someone else, after we loaded
    panes.tabs.setCurrentWidget(panes.notes)
    panes.notes.notes.insertPlainText("我的笔记")
    qtbot.mouseClick(panes.notes.notes_button, Qt.MouseButton.LeftButton)
    message = panes.findChild(QLabel, "detailMessage")
    assert panes.message_bar.isVisible() and "changed this record" in message.text()
    assert panes.reload_button.isVisible()
    assert case_detail(detail_ctx, detail_case).business_notes == ""
    qtbot.mouseClick(panes.reload_button, Qt.MouseButton.LeftButton)
    assert not panes.message_bar.isVisible()
    assert panes.notes.stage.currentData() == "legal"


def test_stale_party_edit_closes_the_dialog_with_the_message(panes, qtbot, detail_ctx,
                                                             detail_case):
    guarantor = _party(detail_ctx, detail_case, "guarantor")
    editing.set_party_flags(detail_ctx, detail_case, guarantor.id, {"attorney_represented": True},
                            reason="律师函告知")
    panes.tabs.setCurrentWidget(panes.parties)
    panes.parties.select_party(guarantor.id)
    qtbot.mouseClick(panes.parties.flags_button, Qt.MouseButton.LeftButton)
    dialog = panes.active_dialog()
    dialog.boxes["cease_contact"].setChecked(True)
    dialog.reason.setText("要求停止联系")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert panes.reload_button.isVisible()
    assert _party(detail_ctx, detail_case, "guarantor").flags == ("attorney_represented",)
