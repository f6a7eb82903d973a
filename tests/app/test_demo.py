"""The demo portfolio: deterministic, valid identifiers, every bucket, a real encrypted store."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from stdnum.cn import ric, uscc

from desktop_app.context import AppContext, open_context
from desktop_app.demo import codes, names
from desktop_app.demo.generate import generate
from desktop_app.demo.run import build_demo
from desktop_app.domain.overdue import BUCKETS, bucket
from desktop_app.paths import data_paths
from desktop_app.portfolio.records import Portfolio
from local_db.models import (
    Case,
    DesignatedAccount,
    Institution,
    Loan,
    Officer,
    Party,
    Payment,
    PromiseToPay,
)

TODAY = dt.date(2026, 11, 28)
CASES = 300


@pytest.fixture(scope="module")
def portfolio() -> Portfolio:
    return generate(CASES, 11, TODAY)


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[AppContext, dict[str, object]]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COLLECTION_DESK_PASSPHRASE", "demo test passphrase")
        mp.setenv("COLLECTION_DESK_NO_KEYRING", "1")
        ctx = open_context(data_paths(tmp_path_factory.mktemp("demo")), create=True)
        ctx.clock = lambda: TODAY
        summary = build_demo(ctx, CASES, 11)
        yield ctx, summary
        ctx.close()


def _designed_oldest_unpaid(p: Portfolio) -> dict[str, dt.date | None]:
    """Per borrower, the oldest instalment the generator left unpaid before today."""
    borrower = {loan.contract_no: loan.borrower_key for loan in p.loans}
    out: dict[str, dt.date | None] = {loan.borrower_key: None for loan in p.loans}
    for i in p.instalments:
        key = borrower[i.contract_no]
        if (
            i.due_date < TODAY
            and i.principal_paid + i.interest_paid < i.principal_due + i.interest_due
        ):
            current = out[key]
            out[key] = i.due_date if current is None else min(current, i.due_date)
    return out


def test_same_seed_same_portfolio_other_seed_differs(portfolio: Portfolio) -> None:
    assert generate(CASES, 11, TODAY) == portfolio
    other = generate(CASES, 12, TODAY)
    assert other != portfolio
    assert {p.name for p in other.parties} != {p.name for p in portfolio.parties}


def test_every_identifier_is_valid_and_unique(portfolio: Portfolio) -> None:
    kinds: defaultdict[str, int] = defaultdict(int)
    for party in portfolio.parties:
        kinds[party.id_type] += 1
        if party.id_type == "uscc":
            assert uscc.is_valid(party.id_number), party.id_number
        elif party.id_type == "resident_id":
            assert ric.is_valid(party.id_number), party.id_number
        else:
            assert re.fullmatch(r"H\d{8}", party.id_number), party.id_number
        for contact in party.contacts:
            if contact.kind == "phone" and contact.label == "手机":
                assert re.fullmatch(r"1[3-9]\d{9}", contact.value), contact.value
            assert contact.source in ("contract", "debtor_provided")
    assert kinds["uscc"] > CASES * 0.7 and kinds["resident_id"] > CASES
    keys = [p.key for p in portfolio.parties]
    assert len(keys) == len(set(keys))
    assert len({loan.contract_no for loan in portfolio.loans}) == len(portfolio.loans)


def test_codes_check_digits_match_python_stdnum() -> None:
    regions = tuple(c.region_code for c in names.MAINLAND)
    numbers = {codes.resident_id(n, regions, 5)[0] for n in range(3000)}
    assert len(numbers) == 3000 and all(ric.is_valid(n) for n in numbers)
    credit = {codes.uscc(n, "320500", 5) for n in range(3000)}
    assert len(credit) == 3000 and all(uscc.is_valid(c) for c in credit)
    assert codes.uscc(7, "320500", entity_type="92").startswith("92320500")


def test_mix_of_borrowers_places_and_security(portfolio: Portfolio) -> None:
    borrowers = {loan.borrower_key for loan in portfolio.loans}
    kinds = [p.kind for p in portfolio.parties if p.key in borrowers]
    assert 0.75 < kinds.count("entity") / len(kinds) < 0.93
    zones = {p.timezone for p in portfolio.parties}
    assert {"Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong"} <= zones
    assert {g.kind for g in portfolio.guarantees} == {"joint", "general"}
    near = [
        g for g in portfolio.guarantees if g.period_end and abs((g.period_end - TODAY).days) < 90
    ]
    assert near, "some guarantee periods end near today"
    assert {c.kind for c in portfolio.collateral} == {"mortgage", "pledge"}
    assert any("不动产证明" in c.registration_no for c in portfolio.collateral)
    assert {p.status for p in portfolio.promises} >= {"kept", "broken", "open", "partial"}
    assert {a.kind for a in portfolio.activities} >= {"call", "visit"}
    assert all(a.occurred_at.tzinfo is not None for a in portfolio.activities)
    assert {loan.repayment_method for loan in portfolio.loans} == {
        "annuity",
        "equal-principal",
        "interest-only",
    }
    assert all(3.2 <= float(loan.annual_rate) * 100 <= 7.5 for loan in portfolio.loans)


def test_instalments_reconcile_with_each_loan(portfolio: Portfolio) -> None:
    rows = defaultdict(list)
    for i in portfolio.instalments:
        rows[i.contract_no].append(i)
    for loan in portfolio.loans:
        inst = rows[loan.contract_no]
        assert sum(i.principal_due for i in inst) == loan.principal
        assert [i.seq for i in inst] == list(range(1, len(inst) + 1))
        assert 6 <= len(inst) <= 36
        assert all(a.due_date < b.due_date for a, b in zip(inst, inst[1:], strict=False))
        assert inst[-1].due_date == loan.maturity_date and loan.drawdown_date < inst[0].due_date


def test_store_holds_the_demo_with_its_figures(
    built: tuple[AppContext, dict[str, object]], portfolio: Portfolio
) -> None:
    ctx, summary = built
    assert summary["cases"] == CASES and summary["cases_in_database"] == CASES
    designed = _designed_oldest_unpaid(portfolio)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Loan)) == len(portfolio.loans)
        assert s.scalar(select(func.count()).select_from(Party)) == len(portfolio.parties)
        assert s.scalar(select(func.count()).select_from(Payment)) == len(portfolio.payments)
        assert s.scalar(select(func.count()).select_from(PromiseToPay)) == len(portfolio.promises)
        assert s.scalar(select(func.count()).select_from(Institution)) == 1
        assert s.scalar(select(func.count()).select_from(DesignatedAccount)) == 2
        officers = s.scalars(select(Officer)).all()
        cases = s.execute(
            select(Case, Party.id_type, Party.id_number).join(
                Party, Party.id == Case.borrower_party_id
            )
        ).all()
    assert len(officers) == 3 and sum(o.is_local_user for o in officers) == 1
    seen = set()
    for case, id_type, id_number in cases:
        expected = designed[f"{id_type}:{id_number}"]
        dpd = (TODAY - expected).days if expected else 0
        oldest = case.oldest_unpaid_due  # may lie ahead: the next instalment of a current case
        assert (max(0, (TODAY - oldest).days) if oldest else 0) == dpd, case.borrower_name
        seen.add(bucket(dpd))
        assert (case.fig_overdue_amount > 0) == (dpd > 0)
        assert case.fig_outstanding > 0 and case.officer_id is not None
        assert case.stage == (
            "early"
            if dpd <= 30
            else "middle"
            if dpd <= 90
            else "late"
            if dpd <= 180
            else case.stage
        )
        assert case.stage in (("legal", "late") if dpd > 180 else (case.stage,))
    assert seen == set(BUCKETS)
    assert any(
        c.nearest_deadline_kind == "limitation"
        and c.nearest_deadline
        and c.nearest_deadline < TODAY + dt.timedelta(days=180)
        for c, _, _ in cases
    )


def test_detail_pane_instalments_add_up_to_the_loan_figures(
    built: tuple[AppContext, dict[str, object]],
) -> None:
    """What the officer sees for a loan: its instalment table and its totals agree, for
    every loan of the stored demo."""
    from desktop_app.services.case_detail import case_detail

    ctx, _ = built
    with ctx.read() as s:
        case_ids = list(s.scalars(select(Case.id)))
    part_paid = 0
    for case_id in case_ids:
        for loan in case_detail(ctx, case_id, TODAY).loans:
            rows, a = loan.instalments, loan.amounts
            overdue = [i for i in rows if i.due_date < TODAY]
            unpaid_p = sum(i.principal_due - i.principal_paid for i in overdue)
            assert unpaid_p == a.overdue_principal, loan.contract_no
            fallen_due = [i for i in rows if i.due_date <= TODAY]
            unpaid_i = sum(i.interest_due - i.interest_paid for i in fallen_due)
            assert unpaid_i == a.interest_due, loan.contract_no
            left = loan.principal - sum(i.principal_paid for i in rows)
            assert left == a.principal_outstanding, loan.contract_no
            part_paid += any(i.state == "overdue" and i.principal_paid for i in rows)
    assert part_paid, "some overdue instalment shows a part payment"


def test_existing_lender_profile_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "demo test passphrase")
    ctx = open_context(data_paths(tmp_path), create=True)
    ctx.clock = lambda: TODAY
    try:
        with ctx.unit() as s:
            s.add(Institution(legal_name="某某农村商业银行股份有限公司"))
            s.add(Officer(name="李娜", employee_no="E1001", is_local_user=True))
        summary = build_demo(ctx, 12, 3)
        with ctx.read() as s:
            assert s.scalars(select(Institution.legal_name)).all() == [
                "某某农村商业银行股份有限公司"
            ]
            assert s.scalar(select(func.count()).where(Officer.is_local_user)) == 1
            assert s.scalar(select(func.count()).select_from(Officer)) == 4
        assert summary["cases_in_database"] == 12
    finally:
        ctx.close()
