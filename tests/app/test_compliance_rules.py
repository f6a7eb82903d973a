"""Rule-set files: shape, ids from compliance.md, loader errors, lexicon checks."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop_app.calls.script_loader import shipped_scripts
from desktop_app.compliance.guard import unknown_kinds
from desktop_app.compliance.lexicon import check_letter_text, check_notes, find_terms
from desktop_app.compliance.rules import RuleSetError, load_ruleset, parse_ruleset
from desktop_app.compliance.verdict import Firing

CN_IDS = {
    "CN-T1",
    "CN-T2",
    "CN-F1",
    "CN-F2",
    "CN-F3",
    "CN-3P1",
    "CN-3P2",
    "CN-3P3",
    "CN-3P4",
    "CN-ID1",
    "CN-REC1",
    "CN-SCR1",
    "CN-C1",
    "CN-A1",
    "CN-D1",
    "CN-L1",
    "CN-DEC1",
}


@pytest.mark.parametrize("jur", ["CN", "US", "UK"])
def test_shipped_rulesets_are_complete(jur: str) -> None:
    rs = load_ruleset(jur)
    assert rs.jurisdiction == jur and unknown_kinds(rs) == []
    for rule in rs.rules:
        assert rule.source and rule.status, rule.id
        if rule.action != "state":
            assert rule.message_zh and rule.message_en, rule.id
    assert rs.calendar.holidays, "holidays are configured"


ENGLISH_WORD = re.compile(r"[A-Za-z]*[a-z]{3,}[A-Za-z]*")


@pytest.mark.parametrize("jur", ["CN", "US", "UK"])
def test_every_source_reads_in_chinese_for_the_chinese_window(jur: str) -> None:
    """The basis the verdict cites: citations (USC, CFR, CONC, GB/T) may stay as written,
    English prose may not; China's rules cite their laws wholly in Chinese."""
    for rule in load_ruleset(jur).rules:
        firing = Firing(rule.id, rule.action, "", "", rule.source, source_zh=rule.source_zh)
        chinese = firing.source_in("zh")
        assert not ENGLISH_WORD.search(chinese), (rule.id, chinese)
        if jur == "CN":
            assert not re.search("[a-z]", chinese), (rule.id, chinese)
        assert firing.source_in("en") == rule.source
        assert firing.to_dict()["source_zh"] == chinese


def test_cn_has_every_contact_rule_and_2026_calendar() -> None:
    rs = load_ruleset("CN")
    assert {r.id for r in rs.rules} == CN_IDS
    assert rs.rule("CN-F1").params["max_unanswered"] == 6
    assert rs.calendar.is_working_day(date(2026, 10, 8))  # Thursday after National Day
    assert not rs.calendar.is_working_day(date(2026, 2, 16))
    assert rs.calendar.is_working_day(date(2026, 1, 4))  # 调休 Sunday


def test_loader_rejects_bad_files(tmp_path: Path) -> None:
    base = {"jurisdiction": "XX", "calendar": {}, "rules": []}
    good = {"id": "X-1", "kind": "party_flag", "action": "block", "source": "s", "status": "design"}
    with pytest.raises(RuleSetError, match="unknown action"):
        parse_ruleset(base | {"rules": [good | {"action": "shout"}]})
    with pytest.raises(RuleSetError, match="missing"):
        parse_ruleset(base | {"rules": [{"id": "X-2"}]})
    with pytest.raises(RuleSetError, match="duplicate"):
        parse_ruleset(base | {"rules": [good, good]})
    with pytest.raises(RuleSetError, match="unknown flag"):
        parse_ruleset(base | {"rules": [good | {"applies_to": {"unless_flags": ["vip"]}}]})
    with pytest.raises(RuleSetError, match="unknown role"):
        parse_ruleset(base | {"rules": [good | {"applies_to": {"roles": ["boss"]}}]})
    (tmp_path / "zz.toml").write_text("rules = [", encoding="utf-8")
    with pytest.raises(RuleSetError):
        load_ruleset("ZZ", tmp_path)
    assert unknown_kinds(parse_ruleset(base | {"rules": [good | {"kind": "vibes"}]})) == ["vibes"]


NOTE_CASES = [
    ("对方称下周还款", [], False),
    ("告诉他再不还就找公安", ["公安"], False),
    ("会 曝 光 到 通讯录", ["曝光", "通讯录"], False),
    ("建议委托律师处理", ["律师"], False),
    ("建议委托律师处理", [], True),
    ("ＦＵＬＬ width 法院", ["法院"], False),
]


@pytest.mark.parametrize(("text", "terms", "law_firm"), NOTE_CASES)
def test_check_notes_warns_on_banned_terms(text: str, terms: list[str], law_firm: bool) -> None:
    firings = check_notes(text, load_ruleset("CN"), issuer_is_law_firm=law_firm)
    assert [f.message_zh.split("「")[1].split("」")[0] for f in firings] == terms
    assert {f.action for f in firings} <= {"warn"}
    assert all(f.rule_id == "CN-SCR1" for f in firings)


def test_letter_text_blocks_with_same_lexicon() -> None:
    (firing,) = check_letter_text("如不还款将提交法院", load_ruleset("CN"))
    assert firing.action == "block" and "法院" in firing.message_zh


def test_latin_terms_match_whole_words_only() -> None:
    assert find_terms("Threatened ARREST", ["arrest"]) == ["arrest"]
    assert find_terms("rearrested schedule", ["arrest"]) == []
    us = load_ruleset("US")
    assert [f.rule_id for f in check_notes("said police would come", us)] == ["US-SCR1"]


def test_shipped_scripts_contain_no_banned_terms() -> None:
    rs = load_ruleset("CN")
    for script in shipped_scripts().values():
        for step in script.steps.values():
            assert check_notes(step.prompt_zh + step.prompt_en, rs) == [], (script.id, step.id)
