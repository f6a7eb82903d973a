"""Restructure plans for a case: propose, view, consents, status (draft → active).

``propose_plan`` restructures the case's whole debt as of today (every owed component of
the chosen loans' balances, including interest accrued but not yet due) with
:func:`desktop_app.domain.restructure.plan`, which reconciles to the fen. The comparison
sets the new plan against the acknowledged debt demanded in full today, discounted at
the new plan's rate. Activation is in :mod:`plan_activation`.

One plan of a case is under way at a time (AGR-CN-11): no plan moves to proposed, signed
or active while another plan of the case is proposed, signed or active. Drafts may stand
beside it; :func:`propose_with_agreement` leaves none behind when its agreement is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar, cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.compliance import details
from desktop_app.context import AppContext
from desktop_app.documents.agreement import build_agreement
from desktop_app.documents.checks import DocumentRefused
from desktop_app.documents.letter_data import Language
from desktop_app.domain import restructure
from desktop_app.domain.restructure import (
    Comparison,
    OverdueAmounts,
    PlanRow,
    PlanTotals,
    RestructureError,
    RestructureTerms,
)
from desktop_app.domain.schedule import Method
from desktop_app.portfolio import figures
from desktop_app.services.editing import Changes
from desktop_app.services.letters import GeneratedDocument
from desktop_app.services.plan_activation import activate
from desktop_app.services.restructure_agreement import agreement_data, generate_agreement
from local_db.models import (
    Case,
    Collateral,
    Guarantee,
    GuarantorConsent,
    Loan,
    Party,
    PlanInstalment,
    RestructurePlan,
)

__all__ = [
    "ConsentView",
    "PlanError",
    "PlanView",
    "RestructureError",
    "agreement_data",
    "generate_agreement",
    "plan_view",
    "propose_plan",
    "draft_agreement",
    "propose_with_agreement",
    "record_consent",
    "set_status",
]

STRUCTURES = ("restructure", "extension", "refinance")
TRANSITIONS = {
    "draft": ("proposed", "cancelled"),
    "proposed": ("draft", "signed", "cancelled"),
    "signed": ("active",),
    "active": (),
    "cancelled": (),
}
UNDER_WAY = ("proposed", "signed", "active")
_Made = TypeVar("_Made")


class PlanError(ValueError):
    """The plan cannot be created or moved on; the message says why (rule id first)."""


@dataclass(frozen=True)
class ConsentView:
    party_id: int
    name: str
    role: str  # guarantor | mortgagor | pledgor
    kind: str  # natural | entity
    consented: bool
    resolution_attached: bool
    new_period_end: dt.date | None


@dataclass(frozen=True)
class PlanView:
    id: int
    case_id: int
    status: str
    structure: str
    method: str
    months: int
    grace_months: int
    annual_rate: Decimal
    start: dt.date
    treatment: str
    rows: tuple[PlanRow, ...]
    totals: PlanTotals
    acknowledged: dict[str, int]  # principal interest penalty compound costs total
    restructured_principal: int
    conditionally_waived: int
    comparison: Comparison
    consents: tuple[ConsentView, ...]
    loan_ids: tuple[int, ...]
    signed_on: dt.date | None
    agreement_no: str


def _plan(s: Session, plan_id: int) -> RestructurePlan:
    plan = s.get(RestructurePlan, plan_id)
    if plan is None:
        raise LookupError(f"No restructure plan with id {plan_id}.")
    return plan


def _view(s: Session, plan: RestructurePlan) -> PlanView:
    rows = tuple(
        PlanRow(r.period, r.due_date, r.principal, r.interest, r.arrears, r.payment, r.remaining)
        for r in plan.rows
    )
    ack = dict(plan.acknowledged)
    rate = Decimal(plan.annual_rate)
    consents = []
    for c in plan.consents:
        party = s.get(Party, c.party_id)
        consents.append(
            ConsentView(
                c.party_id,
                party.name if party else "",
                c.role,
                party.kind if party else "",
                c.consented,
                c.resolution_attached,
                c.new_period_end,
            )
        )
    ref = dt.date.fromisoformat(str(plan.terms.get("reference_date", plan.start_date)))
    return PlanView(
        id=plan.id,
        case_id=plan.case_id,
        status=plan.status,
        structure=plan.structure,
        method=plan.method,
        months=plan.months,
        grace_months=plan.grace_months,
        annual_rate=rate,
        start=plan.start_date,
        treatment=plan.arrears_treatment,
        rows=rows,
        totals=PlanTotals(
            sum(r.principal for r in rows),
            sum(r.interest for r in rows),
            sum(r.arrears for r in rows),
            sum(r.payment for r in rows),
        ),
        acknowledged=ack,
        restructured_principal=plan.principal,
        conditionally_waived=plan.waived_conditionally,
        comparison=restructure.compare(ack.get("total", 0), rows, rate, ref),
        consents=tuple(consents),
        loan_ids=tuple(plan.loan_ids),
        signed_on=plan.signed_on,
        agreement_no=plan.agreement_no,
    )


def plan_view(ctx: AppContext, plan_id: int) -> PlanView:
    with ctx.read() as s:
        return _view(s, _plan(s, plan_id))


def _amounts(s: Session, case_id: int, loan_ids: list[int], today: dt.date) -> OverdueAmounts:
    _, per_case, _ = figures.compute(s.connection(), [case_id], today)
    b = [f.balance for f in per_case.get(case_id, []) if f.loan_id in loan_ids]
    return OverdueAmounts(
        principal=sum(x.principal_outstanding for x in b),
        interest=sum(x.interest_due + x.accrued_interest for x in b),
        penalty=sum(x.penalty_interest for x in b),
        compound=sum(x.compound_interest for x in b),
        costs=sum(x.costs for x in b),
    )


def _security_parties(s: Session, case: Case, loan_ids: list[int]) -> list[tuple[int, str]]:
    """(party id, role) of every guarantor, mortgagor and pledgor other than the borrower."""
    found: list[tuple[int, str]] = []
    for pid in s.scalars(
        select(Guarantee.guarantor_party_id)
        .where(Guarantee.loan_id.in_(loan_ids))
        .order_by(Guarantee.id)
    ):
        found.append((pid, "guarantor"))
    for owner, kind in s.execute(
        select(Collateral.owner_party_id, Collateral.kind)
        .where(Collateral.loan_id.in_(loan_ids))
        .order_by(Collateral.id)
    ):
        if owner is not None and owner != case.borrower_party_id:
            found.append((owner, "mortgagor" if kind == "mortgage" else "pledgor"))
    return list(dict.fromkeys(found))


def propose_plan(
    ctx: AppContext,
    case_id: int,
    *,
    method: str,
    months: int,
    annual_rate: Decimal | None = None,
    start: dt.date | None = None,
    grace_months: int = 0,
    treatment: str = "capitalise",
    structure: str = "restructure",
    loan_ids: list[int] | None = None,
) -> PlanView:
    """Create a draft plan from the case's balances as of today."""
    if structure not in STRUCTURES:
        raise PlanError(f"structure must be one of {', '.join(STRUCTURES)}")
    today = ctx.clock()
    with ctx.unit(reason="propose restructure plan") as s:
        case = s.get(Case, case_id)
        if case is None:
            raise LookupError(f"No case with id {case_id}.")
        loans = list(s.scalars(select(Loan).where(Loan.case_id == case_id)))
        chosen = [loan for loan in loans if loan_ids is None or loan.id in loan_ids]
        if not chosen or (loan_ids is not None and len(chosen) != len(set(loan_ids))):
            raise PlanError(f"choose loans of case {case_id}: {[x.id for x in loans]}")
        ids = [loan.id for loan in chosen]
        amounts = _amounts(s, case_id, ids, today)
        if amounts.total == 0:
            raise PlanError(f"nothing is owed on the chosen loans of case {case_id}")
        main = max(chosen, key=lambda loan: (loan.principal, -loan.id))
        rate = annual_rate if annual_rate is not None else Decimal(main.annual_rate)
        terms = RestructureTerms(
            cast(Method, method), months, rate, start or today, grace_months, cast(Any, treatment)
        )
        result = restructure.plan(amounts, terms)
        plan = RestructurePlan(
            case_id=case_id,
            status="draft",
            structure=structure,
            method=method,
            months=months,
            grace_months=grace_months,
            annual_rate=str(rate),
            start_date=terms.start,
            arrears_treatment=treatment,
            principal=result.restructured_principal,
            acknowledged={
                "principal": amounts.principal,
                "interest": amounts.interest,
                "penalty": amounts.penalty,
                "compound": amounts.compound,
                "costs": amounts.costs,
                "total": amounts.total,
            },
            waived_conditionally=result.conditionally_waived,
            loan_ids=ids,
            terms={"reference_date": today.isoformat(), "main_loan_id": main.id},
        )
        plan.rows = [
            PlanInstalment(
                period=r.period,
                due_date=r.due_date,
                principal=r.principal,
                interest=r.interest,
                arrears=r.arrears,
                payment=r.payment,
                remaining=r.remaining,
            )
            for r in result.rows
        ]
        plan.consents = [
            GuarantorConsent(party_id=pid, role=role)
            for pid, role in _security_parties(s, case, ids)
        ]
        s.add(plan)
        s.flush()
        return _view(s, plan)


