"""CaseTableModel: with qtmodeltester, and as a plain object against the service."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services import worklist
from desktop_app.services.worklist import WorklistFilter
from ui.worklist import columns as C
from ui.worklist import model as M
from ui.worklist.model import ID_ROLE, SORT_ROLE, CaseTableModel


def test_model_passes_qtmodeltester(qtmodeltester, ctx) -> None:
    model = CaseTableModel(ctx)
    model.reload()
    qtmodeltester.check(model)
    model.sort(C.OVERDUE_AMOUNT, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_first_page_matches_the_service(ctx) -> None:
    model = CaseTableModel(ctx)
    model.reload()
    ids, total = worklist.page_ids(ctx, WorklistFilter()), worklist.count(ctx, WorklistFilter())
    assert model.total == total == 20
    assert [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())] == ids
    assert model.columnCount() == C.COUNT
    assert model.headerData(C.OVERDUE_AMOUNT, Qt.Orientation.Horizontal) == "Overdue amount"


def test_pages_by_fetch_more(ctx, monkeypatch) -> None:
    monkeypatch.setattr(M, "PAGE", 7)
    model = CaseTableModel(ctx)
    model.reload()
    assert model.rowCount() == 7 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20 and not model.canFetchMore(QModelIndex())
    assert len({model.case_id(r) for r in range(20)}) == 20


def test_sort_roles_are_raw_and_sort_runs_in_sql(ctx) -> None:
    model = CaseTableModel(ctx)
    model.reload()
    model.sort(C.OVERDUE_AMOUNT, Qt.SortOrder.DescendingOrder)
    raw = [model.data(model.index(r, C.OVERDUE_AMOUNT), SORT_ROLE) for r in range(20)]
    assert all(isinstance(v, int) for v in raw) and raw == sorted(raw, reverse=True)
    assert model.case_id(0) == worklist.page_ids(ctx, WorklistFilter(), "overdue_amount")[0]
    shown = model.data(model.index(0, C.OVERDUE_AMOUNT))
    assert shown.startswith("¥") and "," in shown
    model.sort(C.CONTRACT)  # not sortable in SQL: ignored
    assert model.sort_key == (C.OVERDUE_AMOUNT, Qt.SortOrder.DescendingOrder)


def test_filter_resets_and_counts(ctx) -> None:
    model = CaseTableModel(ctx)
    model.reload()
    model.set_filter(WorklistFilter(view="broken"))
    assert model.total == worklist.count(ctx, WorklistFilter(view="broken")) == model.rowCount()
    assert model.total > 0
    model.set_filter(dataclasses.replace(model.filter, view="all", bucket="M7+"))
    assert model.total == worklist.count(ctx, WorklistFilter(bucket="M7+"))
    assert {model.data(model.index(r, C.BUCKET)) for r in range(model.rowCount())} == {"M7+"}


def test_broken_promise_cue_reads_without_colour(qapp, ctx) -> None:
    model = CaseTableModel(ctx)
    model.set_filter(WorklistFilter(view="broken"))
    broken = [r for r in range(model.rowCount())
              if model.data(model.index(r, C.PROMISE), SORT_ROLE) == "broken"]
    assert broken
    index = model.index(broken[0], C.PROMISE)
    assert model.data(index) == "Broken"
    assert model.data(index, Qt.ItemDataRole.FontRole).bold()
    assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    severe = model.index(0, C.BUCKET)
    model.set_filter(WorklistFilter(bucket="M7+"))
    assert model.data(severe, Qt.ItemDataRole.FontRole).bold()
    assert model.data(severe, Qt.ItemDataRole.BackgroundRole) is not None


def test_refresh_cases_emits_data_changed(qtbot, ctx) -> None:
    model = CaseTableModel(ctx)
    model.reload()
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_cases([model.case_id(3)])
    assert blocker.args[0].row() == 3


def test_count_can_stop_early_and_be_cancelled(ctx, monkeypatch) -> None:
    everything = WorklistFilter()
    assert worklist.count(ctx, everything) == 20
    assert worklist.count(ctx, everything, at_most=5) == 5
    assert worklist.count(ctx, everything, at_most=100) == 20
    assert worklist.count(ctx, everything, cancelled=lambda: False) == 20
    monkeypatch.setattr(worklist, "PROGRESS_STEPS", 1)  # check at every SQLite step
    try:
        worklist.count(ctx, everything, cancelled=lambda: True)
    except worklist.CountCancelled:
        pass
    else:
        raise AssertionError("a cancelled count returned")
    assert worklist.count(ctx, everything) == 20  # the connection is usable again


def _counting_model(ctx, monkeypatch):  # noqa: ANN001, ANN202
    """Pages of 5, at most 8 counted at once (the store has 20 cases); its reloads."""
    monkeypatch.setattr(M, "PAGE", 5)
    monkeypatch.setattr(M, "COUNT_AT_ONCE", 8)
    model = CaseTableModel(ctx)
    totals: list[tuple[int, bool]] = []
    model.reloaded.connect(lambda n: totals.append((n, model.total_exact)))
    return model, totals


def test_large_results_show_first_and_are_counted_in_the_background(qtbot, ctx,
                                                                    monkeypatch) -> None:
    model, totals = _counting_model(ctx, monkeypatch)
    model.reload()
    assert model.rowCount() == 5 and totals[0] == (9, False)  # "more than 8", at once
    assert model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.total_exact, timeout=5000)
    assert totals[-1] == (20, True) and model.total == 20
    few = WorklistFilter(search=model.data(model.index(0, C.CONTRACT)))  # one contract
    assert 0 < worklist.count(ctx, few) <= 8
    model.set_filter(few)  # few: counted at once
    assert model.total_exact and model.total == worklist.count(ctx, few)


def test_a_newer_search_discards_the_older_count(qtbot, ctx, monkeypatch) -> None:
    model, reloads = _counting_model(ctx, monkeypatch)
    model.reload()  # 20 cases: counting in the background
    reloads.clear()
    model.set_filter(WorklistFilter(search="JK2024-001"))  # replaces it before it reports
    expected = worklist.count(ctx, WorklistFilter(search="JK2024-001"))
    assert 8 < expected < 20
    qtbot.waitUntil(lambda: model.total_exact, timeout=5000)
    qtbot.wait(300)  # time for the first count to come back, were it not cancelled
    totals = [n for n, _ in reloads]
    assert model.total == expected and totals[-1] == expected and 20 not in totals


def test_reaching_the_end_while_counting_gives_the_total_at_once(ctx, monkeypatch) -> None:
    model, totals = _counting_model(ctx, monkeypatch)
    model.reload()
    while model.canFetchMore(QModelIndex()):  # scrolled to the end before the count came
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 20 and totals[-1] == (20, True)
