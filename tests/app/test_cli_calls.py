"""CLI: scripts check, compliance check --json, promises evaluate."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.context import open_context
from desktop_app.paths import data_paths
from desktop_app.services import promises
from tests.app.call_helpers import load
from tests.app.conftest import TODAY


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _ = capsys.readouterr()
    return code, out


def test_scripts_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "scripts", "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "bad"\nversion = 1\n', encoding="utf-8")
    code, _ = _run(capsys, "scripts", "check", str(bad))
    assert code == 1


def test_compliance_check_and_promises(
    tmp_path: Path, app_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(tmp_path / "d")
    _run(
        capsys,
        "--data-dir",
        d,
        "init",
        "--institution",
        "华东商业银行",
        "--officer",
        "李娜",
        "--employee-no",
        "E1",
    )
    ctx = open_context(data_paths(d))
    ctx.clock = lambda: TODAY
    case_id, _, _, rep, _ = load(ctx)
    promises.record_promise(ctx, case_id, 1_000_000, TODAY + dt.timedelta(days=5))
    ctx.close()
    code, out = _run(
        capsys,
        "--data-dir",
        d,
        "compliance",
        "check",
        "--party",
        str(rep),
        "--at",
        "2026-11-28T22:30:00+08:00",
        "--json",
    )
    verdict = json.loads(out)
    assert code == 0 and verdict["outcome"] == "block" and verdict["case_id"] == case_id
    assert {"CN-T1"} <= {f["rule_id"] for f in verdict["fired"]}
    assert {r["rule_id"] for r in verdict["requirements"]} >= {"CN-ID1", "CN-REC1"}
    code, out = _run(
        capsys,
        "--data-dir",
        d,
        "compliance",
        "check",
        "--party",
        str(rep),
        "--case",
        str(case_id),
        "--purpose",
        "collect",
        "--at",
        "2026-11-28T10:00:00+08:00",
        "--json",
    )
    assert code == 0 and json.loads(out)["allowed"] is True
    code, out = _run(capsys, "--data-dir", d, "promises", "evaluate", "--json")
    changed = json.loads(out)["changed"]  # the CLI runs on the real clock
    assert code == 0 and all(c["status"] in ("kept", "partial", "broken") for c in changed)
    expected = 1 if dt.date.today() > TODAY + dt.timedelta(days=5 + 3) else 0
    assert len(changed) == expected
