"""The letter dialog proposes, for a guarantor's demand, a guarantor still liable."""

from __future__ import annotations

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
