"""File → Import through the real dialog: a good set of files in the background, a bad file
with its error table (sortable, savable), and the header-mapping step remembered per source."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.importer.sample import sample_rows, write_sample
from desktop_app.services import worklist
from desktop_app.services.worklist import WorklistFilter
from ui.import_errors import ROW, SORT_ROLE
from ui.import_mapping import Mapping, SheetInfo
from ui.importing import ImportDialog


def _dialog(qtbot, ctx, settings) -> ImportDialog:
    dialog = ImportDialog(ctx, settings)  # not shown: offscreen Qt warns on dialog resizes
    qtbot.addWidget(dialog)
    return dialog


def _run(qtbot, dialog: ImportDialog):
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as blocker:
        dialog.import_button.click()
    return blocker.args[0]


def test_good_files_import_in_the_background(qtbot, ctx, settings, tmp_path) -> None:
    before = worklist.count(ctx, WorklistFilter(status=""))
    dialog = _dialog(qtbot, ctx, settings)
    dialog.set_files(write_sample(tmp_path / "in"))
    result = _run(qtbot, dialog)
    assert result.written and not result.errors
    assert dialog.error_table.isHidden() and not dialog.save_button.isEnabled()
    assert "Imported" in dialog.status.text()
    assert worklist.count(ctx, WorklistFilter(status="")) == before + 3
    assert worklist.count(ctx, WorklistFilter(status="", search="JK-2025-0002")) == 1


def test_bad_file_shows_a_sortable_error_table(qtbot, ctx, settings, tmp_path) -> None:
    rows = sample_rows("loans")
    rows[1][2] = "not a date"
    rows[3][3] = "-5"
    path = tmp_path / "贷款.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    before = worklist.count(ctx, WorklistFilter(status=""))
    dialog = _dialog(qtbot, ctx, settings)
    dialog.set_files([path])
    result = _run(qtbot, dialog)
    assert not result.written and result.errors
    assert not dialog.error_table.isHidden() and dialog.save_button.isEnabled()
    model = dialog.errors
    assert model.rowCount() == len(result.errors) >= 2
    reasons = " ".join(model.data(model.index(r, 4)) for r in range(model.rowCount()))
    assert "date" in reasons
    dialog.error_table.sortByColumn(ROW, Qt.SortOrder.DescendingOrder)
    numbers = [model.data(model.index(r, ROW), SORT_ROLE) for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
    report = tmp_path / "report.csv"
    model.save_csv(report)
    with report.open(encoding="utf-8-sig") as handle:
        saved = list(csv.reader(handle))
    assert len(saved) == model.rowCount() + 1 and saved[0][1] == "Row"
    assert worklist.count(ctx, WorklistFilter(status="")) == before  # nothing written


def _renamed_borrowers(folder: Path) -> Path:
    rows = sample_rows("borrowers")
    rows[0] = [f"字段{n}" for n in range(len(rows[0]))]  # headers the importer cannot read
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "core-bank-export.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_header_mapping_step_is_applied_and_remembered(qtbot, ctx, settings, tmp_path) -> None:
    original = sample_rows("borrowers")[0]
    asked: list[SheetInfo] = []

    def assign(info: SheetInfo, suggested: Mapping | None) -> Mapping:
        asked.append(info)
        keys = {"类型": "kind", "名称": "name", "证件号码": "id_number", "电话1": "phone_1",
                "电话1来源": "phone_1_source", "送达地址": "service_address"}
        return Mapping("borrowers", {keys[h]: n for n, h in enumerate(original) if h in keys})

    path = _renamed_borrowers(tmp_path)
    dialog = _dialog(qtbot, ctx, settings)
    dialog.ask_mapping = assign
    dialog.set_files([path])
    result = _run(qtbot, dialog)
    assert result.written and not result.errors, result.errors
    assert len(asked) == 1 and asked[0].preview[0][1] == "上海申远机械制造有限公司"
    assert worklist.count(ctx, WorklistFilter(status="", search="南海电子")) == 0  # no loan yet
    again = _dialog(qtbot, ctx, settings)
    again.ask_mapping = assign
    again.set_files([_renamed_borrowers(tmp_path / "next")])
    assert _run(qtbot, again).written
    assert len(asked) == 1  # the second file from the same source needed no questions


def test_mapping_dialog_requires_the_required_fields(qtbot, tmp_path) -> None:
    from ui import import_mapping
    from ui.import_mapping_dialog import MappingDialog

    (tmp_path / "n").mkdir()
    info = import_mapping.inspect(_renamed_borrowers(tmp_path / "n"))[0]
    assert info.needs_mapping
    dialog = MappingDialog(info)
    qtbot.addWidget(dialog)
    assert dialog.findChild(object, "mappingPreview").model().rowCount() == 3
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.text()
    for key, column in (("kind", 0), ("name", 1), ("id_number", 2)):
        combo = dialog.combos[key]
        combo.setCurrentIndex(combo.findData(column))
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.mapping() == Mapping("borrowers", {"kind": 0, "name": 1, "id_number": 2})
