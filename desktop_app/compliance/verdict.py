"""What the guard returns: firings, requirements and the overall verdict (JSON-able)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

Outcome = Literal["allow", "warn", "block"]


@dataclass(frozen=True)
class Firing:
    """One rule that fired, with a bilingual explanation and its source."""

    rule_id: str
    action: str
    message_zh: str
    message_en: str
    source: str
    next_lawful_at: datetime | None = None
    items: tuple[str, ...] = ()
    source_zh: str = ""  # the source in Chinese where ``source`` has English prose

    def source_in(self, lang: str) -> str:
        """The source for a window in ``lang`` ("zh" or "en")."""
        return (self.source_zh or self.source) if lang == "zh" else self.source

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "action": self.action,
            "message_zh": self.message_zh,
            "message_en": self.message_en,
            "source": self.source,
            "source_zh": self.source_in("zh"),
            "next_lawful_at": _iso(self.next_lawful_at),
        }


@dataclass(frozen=True)
class Requirement:
    """Something the call record must contain, e.g. ``disclose_institution``."""

    item: str
    rule_id: str
    message_zh: str
    message_en: str
    source: str
    source_zh: str = ""

    def source_in(self, lang: str) -> str:
        return (self.source_zh or self.source) if lang == "zh" else self.source

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "rule_id": self.rule_id,
            "message_zh": self.message_zh,
            "message_en": self.message_en,
            "source": self.source,
            "source_zh": self.source_in("zh"),
        }


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    outcome: Outcome
    fired: list[Firing]
    requirements: list[Requirement]
    next_lawful_at: datetime | None = None

    def blocks(self) -> list[Firing]:
        return [f for f in self.fired if f.action == "block"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "allowed": self.allowed,
            "outcome": self.outcome,
            "next_lawful_at": _iso(self.next_lawful_at),
            "fired": [f.to_dict() for f in self.fired],
            "requirements": [r.to_dict() for r in self.requirements],
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
