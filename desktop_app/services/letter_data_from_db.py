"""Fill a ``LetterData`` from the database: lender, addressee, contracts, figures as of a day.

Choices (documented for the officer and the reviewer):

* Amounts are the *overdue* figures of the case as of ``calc_date`` (overdue principal,
  overdue interest, penalty and compound interest, costs as a fee line), the same numbers
  as ``case_detail(...).totals.overdue_total``. The loan is not declared accelerated
  here; principal not yet due is stated for information only.
* Only loans with something overdue are cited. Nothing overdue: the letter is refused.
* A guarantor letter's deadline is clamped to the guarantee period end (LIM-CN-2); the
  period is the agreed end, else the main debt's maturity + 6 months.
* Natural persons' ID numbers are masked to ``****`` + last four (PII-1).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.checks import DocumentRefused
from desktop_app.documents.fmt import rate_pct
from desktop_app.documents.letter_data import (
    Addressee,
    AddresseeRole,
    Amounts,
    BankAccount,
    DefaultFacts,
    FeeLine,
    Issuer,
    Language,
    LawFirm,
    LetterData,
    LetterKind,
    LoanContract,
    OfficerContact,
    PartyKind,
    SecurityContract,
)
from desktop_app.domain import deadlines
from desktop_app.portfolio import figures
from desktop_app.portfolio.case_math import LoanFigures
from desktop_app.privacy import mask_id
from local_db.models import (
    Case,
    Collateral,
    ContactPoint,
    Guarantee,
    Institution,
    Loan,
    Officer,
    Party,
)

__all__ = ["build_letter_data", "institution", "issuer_of", "officer_contact", "service_address"]

AUTHORISATION = {
    "zh": "本所已取得委托人的书面授权。",
    "en": "We act on the written authorisation of our client.",
}


def institution(s: Session) -> Institution:
    inst = s.scalars(select(Institution).order_by(Institution.id).limit(1)).first()
    if inst is None:
        raise DocumentRefused(["DOC-CN-1: no lender profile (institution) is set up"])
    return inst


def issuer_of(inst: Institution, currency: str = "CNY") -> tuple[Issuer, BankAccount | None]:
    accounts = tuple(
        BankAccount(a.account_name, a.bank_name, a.account_no)
        for a in inst.accounts
        if a.active and a.currency == currency
    )
    issuer = Issuer(inst.legal_name, inst.address, inst.phone, inst.lender_type, accounts)
    return issuer, (accounts[0] if accounts else None)


def officer_contact(s: Session, officer_id: int | None, inst: Institution) -> OfficerContact:
    officer = s.get(Officer, officer_id) if officer_id else None
    if officer is None:
        officer = s.scalars(select(Officer).where(Officer.is_local_user.is_(True))).first()
    if officer is None:
        return OfficerContact("", "", inst.address)
    return OfficerContact(
        officer.name, officer.phone or inst.phone, officer.office_address or inst.address
    )


def service_address(s: Session, party: Party) -> str:
    if party.service_address.strip():
        return party.service_address
    found = s.scalars(
        select(ContactPoint.value)
        .where(
            ContactPoint.party_id == party.id,
            ContactPoint.kind == "address",
            ContactPoint.valid.is_(True),
        )
        .order_by(ContactPoint.id)
    ).first()
    return found or ""


_CJK = re.compile(r"[\u3400-\u9fff]")


def _objection(inst: Institution, lang: Language) -> str:
    """Where to object: the profile's text, unless it is Chinese and the letter English
    (then, as when it is empty, the lender's name, address and phone)."""
    text = inst.objection_channel.strip().rstrip("。.")
    if text and not (lang == "en" and _CJK.search(text)):
        return text
    if lang == "zh":
        return f"书面异议请寄送至{inst.address}（{inst.legal_name}），或致电{inst.phone}"
    return f"in writing to {inst.legal_name}, {inst.address}, or by telephone on {inst.phone}"


def _penalty_basis(loans: Sequence[Loan], lang: Language) -> str:
    parts: list[str] = []
    for loan in loans:
        markup, rate = Decimal(loan.penalty_markup), Decimal(loan.annual_rate)
        penalty = rate * (1 + markup)
        text = (
            f"合同利率上浮{rate_pct(markup)}，即年利率{rate_pct(penalty)}"
            if lang == "zh"
            else f"contract rate plus {rate_pct(markup)}, i.e. {rate_pct(penalty)} a year"
        )
        if text not in parts:
            parts.append(text)
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


def _role(s: Session, case: Case, party_id: int, loan_ids: list[int]) -> AddresseeRole:
    if party_id == case.borrower_party_id:
        return AddresseeRole.BORROWER
    if s.scalars(
        select(Guarantee.id).where(
            Guarantee.loan_id.in_(loan_ids), Guarantee.guarantor_party_id == party_id
        )
    ).first():
        return AddresseeRole.GUARANTOR
    kinds = set(
        s.scalars(
            select(Collateral.kind).where(
                Collateral.loan_id.in_(loan_ids), Collateral.owner_party_id == party_id
            )
        )
    )
    if kinds:
        return AddresseeRole.MORTGAGOR if "mortgage" in kinds else AddresseeRole.PLEDGOR
    raise DocumentRefused([f"DOC-CN-1: party {party_id} is not an obligor of case {case.id}"])


def _addressee(s: Session, party: Party, role: AddresseeRole) -> Addressee:
    kind = PartyKind.ENTITY if party.kind == "entity" else PartyKind.NATURAL
    number = party.id_number if kind is PartyKind.ENTITY else mask_id(party.id_number)
    return Addressee(party.name, kind, number, role, service_address(s, party))


def guarantors_in_order(s: Session, loans: Sequence[Loan], on: dt.date) -> list[int]:
    """The guarantors of ``loans`` in the order a guarantor letter proposes them: those
    whose guarantee period still runs on ``on`` first (LIM-CN-2), joint liability before
    general, the latest period end first; otherwise in the order they were recorded."""
    kinds: dict[int, set[str]] = {}
    for loan in loans:
        for g in sorted(loan.guarantees, key=lambda g: g.id):
            kinds.setdefault(g.guarantor_party_id, set()).add(g.kind)

    def rank(party: int) -> tuple[bool, bool, int]:
        end = _period_end(s, party, loans) or on
        return end < on, "joint" not in kinds[party], -end.toordinal()

    return sorted(kinds, key=rank)  # sorted is stable: the first recorded of equals


def _guarantor_default(s: Session, case: Case, loans: Sequence[Loan], on: dt.date) -> int:
    """The guarantor a demand goes to by default: the first of :func:`guarantors_in_order`."""
    ordered = guarantors_in_order(s, loans, on)
    if not ordered:
        raise DocumentRefused([f"DOC-CN-1: case {case.id} has no guarantor to address"])
    return ordered[0]


def _general_only(party_id: int, loans: Sequence[Loan]) -> bool:
    """Whether every guarantee the party gave on these loans is a general one (一般保证)."""
    kinds = {g.kind for loan in loans for g in loan.guarantees if g.guarantor_party_id == party_id}
    return bool(kinds) and "joint" not in kinds


def _period_end(s: Session, party_id: int, loans: Sequence[Loan]) -> dt.date | None:
    ends = [
        deadlines.guarantee_period_end(loan.maturity_date, g.period_end)
        for loan in loans
        for g in loan.guarantees
        if g.guarantor_party_id == party_id
    ]
    return min(ends, default=None)


def _security(s: Session, case: Case, loans: Sequence[Loan]) -> tuple[SecurityContract, ...]:
    out: list[SecurityContract] = []
    for loan in loans:
        for g in loan.guarantees:
            party = s.get(Party, g.guarantor_party_id)
            name = "最高额保证合同" if g.max_amount else "保证合同"
            out.append(
                SecurityContract(
                    party.name if party else "",
                    "guarantee",
                    name,
                    g.contract_no,
                    g.contract_date,
                )
            )
        for c in loan.collateral:
            # a mortgage or pledge is known by its collateral and registration number:
            # no contract number or date is imported for it, so none is stated
            owner = s.get(Party, c.owner_party_id) if c.owner_party_id else None
            out.append(
                SecurityContract(
                    owner.name if owner else case.borrower_name,
                    c.kind,
                    "抵押" if c.kind == "mortgage" else "质押",
                    c.registration_no,
                    None,
                    c.description.strip(),
                )
            )
    return tuple(out)


def _amounts(figs: Sequence[LoanFigures], basis: str) -> Amounts:
    b = [f.balance for f in figs]
    costs = sum(x.costs for x in b)
    overdue_principal = sum(x.overdue_principal for x in b)
    return Amounts(
        overdue_principal=overdue_principal,
        remaining_principal=sum(x.principal_outstanding for x in b) - overdue_principal,
        interest=sum(x.overdue_interest for x in b),
        penalty_interest=sum(x.penalty_interest for x in b),
        penalty_basis=basis,
        compound_interest=sum(x.compound_interest for x in b),
        total=sum(f.overdue_amount for f in figs),
        fees=(FeeLine("实现债权的费用", costs),) if costs else (),
    )


def build_letter_data(
    s: Session,
    case_id: int,
    kind: LetterKind,
    lang: Language,
    letter_no: str,
    issue_date: dt.date,
    calc_date: dt.date,
    addressee_party_id: int | None = None,
    deadline_days: int = 15,
) -> tuple[LetterData, int]:
    """The letter for ``case_id`` with figures as of ``calc_date`` (see the module doc),
    and the addressee's party id."""
    case = s.get(Case, case_id)
    if case is None:
        raise LookupError(f"No case with id {case_id}.")
    inst = institution(s)
    issuer, account = issuer_of(inst, case.currency)
    _, per_case, _ = figures.compute(s.connection(), [case_id], calc_date)
    overdue = [f for f in per_case.get(case_id, []) if f.overdue_amount > 0]
    if not overdue:
        raise DocumentRefused(
            [f"DOC-CN-3: nothing is overdue on case {case_id} as of {calc_date.isoformat()}"]
        )
    by_id = {f.loan_id: f for f in overdue}
    loans = [
        loan
        for loan in s.scalars(
            select(Loan).where(Loan.case_id == case_id).order_by(Loan.contract_date, Loan.id)
        )
        if loan.id in by_id
    ]
    if addressee_party_id is None:
        addressee_party_id = (
            _guarantor_default(s, case, loans, issue_date)
            if kind is LetterKind.GUARANTOR
            else case.borrower_party_id
        )
    party = s.get(Party, addressee_party_id)
    if party is None:
        raise LookupError(f"No party with id {addressee_party_id}.")
    role = _role(s, case, party.id, [loan.id for loan in loans])
    period_end = _period_end(s, party.id, loans) if kind is LetterKind.GUARANTOR else None
    deadline = issue_date + dt.timedelta(days=deadline_days)
    if period_end is not None:
        deadline = min(deadline, period_end)
    contracts = tuple(
        LoanContract(
            case.borrower_name,
            loan.contract_name,
            loan.contract_no,
            loan.contract_date,
            loan.principal,
            loan.drawdown_date,
            loan.maturity_date,
            Decimal(loan.annual_rate),
            Decimal(loan.penalty_markup),
        )
        for loan in loans
    )
    oldest = min(f.oldest_unpaid or calc_date for f in overdue)
    law = None
    if kind is LetterKind.LAWYER and inst.law_firm_name.strip():
        law = LawFirm(
            inst.law_firm_name,
            inst.law_firm_address,
            inst.lawyer_name,
            inst.lawyer_license_no,
            AUTHORISATION[lang],
        )
    data = LetterData(
        kind=kind,
        language=lang,
        letter_no=letter_no,
        issuer=issuer,
        addressees=(_addressee(s, party, role),),
        loans=contracts,
        default=DefaultFacts(oldest),
        calc_date=calc_date,
        amounts=_amounts(overdue, _penalty_basis(loans, lang)),
        daily_accrual=sum(f.daily.total for f in overdue),
        deadline=deadline,
        payment_account=account or BankAccount("", "", ""),
        officer=officer_contact(s, case.officer_id, inst),
        objection_channel=_objection(inst, lang),
        issue_date=issue_date,
        security_contracts=_security(s, case, loans),
        limitation_expired=any(
            f.limitation is not None and f.limitation.level == "expired" for f in overdue
        ),
        guarantee_period_end=period_end,
        general_guarantee=kind is LetterKind.GUARANTOR and _general_only(party.id, loans),
        law_firm=law,
        currency=case.currency,
    )
    return data, party.id
