"""What the database already holds: answers reference look-ups and completes the portfolio.

A row may point at a party or loan stored by an earlier import. The writer needs every
record a portfolio refers to, so the stored ones are added back unchanged (the upsert then
leaves them alone).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop_app.context import AppContext
from desktop_app.portfolio.records import LoanRec, PartyRec, Portfolio, party_key
from local_db.models import Case, Loan, Party

_CHUNK = 500


class DatabaseKnown:
    """A :data:`desktop_app.importer.links.Lookup` over the store that remembers the records."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.parties: dict[str, PartyRec] = {}
        self.loans: dict[str, LoanRec] = {}

    def __call__(self, target: str, keys: set[str]) -> dict[str, str]:
        ordered = sorted(keys)
        found: dict[str, str] = {}
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            found.update(self._parties(chunk) if target == "party" else self._loans(chunk))
        return found

    def _parties(self, numbers: list[str]) -> dict[str, str]:
        with self.ctx.read() as s:
            rows = s.scalars(select(Party).where(Party.id_number.in_(numbers))).all()
            for p in rows:
                self.parties[p.id_number] = _party(p)
        return {p.id_number: party_key(p.id_type, p.id_number) for p in rows}

    def _loans(self, contract_nos: list[str]) -> dict[str, str]:
        query = (
            select(Loan, Party)
            .join(Case, Loan.case_id == Case.id)
            .join(Party, Case.borrower_party_id == Party.id)
            .where(Loan.contract_no.in_(contract_nos))
        )
        with self.ctx.read() as s:
            for loan, party in s.execute(query):
                self.parties.setdefault(party.id_number, _party(party))
                self.loans[loan.contract_no] = _loan(
                    loan, party_key(party.id_type, party.id_number)
                )
        return {c: c for c in contract_nos if c in self.loans}

    def complete(self, portfolio: Portfolio) -> Portfolio:
        """Add the stored loans and parties that ``portfolio`` refers to but does not carry."""
        have_loans = {loan.contract_no for loan in portfolio.loans}
        wanted_loans = {r.contract_no for r in portfolio.guarantees}
        wanted_loans |= {r.contract_no for r in portfolio.collateral}
        wanted_loans |= {r.contract_no for r in portfolio.instalments}
        wanted_loans |= {r.contract_no for r in portfolio.payments}
        portfolio.loans += [
            self.loans[c] for c in sorted(wanted_loans - have_loans) if c in self.loans
        ]
        have = {p.key for p in portfolio.parties}
        wanted = {loan.borrower_key for loan in portfolio.loans}
        wanted |= {k for r in portfolio.roles for k in (r.borrower_key, r.party_key)}
        wanted |= {g.guarantor_key for g in portfolio.guarantees}
        wanted |= {c.owner_key for c in portfolio.collateral if c.owner_key}
        stored = {p.key: p for p in self.parties.values()}
        portfolio.parties += [stored[k] for k in sorted(wanted - have) if k in stored]
        return portfolio


def _party(p: Party) -> PartyRec:
    return PartyRec(
        kind=p.kind,
        name=p.name,
        id_type=p.id_type,
        id_number=p.id_number,
        service_address=p.service_address,
        province=p.province,
        city=p.city,
        district=p.district,
        timezone=p.timezone,
        language=p.language,
        legal_rep_name=p.legal_rep_name,
    )


def _loan(loan: Loan, borrower_key: str) -> LoanRec:
    return LoanRec(
        contract_no=loan.contract_no,
        borrower_key=borrower_key,
        contract_date=loan.contract_date,
        principal=loan.principal,
        annual_rate=Decimal(loan.annual_rate),
        drawdown_date=loan.drawdown_date,
        maturity_date=loan.maturity_date,
        currency=loan.currency,
        penalty_markup=Decimal(loan.penalty_markup),
        day_count=loan.day_count,
        repayment_method=loan.repayment_method,
        compound_enabled=loan.compound_enabled,
        contract_name=loan.contract_name,
    )
