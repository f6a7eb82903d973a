"""One small function per rule ``kind``. Each reads its numbers from ``rule.params``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desktop_app.compliance.calendar import (
    in_window,
    local_start,
    next_local_midnight,
    next_window_start,
)
from desktop_app.compliance.context import CallHistory, CallIntent, ContactParty
from desktop_app.compliance.rules import Rule, RuleSet, parse_time
from desktop_app.compliance.verdict import Firing


@dataclass(frozen=True)
class EvalContext:
    ruleset: RuleSet
    party: ContactParty
    history: CallHistory
    intent: CallIntent
    at: datetime
    zone: ZoneInfo

    @property
    def local(self) -> datetime:
        return self.at.astimezone(self.zone)

    def same_local_day(self, moment: datetime) -> bool:
        return moment.astimezone(self.zone).date() == self.local.date()


Evaluator = Callable[[Rule, EvalContext], list[Firing]]


class _Details(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fire(rule: Rule, ctx: EvalContext, next_at: datetime | None = None, **details: Any) -> Firing:
    """Build a Firing, filling the rule's message templates with ``details``."""
    values = _Details(details)
    values["local_time"] = ctx.local.strftime("%Y-%m-%d %H:%M")
    values["next"] = next_at.astimezone(ctx.zone).strftime("%Y-%m-%d %H:%M") if next_at else "-"
    return Firing(
        rule_id=rule.id,
        action=rule.action,
        message_zh=rule.message_zh.format_map(_Details(values, reason=values.get("reason_zh", ""))),
        message_en=rule.message_en.format_map(_Details(values, reason=values.get("reason_en", ""))),
        source=rule.source,
        next_lawful_at=next_at,
        items=tuple(str(i) for i in rule.params.get("items", ())),
        source_zh=rule.source_zh,
    )


def call_window(rule: Rule, ctx: EvalContext) -> list[Firing]:
    start, end = parse_time(rule.params["start"]), parse_time(rule.params["end"])
    now = ctx.local.time()
    consent = ctx.party.consent_window
    if consent and rule.params.get("consent_overrides", True) and in_window(now, *consent):
        return []
    if in_window(now, start, end):
        return []
    nxt = next_window_start(ctx.at, ctx.zone, start, end)
    return [fire(rule, ctx, nxt, start=f"{start:%H:%M}", end=f"{end:%H:%M}")]


def business_hours(rule: Rule, ctx: EvalContext) -> list[Firing]:
    start, end = parse_time(rule.params["start"]), parse_time(rule.params["end"])
    cal = ctx.ruleset.calendar
    if cal.is_working_day(ctx.local.date()) and in_window(ctx.local.time(), start, end):
        return []
    nxt = next_window_start(ctx.at, ctx.zone, start, end, cal)
    return [fire(rule, ctx, nxt, start=f"{start:%H:%M}", end=f"{end:%H:%M}")]


def unanswered_per_number(rule: Rule, ctx: EvalContext) -> list[Firing]:
    limit = int(rule.params["max_unanswered"])
    count = sum(
        1
        for a in ctx.history.attempts
        if a.number == ctx.intent.number and not a.connected and ctx.same_local_day(a.at)
    )
    if count < limit:
        return []
    return [fire(rule, ctx, next_local_midnight(ctx.at, ctx.zone), count=count, max=limit)]


def connected_per_debtor(rule: Rule, ctx: EvalContext) -> list[Firing]:
    limit = int(rule.params["max_connected"])
    count = sum(1 for t in ctx.history.debtor_connected_calls if ctx.same_local_day(t))
    if count < limit:
        return []
    return [fire(rule, ctx, next_local_midnight(ctx.at, ctx.zone), count=count, max=limit)]


