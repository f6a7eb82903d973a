"""Clause builders for agreements: parties, recitals, debt, terms, account, security."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from desktop_app.domain.daxie import to_daxie

from .agreement_data import AgreementData, Party, Structure
from .fmt import cn_number, money, rate_pct
from .letter_data import PartyKind
from .letter_text import Part, fmt_date
from .texts import Texts

__all__ = [
    "account_parts",
    "debt_rows",
    "e",
    "party_parts",
    "party_roles",
    "recitals",
    "schedule_total",
    "security_parts",
    "split_items",
    "terms_parts",
]


def party_roles(data: AgreementData, texts: Texts) -> list[tuple[str, Party]]:
    """(role label, party) for every party in signing order: 甲, 乙, 丙n, 丁n."""
    roles = [
        (texts.plain("label.creditor"), data.creditor),
        (texts.plain("label.debtor"), data.debtor),
    ]
    multi = len(data.guarantors) > 1
    for i, g in enumerate(data.guarantors, 1):
        roles.append((texts.plain("label.guarantor", n=_n(i, multi, data)), g.party))
    multi = len(data.security_providers) > 1
    for i, s in enumerate(data.security_providers, 1):
        key = "label.pledge" if s.security_kind == "pledge" else "label.mortgage"
        roles.append((texts.plain(key, n=_n(i, multi, data)), s.party))
    return roles


def _n(i: int, multi: bool, data: AgreementData) -> str:
    if not multi:
        return ""
    return cn_number(i) if data.language == "zh" else str(i)


def party_parts(data: AgreementData, texts: Texts) -> list[Part]:
    out: list[Part] = []
    sep = "：" if data.language == "zh" else ": "
    for role, p in party_roles(data, texts):
        id_key = "label.id_entity" if p.kind is PartyKind.ENTITY else "label.id_natural"
        lines = [
            f"<b>{e(role)}{sep}{e(p.name)}</b>",
            f"{texts.fmt(id_key)}{sep}{e(p.id_number)}",
            f"{texts.fmt('label.domicile')}{sep}{e(p.domicile)}",
        ]
        if p.representative:
            lines.append(f"{texts.fmt('label.representative')}{sep}{e(p.representative)}")
        lines.append(f"{texts.fmt('label.phone')}{sep}{e(p.phone)}")
        out.append(Part("party", "<br/>".join(lines)))
    return out


def e(text: str) -> str:
    return escape(text)


def _kind(texts: Texts, kind: str) -> str:
    return texts.plain(f"label.{kind}")


def recitals(data: AgreementData, texts: Texts, roles: list[tuple[str, Party]]) -> list[Part]:
    def d(x: date) -> str:
        return fmt_date(x, data.language)

    items = [
        texts.fmt(
            "article.recital_contract",
            name=c.name,
            number=c.number,
            signed_on=d(c.signed_on),
            amount=money(c.amount),
            maturity=d(c.maturity),
        )
        for c in data.original_contracts
    ]
    g_roles = roles[2 : 2 + len(data.guarantors)]
    s_roles = roles[2 + len(data.guarantors) :]
    items += [
        texts.fmt(
            "article.recital_guarantor",
            role=r,
            name=g.party.name,
            kind=_kind(texts, g.guarantee_kind.value),
        )
        for (r, _), g in zip(g_roles, data.guarantors, strict=True)
    ]
    items += [
        texts.fmt(
            "article.recital_security",
            role=r,
            name=s.party.name,
            collateral=s.collateral,
            kind=_kind(texts, f"{s.security_kind}_kind"),
        )
        for (r, _), s in zip(s_roles, data.security_providers, strict=True)
    ]
    items.append(e(data.default_recital))
    numbered = [Part("item", f"{i}. {t}") for i, t in enumerate(items, 1)]
    return [
        Part("p", texts.fmt("article.recitals")),
        *numbered,
        Part("p", texts.fmt("article.recital_intent")),
    ]


def debt_rows(data: AgreementData, texts: Texts) -> tuple[tuple[str, str, str], ...]:
    debt = data.debt
    rows = [
        (
            texts.fmt("label.table_item"),
            texts.fmt("label.table_amount"),
            texts.fmt("label.table_daxie"),
        )
    ]
    for key in ("principal", "interest", "penalty_interest", "compound_interest", "fees"):
        fen = getattr(debt, key)
        rows.append((texts.fmt(f"label.row.{key}"), money(fen), to_daxie(fen)))
    rows.append((texts.fmt("label.row.total"), money(debt.total), to_daxie(debt.total)))
    return tuple(rows)


def split_items(texts: Texts, key: str, **values: object) -> list[Part]:
    chunks = texts.fmt(key, **values).split("|")
    if len(chunks) == 1:
        return [Part("p", chunks[0])]
    return [
        Part("item", f"（{cn_number(i)}）{c}" if texts.language == "zh" else f"({i}) {c}")
        for i, c in enumerate(chunks, 1)
    ]


def schedule_total(data: AgreementData) -> int:
    return sum(row.payment for row in data.schedule)


def terms_parts(data: AgreementData, texts: Texts) -> list[Part]:
    maturity = data.schedule[-1].due_date if data.schedule else data.date_signed
    total = schedule_total(data)
    return [
        Part(
            "p",
            texts.fmt(
                "article.terms.lead",
                structure=texts.plain(f"structure.{data.structure.value}"),
                principal=money(data.restructured_principal),
                principal_daxie=to_daxie(data.restructured_principal),
                rate=rate_pct(data.new_rate),
                day_count=data.day_count,
                maturity=fmt_date(maturity, data.language),
            ),
        ),
        Part("schedule"),
        Part(
            "p", texts.fmt("article.terms.total", total=money(total), total_daxie=to_daxie(total))
        ),
        Part("p", texts.fmt("article.terms.penalty", penalty_rate=rate_pct(data.penalty_rate))),
    ]


def account_parts(data: AgreementData, texts: Texts) -> list[Part]:
    acc = data.payment_account
    sep = "、" if data.language == "zh" else ", "
    order = sep.join(texts.plain(f"label.order.{k}") for k in data.application_order)
    return [
        Part("p", texts.fmt("article.account.lead")),
        Part("account", texts.fmt("label.account_name", value=acc.account_name)),
        Part("account", texts.fmt("label.account_bank", value=acc.bank_name)),
        Part("account", texts.fmt("label.account_no", value=acc.account_no)),
        Part("p", texts.fmt("article.account.order", order=order)),
    ]


def security_parts(data: AgreementData, texts: Texts, roles: list[tuple[str, Party]]) -> list[Part]:
    out: list[Part] = []
    g_roles = roles[2 : 2 + len(data.guarantors)]
    for (role, _), g in zip(g_roles, data.guarantors, strict=True):
        end = fmt_date(g.new_period_end, data.language) if g.new_period_end else ""
        out.append(
            Part(
                "p",
                texts.fmt(
                    "article.security.guarantor",
                    role=role,
                    name=g.party.name,
                    period_end=end,
                    kind=_kind(texts, g.guarantee_kind.value),
                ),
            )
        )
        if g.party.kind is PartyKind.ENTITY and g.resolution_attached:
            out.append(Part("p", texts.fmt("article.security.resolution", role=role)))
    for (role, _), s in zip(
        roles[2 + len(data.guarantors) :], data.security_providers, strict=True
    ):
        out.append(
            Part(
                "p",
                texts.fmt(
                    "article.security.provider",
                    role=role,
                    name=s.party.name,
                    collateral=s.collateral,
                    kind=_kind(texts, f"{s.security_kind}_kind"),
                ),
            )
        )
    if data.structure is Structure.REFINANCE and data.guarantors:
        out.append(Part("p", texts.fmt("article.security.refinance")))
    return out
