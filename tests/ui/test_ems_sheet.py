"""The batch dialog's EMS / registered-mail detail sheet (issue 5, item 5)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_app.services.case_detail import case_detail
from tests.ui.doc_fixtures import demo_ctx, doc_env  # noqa: F401
from ui.documents.batch_dialog import BatchDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _overdue_case_ids(ctx, limit: int) -> list[int]:  # noqa: ANN001
    from sqlalchemy import select

    from local_db.models import Case

    with ctx.read() as s:
        ids = list(s.scalars(select(Case.id).order_by(Case.id)))
    return [c for c in ids if case_detail(ctx, c).dpd > 0][:limit]


def test_ems_sheet_is_saved_beside_the_letters_and_previewed(qtbot, demo_ctx, tmp_path):  # noqa: F811
    ids = _overdue_case_ids(demo_ctx, 4)
    dialog = BatchDialog(demo_ctx, ids, out_dir=tmp_path / "out")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ems_button.objectName() == "batchEmsSheet" and dialog.ems_button.accessibleName()
    assert not dialog.ems_button.isEnabled()  # nothing to send yet
    with qtbot.waitSignal(dialog.completed, timeout=60_000) as done:
        dialog.start()
    result = done.args[0]
    assert len(result.documents) >= 2
    assert dialog.ems_button.isEnabled()
    with qtbot.waitSignal(dialog.ems_sheet_saved, timeout=30_000) as saved:
        qtbot.mouseClick(dialog.ems_button, Qt.MouseButton.LeftButton)
    path = saved.args[0]
    assert path.parent == result.combined_pdf.parent == tmp_path / "out"
    assert path.name.startswith("ems-sheet-") and path.exists()
    text = "".join("".join(page.extract_text() or "" for page in
                           PdfReader(io.BytesIO(path.read_bytes())).pages).split())
    assert text.count("催收通知书") >= len(result.documents)
    assert all(doc.letter_no in text for doc in result.documents)
    assert str(path) in dialog.summary.text()
    preview = dialog.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.preview.page_count() >= 1 and preview.windowTitle() == "EMS detail sheet"
    preview.close()
