"""Restructure plans from a case: reconciliation, consents, status, agreement, activation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.compliance import details
from desktop_app.context import AppContext
from desktop_app.documents.fmt import money
from desktop_app.domain.daxie import to_daxie
from desktop_app.services import delivery, letters, restructuring
from desktop_app.services.case_detail import case_detail
from desktop_app.services.restructuring import PlanError
from local_db.models import AuditEvent, Case, Document, Guarantee, RestructurePlan
from tests.app.doc_helpers import BORROWER_NAME, GUARANTOR_NAME, load, pdf_text, squash

NEW_END = dt.date(2031, 6, 30)


def test_plan_reconciles_to_the_fen_with_the_acknowledged_debt(ctx: AppContext) -> None:
    case_id, _, guarantor_id = load(ctx)
    view = restructuring.propose_plan(
        ctx, case_id, method="annuity", months=24, annual_rate=Decimal("0.0385")
    )
    ack = view.acknowledged
    assert ack["total"] == case_detail(ctx, case_id).totals.total
    assert ack["total"] == sum(
        ack[k] for k in ("principal", "interest", "penalty", "compound", "costs")
    )
    assert view.status == "draft" and len(view.rows) == 24
    assert view.totals.principal == view.restructured_principal == ack["total"]  # capitalised
    assert ack["total"] + view.totals.interest == view.totals.payment
    assert view.rows[-1].remaining == 0
    assert view.comparison.total_paid_new == view.totals.payment
    assert [(c.party_id, c.role, c.consented) for c in view.consents] == [
        (guarantor_id, "guarantor", False)
    ]


def test_conditional_waiver_and_carry_forward(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    view = restructuring.propose_plan(
        ctx,
        case_id,
        method="equal-principal",
        months=12,
        treatment="waive_conditional",
        grace_months=2,
    )
    ack = view.acknowledged
    assert view.conditionally_waived == ack["penalty"] + ack["compound"] > 0
    assert view.restructured_principal == ack["principal"]
    assert (
        view.restructured_principal + view.totals.arrears + view.conditionally_waived
        == ack["total"]
    )


def test_bad_terms_are_refused(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    with pytest.raises(restructuring.RestructureError):
        restructuring.propose_plan(ctx, case_id, method="annuity", months=0)
    with pytest.raises(PlanError, match="structure"):
        restructuring.propose_plan(ctx, case_id, method="annuity", months=6, structure="x")


def test_signing_needs_every_consent_and_a_date(ctx: AppContext) -> None:
    case_id, _, guarantor_id = load(ctx)
    plan = restructuring.propose_plan(ctx, case_id, method="annuity", months=24).id
    with pytest.raises(PlanError, match="cannot go from draft to signed"):
        restructuring.set_status(ctx, plan, "signed", signed_on=dt.date(2026, 11, 27))
    restructuring.set_status(ctx, plan, "proposed")
    with pytest.raises(PlanError, match="AGR-CN-1.*张伟.*AGR-CN-2"):
        restructuring.set_status(ctx, plan, "signed", signed_on=dt.date(2026, 11, 27))
    restructuring.record_consent(ctx, plan, guarantor_id, new_period_end=NEW_END)
    with pytest.raises(PlanError, match="date it was signed"):
        restructuring.set_status(ctx, plan, "signed")
    restructuring.set_status(ctx, plan, "signed", signed_on=dt.date(2026, 11, 27))
    assert restructuring.plan_view(ctx, plan).status == "signed"
    with pytest.raises(PlanError, match="consents are fixed"):
        restructuring.record_consent(ctx, plan, guarantor_id, consented=False)


def _plans(ctx: AppContext, case_id: int) -> list[tuple[int, str]]:
    with ctx.read() as s:
        rows = s.execute(
            select(RestructurePlan.id, RestructurePlan.status)
            .where(RestructurePlan.case_id == case_id)
            .order_by(RestructurePlan.id)
        )
        return [(i, st) for i, st in rows]


def test_one_plan_of_a_case_is_under_way_at_a_time(ctx: AppContext) -> None:
    """AGR-CN-11: no plan moves to proposed, signed or active beside another plan of the
    case that is proposed, signed or active; drafts beside it are fine."""
    case_id, _, guarantor_id = load(ctx)
    first = restructuring.propose_plan(ctx, case_id, method="annuity", months=24).id
    restructuring.set_status(ctx, first, "proposed")
    restructuring.record_consent(ctx, first, guarantor_id, new_period_end=NEW_END)
    second = restructuring.propose_plan(ctx, case_id, method="annuity", months=36).id
    for live, ahead in (("proposed", "signed"), ("signed", "active"), ("active", "")):
        with pytest.raises(PlanError, match=f"plan {first} of this case is already {live}") as no:
            restructuring.set_status(ctx, second, "proposed")
        assert details.parse(str(no.value)) == (
            "AGR-CN-11", details.PLAN_UNDER_WAY, {"plan": str(first), "status": live}
        )
        if ahead:
            restructuring.set_status(ctx, first, ahead, signed_on=dt.date(2026, 11, 27))
    assert _plans(ctx, case_id) == [(first, "active"), (second, "draft")]


def test_a_plan_taken_back_or_cancelled_frees_the_case(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    first = restructuring.propose_plan(ctx, case_id, method="annuity", months=24).id
    second = restructuring.propose_plan(ctx, case_id, method="annuity", months=36).id
    restructuring.set_status(ctx, first, "proposed")
    restructuring.set_status(ctx, first, "draft")
    restructuring.set_status(ctx, second, "proposed")
    with pytest.raises(PlanError, match=f"plan {second} of this case is already proposed"):
        restructuring.set_status(ctx, first, "proposed")
    restructuring.set_status(ctx, second, "cancelled")
    restructuring.set_status(ctx, first, "proposed")
    assert _plans(ctx, case_id) == [(first, "proposed"), (second, "cancelled")]


def test_a_refused_agreement_leaves_no_draft_behind(ctx: AppContext) -> None:
    """The plan proposed for an agreement that is refused is cancelled, and the audit log
    says why; a draft it was to replace stays until an agreement is generated."""
    case_id, _, guarantor_id = load(ctx)
    terms = {"method": "annuity", "months": 24}
    unconsented = [(guarantor_id, False, False, NEW_END)]
    consented = [(guarantor_id, True, False, NEW_END)]
    with pytest.raises(letters.DocumentRefused, match="AGR-CN-1"):
        restructuring.propose_with_agreement(ctx, case_id, terms, unconsented, "zh")
    [(refused, status)] = _plans(ctx, case_id)
    assert status == "cancelled"
    view, doc = restructuring.propose_with_agreement(ctx, case_id, terms, consented, "zh")
    assert (view.status, view.agreement_no) == ("draft", doc.letter_no)
    with pytest.raises(letters.DocumentRefused):
        restructuring.propose_with_agreement(ctx, case_id, terms, unconsented, "zh",
                                             replaces=view.id)
    assert _plans(ctx, case_id)[1] == (view.id, "draft")  # kept: the officer still has it
    again, _ = restructuring.propose_with_agreement(ctx, case_id, terms, consented, "zh",
                                                    replaces=view.id)
    plans = _plans(ctx, case_id)
    assert plans == [(refused, "cancelled"), (view.id, "cancelled"), (plans[2][0], "cancelled"),
                     (again.id, "draft")]
    with ctx.read() as s:
        reasons = s.scalars(
            select(AuditEvent.reason).where(AuditEvent.entity == "restructure_plans",
                                            AuditEvent.action == "update")
            .order_by(AuditEvent.id)
        ).all()
    assert [r for r in reasons if r.startswith("cancel draft plan")] == [
        "cancel draft plan: its agreement was refused (AGR-CN-1)",
        "cancel draft plan: its agreement was refused (AGR-CN-1)",
        f"cancel draft plan: replaced by plan {again.id}",
    ]


def test_agreement_pdf_carries_the_schedule_totals(ctx: AppContext, tmp_path: Path) -> None:
    case_id, _, guarantor_id = load(ctx)
    view = restructuring.propose_plan(ctx, case_id, method="annuity", months=24)
    with pytest.raises(letters.DocumentRefused, match="AGR-CN-1"):
        restructuring.generate_agreement(ctx, view.id, "zh")
    restructuring.record_consent(ctx, view.id, guarantor_id, new_period_end=NEW_END)
    doc = restructuring.generate_agreement(ctx, view.id, "zh", out=tmp_path / "a.pdf")
    text = squash(pdf_text((tmp_path / "a.pdf").read_bytes()))
    for needle in (
        doc.letter_no,
        BORROWER_NAME,
        GUARANTOR_NAME,
        money(view.totals.payment),
        money(view.totals.principal),
        money(view.acknowledged["total"]),
        to_daxie(view.acknowledged["total"]),
    ):
        assert needle in text, needle
    assert doc.letter_no.endswith("号") and "协字" in doc.letter_no
    assert restructuring.plan_view(ctx, view.id).agreement_no == doc.letter_no
    with ctx.read() as s:
        stored = s.get(Document, doc.document_id)
        assert stored is not None and (stored.kind, stored.plan_id) == ("agreement", view.id)
    english = restructuring.generate_agreement(ctx, view.id, "en")
    assert english.letter_no != doc.letter_no  # a re-issue gets a new number


def test_activation_replaces_the_schedule(ctx: AppContext) -> None:
    case_id, _, guarantor_id = load(ctx)
    view = restructuring.propose_plan(ctx, case_id, method="annuity", months=24)
    restructuring.record_consent(ctx, view.id, guarantor_id, new_period_end=NEW_END)
    restructuring.set_status(ctx, view.id, "proposed")
    restructuring.set_status(ctx, view.id, "signed", signed_on=dt.date(2026, 11, 27))
    changes = restructuring.set_status(ctx, view.id, "active")
    assert changes.worklist and changes.case_ids == (case_id,)
    detail = case_detail(ctx, case_id)
    assert detail.dpd == 0 and detail.totals.overdue_total == 0
    assert detail.totals.total == view.acknowledged["total"]  # nothing lost, nothing added
    assert detail.loans[0].maturity_date == view.rows[-1].due_date
    dues = {d.kind: d.due for d in delivery.deadlines(ctx, case_id)}
    assert dues["guarantee"] == NEW_END
    assert dues["limitation"] == dt.date(2031, 11, 28)  # last new instalment + 3 years
    with ctx.read() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.restructured
        assert s.scalars(select(Guarantee.period_end)).one() == NEW_END
    plan_terms = restructuring.plan_view(ctx, view.id)
    assert plan_terms.status == "active"
    with pytest.raises(PlanError):
        restructuring.set_status(ctx, view.id, "draft")


def test_old_schedule_is_kept_in_the_plan(ctx: AppContext) -> None:
    from local_db.models import RestructurePlan

    case_id, _, guarantor_id = load(ctx)
    view = restructuring.propose_plan(ctx, case_id, method="interest-only", months=6)
    restructuring.record_consent(ctx, view.id, guarantor_id, new_period_end=NEW_END)
    for status in ("proposed", "signed", "active"):
        restructuring.set_status(ctx, view.id, status, signed_on=dt.date(2026, 11, 27))
    with ctx.read() as s:
        plan = s.get(RestructurePlan, view.id)
        assert plan is not None
        old = next(iter(plan.terms["replaced"].values()))
        assert old["principal"] == 120_000_000 and len(old["instalments"]) == 12


def test_an_active_plan_is_observed(ctx: AppContext) -> None:
    """AGR-CN-10: from the first repayment date, two periods and a year; a miss restarts."""
    from local_db.models import Loan, Payment

    case_id, _, guarantor_id = load(ctx)
    assert case_detail(ctx, case_id).observation is None  # no active plan
    view = restructuring.propose_plan(ctx, case_id, method="annuity", months=24)
    restructuring.record_consent(ctx, view.id, guarantor_id, new_period_end=NEW_END)
    for status in ("proposed", "signed", "active"):
        restructuring.set_status(ctx, view.id, status, signed_on=dt.date(2026, 11, 27))
    first, second, third = view.rows[0], view.rows[1], view.rows[2]
    o = case_detail(ctx, case_id).observation
    assert o is not None and (o.since, o.kept, o.over, o.misses) == (first.due_date, 0, False, 0)
    assert o.ends == max(first.due_date + dt.timedelta(days=365), second.due_date)
    with ctx.unit() as s:  # the first two instalments paid on their due dates
        loan_id = s.scalars(select(Loan.id).where(Loan.case_id == case_id)).first()
        for n, row in enumerate((first, second)):
            s.add(Payment(loan_id=loan_id, received_on=row.due_date, amount=row.payment,
                          reference=f"OBS-{n}"))
    on_time = case_detail(ctx, case_id, as_of=second.due_date + dt.timedelta(days=1))
    assert on_time.observation is not None and on_time.observation.kept == 2
    assert not on_time.observation.over  # a year has not passed
    missed = case_detail(ctx, case_id, as_of=third.due_date + dt.timedelta(days=5))
    assert missed.observation is not None and missed.observation.misses == 1
    assert missed.observation.since == view.rows[3].due_date  # restarted at the next one
    done = case_detail(ctx, case_id, as_of=first.due_date + dt.timedelta(days=400))
    assert done.observation is not None and not done.observation.over  # the miss still counts


def test_a_draft_for_the_guarantors_review_needs_no_consent_and_issues_nothing(
    ctx: AppContext,
) -> None:
    """compliance.md AGR-CN-1 blocks finalisation: the draft the guarantor reads before
    consenting is built without it, marked on every page, numbered and stored nowhere."""
    import io

    from pypdf import PdfReader

    case_id, _, guarantor_id = load(ctx)
    terms = {"method": "annuity", "months": 24}
    unconsented = [(guarantor_id, False, False, NEW_END)]
    view, pdf = restructuring.draft_agreement(ctx, case_id, terms, unconsented, "zh")
    assert view.status == "draft" and not view.agreement_no
    pages = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert all("草稿·供各方审阅·未编号·不得签署" in p for p in pages)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0
    english, _ = restructuring.draft_agreement(ctx, case_id, terms, unconsented, "en",
                                               replaces=view.id)
    assert _plans(ctx, case_id) == [(view.id, "cancelled"), (english.id, "draft")]
    consented = [(guarantor_id, True, False, NEW_END)]
    final, doc = restructuring.propose_with_agreement(ctx, case_id, terms, consented, "zh",
                                                      replaces=english.id)
    assert doc.letter_no.endswith("001号") and final.status == "draft"
    assert _plans(ctx, case_id)[-2:] == [(english.id, "cancelled"), (final.id, "draft")]
