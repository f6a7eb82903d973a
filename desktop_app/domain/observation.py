"""The observation period of a restructured loan (compliance.md AGR-CN-10).

金融资产风险分类办法 (2023): the observation period of a restructured asset counts from the
first repayment date of the adjusted contract, covers at least two consecutive repayment
periods and at least one year; a missed repayment starts it again from the next repayment
date (AGR-CN-10: "reset on a miss").

Pure: the caller gives, for each instalment of the restructured schedule, its due date and
whether it was paid in full by that date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

MIN_PERIODS = 2
MIN_DAYS = 365


@dataclass(frozen=True)
class Observation:
    since: dt.date  # the first repayment date, or the one after the latest miss
    kept: int  # instalments paid as agreed since then (those due by today)
    ends: dt.date | None  # earliest end if every instalment is paid; None: too few left
    over: bool  # the period has ended (as of today)
    misses: int  # instalments missed so far (each restarted the period)


def observe(dues: Sequence[tuple[dt.date, bool]], today: dt.date) -> Observation | None:
    """The period as of ``today``; None for a schedule without instalments."""
    ordered = sorted(dues)
    if not ordered:
        return None
    missed = [due for due, paid_on_time in ordered if due <= today and not paid_on_time]
    window = [due for due, _ in ordered if not missed or due > missed[-1]]
    kept = sum(1 for due in window if due <= today)
    since = window[0] if window else ordered[-1][0]
    ends = (max(since + dt.timedelta(days=MIN_DAYS), window[MIN_PERIODS - 1])
            if len(window) >= MIN_PERIODS else None)
    return Observation(since, kept, ends, ends is not None and ends <= today, len(missed))
