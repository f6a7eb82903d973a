"""The observation period of a case's active restructure plan (AGR-CN-10), from the store.

An instalment of the plan counts as paid as agreed when the payments received on the
plan's loans after the plan was activated, up to and including its due date, cover every
scheduled payment up to it (``PlanInstalment.payment``, cumulatively).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.observation import Observation, observe
from local_db.models import Payment, RestructurePlan


def case_observation(s: Session, case_id: int, today: dt.date) -> Observation | None:
    """None unless the case has an active plan."""
    plan = s.scalars(select(RestructurePlan).where(RestructurePlan.case_id == case_id,
                                                   RestructurePlan.status == "active")
                     .order_by(RestructurePlan.id.desc())).first()
    if plan is None:
        return None
    activated = dt.date.fromisoformat(str(plan.terms.get("activated_on",
                                                         plan.start_date.isoformat())))
    payments: list[tuple[dt.date, int]] = sorted(
        (day, int(amount)) for day, amount in s.execute(
            select(Payment.received_on, Payment.amount).where(
                Payment.loan_id.in_(plan.loan_ids), Payment.received_on > activated)))
    dues: list[tuple[dt.date, bool]] = []
    owed = 0
    for row in sorted(plan.rows, key=lambda r: (r.due_date, r.period)):
        owed += row.payment
        paid = sum(amount for day, amount in payments if day <= row.due_date)
        dues.append((row.due_date, paid >= owed))
    return observe(dues, today)
