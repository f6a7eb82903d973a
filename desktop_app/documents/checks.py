"""Rule checks before a document is produced (compliance.md DOC-CN-*, CN-*, AGR-CN-*).

Each check returns a list of human-readable problems, each prefixed with its rule id;
an empty list means the document may be built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from stdnum.cn import uscc

from desktop_app.compliance import details as detail
from desktop_app.compliance import rate_caps
from desktop_app.compliance.details import say
from desktop_app.compliance.rate_caps import CapFinding, Demand
from desktop_app.domain.daxie import DaxieError, check_pair, to_daxie

from .letter_data import AddresseeRole, LetterData, LetterKind, PartyKind
from .letter_text import LetterContent, amount_lines, compose_letter
from .lexicon import find_banned
from .texts import Texts, TextsError, load_texts

__all__ = [
    "DocumentRefused",
    "check_amount_words",
    "check_letter",
    "checked_letter",
    "letter_warnings",
    "lexicon_problems",
    "without",
]

MASKED_ID = re.compile(r"^\*{4,}[0-9A-Za-z]{4}$")


class DocumentRefused(ValueError):
    """A document was refused; ``problems`` lists every missing element or broken rule."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("document refused: " + "; ".join(problems))
        self.problems = list(problems)

    def __reduce__(self) -> tuple[type[DocumentRefused], tuple[list[str]]]:
        return (type(self), (self.problems,))  # keeps the list across process boundaries


def _missing(rule: str, fields: Iterable[tuple[str, object]]) -> list[str]:
    return [
        say(rule, detail.MISSING, field=name)
        for name, value in fields
        if value is None or (isinstance(value, str | tuple) and not value)
    ]


def _parties(data: LetterData) -> list[str]:
    out: list[str] = []
    if not data.addressees:
        out.append(say("DOC-CN-1", detail.MISSING, field="addressees"))
    for i, a in enumerate(data.addressees):
        out += _missing(
            "DOC-CN-1",
            [
                (f"addressees[{i}].name", a.name),
                (f"addressees[{i}].id_number", a.id_number),
                (f"addressees[{i}].service_address", a.service_address),
            ],
        )
        if a.kind is PartyKind.NATURAL and a.id_number and not MASKED_ID.match(a.id_number):
            out.append(say("PII-1", detail.MUST_BE_MASKED, field=f"addressees[{i}].id_number"))
        if a.kind is PartyKind.ENTITY and a.id_number and not uscc.is_valid(a.id_number):
            out.append(say("DOC-CN-1", detail.NOT_USCC, field=f"addressees[{i}].id_number"))
    return out


def _required(data: LetterData) -> list[str]:
    i, o, acc = data.issuer, data.officer, data.payment_account
    out = _missing(
        "DOC-CN-1",
        [
            ("letter_no", data.letter_no.strip()),
            ("issuer.legal_name", i.legal_name),
            ("issuer.address", i.address),
            ("issuer.phone", i.phone),
            ("contract_refs", data.loans),
            ("payment_account.account_name", acc.account_name),
            ("payment_account.bank_name", acc.bank_name),
            ("payment_account.account_no", acc.account_no),
            ("officer.name", o.name),
            ("officer.phone", o.phone),
            ("officer.office_address", o.office_address),
            ("objection_channel", data.objection_channel.strip()),
            ("amounts.penalty_basis", data.amounts.penalty_basis.strip()),
        ],
    )
    for n, c in enumerate(data.loans):
        out += _missing(
            "DOC-CN-1",
            [
                (f"loans[{n}].name", c.name),
                (f"loans[{n}].number", c.number),
                (f"loans[{n}].borrower", c.borrower),
            ],
        )
    for n, s in enumerate(data.security_contracts):
        out += _missing(
            "DOC-CN-1",
            [
                (f"security_contracts[{n}].name", s.name),
                (f"security_contracts[{n}].number", s.number),
            ],
        )
    if data.default.accelerated and not data.default.acceleration_clause.strip():
        out.append(say("DOC-CN-1", detail.MISSING, field="default.acceleration_clause"))
    return out + _parties(data)


