"""What a refusal or warning says after its rule code, one English template per kind.

The document checks (``documents.checks``, ``documents.agreement_checks``, ``rate_caps``)
and the services' refusals listed in ``SERVICES`` (the delivery register, plan status)
write every problem as ``"RULE: detail"`` with :func:`say`; the command line, logs and
tests see that English text. The window reads it back with :func:`parse` and shows the
same detail in the officer's language: it translates the template (context ``Problems``)
and the field, amount-line and clause names in it (:func:`field_label`, ``CLAUSES``).
``QT_TRANSLATE_NOOP`` below is a plain function that marks these texts for Qt's lupdate
(``tools/update_translations.sh`` reads this file too); nothing here imports Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CONTEXT = "Problems"


def _mark(context: str, text: str) -> str:
    return text


QT_TRANSLATE_NOOP = _mark  # lupdate's marker for translatable constants


@dataclass(frozen=True)
class Detail:
    """A detail template: ``{name}`` stands for a value (a field path, a name, a number)."""

    text: str
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = re.split(r"\{(\w+)\}", self.text)
        regex = "".join(
            re.escape(p) if k % 2 == 0 else f"(?P<{p}>.+?)" for k, p in enumerate(parts)
        )
        object.__setattr__(self, "pattern", re.compile(regex + r"\Z", re.DOTALL))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(re.findall(r"\{(\w+)\}", self.text))


_d = Detail  # short, for the list below


# letters and agreements: what is missing or malformed
MISSING = _d(QT_TRANSLATE_NOOP("Problems", "missing {field}"))
MUST_BE_MASKED = _d(QT_TRANSLATE_NOOP("Problems", "{field} must be masked (****+last 4)"))
NOT_USCC = _d(QT_TRANSLATE_NOOP("Problems", "{field} is not a 统一社会信用代码"))
NO_DAXIE = _d(QT_TRANSLATE_NOOP("Problems", "{field} cannot be written in 大写: {reason}"))
DAXIE_MISMATCH = _d(QT_TRANSLATE_NOOP("Problems", "{field}: 大写 does not parse back to {fen} fen"))
SUM_MISMATCH = _d(
    QT_TRANSLATE_NOOP("Problems", "components sum to {sum} fen but total is {total} fen")
)
CALC_AFTER_ISSUE = _d(QT_TRANSLATE_NOOP("Problems", "calc_date is after issue_date"))
DEADLINE_NOT_AFTER_ISSUE = _d(QT_TRANSLATE_NOOP("Problems", "deadline must be after issue_date"))
NO_LAW_FIRM = _d(QT_TRANSLATE_NOOP("Problems", "lawyer letter requires a law-firm profile"))
NO_GUARANTEE_END = _d(
    QT_TRANSLATE_NOOP("Problems", "guarantor letter requires guarantee_period_end")
)
OUTSIDE_GUARANTEE = _d(
    QT_TRANSLATE_NOOP("Problems", "demand and deadline must fall within the guarantee period")
)
GENERAL_GUARANTEE = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "a general guarantee (一般保证): this letter does not keep the guarantor liable; within "
        "the guarantee period the lender must sue or arbitrate against the borrower "
        "(民法典 Art. 693)",
    )
)
GUARANTEE_ENDED = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "the guarantee period ended on {date}: a demand now no longer holds the guarantor liable",
    )
)
NO_GUARANTOR_ADDRESSEE = _d(
    QT_TRANSLATE_NOOP("Problems", "guarantor letter needs a guarantor addressee")
)
# wording and conduct
BANNED_WORD = _d(QT_TRANSLATE_NOOP("Problems", "banned word {word}"))
ISSUER_STYLED = _d(QT_TRANSLATE_NOOP("Problems", "issuer may not be styled as {word}"))
LAW_FIRM_ONLY = _d(QT_TRANSLATE_NOOP("Problems", "{word} is allowed only in a law firm's letter"))
FEE_NOT_ALLOWED = _d(QT_TRANSLATE_NOOP("Problems", "fee line {word} not allowed"))
NOT_DESIGNATED = _d(
    QT_TRANSLATE_NOOP(
        "Problems", "payment_account is not one of the institution's designated accounts"
    )
)
NOT_CREDITOR_ACCOUNT = _d(
    QT_TRANSLATE_NOOP(
        "Problems", "payment_account is not one of the creditor's designated accounts"
    )
)
# agreements: guarantors and security
NOT_CONSENTED = _d(QT_TRANSLATE_NOOP("Problems", "guarantor {name} has not consented in writing"))
NOT_JOINT = _d(
    QT_TRANSLATE_NOOP("Problems", "guarantor {name} must give 连带责任保证 (joint liability)")
)
NO_NEW_PERIOD = _d(
    QT_TRANSLATE_NOOP("Problems", "guarantor {name} has no explicit new guarantee period")
)
PERIOD_BEFORE_MATURITY = _d(
    QT_TRANSLATE_NOOP("Problems", "guarantor {name} guarantee period ends before final maturity")
)
NO_RESOLUTION = _d(
    QT_TRANSLATE_NOOP("Problems", "corporate guarantor {name} needs a board/shareholder resolution")
)
PROVIDER_NOT_CONSENTED = _d(
    QT_TRANSLATE_NOOP("Problems", "security provider {name} has not consented in writing")
)
REFINANCE_GUARANTORS = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "借新还旧 needs the same guarantors or their written acknowledgement of the purpose",
    )
)
# agreements: figures and schedule
DEBT_SUM = _d(
    QT_TRANSLATE_NOOP("Problems", "debt components sum to {sum} fen, total is {total} fen")
)
SCHEDULE_PRINCIPAL = _d(
    QT_TRANSLATE_NOOP(
        "Problems", "schedule principal {sum} fen != restructured principal {principal} fen"
    )
)
DEBT_RECONCILE = _d(
    QT_TRANSLATE_NOOP("Problems", "restructured principal + arrears + waiver != acknowledged debt")
)
PERIOD_DATE = _d(
    QT_TRANSLATE_NOOP("Problems", "period {period} due date not after the previous one")
)
PERIOD_PAYMENT = _d(
    QT_TRANSLATE_NOOP("Problems", "period {period} payment != principal + interest + arrears")
)
PERIOD_BALANCE = _d(
    QT_TRANSLATE_NOOP("Problems", "period {period} remaining balance {stated} != {expected}")
)
PERIODS_RUN = _d(QT_TRANSLATE_NOOP("Problems", "periods must run 1..N"))
# agreements: forum, clauses, service
ONE_FORUM = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "dispute clause must name exactly one of a court venue or an arbitration commission",
    )
)
LACKS_CLAUSE = _d(QT_TRANSLATE_NOOP("Problems", "wording lacks the {clause}"))
NO_SERVICE_ADDRESS = _d(QT_TRANSLATE_NOOP("Problems", "{name} has no confirmed service address"))
NO_E_SERVICE = _d(
    QT_TRANSLATE_NOOP("Problems", "{name} has no phone or e-mail for electronic service")
)
NO_REINSTATEMENT = _d(
    QT_TRANSLATE_NOOP("Problems", "conditional waiver without a reinstatement-on-default clause")
)
EXTENSION_LATE = _d(
    QT_TRANSLATE_NOOP("Problems", "extension must be applied for before the original maturity")
)
EXTENSION_LONG = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "extension of {days} days exceeds the 贷款通则 Art. 12 limit of {limit} days",
    )
)
# interest caps (compliance.rate_caps)
FINANCIAL_RATE = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "demanded rate {rate} a year exceeds {cap}, which some courts apply to financial loans",
    )
)
LPR_CAP = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "demanded rate {rate} a year exceeds {multiple} x LPR {lpr} = {cap} on the contract "
        "date {date}",
    )
)
LPR_TABLE = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "the LPR table is checked up to {through}, before the contract date {date}: confirm "
        "the one-year LPR of that day (this check used {lpr}) and have the table updated",
    )
)
MARKUP = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "penalty interest at contract rate + {markup} is outside the usual + {low} to + "
        "{high}; check the contract provides for it",
    )
)

# the services: what is already on record
DELIVERY_REPEATED = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "this delivery of letter {letter} is already recorded: record only what has changed "
        "(outcome, delivered date or evidence)",
    )
)
PLAN_UNDER_WAY = _d(
    QT_TRANSLATE_NOOP(
        "Problems",
        "plan {plan} of this case is already {status}, and a case can have only one plan "
        "proposed, signed or active at a time",
    )
)
SERVICES = (DELIVERY_REPEATED, PLAN_UNDER_WAY)
"""Written by services (``delivery``, ``restructuring``), not by the document checks."""

ALL: tuple[Detail, ...] = tuple(v for v in list(globals().values()) if isinstance(v, Detail))
_BY_LITERAL = sorted(ALL, key=lambda d: -len(re.sub(r"\{\w+\}", "", d.text)))


def fill(detail: Detail, **values: object) -> str:
    """The template with ``values`` in its places (exactly the names it has)."""
    if set(values) != set(detail.names):
        raise KeyError(f"{detail.text!r} takes {detail.names}, got {sorted(values)}")
    return detail.text.format(**values)


def say(rule: str, detail: Detail, **values: object) -> str:
    """The problem ``"RULE: detail"`` with ``values`` in the template's places."""
    return f"{rule}: {fill(detail, **values)}"


