"""Every code the services store reaches the detail panes as words in the officer's language:
activity outcomes (timeline), repayment methods (loans), delivery methods (documents)."""

from __future__ import annotations

import datetime as dt
import re
from typing import get_args

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import update

from desktop_app.context import AppContext
from desktop_app.domain.schedule import Method
from desktop_app.importer.choices import REPAYMENT_METHOD
from desktop_app.services import delivery
from desktop_app.services.outcomes import ACTIVITY_OUTCOMES
from local_db.models import Activity, Document, Loan
from tests.ui.detail_fixtures import CN, detail_case, detail_ctx, detail_settings, panes
from ui.detail.timeline import OUTCOME

__all__ = ["detail_case", "detail_ctx", "detail_settings", "panes"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LANGS = ("zh_CN", "en")
LATIN = re.compile(r"[A-Za-z]")
CODE_LIKE = re.compile(r"^[a-z]+([_-][a-z]+)*$")  # what a stored code looks like


def assert_words(lang: str, code: str, text: str, allowed: str = "") -> None:
    """Chinese shows no Latin letters (but ``allowed``, such as EMS); English no raw code."""
    assert text and text != code, (code, text)
    if lang == "zh_CN":
        assert not LATIN.search(text.replace(allowed, "") if allowed else text), (code, text)
    else:
        assert not CODE_LIKE.match(text) and "_" not in text, (code, text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_activity_outcome_reads_as_words(panes, detail_ctx: AppContext,  # noqa: ANN001
                                               detail_case: int, language, lang: str) -> None:  # noqa: ANN001
    codes = sorted(ACTIVITY_OUTCOMES)
    assert {"generated", "delivery_signed", "promised", "broken", "no_answer"} <= set(codes)
    with detail_ctx.unit(reason="test activities") as s:
        for n, code in enumerate(codes):
            s.add(Activity(case_id=detail_case, kind="note", outcome=code, notes=code,
                           occurred_at=dt.datetime(2025, 6, 12, 9, n, tzinfo=CN)))
    language(lang)
    panes.show_case(detail_case)
    model = panes.timeline.model
    shown = {}
    for row in range(model.rowCount()):
        activity = model.row_at(row)
        if activity.outcome:
            shown[activity.outcome] = model.index(row, OUTCOME).data()
    assert set(codes) <= set(shown)
    for code, text in shown.items():
        assert_words(lang, code, text)
    panes.timeline.table.selectRow(0)  # the note's header names the outcome too
    header = panes.timeline.notes.toPlainText().splitlines()[0]
    assert not any(code in header.split(" · ") for code in codes)


METHOD_WORDS = {
    "zh_CN": {"annuity": "等额本息", "equal-principal": "等额本金", "interest-only": "按期付息到期还本"},
    "en": {"annuity": "Equal instalments", "equal-principal": "Equal principal",
           "interest-only": "Interest only"},
}


@pytest.mark.parametrize("lang", LANGS)
def test_every_repayment_method_reads_as_words(panes, detail_ctx: AppContext,  # noqa: ANN001
                                               detail_case: int, language, lang: str) -> None:  # noqa: ANN001
    methods = get_args(Method)
    assert set(REPAYMENT_METHOD.values()) == set(methods)  # what an import can store
    language(lang)
    for method in methods:
        with detail_ctx.unit(reason="test method") as s:
            s.execute(update(Loan).values(repayment_method=method))
        panes.show_case(detail_case)
        text = panes.findChild(QLabel, "loanFact_repayment_method").text()
        assert text == METHOD_WORDS[lang][method]
        assert_words(lang, method, text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_delivery_method_reads_as_words(panes, detail_ctx: AppContext,  # noqa: ANN001
                                              detail_case: int, language, lang: str) -> None:  # noqa: ANN001
    language(lang)
    model = panes.documents.model
    for method in delivery.METHODS:
        with detail_ctx.unit(reason="test delivery method") as s:
            s.execute(update(Document).values(delivery_method=method))
        panes.show_case(detail_case)
        for row in range(model.rowCount()):
            assert_words(lang, method, model.index(row, 5).data(), allowed="EMS")