def check_amount_words(pairs: Iterable[tuple[str, int]], currency: str = "CNY") -> list[str]:
    """DOC-CN-2: every amount's 大写 form parses back to the same fen value."""
    out: list[str] = []
    for label, fen in pairs:
        try:
            ok = check_pair(fen, to_daxie(fen, currency), currency)
        except (DaxieError, TypeError) as exc:
            out.append(say("DOC-CN-2", detail.NO_DAXIE, field=label, reason=exc))
            continue
        if not ok:
            out.append(say("DOC-CN-2", detail.DAXIE_MISMATCH, field=label, fen=fen))
    return out


def _arithmetic(data: LetterData) -> list[str]:
    lines = amount_lines(data)
    out = check_amount_words(
        [*lines, ("total", data.amounts.total), ("daily_accrual", data.daily_accrual)],
        data.currency,
    )
    total = sum(fen for _, fen in lines)
    if total != data.amounts.total:
        out.append(say("DOC-CN-3", detail.SUM_MISMATCH, sum=total, total=data.amounts.total))
    if data.calc_date > data.issue_date:
        out.append(say("DOC-CN-3", detail.CALC_AFTER_ISSUE))
    if data.deadline <= data.issue_date and not _guarantee_over(data):
        out.append(say("DOC-CN-1", detail.DEADLINE_NOT_AFTER_ISSUE))
    return out


def _guarantee_over(data: LetterData) -> bool:
    """A guarantor letter after the guarantee period: LIM-CN-2 says why no deadline fits."""
    end = data.guarantee_period_end
    return data.kind is LetterKind.GUARANTOR and end is not None and end < data.issue_date


def _kind_rules(data: LetterData) -> list[str]:
    out: list[str] = []
    if data.kind is LetterKind.LAWYER:
        f = data.law_firm
        if f is None:
            return [say("DOC-CN-6", detail.NO_LAW_FIRM)]
        out += _missing(
            "DOC-CN-6",
            [
                ("law_firm.firm_name", f.firm_name),
                ("law_firm.address", f.address),
                ("law_firm.lawyer_name", f.lawyer_name),
                ("law_firm.licence_no", f.licence_no),
                ("law_firm.authorisation", f.authorisation),
            ],
        )
    if data.kind is LetterKind.GUARANTOR:
        end = data.guarantee_period_end
        if end is None:
            out.append(say("LIM-CN-2", detail.NO_GUARANTEE_END))
        elif end < data.issue_date:
            out.append(say("LIM-CN-2", detail.GUARANTEE_ENDED, date=end.isoformat()))
        elif data.deadline > end:
            out.append(say("LIM-CN-2", detail.OUTSIDE_GUARANTEE))
        if not any(a.role is AddresseeRole.GUARANTOR for a in data.addressees):
            out.append(say("DOC-CN-1", detail.NO_GUARANTOR_ADDRESSEE))
    return out


def lexicon_problems(texts: list[str], issuer_names: list[str], law_firm: bool) -> list[str]:
    """CN-SCR1 / DOC-CN-7: banned words anywhere; authority words in the issuer's name;
    lawyer words only in a law firm's letter."""
    out = [
        say("DOC-CN-7", detail.BANNED_WORD, word=repr(w)) for w in find_banned(texts, "anywhere")
    ]
    out += [
        say("DOC-CN-7", detail.ISSUER_STYLED, word=repr(w))
        for w in find_banned(issuer_names, "issuer")
    ]
    if not law_firm:
        out += [
            say("CN-SCR1", detail.LAW_FIRM_ONLY, word=repr(w))
            for w in find_banned(texts, "law_firm_only")
        ]
    return out


def _conduct(data: LetterData, texts: Texts) -> tuple[list[str], LetterContent | None]:
    labels = [fee.label for fee in data.amounts.fees]
    out = [say("CN-FEE1", detail.FEE_NOT_ALLOWED, word=repr(w)) for w in find_banned(labels, "fee")]
    if data.payment_account not in data.issuer.designated_accounts:
        out.append(say("CN-PAY1", detail.NOT_DESIGNATED))
    try:
        content = compose_letter(data, texts)
    except TextsError as exc:
        return [*out, f"TEXTS: {exc}"], None
    except DaxieError:  # an amount with no 大写 form: DOC-CN-2 already lists it
        return out, None
    issuer_names = [data.issuer.legal_name]
    if data.law_firm is not None:
        issuer_names.append(data.law_firm.firm_name)
    problems = out + lexicon_problems(
        without(content.all_text(), _record_values(data)),
        issuer_names,
        # a lawyer letter's own wording speaks of lawyers; without a law firm DOC-CN-6
        # already refuses it, so CN-SCR1 would only repeat that in a confusing way
        data.kind is LetterKind.LAWYER,
    )
    return problems, content


