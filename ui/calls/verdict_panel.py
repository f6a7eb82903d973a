"""The guard's verdict before a call: allow / warn / block, each rule that fired, and the
typed override a block needs before the call may start (the reason is audited)."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.compliance.verdict import Verdict
from ui.calls.labels import ACTIONS, VERDICTS, bilingual, label, lang, named

MIN_OVERRIDE_CHARS = 10
COLOURS = {"allow": "#1b7a32", "warn": "#9a6700", "block": "#b42318"}
GLYPHS = {"allow": "✓", "warn": "▲", "block": "✗", "require": "●"}  # glyphs CJK fonts carry


def when_text(moment: dt.datetime) -> str:
    """An aware instant as the guard gives it (the party's zone), e.g. ``2026-11-29 08:00 CST``."""
    return f"{moment:%Y-%m-%d %H:%M} {moment.tzname() or ''}".strip()


class VerdictPanel(QGroupBox):
    """Shows one Verdict. ``startable_changed`` tells the dialog whether Start may be used."""

    startable_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Compliance check"), parent)
        named(self, "verdictPanel", self.tr("Compliance check before the call"))
        self._verdict: Verdict | None = None
        self._startable = False
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        named(self.headline, "verdictHeadline", self.tr("Verdict"))
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.details = QLabel(self)
        named(self.details, "verdictDetails", self.tr("Rules that fired"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addLayout(self._override_row())
        self.override_hint = QLabel(self)
        named(self.override_hint, "verdictOverrideHint", self.tr("Override reason status"))
        self.override_hint.setWordWrap(True)
        layout.addWidget(self.override_hint)
        layout.addStretch(1)
        self.set_verdict(None)

    def _override_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.override_button = QPushButton(self.tr("&Override…"), self)
        named(self.override_button, "verdictOverrideButton", self.tr("Override the block"))
        self.override_button.setCheckable(True)
        self.override_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.override_button.setToolTip(
            self.tr("Start the call despite the block; the typed reason is audited"))
        self.override_button.toggled.connect(self._override_toggled)
        self.reason_edit = QLineEdit(self)
        named(self.reason_edit, "verdictOverrideReason", self.tr("Override reason"))
        self.reason_edit.setPlaceholderText(
            self.tr("Why this call must go ahead (at least %n characters)", "",
                    MIN_OVERRIDE_CHARS))
        self.reason_edit.setMaxLength(500)
        self.reason_edit.textChanged.connect(self._refresh_startable)
        row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.reason_edit, 1)
        return row

    # --- public ---------------------------------------------------------------
    @property
    def verdict(self) -> Verdict | None:
        return self._verdict

    def can_start(self) -> bool:
        return self._startable

    def override_reason(self) -> str:
        """The typed reason when a block is overridden, otherwise an empty string."""
        if self._verdict is None or self._verdict.allowed:
            return ""
        return self.reason_edit.text().strip() if self.override_button.isChecked() else ""

    def set_override_reason(self, reason: str) -> None:
        if reason:
            self.override_button.setChecked(True)
            self.reason_edit.setText(reason)

    def set_locked(self, locked: bool) -> None:
        """Once the call has started the override can no longer change."""
        self.override_button.setEnabled(not locked and self._is_block())
        self.reason_edit.setReadOnly(locked)

    def set_verdict(self, verdict: Verdict | None) -> None:
        self._verdict = verdict
        if verdict is None:
            self.headline.setText(self.tr("Pick a party and a number to check the call."))
            self.headline.setStyleSheet("")
            self.details.clear()
        else:
            colour = COLOURS.get(verdict.outcome, "")
            glyph = GLYPHS.get(verdict.outcome, "")
            self.headline.setText(f"{glyph} {label(VERDICTS, verdict.outcome)}")
            self.headline.setStyleSheet(f"color: {colour};")
            self.details.setText(self._details_html(verdict))
        block = self._is_block()
        self.override_button.setVisible(block)
        self.override_button.setEnabled(block)
        if not block:
            self.override_button.setChecked(False)
        self._override_toggled(self.override_button.isChecked())

    # --- internals ------------------------------------------------------------
    def _is_block(self) -> bool:
        return self._verdict is not None and not self._verdict.allowed

    def _details_html(self, verdict: Verdict) -> str:
        items: list[str] = []
        source = escape(self.tr("Source"))
        for firing in verdict.fired:
            text = escape(bilingual(firing.message_zh, firing.message_en))
            items.append(
                f"<li><b>{GLYPHS.get(firing.action, '')} {escape(label(ACTIONS, firing.action))}"
                f" · {escape(firing.rule_id)}</b>: {text}<br/>"
                f"<small>{source}: {escape(firing.source_in(lang()))}</small></li>")
        shown: set[tuple[str, str]] = set()
        for req in verdict.requirements:
            text = escape(bilingual(req.message_zh, req.message_en))
            if (req.rule_id, text) in shown:
                continue  # one rule may require several items with one message (CN-ID1)
            shown.add((req.rule_id, text))
            items.append(
                f"<li><b>{GLYPHS['require']} {escape(label(ACTIONS, 'require'))}"
                f" · {escape(req.rule_id)}</b>: {text}<br/>"
                f"<small>{source}: {escape(req.source_in(lang()))}</small></li>")
        html = f"<ul style='margin-left:-20px'>{''.join(items)}</ul>" if items else ""
        if not verdict.allowed:
            if verdict.next_lawful_at is not None:
                html += "<p><b>" + escape(self._lawful_text(verdict.next_lawful_at)) + "</b></p>"
            else:
                html += "<p><b>" + escape(self.tr(
                    "No lawful time can be computed: the block lasts until its cause is "
                    "cleared on the party.")) + "</b></p>"
        elif not items:
            html = escape(self.tr("No rule fired for this contact."))
        return html

    def _lawful_text(self, moment: dt.datetime) -> str:
        mine = moment.astimezone()
        if mine.utcoffset() == moment.utcoffset():
            return self.tr("Contact becomes lawful at %1").replace("%1", when_text(moment))
        return (self.tr("Contact becomes lawful at %1 (the party's local time; %2 for you)")
                .replace("%1", when_text(moment)).replace("%2", when_text(mine)))

    def _override_toggled(self, on: bool) -> None:
        visible = on and self._is_block()
        self.reason_edit.setVisible(visible)
        self.override_hint.setVisible(visible)
        if visible and not self.reason_edit.isReadOnly():
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh_startable()

    def _refresh_startable(self) -> None:
        if self._verdict is None:
            startable = False
        elif self._verdict.allowed:
            startable = True
        else:
            typed = len(self.reason_edit.text().strip())
            startable = self.override_button.isChecked() and typed >= MIN_OVERRIDE_CHARS
            missing = max(0, MIN_OVERRIDE_CHARS - typed)
            self.override_hint.setText(
                self.tr("The reason is recorded with the call and audited.") if not missing
                else self.tr("Type %n more character(s) to allow the override.", "", missing))
        if startable != self._startable:
            self._startable = startable
            self.startable_changed.emit(startable)
