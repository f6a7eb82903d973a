"""The fast paths give exactly what the slow references give, to the fen.

``accrual.Replay`` (one pass per loan) against ``balance_as_of``/``daily_penalty`` rebuilt
from the whole ledger; ``case_math.payment_events``/``replay_loan`` against the
per-payment replay ``payment_events_reference`` and ``loan_figures``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import accrual
from desktop_app.domain.accrual import LoanTerms, PaymentEvent
from desktop_app.domain.allocation import DEFAULT_ORDER
from desktop_app.domain.overdue import InstalmentState
from desktop_app.portfolio.case_math import (
    LoanData,
    PaymentIn,
    loan_figures,
    payment_events,
    payment_events_reference,
    replay_loan,
)

START = date(2023, 11, 15)
DAY_COUNTS = ("ACT/360", "ACT/365", "30/360")


@st.composite
def schedules(draw: st.DrawFn) -> tuple[LoanTerms, list[InstalmentState]]:
    n = draw(st.integers(0, 8))
    gaps = draw(st.lists(st.integers(0, 95), min_size=n, max_size=n))  # 0: same due date
    parts = draw(st.lists(st.integers(0, 10**9), min_size=n, max_size=n))
    interest = draw(st.lists(st.integers(0, 10**7), min_size=n, max_size=n))
    dues = [START + timedelta(days=1 + sum(gaps[: k + 1])) for k in range(n)]
    start = draw(
        st.one_of(
            st.none(),
            st.just(START),
            st.dates(START - timedelta(days=40), START + timedelta(days=40)),
        )
    )
    terms = LoanTerms(
        principal=sum(parts),
        annual_rate=draw(st.decimals(Decimal(0), Decimal("0.2"), places=4)),
        penalty_markup=draw(st.sampled_from([Decimal("0.3"), Decimal("0.5"), Decimal(0)])),
        compound_enabled=draw(st.booleans()),
        day_count=draw(st.sampled_from(DAY_COUNTS)),
        start_date=start,
    )
    schedule = [InstalmentState(k + 1, dues[k], parts[k], interest[k]) for k in range(n)]
    return terms, draw(st.permutations(schedule))


days = st.dates(START - timedelta(days=30), START + timedelta(days=1000))
events = st.lists(st.builds(PaymentEvent, days, *[st.integers(0, 10**8)] * 5), max_size=8).map(
    lambda evs: sorted(evs, key=lambda e: e.received_on)
)


def _outcome(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except accrual.AccrualError as exc:
        return ("AccrualError", str(exc))


@settings(max_examples=300, deadline=None)
@given(
    schedules(),
    events,
    st.lists(st.integers(0, 400), min_size=1, max_size=3),
    st.integers(0, 10**6),
)
def test_replay_equals_ledger_rebuilt_for_every_day(
    loan: tuple[LoanTerms, list[InstalmentState]],
    evs: list[PaymentEvent],
    lags: list[int],
    costs: int,
) -> None:
    terms, schedule = loan
    replay = accrual.Replay(terms, schedule)
    added: list[PaymentEvent] = []
    for ev in [*evs, None]:
        last = added[-1].received_on if added else START - timedelta(days=30)
        for lag in lags:
            day = last + timedelta(days=lag)
            assert _outcome(replay.balance, day, costs) == _outcome(
                accrual.balance_as_of, terms, schedule, added, day, costs
            )
            assert _outcome(replay.daily, day) == _outcome(
                accrual.daily_penalty, terms, schedule, added, day
            )
            assert _outcome(accrual.balance_and_daily, terms, schedule, added, day, costs) == (
                _outcome(_both, terms, schedule, list(added), day, costs)
            )
        if ev is not None:
            replay.add(ev)
            added.append(ev)


def _both(
    terms: LoanTerms,
    schedule: list[InstalmentState],
    added: list[PaymentEvent],
    day: date,
    costs: int,
) -> Any:
    return (
        accrual.balance_as_of(terms, schedule, added, day, costs),
        accrual.daily_penalty(terms, schedule, added, day),
    )


@st.composite
def loans(draw: st.DrawFn) -> LoanData:
    terms, schedule = draw(schedules())
    on_time = draw(st.booleans())  # start with payments settling instalments on the due date
    payments = []
    ordered = sorted(schedule, key=lambda i: (i.due_date, i.seq))
    if on_time:
        for inst in ordered[: draw(st.integers(0, len(ordered)))]:
            payments.append((inst.due_date, inst.principal_due + inst.interest_due))
    payments += draw(st.lists(st.tuples(days, st.integers(0, 3 * 10**8)), max_size=6))
    stored = draw(st.lists(st.booleans(), min_size=len(payments), max_size=len(payments)))
    ids = draw(st.permutations(range(1, len(payments) + 1)))
    ins = []
    for pid, (when, amount), keep in zip(ids, payments, stored, strict=True):
        parts = {"interest": amount // 3, "principal": amount - amount // 3} if keep else {}
        ins.append(PaymentIn(pid, when, amount, parts))
    order = draw(st.one_of(st.just(DEFAULT_ORDER), st.permutations(DEFAULT_ORDER)))
    return LoanData(
        1, "HT-1", terms, tuple(order), schedule, ins, [("G-1", START + timedelta(days=300))]
    )


@settings(max_examples=300, deadline=None)
@given(loans(), days, st.lists(days, max_size=2))
def test_one_pass_allocations_and_figures_equal_the_per_payment_replay(
    loan: LoanData, today: dt.date, interruptions: list[dt.date]
) -> None:
    reference = _outcome(payment_events_reference, loan)
    assert _outcome(payment_events, loan) == reference
    fast = _outcome(replay_loan, loan, interruptions, today)
    if _failed(reference):
        assert _failed(fast)
        return
    ref_events, ref_fresh = reference
    slow_figures = _outcome(loan_figures, loan, ref_events, interruptions, today)
    if _failed(slow_figures):
        assert fast == slow_figures
        return
    assert fast == (ref_events, ref_fresh, slow_figures)
    assert slow_figures.balance == accrual.balance_as_of(
        loan.terms, loan.instalments, ref_events, today
    )
    assert slow_figures.daily == accrual.daily_penalty(
        loan.terms, loan.instalments, ref_events, today
    )


def _failed(outcome: Any) -> bool:
    return isinstance(outcome, tuple) and len(outcome) == 2 and outcome[0] == "AccrualError"


# ---- the generator's allocations and the writer's bulk path --------------------------------

TODAY = dt.date(2026, 11, 28)
COLUMNS_THAT_DIFFER = {"uuid", "created_at", "updated_at"}


def _loan_data(p: Any, contract: str) -> LoanData:
    from desktop_app.demo.loans import ALLOCATION_ORDER
    from desktop_app.portfolio.case_math import terms_of

    loan = next(x for x in p.loans if x.contract_no == contract)
    pays = [x for x in p.payments if x.contract_no == contract]
    return LoanData(
        0,
        contract,
        terms_of(
            loan.principal,
            str(loan.annual_rate),
            str(loan.penalty_markup),
            loan.compound_enabled,
            loan.day_count,
            loan.drawdown_date,
        ),
        ALLOCATION_ORDER,
        [
            InstalmentState(i.seq, i.due_date, i.principal_due, i.interest_due)
            for i in p.instalments
            if i.contract_no == contract
        ],
        [PaymentIn(k, x.received_on, x.amount, {}) for k, x in enumerate(pays)],
    )


def test_generator_allocations_equal_the_per_payment_replay() -> None:
    from desktop_app.demo.generate import generate

    p = generate(120, 5, TODAY)
    assert p.payments and all(x.allocation for x in p.payments)
    for loan in p.loans:
        _, fresh = payment_events_reference(_loan_data(p, loan.contract_no))
        pays = [x for x in p.payments if x.contract_no == loan.contract_no]
        assert [dict(x.allocation) for x in pays] == [fresh[k] for k in range(len(pays))]


def _dump(ctx: Any) -> dict[str, list[tuple[Any, ...]]]:
    from sqlalchemy import text

    out = {}
    with ctx.read() as s:
        tables = [
            r[0]
            for r in s.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                    "AND name NOT LIKE 'case_search%' AND name NOT IN ('audit_events', "
                    "'alembic_version')"
                )
            )
        ]
        for name in tables:
            result = s.execute(text(f"SELECT * FROM {name} ORDER BY rowid"))
            keep = [i for i, c in enumerate(result.keys()) if c not in COLUMNS_THAT_DIFFER]
            out[name] = [tuple(row[i] for i in keep) for row in result]
        out["case_search"] = list(
            s.execute(text("SELECT rowid, body FROM case_search ORDER BY rowid"))
        )
    return out


def test_bulk_write_stores_what_the_upsert_path_stores(tmp_path: Any, app_env: None) -> None:
    """Same rows, same ids, same figures; then rewriting changes nothing, both ways."""
    from desktop_app.context import open_context
    from desktop_app.demo.generate import generate
    from desktop_app.demo.run import ensure_profile
    from desktop_app.paths import data_paths
    from desktop_app.portfolio.records import Portfolio
    from desktop_app.portfolio.writer import write_portfolio

    demo = generate(60, 3, TODAY)
    # an importer-like portfolio too: no allocations known, the store replays the loans
    plain = Portfolio(**{n: list(getattr(demo, n)) for n in demo.__dataclass_fields__})
    plain.payments = [replace(x, allocation=()) for x in demo.payments]
    dumps = []
    for bulk in (True, False):
        ctx = open_context(data_paths(tmp_path / f"bulk-{bulk}"), create=True)
        ctx.clock = lambda: TODAY
        try:
            ensure_profile(ctx)
            half = generate(30, 3, TODAY)  # the first 30 of the 60 cases
            half.payments = [replace(x, allocation=()) for x in half.payments]
            first = write_portfolio(ctx, half, source="t", bulk=bulk)
            second = write_portfolio(ctx, plain, source="t", bulk=bulk)  # new and existing
            again = write_portfolio(
                ctx, plain, source="t", bulk=bulk, history_for_new_cases_only=True
            )
            assert again.total_changed == 0
            dumps.append((_dump(ctx), first.changed, second.changed))
        finally:
            ctx.close()
    assert dumps[0] == dumps[1]
    payments = dumps[0][0]["payments"]
    assert payments and all(row[5] and row[5] != "{}" for row in payments)
    by_ref = {x.reference: dict(x.allocation) for x in demo.payments}
    import json

    assert {row[4]: json.loads(row[5]) for row in payments} == by_ref


def test_bulk_uuids_are_unique_increasing_version_7() -> None:
    import uuid

    from desktop_app.portfolio.bulk_rows import bulk_uuids

    first, second = bulk_uuids(10_000), bulk_uuids(3)
    values = [uuid.UUID(u) for u in first + second]
    assert all(v.version == 7 and v.variant == uuid.RFC_4122 for v in values)
    assert [str(v) for v in values] == first + second
    assert first + second == sorted(set(first + second))


def test_demo_refuses_a_store_with_cases_unless_adding(tmp_path: Any, app_env: None) -> None:
    import pytest
    from sqlalchemy import func, select

    from desktop_app.context import open_context
    from desktop_app.demo.run import DemoError, build_demo
    from desktop_app.paths import data_paths
    from local_db.models import Activity, PromiseToPay

    ctx = open_context(data_paths(tmp_path), create=True)
    ctx.clock = lambda: TODAY
    try:
        build_demo(ctx, 30, 2)

        def counts() -> tuple[int | None, int | None]:
            with ctx.read() as s:
                return (
                    s.scalar(select(func.count()).select_from(PromiseToPay)),
                    s.scalar(select(func.count()).select_from(Activity)),
                )

        before = counts()
        with pytest.raises(DemoError, match="already has 30 cases"):
            build_demo(ctx, 30, 2)
        again = build_demo(ctx, 30, 2, add=True)
        assert counts() == before and again["cases_in_database"] == 30
        assert again["changed"]["promises"] == again["changed"]["activities"] == 0
    finally:
        ctx.close()


def test_demo_blocks_from_worker_processes_equal_the_serial_draw(monkeypatch: Any) -> None:
    from desktop_app.demo import generate
    from desktop_app.demo.run import _blocks

    monkeypatch.setattr(generate, "BLOCK", 7)
    serial = list(generate.blocks(20, 4, TODAY))
    assert list(_blocks(20, 4, TODAY, 1, None)) == serial


def _reference_demo(ctx: Any, cases: int, seed: int) -> None:
    """The demo as the writer stores it, block by block (the path before the fresh load)."""
    from desktop_app.demo import generate
    from desktop_app.demo.run import ensure_profile
    from desktop_app.portfolio.writer import write_portfolio

    ensure_profile(ctx)
    for block in generate.blocks(cases, seed, ctx.clock()):
        write_portfolio(ctx, block, source=f"demo seed {seed}", history_for_new_cases_only=True)


def test_fresh_demo_load_stores_what_the_writer_stores(
    tmp_path: Any, app_env: None, monkeypatch: Any
) -> None:
    """Same rows and ids in every table, same figures, same search index, same indexes:
    in worker processes and in-process, with guarantee firms shared across blocks."""
    from sqlalchemy import text

    from desktop_app.context import open_context
    from desktop_app.demo import generate
    from desktop_app.demo.run import build_demo
    from desktop_app.paths import data_paths

    monkeypatch.setattr(generate, "BLOCK", 9)
    dumps = []
    schemas = []
    for name, workers in (("reference", None), ("pool", 1), ("serial", 0)):
        ctx = open_context(data_paths(tmp_path / name), create=True)
        ctx.clock = lambda: TODAY
        try:
            if name == "reference":
                _reference_demo(ctx, 40, 6)
            else:
                summary = build_demo(ctx, 40, 6, workers=workers)
                assert summary["cases_in_database"] == 40
            dumps.append(_dump(ctx))
            with ctx.read() as s:
                schemas.append(
                    sorted(s.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master")))
                )
        finally:
            ctx.close()
    assert dumps[0]["cases"] and dumps[0]["case_search"]
    firms = {f.key.split(":")[1] for f in generate.shared_parties(6)}
    shared = [row for row in dumps[0]["parties"] if row[4] in firms]
    assert shared, "some guarantee firms appear"
    for other in dumps[1:]:
        assert other.keys() == dumps[0].keys()
        for table in dumps[0]:
            assert other[table] == dumps[0][table], table
    assert schemas[1] == schemas[0] and schemas[2] == schemas[0]


def test_fresh_demo_is_all_or_nothing(tmp_path: Any, app_env: None, monkeypatch: Any) -> None:
    import pytest
    from sqlalchemy import func, select, text

    from desktop_app.context import open_context
    from desktop_app.demo import generate
    from desktop_app.demo.run import build_demo
    from desktop_app.paths import data_paths
    from desktop_app.portfolio.writer import Cancelled
    from local_db.models import Case, Party

    monkeypatch.setattr(generate, "BLOCK", 5)
    ctx = open_context(data_paths(tmp_path), create=True)
    ctx.clock = lambda: TODAY
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    def indexes() -> list[str]:
        with ctx.read() as s:
            return sorted(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))

    def foreign_keys() -> set[int]:
        """The setting on every pooled connection (checked out all at once)."""
        conns = [ctx.db.engine.connect() for _ in range(6)]
        try:
            return {c.exec_driver_sql("PRAGMA foreign_keys").scalar_one() for c in conns}
        finally:
            for c in conns:
                c.close()

    try:
        before = indexes()
        with pytest.raises(Cancelled):
            build_demo(ctx, 20, 2, workers=0, cancelled=cancel)
        with ctx.read() as s:
            assert s.scalar(select(func.count()).select_from(Case)) == 0
            assert s.scalar(select(func.count()).select_from(Party)) == 0
        assert indexes() == before  # dropped for the load, and back with the rollback
        assert foreign_keys() == {1}
        assert build_demo(ctx, 20, 2, workers=0)["cases_in_database"] == 20
        assert indexes() == before and foreign_keys() == {1}
    finally:
        ctx.close()


def test_fresh_demo_loads_without_the_wal_and_leaves_the_store_in_wal(
    tmp_path: Any, app_env: None, monkeypatch: Any
) -> None:
    """As the store's one connection the load switches to a rollback journal (and back to
    WAL after, cancelled or not); with another connection open it stays in WAL, and an
    interactive caller (progress or cancel callbacks) does not ask for it."""
    import pytest

    from desktop_app.context import open_context
    from desktop_app.demo import generate
    from desktop_app.demo.run import build_demo
    from desktop_app.paths import data_paths
    from desktop_app.portfolio.writer import Cancelled
    from local_db import bulk

    monkeypatch.setattr(generate, "BLOCK", 5)
    switched: list[bool] = []
    real = bulk.rollback_journal

    def spy(conn: Any) -> bool:
        switched.append(real(conn))
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == (
            "delete" if switched[-1] else "wal"
        )
        return switched[-1]

    monkeypatch.setattr(bulk, "rollback_journal", spy)

    def state(ctx: Any) -> tuple[str, list[Any]]:
        with ctx.db.engine.connect() as c:
            mode = c.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            config = c.exec_driver_sql("SELECT k, v FROM case_search_config").all()
        return mode, sorted(config)

    ctx = open_context(data_paths(tmp_path / "alone"), create=True)
    ctx.clock = lambda: TODAY
    try:
        before = state(ctx)
        with pytest.raises(Cancelled):
            build_demo(ctx, 20, 2, workers=0, cancelled=lambda: len(switched) > 0, exclusive=True)
        assert switched == [True] and state(ctx) == before
        build_demo(ctx, 20, 2, workers=0)  # the command line's call
        assert switched == [True, True] and state(ctx) == before == ("wal", [("version", 4)])
        with ctx.db.engine.connect() as c:  # the search index, filled block by block
            c.exec_driver_sql("INSERT INTO case_search (case_search) VALUES ('integrity-check')")
            body = c.exec_driver_sql("SELECT body FROM case_search WHERE rowid = 7").scalar_one()
            word = body.split()[0]
            hits = c.exec_driver_sql(
                "SELECT rowid FROM case_search WHERE case_search MATCH ?", (f'"{word}"',)
            ).scalars()
            assert 7 in set(hits)
    finally:
        ctx.close()
    assert not (tmp_path / "alone" / "collection-desk.db-journal").exists()
    ctx = open_context(data_paths(tmp_path / "window"), create=True)
    ctx.clock = lambda: TODAY
    try:  # an interactive caller: the window reads the store meanwhile
        build_demo(ctx, 20, 2, workers=0, progress=lambda done, total: None)
        assert switched == [True, True] and state(ctx)[0] == "wal"
    finally:
        ctx.close()
    ctx = open_context(data_paths(tmp_path / "shared"), create=True)
    ctx.clock = lambda: TODAY
    other = ctx.db.engine.connect()  # another connection open
    try:
        other.exec_driver_sql("SELECT count(*) FROM cases").all()
        assert build_demo(ctx, 20, 2, workers=0)["cases_in_database"] == 20
        assert switched[-1] is False and state(ctx)[0] == "wal"
    finally:
        other.close()
        ctx.close()


# ---- the plain replay (the demo generator's) -----------------------------------------------


@settings(max_examples=400, deadline=None)
@given(loans(), days, st.lists(days, max_size=2))
def test_plain_replay_equals_the_replay_and_the_per_payment_reference(
    loan: LoanData, today: dt.date, interruptions: list[dt.date]
) -> None:
    from desktop_app.portfolio.plain_replay import replay_loan_plain

    reference = _outcome(payment_events_reference, loan)
    plain = _outcome(replay_loan_plain, loan, interruptions, today)
    assert plain == _outcome(replay_loan, loan, interruptions, today)
    if not _failed(reference) and not _failed(plain):
        assert plain[:2] == reference


@st.composite
def demo_like_loans(draw: st.DrawFn) -> LoanData:
    """Monthly schedules paid as the demo pays them: on the due date, a few days late with
    a little extra, then a default with perhaps a part payment and small later ones."""
    from desktop_app.demo.loans import METHODS, RATES
    from desktop_app.domain.schedule import add_months, build_schedule

    months = draw(st.integers(1, 14))
    start = draw(st.dates(date(2019, 1, 1), date(2025, 12, 28)).filter(lambda d: d.day <= 28))
    rate = draw(st.sampled_from(RATES))
    principal = draw(st.integers(1, 3000)) * 1_000_000
    rows = build_schedule(principal, rate, months, draw(st.sampled_from(METHODS)), start)
    schedule = [
        InstalmentState(k + 1, add_months(start, k + 1), r.principal, r.interest)
        for k, r in enumerate(rows)
    ]
    unpaid = draw(st.integers(1, months + 1))
    pays: list[tuple[date, int]] = []
    for inst in schedule[: unpaid - 1]:
        late = draw(st.sampled_from([0, 0, 0, 1, 2, 6]))
        extra = draw(st.integers(0, 200_000)) if late else draw(st.sampled_from([0, 0, 1, -1]))
        amount = max(0, inst.principal_due + inst.interest_due + extra)
        pays.append((inst.due_date + timedelta(days=late), amount))
    if unpaid <= months:
        due = schedule[unpaid - 1].due_date
        for _ in range(draw(st.integers(0, 3))):
            pays.append(
                (due + timedelta(days=draw(st.integers(0, 400))), draw(st.integers(0, 10**7)))
            )
    terms = LoanTerms(
        principal=principal,
        annual_rate=rate,
        penalty_markup=draw(st.sampled_from([Decimal("0.5"), Decimal("0.3")])),
        compound_enabled=draw(st.booleans()),
        day_count=draw(st.sampled_from(DAY_COUNTS)),
        start_date=start,
    )
    ins = [PaymentIn(k, when, amount, {}) for k, (when, amount) in enumerate(pays)]
    return LoanData(1, "HT-1", terms, DEFAULT_ORDER, schedule, ins, [("G-1", START)])


@settings(max_examples=300, deadline=None)
@given(demo_like_loans(), st.dates(date(2019, 1, 1), date(2028, 1, 1)))
def test_plain_replay_equals_the_reference_on_demo_like_payments(
    loan: LoanData, today: dt.date
) -> None:
    from desktop_app.portfolio.plain_replay import PlainReplay, replay_loan_plain

    schedule = [(i.seq, i.due_date, i.principal_due, i.interest_due) for i in loan.instalments]
    PlainReplay(loan.terms, loan.order, schedule)  # handled by the plain replay: no fallback
    plain = replay_loan_plain(loan, [], today)
    assert plain == replay_loan(loan, [], today)
    assert plain[:2] == payment_events_reference(loan)


def test_generator_figures_equal_the_replay() -> None:
    """The figures the generator hands to the fresh load are the replay's, loan by loan."""
    from desktop_app.demo.generate import block_and_figures

    p, known = block_and_figures(200, 5, TODAY, 0, 200)
    assert set(known) == {loan.contract_no for loan in p.loans}
    for loan in p.loans:
        _, fresh, figures = replay_loan(_loan_data(p, loan.contract_no), [], TODAY)
        assert replace(known[loan.contract_no], loan_id=0) == figures
        pays = [x for x in p.payments if x.contract_no == loan.contract_no]
        assert [dict(x.allocation) for x in pays] == [fresh[k] for k in range(len(pays))]
