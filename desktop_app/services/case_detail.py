"""Everything the detail panes and ``case show`` need about one case, as of a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.domain import overdue
from desktop_app.domain.observation import Observation
from desktop_app.portfolio import figures
from desktop_app.portfolio.case_math import LoanFigures, case_figures
from desktop_app.privacy import mask_contact, mask_party_id
from desktop_app.services.observation import case_observation
from local_db.models import (
    Activity,
    Case,
    CaseParty,
    Collateral,
    ContactPoint,
    Document,
    Guarantee,
    Instalment,
    Loan,
    Party,
    PromiseToPay,
)


class CaseNotFound(LookupError):
    pass


@dataclass(frozen=True)
class Amounts:
    principal_outstanding: int
    overdue_principal: int
    interest_due: int
    accrued_interest: int
    penalty_interest: int
    compound_interest: int
    costs: int
    total: int
    overdue_total: int
    daily_penalty: int


@dataclass(frozen=True)
class InstalmentView:
    seq: int
    due_date: dt.date
    principal_due: int
    interest_due: int
    principal_paid: int
    interest_paid: int
    state: str  # paid | overdue | due | partial


@dataclass(frozen=True)
class LoanView:
    id: int
    contract_no: str
    contract_name: str
    contract_date: dt.date
    currency: str
    principal: int
    annual_rate: str
    drawdown_date: dt.date
    maturity_date: dt.date
    repayment_method: str
    dpd: int
    amounts: Amounts
    limitation_expiry: dt.date | None
    instalments: tuple[InstalmentView, ...]
    guarantees: tuple[dict[str, object], ...]
    collateral: tuple[dict[str, object], ...]


@dataclass(frozen=True)
class ContactView:
    id: int
    kind: str
    value_masked: str
    source: str
    valid: bool
    label: str


@dataclass(frozen=True)
class PartyView:
    id: int
    role: str
    kind: str
    name: str
    id_type: str
    id_masked: str
    service_address: str
    timezone: str
    local_time: str
    language: str
    flags: tuple[str, ...]
    contacts: tuple[ContactView, ...]


@dataclass(frozen=True)
class ActivityView:
    id: int
    kind: str
    occurred_at: dt.datetime
    outcome: str
    notes: str
    party_id: int | None
    override_reason: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    as_of: dt.date
    borrower_name: str
    borrower_kind: str
    status: str
    stage: str
    officer_id: int | None
    next_action: str
    next_action_date: dt.date | None
    business_notes: str
    dpd: int
    bucket: str
    five_tier: str
    priority: int
    totals: Amounts
    deadlines: tuple[dict[str, object], ...]
    last_contact_at: dt.datetime | None
    loans: tuple[LoanView, ...]
    parties: tuple[PartyView, ...]
    timeline: tuple[ActivityView, ...]
    promises: tuple[dict[str, object], ...]
    documents: tuple[dict[str, object], ...]
    version: int
    observation: Observation | None = None  # of an active restructure plan (AGR-CN-10)


FLAG_FIELDS = ("cease_contact", "attorney_represented", "dispute_open", "litigation_hold",
               "deceased_or_bankrupt", "do_not_contact")


def _amounts(f: LoanFigures | None, parts: list[LoanFigures] | None = None) -> Amounts:
    items = parts if parts is not None else ([f] if f else [])
    b = [x.balance for x in items]
    return Amounts(
        principal_outstanding=sum(x.principal_outstanding for x in b),
        overdue_principal=sum(x.overdue_principal for x in b),
        interest_due=sum(x.interest_due for x in b),
        accrued_interest=sum(x.accrued_interest for x in b),
        penalty_interest=sum(x.penalty_interest for x in b),
        compound_interest=sum(x.compound_interest for x in b),
        costs=sum(x.costs for x in b), total=sum(x.total for x in b),
        overdue_total=sum(x.overdue_amount for x in items),
        daily_penalty=sum(x.daily.total for x in items),
    )


def _instalment_state(i: Instalment, today: dt.date) -> str:
    unpaid = i.principal_due + i.interest_due - i.principal_paid - i.interest_paid
    if unpaid == 0:
        return "paid"
    if i.due_date < today:
        return "overdue"
    return "partial" if i.principal_paid or i.interest_paid else "due"


def _loans(s: Session, case_id: int, per_loan: dict[int, LoanFigures],
           today: dt.date) -> tuple[LoanView, ...]:
    out = []
    for loan in s.scalars(select(Loan).where(Loan.case_id == case_id).order_by(Loan.contract_date)):
        f = per_loan.get(loan.id)
        guarantees: tuple[dict[str, object], ...] = tuple({"guarantor_party_id": g.guarantor_party_id, "kind": g.kind,
                            "contract_no": g.contract_no, "period_end": g.period_end}
                           for g in s.scalars(select(Guarantee).where(Guarantee.loan_id == loan.id)))
        coll = tuple({"kind": c.kind, "description": c.description,
                      "registration_no": c.registration_no, "value": c.value}
                     for c in s.scalars(select(Collateral).where(Collateral.loan_id == loan.id)))
        out.append(LoanView(
            id=loan.id, contract_no=loan.contract_no, contract_name=loan.contract_name,
            contract_date=loan.contract_date, currency=loan.currency, principal=loan.principal,
            annual_rate=loan.annual_rate, drawdown_date=loan.drawdown_date,
            maturity_date=loan.maturity_date, repayment_method=loan.repayment_method,
            dpd=f.dpd if f else 0, amounts=_amounts(f),
            limitation_expiry=f.limitation.due if f and f.limitation else None,
            instalments=tuple(InstalmentView(i.seq, i.due_date, i.principal_due, i.interest_due,
                                             i.principal_paid, i.interest_paid,
                                             _instalment_state(i, today))
                              for i in loan.instalments),
            guarantees=guarantees, collateral=coll,
        ))
    return tuple(out)


def _local_time(tz: str) -> str:
    try:
        return dt.datetime.now(ZoneInfo(tz)).strftime("%H:%M")
    except Exception:
        return ""


def _parties(s: Session, case_id: int) -> tuple[PartyView, ...]:
    rows = s.execute(select(CaseParty.role, Party).join(Party, Party.id == CaseParty.party_id)
                     .where(CaseParty.case_id == case_id).order_by(CaseParty.id)).all()
    out = []
    for role, p in rows:
        contacts = tuple(ContactView(c.id, c.kind, mask_contact(c.kind, c.value), c.source,
                                     c.valid, c.label)
                         for c in s.scalars(select(ContactPoint)
                                            .where(ContactPoint.party_id == p.id)))
        out.append(PartyView(
            id=p.id, role=role, kind=p.kind, name=p.name, id_type=p.id_type,
            id_masked=mask_party_id(p.id_type, p.id_number), service_address=p.service_address,
            timezone=p.timezone, local_time=_local_time(p.timezone), language=p.language,
            flags=tuple(f for f in FLAG_FIELDS if getattr(p, f)), contacts=contacts,
        ))
    return tuple(out)


def case_detail(ctx: AppContext, case_id: int, as_of: dt.date | None = None) -> CaseDetail:
    today = as_of or ctx.clock()
    with ctx.read() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise CaseNotFound(f"No case with id {case_id}.")
        conn = s.connection()
        _, per_case, _ = figures.compute(conn, [case_id], today)
        loan_figs = per_case.get(case_id, [])
        per_loan = {f.loan_id: f for f in loan_figs}
        broken = len([p for p in s.scalars(select(PromiseToPay.status).where(
            PromiseToPay.case_id == case_id)) if p == "broken"])
        cf = case_figures(loan_figs, today, broken, case.last_contact_at, case.next_action_date)
        deadlines = sorted(
            ({"kind": d.kind, "ref": d.ref, "due": d.due, "days_left": d.days_left,
              "level": d.level}
             for f in loan_figs for d in (f.limitation, *f.guarantees) if d is not None),
            key=lambda d: str(d["due"]))
        timeline = tuple(ActivityView(a.id, a.kind, a.occurred_at, a.outcome, a.notes,
                                      a.party_id, a.override_reason)
                         for a in s.scalars(select(Activity).where(Activity.case_id == case_id)
                                            .order_by(Activity.occurred_at.desc(),
                                                      Activity.id.desc())))
        promises = tuple({"id": p.id, "amount": p.amount, "due_date": p.due_date,
                          "promised_on": p.promised_on, "status": p.status,
                          "paid_amount": p.paid_amount}
                         for p in s.scalars(select(PromiseToPay).where(
                             PromiseToPay.case_id == case_id).order_by(PromiseToPay.due_date.desc())))
        documents: tuple[dict[str, object], ...] = tuple({"id": d.id, "kind": d.kind, "language": d.language,
                           "letter_no": d.letter_no, "issue_date": d.issue_date,
                           "total": d.total, "sha256": d.sha256,
                           "delivery_method": d.delivery_method, "sent_on": d.sent_on,
                           "delivered_on": d.delivered_on, "outcome": d.delivery_outcome}
                          for d in s.scalars(select(Document).where(Document.case_id == case_id)
                                             .order_by(Document.id.desc())))
        return CaseDetail(
            id=case.id, as_of=today, borrower_name=case.borrower_name,
            borrower_kind=case.borrower_kind, status=case.status, stage=case.stage,
            officer_id=case.officer_id, next_action=case.next_action,
            next_action_date=case.next_action_date, business_notes=case.business_notes,
            dpd=cf.dpd, bucket=overdue.bucket(cf.dpd), five_tier=overdue.five_tier(cf.dpd),
            priority=cf.priority, totals=_amounts(None, loan_figs), deadlines=tuple(deadlines),
            last_contact_at=case.last_contact_at, loans=_loans(s, case_id, per_loan, today),
            parties=_parties(s, case_id), timeline=timeline, promises=promises,
            documents=documents, version=case.version,
            observation=case_observation(s, case_id, today),
        )
