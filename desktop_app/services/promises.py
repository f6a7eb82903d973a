"""Promises to pay: record with configured limits, evaluate against incoming payments.

Evaluation rule (limits and grace from ``resources/compliance/promises.toml``): for each
open promise, payments on the case's loans received from ``promised_on`` to
``due_date + grace`` count towards it. Once the grace period has passed the promise is
kept (paid >= amount), partial (paid > 0) or broken (nothing paid); before that it is
kept early as soon as the payments reach the amount. Every status change appends a
``promise`` activity to the timeline and the case's figures are refreshed, so a broken
promise raises the priority and shows in the worklist's "broken" view.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.domain.money import decimal_to_fen, format_fen
from desktop_app.portfolio import figures
from desktop_app.services import outcomes
from local_db import audit_chain
from local_db.models import Activity, Case, Loan, Payment, PromiseToPay
from local_db.types import new_uuid, utcnow

OPEN = "open"


class PromiseError(ValueError):
    """A promise breaks a configured limit; ``field`` names the offending input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class PromiseLimits:
    max_days_ahead: int
    min_amount: int  # fen
    grace_days: int


@dataclass(frozen=True)
class StatusChange:
    promise_id: int
    case_id: int
    status: str
    paid_amount: int


@cache
def limits() -> PromiseLimits:
    path = resources.files("resources").joinpath("compliance", "promises.toml")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))["promises"]
    return PromiseLimits(
        max_days_ahead=int(raw["max_days_ahead"]),
        min_amount=decimal_to_fen(Decimal(str(raw["min_amount"]))),
        grace_days=int(raw["grace_days"]),
    )


def validate(amount: int, due_date: dt.date, today: dt.date, total_owed: int) -> None:
    """Raise PromiseError unless the promise fits the configured limits."""
    lim = limits()
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise PromiseError("amount", "must be whole fen (int)")
    if amount < lim.min_amount:
        raise PromiseError("amount", f"at least {format_fen(lim.min_amount)}")
    if amount > total_owed:
        raise PromiseError("amount", f"more than the total owed {format_fen(total_owed)}")
    if due_date < today:
        raise PromiseError("due_date", "must not be in the past")
    if due_date > today + dt.timedelta(days=lim.max_days_ahead):
        raise PromiseError("due_date", f"at most {lim.max_days_ahead} days ahead")


def add_promise(
    s: Session,
    case: Case,
    amount: int,
    due_date: dt.date,
    today: dt.date,
    party_id: int | None,
    activity_id: int | None,
) -> PromiseToPay:
    """Validate and add a promise inside an open unit of work (the ORM audits it)."""
    validate(amount, due_date, today, case.fig_outstanding)
    promise = PromiseToPay(
        case_id=case.id,
        party_id=party_id,
        activity_id=activity_id,
        amount=amount,
        currency=case.currency,
        promised_on=today,
        due_date=due_date,
    )
    s.add(promise)
    s.flush()
    return promise


def record_promise(
    ctx: AppContext,
    case_id: int,
    amount: int,
    due_date: dt.date,
    party_id: int | None = None,
    activity_id: int | None = None,
) -> int:
    """Record a promise by hand (or for an existing activity); returns its id."""
    today = ctx.clock()
    with ctx.unit(reason="promise to pay") as s:
        case = s.get(Case, case_id)
        if case is None:
            raise PromiseError("case_id", f"no case with id {case_id}")
        promise = add_promise(s, case, amount, due_date, today, party_id, activity_id)
        if activity_id is None:
            s.add(
                Activity(
                    case_id=case_id,
                    party_id=party_id,
                    kind="promise",
                    occurred_at=utcnow(),
                    outcome=outcomes.PROMISE_MADE,
                    notes=f"承诺还款 {format_fen(amount)}，{due_date.isoformat()} 前",
                    answers={
                        "promise_id": promise.id,
                        "amount": amount,
                        "due_date": due_date.isoformat(),
                    },
                )
            )
        figures.refresh(s.connection(), [case_id], today)
        return promise.id


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _paid(conn: Connection, case_id: int, start: dt.date, end: dt.date) -> int:
    total = conn.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0))
        .join(Loan, Loan.id == Payment.loan_id)
        .where(Loan.case_id == case_id, Payment.received_on >= start, Payment.received_on <= end)
    )
    return int(total or 0)


