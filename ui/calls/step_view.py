"""The current script step: prompt with merge fields filled, typed capture fields with
their errors, choices as buttons bound to their shortcut keys, and Back (Alt+Left)."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.calls.capture_values import CaptureError, MissingCapture
from desktop_app.calls.script_engine import ScriptSession, SessionError
from desktop_app.calls.script_model import Choice
from ui.calls.capture_fields import CaptureField, make_field
from ui.calls.labels import OUTCOMES, bilingual, bind, label, lang, named

CHOICE_COLUMNS = 2
ERROR_STYLE = "color: #b42318;"


class StepView(QGroupBox):
    """Drives a ScriptSession. ``answers_changed`` after a valid edit, ``step_changed``
    after a choice or Back (the dialog saves the draft on both)."""

    answers_changed = Signal()
    step_changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Call script"), parent)
        named(self, "stepView", self.tr("Call script step"))
        self.today = today
        self.session: ScriptSession | None = None
        self.fields: dict[str, CaptureField] = {}
        self.errors: dict[str, QLabel] = {}
        self.choice_buttons: dict[str, QPushButton] = {}
        self.shortcuts: list[QShortcut] = []
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        named(self.title, "stepTitle", self.tr("Script and step"))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.prompt = QLabel(self)
        named(self.prompt, "stepPrompt", self.tr("What to say"))
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.prompt.setStyleSheet("QLabel { background: palette(base); padding: 8px;"
                                  " border: 1px solid palette(mid); }")
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.prompt.setFont(font)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.choices_host = QWidget(self)
        self.choices_grid = QGridLayout(self.choices_host)
        self.choices_grid.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton(self.tr("← Back (Alt+Left)"), self)
        named(self.back_button, "stepBackButton", self.tr("Back to the previous step"))
        bind(self.back_button, QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
        self.back_button.clicked.connect(self.go_back)
        self.message = QLabel(self)
        named(self.message, "stepMessage", self.tr("Script message"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.form_host)
        layout.addWidget(self.choices_host)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.set_session(None)

    # --- public ---------------------------------------------------------------
    def set_session(self, session: ScriptSession | None) -> None:
        self.session = session
        self._rebuild()

    def choose(self, key: str) -> bool:
        """Take choice ``key`` (as its button does); False and an error shown if refused."""
        session = self.session
        if session is None or session.finished:
            return False
        if not self._push_fields():
            return False
        try:
            session.choose(key)
        except CaptureError as exc:
            self._show_error(exc)
            return False
        except SessionError as exc:
            self.message.setText(str(exc))
            return False
        self._rebuild()
        self.focus_first()
        self.step_changed.emit()
        return True

    def go_back(self) -> None:
        if self.session is None or not self.session.path:
            return
        try:
            self.session.back()
        except SessionError as exc:
            self.message.setText(str(exc))
            return
        self._rebuild()
        self.focus_first()
        self.step_changed.emit()

    def focus_first(self) -> None:
        """Keyboard first: the first field to fill, else the first choice, else Back."""
        if self.fields:
            next(iter(self.fields.values())).editor().setFocus(Qt.FocusReason.TabFocusReason)
        elif self.choice_buttons:
            next(iter(self.choice_buttons.values())).setFocus(Qt.FocusReason.TabFocusReason)
        elif self.back_button.isEnabled():
            self.back_button.setFocus(Qt.FocusReason.TabFocusReason)

    def tab_chain(self) -> list[QWidget]:
        """Fields, then choices, then Back: the order an officer works through a step."""
        chain: list[QWidget] = [w for f in self.fields.values() for w in f.focus_chain()]
        return [*chain, *self.choice_buttons.values(), self.back_button]

    # --- building -------------------------------------------------------------
    def _rebuild(self) -> None:
        self._clear()
        session = self.session
        self.message.clear()
        if session is None:
            self.title.setText("")
            self.prompt.setText(self.tr("Start the call to see the script."))
            self.back_button.setEnabled(False)
            return
        script = session.script
        self.title.setText(f"<b>{escape(bilingual(script.title_zh, script.title_en))}</b>"
                           f" · v{script.version}")
        self.back_button.setEnabled(bool(session.path))
        if session.finished:
            self.prompt.setText(self.tr("Script finished: %1").replace(
                "%1", label(OUTCOMES, session.outcome)) + self._summary(session))
            return
        self.prompt.setText(session.prompt(lang()))
        stored = session.to_dict()["answers"].get(session.step.id, {})
        for capture in session.step.captures:
            self._add_field(capture, stored.get(capture.name))
        for i, choice in enumerate(session.choices()):
            self._add_choice(i, choice)

    def _summary(self, session: ScriptSession) -> str:
        """The answers captured on the way, one line each, for a last look before Finish."""
        captions = {c.name: (bilingual(c.label_zh, c.label_en), c.codes)
                    for step in session.script.steps.values() for c in step.captures}
        lines = []
        for name, value in session.answers().items():
            caption, codes = captions.get(name, (name, None))
            if isinstance(value, dict):
                value = value.get("value", "")
            elif codes and (code := session.script.codes.get(codes, {}).get(str(value))):
                value = bilingual(code.zh, code.en)
            lines.append(f"\n{caption}: {value}")
        return "".join(lines)

    def _add_field(self, capture, stored: object) -> None:  # type: ignore[no-untyped-def]
        assert self.session is not None
        field = make_field(capture, self.session.script.codes, self.today, self.form_host)
        if stored is not None:
            field.set_value(stored)
        field.edited.connect(lambda name=capture.name: self._field_edited(name))
        error = QLabel(self.form_host)
        named(error, f"captureError_{capture.name}", self.tr("Error for %1").replace(
            "%1", field.caption))
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(self.form_host)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        caption = field.caption + (" *" if capture.required else "")
        self.form.addRow(caption, cell)
        cell.show()
        self.fields[capture.name] = field
        self.errors[capture.name] = error

    def _add_choice(self, index: int, choice: Choice) -> None:
        text = choice.label(lang())
        button = QPushButton(f"[{choice.shortcut}]  {text}" if choice.shortcut else text,
                             self.choices_host)
        named(button, f"choice_{choice.key}", text)
        if choice.shortcut:
            self.shortcuts.append(bind(button, choice.shortcut))
            button.setToolTip(self.tr("Shortcut: %1").replace("%1", choice.shortcut))
        button.setStyleSheet("text-align: left; padding: 6px 10px;")
        button.clicked.connect(lambda _=False, key=choice.key: self.choose(key))
        self.choices_grid.addWidget(button, index // CHOICE_COLUMNS, index % CHOICE_COLUMNS)
        button.show()  # at once, not queued: its shortcut and focus work immediately
        self.choice_buttons[choice.key] = button

    def _clear(self) -> None:
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)  # no ambiguous key while deletion waits
        self.shortcuts.clear()
        for button in self.choice_buttons.values():
            button.hide()
            button.deleteLater()
        self.choice_buttons.clear()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        self.errors.clear()

    # --- answers --------------------------------------------------------------
    def _field_edited(self, name: str) -> None:
        if self._push(name):
            self.answers_changed.emit()

    def _push(self, name: str) -> bool:
        assert self.session is not None
        field = self.fields[name]
        try:
            self.session.set_answer(name, field.value())
        except CaptureError as exc:
            self._show_error(exc, focus=False)
            return False
        self.errors[name].hide()
        return True

    def _push_fields(self) -> bool:
        return all([self._push(name) for name in self.fields])

    def _show_error(self, exc: CaptureError, focus: bool = True) -> None:
        error = self.errors.get(exc.field)
        if error is None:
            self.message.setText(str(exc))
            return
        error.setText(self._error_text(exc))
        error.show()
        if focus:
            self.fields[exc.field].editor().setFocus(Qt.FocusReason.OtherFocusReason)

    def _error_text(self, exc: CaptureError) -> str:
        if isinstance(exc, MissingCapture):
            return self.tr("Required: fill this in before choosing.")
        kind = self.fields[exc.field].capture.type
        texts = {
            "amount": self.tr("Enter a positive amount with at most two decimals."),
            "date": self.tr("Enter a valid date."),
            "enum": self.tr("Pick a value from the list."),
            "contact": self.tr("Enter the number and pick its lawful source."),
        }
        return texts.get(kind, exc.reason)
