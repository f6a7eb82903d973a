"""The headless CLI: JSON output, data-dir isolation, clear errors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.context import open_context
from desktop_app.paths import data_paths
from desktop_app.portfolio.writer import write_portfolio
from tests.app.conftest import small_portfolio


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_list_show_verify(tmp_path: Path, app_env: None,
                               capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "d")
    code, out, _ = _run(capsys, "--data-dir", d, "init", "--institution", "华东商业银行",
                        "--officer", "李娜", "--employee-no", "E1", "--json")
    assert code == 0 and json.loads(out)["profile"]["officer"] == "李娜"
    ctx = open_context(data_paths(d))
    write_portfolio(ctx, small_portfolio(), source="t")
    ctx.close()
    code, out, _ = _run(capsys, "--data-dir", d, "cases", "list", "--json", "--bucket", "M7+")
    listed = json.loads(out)
    assert code == 0 and listed["total"] == 1
    case = listed["cases"][0]
    assert case["borrower_name"] == "上海明远机械制造有限公司" and case["bucket"] == "M7+"
    code, out, _ = _run(capsys, "--data-dir", d, "case", "show", str(case["id"]), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["totals"]["total"] == case["outstanding"]
    assert {p["id_masked"] for p in shown["parties"]} >= {"****002X", "91310000MA1FL4XQ3K"}
    assert "11010519491231002X" not in out  # the individual's ID is masked
    code, out, _ = _run(capsys, "--data-dir", d, "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    reopened = open_context(data_paths(d))
    assert reopened.actor == "E1"  # the local officer acts in the audit log
    reopened.close()


def test_errors_are_clear_with_nonzero_status(tmp_path: Path, app_env: None,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--data-dir", str(tmp_path / "none"), "cases", "list")
    assert code == 1 and "collection-desk init" in err
    _run(capsys, "--data-dir", str(tmp_path / "d"), "init")
    code, _, err = _run(capsys, "--data-dir", str(tmp_path / "d"), "case", "show", "999")
    assert code == 1 and "No case with id 999" in err


def test_console_script_runs_as_a_program(tmp_path: Path) -> None:
    env = dict(os.environ, COLLECTION_DESK_PASSPHRASE="test passphrase 1",
               COLLECTION_DESK_NO_KEYRING="1")
    d = str(tmp_path / "p")
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", d, "init", "--json"],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    env["COLLECTION_DESK_PASSPHRASE"] = "wrong passphrase!"
    bad = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", d, "verify"],
                         capture_output=True, text=True, env=env, check=False)
    assert bad.returncode == 1 and "does not open" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_unknown_status_is_refused_like_an_unknown_bucket(tmp_path: Path, app_env: None,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "d")
    _run(capsys, "--data-dir", d, "init")
    for option, value in (("--bucket", "M9"), ("--status", "bogus")):
        code, out, err = _run(capsys, "--data-dir", d, "cases", "list", option, value)
        assert code == 1 and out == "", option
        assert value in err and ("open" if option == "--status" else "M0") in err
        assert "Traceback" not in err and len(err.splitlines()) == 1
    for status in ("open", "closed", ""):
        code, out, _ = _run(capsys, "--data-dir", d, "cases", "list", "--status", status)
        assert code == 0 and out.strip().splitlines()[-1] == "0 of 0 cases"


def _closed_early(argv: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run the program with its stdout a pipe whose reader has gone (``... | head -0``)."""
    read, write = os.pipe()
    os.close(read)  # nobody will read: the first write fails with EPIPE
    try:
        done = subprocess.run([sys.executable, "-m", "desktop_app", *argv], stdout=write,
                              stderr=subprocess.PIPE, text=True, env=env, check=False)
    finally:
        os.close(write)
    return done.returncode, done.stderr


def test_a_closed_stdout_ends_quietly(tmp_path: Path, app_env: None,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """``import ... --json | head`` and ``case show 1 --json | head``: no traceback, no
    message, a non-zero status (the output did not all arrive); the import is kept."""
    from desktop_app.importer.sample import write_sample

    d = str(tmp_path / "p")
    _run(capsys, "--data-dir", d, "init")
    files = [str(f) for f in write_sample(tmp_path / "csv")]
    for argv in (["import", *files, "--json"], ["case", "show", "1", "--json"]):
        code, err = _closed_early(["--data-dir", d, *argv], dict(os.environ))
        assert err == "" and code == 1, (argv, err)
    code, out, _ = _run(capsys, "--data-dir", d, "cases", "list", "--json")
    assert code == 0 and json.loads(out)["total"] == 3


def test_closed_stdout_inside_the_process(tmp_path: Path, app_env: None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Through main(): stdout's fd now goes to the null device, so the exit flush is quiet."""
    read, write = os.pipe()
    os.close(read)
    saved = os.dup(1)
    out = open(1, "w", closefd=False)  # noqa: SIM115 (closed below, after fd 1 is restored)
    try:
        os.dup2(write, 1)
        monkeypatch.setattr(sys, "stdout", out)
        code = main(["--data-dir", str(tmp_path / "q"), "init", "--json"])
        out.write("more output\n")
        out.flush()  # would raise BrokenPipeError if the pipe were still stdout
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(write)
        out.close()
    assert code == 1


def test_the_text_output_reads_as_sentences_with_headers(
    tmp_path: Path, app_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.importer.sample import write_sample

    d = str(tmp_path / "d")
    code, out, _ = _run(capsys, "--data-dir", d, "demo", "--cases", "12", "--seed", "2")
    assert code == 0 and out.startswith("Demo portfolio (seed 2, as of ")
    assert "12 cases added, 12 in the database" in out and "{" not in out
    code, out, _ = _run(capsys, "--data-dir", d, "cases", "list", "--limit", "3")
    assert out.splitlines()[0].split() == ["case", "prio", "bkt", "overdue", "amount",
                                           "overdue", "borrower"]
    assert len(out.splitlines()) == 5
    code, out, err = _run(capsys, "--data-dir", d, "cases", "list", "--search", "王", "--json")
    assert code == 0 and json.loads(out)["not_searched"] == ["王"]
    assert err.startswith("note: not searched, too short: 王")
    files = [str(p) for p in write_sample(tmp_path / "files")]
    e = str(tmp_path / "e")
    _run(capsys, "--data-dir", e, "init")
    code, out, _ = _run(capsys, "--data-dir", e, "import", *files)
    assert code == 0 and "changed: " in out and " loans" in out
    code, out, _ = _run(capsys, "--data-dir", e, "import", *files)
    assert code == 0 and out.strip().endswith("the database already had all of them: nothing changed")
    loans = next(f for f in files if f.endswith("贷款.csv"))
    Path(loans).write_text(Path(loans).read_text(encoding="utf-8-sig").replace(
        "2025/1/15", "2025/13/45", 1), encoding="utf-8-sig")
    code, out, _ = _run(capsys, "--data-dir", e, "import", *files)
    bad = [line for line in out.splitlines() if "2025/13/45" in line]
    assert code == 1 and len(bad) == 1 and bad[0].startswith("贷款.csv:2 [放款日期] '2025/13/45': ")
