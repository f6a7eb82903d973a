"""The restructured repayment agreement of a plan: data from the database, PDF, storage.

Choices: the creditor's representative is the local officer as authorised agent (the
profile holds no legal representative); the dispute forum is the court at the
creditor's domicile (exactly one forum, AGR-CN-7); the place of signing is the
creditor's address down to its district; agreements carry ID numbers in full.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.context import AppContext
from desktop_app.documents.agreement import build_agreement
from desktop_app.documents.agreement_checks import agreement_warnings
from desktop_app.documents.agreement_data import (
    AgreementData,
    AgreementType,
    DebtBreakdown,
    DisputeForum,
    GuaranteeKind,
    Guarantor,
    OriginalContract,
    Party,
    ScheduleRow,
    SecurityProvider,
    Structure,
    Waiver,
)
from desktop_app.documents.fmt import date_en, date_zh
from desktop_app.documents.letter_data import BankAccount, Language, PartyKind
from desktop_app.privacy import mask_address
from desktop_app.services.letter_data_from_db import institution, issuer_of, service_address
from desktop_app.services.letters import (
    AGREEMENT_WORD,
    GeneratedDocument,
    next_letter_no,
    page_count,
    store_document,
    write_pdf,
)
from local_db.models import (
    Case,
    Collateral,
    ContactPoint,
    Guarantee,
    Loan,
    Officer,
    RestructurePlan,
)
from local_db.models import Party as PartyRow

__all__ = ["agreement_data", "generate_agreement"]

TYPES = {
    "restructure": AgreementType.RESTRUCTURE,
    "extension": AgreementType.EXTENSION,
    "refinance": AgreementType.REPAYMENT,
}
VENUE = {
    "zh": "甲方住所地有管辖权的人民法院",
    "en": "the competent people's court at Party A's domicile",
}


def _contact(s: Session, party_id: int, kind: str) -> str:
    return (
        s.scalars(
            select(ContactPoint.value)
            .where(
                ContactPoint.party_id == party_id,
                ContactPoint.kind == kind,
                ContactPoint.valid.is_(True),
            )
            .order_by(ContactPoint.id)
        ).first()
        or ""
    )


def _party(s: Session, p: PartyRow) -> Party:
    address = service_address(s, p)
    return Party(
        p.name,
        PartyKind.ENTITY if p.kind == "entity" else PartyKind.NATURAL,
        p.id_number,
        address,
        p.legal_rep_name if p.kind == "entity" else "",
        _contact(s, p.id, "phone"),
        address,
        _contact(s, p.id, "email"),
    )


def _creditor(s: Session) -> Party:
    inst = institution(s)
    me = s.scalars(select(Officer).where(Officer.is_local_user.is_(True))).first()
    agent = f"{me.name}（授权代表）" if me else ""
    return Party(
        inst.legal_name,
        PartyKind.ENTITY,
        inst.credit_code,
        inst.address,
        agent,
        inst.phone,
        inst.address,
        me.email if me else "",
    )


def _recital(since: dt.date, ref: dt.date, lang: Language, structure: str) -> str:
    if lang == "zh":
        what = {"extension": "展期", "refinance": "借新还旧"}.get(structure, "重组")
        return (
            f"乙方自{date_zh(since)}起未能按期偿还借款本息，截至{date_zh(ref)}仍有债务"
            f"未清偿。乙方申请对上述债务进行{what}，甲方经审查同意。"
        )
    return (
        f"Party B has failed to pay principal and interest when due since "
        f"{date_en(since)}, and debts remained outstanding on {date_en(ref)}. Party B "
        "has applied to restructure the debt and Party A has agreed after review."
    )


def _security(s: Session, plan: RestructurePlan) -> tuple[list[Guarantor], list[SecurityProvider]]:
    guarantors: list[Guarantor] = []
    providers: list[SecurityProvider] = []
    for c in plan.consents:
        row = s.get(PartyRow, c.party_id)
        if row is None:
            continue
        if c.role == "guarantor":
            g = s.scalars(
                select(Guarantee).where(
                    Guarantee.loan_id.in_(plan.loan_ids), Guarantee.guarantor_party_id == row.id
                )
            ).first()
            kind = GuaranteeKind.JOINT if g is None or g.kind == "joint" else GuaranteeKind.GENERAL
            guarantors.append(
                Guarantor(
                    _party(s, row),
                    kind,
                    c.consented,
                    c.new_period_end,
                    c.resolution_attached,
                    g.contract_no if g else "",
                )
            )
        else:
            col = s.scalars(
                select(Collateral).where(
                    Collateral.loan_id.in_(plan.loan_ids), Collateral.owner_party_id == row.id
                )
            ).first()
            providers.append(
                SecurityProvider(
                    _party(s, row),
                    "mortgage" if c.role == "mortgagor" else "pledge",
                    col.description if col else "",
                    c.consented,
                    original_contract_no=col.registration_no if col else "",
                )
            )
    return guarantors, providers


def _data(
    s: Session, plan: RestructurePlan, lang: Language, number: str, today: dt.date
) -> AgreementData:
    case = s.get(Case, plan.case_id)
    borrower = s.get(PartyRow, case.borrower_party_id) if case else None
    if case is None or borrower is None:
        raise LookupError(f"No case for plan {plan.id}.")
    inst = institution(s)
    issuer, account = issuer_of(inst, case.currency)
    loans = [x for x in (s.get(Loan, i) for i in plan.loan_ids) if x is not None]
    main = max(loans, key=lambda loan: loan.principal)
    ack = plan.acknowledged
    ref = dt.date.fromisoformat(str(plan.terms.get("reference_date", today.isoformat())))
    guarantors, providers = _security(s, plan)
    rate = Decimal(plan.annual_rate)
    return AgreementData(
        agreement_no=number,
        agreement_type=TYPES.get(plan.structure, AgreementType.RESTRUCTURE),
        language=lang,
        place_signed=mask_address(inst.address).rstrip("…"),
        date_signed=plan.signed_on or today,
        creditor=_creditor(s),
        debtor=_party(s, borrower),
        guarantors=tuple(guarantors),
        security_providers=tuple(providers),
        original_contracts=tuple(
            OriginalContract(
                x.contract_name, x.contract_no, x.contract_date, x.principal, x.maturity_date
            )
            for x in loans
        ),
        default_recital=_recital(case.oldest_unpaid_due or ref, ref, lang, plan.structure),
        debt=DebtBreakdown(
            ref,
            ack["principal"],
            ack["interest"],
            ack["penalty"],
            ack["compound"],
            ack["costs"],
            ack["total"],
        ),
        structure=Structure(plan.structure),
        restructured_principal=plan.principal,
        schedule=tuple(
            ScheduleRow(
                r.period,
                r.due_date,
                r.principal,
                r.interest,
                r.payment,
                r.remaining,
                r.arrears or None,
            )
            for r in plan.rows
        ),
        new_rate=rate,
        penalty_rate=rate * (1 + Decimal(main.penalty_markup)),
        payment_account=account or BankAccount("", "", ""),
        creditor_accounts=issuer.designated_accounts,
        dispute=DisputeForum(court_venue=VENUE[lang]),
        waiver=Waiver(plan.waived_conditionally) if plan.waived_conditionally else None,
        original_guarantors=tuple(g.party.name for g in guarantors),
        extension_applied_on=today if plan.structure == "extension" else None,
        original_drawdown=min(x.drawdown_date for x in loans),
        lender_type=inst.lender_type,
    )


def agreement_data(
    ctx: AppContext, plan_id: int, lang: Language, agreement_no: str = ""
) -> AgreementData:
    """The agreement as it would be generated today; without a number, a preview one."""
    with ctx.read() as s:
        plan = s.get(RestructurePlan, plan_id)
        if plan is None:
            raise LookupError(f"No restructure plan with id {plan_id}.")
        number = agreement_no or plan.agreement_no or "（预览）"
        return _data(s, plan, lang, number, ctx.clock())


def generate_agreement(
    ctx: AppContext,
    plan_id: int,
    lang: Language,
    out: Path | None = None,
    *,
    font: str | None = None,
) -> GeneratedDocument:
    """Number, check (AGR-CN-*), build and store the agreement; each generation gets a new
    number (DOC-CN-9), which becomes the plan's agreement number."""
    today = ctx.clock()
    with ctx.unit(reason="generate agreement") as s:
        plan = s.get(RestructurePlan, plan_id)
        if plan is None:
            raise LookupError(f"No restructure plan with id {plan_id}.")
        number = next_letter_no(s, institution(s).letter_prefix, today.year, AGREEMENT_WORD)
        data = _data(s, plan, lang, number, today)
        pdf = build_agreement(data, font=font)
        plan.agreement_no = number
        doc = store_document(
            s,
            case_id=plan.case_id,
            kind="agreement",
            language=lang,
            number=number,
            pdf=pdf,
            issue_date=today,
            calc_date=data.debt.reference_date,
            total=data.debt.total,
            plan_id=plan.id,
        )
        result = GeneratedDocument(
            doc.id,
            number,
            doc.sha256,
            None,
            page_count(pdf),
            data.debt.total,
            plan.case_id,
            "agreement",
            tuple(agreement_warnings(data)),
        )
    return GeneratedDocument(**{**result.__dict__, "path": write_pdf(pdf, out)})
