"""Days past due (DPD), delinquency buckets and the minimum five-tier class.

DPD counts from the OLDEST instalment with unpaid principal or interest whose due
date is before ``as_of``; an instalment due today is not overdue. Buckets: M0
current, M1 1-30, M2 31-60, M3 61-90, M4 91-120, M5 121-150, M6 151-180, M7+ over
180. Five tiers (minimum, by overdue days): 0 normal, 1-90 special mention,
over 90 substandard, over 270 doubtful, over 360 loss.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

BUCKETS: tuple[str, ...] = ("M0", "M1", "M2", "M3", "M4", "M5", "M6", "M7+")
BUCKET_DAYS = 30
FIVE_TIERS: tuple[str, ...] = ("normal", "special_mention", "substandard", "doubtful", "loss")
FIVE_TIER_ZH: dict[str, str] = {
    "normal": "正常",
    "special_mention": "关注",
    "substandard": "次级",
    "doubtful": "可疑",
    "loss": "损失",
}
FIVE_TIER_THRESHOLDS: tuple[int, int, int] = (90, 270, 360)
"""DPD strictly above which a loan is at least substandard, doubtful, loss."""


class InstalmentError(ValueError):
    """An instalment has negative amounts or more paid than due."""


@dataclass(frozen=True)
class InstalmentState:
    """One scheduled instalment and what has been paid against it (fen)."""

    seq: int
    due_date: date
    principal_due: int
    interest_due: int
    principal_paid: int = 0
    interest_paid: int = 0

    def __post_init__(self) -> None:
        amounts = (self.principal_due, self.interest_due, self.principal_paid, self.interest_paid)
        if min(amounts) < 0:
            raise InstalmentError(f"instalment {self.seq}: negative amount")
        if self.principal_paid > self.principal_due or self.interest_paid > self.interest_due:
            raise InstalmentError(f"instalment {self.seq}: paid exceeds due")

    @property
    def principal_unpaid(self) -> int:
        return self.principal_due - self.principal_paid

    @property
    def interest_unpaid(self) -> int:
        return self.interest_due - self.interest_paid

    @property
    def unpaid(self) -> int:
        return self.principal_unpaid + self.interest_unpaid

    def is_overdue(self, as_of: date) -> bool:
        """Unpaid and due strictly before ``as_of``."""
        return self.unpaid > 0 and self.due_date < as_of


def oldest_unpaid_due(instalments: Iterable[InstalmentState]) -> date | None:
    """Due date of the oldest instalment with anything unpaid, overdue or not."""
    return min((i.due_date for i in instalments if i.unpaid > 0), default=None)


def days_past_due(instalments: Iterable[InstalmentState], as_of: date) -> int:
    """Days since the oldest unpaid instalment fell due; 0 if none is overdue."""
    oldest = oldest_unpaid_due(instalments)
    if oldest is None or oldest >= as_of:
        return 0
    return (as_of - oldest).days


def bucket(dpd: int) -> str:
    """Delinquency bucket 'M0'..'M6', 'M7+' for a DPD figure."""
    if dpd < 0:
        raise ValueError(f"dpd must be >= 0, got {dpd}")
    index = min(-(-dpd // BUCKET_DAYS), len(BUCKETS) - 1)
    return BUCKETS[index]


def bucket_bounds(name: str) -> tuple[int, int | None]:
    """Inclusive DPD range of a bucket: 'M0' -> (0, 0), 'M2' -> (31, 60), 'M7+' -> (181, None)."""
    if name not in BUCKETS:
        raise ValueError(f"unknown bucket {name!r}; expected one of {BUCKETS}")
    index = BUCKETS.index(name)
    if index == 0:
        return 0, 0
    low = (index - 1) * BUCKET_DAYS + 1
    return (low, None) if index == len(BUCKETS) - 1 else (low, index * BUCKET_DAYS)


def oldest_due_range(name: str, as_of: date) -> tuple[date | None, date | None]:
    """Inclusive range of the oldest unpaid due date for a bucket, for SQL filters.

    For 'M1'..'M7+' the oldest unpaid due date lies in ``[low, high]`` (``low`` is
    None for 'M7+'). For 'M0' the range is ``(as_of, None)``: due today or later,
    and loans with no unpaid instalment (NULL) are M0 too.
    """
    low_dpd, high_dpd = bucket_bounds(name)
    if name == BUCKETS[0]:
        return as_of, None
    earliest = None if high_dpd is None else as_of - timedelta(days=high_dpd)
    return earliest, as_of - timedelta(days=low_dpd)


def five_tier(dpd: int, thresholds: tuple[int, int, int] = FIVE_TIER_THRESHOLDS) -> str:
    """Minimum five-tier class code for ``dpd``; see :data:`FIVE_TIER_ZH` for labels."""
    if dpd < 0:
        raise ValueError(f"dpd must be >= 0, got {dpd}")
    if dpd == 0:
        return FIVE_TIERS[0]
    return FIVE_TIERS[1 + sum(dpd > t for t in thresholds)]
