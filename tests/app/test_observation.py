"""AGR-CN-10: the observation period of a restructured schedule."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.observation import MIN_DAYS, observe

D = dt.date


START = D(2026, 3, 20)


def quarterly(n: int, start: dt.date = START) -> list[dt.date]:
    return [D(start.year + (start.month - 1 + 3 * k) // 12, (start.month - 1 + 3 * k) % 12 + 1,
              start.day) for k in range(n)]


def test_at_least_two_periods_and_one_year_from_the_first_repayment() -> None:
    dues = [(d, True) for d in quarterly(8)]  # 2026-03-20 ... 2027-12-20
    before = observe(dues, D(2026, 1, 1))
    assert before is not None
    assert (before.since, before.kept, before.ends, before.over) == (
        D(2026, 3, 20), 0, D(2027, 3, 20), False)
    assert not observe(dues, D(2027, 3, 19)).over  # type: ignore[union-attr]
    done = observe(dues, D(2027, 3, 20))
    assert done is not None and done.over and done.kept == 5


def test_two_periods_can_outlast_the_year() -> None:
    yearly = [(D(2026, 6, 30), True), (D(2027, 12, 31), True)]
    o = observe(yearly, D(2027, 7, 1))
    assert o is not None and o.ends == D(2027, 12, 31) and not o.over


def test_a_miss_starts_the_period_again_from_the_next_repayment() -> None:
    dates = quarterly(8)
    dues = [(d, d != D(2026, 9, 20)) for d in dates]  # the third instalment was missed
    o = observe(dues, D(2027, 3, 20))
    assert o is not None
    assert (o.since, o.misses, o.ends, o.over) == (D(2026, 12, 20), 1, D(2027, 12, 20), False)
    assert o.kept == 2  # 2026-12-20 and 2027-03-20 paid since the miss
    late = observe(dues, D(2027, 12, 20))
    assert late is not None and late.over


def test_too_few_instalments_left_to_end_it() -> None:
    dues = [(D(2026, 3, 20), True), (D(2026, 6, 20), False), (D(2026, 9, 20), True)]
    o = observe(dues, D(2026, 12, 1))
    assert o is not None and o.ends is None and not o.over and o.misses == 1
    assert observe([], D(2026, 1, 1)) is None


@given(st.lists(st.tuples(st.dates(D(2025, 1, 1), D(2030, 12, 31)), st.booleans()),
                min_size=1, max_size=20),
       st.dates(D(2025, 1, 1), D(2031, 12, 31)))
def test_the_period_never_ends_early(dues: list[tuple[dt.date, bool]], today: dt.date) -> None:
    o = observe(dues, today)
    assert o is not None
    if o.over:
        assert o.ends is not None and o.ends <= today
        assert (o.ends - o.since).days >= MIN_DAYS
        window = sorted(d for d, _ in dues if d >= o.since)
        assert len(window) >= 2 and all(ok for d, ok in dues if o.since <= d <= today)
