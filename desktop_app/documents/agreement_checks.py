"""Agreement rules AGR-CN-1..9 (compliance.md); AGR-CN-5 is a separate warning list."""

from __future__ import annotations

from datetime import date

from .agreement_data import AgreementData, GuaranteeKind, Structure
from .agreement_text import compose_agreement, schedule_total
from .checks import check_amount_words, lexicon_problems
from .letter_data import PartyKind
from .texts import Texts, TextsError, load_texts

__all__ = ["agreement_warnings", "check_agreement"]

_REQUIRED_CLAUSES = {  # AGR-CN-8 / AGR-CN-9: wording that must exist
    "article.ack.confirm": "debt-acknowledgement clause",
    "article.novation.text": "not-a-novation / security-continues clause",
    "article.default.effect": "acceleration clause",
    "article.service.lead": "service-address clause",
}


def _guarantors(data: AgreementData) -> list[str]:
    out: list[str] = []
    for g in data.guarantors:
        name = g.party.name
        if data.changes_term_or_amount and not g.consents:
            out.append(f"AGR-CN-1: guarantor {name} has not consented in writing")
        if g.guarantee_kind is not GuaranteeKind.JOINT:
            out.append(f"AGR-CN-2: guarantor {name} must give 连带责任保证 (joint liability)")
        if g.new_period_end is None:
            out.append(f"AGR-CN-2: guarantor {name} has no explicit new guarantee period")
        elif data.schedule and g.new_period_end <= data.schedule[-1].due_date:
            out.append(f"AGR-CN-2: guarantor {name} guarantee period ends before final maturity")
        if g.party.kind is PartyKind.ENTITY and not g.resolution_attached:
            out.append(f"AGR-CN-3: corporate guarantor {name} needs a board/shareholder resolution")
    for s in data.security_providers:
        if data.changes_term_or_amount and not s.consents:
            out.append(f"AGR-CN-1: security provider {s.party.name} has not consented in writing")
    if data.structure is Structure.REFINANCE:
        same = {g.party.name for g in data.guarantors} == set(data.original_guarantors)
        if not (same or data.guarantor_acknowledges_purpose):
            out.append(
                "AGR-CN-4: 借新还旧 needs the same guarantors or their written "
                "acknowledgement of the purpose"
            )
    return out


def _schedule(data: AgreementData) -> list[str]:
    rows = data.schedule
    if not rows:
        return ["AGR-CN-6: missing repayment schedule"]
    out: list[str] = []
    principal = sum(r.principal for r in rows)
    if principal != data.restructured_principal:
        out.append(
            f"AGR-CN-6: schedule principal {principal} fen != restructured principal "
            f"{data.restructured_principal} fen"
        )
    arrears = sum(r.arrears or 0 for r in rows)
    waived = data.waiver.amount if data.waiver else 0
    if data.restructured_principal + arrears + waived != data.debt.total:
        out.append("AGR-CN-6: restructured principal + arrears + waiver != acknowledged debt")
    balance = data.restructured_principal
    previous: date | None = None
    for r in rows:
        balance -= r.principal
        if previous is not None and r.due_date <= previous:
            out.append(f"AGR-CN-6: period {r.period} due date not after the previous one")
        if r.payment != r.principal + r.interest + (r.arrears or 0):
            out.append(f"AGR-CN-6: period {r.period} payment != principal + interest + arrears")
        if r.remaining != balance or r.remaining < 0:
            out.append(f"AGR-CN-6: period {r.period} remaining balance {r.remaining} != {balance}")
        previous = r.due_date
    if [r.period for r in rows] != list(range(1, len(rows) + 1)):
        out.append("AGR-CN-6: periods must run 1..N")
    return out


def _debt(data: AgreementData) -> list[str]:
    d = data.debt
    parts = d.principal + d.interest + d.penalty_interest + d.compound_interest + d.fees
    out = (
        []
        if parts == d.total
        else [f"DOC-CN-3: debt components sum to {parts} fen, total is {d.total} fen"]
    )
    pairs = [
        ("principal", d.principal),
        ("interest", d.interest),
        ("penalty_interest", d.penalty_interest),
        ("compound_interest", d.compound_interest),
        ("fees", d.fees),
        ("total", d.total),
        ("schedule total", schedule_total(data)),
        ("restructured principal", data.restructured_principal),
    ]
    if data.waiver:
        pairs.append(("waiver", data.waiver.amount))
    return out + check_amount_words(pairs)


def _forum_and_clauses(data: AgreementData, texts: Texts) -> list[str]:
    f = data.dispute
    out: list[str] = []
    if bool(f.court_venue.strip()) == bool(f.arbitration_commission.strip()):
        out.append(
            "AGR-CN-7: dispute clause must name exactly one of a court venue or an "
            "arbitration commission"
        )
    out += [
        f"AGR-CN-8: wording lacks the {what}"
        for key, what in _REQUIRED_CLAUSES.items()
        if not texts.has(key)
    ]
    for p in [
        data.creditor,
        data.debtor,
        *(g.party for g in data.guarantors),
        *(s.party for s in data.security_providers),
    ]:
        if not (p.service_address.strip() and p.address_confirmed):
            out.append(f"AGR-CN-8: {p.name} has no confirmed service address")
        if not (p.phone.strip() or p.email.strip()):
            out.append(f"AGR-CN-8: {p.name} has no phone or e-mail for electronic service")
    if data.waiver and not (
        data.waiver.reinstated_on_default and texts.has("article.waiver.reinstate")
    ):
        out.append("AGR-CN-9: conditional waiver without a reinstatement-on-default clause")
    return out


def _required(data: AgreementData) -> list[str]:
    fields = [
        ("agreement_no", data.agreement_no),
        ("place_signed", data.place_signed),
        ("original_contracts", data.original_contracts),
        ("default_recital", data.default_recital),
    ]
    out = [f"AGR-CN: missing {n}" for n, v in fields if not v]
    if data.payment_account not in data.creditor_accounts:
        out.append("CN-PAY1: payment_account is not one of the creditor's designated accounts")
    return out


def check_agreement(data: AgreementData, texts: Texts | None = None) -> list[str]:
    """Every AGR-CN-1,2,3,4,6,7,8,9 problem (plus 大写, CN-PAY1, lexicon) of ``data``."""
    texts = texts or load_texts("agreement", data.language)
    out = (
        _required(data)
        + _guarantors(data)
        + _debt(data)
        + _schedule(data)
        + _forum_and_clauses(data, texts)
    )
    try:
        content = compose_agreement(data, texts)
    except TextsError as exc:
        return [*out, f"TEXTS: {exc}"]
    # agreements may mention lawyers and powers of attorney; threats stay banned
    return out + lexicon_problems(content.all_text(), [data.creditor.name], law_firm=True)


def agreement_warnings(data: AgreementData) -> list[str]:
    """AGR-CN-5 (展期 timing and length); lender policy may differ, so only warnings."""
    if data.structure is not Structure.EXTENSION or not data.original_contracts:
        return []
    original = max(c.maturity for c in data.original_contracts)
    out: list[str] = []
    if data.extension_applied_on is None or data.extension_applied_on > original:
        out.append("AGR-CN-5: extension must be applied for before the original maturity")
    if data.original_drawdown is not None and data.schedule:
        term = (original - data.original_drawdown).days
        extension = (data.schedule[-1].due_date - original).days
        limit = term if term <= 366 else (term // 2 if term <= 5 * 366 else 3 * 366)
        if extension > limit:
            out.append(
                f"AGR-CN-5: extension of {extension} days exceeds the 贷款通则 Art. 12 "
                f"limit of {limit} days"
            )
    return out