def record_consent(
    ctx: AppContext,
    plan_id: int,
    party_id: int,
    consented: bool = True,
    resolution_attached: bool = False,
    new_period_end: dt.date | None = None,
) -> Changes:
    """A security provider's written consent (AGR-CN-1), resolution (AGR-CN-3) and new
    guarantee period end (AGR-CN-2)."""
    with ctx.unit(reason="record guarantor consent") as s:
        plan = _plan(s, plan_id)
        if plan.status not in ("draft", "proposed"):
            raise PlanError(f"plan {plan_id} is {plan.status}; consents are fixed")
        rows = [c for c in plan.consents if c.party_id == party_id]
        if not rows:
            raise PlanError(f"party {party_id} gives no security for plan {plan_id}")
        for c in rows:
            c.consented, c.resolution_attached = consented, resolution_attached
            c.new_period_end = new_period_end if new_period_end else c.new_period_end
        return Changes(case_ids=(plan.case_id,), extra={"plan_id": plan_id})


def _signing_problems(s: Session, plan: RestructurePlan) -> list[str]:
    out: list[str] = []
    last_due = plan.rows[-1].due_date if plan.rows else plan.start_date
    for c in plan.consents:
        party = s.get(Party, c.party_id)
        name = party.name if party else str(c.party_id)
        if not c.consented:
            out.append(f"AGR-CN-1: {c.role} {name} has not consented in writing")
        if c.role == "guarantor" and (c.new_period_end is None or c.new_period_end <= last_due):
            out.append(
                f"AGR-CN-2: guarantor {name} needs a new guarantee period ending "
                f"after {last_due.isoformat()}"
            )
        if (
            c.role == "guarantor"
            and party is not None
            and party.kind == "entity"
            and not c.resolution_attached
        ):
            out.append(f"AGR-CN-3: corporate guarantor {name} needs a board resolution")
    return out


