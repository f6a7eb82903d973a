"""Worklist priority: a deterministic score 0-1000 (higher = work it first).

Each factor is scaled to ``s`` in [0, 1], then::

    score = floor(1000 * sum(w_k * s_k) / sum(w_k) + 0.5)

    s_dpd         = min(dpd, dpd_cap) / dpd_cap
    s_overdue     = min(1, ln(1 + overdue_fen) / ln(1 + overdue_cap_fen))
    s_outstanding = min(1, ln(1 + outstanding_fen) / ln(1 + outstanding_cap_fen))
    s_promises    = min(broken, promises_cap) / promises_cap
    s_contact     = 1 if never contacted else min(days_since, contact_cap) / contact_cap
    s_action      = 0 if no next action else
                    clamp((action_lead - days_to_action) / (action_lead + action_overdue_cap))
    s_deadline    = 0 if no deadline else
                    clamp((deadline_horizon - days_to_deadline) / deadline_horizon)

Amounts use a log scale so a 100x larger debt is not 100x more urgent.
``days_to_action`` and ``days_to_deadline`` are negative once overdue/expired.
Every ``s_k`` is non-decreasing in its factor's urgency, so the score is monotonic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

MAX_SCORE = 1000
FACTORS = (
    "dpd",
    "overdue_amount",
    "outstanding",
    "broken_promises",
    "contact_gap",
    "next_action",
    "deadline",
)


@dataclass(frozen=True)
class PriorityWeights:
    """Relative weights (any non-negative scale) and saturation points of each factor."""

    dpd: float = 220
    overdue_amount: float = 180
    outstanding: float = 80
    broken_promises: float = 120
    contact_gap: float = 100
    next_action: float = 130
    deadline: float = 170
    dpd_cap: int = 180
    overdue_cap_fen: int = 1_000_000_000
    outstanding_cap_fen: int = 10_000_000_000
    promises_cap: int = 3
    contact_cap: int = 30
    action_lead: int = 3
    action_overdue_cap: int = 14
    deadline_horizon: int = 180

    def __post_init__(self) -> None:
        weights = self.weights().values()
        caps = [getattr(self, f.name) for f in fields(self) if f.name not in FACTORS]
        if min(weights) < 0 or sum(weights) <= 0:
            raise ValueError("weights must be >= 0 and not all 0")
        if min(caps) <= 0:
            raise ValueError("caps must be > 0")

    def weights(self) -> dict[str, float]:
        """The seven factor weights, keyed by factor name."""
        return {name: float(getattr(self, name)) for name in FACTORS}


DEFAULT_WEIGHTS = PriorityWeights()


@dataclass(frozen=True)
class PriorityFactors:
    """Inputs for one case. ``None`` days mean never contacted / nothing scheduled."""

    dpd: int
    overdue_amount: int
    outstanding: int
    broken_promises: int = 0
    days_since_contact: int | None = None
    days_to_next_action: int | None = None
    days_to_deadline: int | None = None

    def __post_init__(self) -> None:
        counts = (self.dpd, self.overdue_amount, self.outstanding, self.broken_promises)
        if min(counts) < 0 or (self.days_since_contact or 0) < 0:
            raise ValueError("priority factors must be >= 0 (except days to action/deadline)")


def _clamp(x: float) -> float:
    return min(1.0, max(0.0, x))


def _log_scale(amount: int, cap: int) -> float:
    return _clamp(math.log1p(amount) / math.log1p(cap))


def scaled_factors(f: PriorityFactors, w: PriorityWeights = DEFAULT_WEIGHTS) -> dict[str, float]:
    """Each factor scaled to [0, 1], keyed like :meth:`PriorityWeights.weights`."""
    contact = 1.0 if f.days_since_contact is None else f.days_since_contact / w.contact_cap
    action = 0.0
    if f.days_to_next_action is not None:
        span = w.action_lead + w.action_overdue_cap
        action = (w.action_lead - f.days_to_next_action) / span
    deadline = 0.0
    if f.days_to_deadline is not None:
        deadline = (w.deadline_horizon - f.days_to_deadline) / w.deadline_horizon
    return {
        "dpd": _clamp(f.dpd / w.dpd_cap),
        "overdue_amount": _log_scale(f.overdue_amount, w.overdue_cap_fen),
        "outstanding": _log_scale(f.outstanding, w.outstanding_cap_fen),
        "broken_promises": _clamp(f.broken_promises / w.promises_cap),
        "contact_gap": _clamp(contact),
        "next_action": _clamp(action),
        "deadline": _clamp(deadline),
    }


def score_parts(f: PriorityFactors, w: PriorityWeights = DEFAULT_WEIGHTS) -> dict[str, float]:
    """Points each factor contributes (they sum to the unrounded score); for tooltips."""
    weights = w.weights()
    total = sum(weights.values())
    scaled = scaled_factors(f, w)
    return {k: MAX_SCORE * weights[k] * scaled[k] / total for k in weights}


def priority_score(f: PriorityFactors, w: PriorityWeights = DEFAULT_WEIGHTS) -> int:
    """Deterministic priority 0-1000; see the module docstring for the formula."""
    raw = sum(score_parts(f, w).values())
    return min(MAX_SCORE, max(0, math.floor(raw + 0.5)))
