"""run_import against a real encrypted store: all or nothing, --skip-invalid, idempotence."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select, text

from desktop_app.context import AppContext
from desktop_app.importer.run import run_import
from desktop_app.importer.sample import SAMPLE, write_sample
from local_db.models import Guarantee, Instalment, Loan, Party, Payment

TABLES = (
    "parties",
    "contact_points",
    "cases",
    "case_parties",
    "loans",
    "guarantees",
    "collateral",
    "instalments",
    "payments",
    "audit_events",
)


def _counts(ctx: AppContext) -> dict[str, int]:
    with ctx.read() as s:
        return {t: int(s.scalar(text(f"SELECT count(*) FROM {t}")) or 0) for t in TABLES}


def _dump(ctx: AppContext) -> dict[str, list[dict[str, object]]]:
    """Every row of every table; a case's ``updated_at`` is left out because refreshing the
    worklist figures stamps it on every write."""
    with ctx.read() as s:
        out = {}
        for t in TABLES:
            rows = s.execute(text(f"SELECT * FROM {t} ORDER BY id")).mappings()
            out[t] = [
                {k: v for k, v in r.items() if (t, k) != ("cases", "updated_at")} for r in rows
            ]
        return out


def _store_bytes(ctx: AppContext) -> bytes:
    db = ctx.paths.database
    wal = db.with_name(db.name + "-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _edit(folder: Path, name: str, kind: str, old: str, new: str) -> Path:
    path = folder / name
    assert old in SAMPLE[kind]
    path.write_text(SAMPLE[kind].replace(old, new), encoding="utf-8-sig")
    return path


def test_the_sample_imports_and_a_second_import_changes_nothing(
    ctx: AppContext, tmp_path: Path
) -> None:
    files = write_sample(tmp_path / "in")
    first = run_import(ctx, files)
    assert first.ok and first.rows == 26 and first.rejected_rows == 0
    counts = _counts(ctx)
    assert (counts["loans"], counts["instalments"], counts["payments"]) == (3, 7, 4)
    assert (counts["parties"], counts["guarantees"], counts["collateral"]) == (7, 3, 1)
    before = _dump(ctx)
    second = run_import(ctx, files)
    assert second.ok and second.report is not None and second.report.total_changed == 0
    after = _dump(ctx)
    after["audit_events"] = after["audit_events"][: len(before["audit_events"])]
    assert after == before


def test_a_bad_row_imports_nothing_and_leaves_the_file_unchanged(
    ctx: AppContext, tmp_path: Path
) -> None:
    run_import(ctx, write_sample(tmp_path / "in"))
    counts, stored = _counts(ctx), _store_bytes(ctx)
    files = write_sample(tmp_path / "next")
    _edit(tmp_path / "next", "贷款.csv", "loans", "JK-2025-0003,", "JK-2025-0004,")
    _edit(tmp_path / "next", "还款记录.csv", "payments", '"111,600.00"', '"-111,600.00"')
    result = run_import(ctx, files)
    assert not result.written and result.report is None
    # JK-2025-0003 is still in the store, so the rows that name it are fine
    assert [(e.file, e.row, e.column, e.code) for e in result.errors] == [
        ("贷款.csv", 4, "合同编号", "no_schedule"),
        ("还款记录.csv", 3, "还款金额", "negative"),
    ]
    assert _counts(ctx) == counts
    assert _store_bytes(ctx) == stored
    assert not list((tmp_path / "next").glob("*.rejected.csv"))


def test_a_failing_first_import_leaves_an_empty_store(ctx: AppContext, tmp_path: Path) -> None:
    files = write_sample(tmp_path)
    _edit(tmp_path, "借款人.csv", "borrowers", "13905710001,本人提供", "13905710001,通讯录")
    result = run_import(ctx, files)
    assert [(e.file, e.row, e.column, e.code) for e in result.errors] == [
        ("借款人.csv", 4, "电话1来源", "contact_book")
    ]
    assert _counts(ctx)["parties"] == 0 and _counts(ctx)["loans"] == 0


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejected(
    ctx: AppContext, tmp_path: Path
) -> None:
    files = write_sample(tmp_path)
    _edit(tmp_path, "借款人.csv", "borrowers", "13905710001,本人提供", "1390571,本人提供")
    result = run_import(ctx, files, skip_invalid=True)
    assert result.written
    with ctx.read() as s:
        assert set(s.scalars(select(Loan.contract_no))) == {"JK-2025-0001", "JK-2025-0002"}
        assert s.scalar(select(func.count()).select_from(Instalment)) == 5
        assert s.scalar(select(func.count()).select_from(Payment)) == 3
        assert s.scalar(select(func.count()).select_from(Guarantee)) == 2
        assert s.scalar(select(Party.id).where(Party.name == "王芳")) is None
    rejected = tmp_path / "借款人.rejected.csv"
    assert rejected.read_bytes().startswith(b"\xef\xbb\xbf")
    with rejected.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[-2:] == ["error_column", "error_reason"] and header[0] == "类型"
    assert len(rows) == 1 and rows[0][1] == "王芳" and rows[0][-2] == "电话1"
    assert rows[0][8] == "1390571" and "电话号码格式不对" in rows[0][-1]
    with (tmp_path / "贷款.rejected.csv").open(encoding="utf-8-sig", newline="") as handle:
        [_, loan] = list(csv.reader(handle))
    assert loan[0] == "JK-2025-0003" and "借款人.csv:4" in loan[-1]
    assert (
        result.rejected_rows == 1 + 1 + 1 + 1 + 2 + 1
    )  # borrower, party, loan, guar., 2 inst., pay.
    assert len(result.rejected_files) == 7


def test_fixed_rejected_rows_can_be_imported_again(ctx: AppContext, tmp_path: Path) -> None:
    files = write_sample(tmp_path)
    _edit(
        tmp_path,
        "还款计划.csv",
        "instalments",
        "JK-2025-0001,3,2026-01-15",
        "JK-2025-0001,3,2025-01-15",
    )
    run_import(ctx, files, skip_invalid=True)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Instalment)) == 4  # schedule kept whole
    assert _counts(ctx)["loans"] == 2  # the loan waits for its schedule
    rejected = tmp_path / "还款计划.rejected.csv"
    fixed = rejected.read_text(encoding="utf-8-sig").replace("2025-01-15", "2026-01-15")
    rejected.write_text(fixed, encoding="utf-8-sig")
    result = run_import(ctx, sorted(tmp_path.glob("*.rejected.csv")))
    assert result.ok, result.errors
    assert result.rows == 1 + 3 + 1 + 1 + 2  # loan, schedule, guarantee, collateral, payments
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Instalment)) == 7
        assert s.scalar(select(func.count()).select_from(Loan)) == 3


def test_rows_may_refer_to_what_the_store_already_holds(ctx: AppContext, tmp_path: Path) -> None:
    run_import(ctx, write_sample(tmp_path / "in"))
    pay = tmp_path / "payments.csv"
    pay.write_text(
        "Contract no,Received date,Amount,Reference\n"
        'JK-2025-0002,2026/3/6,"¥600,000.00",LS20260306001\n',
        encoding="utf-8",
    )
    result = run_import(ctx, [pay])
    assert result.ok and result.report is not None
    assert result.report.changed["payments"] == 1 and result.report.changed["loans"] == 0
    assert run_import(ctx, [pay]).report.total_changed == 0  # type: ignore[union-attr]


def test_a_gb18030_workbook_mix_with_skip_invalid(ctx: AppContext, tmp_path: Path) -> None:
    import openpyxl

    from desktop_app.importer.sample import sample_rows

    files = write_sample(tmp_path, encoding="gb18030")[:1]  # borrowers as GB18030 CSV
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title in ("关联方", "贷款", "保证", "担保物", "还款计划", "还款记录"):
        kind = {
            "关联方": "parties",
            "贷款": "loans",
            "保证": "guarantees",
            "担保物": "collateral",
            "还款计划": "instalments",
            "还款记录": "payments",
        }[title]
        sheet = book.create_sheet(title)
        for row in sample_rows(kind):
            sheet.append(row)
    book["还款记录"]["C3"] = -5  # a negative payment on row 3
    book.save(tmp_path / "portfolio.xlsx")
    result = run_import(ctx, [*files, tmp_path / "portfolio.xlsx"], skip_invalid=True)
    assert result.written and result.rejected_rows == 1
    assert [(e.file, e.row, e.column, e.code) for e in result.errors] == [
        ("portfolio.xlsx [还款记录]", 3, "还款金额", "negative")
    ]
    rejected = tmp_path / "portfolio.还款记录.rejected.csv"
    assert "-5" in rejected.read_text(encoding="utf-8-sig")
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 3
        assert s.scalar(select(Party.name).where(Party.name == "王芳")) == "王芳"