def _under_way(s: Session, plan: RestructurePlan) -> RestructurePlan | None:
    """Another plan of the case that is proposed, signed or active."""
    return s.scalars(
        select(RestructurePlan)
        .where(
            RestructurePlan.case_id == plan.case_id,
            RestructurePlan.id != plan.id,
            RestructurePlan.status.in_(UNDER_WAY),
        )
        .order_by(RestructurePlan.id)
    ).first()


def set_status(
    ctx: AppContext,
    plan_id: int,
    status: str,
    signed_on: dt.date | None = None,
    *,
    reason: str = "",
) -> Changes:
    """Move the plan on: draft → proposed → signed → active (or back to draft, cancelled).

    ``proposed``, ``signed`` and ``active`` are refused while another plan of the case is
    one of them (AGR-CN-11). ``signed`` needs every consent (AGR-CN-1..3) and ``signed_on``;
    ``active`` replaces the chosen loans' schedule with the plan (see :mod:`plan_activation`).
    ``reason`` is what the audit log records (by default the move itself).
    """
    today = ctx.clock()
    with ctx.unit(reason=reason or f"restructure plan → {status}") as s:
        # take SQLite's write lock before looking at the case's other plans, so two
        # writers cannot both find none under way (as next_letter_no does)
        s.execute(
            update(RestructurePlan)
            .where(RestructurePlan.id == plan_id)
            .values(status=RestructurePlan.status)
            .execution_options(synchronize_session=False)
        )
        plan = _plan(s, plan_id)
        if status not in TRANSITIONS.get(plan.status, ()):
            raise PlanError(f"plan {plan_id} cannot go from {plan.status} to {status}")
        if status in UNDER_WAY and (other := _under_way(s, plan)) is not None:
            raise PlanError(
                details.say("AGR-CN-11", details.PLAN_UNDER_WAY, plan=other.id, status=other.status)
            )
        if status == "signed":
            problems = _signing_problems(s, plan)
            if signed_on is None:
                problems.append("AGR-CN-1: a signed plan needs the date it was signed")
            elif signed_on > today:
                problems.append("the signing date cannot be in the future")
            if problems:
                raise PlanError("; ".join(problems))
            plan.signed_on = signed_on
        plan.status = status
        if status == "active":
            activate(s, plan, today)
        return Changes(
            case_ids=(plan.case_id,),
            timeline=status == "active",
            worklist=status == "active",
            extra={"plan_id": plan_id, "status": status},
        )


