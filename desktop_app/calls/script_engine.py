"""Run one call through a script: render prompts, validate captures, follow choices."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop_app.calls.capture_values import CaptureError, MissingCapture, coerce
from desktop_app.calls.merge_fields import render
from desktop_app.calls.script_model import Choice, Script, Step

__all__ = [
    "CaptureError",
    "MissingCapture",
    "ProposedAction",
    "ScriptSession",
    "SessionError",
]

_FORMAT = 1


class SessionError(RuntimeError):
    """The session cannot do that now (finished, at the start, unknown choice, bad draft)."""


@dataclass(frozen=True)
class ProposedAction:
    action: str
    due: date


class ScriptSession:
    """A call in progress. ``to_dict``/``from_dict`` round-trip it for crash-safe drafts."""

    def __init__(self, script: Script, values: Mapping[str, str] | None = None) -> None:
        self.script = script
        self.values: dict[str, str] = dict(values or {})
        self._trail: list[str] = [script.start]
        self._path: list[tuple[str, str]] = []
        self._answers: dict[str, dict[str, Any]] = {}
        self._outcome: str | None = None

    # --- reading -------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.script.steps[self._trail[-1]]

    @property
    def finished(self) -> bool:
        return self._outcome is not None

    @property
    def outcome(self) -> str | None:
        return self._outcome

    @property
    def path(self) -> list[tuple[str, str]]:
        """(step id, choice key) for every choice taken, in order."""
        return list(self._path)

    def prompt(self, lang: str = "zh") -> str:
        return render(self.step.prompt(lang), self.values)

    def choices(self) -> tuple[Choice, ...]:
        return () if self.finished else self.step.choices

    def answers(self) -> dict[str, Any]:
        """Captured answers of the steps on the path (and the current step), JSON-able."""
        merged: dict[str, Any] = {}
        for step_id in self._trail:
            merged.update(self._answers.get(step_id, {}))
        return merged

    def announcements(self) -> frozenset[str]:
        """Announcements made on completed steps, e.g. {"institution", "recording"}."""
        done = {step_id for step_id, _ in self._path}
        return frozenset(a for s in done for a in self.script.steps[s].announces)

    # --- acting --------------------------------------------------------------
    def set_answer(self, name: str, value: object) -> Any:
        """Validate and store one capture of the current step; returns the stored value."""
        self._require_open()
        capture = self.step.capture(name)
        if capture is None:
            raise CaptureError(name, "not a field of this step")
        stored = coerce(capture, value, self.script.codes)
        bucket = self._answers.setdefault(self.step.id, {})
        if stored is None:
            bucket.pop(name, None)
        else:
            bucket[name] = stored
        return stored

    def choose(self, key: str, answers: Mapping[str, object] | None = None) -> None:
        """Take a choice by key or shortcut after validating the step's captures."""
        self._require_open()
        choice = self._find(key)
        for name, value in (answers or {}).items():
            self.set_answer(name, value)
        given = self._answers.get(self.step.id, {})
        for capture in self.step.captures:
            if capture.required and capture.name not in given:
                raise MissingCapture(capture.name, "required")
        self._path.append((self.step.id, choice.key))
        if choice.outcome is not None:
            self._outcome = choice.outcome
        else:
            assert choice.next is not None
            self._trail.append(choice.next)

    def back(self) -> None:
        """Undo the last choice; the step left behind forgets its answers."""
        if not self._path:
            raise SessionError("already at the first step")
        if self._outcome is not None:
            self._outcome = None
        else:
            left = self._trail.pop()
            if left not in self._trail:
                self._answers.pop(left, None)
        self._path.pop()

    def proposed_next_action(self, call_date: date) -> ProposedAction | None:
        if self._outcome is None or self._outcome not in self.script.outcomes:
            return None
        rule = self.script.outcomes[self._outcome]
        base = call_date
        anchored = self.answers().get(rule.anchor) if rule.anchor else None
        if isinstance(anchored, str):
            base = date.fromisoformat(anchored)
        return ProposedAction(rule.action, base + timedelta(days=rule.days))

    # --- drafts --------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": _FORMAT,
            "script_id": self.script.id,
            "script_version": self.script.version,
            "values": dict(self.values),
            "trail": list(self._trail),
            "path": [list(p) for p in self._path],
            "answers": {k: dict(v) for k, v in self._answers.items()},
            "outcome": self._outcome,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], script: Script) -> ScriptSession:
        if data.get("format") != _FORMAT:
            raise SessionError(f"unknown draft format {data.get('format')!r}")
        if (data.get("script_id"), data.get("script_version")) != (script.id, script.version):
            raise SessionError("draft was made with a different script or version")
        trail = [str(s) for s in data["trail"]]
        if not trail or any(s not in script.steps for s in trail):
            raise SessionError("draft refers to steps this script does not have")
        session = cls(script, data.get("values", {}))
        session._trail = trail
        session._path = [(str(s), str(c)) for s, c in data.get("path", [])]
        session._answers = {str(k): dict(v) for k, v in data.get("answers", {}).items()}
        outcome = data.get("outcome")
        session._outcome = None if outcome is None else str(outcome)
        return session

    # --- helpers -------------------------------------------------------------
    def _require_open(self) -> None:
        if self.finished:
            raise SessionError("the call script has finished")

    def _find(self, key: str) -> Choice:
        for choice in self.step.choices:
            if key in (choice.key, choice.shortcut):
                return choice
        raise SessionError(f"step {self.step.id!r} has no choice {key!r}")
