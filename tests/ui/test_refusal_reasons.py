"""Refusal reasons from the document checks read in the officer's language: the rule's
meaning, its code, then the detail with the fields it names."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from desktop_app.compliance import details
from tests.app.test_problem_details import all_problems
from ui.documents.common import RULE_TITLES, detail_text, explain
from ui.i18n import Translators


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    translators, locale = Translators(), QLocale()
    translators.install("zh_CN")
    yield
    translators.uninstall()
    QLocale.setDefault(locale)


def test_every_rule_is_explained_in_chinese_before_the_detail(chinese) -> None:  # type: ignore[no-untyped-def]
    assert explain("DOC-CN-1: missing issuer.address") == "文书缺少必备要素 — DOC-CN-1: 缺少债权人地址"
    assert explain("AGR-CN-6: period 4 due date not after the previous one").endswith(
        " — AGR-CN-6: 第 4 期的到期日不晚于上一期"
    )
    assert explain("DOC-CN-1: missing loans[1].number").endswith("缺少第 2 份借款合同的编号")
    for rule in RULE_TITLES:
        assert explain(f"{rule}: x").split(" — ")[0] != RULE_TITLES[rule], rule


def test_every_detail_the_checks_write_reads_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    """Only the values the officer's data put there (names, words, numbers, dates) and the
    rule code stay as written; "LPR" is the term Chinese texts use too."""
    english = []
    for problem in all_problems():
        rule, detail, values = details.parse(problem)
        shown = detail_text(problem)
        assert shown is not None
        for name, value in values.items():
            if name not in ("field", "clause"):
                shown = shown.replace(value, "")
        if re.search(r"[A-Za-z]{3,}", shown.replace("LPR", "")):
            english.append((problem, shown))
    assert english == []


def test_english_names_the_fields_in_words(qapp) -> None:  # type: ignore[no-untyped-def]
    assert explain("DOC-CN-1: missing addressees[1].name") == (
        "A required element of the document is missing — DOC-CN-1: missing name of addressee 2"
    )
    assert explain("AGR-CN-8: wording lacks the acceleration clause").endswith(
        "AGR-CN-8: wording lacks the acceleration clause"
    )
    assert explain("DOC-CN-2: fee:上门费 cannot be written in 大写: negative").endswith(
        "DOC-CN-2: fee “上门费” cannot be written in 大写: negative"
    )


def test_text_that_is_no_template_is_shown_as_written(qapp) -> None:  # type: ignore[no-untyped-def]
    assert explain("DOC-CN-1: something else") == (
        "A required element of the document is missing — DOC-CN-1: something else"
    )
    assert explain("something else") == "something else"
    assert explain("TEXTS: agreement.zh: missing wording 'x'") == (
        "TEXTS: agreement.zh: missing wording 'x'"
    )


def test_the_services_refusals_read_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    letter = "〔2026〕华东催字第001号"
    assert explain(details.say("DOC-CN-8", details.DELIVERY_REPEATED, letter=letter)) == (
        f"送达只登记一次，并写明方式、日期和证据 — DOC-CN-8: 函件 {letter} 的这次送达已经登记："
        "只需登记有变化的内容（送达结果、送达日期或证据）"
    )
    shown = [explain(details.say("AGR-CN-11", details.PLAN_UNDER_WAY, plan=3, status=status))
             for status in details.STATUSES]
    assert [s.split("“")[1].split("”")[0] for s in shown] == ["已提交", "已签署", "已生效"]
    assert shown[0].startswith("同一案件同时只能推进一个重组方案 — AGR-CN-11: 本案的方案 3 已处于")
