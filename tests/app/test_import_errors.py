"""Every kind of import error is reported with its file, row, column and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.importer.errors import RowError
from desktop_app.importer.parse import parse_files
from desktop_app.importer.sample import SAMPLE, write_sample

SH, WANG = "91310115MA1K400002", "330106199007182347"


def _errors(
    tmp_path: Path, kind: str, edit: tuple[str, str] | str, known: dict[str, set[str]] | None = None
) -> list[RowError]:
    """Parse the sample with one file edited (old -> new text, or replaced whole)."""
    paths = write_sample(tmp_path)
    zh = {
        "borrowers": "借款人",
        "parties": "关联方",
        "loans": "贷款",
        "guarantees": "保证",
        "collateral": "担保物",
        "instalments": "还款计划",
        "payments": "还款记录",
    }[kind]
    path = tmp_path / f"{zh}.csv"
    text = edit if isinstance(edit, str) else SAMPLE[kind].replace(*edit)
    assert text != SAMPLE[kind]
    path.write_text(text, encoding="utf-8-sig")
    stored = known or {}

    def lookup(target: str, keys: set[str]) -> dict[str, str]:
        return {k: k for k in keys & stored.get(target, set())}

    return parse_files(paths, lookup).errors(knock_on=False)


def _one(errors: list[RowError]) -> tuple[str, int, str, str]:
    assert len(errors) == 1, errors
    e = errors[0]
    return e.file, e.row, e.column, e.code


CASES = [
    (
        "borrowers",
        ("91310115MA1K400002,张伟", "91310115MA1K400003,张伟"),
        ("借款人.csv", 2, "证件号码", "bad_uscc"),
    ),
    (
        "parties",
        ("440305198503204563", "440305198513204563"),
        ("关联方.csv", 4, "证件号码", "bad_ric"),
    ),
    (
        "borrowers",
        ("个人,王芳", SAMPLE["borrowers"].splitlines()[1] + "\n个人,王芳"),
        ("借款人.csv", 4, "证件号码", "duplicate"),
    ),
    ("borrowers", ("企业,深圳", "合伙,深圳"), ("借款人.csv", 3, "类型", "bad_enum")),
    (
        "borrowers",
        ("13905710001,本人提供", "13905710001,手机通讯录"),
        ("借款人.csv", 4, "电话1来源", "contact_book"),
    ),
    (
        "borrowers",
        ("13905710001,本人提供", "13905710001,"),
        ("借款人.csv", 4, "电话1来源", "no_source"),
    ),
    ("borrowers", ("13905710001", "1390571000"), ("借款人.csv", 4, "电话1", "bad_phone")),
    (
        "borrowers",
        ("finance@shenyuan.cn", "finance-shenyuan"),
        ("借款人.csv", 2, "电子邮箱", "bad_email"),
    ),
    (
        "parties",
        ("保证人,法定代表人,个人,张伟", "保证人,法定代表人,个人,张卫"),
        ("关联方.csv", 3, "名称", "name_conflict"),
    ),
    (
        "loans",
        ("JK-2025-0002,91440300MA5F000007", "JK-2025-0001,91440300MA5F000007"),
        ("贷款.csv", 3, "合同编号", "duplicate"),
    ),
    ("loans", (",600000元,", ",-600000元,"), ("贷款.csv", 3, "合同金额", "negative")),
    ("loans", (",600000元,", ",,"), ("贷款.csv", 3, "合同金额", "missing")),
    ("loans", ("2025.3.5,20260305", "2025.3.5,2025/2/30"), ("贷款.csv", 3, "到期日期", "bad_date")),
    (
        "loans",
        ("2025.3.5,20260305", "2025.3.5,20250305"),
        ("贷款.csv", 3, "到期日期", "date_order"),
    ),
    ("loans", (",0.0485,", ",4.85,"), ("贷款.csv", 3, "年利率", "ambiguous_rate")),
    (
        "loans",
        ("330106199007182347,2025-04-20", "330106199007182340,2025-04-20"),
        ("贷款.csv", 4, "借款人证件号码", "unknown_party"),
    ),
    (
        "guarantees",
        ("JK-2025-0003,110105", "JK-2025-0009,110105"),
        ("保证.csv", 4, "借款合同编号", "unknown_loan"),
    ),
    (
        "guarantees",
        ("连带,BZ-2025-0001", "口头,BZ-2025-0001"),
        ("保证.csv", 2, "保证方式", "bad_enum"),
    ),
    (
        "instalments",
        ("JK-2025-0001,2,", "JK-2025-0001,1,"),
        ("还款计划.csv", 3, "期次", "duplicate"),
    ),
    (
        "instalments",
        ("2,2025-09-15", "2,2025-05-01"),
        ("还款计划.csv", 3, "应还日期", "due_out_of_order"),
    ),
    (
        "instalments",
        ('"400,000.00","11,600.00","100,000.00"', '"400,000.00","11,600.00","400,000.01"'),
        ("还款计划.csv", 3, "已还本金", "overpaid"),
    ),
    (
        "payments",
        ('"14,550.00",LS20250905001', '"0.00",LS20250905001'),
        ("还款记录.csv", 4, "还款金额", "not_positive"),
    ),
    (
        "payments",
        ("LS20250920001", "LS20250515001"),
        ("还款记录.csv", 3, "交易流水号", "duplicate"),
    ),
]


@pytest.mark.parametrize(
    ("kind", "edit", "expected"), CASES, ids=[c[2][3] + "-" + c[0] for c in CASES]
)
def test_each_error_is_placed_and_named(
    tmp_path: Path, kind: str, edit: tuple[str, str], expected: tuple[str, int, str, str]
) -> None:
    # a changed key also orphans the rows that pointed at it; those are tested elsewhere
    errors = [e for e in _errors(tmp_path, kind, edit) if e.file == expected[0]]
    if expected[3] == "duplicate":
        errors = [e for e in errors if e.row == expected[1]]  # the other copy is named too
    assert _one(errors) == expected
    assert " / " in errors[0].reason  # Chinese, then English


def test_duplicates_are_rejected_on_every_copy(tmp_path: Path) -> None:
    errors = _errors(tmp_path, "loans", ("JK-2025-0002,9144", "JK-2025-0001,9144"))
    errors = [e for e in errors if e.file == "贷款.csv"]
    assert [(e.row, e.code) for e in errors] == [(2, "duplicate"), (3, "duplicate")]
    assert "贷款.csv:3" in errors[0].reason and "贷款.csv:2" in errors[1].reason


def test_references_to_the_database_are_accepted(tmp_path: Path) -> None:
    edit = ("JK-2025-0003,110105", "JK-2025-0009,110105")
    assert _errors(tmp_path, "guarantees", edit, {"loan": {"JK-2025-0009"}}) == []


def test_a_missing_column_and_an_unknown_file_are_file_errors(tmp_path: Path) -> None:
    no_rate = SAMPLE["loans"].replace(",年利率", ",备注")
    errors = _errors(tmp_path, "loans", no_rate)
    # the loans file is unusable, so references into it are not judged
    assert [(e.file, e.row, e.code) for e in errors] == [("贷款.csv", 1, "missing_column")]
    assert errors[0].column == "年利率 / Annual rate"
    path = tmp_path / "notes.csv"
    path.write_text("备注,日期\n你好,2026-01-01\n", encoding="utf-8")
    [error] = parse_files([path]).errors()
    assert (error.file, error.row, error.code) == ("notes.csv", 0, "unknown_kind")


def test_identity_numbers_and_phones_are_masked_in_reports(tmp_path: Path) -> None:
    errors = _errors(tmp_path, "parties", ("440305198503204563", "440305198513204563"))
    assert errors[0].value == "440****4563"


def test_every_bad_row_is_reported_not_just_the_first(tmp_path: Path) -> None:
    text = SAMPLE["payments"].replace("417,400.00", "-1").replace("2025-09-20", "昨天")
    errors = _errors(tmp_path, "payments", text)
    assert [(e.row, e.column, e.code) for e in errors] == [
        (2, "还款金额", "negative"),
        (3, "到账日期", "bad_date"),
    ]


def test_kind_and_id_type_must_agree(tmp_path: Path) -> None:
    text = (
        SAMPLE["borrowers"]
        .replace("类型,名称,", "类型,名称,证件类型,")
        .replace("个人,王芳,", "个人,王芳,统一社会信用代码,")
        .replace("企业,上海", "企业,上海")
        .replace("限公司,9", "限公司,,9")
    )
    errors = _errors(tmp_path, "borrowers", text)
    assert _one(errors) == ("借款人.csv", 4, "证件类型", "kind_id_mismatch")


def test_a_schedule_must_add_up_to_the_principal(tmp_path: Path) -> None:
    edit = ('JK-2025-0003,2,2026-04-25,"150,000.00"', 'JK-2025-0003,2,2026-04-25,"150,000.01"')
    errors = _errors(tmp_path, "instalments", edit)
    assert _one(errors) == ("贷款.csv", 4, "合同金额", "schedule_total")
    assert "300000.01" in errors[0].reason


def test_a_new_loan_needs_a_schedule(tmp_path: Path) -> None:
    text = "\n".join(x for x in SAMPLE["instalments"].splitlines() if "JK-2025-0003" not in x)
    errors = _errors(tmp_path, "instalments", text + "\n")
    assert _one(errors) == ("贷款.csv", 4, "合同编号", "no_schedule")
    assert _errors(tmp_path, "instalments", text + "\n", {"loan": {"JK-2025-0003"}}) == []


def test_the_format_document_names_every_column() -> None:
    from desktop_app.importer.columns import KINDS

    doc = (Path(__file__).parents[2] / "docs" / "import-format.md").read_text(encoding="utf-8")
    for kind in KINDS.values():
        assert f"### {kind.zh} / {kind.en}" in doc
        for column in kind.columns:
            assert f"| {column.zh} | {column.en} |" in doc, column
