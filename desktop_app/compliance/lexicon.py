"""Banned-lexicon checks (CN-SCR1 and equivalents) for notes, scripts and letters.

The word lists live in the rule set (rules of kind ``lexicon``). Live notes get the
rule's ``live_action`` (WARN by default); outbound letters and SMS get ``letter_action``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop_app.compliance.rules import Rule, RuleSet
from desktop_app.compliance.verdict import Firing

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC (full-width to half-width) and case-fold."""
    return unicodedata.normalize("NFKC", text).casefold()


def _has_cjk(term: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in term)


def find_terms(text: str, terms: Iterable[str]) -> list[str]:
    """Terms present in ``text``, in list order.

    CJK terms match even when spaced out ("公 安"); Latin terms match whole words.
    """
    norm = normalise(text)
    squeezed = _SPACE.sub("", norm)
    found: list[str] = []
    for term in terms:
        t = normalise(term)
        if _has_cjk(t):
            hit = _SPACE.sub("", t) in squeezed
        else:
            hit = re.search(rf"(?<!\w){re.escape(t)}(?!\w)", norm) is not None
        if hit and term not in found:
            found.append(term)
    return found


def _banned_terms(rule: Rule, issuer_is_law_firm: bool) -> list[str]:
    terms = [str(t) for t in rule.params.get("terms", ())]
    if not issuer_is_law_firm:
        terms += [str(t) for t in rule.params.get("law_firm_terms", ())]
    return terms


def _check(text: str, ruleset: RuleSet, issuer_is_law_firm: bool, action_key: str) -> list[Firing]:
    out: list[Firing] = []
    for rule in ruleset.by_kind("lexicon"):
        action = str(rule.params.get(action_key, rule.action))
        for term in find_terms(text, _banned_terms(rule, issuer_is_law_firm)):
            out.append(
                Firing(
                    rule_id=rule.id,
                    action=action,
                    message_zh=rule.message_zh.replace("{term}", term),
                    message_en=rule.message_en.replace("{term}", term),
                    source=rule.source,
                    source_zh=rule.source_zh,
                )
            )
    return out


def check_notes(text: str, ruleset: RuleSet, issuer_is_law_firm: bool = False) -> list[Firing]:
    """Live call notes and script text: one firing per banned term (WARN by default)."""
    return _check(text, ruleset, issuer_is_law_firm, "live_action")


def check_letter_text(
    text: str, ruleset: RuleSet, issuer_is_law_firm: bool = False
) -> list[Firing]:
    """Outbound letters and SMS: the same lexicon with the letter action (BLOCK by default)."""
    return _check(text, ruleset, issuer_is_law_firm, "letter_action")
