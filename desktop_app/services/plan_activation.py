"""Activating a signed restructure plan: its schedule replaces the loans' schedules.

What activation does (minimal, and reversible by hand from the snapshot):

1. The old state of every loan in the plan (principal, rate, maturity, method, every
   instalment) and of every guarantee period is saved in ``plan.terms["replaced"]``.
2. Each old instalment is cut down to what the payments actually paid on it (oldest
   first), so past payments stay where they were; unpaid remainders are dropped.
3. The plan's rows are appended as new instalments of the plan's main (largest) loan:
   principal as principal, interest plus carried-forward arrears as interest, after a
   zero row on the plan's start date (interest before it is in the acknowledged debt,
   so the accrual restarts there). The main
   loan's principal becomes what was paid so far plus the restructured principal; the
   other loans' principal becomes what was paid on them (their debt moved into the
   plan). Rate, maturity and method follow the plan.
4. Guarantee period ends take each guarantor's new period from the consents; the case is
   tagged ``restructured`` (AGR-CN-10) and its cached figures are refreshed.

Consequences: overdue figures from then on are computed against the plan's schedule;
penalty on the old arrears is no longer recomputed (it was capitalised, carried forward
or conditionally waived; reinstatement on default is not automated). Penalty history of
instalments that were paid late is recomputed on the cut-down amounts only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.portfolio import figures
from desktop_app.portfolio.case_math import payment_events
from local_db.models import Case, Guarantee, Instalment, Loan, RestructurePlan

__all__ = ["activate"]


def _paid(s: Session, case_id: int, loan_id: int, today: dt.date) -> tuple[int, int]:
    loans = figures.load_loans(s.connection(), [case_id]).get(case_id, [])
    data = next(loan for loan in loans if loan.id == loan_id)
    events, _ = payment_events(data)
    done = [e for e in events if e.received_on <= today]
    return sum(e.principal for e in done), sum(e.interest for e in done)


def _snapshot(loan: Loan) -> dict[str, Any]:
    return {
        "principal": loan.principal,
        "annual_rate": loan.annual_rate,
        "maturity_date": loan.maturity_date.isoformat(),
        "repayment_method": loan.repayment_method,
        "instalments": [
            [
                i.seq,
                i.due_date.isoformat(),
                i.principal_due,
                i.interest_due,
                i.principal_paid,
                i.interest_paid,
            ]
            for i in loan.instalments
        ],
        "guarantee_ends": {
            str(g.id): g.period_end.isoformat() if g.period_end else None for g in loan.guarantees
        },
    }


def _cut_down(loan: Loan, principal: int, interest: int) -> list[Instalment]:
    kept: list[Instalment] = []
    for inst in sorted(loan.instalments, key=lambda i: (i.due_date, i.seq)):
        p, i = min(principal, inst.principal_due), min(interest, inst.interest_due)
        principal, interest = principal - p, interest - i
        if p or i:
            kept.append(
                Instalment(
                    seq=len(kept) + 1,
                    due_date=inst.due_date,
                    principal_due=p,
                    interest_due=i,
                    principal_paid=p,
                    interest_paid=i,
                )
            )
    return kept


def activate(s: Session, plan: RestructurePlan, today: dt.date) -> None:
    loans = [s.get(Loan, i) for i in plan.loan_ids]
    chosen = [loan for loan in loans if loan is not None]
    main_id = int(plan.terms.get("main_loan_id", chosen[0].id))
    replaced: dict[str, Any] = {}
    for loan in chosen:
        replaced[str(loan.id)] = _snapshot(loan)
        paid_p, paid_i = _paid(s, plan.case_id, loan.id, today)
        kept = _cut_down(loan, paid_p, paid_i)
        loan.instalments.clear()
        s.flush()  # old rows go before new ones take their (loan, seq) numbers
        loan.principal = paid_p
        if loan.id == main_id:
            # a zero boundary row on the plan's start: interest accrues from there on
            # (what accrued before is part of the acknowledged debt)
            kept.append(
                Instalment(
                    seq=len(kept) + 1, due_date=plan.start_date, principal_due=0, interest_due=0
                )
            )
            for r in plan.rows:
                kept.append(
                    Instalment(
                        seq=len(kept) + 1,
                        due_date=r.due_date,
                        principal_due=r.principal,
                        interest_due=r.interest + r.arrears,
                    )
                )
            loan.principal = paid_p + plan.principal
            loan.annual_rate, loan.repayment_method = plan.annual_rate, plan.method
            loan.maturity_date = plan.rows[-1].due_date
        loan.instalments.extend(kept)
    ends = {c.party_id: c.new_period_end for c in plan.consents if c.new_period_end}
    for g in s.scalars(select(Guarantee).where(Guarantee.loan_id.in_(plan.loan_ids))):
        g.period_end = ends.get(g.guarantor_party_id, g.period_end)
    plan.terms = {**plan.terms, "replaced": replaced, "activated_on": today.isoformat()}
    case = s.get(Case, plan.case_id)
    if case is not None:
        case.restructured = True
    s.flush()
    figures.refresh(s.connection(), [plan.case_id], today)
