"""Agreement rules AGR-CN-1..9 (compliance.md) and the interest caps on the agreed rates
(DOC-CN-4 / DOC-CN-5, :mod:`compliance.rate_caps`); warnings (AGR-CN-5, and the caps that
only warn) are a separate list."""

from __future__ import annotations

from datetime import date

from desktop_app.compliance import details as detail
from desktop_app.compliance import rate_caps
from desktop_app.compliance.details import say
from desktop_app.compliance.rate_caps import CapFinding, Demand
from desktop_app.domain.daxie import DaxieError

from .agreement_data import AgreementData, GuaranteeKind, Structure
from .agreement_text import compose_agreement, schedule_total
from .checks import check_amount_words, lexicon_problems, without
from .letter_data import PartyKind
from .texts import Texts, TextsError, load_texts

__all__ = ["agreement_warnings", "awaits_consent", "check_agreement", "rate_findings"]

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
            out.append(say("AGR-CN-1", detail.NOT_CONSENTED, name=name))
        if g.guarantee_kind is not GuaranteeKind.JOINT:
            out.append(say("AGR-CN-2", detail.NOT_JOINT, name=name))
        if g.new_period_end is None:
            out.append(say("AGR-CN-2", detail.NO_NEW_PERIOD, name=name))
        elif data.schedule and g.new_period_end <= data.schedule[-1].due_date:
            out.append(say("AGR-CN-2", detail.PERIOD_BEFORE_MATURITY, name=name))
        if g.party.kind is PartyKind.ENTITY and not g.resolution_attached:
            out.append(say("AGR-CN-3", detail.NO_RESOLUTION, name=name))
    unconsented = {g.party.name for g in data.guarantors if not g.consents}
    for s in data.security_providers:
        # one consent per person: a guarantor who also pledges is named once
        if data.changes_term_or_amount and not s.consents and s.party.name not in unconsented:
            out.append(say("AGR-CN-1", detail.PROVIDER_NOT_CONSENTED, name=s.party.name))
    if data.structure is Structure.REFINANCE:
        same = {g.party.name for g in data.guarantors} == set(data.original_guarantors)
        if not (same or data.guarantor_acknowledges_purpose):
            out.append(say("AGR-CN-4", detail.REFINANCE_GUARANTORS))
    return out


def _schedule(data: AgreementData) -> list[str]:
    rows = data.schedule
    if not rows:
        return [say("AGR-CN-6", detail.MISSING, field="repayment schedule")]
    out: list[str] = []
    principal = sum(r.principal for r in rows)
    if principal != data.restructured_principal:
        out.append(
            say(
                "AGR-CN-6",
                detail.SCHEDULE_PRINCIPAL,
                sum=principal,
                principal=data.restructured_principal,
            )
        )
    arrears = sum(r.arrears or 0 for r in rows)
    waived = data.waiver.amount if data.waiver else 0
    if data.restructured_principal + arrears + waived != data.debt.total:
        out.append(say("AGR-CN-6", detail.DEBT_RECONCILE))
    balance = data.restructured_principal
    previous: date | None = None
    for r in rows:
        balance -= r.principal
        if previous is not None and r.due_date <= previous:
            out.append(say("AGR-CN-6", detail.PERIOD_DATE, period=r.period))
        if r.payment != r.principal + r.interest + (r.arrears or 0):
            out.append(say("AGR-CN-6", detail.PERIOD_PAYMENT, period=r.period))
        if r.remaining != balance or r.remaining < 0:
            out.append(
                say(
                    "AGR-CN-6",
                    detail.PERIOD_BALANCE,
                    period=r.period,
                    stated=r.remaining,
                    expected=balance,
                )
            )
        previous = r.due_date
    if [r.period for r in rows] != list(range(1, len(rows) + 1)):
        out.append(say("AGR-CN-6", detail.PERIODS_RUN))
    return out