Consent = tuple[int, bool, bool, dt.date | None]
"""(party id, consented in writing, resolution attached, new guarantee period end)."""


def _why_cancelled(exc: Exception) -> str:
    """The audit reason for cancelling the draft whose agreement ``exc`` stopped."""
    if not isinstance(exc, DocumentRefused | PlanError):
        return f"cancel draft plan: its agreement failed ({type(exc).__name__})"
    problems = exc.problems if isinstance(exc, DocumentRefused) else str(exc).split("; ")
    heads = (p.split(":", 1)[0].strip() for p in problems)  # rule codes: no names, no amounts
    rules = ", ".join(dict.fromkeys(h for h in heads if re.fullmatch(r"[A-Z][A-Z0-9-]+", h)))
    return f"cancel draft plan: its agreement was refused ({rules or type(exc).__name__})"


def draft_agreement(
    ctx: AppContext,
    case_id: int,
    terms: dict[str, Any],
    consents: Sequence[Consent],
    lang: Language,
    *,
    replaces: int | None = None,
) -> tuple[PlanView, bytes]:
    """Propose a plan and build the draft agreement its guarantors and security providers
    review before they consent: not numbered, not stored, marked on every page, and
    refused only for what consent cannot cure (``build_agreement(draft=True)``). The plan
    stays a draft, awaiting the consents; otherwise as :func:`propose_with_agreement`."""
    return _with_new_plan(
        ctx, case_id, terms, consents, replaces,
        lambda plan_id: build_agreement(agreement_data(ctx, plan_id, lang), draft=True),
    )


def propose_with_agreement(
    ctx: AppContext,
    case_id: int,
    terms: dict[str, Any],
    consents: Sequence[Consent],
    lang: Language,
    *,
    replaces: int | None = None,
) -> tuple[PlanView, GeneratedDocument]:
    """Propose a plan with ``terms`` (:func:`propose_plan`'s keywords), record its
    ``consents`` and generate its agreement, or leave no draft behind: when a step is
    refused or fails the new plan is cancelled, the audit log saying why, and the error is
    raised. Once the agreement exists, the draft plan ``replaces`` (if still a draft) is
    cancelled."""
    return _with_new_plan(
        ctx, case_id, terms, consents, replaces,
        lambda plan_id: generate_agreement(ctx, plan_id, lang),
    )


def _with_new_plan(
    ctx: AppContext,
    case_id: int,
    terms: dict[str, Any],
    consents: Sequence[Consent],
    replaces: int | None,
    make: Callable[[int], _Made],
) -> tuple[PlanView, _Made]:
    plan = propose_plan(ctx, case_id, **terms)
    try:
        for party_id, consented, resolution, period_end in consents:
            record_consent(ctx, plan.id, party_id, consented, resolution, period_end)
        made = make(plan.id)
    except Exception as exc:
        try:
            set_status(ctx, plan.id, "cancelled", reason=_why_cancelled(exc))
        except Exception as cancel_failed:  # the refusal is what the officer must see
            exc.add_note(f"draft plan {plan.id} could not be cancelled: {cancel_failed}")
        raise
    if replaces is not None and plan_view(ctx, replaces).status == "draft":
        set_status(ctx, replaces, "cancelled", reason=f"cancel draft plan: replaced by plan {plan.id}")
    return plan_view(ctx, plan.id), made
