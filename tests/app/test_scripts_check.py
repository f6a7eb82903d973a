"""The script validator on shipped scripts (must pass) and on broken fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.calls.script_check import check_all, check_script, run_check
from desktop_app.calls.script_loader import default_dir, load_script
from desktop_app.compliance.rules import load_ruleset

SHARED = """
[codes.nonpayment_reason]
other = { zh = "其他", en = "Other" }
[codes.contact_source]
contract = { zh = "合同约定", en = "Contract" }
[outcomes]
promise_to_pay = { action = "check_promise", days = 1, anchor = "promise_date" }
wrong_number = { action = "verify_number", days = 0 }
"""

GOOD = """
id = "fixture"
version = 1
stage = "early"
title_zh = "测试"
title_en = "Test"
audience = ["natural:debtor"]
third_party = false

[[steps]]
id = "opening"
announces = ["institution", "recording"]
prompt_zh = "您好，我是{institution}的{officer}，本次通话录音。"
prompt_en = "Hello, {officer} from {institution}; this call is recorded."
choices = [
  { key = "yes", label_zh = "本人", label_en = "Right party", next = "demand", shortcut = "1", confirms_identity = true },
  { key = "wrong", label_zh = "错号", label_en = "Wrong number", outcome = "wrong_number", shortcut = "2" },
]

[[steps]]
id = "demand"
discloses = ["amount"]
prompt_zh = "逾期金额{overdue_amount}。"
prompt_en = "Overdue amount {overdue_amount}."
captures = [
  { name = "promise_amount", type = "amount", required = true, label_zh = "金额", label_en = "Amount" },
  { name = "promise_date", type = "date", required = true, label_zh = "日期", label_en = "Date" },
]
choices = [
  { key = "promise", label_zh = "承诺", label_en = "Promise", outcome = "promise_to_pay", shortcut = "1" },
]
"""


def write_fixture(tmp_path: Path, text: str, name: str = "fixture.toml") -> Path:
    (tmp_path / "_shared.toml").write_text(SHARED, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def codes_for(tmp_path: Path, text: str) -> set[str]:
    script = load_script(write_fixture(tmp_path, text))
    return {p.code for p in check_script(script, load_ruleset("CN"))}


def test_shipped_scripts_pass() -> None:
    ok, report = run_check([default_dir()])
    assert ok, report
    assert "12 script(s) checked, 0 problem(s)." in report


def test_fixture_baseline_is_clean(tmp_path: Path) -> None:
    assert codes_for(tmp_path, GOOD) == set()


BROKEN = [
    (
        "dead_end",
        'outcome = "promise_to_pay", shortcut = "1" }',
        'next = "demand", shortcut = "1" }',
    ),
    ("unknown_next", 'next = "demand", shortcut = "1"', 'next = "nowhere", shortcut = "1"'),
    ("unknown_outcome", 'outcome = "promise_to_pay"', 'outcome = "paid_in_gold"'),
    ("missing_next_action", 'outcome = "promise_to_pay"', 'outcome = "busy"'),
    ("unknown_merge_field", "逾期金额{overdue_amount}。", "逾期金额{overdue_amount}{shoe_size}。"),
    (
        "duplicate_shortcut",
        'outcome = "wrong_number", shortcut = "2"',
        'outcome = "wrong_number", shortcut = "1"',
    ),
    ("duplicate_choice_key", '{ key = "wrong"', '{ key = "yes"'),
    ("missing_language", 'prompt_en = "Overdue amount {overdue_amount}."', 'prompt_en = ""'),
    ("undeclared_disclosure", 'discloses = ["amount"]', "discloses = []"),
    ("disclosure_before_identity", ", confirms_identity = true", ""),
    ("third_party_disclosure", "third_party = false", "third_party = true"),
    (
        "missing_announcement",
        'announces = ["institution", "recording"]',
        'announces = ["institution"]',
    ),
    ("banned_word", "逾期金额{overdue_amount}。", "逾期金额{overdue_amount}，否则通知公安。"),
    ("bad_capture", 'type = "date"', 'type = "colour"'),
    ("bad_choice", 'outcome = "wrong_number", shortcut = "2"', 'shortcut = "2"'),
    ("bad_header", 'stage = "early"', 'stage = "someday"'),
]


@pytest.mark.parametrize(("code", "old", "new"), BROKEN, ids=[b[0] for b in BROKEN])
def test_each_problem_is_detected(tmp_path: Path, code: str, old: str, new: str) -> None:
    assert old in GOOD
    assert code in codes_for(tmp_path, GOOD.replace(old, new, 1))


def test_unreachable_step_detected(tmp_path: Path) -> None:
    extra = GOOD + (
        '\n[[steps]]\nid = "orphan"\nprompt_zh = "孤立"\nprompt_en = "Orphan"\n'
        'choices = [{ key = "x", label_zh = "结束", label_en = "End", outcome = "wrong_number" }]\n'
    )
    assert "unreachable_step" in codes_for(tmp_path, extra)


def test_cycle_without_exit_is_a_dead_end(tmp_path: Path) -> None:
    text = GOOD.replace(
        'outcome = "promise_to_pay", shortcut = "1" }', 'next = "demand", shortcut = "1" }'
    )
    problems = check_script(load_script(write_fixture(tmp_path, text)))
    assert any(p.code == "dead_end" and p.step_id == "demand" for p in problems)


def test_check_all_reports_load_errors_and_ambiguity(tmp_path: Path) -> None:
    write_fixture(tmp_path, GOOD, "a.toml")
    write_fixture(tmp_path, GOOD.replace('id = "fixture"', 'id = "other"'), "b.toml")
    (tmp_path / "c.toml").write_text("id = ", encoding="utf-8")
    codes = {p.code for p in check_all(tmp_path)}
    assert codes == {"ambiguous_selection", "load_error"}


def test_run_check_fails_with_report(tmp_path: Path) -> None:
    path = write_fixture(tmp_path, GOOD.replace("third_party = false", "third_party = true"))
    ok, report = run_check([path])
    assert not ok
    assert "fixture:demand: [third_party_disclosure]" in report