def _debt(data: AgreementData) -> list[str]:
    d = data.debt
    parts = d.principal + d.interest + d.penalty_interest + d.compound_interest + d.fees
    out = [] if parts == d.total else [say("DOC-CN-3", detail.DEBT_SUM, sum=parts, total=d.total)]
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
        out.append(say("AGR-CN-7", detail.ONE_FORUM))
    out += [
        say("AGR-CN-8", detail.LACKS_CLAUSE, clause=what)
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
            out.append(say("AGR-CN-8", detail.NO_SERVICE_ADDRESS, name=p.name))
        if not (p.phone.strip() or p.email.strip()):
            out.append(say("AGR-CN-8", detail.NO_E_SERVICE, name=p.name))
    if data.waiver and not (
        data.waiver.reinstated_on_default and texts.has("article.waiver.reinstate")
    ):
        out.append(say("AGR-CN-9", detail.NO_REINSTATEMENT))
    return out


def _required(data: AgreementData) -> list[str]:
    fields = [
        ("agreement_no", data.agreement_no),
        ("place_signed", data.place_signed),
        ("original_contracts", data.original_contracts),
        ("default_recital", data.default_recital),
    ]
    out = [say("AGR-CN", detail.MISSING, field=n) for n, v in fields if not v]
    if data.payment_account not in data.creditor_accounts:
        out.append(say("CN-PAY1", detail.NOT_CREDITOR_ACCOUNT))
    return out


def rate_findings(data: AgreementData) -> list[CapFinding]:
    """DOC-CN-4 / DOC-CN-5 for the rates the agreement sets, as of the day it is signed:
    the penalty rate (the new rate plus its markup) is what the creditor may charge on
    overdue principal, so it is the rate held to the cap; the markup is the new rate's."""
    if data.new_rate > 0:
        rate, markup = data.new_rate, data.penalty_rate / data.new_rate - 1
    else:  # an interest-free plan: only the penalty rate, which has no markup to judge
        rate, markup = data.penalty_rate, None
    signed = data.date_signed
    demand = Demand(data.lender_type, signed, rate, markup, data.restructured_principal,
                    markup is not None, 0, 0, 0, signed, signed)
    return rate_caps.check(demand)


def _rate_messages(data: AgreementData, action: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in rate_findings(data) if f.action == action]


_CONSENT = (detail.NOT_CONSENTED, detail.PROVIDER_NOT_CONSENTED, detail.NO_RESOLUTION)


def awaits_consent(problem: str) -> bool:
    """Whether ``problem`` is a consent or board resolution still to be obtained (AGR-CN-1,
    AGR-CN-3): what a draft for the parties' review may lack."""
    found = detail.parse(problem)
    return found is not None and found[1] in _CONSENT


def check_agreement(data: AgreementData, texts: Texts | None = None) -> list[str]:
    """Every AGR-CN-1,2,3,4,6,7,8,9 problem (plus 大写, CN-PAY1, lexicon) of ``data``."""
    texts = texts or load_texts("agreement", data.language)
    out = (
        _required(data)
        + _guarantors(data)
        + _debt(data)
        + _schedule(data)
        + _forum_and_clauses(data, texts)
        + _rate_messages(data, rate_caps.BLOCK)
    )
    try:
        content = compose_agreement(data, texts)
    except TextsError as exc:
        return [*out, f"TEXTS: {exc}"]
    except DaxieError:  # an amount with no 大写 form: DOC-CN-2 already lists it
        return out
    # agreements may mention lawyers and powers of attorney; threats stay banned
    return out + lexicon_problems(
        without(content.all_text(), _record_values(data)), [data.creditor.name], law_firm=True
    )


def _record_values(data: AgreementData) -> list[str]:
    """Names, addresses, titles and collateral the agreement takes from the records."""
    parties = [data.creditor, data.debtor, *(g.party for g in data.guarantors),
               *(p.party for p in data.security_providers)]
    out = [v for p in parties for v in (p.name, p.domicile, p.representative, p.service_address)]
    out += [p.collateral for p in data.security_providers]
    out += [v for c in data.original_contracts for v in (c.name, c.number)]
    out += [data.payment_account.account_name, data.payment_account.bank_name]
    return out


def agreement_warnings(data: AgreementData) -> list[str]:
    """What the officer should check before the agreement is signed: the caps that only
    warn (DOC-CN-4 for financial lenders, DOC-CN-5, an old LPR table) and AGR-CN-5 (展期
    timing and length; lender policy may differ)."""
    out = _rate_messages(data, rate_caps.WARN)
    if data.structure is not Structure.EXTENSION or not data.original_contracts:
        return out
    original = max(c.maturity for c in data.original_contracts)
    if data.extension_applied_on is None or data.extension_applied_on > original:
        out.append(say("AGR-CN-5", detail.EXTENSION_LATE))
    if data.original_drawdown is not None and data.schedule:
        term = (original - data.original_drawdown).days
        extension = (data.schedule[-1].due_date - original).days
        limit = term if term <= 366 else (term // 2 if term <= 5 * 366 else 3 * 366)
        if extension > limit:
            out.append(say("AGR-CN-5", detail.EXTENSION_LONG, days=extension, limit=limit))
    return out
