"""The detail panes show the right figures for a case, on a real encrypted store.

Each figure is checked against ``case_detail()`` and, where it can be, against a value the
test works out itself from the fixture's instalments.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from desktop_app.domain.daxie import to_daxie
from desktop_app.domain.money import format_fen
from desktop_app.services.case_detail import case_detail
from ui.detail import DetailPanes
from ui.detail.table_model import CODE_ROLE, ID_ROLE

try:
    from detail_fixtures import (
        LOAN_A,
        MONTHLY_INTEREST,
        MONTHLY_PRINCIPAL,
        PAID_A,
        PAID_B,
        SCHEDULE_A,
        SCHEDULE_B,
        TODAY,
        detail_case,
        detail_ctx,
        detail_settings,
        panes,
    )
except ImportError:  # tests/ui became a package
    from tests.ui.detail_fixtures import (  # type: ignore[no-redef]
        LOAN_A,
        MONTHLY_INTEREST,
        MONTHLY_PRINCIPAL,
        PAID_A,
        PAID_B,
        SCHEDULE_A,
        SCHEDULE_B,
        TODAY,
        detail_case,
        detail_ctx,
        detail_settings,
        panes,
    )

__all__ = ["detail_case", "detail_ctx", "detail_settings", "panes"]

# The offscreen platform says this whenever a top-level window is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _instalments() -> list[tuple[dt.date, int, int, int, int]]:
    """(due, principal due, interest due, principal paid, interest paid), both loans."""
    rows = [(due, MONTHLY_PRINCIPAL, MONTHLY_INTEREST, *PAID_A.get(seq, (0, 0)))
            for seq, due in SCHEDULE_A]
    rows += [(due, 5_000_000, 300_000, *PAID_B.get(seq, (0, 0))) for seq, due in SCHEDULE_B]
    return rows


def _text(widget: DetailPanes, name: str) -> str:
    label = widget.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_overview_totals_match_service_and_independent_sums(panes, detail_ctx, detail_case):
    d = case_detail(detail_ctx, detail_case)
    rows = _instalments()
    outstanding = sum(p - pp for _, p, _, pp, _ in rows)
    overdue_principal = sum(p - pp for due, p, _, pp, _ in rows if due < TODAY)
    interest_due = sum(i - ip for due, _, i, _, ip in rows if due < TODAY)
    oldest_unpaid = min(due for due, p, i, pp, ip in rows if p + i > pp + ip and due < TODAY)
    assert (d.totals.principal_outstanding, d.totals.overdue_principal,
            d.totals.interest_due) == (outstanding, overdue_principal, interest_due)
    assert _text(panes, "overviewTotal_principal_outstanding") == format_fen(outstanding)
    assert _text(panes, "overviewTotal_overdue_principal") == format_fen(overdue_principal)
    assert _text(panes, "overviewTotal_interest_due") == format_fen(interest_due)
    for field in ("accrued_interest", "penalty_interest", "compound_interest", "costs",
                  "overdue_total", "total", "daily_penalty"):
        assert _text(panes, f"overviewTotal_{field}") == format_fen(getattr(d.totals, field))
    total = d.totals
    assert total.total == (total.principal_outstanding + total.interest_due
                           + total.accrued_interest + total.penalty_interest
                           + total.compound_interest + total.costs)
    assert to_daxie(total.total) in _text(panes, "overviewTotalInWords")
    dpd = (TODAY - oldest_unpaid).days
    assert d.dpd == dpd == 87
    assert _text(panes, "overviewFact_dpd").startswith(str(dpd))
    assert _text(panes, "overviewFact_bucket") == d.bucket == "M3"
    assert _text(panes, "overviewFact_five_tier") == "Special mention"
    assert _text(panes, "overviewFact_priority") == str(d.priority)
    assert _text(panes, "overviewFact_as_of") == TODAY.isoformat()
    assert "致电财务负责人核实回款计划" in _text(panes, "overviewNextAction")
    assert "2025-06-17" in _text(panes, "overviewNextAction")
    assert "1 broken promise" in _text(panes, "overviewRiskFlags")


def test_overview_deadlines_with_warning_levels(panes, detail_ctx, detail_case):
    d = case_detail(detail_ctx, detail_case)
    model = panes.overview.deadline_model
    assert model.rowCount() == len(d.deadlines) == 3
    first = model.row_at(0)
    assert first["kind"] == "guarantee"
    assert first["days_left"] == (dt.date(2025, 7, 1) - TODAY).days == 16
    assert model.index(0, 4).data() == "▲ Warning"
    limitation = [model.row_at(r) for r in range(3) if model.row_at(r)["ref"] == LOAN_A][0]
    assert limitation["due"] == dt.date(2028, 6, 20)  # last instalment due + 3 years


def test_loans_pane_instalments_states_and_facts(panes, detail_ctx, detail_case):
    d = case_detail(detail_ctx, detail_case)
    panes.tabs.setCurrentWidget(panes.loans)
    model = panes.loans.instalment_model
    assert model.rowCount() == len(SCHEDULE_A) == len(d.loans[0].instalments)
    for row, (seq, due) in enumerate(SCHEDULE_A):
        pp, ip = PAID_A.get(seq, (0, 0))
        unpaid = MONTHLY_PRINCIPAL + MONTHLY_INTEREST - pp - ip
        state = "paid" if unpaid == 0 else "overdue" if due < TODAY else "due"
        assert model.index(row, 0).data(CODE_ROLE) == state == d.loans[0].instalments[row].state
        assert model.index(row, 5).data() == format_fen(unpaid)
        glyph = {"paid": "✓", "overdue": "✗", "due": "○"}[state]
        assert model.index(row, 6).data().startswith(glyph)  # not by colour alone
    assert _text(panes, "loanFact_outstanding") == format_fen(18_000_000)
    assert _text(panes, "loanFact_dpd") == "87"
    assert _text(panes, "loanFact_annual_rate") == "4.35%"
    assert panes.loans.guarantee_model.index(0, 0).data() == "李梅"
    assert panes.loans.collateral_model.index(0, 1).data() == format_fen(45_000_000)
    panes.loans.selector.setCurrentIndex(1)
    states = [model.index(r, 0).data(CODE_ROLE) for r in range(model.rowCount())]
    assert states == ["paid", "partial", "due", "due"]
    assert _text(panes, "loanFact_outstanding") == format_fen(
        sum(5_000_000 - PAID_B.get(seq, (0, 0))[0] for seq, _ in SCHEDULE_B))


def test_parties_pane_roles_masking_and_sources(panes, detail_ctx, detail_case):
    d = case_detail(detail_ctx, detail_case)
    panes.tabs.setCurrentWidget(panes.parties)
    model = panes.parties.party_model
    roles = [model.index(r, 0).data(CODE_ROLE) for r in range(model.rowCount())]
    assert roles == ["borrower", "legal_rep", "actual_controller", "guarantor"]
    shown = " ".join(model.index(r, 3).data() for r in range(model.rowCount()))
    assert "330106197805121234" not in shown and "****1234" in shown
    assert "91330106MA2H3K5X7Q" in shown  # a company's credit code is public
    guarantor = d.parties[3]
    panes.parties.select_party(guarantor.id)
    contacts = panes.parties.contact_model
    values = {contacts.index(r, 1).data() for r in range(contacts.rowCount())}
    assert values == {"137****2222", "l***@example.com"}
    assert {contacts.index(r, 3).data() for r in range(contacts.rowCount())} == {
        "Loan contract", "Provided by the debtor"}
    assert "Asia/Hong_Kong" in _text(panes, "partyLocalTime")
    assert model.index(3, 4).data() == "Cantonese"


def test_timeline_newest_first_filter_and_full_notes(panes, detail_ctx, detail_case):
    d = case_detail(detail_ctx, detail_case)
    pane = panes.timeline
    view = pane.table
    ids = [view.model().index(r, 0).data(ID_ROLE) for r in range(view.model().rowCount())]
    assert ids == [a.id for a in d.timeline]  # newest first, as the service orders them
    times = [a.occurred_at for a in d.timeline]
    assert times == sorted(times, reverse=True)
    pane.kind_filter.setCurrentIndex(pane.kind_filter.findData("visit"))
    assert view.model().rowCount() == 1
    view.selectRow(0)
    assert "仓库存货约 200 万元。" in pane.notes.toPlainText()  # the third line, in full
    pane.kind_filter.setCurrentIndex(0)
    assert view.model().rowCount() == 4


def test_documents_with_delivery_status(panes, detail_ctx, detail_case):
    d = case_detail(detail_ctx, detail_case)
    model = panes.documents.model
    assert model.rowCount() == len(d.documents) == 2
    status = {model.row_at(r)["letter_no"]: model.index(r, 8).data(CODE_ROLE)
              for r in range(2)}
    assert status == {"HZQH-CS-2025-0007": "delivered", "HZQH-CS-2025-0015": "sent"}
    assert "1 delivered" in _text(panes, "documentsSummary")


def test_notes_pane_shows_stage_and_next_action(panes):
    assert panes.notes.stage.currentData() == "middle"
    assert panes.notes.action.text() == "致电财务负责人核实回款计划"
    assert panes.notes.date.date().toPython() == dt.date(2025, 6, 17)


def test_last_tab_is_remembered(qtbot, detail_ctx, detail_case, detail_settings):
    first = DetailPanes(detail_ctx, settings=detail_settings)
    qtbot.addWidget(first)
    first.tabs.setCurrentWidget(first.timeline)
    detail_settings.sync()
    again = DetailPanes(detail_ctx, settings=QSettings(detail_settings.fileName(),
                                                       QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.current_tab_name() == "timelineTab"
    assert again.findChild(QTabWidget, "detailTabs") is again.tabs


def test_log_call_requests_a_call(panes, qtbot, detail_case):
    with qtbot.waitSignal(panes.call_requested) as blocker:
        qtbot.mouseClick(panes.overview.call_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [detail_case]


def test_models_pass_the_model_tester(panes, qtmodeltester):
    panes.parties.select_party(panes.detail().parties[3].id)
    for model in (panes.overview.deadline_model, panes.loans.instalment_model,
                  panes.loans.guarantee_model, panes.loans.collateral_model,
                  panes.parties.party_model, panes.parties.contact_model,
                  panes.timeline.model, panes.documents.model):
        qtmodeltester.check(model)


def _qt_internal(widget, top) -> bool:
    """Sub-widgets Qt builds inside its own widgets (combo popups, calendar, scroll buttons)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parent()
    while parent is not None and parent is not top:
        if (type(parent).__name__ in ("QComboBox", "QDateEdit", "QCalendarWidget", "QTabBar",
                                      "QTableView", "QHeaderView", "QDialogButtonBox")
                or "Private" in type(parent).__name__):
            return True
        parent = parent.parent()
    return False


def test_every_interactive_widget_is_named(panes):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDateEdit,
        QLineEdit,
        QPlainTextEdit,
    )

    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit)
    checked = 0
    for kind in kinds:
        for widget in panes.findChildren(kind):
            if _qt_internal(widget, panes):
                continue
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
            checked += 1
    assert checked >= 25


def test_overview_says_where_the_observation_period_stands(qtbot) -> None:
    import datetime as dt
    from types import SimpleNamespace

    from desktop_app.domain.observation import Observation
    from ui.detail.overview import OverviewPane

    pane = OverviewPane()
    qtbot.addWidget(pane)
    since, ends = dt.date(2026, 12, 20), dt.date(2027, 12, 20)
    running = SimpleNamespace(observation=Observation(since, 1, ends, False, 1))
    text = pane._observation_text(running)[0]
    assert "in observation since" in text and "restarted after 1 missed instalment" in text
    assert pane._observation_text(SimpleNamespace(observation=None)) == []
    over = SimpleNamespace(observation=Observation(since, 4, ends, True, 0))
    assert pane._observation_text(over)[0].startswith("✓ Restructured: observation period over")
