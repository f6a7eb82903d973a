"""What the call record needs besides the script: the timer, free notes (with a live
banned-word warning, CN-SCR1), the first-contact announcements (CN-ID1) and the recording
reference or the reason there is none (CN-REC1)."""

from __future__ import annotations

from functools import cache
from html import escape
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.compliance.lexicon import check_notes
from desktop_app.compliance.rules import RuleSet, load_ruleset
from ui.calls.labels import bilingual, mmss, named

WARN_STYLE = "color: #9a6700;"
ERROR_STYLE = "color: #b42318;"
LEXICON_DELAY_MS = 300


@cache
def _ruleset() -> RuleSet:
    return load_ruleset()


class CallTimer(QLabel):
    """mm:ss since the call started (plus any time carried over from a restored draft)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(mmss(0), parent)
        named(self, "callTimer", self.tr("Call duration"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.setFont(font)
        self._clock = QElapsedTimer()
        self._offset_s = 0
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)

    def start(self, offset_s: int = 0) -> None:
        self._offset_s = int(offset_s)
        self._clock.start()
        self._ticker.start()
        self._tick()

    def stop(self) -> None:
        if self._clock.isValid():
            self._offset_s = self.elapsed_s()
            self._clock.invalidate()
        self._ticker.stop()
        self._tick()

    def elapsed_s(self) -> int:
        running = self._clock.elapsed() // 1000 if self._clock.isValid() else 0
        return self._offset_s + int(running)

    def _tick(self) -> None:
        self.setText(mmss(self.elapsed_s()))


class CallRecordBox(QGroupBox):
    """``changed`` fires on any edit (the dialog debounces the draft save)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Call record"), parent)
        named(self, "callRecordBox", self.tr("Call record"))
        self.timer = CallTimer(self)
        self.notes = QPlainTextEdit(self)
        named(self.notes, "callNotes", self.tr("Call notes"))
        self.notes.setPlaceholderText(self.tr("What was said, in neutral words"))
        self.notes.setTabChangesFocus(True)
        self.lexicon_warning = QLabel(self)
        named(self.lexicon_warning, "callNotesWarning", self.tr("Banned-word warning"))
        self.lexicon_warning.setWordWrap(True)
        self.lexicon_warning.setTextFormat(Qt.TextFormat.RichText)  # escaped, one line per term
        self.lexicon_warning.setStyleSheet(WARN_STYLE)
        self.lexicon_warning.hide()
        self.disclosed = QCheckBox(self.tr("&Institution disclosed to the party"), self)
        named(self.disclosed, "callDisclosedInstitution", self.tr("Institution disclosed"))
        self.notice = QCheckBox(self.tr("&Recording notice given"), self)
        named(self.notice, "callRecordingNotice", self.tr("Recording notice given"))
        self.recording_ref = QLineEdit(self)
        named(self.recording_ref, "callRecordingRef", self.tr("Recording reference"))
        self.recording_ref.setPlaceholderText(self.tr("e.g. the recorder's file number"))
        self.no_recording = QLineEdit(self)
        named(self.no_recording, "callNoRecordingReason", self.tr("Reason there is no recording"))
        self.no_recording.setPlaceholderText(self.tr("Only if the call was not recorded"))
        self.error = QLabel(self)
        named(self.error, "callRecordError", self.tr("Call record error"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._build_layout()
        self._lexicon_timer = QTimer(self)
        self._lexicon_timer.setSingleShot(True)
        self._lexicon_timer.setInterval(LEXICON_DELAY_MS)
        self._lexicon_timer.timeout.connect(self.check_notes)
        self.notes.textChanged.connect(self._lexicon_timer.start)
        for signal in (self.notes.textChanged, self.disclosed.toggled, self.notice.toggled,
                       self.recording_ref.textEdited, self.no_recording.textEdited):
            signal.connect(self.changed)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Duration:"), self.timer)
        layout.addLayout(top)
        notes_label = QLabel(self.tr("&Notes:"), self)
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.lexicon_warning)
        layout.addWidget(self.disclosed)
        layout.addWidget(self.notice)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("Recordin&g ref.:"), self.recording_ref),
                             (self.tr("No recording &because:"), self.no_recording)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        layout.addLayout(form)
        layout.addWidget(self.error)

    # --- values ---------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "disclosed_institution": self.disclosed.isChecked(),
            "recording_notice": self.notice.isChecked(),
            "recording_ref": self.recording_ref.text().strip(),
            "no_recording_reason": self.no_recording.text().strip(),
        }

    def set_values(self, values: dict[str, Any], notes: str) -> None:
        self.disclosed.setChecked(bool(values.get("disclosed_institution")))
        self.notice.setChecked(bool(values.get("recording_notice")))
        self.recording_ref.setText(str(values.get("recording_ref", "")))
        self.no_recording.setText(str(values.get("no_recording_reason", "")))
        self.notes.setPlainText(notes)
        self.check_notes()

    def notes_text(self) -> str:
        return self.notes.toPlainText().strip()

    def check_notes(self) -> None:
        firings = check_notes(self.notes.toPlainText(), _ruleset())
        if not firings:
            self.lexicon_warning.hide()
            return
        lines = [f"▲ {escape(f.rule_id)}: {escape(bilingual(f.message_zh, f.message_en))}"
                 for f in firings]
        self.lexicon_warning.setText("<br/>".join(lines))
        self.lexicon_warning.show()

    def show_error(self, field: str, message: str) -> None:
        """Point at the missing item of a CallIncomplete."""
        self.error.setText(message)
        self.error.show()
        target = {"recording_ref": self.recording_ref, "no_recording_reason": self.no_recording,
                  "disclosed_institution": self.disclosed,
                  "recording_notice": self.notice}.get(field)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self.error.hide()
