"""CLI: schedule, letter, letters batch, delivery, restructure, agreement."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.__main__ import main
from desktop_app.context import AppContext
from desktop_app.domain.money import fen_to_decimal_str
from desktop_app.domain.schedule import build_schedule
from desktop_app.services.case_detail import case_detail
from tests.app.doc_helpers import load, pdf_text, squash


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out, err


@pytest.mark.parametrize("method", ["annuity", "equal-principal", "interest-only"])
def test_schedule_json_matches_build_schedule(
    capsys: pytest.CaptureFixture[str], method: str
) -> None:
    code, out, _ = _run(
        capsys,
        "schedule",
        "--principal",
        "1000000",
        "--annual-rate",
        "4.35%",
        "--months",
        "36",
        "--method",
        method,
        "--start",
        "2026-01-31",
        "--grace-months",
        "3",
        "--json",
    )
    assert code == 0
    rows = build_schedule(
        100_000_000,
        Decimal("0.0435"),
        36,
        method,  # type: ignore[arg-type]
        dt.date(2026, 1, 31),
        3,
    )
    assert out["rows"] == [
        {
            "period": r.period,
            "due_date": r.due_date.isoformat(),
            "principal": fen_to_decimal_str(r.principal),
            "interest": fen_to_decimal_str(r.interest),
            "payment": fen_to_decimal_str(r.payment),
            "remaining": fen_to_decimal_str(r.remaining),
        }
        for r in rows
    ]
    assert out["rows"][-1]["remaining"] == "0.00"


def test_schedule_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(
        capsys,
        "schedule",
        "--principal",
        "abc",
        "--annual-rate",
        "0.04",
        "--months",
        "12",
        "--method",
        "annuity",
        "--start",
        "2026-01-01",
    )
    assert code == 1 and "error:" in err
    code, _, err = _run(
        capsys,
        "schedule",
        "--principal",
        "100",
        "--annual-rate",
        "0.04",
        "--months",
        "0",
        "--method",
        "annuity",
        "--start",
        "2026-01-01",
    )
    assert code == 1 and "error:" in err


def test_letter_delivery_restructure_agreement(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, _, guarantor_id = load(ctx)
    d = str(ctx.paths.root)
    out = tmp_path / "letter.pdf"
    code, doc, _ = _run(
        capsys,
        "--data-dir",
        d,
        "letter",
        "--case",
        str(case_id),
        "--kind",
        "demand",
        "--lang",
        "zh",
        "--out",
        str(out),
        "--json",
    )
    assert code == 0 and Path(doc["path"]) == out
    detail = case_detail(ctx, case_id, as_of=dt.date.today())
    assert doc["total"] == detail.totals.overdue_total
    assert doc["letter_no"] in squash(pdf_text(out.read_bytes()))

    scan = tmp_path / "pod.pdf"
    scan.write_bytes(b"%PDF-1.4 proof of delivery")
    sent = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    code, changes, _ = _run(
        capsys,
        "--data-dir",
        d,
        "delivery",
        "--document",
        str(doc["document_id"]),
        "--method",
        "ems",
        "--sent",
        sent,
        "--delivered",
        sent,
        "--outcome",
        "signed",
        "--evidence-kind",
        "postal_pod",
        "--evidence",
        str(scan),
        "--json",
    )
    assert code == 0 and changes["extra"]["interrupts_limitation"] is True
    assert changes["extra"]["limitation_after"] > changes["extra"]["limitation_before"]

    code, plan, _ = _run(
        capsys,
        "--data-dir",
        d,
        "restructure",
        "--case",
        str(case_id),
        "--method",
        "equal-principal",
        "--months",
        "12",
        "--rate",
        "0.04",
        "--json",
    )
    assert code == 0 and plan["status"] == "draft" and len(plan["rows"]) == 12
    code, _, err = _run(
        capsys,
        "--data-dir",
        d,
        "agreement",
        "--plan",
        str(plan["id"]),
        "--out",
        str(tmp_path / "a.pdf"),
    )
    assert code == 1 and "AGR-CN-1" in err and not (tmp_path / "a.pdf").exists()


def test_letter_errors_are_clear(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load(ctx, ready=False)
    d = str(tmp_path / "data")
    code, _, err = _run(
        capsys,
        "--data-dir",
        d,
        "letter",
        "--case",
        "1",
        "--kind",
        "demand",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "document refused" in err and "issuer.address" in err
    code, _, err = _run(
        capsys,
        "--data-dir",
        d,
        "letter",
        "--case",
        "424242",
        "--kind",
        "demand",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "No case with id 424242" in err


def test_batch_cli(ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_id, _, _ = load(ctx)
    code, out, _ = _run(
        capsys,
        "--data-dir",
        str(tmp_path / "data"),
        "letters",
        "batch",
        "--cases",
        f"{case_id},{case_id + 1}",
        "--kind",
        "reminder",
        "--lang",
        "en",
        "--out-dir",
        str(tmp_path / "batch"),
        "--envelopes",
        "--json",
    )
    assert code == 0
    assert len(out["result"]["documents"]) == 1 and str(case_id + 1) in out["result"]["refused"]
    assert Path(out["result"]["combined_pdf"]).exists()
    assert Path(out["envelope_sheet"]).exists()


def test_batch_cli_says_what_to_check(ctx: AppContext, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import select

    from local_db.models import Loan

    case_id, _, _ = load(ctx)
    with ctx.unit() as s:
        for loan in s.scalars(select(Loan)):
            loan.penalty_markup = "0.8"
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path / "data"), "letters", "batch",
                        "--cases", str(case_id), "--kind", "demand", "--lang", "zh",
                        "--out-dir", str(tmp_path / "batch"))
    assert code == 0
    assert f"case {case_id}" in out and "check before sending: DOC-CN-5" in out
