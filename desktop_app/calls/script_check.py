"""Static checks over call scripts (``collection-desk scripts check``)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.calls.merge_fields import DISCLOSURE_KINDS, KNOWN_FIELDS, disclosures_in, fields_in
from desktop_app.calls.script_loader import ScriptError, load_script, script_files
from desktop_app.calls.script_model import (
    ANNOUNCEMENTS,
    CAPTURE_TYPES,
    CONTACT_SOURCE_CODES,
    OUTCOMES,
    STAGES,
    Script,
    Step,
)
from desktop_app.compliance.lexicon import find_terms
from desktop_app.compliance.rules import RuleSet, load_ruleset


@dataclass(frozen=True)
class Problem:
    script_id: str
    code: str
    message: str
    step_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.script_id}:{self.step_id}" if self.step_id else self.script_id
        return f"{where}: [{self.code}] {self.message}"


def check_script(script: Script, lexicon: RuleSet | None = None) -> list[Problem]:
    problems: list[Problem] = []
    for step in script.steps.values():
        problems += _step_problems(script, step)
    problems += _graph_problems(script)
    problems += _header_problems(script)
    if lexicon is not None:
        problems += _lexicon_problems(script, lexicon)
    return problems


def _p(script: Script, code: str, message: str, step: str | None = None) -> Problem:
    return Problem(script.id, code, message, step)


def _step_problems(script: Script, step: Step) -> Iterator[Problem]:
    texts = [("prompt", step.prompt_zh, step.prompt_en)]
    texts += [(f"choice {c.key}", c.label_zh, c.label_en) for c in step.choices]
    texts += [(f"capture {c.name}", c.label_zh, c.label_en) for c in step.captures]
    for what, zh, en in texts:
        if not zh.strip() or not en.strip():
            yield _p(script, "missing_language", f"{what} lacks Chinese or English", step.id)
    for name in fields_in(step.prompt_zh) + fields_in(step.prompt_en):
        if name not in KNOWN_FIELDS:
            yield _p(script, "unknown_merge_field", f"unknown merge field {{{name}}}", step.id)
    implied = disclosures_in(step.prompt_zh) | disclosures_in(step.prompt_en)
    if implied - step.discloses:
        missing = sorted(implied - step.discloses)
        yield _p(script, "undeclared_disclosure", f"prompt discloses {missing}", step.id)
    if step.discloses - DISCLOSURE_KINDS:
        yield _p(script, "unknown_disclosure", f"{sorted(step.discloses)}", step.id)
    yield from _choice_problems(script, step)
    yield from _capture_problems(script, step)


def _choice_problems(script: Script, step: Step) -> Iterator[Problem]:
    if not step.choices:
        yield _p(script, "dead_end", "step has no choices", step.id)
    for key in _dupes(c.key for c in step.choices):
        yield _p(script, "duplicate_choice_key", f"choice key {key!r} repeated", step.id)
    for key in _dupes(c.shortcut for c in step.choices if c.shortcut):
        yield _p(script, "duplicate_shortcut", f"shortcut {key!r} repeated", step.id)
    for c in step.choices:
        if (c.next is None) == (c.outcome is None):
            yield _p(script, "bad_choice", f"{c.key}: needs exactly one of next/outcome", step.id)
        elif c.next is not None and c.next not in script.steps:
            yield _p(script, "unknown_next", f"{c.key}: no step {c.next!r}", step.id)
        elif c.outcome is not None and c.outcome not in OUTCOMES:
            yield _p(script, "unknown_outcome", f"{c.key}: {c.outcome!r}", step.id)
        elif c.outcome is not None and c.outcome not in script.outcomes:
            yield _p(script, "missing_next_action", f"no next action for {c.outcome}", step.id)


def _capture_problems(script: Script, step: Step) -> Iterator[Problem]:
    for cap in step.captures:
        if cap.type not in CAPTURE_TYPES:
            yield _p(script, "bad_capture", f"{cap.name}: type {cap.type!r}", step.id)
        needed = cap.codes or (CONTACT_SOURCE_CODES if cap.type == "contact" else None)
        if cap.type in ("enum", "contact") and needed not in script.codes:
            yield _p(script, "bad_capture", f"{cap.name}: coded list {needed!r}", step.id)


def _dupes(values: Iterable[str | None]) -> list[str]:
    seen: set[str] = set()
    dupes: list[str] = []
    for v in values:
        if v is None:
            continue
        if v in seen and v not in dupes:
            dupes.append(v)
        seen.add(v)
    return dupes


def _edges(step: Step, skip_identity: bool = False) -> list[str]:
    return [
        c.next
        for c in step.choices
        if c.next is not None and not (skip_identity and c.confirms_identity)
    ]


def reachable(script: Script, skip_identity: bool = False) -> set[str]:
    """Step ids reachable from the start (optionally without confirming identity)."""
    seen, queue = {script.start}, deque([script.start])
    while queue:
        step = script.steps.get(queue.popleft())
        for nxt in _edges(step, skip_identity) if step else []:
            if nxt in script.steps and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def _can_finish(script: Script) -> set[str]:
    done = {s.id for s in script.steps.values() if any(c.outcome for c in s.choices)}
    changed = True
    while changed:
        before = len(done)
        done |= {s.id for s in script.steps.values() if set(_edges(s)) & done}
        changed = len(done) != before
    return done


def _graph_problems(script: Script) -> Iterator[Problem]:
    if script.start not in script.steps:
        yield _p(script, "unknown_next", f"start step {script.start!r} missing")
        return
    live = reachable(script)
    finishing = _can_finish(script)
    for sid, step in script.steps.items():
        if sid not in live:
            yield _p(script, "unreachable_step", "not reachable from the start", sid)
        elif sid not in finishing and step.choices:
            yield _p(script, "dead_end", "no outcome can be reached from here", sid)
    for sid in sorted(live):
        step = script.steps[sid]
        if script.third_party and step.discloses:
            msg = f"third-party script discloses {sorted(step.discloses)}"
            yield _p(script, "third_party_disclosure", msg, sid)
    for sid in sorted(reachable(script, skip_identity=True)):
        step = script.steps[sid]
        if step.discloses and not script.third_party:
            yield _p(script, "disclosure_before_identity", "discloses before ID check", sid)


def _header_problems(script: Script) -> Iterator[Problem]:
    if not script.title_zh.strip() or not script.title_en.strip():
        yield _p(script, "missing_language", "title lacks Chinese or English")
    if script.stage not in STAGES:
        yield _p(script, "bad_header", f"stage {script.stage!r} not in {STAGES}")
    if not script.audience or any(
        a.split(":")[0] not in ("natural", "entity") for a in script.audience
    ):
        yield _p(script, "bad_header", f"audience {script.audience!r} needs kind:role entries")
    if script.version < 1:
        yield _p(script, "bad_header", "version must be a positive integer")
    first = script.steps.get(script.start)
    if first is not None:
        ok = first.announces >= ANNOUNCEMENTS and "institution" in fields_in(first.prompt_zh)
        if not ok or "institution" not in fields_in(first.prompt_en):
            msg = "first step must announce {institution} and the recording (CN-ID1)"
            yield _p(script, "missing_announcement", msg, first.id)


def _lexicon_problems(script: Script, ruleset: RuleSet) -> Iterator[Problem]:
    terms = [str(t) for r in ruleset.by_kind("lexicon") for t in _all_terms(r.params)]
    for step in script.steps.values():
        texts = [step.prompt_zh, step.prompt_en]
        texts += [t for c in step.choices for t in (c.label_zh, c.label_en)]
        for term in find_terms("\n".join(texts), terms):
            yield _p(script, "banned_word", f"banned term {term!r}", step.id)


def _all_terms(params: object) -> list[object]:
    assert isinstance(params, dict)
    return [*params.get("terms", ()), *params.get("law_firm_terms", ())]


def check_all(directory: Path, lexicon: RuleSet | None = None) -> list[Problem]:
    """Check every selectable script in ``directory`` plus cross-script rules."""
    problems: list[Problem] = []
    seen: dict[tuple[str, str], str] = {}
    for path in script_files(directory):
        try:
            script = load_script(path)
        except ScriptError as exc:
            problems.append(Problem(path.stem, "load_error", str(exc)))
            continue
        problems += check_script(script, lexicon)
        for key in ((who, script.stage) for who in script.audience):
            if key in seen:
                msg = f"{key} also served by {seen[key]}"
                problems.append(Problem(script.id, "ambiguous_selection", msg))
            seen.setdefault(key, script.id)
    return problems


def run_check(paths: Sequence[Path], jurisdiction: str = "CN") -> tuple[bool, str]:
    """Entry point for the CLI: check files and directories, return (ok, report)."""
    lexicon = load_ruleset(jurisdiction)
    problems: list[Problem] = []
    count = 0
    for path in paths:
        if path.is_dir():
            count += len(script_files(path))
            problems += check_all(path, lexicon)
            continue
        count += 1
        try:
            problems += check_script(load_script(path), lexicon)
        except ScriptError as exc:
            problems.append(Problem(path.stem, "load_error", str(exc)))
    lines = [str(p) for p in problems]
    lines.append(f"{count} script(s) checked, {len(problems)} problem(s).")
    return not problems, "\n".join(lines)
