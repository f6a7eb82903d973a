"""Random walks (hypothesis) through every shipped script."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.calls.merge_fields import KNOWN_FIELDS
from desktop_app.calls.script_engine import ScriptSession
from desktop_app.calls.script_loader import shipped_scripts
from desktop_app.calls.script_model import OUTCOMES, Capture, Script

SCRIPTS = sorted(shipped_scripts())
VALUES = {name: f"<{name}>" for name in KNOWN_FIELDS}


def valid_value(capture: Capture, script: Script) -> object:
    if capture.type == "amount":
        return "1234.50"
    if capture.type == "date":
        return date(2026, 5, 6)
    if capture.type == "enum":
        return next(iter(script.codes[capture.codes or ""]))
    if capture.type == "contact":
        return {"value": "13800000000", "source": "debtor_provided"}
    return "note"


def fill_required(s: ScriptSession) -> None:
    for capture in s.step.captures:
        if capture.required:
            s.set_answer(capture.name, valid_value(capture, s.script))


@pytest.mark.parametrize("script_id", SCRIPTS)
@settings(max_examples=40, deadline=None)
@given(moves=st.lists(st.integers(min_value=0, max_value=20), min_size=1, max_size=40))
def test_random_walk(script_id: str, moves: list[int]) -> None:
    s = ScriptSession(shipped_scripts()[script_id], VALUES)
    for move in moves:
        if s.finished:
            break
        assert "【" not in s.prompt("zh") and s.prompt("en")
        if move == 0 and s.path:
            s.back()
            continue
        fill_required(s)
        choice = s.choices()[move % len(s.choices())]
        s.choose(choice.key)
        s = ScriptSession.from_dict(s.to_dict(), s.script)
    if s.finished:
        assert s.outcome in OUTCOMES
        assert s.proposed_next_action(date(2026, 5, 1)) is not None
    else:
        assert s.choices()
    if s.script.third_party:
        assert all(not s.script.steps[step].discloses for step, _ in s.path)