def min_gap(rule: Rule, ctx: EvalContext) -> list[Firing]:
    gap = timedelta(minutes=int(rule.params["min_gap_minutes"]))
    last = ctx.history.last_connected_at
    if last is None or ctx.at - last >= gap:
        return []
    minutes = int(gap.total_seconds() // 60)
    return [fire(rule, ctx, last + gap, minutes=minutes)]


def rolling_frequency(rule: Rule, ctx: EvalContext) -> list[Firing]:
    """Reg F 7-in-7: calls in a rolling window, and a conversation blocks the next days."""
    days = int(rule.params["window_days"])
    limit = int(rule.params["max_calls"])
    window = timedelta(days=days)
    times = sorted(a.at for a in ctx.history.attempts if ctx.at - window < a.at <= ctx.at)
    out: list[Firing] = []
    if len(times) >= limit:
        nxt = times[len(times) - limit] + window
        out.append(
            fire(rule, ctx, nxt, count=len(times), max=limit, reason_zh="次数", reason_en="count")
        )
    last = ctx.history.last_connected_at
    if last is not None and rule.params.get("conversation_blocks", True):
        free_day = last.astimezone(ctx.zone).date() + timedelta(days=days)
        free_at = local_start(free_day, parse_time("00:00"), ctx.zone)
        if ctx.at < free_at:
            reason = {"reason_zh": "对话后冷却期", "reason_en": "post-conversation period"}
            out.append(fire(rule, ctx, free_at, count=len(times), max=limit, **reason))
    return [max(out, key=_next_key)] if out else []


def _next_key(f: Firing) -> datetime:
    assert f.next_lawful_at is not None
    return f.next_lawful_at


def party_flag(rule: Rule, ctx: EvalContext) -> list[Firing]:
    flag = str(rule.params["flag"])
    return [fire(rule, ctx)] if bool(getattr(ctx.party, flag)) else []


def is_unreachable(history: CallHistory, params: Mapping[str, Any]) -> bool:
    """CN-3P2 失联: invalid number, or enough consecutive failures, or unreachable days."""
    if params.get("number_invalid", True) and history.number_invalid:
        return True
    if history.consecutive_failed_attempts >= int(params["min_consecutive_failed"]):
        return True
    return history.unreachable_days >= int(params["min_unreachable_days"])


def third_party_contact(rule: Rule, ctx: EvalContext) -> list[Firing]:
    allowed = tuple(rule.params.get("allowed_purposes", ()))
    if ctx.intent.purpose not in allowed:
        return [fire(rule, ctx, reason_zh="联系目的不被允许", reason_en="purpose not allowed")]
    state_id = rule.params.get("unreachable_rule")
    if state_id:
        state = ctx.ruleset.rule(str(state_id))
        if not is_unreachable(ctx.history, state.params):
            return [
                fire(
                    rule, ctx, reason_zh="债务人未处于失联状态", reason_en="debtor not unreachable"
                )
            ]
    if rule.params.get("once", False) and ctx.history.prior_connected_with_party:
        return [fire(rule, ctx, reason_zh="该第三方已联系过", reason_en="already contacted once")]
    return []


def payment_demand_roles(rule: Rule, ctx: EvalContext) -> list[Firing]:
    roles = set(rule.params["allowed_roles"])
    if ctx.party.role == "related_3p" and ctx.party.debt_related_confirmed:
        roles.update(rule.params.get("confirmed_related_roles", ()))
    return [] if ctx.party.role in roles else [fire(rule, ctx, role=ctx.party.role)]


def require_items(rule: Rule, ctx: EvalContext) -> list[Firing]:
    when = rule.params.get("when", "always")
    if when == "first_contact" and ctx.history.prior_connected_with_party:
        return []
    return [fire(rule, ctx)]


EVALUATORS: dict[str, Evaluator] = {
    "call_window": call_window,
    "business_hours": business_hours,
    "unanswered_per_number": unanswered_per_number,
    "connected_per_debtor": connected_per_debtor,
    "min_gap": min_gap,
    "rolling_frequency": rolling_frequency,
    "party_flag": party_flag,
    "third_party_contact": third_party_contact,
    "payment_demand_roles": payment_demand_roles,
    "require_items": require_items,
}
# Kinds used outside evaluate(): "unreachable_state" (read by third_party_contact) and
# "lexicon" (read by lexicon.check_notes).
PASSIVE_KINDS: frozenset[str] = frozenset({"unreachable_state", "lexicon"})
