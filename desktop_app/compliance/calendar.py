"""Working days, holidays and daily windows in a contact's local time (zoneinfo, DST-safe)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_MAX_SCAN_DAYS = 60


@dataclass(frozen=True)
class WorkCalendar:
    """Holidays and weekend make-up working days (调休) from configuration."""

    holidays: frozenset[date] = frozenset()
    working_weekends: frozenset[date] = frozenset()
    weekend_days: frozenset[int] = frozenset({6, 7})  # ISO weekday numbers

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        if day in self.working_weekends:
            return True
        return day.isoweekday() not in self.weekend_days


def in_window(moment: time, start: time, end: time) -> bool:
    """``moment`` in ``[start, end)``; a window with ``end <= start`` wraps past midnight."""
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def local_start(day: date, start: time, zone: ZoneInfo) -> datetime:
    """The aware instant at which ``start`` occurs on ``day`` in ``zone``."""
    naive = datetime.combine(day, start)
    aware = naive.replace(tzinfo=zone)
    # Round-trip through UTC so a wall time inside a DST gap moves to a real instant.
    return aware.astimezone(ZoneInfo("UTC")).astimezone(zone)


def next_window_start(
    at: datetime,
    zone: ZoneInfo,
    start: time,
    end: time,
    calendar: WorkCalendar | None = None,
) -> datetime:
    """Earliest instant >= ``at`` inside the daily window ``[start, end)`` in ``zone``.

    With a calendar, only working days count (business hours).
    """
    local = at.astimezone(zone)
    day = local.date()
    for _ in range(_MAX_SCAN_DAYS):
        if calendar is None or calendar.is_working_day(day):
            candidate = local_start(day, start, zone)
            if candidate >= at:
                return candidate
            if day == local.date() and in_window(local.time(), start, end):
                return at
        day += timedelta(days=1)
    raise ValueError("no window start within the scan horizon; check the calendar")


def next_local_midnight(at: datetime, zone: ZoneInfo) -> datetime:
    """Start of the next calendar day in ``zone``."""
    tomorrow = at.astimezone(zone).date() + timedelta(days=1)
    return local_start(tomorrow, time(0, 0), zone)
