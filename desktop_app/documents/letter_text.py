"""Compose a letter's wording from data + TOML texts (no layout, no ReportLab).

The composed ``LetterContent`` is both what the builder lays out and what the checks
scan for banned lexicon, so every word that reaches the PDF is checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import escape

from desktop_app.domain.daxie import to_daxie

from .fmt import date_en, date_zh, money, rate_pct
from .letter_data import AddresseeRole, LetterData, LetterKind, PartyKind, SecurityContract
from .texts import Texts

__all__ = ["LetterContent", "Part", "amount_lines", "compose_letter", "fmt_date"]


@dataclass(frozen=True)
class Part:
    kind: str  # p | lead | item | table | account | note | sign
    text: str = ""
    rows: tuple[tuple[str, str, str], ...] = ()
    blank: str = ""  # sign: text printed on the signature line (e.g. 年 月 日)


@dataclass(frozen=True)
class LetterContent:
    title: str
    number: str
    addressees: tuple[str, ...]
    body: tuple[Part, ...]
    signer: str
    sign_date: str
    lawyer_line: str
    receipt: tuple[Part, ...]

    def all_text(self) -> list[str]:
        out = [self.title, self.number, *self.addressees, self.signer, self.lawyer_line]
        for part in (*self.body, *self.receipt):
            out += [part.text, part.blank]
            out += [cell for row in part.rows for cell in row]
        return out


def fmt_date(d: date, language: str) -> str:
    return date_zh(d) if language == "zh" else date_en(d)


def amount_lines(data: LetterData) -> list[tuple[str, int]]:
    """(wording key or fee label, fen) for every component that sums to the total."""
    a = data.amounts
    lines = [("row.overdue_principal", a.overdue_principal)]
    if data.default.accelerated:
        lines.append(("row.remaining_principal", a.remaining_principal))
    lines += [
        ("row.interest", a.interest),
        ("row.penalty_interest", a.penalty_interest),
        ("row.compound_interest", a.compound_interest),
    ]
    if a.liquidated_damages is not None:
        lines.append(("row.liquidated_damages", a.liquidated_damages))
    lines += [(f"fee:{fee.label}", fee.amount) for fee in a.fees]
    return lines


def _label(texts: Texts, key: str) -> str:
    return key[4:] if key.startswith("fee:") else texts.fmt(f"label.{key}")


def _table(data: LetterData, texts: Texts) -> Part:
    head = (texts.fmt("label.table_item"), texts.fmt("label.table_amount"))
    rows = [(*head, texts.fmt("label.table_daxie"))]
    for key, fen in amount_lines(data):
        rows.append((_label(texts, key), money(fen), to_daxie(fen, data.currency)))
    total = data.amounts.total
    rows.append((texts.fmt("label.row.total"), money(total), to_daxie(total, data.currency)))
    return Part("table", rows=tuple(rows))


def _addressees(data: LetterData, texts: Texts) -> tuple[str, ...]:
    out = [texts.fmt("label.to")]
    for a in data.addressees:
        id_key = "label.credit_code" if a.kind is PartyKind.ENTITY else "label.id_masked"
        role = texts.fmt(f"label.role.{a.role.value}")
        out.append(
            f"<b>{_esc(a.name)}</b>（{role}）"
            if data.language == "zh"
            else f"<b>{_esc(a.name)}</b> ({role})"
        )
        sep = "：" if data.language == "zh" else ": "
        out.append(f"{texts.fmt(id_key)}{sep}{_esc(a.id_number)}")
        out.append(f"{texts.fmt('label.service_address')}{sep}{_esc(a.service_address)}")
    return tuple(out)


def _esc(text: str) -> str:
    return escape(text)


def _facts(data: LetterData, texts: Texts, lender: str) -> list[Part]:
    def d(x: date) -> str:
        return fmt_date(x, data.language)

    parts = [
        Part(
            "p",
            texts.fmt(
                "body.loan",
                borrower=c.borrower,
                lender=lender,
                name=c.name,
                number=c.number,
                signed_on=d(c.signed_on),
                amount=money(c.amount),
                drawdown=d(c.drawdown),
                maturity=d(c.maturity),
                rate=rate_pct(c.annual_rate),
            ),
        )
        for c in data.loans
    ]
    parts += [
        Part("p", _security(s, texts, lender, data.language)) for s in data.security_contracts
    ]
    facts = texts.fmt("body.default", overdue_since=d(data.default.overdue_since))
    if data.default.accelerated:
        facts += ("" if data.language == "zh" else " ") + texts.fmt(
            "body.acceleration", clause=data.default.acceleration_clause, lender=lender
        )
    return [*parts, Part("p", facts)]


def _security(s: SecurityContract, texts: Texts, lender: str, language: str) -> str:
    """A guarantee by its contract (dated only when the date is recorded); a mortgage or
    pledge by its collateral and registration number, never as a contract number."""
    if s.kind == "guarantee":
        key = "body.security_guarantee" if s.signed_on else "body.security_guarantee_undated"
    else:
        kind = "pledge" if s.kind == "pledge" else "mortgage"
        key = f"body.security_{kind}" if s.collateral else f"body.security_{kind}_bare"
    return texts.fmt(
        key,
        party=s.party,
        lender=lender,
        name=s.name,
        number=s.number,
        signed_on=fmt_date(s.signed_on, language) if s.signed_on else "",
        collateral=s.collateral,
    )


def _intro(data: LetterData, texts: Texts, lender: str) -> Part:
    end = data.guarantee_period_end
    values: dict[str, object] = {
        "lender": lender,
        "period_end": fmt_date(end, data.language) if end else "",
        "firm": "",
        "lawyer_name": "",
        "licence_no": "",
        "authorisation": "",
    }
    if data.law_firm is not None:
        f = data.law_firm
        values.update(
            firm=f.firm_name,
            lawyer_name=f.lawyer_name,
            licence_no=f.licence_no,
            authorisation=f.authorisation,
        )
    return Part("p", texts.fmt(f"body.intro.{data.kind.value}", **values))


def _amount_parts(data: LetterData, texts: Texts) -> list[Part]:
    a, lang = data.amounts, data.language
    parts = [
        Part("lead", texts.fmt("body.amounts", calc_date=fmt_date(data.calc_date, lang))),
        _table(data, texts),
    ]
    if a.penalty_basis:
        parts.append(Part("note", texts.fmt("body.penalty_basis", basis=a.penalty_basis)))
    if not data.default.accelerated and a.remaining_principal:
        parts.append(
            Part("note", texts.fmt("body.remaining_info", amount=money(a.remaining_principal)))
        )
    parts.append(
        Part(
            "p",
            texts.fmt(
                "body.total", total=money(a.total), total_daxie=to_daxie(a.total, data.currency)
            ),
        )
    )
    next_day = fmt_date(data.calc_date + timedelta(days=1), lang)
    parts.append(
        Part("p", texts.fmt("body.accrual", next_day=next_day, daily=money(data.daily_accrual)))
    )
    return parts


def _payment(data: LetterData, texts: Texts, lender: str) -> list[Part]:
    key = "body.demand_guarantor" if data.kind is LetterKind.GUARANTOR else "body.demand"
    acc = data.payment_account
    ref = data.loans[0].number if data.loans else ""
    lines = [
        texts.fmt("label.account_name", value=acc.account_name),
        texts.fmt("label.account_bank", value=acc.bank_name),
        texts.fmt("label.account_no", value=acc.account_no),
        texts.fmt("label.account_ref", value=ref),
    ]
    return [
        Part("p", texts.fmt(key, deadline=fmt_date(data.deadline, data.language), lender=lender)),
        *(Part("account", line) for line in lines),
        Part("p", texts.fmt("body.account_only", lender=lender)),
    ]


def _has_guarantor(data: LetterData) -> bool:
    return data.kind is LetterKind.GUARANTOR or any(
        a.role is AddresseeRole.GUARANTOR for a in data.addressees
    )


def _legal(data: LetterData, texts: Texts, lender: str) -> list[Part]:
    articles = texts.fmt("body.guarantee_articles") if _has_guarantor(data) else ""
    parts = [Part("p", texts.fmt("body.legal_basis", guarantee_articles=articles))]
    if data.limitation_expired:  # LIM-CN-4: do not assert enforceability
        return [*parts, Part("p", texts.fmt("body.limitation_variant", lender=lender))]
    parts.append(Part("p", texts.fmt("body.consequences", lender=lender)))
    for key in ("litigation", "preservation", "security", "credit"):
        parts.append(Part("item", texts.fmt(f"body.consequence.{key}")))
    if any(
        a.role is AddresseeRole.GUARANTOR and a.kind is PartyKind.NATURAL for a in data.addressees
    ):
        parts.append(Part("p", texts.fmt("body.guarantor_notice", lender=lender)))
    return parts


def _contact(data: LetterData, texts: Texts, lender: str) -> list[Part]:
    o = data.officer
    return [
        Part("p", texts.fmt("body.contact", name=o.name, phone=o.phone, office=o.office_address)),
        Part(
            "p",
            texts.fmt(
                "body.objection",
                deadline=fmt_date(data.deadline, data.language),
                channel=data.objection_channel,
            ),
        ),
        Part("p", texts.fmt("body.reservation", lender=lender)),
        Part("p", texts.fmt("body.closing")),
    ]


def _receipt(data: LetterData, texts: Texts, title: str) -> tuple[Part, ...]:
    lender = data.issuer.legal_name
    parts = [
        Part(
            "p",
            texts.fmt(
                "receipt.received",
                lender=lender,
                title=title,
                issue_date=fmt_date(data.issue_date, data.language),
                letter_no=data.letter_no,
            ),
        )
    ]
    if data.receipt_no_objection_line:
        parts.append(Part("p", texts.fmt("receipt.no_objection")))
    kinds = {a.kind for a in data.addressees}
    if PartyKind.ENTITY in kinds:
        parts += [
            Part("sign", texts.fmt("receipt.entity_seal")),
            Part("sign", texts.fmt("receipt.entity_sign")),
        ]
    if PartyKind.NATURAL in kinds:
        parts.append(Part("sign", texts.fmt("receipt.natural_sign")))
    parts += [
        Part("sign", texts.fmt("receipt.date"), blank=texts.plain("receipt.date_blank")),
        Part("note", texts.fmt("receipt.tear", lender=lender, address=data.issuer.address)),
    ]
    return tuple(parts)


def compose_letter(data: LetterData, texts: Texts) -> LetterContent:
    lender = data.issuer.legal_name
    names = ("、" if data.language == "zh" else ", ").join(a.name for a in data.addressees)
    body = [
        Part("p", texts.fmt("body.salutation", names=names)),
        *_facts(data, texts, lender),
        _intro(data, texts, lender),
        *_amount_parts(data, texts),
        *_payment(data, texts, lender),
        *_legal(data, texts, lender),
        *_contact(data, texts, lender),
    ]
    title = texts.fmt(f"title.{data.kind.value}")
    law = data.law_firm if data.kind is LetterKind.LAWYER else None
    lawyer_line = (
        texts.fmt("label.lawyer_sign", lawyer_name=law.lawyer_name, licence_no=law.licence_no)
        if law
        else ""
    )
    return LetterContent(
        title=title,
        number=texts.fmt("label.letter_no", letter_no=data.letter_no),
        addressees=_addressees(data, texts),
        body=tuple(body),
        signer=law.firm_name if law else lender,
        sign_date=fmt_date(data.issue_date, data.language),
        lawyer_line=lawyer_line,
        receipt=_receipt(data, texts, title),
    )