def without(texts: Iterable[str], values: Iterable[str]) -> list[str]:
    """``texts`` as one text with every occurrence of ``values`` blanked (longest first).

    The banned-word check reads the wording and what the officer or the lender wrote,
    not the names, addresses and contract titles of the records: a company may be called
    …公安设备有限公司 and a street 公安塘路, and the officer could not change either."""
    blob = "\n".join(texts)
    for value in sorted({v.strip() for v in values if len(v.strip()) > 1}, key=len, reverse=True):
        blob = blob.replace(value, "〇")
    return [blob]


def _record_values(data: LetterData) -> list[str]:
    """Names, addresses and contract titles the letter takes from the records."""
    out = [data.issuer.address, data.officer.office_address, data.payment_account.account_name,
           data.payment_account.bank_name]
    for a in data.addressees:
        out += [a.name, a.service_address]
    for c in data.loans:
        out += [c.borrower, c.name, c.number]
    for sc in data.security_contracts:
        out += [sc.party, sc.name, sc.number]
    if data.law_firm is not None:
        out += [data.law_firm.address]
    return out


def rate_findings(data: LetterData) -> list[CapFinding]:
    """DOC-CN-4 / DOC-CN-5 for what the letter demands (:mod:`compliance.rate_caps`): per
    loan its penalty rate, plus the letter's compound interest, damages and fees annualised
    on the principal it demands since the default."""
    a = data.amounts
    # the principal the letter demands: what is overdue, all of it once accelerated; when
    # only interest is overdue, the outstanding principal the charges accrue on
    principal = a.overdue_principal + (a.remaining_principal if data.default.accelerated else 0)
    principal = principal or a.overdue_principal + a.remaining_principal
    fees = sum(f.amount for f in a.fees)
    out: list[CapFinding] = []
    for loan in data.loans:
        demand = Demand(
            data.issuer.lender_type,
            loan.signed_on,
            loan.annual_rate,
            loan.penalty_markup,
            principal,
            a.penalty_interest > 0,
            a.compound_interest,
            a.liquidated_damages or 0,
            fees,
            data.default.overdue_since,
            data.calc_date,
        )
        out += [f for f in rate_caps.check(demand) if f not in out]
    return out


def _rate_messages(data: LetterData, action: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in rate_findings(data) if f.action == action]


def letter_warnings(data: LetterData) -> list[str]:
    """What the officer should check before sending (the letter is still produced): the
    caps that only warn, and a guarantor letter to a general guarantor, whose liability a
    demand does not preserve (民法典 Art. 693: only suing or arbitrating against the
    borrower within the guarantee period does)."""
    out = _rate_messages(data, rate_caps.WARN)
    if data.kind is LetterKind.GUARANTOR and data.general_guarantee:
        out.append(say("LIM-CN-2", detail.GENERAL_GUARANTEE))
    return out


def checked_letter(data: LetterData, texts: Texts) -> tuple[list[str], LetterContent | None]:
    """``check_letter``'s problems and the composed wording they were checked on (``None``
    when the wording itself could not be composed), so a builder composes it only once."""
    conduct, content = _conduct(data, texts)
    return (
        _required(data)
        + _arithmetic(data)
        + _kind_rules(data)
        + _rate_messages(data, rate_caps.BLOCK)
        + conduct,
        content,
    )


def check_letter(data: LetterData, texts: Texts | None = None) -> list[str]:
    """Every DOC-CN-1/2/3/4/6/7, CN-SCR1, CN-PAY1 and CN-FEE1 problem of ``data`` (DOC-CN-4
    blocks only a lender held to the LPR cap; see :func:`letter_warnings`)."""
    return checked_letter(data, texts or load_texts("letter", data.language))[0]
