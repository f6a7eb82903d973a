"""The loan pane's balance chart: the actual line never steps down in the future."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from ui.detail.chart import balance_points

D = dt.date


def _inst(due: dt.date, principal: int, paid: int) -> SimpleNamespace:
    return SimpleNamespace(due_date=due, principal_due=principal, principal_paid=paid)


def test_principal_prepaid_on_future_instalments_steps_down_today() -> None:
    loan = SimpleNamespace(drawdown_date=D(2026, 1, 10), principal=300, instalments=[
        _inst(D(2026, 2, 10), 100, 100), _inst(D(2026, 3, 10), 100, 30),
        _inst(D(2027, 4, 10), 100, 5)])  # 5 prepaid on the balloon a year ahead
    scheduled, paid = balance_points(loan, D(2026, 11, 28))
    assert scheduled[-1] == (D(2027, 4, 10), 0)
    assert paid == [(D(2026, 1, 10), 300), (D(2026, 2, 10), 200), (D(2026, 3, 10), 170),
                    (D(2026, 11, 28), 165)]
    assert max(day for day, _ in paid) <= D(2026, 11, 28)


def test_legend_items_that_do_not_fit_go_on_the_next_line() -> None:
    from ui.detail.chart import legend_places

    assert legend_places([60, 150], 400, 16) == [(12.0, 4.0), (130.0, 4.0)]
    narrow = legend_places([60, 150], 240, 16)  # 130 + 34 + 150 > 240
    assert narrow == [(12.0, 4.0), (12.0, 22.0)]
    assert all(x + 34 + w + 4 <= 240 for (x, _), w in zip(narrow, [60, 150], strict=True))
