"""Frozen data model of a call script (话术): steps, choices, captures, outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

OUTCOMES: frozenset[str] = frozenset(
    {
        "right_party_contact",
        "promise_to_pay",
        "partial_payment_arranged",
        "refused",
        "dispute_raised",
        "hardship_restructure_requested",
        "third_party_reached",
        "wrong_number",
        "no_answer",
        "busy",
        "left_message",
        "call_back_requested",
    }
)
CAPTURE_TYPES: frozenset[str] = frozenset({"amount", "date", "enum", "contact", "text"})
STAGES: tuple[str, ...] = ("early", "middle", "late")
ANNOUNCEMENTS: frozenset[str] = frozenset({"institution", "recording"})
CONTACT_SOURCE_CODES = "contact_source"  # coded list used for new contact details


@dataclass(frozen=True)
class Choice:
    key: str
    label_zh: str
    label_en: str
    next: str | None = None
    outcome: str | None = None
    shortcut: str | None = None
    confirms_identity: bool = False

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class Capture:
    name: str
    type: str
    label_zh: str
    label_en: str
    required: bool = False
    codes: str | None = None  # coded-list name for enum captures


@dataclass(frozen=True)
class Step:
    id: str
    prompt_zh: str
    prompt_en: str
    choices: tuple[Choice, ...] = ()
    captures: tuple[Capture, ...] = ()
    discloses: frozenset[str] = frozenset()
    announces: frozenset[str] = frozenset()

    def prompt(self, lang: str) -> str:
        return self.prompt_zh if lang == "zh" else self.prompt_en

    def capture(self, name: str) -> Capture | None:
        return next((c for c in self.captures if c.name == name), None)


@dataclass(frozen=True)
class NextAction:
    """Proposed follow-up: ``action`` due ``days`` after the call, or after the date
    captured in field ``anchor`` when the call recorded one (e.g. ``promise_date``)."""

    action: str
    days: int
    anchor: str | None = None


@dataclass(frozen=True)
class CodeLabel:
    zh: str
    en: str


@dataclass(frozen=True)
class Script:
    id: str
    version: int
    title_zh: str
    title_en: str
    stage: str
    audience: tuple[str, ...]  # "kind:role" pairs, e.g. "natural:legal_rep"
    third_party: bool
    start: str
    steps: Mapping[str, Step]
    outcomes: Mapping[str, NextAction] = field(default_factory=dict)
    codes: Mapping[str, Mapping[str, CodeLabel]] = field(default_factory=dict)
    origin: str = ""

    @property
    def first_step(self) -> Step:
        return self.steps[self.start]
