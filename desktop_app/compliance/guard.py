"""Evaluate a rule set for one intended contact: ``evaluate(...) -> Verdict``."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.compliance.context import CallHistory, CallIntent, ContactParty
from desktop_app.compliance.evaluators import EVALUATORS, PASSIVE_KINDS, EvalContext
from desktop_app.compliance.rules import Rule, RuleSet, RuleSetError
from desktop_app.compliance.verdict import Firing, Outcome, Requirement, Verdict

_MAX_RESOLVE_STEPS = 12


def party_zone(ruleset: RuleSet, party: ContactParty) -> ZoneInfo:
    """The party's zone, mapped through the rule set's legal-time aliases."""
    name = party.tz or ruleset.default_tz
    name = ruleset.tz_aliases.get(name, name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r} for party {party.party_id}") from exc


def unknown_kinds(ruleset: RuleSet) -> list[str]:
    """Rule kinds in the set that no evaluator handles (should be empty)."""
    known = set(EVALUATORS) | PASSIVE_KINDS
    return sorted({r.kind for r in ruleset.rules} - known)


def evaluate(
    ruleset: RuleSet,
    party: ContactParty,
    history: CallHistory,
    intent: CallIntent,
    at: datetime,
) -> Verdict:
    firings = collect_firings(ruleset, party, history, intent, at)
    fired = [f for f in firings if f.action in ("block", "warn")]
    outcome = _outcome(fired)
    nxt = next_lawful_time(ruleset, party, history, intent, at) if outcome == "block" else None
    return Verdict(
        allowed=outcome != "block",
        outcome=outcome,
        fired=fired,
        requirements=_requirements(firings),
        next_lawful_at=nxt,
    )


def collect_firings(
    ruleset: RuleSet,
    party: ContactParty,
    history: CallHistory,
    intent: CallIntent,
    at: datetime,
) -> list[Firing]:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("evaluate() needs a timezone-aware datetime")
    if unknown := unknown_kinds(ruleset):
        raise RuleSetError(f"{ruleset.jurisdiction}: no evaluator for kinds {unknown}")
    ctx = EvalContext(ruleset, party, history, intent, at, party_zone(ruleset, party))
    out: list[Firing] = []
    for rule in ruleset.rules:
        if rule.kind in PASSIVE_KINDS or rule.action == "state" or not _applies(rule, ctx):
            continue
        out.extend(EVALUATORS[rule.kind](rule, ctx))
    return out


def next_lawful_time(
    ruleset: RuleSet,
    party: ContactParty,
    history: CallHistory,
    intent: CallIntent,
    at: datetime,
) -> datetime | None:
    """Earliest instant >= ``at`` at which no BLOCK fires, or None if no date is computable.

    Re-evaluates at each candidate so that, e.g., a daily-count block (lifts at midnight)
    and a call-window block (lifts at 08:00) combine correctly.
    """
    candidate = at
    for _ in range(_MAX_RESOLVE_STEPS):
        blocks = [
            f
            for f in collect_firings(ruleset, party, history, intent, candidate)
            if f.action == "block"
        ]
        if not blocks:
            return candidate
        times = [f.next_lawful_at for f in blocks]
        if any(t is None for t in times):
            return None
        candidate = max(t for t in times if t is not None)
    return None


def _applies(rule: Rule, ctx: EvalContext) -> bool:
    a = rule.applies_to
    if a.kinds and ctx.party.kind not in a.kinds:
        return False
    if a.roles and ctx.party.role not in a.roles:
        return False
    if a.purposes and ctx.intent.purpose not in a.purposes:
        return False
    return not any(bool(getattr(ctx.party, flag)) for flag in a.unless_flags)


def _outcome(fired: list[Firing]) -> Outcome:
    actions = {f.action for f in fired}
    if "block" in actions:
        return "block"
    return "warn" if "warn" in actions else "allow"


def _requirements(firings: list[Firing]) -> list[Requirement]:
    return [
        Requirement(item, f.rule_id, f.message_zh, f.message_en, f.source, f.source_zh)
        for f in firings
        if f.action == "require"
        for item in f.items
    ]
