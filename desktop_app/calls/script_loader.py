"""Read call scripts from TOML, resolving ``extends`` chains and the shared tables.

A file may ``extends = "_name"`` another file in the same directory: top-level keys
override; each ``[[steps]]`` entry overrides the keys of the base's step with the same id
(e.g. only ``prompt_zh``/``prompt_en``) or is appended as a new step.
Files whose names start with ``_`` are partials, never selected on their own.
``_shared.toml`` holds the coded lists and the default outcome -> next-action table.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from desktop_app.calls.script_model import (
    Capture,
    Choice,
    CodeLabel,
    NextAction,
    Script,
    Step,
)

SHARED_FILE = "_shared.toml"
_MAX_DEPTH = 8


class ScriptError(ValueError):
    """A script file cannot be read or is structurally broken."""


class ScriptNotFound(LookupError):
    """No shipped script serves this party kind, role and stage."""


def select_script(
    party_kind: str,
    party_role: str,
    stage: str,
    scripts: Mapping[str, Script] | None = None,
) -> Script:
    """The script whose audience lists ``kind:role`` for ``stage``."""
    wanted = f"{party_kind}:{party_role}"
    pool = shipped_scripts() if scripts is None else scripts
    for script in pool.values():
        if script.stage == stage and wanted in script.audience:
            return script
    raise ScriptNotFound(f"no script for {wanted} at stage {stage!r}")


def default_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("scripts")))


def script_files(directory: Path) -> list[Path]:
    """Selectable scripts (not partials) in a directory, sorted by name."""
    return sorted(p for p in directory.glob("*.toml") if not p.name.startswith("_"))


def load_all(directory: Path | None = None) -> dict[str, Script]:
    folder = directory or default_dir()
    scripts: dict[str, Script] = {}
    for path in script_files(folder):
        script = load_script(path)
        if script.id in scripts:
            raise ScriptError(f"{path}: duplicate script id {script.id!r}")
        scripts[script.id] = script
    return scripts


@cache
def shipped_scripts() -> Mapping[str, Script]:
    """The scripts under ``resources/scripts``, loaded once."""
    return load_all()


def load_script(path: Path) -> Script:
    raw = _resolve(path, 0)
    shared = _read(path.parent / SHARED_FILE) if (path.parent / SHARED_FILE).exists() else {}
    outcomes = {**shared.get("outcomes", {}), **raw.get("outcomes", {})}
    try:
        return _build(raw, outcomes, shared.get("codes", {}), str(path))
    except (KeyError, TypeError, ValueError) as exc:
        raise ScriptError(f"{path}: {exc!r}") from exc


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ScriptError(f"{path}: {exc}") from exc


def _resolve(path: Path, depth: int) -> dict[str, Any]:
    if depth > _MAX_DEPTH:
        raise ScriptError(f"{path}: extends chain too deep (cycle?)")
    raw = _read(path)
    parent = raw.pop("extends", None)
    if parent is None:
        return raw
    base = _resolve(path.parent / f"{parent}.toml", depth + 1)
    return _merge(base, raw)


def _merge(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **child}
    steps = list(base.get("steps", []))
    index = {s.get("id"): i for i, s in enumerate(steps)}
    for step in child.get("steps", []):
        if step.get("id") in index:
            i = index[step["id"]]
            steps[i] = {**steps[i], **step}
        else:
            steps.append(step)
    merged["steps"] = steps
    merged["outcomes"] = {**base.get("outcomes", {}), **child.get("outcomes", {})}
    return merged


def _build(
    raw: Mapping[str, Any],
    outcomes: Mapping[str, Any],
    codes: Mapping[str, Any],
    origin: str,
) -> Script:
    steps = [_step(s) for s in raw.get("steps", [])]
    if not steps:
        raise ScriptError(f"{origin}: script has no steps")
    return Script(
        id=str(raw["id"]),
        version=int(raw["version"]),
        title_zh=str(raw.get("title_zh", "")),
        title_en=str(raw.get("title_en", "")),
        stage=str(raw.get("stage", "")),
        audience=tuple(str(a) for a in raw.get("audience", ())),
        third_party=bool(raw.get("third_party", False)),
        start=str(raw.get("start", steps[0].id)),
        steps={s.id: s for s in steps},
        outcomes={k: _next_action(v) for k, v in outcomes.items()},
        codes={
            name: {code: CodeLabel(str(lab["zh"]), str(lab["en"])) for code, lab in table.items()}
            for name, table in codes.items()
        },
        origin=origin,
    )


def _step(raw: Mapping[str, Any]) -> Step:
    return Step(
        id=str(raw["id"]),
        prompt_zh=str(raw.get("prompt_zh", "")),
        prompt_en=str(raw.get("prompt_en", "")),
        choices=tuple(_choice(c) for c in raw.get("choices", [])),
        captures=tuple(_capture(c) for c in raw.get("captures", [])),
        discloses=frozenset(raw.get("discloses", ())),
        announces=frozenset(raw.get("announces", ())),
    )


def _choice(raw: Mapping[str, Any]) -> Choice:
    nxt, outcome = raw.get("next"), raw.get("outcome")
    return Choice(
        key=str(raw.get("key", nxt or outcome or "")),
        label_zh=str(raw.get("label_zh", "")),
        label_en=str(raw.get("label_en", "")),
        next=None if nxt is None else str(nxt),
        outcome=None if outcome is None else str(outcome),
        shortcut=None if raw.get("shortcut") is None else str(raw["shortcut"]),
        confirms_identity=bool(raw.get("confirms_identity", False)),
    )


def _capture(raw: Mapping[str, Any]) -> Capture:
    return Capture(
        name=str(raw["name"]),
        type=str(raw["type"]),
        label_zh=str(raw.get("label_zh", "")),
        label_en=str(raw.get("label_en", "")),
        required=bool(raw.get("required", False)),
        codes=None if raw.get("codes") is None else str(raw["codes"]),
    )


def _next_action(raw: Mapping[str, Any]) -> NextAction:
    anchor = raw.get("anchor")
    return NextAction(str(raw["action"]), int(raw["days"]), None if anchor is None else str(anchor))
