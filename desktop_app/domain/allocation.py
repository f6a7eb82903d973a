"""Payment allocation (冲抵顺序): every fen of a payment ends up somewhere.

Two steps. :func:`allocate` splits an amount across owed components in a
per-loan order; the default follows 民法典 Art. 561: costs, then interest-type
items (compound, penalty, contractual interest), then principal. Whatever exceeds
the total owed is ``unapplied`` (an overpayment to refund or hold). Then
:func:`allocate_to_instalments` spreads the principal and interest parts over the
schedule, oldest instalment first (prepaying future instalments last).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from desktop_app.domain.overdue import InstalmentState

DEFAULT_ORDER: tuple[str, ...] = ("costs", "compound", "penalty", "interest", "principal")


class AllocationError(ValueError):
    """Negative amounts, or an order that does not cover what is owed."""


@dataclass(frozen=True)
class Allocation:
    """Amount applied per component (every component of the order) plus overpayment."""

    applied: Mapping[str, int]
    unapplied: int

    @property
    def applied_total(self) -> int:
        return sum(self.applied.values())

    @property
    def total(self) -> int:
        """Equals the allocated amount, always."""
        return self.applied_total + self.unapplied

    def get(self, component: str) -> int:
        """Amount applied to ``component`` (0 if it is not in the order)."""
        return self.applied.get(component, 0)


def _check_order(owed: Mapping[str, int], order: Sequence[str]) -> None:
    if len(set(order)) != len(order):
        raise AllocationError(f"duplicate component in order {tuple(order)}")
    missing = [k for k, v in owed.items() if v and k not in order]
    if missing:
        raise AllocationError(f"owed components not in order: {missing}")
    negative = [k for k, v in owed.items() if v < 0]
    if negative:
        raise AllocationError(f"negative owed amounts: {negative}")


def allocate(
    amount: int, owed: Mapping[str, int], order: Sequence[str] = DEFAULT_ORDER
) -> Allocation:
    """Apply ``amount`` (fen) to ``owed`` components in ``order``; the rest is unapplied."""
    if amount < 0:
        raise AllocationError(f"amount must be >= 0, got {amount}")
    _check_order(owed, order)
    remaining = amount
    applied: dict[str, int] = {}
    for component in order:
        share = min(remaining, owed.get(component, 0))
        applied[component] = share
        remaining -= share
    return Allocation(applied=MappingProxyType(applied), unapplied=remaining)


@dataclass(frozen=True)
class InstalmentShare:
    """What one payment pays on one instalment."""

    seq: int
    principal: int
    interest: int


@dataclass(frozen=True)
class InstalmentAllocation:
    """Per-instalment shares (only non-zero ones, oldest first) and any remainder."""

    shares: tuple[InstalmentShare, ...]
    unapplied_principal: int
    unapplied_interest: int

    def apply(self, instalments: Sequence[InstalmentState]) -> tuple[InstalmentState, ...]:
        """The instalments with these shares added to their paid amounts."""
        by_seq = {s.seq: s for s in self.shares}
        out = []
        for inst in instalments:
            share = by_seq.get(inst.seq)
            if share is not None:
                inst = replace(
                    inst,
                    principal_paid=inst.principal_paid + share.principal,
                    interest_paid=inst.interest_paid + share.interest,
                )
            out.append(inst)
        return tuple(out)


def _spread(amount: int, unpaid: Sequence[int]) -> tuple[list[int], int]:
    shares = []
    for open_amount in unpaid:
        share = min(amount, open_amount)
        shares.append(share)
        amount -= share
    return shares, amount


def allocate_to_instalments(
    instalments: Sequence[InstalmentState], principal: int, interest: int
) -> InstalmentAllocation:
    """Spread a payment's principal and interest parts over unpaid instalments, oldest first.

    Instalments are taken in (due_date, seq) order; each part only pays the matching
    unpaid component. Whatever exceeds the schedule is returned as unapplied.
    """
    if principal < 0 or interest < 0:
        raise AllocationError("principal and interest parts must be >= 0")
    if len({i.seq for i in instalments}) != len(instalments):
        raise AllocationError("instalment seq numbers must be unique")
    ordered = sorted(instalments, key=lambda i: (i.due_date, i.seq))
    p_shares, p_left = _spread(principal, [i.principal_unpaid for i in ordered])
    i_shares, i_left = _spread(interest, [i.interest_unpaid for i in ordered])
    shares = tuple(
        InstalmentShare(inst.seq, p, i)
        for inst, p, i in zip(ordered, p_shares, i_shares, strict=True)
        if p or i
    )
    return InstalmentAllocation(shares, unapplied_principal=p_left, unapplied_interest=i_left)
