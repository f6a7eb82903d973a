"""Load jurisdiction rule sets (``resources/compliance/<jur>.toml``) into frozen objects.

Every number lives in the TOML file; this module only checks its shape.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from desktop_app.compliance.calendar import WorkCalendar
from desktop_app.compliance.context import PARTY_KINDS, PARTY_ROLES, PURPOSES, party_flag_names

Action = Literal["block", "warn", "require", "state"]
ACTIONS: frozenset[str] = frozenset({"block", "warn", "require", "state"})


class RuleSetError(ValueError):
    """A rule-set file is malformed; the message names the file and the rule."""


@dataclass(frozen=True)
class AppliesTo:
    """Which contacts a rule concerns; empty tuples mean "any"."""

    kinds: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    unless_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    action: Action
    params: Mapping[str, Any]
    source: str
    status: str
    message_zh: str
    message_en: str
    applies_to: AppliesTo = field(default_factory=AppliesTo)
    source_zh: str = ""
    """The source for the Chinese window, where ``source`` has English prose ("" = the same)."""


@dataclass(frozen=True)
class RuleSet:
    jurisdiction: str
    name: str
    default_tz: str
    tz_aliases: Mapping[str, str]
    calendar: WorkCalendar
    rules: tuple[Rule, ...]

    def by_kind(self, kind: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.kind == kind)

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def default_dir() -> Path:
    """The shipped ``resources/compliance`` directory."""
    return Path(str(resources.files("resources").joinpath("compliance")))


def load_ruleset(jurisdiction: str = "CN", directory: Path | None = None) -> RuleSet:
    path = (directory or default_dir()) / f"{jurisdiction.lower()}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleSetError(f"{path}: {exc}") from exc
    return parse_ruleset(data, str(path))


def parse_ruleset(data: Mapping[str, Any], origin: str = "<data>") -> RuleSet:
    cal = data.get("calendar", {})
    rules = tuple(_parse_rule(r, origin) for r in data.get("rules", []))
    ids = [r.id for r in rules]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise RuleSetError(f"{origin}: duplicate rule ids {dupes}")
    return RuleSet(
        jurisdiction=str(data.get("jurisdiction", "")),
        name=str(data.get("name", "")),
        default_tz=str(cal.get("default_tz", "UTC")),
        tz_aliases=dict(cal.get("tz_aliases", {})),
        calendar=_parse_calendar(cal, origin),
        rules=rules,
    )


def _parse_calendar(cal: Mapping[str, Any], origin: str) -> WorkCalendar:
    try:
        return WorkCalendar(
            holidays=frozenset(_as_date(d) for d in cal.get("holidays", [])),
            working_weekends=frozenset(_as_date(d) for d in cal.get("working_weekends", [])),
            weekend_days=frozenset(int(d) for d in cal.get("weekend_days", [6, 7])),
        )
    except (TypeError, ValueError) as exc:
        raise RuleSetError(f"{origin}: calendar: {exc}") from exc


def _as_date(value: object) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def parse_time(value: object) -> time:
    """Parse ``"HH:MM"`` (or a TOML local time) from rule params."""
    return value if isinstance(value, time) else time.fromisoformat(str(value))


def _parse_rule(raw: Mapping[str, Any], origin: str) -> Rule:
    rid = str(raw.get("id", "?"))
    missing = [k for k in ("id", "kind", "action", "source", "status") if k not in raw]
    if missing:
        raise RuleSetError(f"{origin}: rule {rid}: missing {missing}")
    if raw["action"] not in ACTIONS:
        raise RuleSetError(f"{origin}: rule {rid}: unknown action {raw['action']!r}")
    return Rule(
        id=rid,
        kind=str(raw["kind"]),
        action=raw["action"],
        params=dict(raw.get("params", {})),
        source=str(raw["source"]),
        status=str(raw["status"]),
        message_zh=str(raw.get("message_zh", "")),
        message_en=str(raw.get("message_en", "")),
        applies_to=_parse_applies(raw.get("applies_to", {}), f"{origin}: rule {rid}"),
        source_zh=str(raw.get("source_zh", "")),
    )


def _parse_applies(raw: Mapping[str, Any], where: str) -> AppliesTo:
    applies = AppliesTo(
        kinds=tuple(raw.get("kinds", ())),
        roles=tuple(raw.get("roles", ())),
        purposes=tuple(raw.get("purposes", ())),
        unless_flags=tuple(raw.get("unless_flags", ())),
    )
    checks = (
        (applies.kinds, PARTY_KINDS, "kind"),
        (applies.roles, PARTY_ROLES, "role"),
        (applies.purposes, PURPOSES, "purpose"),
        (applies.unless_flags, party_flag_names(), "flag"),
    )
    for values, allowed, label in checks:
        bad = sorted(set(values) - allowed)
        if bad:
            raise RuleSetError(f"{where}: unknown {label} {bad}")
    return applies
