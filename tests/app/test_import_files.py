"""Reading import files: CSV encodings, XLSX cells, kinds, headers and row numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desktop_app.importer.parse import parse_files
from desktop_app.importer.readers import decode
from desktop_app.importer.sample import SAMPLE, sample_rows, write_sample

BORROWERS = SAMPLE["borrowers"]


def stored_loans(target: str, keys: set[str]) -> dict[str, str]:
    """A database that already holds every loan (so loans need no schedule here)."""
    return {k: k for k in keys} if target == "loan" else {}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_csv_in_every_encoding_reads_chinese(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "borrowers.csv"
    path.write_bytes(BORROWERS.encode(encoding))
    parsed = parse_files([path])
    assert parsed.errors() == []
    names = [p.name for p in parsed.portfolio().parties]
    assert names == ["上海申远机械制造有限公司", "深圳市南海电子科技有限公司", "王芳"]


def test_gb18030_is_not_mistaken_for_utf8() -> None:
    data = "名称,证件号码\n上海申远机械制造有限公司,1\n".encode("gb18030")
    assert decode(data).startswith("名称")


def test_unknown_encoding_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "loans.csv"
    path.write_bytes(b"\x81\x20\xff\xfe\x00garbage")
    [error] = parse_files([path]).errors()
    assert (error.file, error.row, error.code) == ("loans.csv", 0, "encoding")


def test_english_headers_and_tab_or_semicolon_delimiters(tmp_path: Path) -> None:
    text = (
        "Contract No\tBorrower ID number\tcontract_date\tPRINCIPAL\tAnnual Rate\t"
        "Drawdown date\tMaturity date\n"
        "JK-1\t91310115MA1K400002\t2025-01-10\t1000\t4%\t2025-01-15\t2026-01-15\n"
    )
    (tmp_path / "a.csv").write_text(text, encoding="utf-8")
    (tmp_path / "b.csv").write_text(BORROWERS.replace(",", ";"), encoding="utf-8")
    parsed = parse_files([tmp_path / "a.csv", tmp_path / "b.csv"], stored_loans)
    assert parsed.errors() == []
    assert [t.kind.key for t in parsed.tables] == ["loans", "borrowers"]
    assert parsed.portfolio().loans[0].principal == 100000


def test_percent_in_the_header_makes_plain_numbers_percent(tmp_path: Path) -> None:
    rows = sample_rows("loans")
    rows[0][4] = "年利率(%)"
    rows[1][4] = "4.35"
    path = tmp_path / "loans.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in rows), encoding="utf-8")
    (tmp_path / "b.csv").write_text(BORROWERS, encoding="utf-8")
    parsed = parse_files([path, tmp_path / "b.csv"], stored_loans)
    assert str(parsed.portfolio().loans[0].annual_rate) == "0.0435"


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_xlsx_serial_dates_datetime_cells_and_numbers(tmp_path: Path) -> None:
    header = sample_rows("loans")[0]
    loans = [
        header,
        [
            "JK-1",
            "91310115MA1K400002",
            45667,
            1200000,
            0.0435,
            dt.datetime(2025, 1, 15),
            dt.date(2026, 1, 15),
            "等额本息",
        ],
        [None] * 8,
        [
            "JK-2",
            "91440300MA5F000007",
            "2025年3月1日",
            600000.5,
            "4.85%",
            45721.0,
            20260305,
            "先息后本",
        ],
    ]
    borrowers = sample_rows("borrowers")
    path = _workbook(tmp_path / "portfolio.xlsx", {"借款人": borrowers, "贷款": loans})
    parsed = parse_files([path], stored_loans)
    assert parsed.errors() == []
    first, second = parsed.portfolio().loans
    assert first.contract_date == dt.date(2025, 1, 10) and first.principal == 120000000
    assert first.drawdown_date == dt.date(2025, 1, 15)
    assert second.drawdown_date == dt.date(2025, 3, 5)
    assert second.maturity_date == dt.date(2026, 3, 5) and second.principal == 60000050
    assert [r.number for r in parsed.rows if r.kind == "loans"] == [2, 4]
    assert parsed.tables[1].sheet.label == "portfolio.xlsx [贷款]"


def test_single_sheet_workbook_takes_its_kind_from_the_headers(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "export.xlsx", {"Sheet1": sample_rows("borrowers")})
    parsed = parse_files([path])
    assert [t.kind.key for t in parsed.tables] == ["borrowers"]
    assert parsed.tables[0].sheet.label == "export.xlsx"


def test_the_sample_parses_cleanly_into_a_whole_portfolio(tmp_path: Path) -> None:
    parsed = parse_files(write_sample(tmp_path))
    assert parsed.errors() == []
    p = parsed.portfolio()
    assert (len(p.parties), len(p.loans), len(p.roles), len(p.guarantees)) == (7, 3, 5, 3)
    assert (len(p.collateral), len(p.instalments), len(p.payments)) == (1, 7, 4)
    zhang = next(x for x in p.parties if x.name == "张伟")
    assert [c.source for c in zhang.contacts] == ["contract"]
    assert {g.kind for g in p.guarantees} == {"joint", "general"}


def test_blank_rows_keep_excel_row_numbers(tmp_path: Path) -> None:
    lines = BORROWERS.splitlines()
    text = "\n".join(
        [
            lines[0],
            lines[1],
            ",,,",
            "",
            lines[2].replace("91440300MA5F000007", "91440300MA5F000008"),
        ]
    )
    path = tmp_path / "borrowers.csv"
    path.write_text(text, encoding="utf-8")
    [error] = parse_files([path]).errors()
    assert (error.row, error.column, error.code) == (5, "证件号码", "bad_uscc")
