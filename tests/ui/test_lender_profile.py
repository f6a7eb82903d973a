"""File ▸ Lender profile…: the officer fills in what letters need of the lender; problems
show next to their fields and nothing is saved until the whole profile is valid."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop_app.services import setup
from ui.i18n import Translators
from ui.lender_profile import LenderProfileDialog


def _fill(dialog: LenderProfileDialog, number: str) -> None:
    dialog.address.setText("上海市黄浦区中山东一路18号")
    dialog.phone.setText("021-63218888")
    dialog.credit_code.setText("91310000132225121D")
    dialog.lender_type.setCurrentIndex(dialog.lender_type.findData("other"))
    dialog.accounts.add_button.click()
    table = dialog.accounts.table
    for col, text in enumerate(("示例商业银行股份有限公司", "示例商业银行上海分行", number)):
        table.item(table.rowCount() - 1, col).setText(text)


def test_the_menu_opens_the_profile_and_saves_it(qtbot, main) -> None:  # noqa: ANN001
    window, controller = main
    action = window.findChild(type(window.profile_action), "actionLenderProfile")
    assert action is window.profile_action and action.text() == "Lender &profile…"
    dialog = controller.open_lender_profile()
    qtbot.waitExposed(dialog)
    assert dialog.legal_name.text() == "示例商业银行股份有限公司"
    assert dialog.accounts.table.rowCount() == 0
    _fill(dialog, "12")  # too short for an account number
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    error = dialog.errors["accounts"]
    assert error.isVisible() and "8 to 40 digits" in error.text()
    assert setup.lender_profile(controller.ctx).address == ""  # nothing written
    dialog.accounts.table.item(0, 2).setText("3105 0161 3600 0000 1234")
    dialog.law_firm.setText("上海明正律师事务所")  # a law firm needs all four fields
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.errors["law_firm"].isVisible() and not dialog.errors["accounts"].isVisible()
    dialog.law_firm.setText("")
    dialog.phone.setText("abc")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.errors["phone"].isVisible() and "95588" in dialog.errors["phone"].text()
    dialog.phone.setText("021-63218888")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    saved = setup.lender_profile(controller.ctx)
    assert saved.address == "上海市黄浦区中山东一路18号" and saved.lender_type == "other"
    assert [a.account_no for a in saved.accounts] == ["31050161360000001234"]
    assert saved.documents_lack() == []


def test_the_dialog_reads_in_chinese(qtbot, ctx) -> None:  # noqa: ANN001
    translators, locale = Translators(), QLocale()
    translators.install("zh_CN")
    try:
        dialog = LenderProfileDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "债权人信息"
        assert dialog.lender_type.itemText(0) == "银行"
        header = dialog.accounts.table.horizontalHeaderItem(2).text()
        assert header == "账号"
        dialog.legal_name.setText(" ")
        dialog.accept()
        assert dialog.errors["legal_name"].text() == "✗ 请填写债权人的法定名称。"
        dialog.accounts.add_button.click()
        dialog.accounts.table.setCurrentCell(0, 0)
        dialog.accounts.table.selectRow(0)
        dialog.accounts.remove_button.click()
        assert dialog.accounts.table.rowCount() == 0
        assert dialog.accounts.accounts() == ()
        assert dialog.lender_type.currentData() == "bank"
    finally:
        translators.uninstall()
        QLocale.setDefault(locale)


def test_a_letter_refused_for_the_lenders_details_says_where_to_set_them(qtbot, ctx) -> None:  # noqa: ANN001
    from sqlalchemy import select

    from local_db.models import Case
    from ui.documents.letter_dialog import LetterDialog

    with ctx.read() as s:
        case_id = s.scalars(select(Case.id).order_by(Case.id)).first()
    dialog = LetterDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.refused, timeout=20_000) as blocker:
        dialog.generate_button.click()
    assert any("issuer.address" in p for p in blocker.args[0])
    assert "File ▸ Lender profile…" in dialog.status.text()
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("missing lender's address" in t for t in items), items
