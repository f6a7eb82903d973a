"""Overview: key facts, totals as of today, risk flags, deadlines, contact and next action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.daxie import to_daxie
from desktop_app.services.case_detail import CaseDetail
from ui.detail import labels as L
from ui.detail.table_model import RowsModel, right_aligned
from ui.detail.widgets import make_table, named, value_label

TOTALS = ("principal_outstanding", "overdue_principal", "interest_due", "accrued_interest",
          "penalty_interest", "compound_interest", "costs", "overdue_total", "total",
          "daily_penalty")
FACTS = ("dpd", "bucket", "five_tier", "priority", "stage", "as_of")

DL_KIND, DL_REF, DL_DUE, DL_DAYS, DL_LEVEL = range(5)


class DeadlineModel(RowsModel):
    COLUMNS = ("kind", "ref", "due", "days_left", "level")

    def header(self, col: int) -> str:
        return (self.tr("Deadline"), self.tr("Reference"), self.tr("Due"), self.tr("Days left"),
                self.tr("Level"))[col]

    def display(self, row: dict[str, Any], col: int) -> str:
        if col == DL_KIND:
            return L.label(L.DEADLINE_KINDS, str(row["kind"]))
        if col == DL_REF:
            return str(row["ref"])
        if col == DL_DUE:
            return L.date_text(row["due"])
        if col == DL_DAYS:
            return str(row["days_left"])
        level = str(row["level"])
        return f"{L.LEVEL_GLYPHS.get(level, '')} {L.label(L.DEADLINE_LEVELS, level)}".strip()

    def row_id(self, row: dict[str, Any]) -> int:
        return int(row["days_left"])

    def sort_value(self, row: dict[str, Any], col: int) -> Any:
        return row["days_left"] if col in (DL_DAYS, DL_DUE, DL_LEVEL) else self.display(row, col)

    def code(self, row: dict[str, Any], col: int) -> Any:
        return row["level"] if col == DL_LEVEL else row["kind"]

    def decorate(self, row: dict[str, Any], col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col == DL_DAYS:
            return right_aligned()
        if role == Qt.ItemDataRole.FontRole and row["level"] in ("critical", "expired"):
            font = QFont()
            font.setBold(True)
            return font
        return None


class OverviewPane(QScrollArea):
    """A view: it shows a CaseDetail and reports clicks; the controller does the work."""

    call_clicked = Signal()
    next_action_clicked = Signal()
    promise_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        named(self, "overviewPane", self.tr("Case overview"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = value_label("overviewBorrower", self.tr("Borrower"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        top = QHBoxLayout()
        top.addWidget(self._facts_box(), 1)
        top.addWidget(self._totals_box(), 2)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(self._flags_box(), 1)
        middle.addWidget(self._contact_box(), 1)
        layout.addLayout(middle)
        layout.addWidget(self._deadlines_box())
        layout.addStretch(1)
        self.setWidget(body)

    def _facts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Key facts"))
        form = QFormLayout(box)
        names = {"dpd": self.tr("Days past due"), "bucket": self.tr("Bucket"),
                 "five_tier": self.tr("Five-tier class"), "priority": self.tr("Priority"),
                 "stage": self.tr("Stage"), "as_of": self.tr("Figures as of")}
        self.facts: dict[str, QLabel] = {}
        for key in FACTS:
            self.facts[key] = value_label(f"overviewFact_{key}", names[key])
            form.addRow(names[key], self.facts[key])
        return box

    def _totals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Amounts owed (CNY)"))
        grid = QGridLayout(box)
        names = {"principal_outstanding": self.tr("Principal outstanding"),
                 "overdue_principal": self.tr("Overdue principal"),
                 "interest_due": self.tr("Interest due"),
                 "accrued_interest": self.tr("Accrued interest"),
                 "penalty_interest": self.tr("Penalty interest"),
                 "compound_interest": self.tr("Compound interest"),
                 "costs": self.tr("Costs"), "overdue_total": self.tr("Overdue total"),
                 "total": self.tr("Total owed"), "daily_penalty": self.tr("Accrues per day")}
        self.totals: dict[str, QLabel] = {}
        for i, key in enumerate(TOTALS):
            row, col = i % 5, (i // 5) * 2
            self.totals[key] = value_label(f"overviewTotal_{key}", names[key], align_right=True)
            if key in ("total", "overdue_total"):
                bold = self.totals[key].font()
                bold.setBold(True)
                self.totals[key].setFont(bold)
            grid.addWidget(QLabel(names[key]), row, col)
            grid.addWidget(self.totals[key], row, col + 1)
        self.total_words = value_label("overviewTotalInWords", self.tr("Total owed in words"))
        self.total_words.setWordWrap(True)
        grid.addWidget(self.total_words, 5, 0, 1, 4)
        return box

    def _flags_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Risk flags"))
        box_layout = QVBoxLayout(box)
        self.flags = value_label("overviewRiskFlags", self.tr("Risk flags"))
        self.flags.setWordWrap(True)
        box_layout.addWidget(self.flags)
        box_layout.addStretch(1)
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contact and next action"))
        form = QFormLayout(box)
        self.last_contact = value_label("overviewLastContact", self.tr("Last contact"))
        self.next_action = value_label("overviewNextAction", self.tr("Next action"))
        self.next_action.setWordWrap(True)
        self.promise = value_label("overviewLatestPromise", self.tr("Latest promise"))
        form.addRow(self.tr("Last contact"), self.last_contact)
        form.addRow(self.tr("Next action"), self.next_action)
        form.addRow(self.tr("Latest promise"), self.promise)
        buttons = QHBoxLayout()
        self.call_button = QPushButton(self.tr("Log &call…"))
        named(self.call_button, "logCallButton", self.tr("Log a call for this case"))
        self.call_button.clicked.connect(self.call_clicked)
        self.next_button = QPushButton(self.tr("Set ne&xt action…"))
        named(self.next_button, "quickNextActionButton", self.tr("Set the next action"))
        self.next_button.clicked.connect(self.next_action_clicked)
        self.promise_button = QPushButton(self.tr("Record pro&mise…"))
        named(self.promise_button, "recordPromiseButton",
              self.tr("Record a promise to pay by hand"))
        self.promise_button.clicked.connect(self.promise_clicked)
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.promise_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        return box

    def _deadlines_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deadlines"))
        box_layout = QVBoxLayout(box)
        self.deadline_model = DeadlineModel(self)
        self.deadlines = make_table(self.deadline_model, "overviewDeadlines",
                                    self.tr("Deadlines and warning levels"))
        self.deadlines.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box_layout.addWidget(self.deadlines)
        return box

    def set_detail(self, d: CaseDetail) -> None:
        self.title.setText(f"{d.borrower_name}  ·  {L.label(L.PARTY_KINDS, d.borrower_kind)}")
        self.facts["dpd"].setText(self.tr("%n day(s)", "", d.dpd))
        self.facts["bucket"].setText(d.bucket)
        self.facts["five_tier"].setText(L.label(L.FIVE_TIERS, d.five_tier))
        self.facts["priority"].setText(str(d.priority))
        self.facts["stage"].setText(L.label(L.STAGES, d.stage))
        self.facts["as_of"].setText(L.date_text(d.as_of))
        for key in TOTALS:
            self.totals[key].setText(L.money(getattr(d.totals, key)))
        self.total_words.setText(self.tr("In words: %1").replace("%1", to_daxie(d.totals.total)))
        self.flags.setText(self._flag_text(d))
        self.last_contact.setText(L.datetime_text(d.last_contact_at))
        action = d.next_action or self.tr("(none)")
        self.next_action.setText(f"{action}  ({L.date_text(d.next_action_date)})")
        self.promise.setText(self._promise_text(d))
        self.deadline_model.set_rows(d.deadlines)
        self._fit_deadlines()

    def _fit_deadlines(self) -> None:
        """Size the deadline table to its rows, so the overview needs no inner scrolling."""
        view, count = self.deadlines, self.deadline_model.rowCount()
        rows = sum(view.rowHeight(r) for r in range(count)) if count else \
            view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(view.horizontalHeader().height() + rows + 2 * view.frameWidth() + 1)

    def _flag_text(self, d: CaseDetail) -> str:
        lines = []
        for party in d.parties:
            for flag in party.flags:
                lines.append(f"⚠ {L.label(L.FLAGS, flag)} — {party.name} "
                             f"({L.label(L.ROLES, party.role)})")
        broken = sum(1 for p in d.promises if p["status"] == "broken")
        if broken:
            lines.append("⚠ " + self.tr("%n broken promise(s)", "", broken))
        lines += self._observation_text(d)
        dnc = any(p.role == "borrower" and "do_not_contact" in p.flags for p in d.parties)
        self.call_button.setToolTip(self.tr("The borrower must not be contacted.") if dnc else "")
        return "\n".join(lines) if lines else self.tr("No risk flags")

    def _observation_text(self, d: CaseDetail) -> list[str]:
        """The restructure plan's observation period (AGR-CN-10)."""
        o = d.observation
        if o is None:
            return []
        if o.over:
            return ["✓ " + self.tr("Restructured: observation period over (since %1)")
                    .replace("%1", L.date_text(o.since))]
        if o.ends is None:
            text = self.tr("Restructured: in observation since %1; too few instalments left "
                           "to end it").replace("%1", L.date_text(o.since))
        else:
            text = (self.tr("Restructured: in observation since %1, until %2 at the earliest")
                    .replace("%1", L.date_text(o.since))
                    .replace("%2", L.date_text(o.ends)))
        if o.misses:
            text += " " + self.tr("(restarted after %n missed instalment(s))", "", o.misses)
        return ["⚠ " + text]

    def _promise_text(self, d: CaseDetail) -> str:
        if not d.promises:
            return self.tr("(none)")
        p = d.promises[0]
        return (f"{L.money(int(p['amount']))}  {L.date_text(p['due_date'])}  "  # type: ignore[call-overload]
                f"{L.label(L.PROMISE_STATUS, str(p['status']))}")
