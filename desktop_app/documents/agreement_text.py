"""Compose an agreement's wording from ``AgreementData`` + TOML texts (no layout)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.daxie import to_daxie

from .agreement_clauses import (
    account_parts,
    debt_rows,
    e,
    party_parts,
    party_roles,
    recitals,
    schedule_total,
    security_parts,
    split_items,
    terms_parts,
)
from .agreement_data import AgreementData, Party
from .fmt import cn_number, money
from .letter_data import PartyKind
from .letter_text import Part, fmt_date
from .texts import Texts

__all__ = [
    "AgreementContent",
    "SignatureBlock",
    "compose_agreement",
    "party_roles",
    "schedule_total",
]


@dataclass(frozen=True)
class SignatureBlock:
    lines: tuple[tuple[str, str], ...]  # (label, text on the line)


@dataclass(frozen=True)
class AgreementContent:
    title: str
    header: tuple[str, ...]
    parties: tuple[Part, ...]
    body: tuple[Part, ...]
    signatures: tuple[SignatureBlock, ...]

    def all_text(self) -> list[str]:
        out = [self.title, *self.header]
        for part in (*self.parties, *self.body):
            out += [part.text, *(c for row in part.rows for c in row)]
        out += [t for block in self.signatures for pair in block.lines for t in pair]
        return out


def _articles(
    data: AgreementData, texts: Texts, roles: list[tuple[str, Party]]
) -> list[tuple[str, list[Part]]]:
    w = data.waiver
    f = data.dispute
    dispute = (
        texts.fmt("article.dispute.court", venue=f.court_venue)
        if f.court_venue
        else texts.fmt("article.dispute.arbitration", commission=f.arbitration_commission)
    )
    arts: list[tuple[str, list[Part] | None]] = [
        (
            "ack",
            [
                Part(
                    "p",
                    texts.fmt(
                        "article.ack.lead", date=fmt_date(data.debt.reference_date, data.language)
                    ),
                ),
                Part("table", rows=debt_rows(data, texts)),
                Part("p", texts.fmt("article.ack.confirm")),
            ],
        ),
        ("terms", terms_parts(data, texts)),
        ("account", account_parts(data, texts)),
        (
            "waiver",
            None
            if w is None
            else [
                Part(
                    "p",
                    texts.fmt(
                        "article.waiver.text",
                        amount=money(w.amount),
                        amount_daxie=to_daxie(w.amount),
                    ),
                ),
                Part("p", texts.fmt("article.waiver.reinstate")),
            ],
        ),
        (
            "covenants",
            split_items(texts, "article.covenants.standard")
            + [Part("item", e(c)) for c in data.covenants],
        ),
        (
            "default",
            [
                Part("p", texts.fmt("article.default.lead")),
                *split_items(texts, "article.default.events", grace=data.default_grace_days),
                Part("p", texts.fmt("article.default.effect")),
            ],
        ),
        ("security", security_parts(data, texts, roles) or None),
        ("novation", [Part("p", texts.fmt("article.novation.text"))]),
        (
            "service",
            [
                Part("p", texts.fmt("article.service.lead")),
                Part("service"),
                Part("p", texts.fmt("article.service.change")),
            ],
        ),
        (
            "notary",
            [Part("p", texts.fmt("article.notary.text"))] if data.notarised_enforcement else None,
        ),
        ("dispute", [Part("p", dispute)]),
        (
            "effect",
            [
                Part("p", texts.fmt("article.effect.text", counterparts=counterparts(data))),
                Part("p", texts.fmt("article.effect.annexes")),
            ],
        ),
    ]
    return [(k, parts) for k, parts in arts if parts]


def counterparts(data: AgreementData) -> int:
    return data.counterparts or 2 + len(data.guarantors) + len(data.security_providers)


def _signatures(
    data: AgreementData, texts: Texts, roles: list[tuple[str, Party]]
) -> tuple[SignatureBlock, ...]:
    blank = texts.plain("label.sign_date_blank")
    out = []
    for role, p in roles:
        if p.kind is PartyKind.ENTITY:
            lines = (
                (texts.plain("label.sign_entity", role=role), p.name),
                (texts.plain("label.sign_rep"), ""),
            )
        else:
            lines = (
                (texts.plain("label.sign_natural", role=role), p.name),
                (texts.plain("label.sign_id"), p.id_number),
            )
        out.append(SignatureBlock((*lines, (texts.plain("label.sign_date"), blank))))
    return tuple(out)


def compose_agreement(data: AgreementData, texts: Texts) -> AgreementContent:
    roles = party_roles(data, texts)
    body = recitals(data, texts, roles)
    for n, (key, parts) in enumerate(_articles(data, texts, roles), 1):
        number = cn_number(n) if data.language == "zh" else str(n)
        title = texts.plain(f"article.{key}.title")
        body += [Part("heading", texts.fmt("label.article", n=number, title=title)), *parts]
    header = (
        texts.fmt("label.number", value=data.agreement_no),
        texts.fmt("label.place", value=data.place_signed),
        texts.fmt("label.date", value=fmt_date(data.date_signed, data.language)),
    )
    return AgreementContent(
        texts.fmt(f"title.{data.agreement_type.value}"),
        header,
        tuple(party_parts(data, texts)),
        tuple(body),
        _signatures(data, texts, roles),
    )
