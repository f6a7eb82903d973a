"""The worklist pane driven as an officer would: search, sort, keys, views, column chooser."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services import worklist
from desktop_app.services.worklist import WorklistFilter
from ui.worklist import columns as C


def _shown_ids(window) -> list[int]:
    model = window.case_model
    return [model.case_id(r) for r in range(model.rowCount())]


def test_selecting_a_case_shows_it_in_the_detail_panes(qtbot, main) -> None:
    window, _ = main
    table = window.worklist.table
    with qtbot.waitSignal(window.worklist.case_selected) as blocker:
        window.worklist.select_row(2)
    expected = window.case_model.case_id(2)
    assert blocker.args == [expected]
    assert table.currentIndex().row() == 2
    qtbot.waitUntil(lambda: window.detail.case_id == expected, timeout=3000)
    assert window.detail.label.text() == f"Case {expected}"


def test_detail_panes_follow_the_selection_once_the_officer_pauses(qtbot, main) -> None:
    window, _ = main
    qtbot.waitUntil(lambda: window.detail.case_id is not None, timeout=3000)
    shown: list[int] = []
    original = window.detail.show_case
    window.detail.show_case = lambda case_id: (shown.append(case_id), original(case_id))
    for row in (1, 2, 3, 4):  # arrowing down faster than the delay
        window.worklist.select_row(row)
    assert shown == []  # nothing loaded while moving
    last = window.case_model.case_id(4)
    qtbot.waitUntil(lambda: window.detail.case_id == last, timeout=3000)
    assert shown == [last]  # only the case the officer stopped on


def test_search_narrows_the_list(qtbot, main, ctx) -> None:
    window, controller = main
    controller.select_view("all")
    box = window.findChild(type(window.worklist.search_box), "searchBox")
    box.setFocus()
    box.insert("长江")  # as an input method commits it (QTest types ASCII only)
    qtbot.waitUntil(lambda: window.case_model.filter.search == "长江", timeout=3000)
    expected = worklist.count(ctx, WorklistFilter(search="长江"))
    assert expected == 1 == window.case_model.rowCount()
    assert "长江" in window.case_model.data(window.case_model.index(0, C.BORROWER))
    box.clear()
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 20, timeout=3000)
    qtbot.keyClicks(box, "JK2024-001")
    qtbot.waitUntil(lambda: window.case_model.filter.search == "JK2024-001", timeout=3000)
    assert window.case_model.total == worklist.count(ctx, WorklistFilter(search="JK2024-001"))
    assert 0 < window.case_model.total < 20


def test_sort_by_overdue_amount_reorders(qtbot, main) -> None:
    window, _ = main
    header = window.worklist.table.horizontalHeader()
    header.setSortIndicator(C.OVERDUE_AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = [window.case_model.data(window.case_model.index(r, C.OVERDUE_AMOUNT),
                                      Qt.ItemDataRole.UserRole + 1)
               for r in range(window.case_model.rowCount())]
    assert amounts == sorted(amounts)
    header.setSortIndicator(C.OVERDUE_AMOUNT, Qt.SortOrder.DescendingOrder)
    again = [window.case_model.data(window.case_model.index(r, C.OVERDUE_AMOUNT),
                                    Qt.ItemDataRole.UserRole + 1)
             for r in range(window.case_model.rowCount())]
    assert again == sorted(amounts, reverse=True)


def test_switching_views_changes_counts(qtbot, main, ctx) -> None:
    window, controller = main
    for key, f in (("broken", WorklistFilter(view="broken")),
                   ("bucket:M7+", WorklistFilter(bucket="M7+")),
                   ("stage:legal", WorklistFilter(stage="legal")),
                   ("all", WorklistFilter())):
        controller.select_view(key)
        expected = worklist.count(ctx, f)
        assert window.case_model.total == expected == controller.counts[key]
        assert str(expected) in window.status_counts.text()
        row = window.views_model.row_of(key)
        assert f"({expected})" in window.views_model.data(window.views_model.index(row))


def test_keyboard_next_case_enter_and_call(qtbot, main) -> None:
    window, _ = main
    view = window.worklist
    view.select_row(0)
    view.table.setFocus()
    with qtbot.waitSignal(view.case_selected) as selected:
        qtbot.keyClick(view.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert selected.args == [window.case_model.case_id(1)]
    with qtbot.waitSignal(view.case_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [window.case_model.case_id(1)]
    with qtbot.waitSignal(view.call_requested) as call:
        qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert call.args == [window.case_model.case_id(1)]
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_box.hasFocus()


def test_column_chooser_hides_and_persists(qtbot, main, settings) -> None:
    window, controller = main
    menu = window.worklist.column_menu()
    toggle = menu.findChild(type(menu.actions()[0]), f"columnToggle{C.FIVE_TIER}")
    toggle.setChecked(False)
    assert window.worklist.table.isColumnHidden(C.FIVE_TIER)
    assert C.FIVE_TIER in settings.hidden_columns
    window.close()
    assert settings.state("header") is not None


def test_real_detail_panes_follow_the_selection(qtbot, ctx, settings) -> None:
    from ui.detail import DetailPanes
    from ui.main_controller import MainController
    from ui.main_window import MainWindow

    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    assert isinstance(window.detail, DetailPanes)
    controller = MainController(ctx, settings, window, language="en", watch_idle=False)
    controller.select_view("all")
    window.worklist.select_row(4)
    expected = window.case_model.case_id(4)
    qtbot.waitUntil(lambda: window.detail.case_id() == expected, timeout=10_000)
    assert window.findChild(object, "detailTabs") is not None
    with qtbot.waitSignal(controller.call_requested) as call:
        window.worklist.request_call()
    assert call.args == [expected]


def test_a_row_picked_right_after_a_view_switch_stays_selected(qtbot, main) -> None:
    window, controller = main
    controller.select_view("all")  # resets the model; the view re-selects on the next turn
    window.worklist.select_row(4)
    expected = window.case_model.case_id(4)
    qtbot.wait(300)
    assert window.worklist.current_case() == expected


def test_a_term_too_short_to_search_is_named_not_silently_ignored(qtbot, main) -> None:
    window, controller = main
    controller.select_view("all")
    view = window.worklist
    view.search_box.insert("长")  # one character: the index cannot find it
    qtbot.waitUntil(lambda: window.case_model.filter.search == "长", timeout=3000)
    qtbot.waitUntil(lambda: "too short" in view.summary.text(), timeout=3000)
    assert "长" in view.summary.text() and window.case_model.total == 20
    view.search_box.clear()
    view.search_box.insert("长江 a")  # searched by 长江; "a" is named
    qtbot.waitUntil(lambda: window.case_model.filter.search == "长江 a", timeout=3000)
    qtbot.waitUntil(lambda: window.case_model.total == 1, timeout=3000)
    assert view.summary.text().endswith(
        "not searched, too short: a (type at least 2 Chinese characters, or 3 letters or digits)")
    view.search_box.clear()
    qtbot.waitUntil(lambda: window.case_model.total == 20, timeout=3000)
    assert "too short" not in view.summary.text()
