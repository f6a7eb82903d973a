"""Accepted rows -> portfolio records (``desktop_app.portfolio.records``)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from desktop_app.importer.rows import Row
from desktop_app.portfolio.records import (
    CaseRec,
    CollateralRec,
    ContactRec,
    GuaranteeRec,
    InstalmentRec,
    LoanRec,
    PartyRec,
    PaymentRec,
    Portfolio,
    RoleRec,
    party_key,
)

_CONTACTS = (
    ("phone", "phone_1", "phone_1_source"),
    ("phone", "phone_2", "phone_2_source"),
    ("email", "email", "email_source"),
)


def assemble(rows: list[Row]) -> Portfolio:
    """Records for ``rows`` (all accepted); a party on several rows is merged, borrowers first."""
    out = Portfolio()
    parties: dict[str, PartyRec] = {}
    ordered = sorted(rows, key=lambda r: r.kind != "borrowers")
    for row in ordered:
        if row.kind in ("borrowers", "parties"):
            _merge(parties, _party(row.values))
    out.parties = list(parties.values())
    for row in rows:
        _add(out, row.kind, row.values)
    out.cases = [CaseRec(k) for k in dict.fromkeys(r.borrower_key for r in out.roles)]
    return out


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


def _party(v: dict[str, Any]) -> PartyRec:
    contacts = tuple(
        ContactRec(kind, v[value], v[source]) for kind, value, source in _CONTACTS if v.get(value)
    )
    return PartyRec(
        kind=v["kind"],
        name=v["name"],
        id_type=v["id_type"],
        id_number=v["id_number"],
        service_address=_or(v.get("service_address"), ""),
        province=_or(v.get("province"), ""),
        city=_or(v.get("city"), ""),
        district=_or(v.get("district"), ""),
        timezone=_or(v.get("timezone"), "Asia/Shanghai"),
        language=_or(v.get("language"), "zh"),
        legal_rep_name=_or(v.get("legal_rep"), ""),
        contacts=contacts,
    )


def _merge(parties: dict[str, PartyRec], party: PartyRec) -> None:
    """The first row's details are kept; contact points are merged."""
    first = parties.get(party.key)
    if first is None:
        parties[party.key] = party
        return
    seen = {(c.kind, c.value) for c in first.contacts}
    extra = tuple(c for c in party.contacts if (c.kind, c.value) not in seen)
    if extra:
        parties[party.key] = dataclasses.replace(first, contacts=first.contacts + extra)


def _add(out: Portfolio, kind: str, v: dict[str, Any]) -> None:
    if kind == "parties":
        out.roles.append(
            RoleRec(
                v["borrower_id_key"],
                party_key(v["id_type"], v["id_number"]),
                v["role"],
                _or(v.get("relation"), ""),
            )
        )
    elif kind == "loans":
        out.loans.append(_loan(v))
    elif kind == "guarantees":
        out.guarantees.append(
            GuaranteeRec(
                v["contract_no"],
                v["guarantor_id_key"],
                v["kind"],
                _or(v.get("guarantee_contract_no"), ""),
                v.get("contract_date"),
                v.get("period_end"),
                v.get("max_amount"),
            )
        )
    elif kind == "collateral":
        out.collateral.append(
            CollateralRec(
                v["contract_no"],
                v["kind"],
                _or(v.get("description"), ""),
                _or(v.get("registration_no"), ""),
                _or(v.get("value"), 0),
                v.get("owner_id_key"),
            )
        )
    elif kind == "instalments":
        out.instalments.append(
            InstalmentRec(
                v["contract_no"],
                v["seq"],
                v["due_date"],
                v["principal_due"],
                v["interest_due"],
                _or(v.get("principal_paid"), 0),
                _or(v.get("interest_paid"), 0),
            )
        )
    elif kind == "payments":
        out.payments.append(
            PaymentRec(v["contract_no"], v["received_on"], v["amount"], v["reference"])
        )


def _loan(v: dict[str, Any]) -> LoanRec:
    return LoanRec(
        contract_no=v["contract_no"],
        borrower_key=v["borrower_id_key"],
        contract_date=v["contract_date"],
        principal=v["principal"],
        annual_rate=v["annual_rate"],
        drawdown_date=v["drawdown_date"],
        maturity_date=v["maturity_date"],
        currency=_or(v.get("currency"), "CNY"),
        penalty_markup=_or(v.get("penalty_markup"), Decimal("0.5")),
        day_count=_or(v.get("day_count"), "ACT/360"),
        repayment_method=_or(v.get("repayment_method"), "annuity"),
        compound_enabled=_or(v.get("compound"), True),
        contract_name=_or(v.get("contract_name"), "借款合同"),
    )