def _status(amount: int, paid: int, due: dt.date, today: dt.date, grace: int) -> str:
    if paid >= amount:
        return "kept"
    if due + dt.timedelta(days=grace) >= today:
        return OPEN
    return "partial" if paid > 0 else "broken"


def evaluate(
    conn_or_session: Connection | Session,
    case_ids: Iterable[int],
    today: dt.date,
    grace_days: int | None = None,
) -> list[StatusChange]:
    """Move open promises of ``case_ids`` to kept / partial / broken; returns the changes.

    Works inside the caller's transaction (the import writer's, or a unit of work). With a
    Session, one audit event summarises the changes (the rows are written in bulk).
    """
    session = conn_or_session if isinstance(conn_or_session, Session) else None
    conn = session.connection() if session is not None else conn_or_session
    assert isinstance(conn, Connection)
    grace = limits().grace_days if grace_days is None else grace_days
    ids = sorted(set(case_ids))
    changes: list[StatusChange] = []
    for start in range(0, len(ids), 900):
        changes += _evaluate_chunk(conn, ids[start : start + 900], today, grace)
    if changes:
        _write(conn, changes, today)
        figures.refresh(conn, sorted({c.case_id for c in changes}), today)
        if session is not None:
            audit_chain.append(
                session,
                actor=str(session.info.get("actor", "system")),
                action="evaluate",
                entity="promises",
                entity_id=today.isoformat(),
                changes={str(c.promise_id): [c.status, c.paid_amount] for c in changes},
                reason="promise evaluation",
            )
    return changes


def _evaluate_chunk(
    conn: Connection, case_ids: Sequence[int], today: dt.date, grace: int
) -> list[StatusChange]:
    rows = conn.execute(
        select(
            PromiseToPay.id,
            PromiseToPay.case_id,
            PromiseToPay.amount,
            PromiseToPay.promised_on,
            PromiseToPay.due_date,
        )
        .where(PromiseToPay.case_id.in_(case_ids), PromiseToPay.status == OPEN)
        .order_by(PromiseToPay.id)
    ).all()
    out: list[StatusChange] = []
    for pid, case_id, amount, promised_on, due in rows:
        end = min(due + dt.timedelta(days=grace), today)
        paid = _paid(conn, case_id, promised_on, end)
        status = _status(amount, paid, due, today, grace)
        if status != OPEN:
            out.append(
                StatusChange(pid, case_id, status, min(paid, amount) if status == "kept" else paid)
            )
    return out


def _write(conn: Connection, changes: Sequence[StatusChange], today: dt.date) -> None:
    promises, activities = _table(PromiseToPay), _table(Activity)
    now = utcnow()
    info = {
        r[0]: r[1:]
        for r in conn.execute(
            select(
                PromiseToPay.id, PromiseToPay.party_id, PromiseToPay.amount, PromiseToPay.due_date
            ).where(PromiseToPay.id.in_([c.promise_id for c in changes]))
        )
    }
    for c in changes:
        conn.execute(
            update(promises)
            .where(promises.c.id == c.promise_id)
            .values(status=c.status, paid_amount=c.paid_amount, evaluated_on=today, updated_at=now)
        )
        party_id, amount, due = info[c.promise_id]
        conn.execute(
            insert(activities).values(
                uuid=new_uuid(),
                created_at=now,
                updated_at=now,
                case_id=c.case_id,
                party_id=party_id,
                kind="promise",
                occurred_at=now,
                outcome=c.status,
                notes=(
                    f"承诺 {format_fen(amount)}（{due.isoformat()} 到期）：已还 "
                    f"{format_fen(c.paid_amount)}"
                ),
                answers={
                    "promise_id": c.promise_id,
                    "amount": amount,
                    "paid": c.paid_amount,
                    "due_date": due.isoformat(),
                },
                path=[],
                verdict={},
            )
        )


def evaluate_all(ctx: AppContext) -> list[StatusChange]:
    """Evaluate every case with an open promise (app start, ``promises evaluate``)."""
    today = ctx.clock()
    with ctx.unit(reason="promise evaluation") as s:
        ids = list(
            s.scalars(select(PromiseToPay.case_id).where(PromiseToPay.status == OPEN).distinct())
        )
        return evaluate(s, ids, today)
