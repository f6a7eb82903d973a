"""The lender profile: what letters need of the lender can be set by a real user (not only by
the demo), from the command line and the service, with every field checked."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.__main__ import main
from desktop_app.context import AppContext
from desktop_app.services import setup
from desktop_app.services.setup import Account, LenderProfile, ProfileError
from local_db.models import AuditEvent, DesignatedAccount

ACCOUNT = "华东测试银行股份有限公司|华东测试银行上海分行营业部|3105 0161 3600 0000 1234"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip().startswith("{") else out, err


def test_a_new_store_gets_ready_for_letters_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], app_env: None
) -> None:
    d = ["--data-dir", str(tmp_path / "desk")]
    assert _run(capsys, *d, "init", "--institution", "华东测试银行股份有限公司",
                "--officer", "王芳", "--employee-no", "E2001")[0] == 0
    assert _run(capsys, *d, "demo", "--cases", "20", "--seed", "3")[0] == 0
    case_id = _run(capsys, *d, "cases", "list", "--limit", "1", "--json")[1]["cases"][0]["id"]
    code, _, err = _run(capsys, *d, "letter", "--case", str(case_id), "--kind", "demand",
                        "--out", str(tmp_path / "a.pdf"))
    assert code == 1 and "missing issuer.address" in err and "CN-PAY1" in err
    code, out, _ = _run(capsys, *d, "profile", "--json")
    assert out["documents_lack"] == ["address", "phone", "accounts", "credit_code"]
    code, out, _ = _run(capsys, *d, "profile", "--address", "上海市黄浦区中山东一路18号",
                        "--phone", "021-6321 8888", "--account", ACCOUNT,
                        "--credit-code", "91310000132225121d", "--json")
    assert code == 0 and out["documents_lack"] == []
    assert out["profile"]["accounts"][0]["account_no"] == "31050161360000001234"
    assert out["profile"]["credit_code"] == "91310000132225121D"
    code, out, _ = _run(capsys, *d, "letter", "--case", str(case_id), "--kind", "demand",
                        "--out", str(tmp_path / "a.pdf"))
    assert code == 0 and (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = _run(capsys, *d, "profile", "--account", "x|y|12")
    assert code == 1 and "accounts[1]: the account number must be 8-40 digits" in err
    code, _, err = _run(capsys, *d, "profile", "--account", "only-two|parts")
    assert code == 1 and "NAME|BANK|NUMBER" in err
    code, _, err = _run(capsys, *d, "profile", "--phone", "abc")
    assert code == 1 and "phone: not a telephone number" in err


def test_the_profile_checks_every_field(ctx: AppContext) -> None:
    base = setup.lender_profile(ctx)
    assert base is not None and base.documents_lack() == ["address", "credit_code"]
    cases = {
        "legal_name": replace(base, legal_name=" "),
        "lender_type": replace(base, lender_type="pawnshop"),
        "letter_prefix": replace(base, letter_prefix="字" * 41),
        "accounts[1]: account name": replace(base, accounts=(Account("", "b", "12345678"),)),
        "accounts[2]: account 12345678 is listed twice": replace(
            base, accounts=(Account("a", "b", "12345678"), Account("a", "c", "1234 5678"))),
        "law_firm": replace(base, law_firm_name="上海明正律师事务所"),
        "phone": replace(base, phone="abc"),
        "credit_code": replace(base, credit_code="91310000132225121X"),
    }
    for phone in ("021-63218888", "13812345678", "95588", "400-820-8888", "(021) 6321 8888-123"):
        assert not replace(base, phone=phone).problems(), phone
    for field, profile in cases.items():
        with pytest.raises(ProfileError) as err:
            setup.save_lender_profile(ctx, profile)
        assert any(p.startswith(field) for p in err.value.problems), (field, err.value.problems)
    assert setup.lender_profile(ctx) == base  # nothing half-written


def test_an_account_no_longer_listed_stays_inactive_and_changes_are_audited(
    ctx: AppContext,
) -> None:
    base = setup.lender_profile(ctx)
    assert base is not None
    first = base.accounts[0]
    with ctx.read() as s:
        audited = s.scalar(select(func.count()).select_from(AuditEvent))
    other = Account("华东商业银行股份有限公司", "华东商业银行苏州分行", "32250198880000005678")
    saved = setup.save_lender_profile(
        ctx, replace(base, address="上海市黄浦区中山东一路18号", accounts=(other,),
                     lender_type="other", credit_code="91310000132225121D"))
    assert saved.accounts == (other,) and saved.lender_type == "other"
    assert saved.documents_lack() == []
    with ctx.read() as s:
        rows = {a.account_no: a.active for a in s.scalars(select(DesignatedAccount))}
        assert s.scalar(select(func.count()).select_from(AuditEvent)) > audited
    assert rows == {first.account_no: False, other.account_no: True}
    again = setup.save_lender_profile(ctx, replace(saved, accounts=(first, other)))
    assert again.accounts == (first, other)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(DesignatedAccount)) == 2


def test_a_profile_is_needed_before_it_can_be_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], app_env: None
) -> None:
    assert LenderProfile("甲银行").documents_lack() == ["address", "phone", "accounts",
                                                     "credit_code"]
    code, _, err = _run(capsys, "--data-dir", str(tmp_path / "none"), "profile")
    assert code == 1
