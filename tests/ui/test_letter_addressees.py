"""The letter dialog proposes, for a guarantor's demand, a guarantor still liable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.app.test_letters_service import _expire_first_guarantor
from tests.ui.doc_fixtures import doc_case, doc_ctx, doc_env  # noqa: F401
from ui.documents.letter_dialog import LetterDialog, addressees


def test_the_guarantor_still_liable_comes_first(qtbot, doc_ctx, doc_case) -> None:  # noqa: ANN001, F811
    case_id, _, guarantor = doc_case
    assert [g[0] for g in addressees(doc_ctx, case_id)[1]] == [guarantor]
    expired, live = _expire_first_guarantor(doc_ctx, case_id)
    assert expired == guarantor
    assert [g[0] for g in addressees(doc_ctx, case_id)[1]] == [live, expired]
    dialog = LetterDialog(doc_ctx, case_id)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("guarantor"))
    assert dialog.addressee_combo.currentData() == live
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("demand"))
    assert dialog.addressee_combo.currentData() is None  # the borrower


def test_preview_shows_the_letter_without_numbering_or_storing_it(qtbot, doc_ctx, doc_case) -> None:  # noqa: ANN001, F811
    from desktop_app.services.case_detail import case_detail

    case_id = doc_case[0]
    dialog = LetterDialog(doc_ctx, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert not dialog.generate_button.isEnabled()  # built in the background
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=20_000)
    assert dialog.preview.page_count() >= 2
    assert dialog.status.text().startswith("Preview only: not numbered, not stored")
    assert case_detail(doc_ctx, case_id).documents == ()
    assert dialog.generate_button.isEnabled() and dialog.preview_button.isEnabled()
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].letter_no.endswith("字第001号")