def parse(problem: str) -> tuple[str, Detail, dict[str, str]] | None:
    """(rule, template, values) of a problem :func:`say` wrote, or ``None`` for any other
    text. Templates with more fixed words are tried first."""
    rule, sep, text = problem.partition(": ")
    if not sep:
        return None
    for detail in _BY_LITERAL:
        m = detail.pattern.match(text)
        if m:
            return rule, detail, m.groupdict()
    return None


# Names of the fields, amount lines and clauses details mention, for the window. A path
# with an index (``addressees[0].name``) is looked up without it and numbered from 1 ({n}).
FIELDS: dict[str, str] = {
    "addressees": QT_TRANSLATE_NOOP("Problems", "addressees"),
    "addressees[].name": QT_TRANSLATE_NOOP("Problems", "name of addressee {n}"),
    "addressees[].id_number": QT_TRANSLATE_NOOP("Problems", "identity number of addressee {n}"),
    "addressees[].service_address": QT_TRANSLATE_NOOP(
        "Problems", "service address of addressee {n}"
    ),
    "letter_no": QT_TRANSLATE_NOOP("Problems", "letter number"),
    "issuer.legal_name": QT_TRANSLATE_NOOP("Problems", "lender's legal name"),
    "issuer.address": QT_TRANSLATE_NOOP("Problems", "lender's address"),
    "issuer.phone": QT_TRANSLATE_NOOP("Problems", "lender's phone"),
    "contract_refs": QT_TRANSLATE_NOOP("Problems", "loan contracts"),
    "payment_account.account_name": QT_TRANSLATE_NOOP("Problems", "repayment account name"),
    "payment_account.bank_name": QT_TRANSLATE_NOOP("Problems", "repayment account bank"),
    "payment_account.account_no": QT_TRANSLATE_NOOP("Problems", "repayment account number"),
    "officer.name": QT_TRANSLATE_NOOP("Problems", "officer's name"),
    "officer.phone": QT_TRANSLATE_NOOP("Problems", "officer's phone"),
    "officer.office_address": QT_TRANSLATE_NOOP("Problems", "officer's office address"),
    "objection_channel": QT_TRANSLATE_NOOP("Problems", "channel for objections"),
    "amounts.penalty_basis": QT_TRANSLATE_NOOP("Problems", "basis of the penalty interest"),
    "loans[].name": QT_TRANSLATE_NOOP("Problems", "name of loan contract {n}"),
    "loans[].number": QT_TRANSLATE_NOOP("Problems", "number of loan contract {n}"),
    "loans[].borrower": QT_TRANSLATE_NOOP("Problems", "borrower of loan contract {n}"),
    "security_contracts[].name": QT_TRANSLATE_NOOP("Problems", "name of security contract {n}"),
    "security_contracts[].number": QT_TRANSLATE_NOOP("Problems", "number of security contract {n}"),
    "default.acceleration_clause": QT_TRANSLATE_NOOP(
        "Problems", "acceleration clause the letter relies on"
    ),
    "law_firm.firm_name": QT_TRANSLATE_NOOP("Problems", "law firm's name"),
    "law_firm.address": QT_TRANSLATE_NOOP("Problems", "law firm's address"),
    "law_firm.lawyer_name": QT_TRANSLATE_NOOP("Problems", "lawyer's name"),
    "law_firm.licence_no": QT_TRANSLATE_NOOP("Problems", "lawyer's licence number"),
    "law_firm.authorisation": QT_TRANSLATE_NOOP("Problems", "law firm's authorisation"),
    "agreement_no": QT_TRANSLATE_NOOP("Problems", "agreement number"),
    "place_signed": QT_TRANSLATE_NOOP("Problems", "place of signing"),
    "original_contracts": QT_TRANSLATE_NOOP("Problems", "original contracts"),
    "default_recital": QT_TRANSLATE_NOOP("Problems", "recital of the default"),
    "repayment schedule": QT_TRANSLATE_NOOP("Problems", "repayment schedule"),
    # amounts checked in 大写 (letter rows, agreement figures)
    "row.overdue_principal": QT_TRANSLATE_NOOP("Problems", "overdue principal"),
    "row.remaining_principal": QT_TRANSLATE_NOOP("Problems", "remaining principal"),
    "row.interest": QT_TRANSLATE_NOOP("Problems", "interest"),
    "row.penalty_interest": QT_TRANSLATE_NOOP("Problems", "penalty interest"),
    "row.compound_interest": QT_TRANSLATE_NOOP("Problems", "compound interest"),
    "row.liquidated_damages": QT_TRANSLATE_NOOP("Problems", "liquidated damages"),
    "fee:": QT_TRANSLATE_NOOP("Problems", "fee “{label}”"),
    "total": QT_TRANSLATE_NOOP("Problems", "total"),
    "daily_accrual": QT_TRANSLATE_NOOP("Problems", "daily accrual"),
    "principal": QT_TRANSLATE_NOOP("Problems", "principal"),
    "interest": QT_TRANSLATE_NOOP("Problems", "interest"),
    "penalty_interest": QT_TRANSLATE_NOOP("Problems", "penalty interest"),
    "compound_interest": QT_TRANSLATE_NOOP("Problems", "compound interest"),
    "fees": QT_TRANSLATE_NOOP("Problems", "fees"),
    "schedule total": QT_TRANSLATE_NOOP("Problems", "schedule total"),
    "restructured principal": QT_TRANSLATE_NOOP("Problems", "restructured principal"),
    "waiver": QT_TRANSLATE_NOOP("Problems", "waiver"),
}
CLAUSES: dict[str, str] = {
    "debt-acknowledgement clause": QT_TRANSLATE_NOOP("Problems", "debt-acknowledgement clause"),
    "not-a-novation / security-continues clause": QT_TRANSLATE_NOOP(
        "Problems", "not-a-novation / security-continues clause"
    ),
    "acceleration clause": QT_TRANSLATE_NOOP("Problems", "acceleration clause"),
    "service-address clause": QT_TRANSLATE_NOOP("Problems", "service-address clause"),
}
# Plan statuses a detail names ({status}).
STATUSES: dict[str, str] = {
    "proposed": QT_TRANSLATE_NOOP("Problems", "proposed"),
    "signed": QT_TRANSLATE_NOOP("Problems", "signed"),
    "active": QT_TRANSLATE_NOOP("Problems", "active"),
}
_INDEX = re.compile(r"\[(\d+)\]")


def field_label(path: str) -> tuple[str, dict[str, str]] | None:
    """The English label template of a field path and its values (``n``: the 1-based
    index; ``label``: a fee's own label), or ``None`` for a path not listed."""
    if path.startswith("fee:"):
        return FIELDS["fee:"], {"label": path[4:]}
    numbers = _INDEX.findall(path)
    label = FIELDS.get(_INDEX.sub("[]", path))
    if label is None:
        return None
    return label, ({"n": str(int(numbers[0]) + 1)} if numbers else {})
