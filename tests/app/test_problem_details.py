"""Problem details are templates: every problem the document checks write parses back to
its template and values, and names only fields the window can name (compliance.details)."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.compliance import details
from desktop_app.compliance.rate_caps import Demand, check
from desktop_app.documents.agreement_checks import agreement_warnings, check_agreement
from desktop_app.documents.agreement_data import GuaranteeKind, Structure
from desktop_app.documents.agreement_samples import sample_agreement
from desktop_app.documents.checks import check_letter, letter_warnings
from desktop_app.documents.letter_data import (
    Addressee,
    AddresseeRole,
    BankAccount,
    FeeLine,
    LawFirm,
    LetterKind,
    LoanContract,
    PartyKind,
    SecurityContract,
)
from desktop_app.documents.samples import sample_letter
from desktop_app.documents.texts import load_texts

# only a fault in to_daxie itself writes this one; test_every_template_round_trips has it
UNREACHABLE = {details.DAXIE_MISMATCH}

CHECKERS = ["documents/checks.py", "documents/agreement_checks.py", "compliance/rate_caps.py"]


def broken_letters() -> list:
    """Letters that break every rule a letter can break, in both languages."""
    out = []
    for language in ("zh", "en"):
        data = sample_letter(LetterKind.DEMAND, language)
        a = data.amounts
        out.append(
            replace(
                data,
                letter_no=" ",
                issuer=replace(data.issuer, legal_name="", address="", phone=""),
                loans=(LoanContract("", "", "", date(2026, 1, 5), 1, date(2026, 1, 5),
                                    date(2027, 1, 5), Decimal("0.30"), Decimal("0.9")),),
                security_contracts=(SecurityContract("王建国", "guarantee", "", "",
                                                     date(2024, 3, 18)),),
                addressees=(
                    Addressee("", PartyKind.NATURAL, "110101199003077777", AddresseeRole.BORROWER,
                              ""),
                    Addressee("某公司", PartyKind.ENTITY, "91310000X", AddresseeRole.GUARANTOR,
                              "上海"),
                ),
                payment_account=BankAccount("", "", ""),
                officer=replace(data.officer, name="", phone="", office_address=""),
                objection_channel="否则公安上门",
                amounts=replace(
                    a,
                    penalty_basis="",
                    total=a.total + 1,
                    fees=(FeeLine("催收费", 100),),
                ),
                default=replace(data.default, acceleration_clause=""),
                calc_date=date(2026, 3, 9),
                deadline=data.issue_date,
            )
        )
        out.append(replace(data, addressees=()))
        out.append(replace(data, objection_channel="请联系我行律师"))  # lawyers: not this letter
        out.append(replace(data, amounts=replace(data.amounts, liquidated_damages=10**20)))
        negative = {f: -1 for f in ("overdue_principal", "remaining_principal", "interest",
                                    "penalty_interest", "compound_interest", "total")}
        out.append(replace(data, loans=(), objection_channel=" ", daily_accrual=-1,
                           amounts=replace(a, **negative, fees=(FeeLine("律师费", -1),))))
        out.append(replace(sample_letter(LetterKind.LAWYER, language), law_firm=None))
        out.append(
            replace(sample_letter(LetterKind.LAWYER, language),
                    law_firm=LawFirm("", "", "", "", ""))
        )
        guarantor = sample_letter(LetterKind.GUARANTOR, language)
        out.append(replace(guarantor, guarantee_period_end=None, addressees=data.addressees[:1]))
        out.append(replace(guarantor, guarantee_period_end=date(2026, 3, 10)))
        out.append(replace(guarantor, guarantee_period_end=date(2026, 3, 1)))  # ended
        out.append(replace(data, issuer=replace(data.issuer, legal_name="上海法院催收中心")))
    return out


def broken_agreements() -> list:
    out = []
    for language in ("zh", "en"):
        data = sample_agreement(language)
        g = data.guarantors[0]
        rows = list(data.schedule)
        rows[2] = replace(rows[2], due_date=rows[1].due_date, payment=rows[2].payment + 1,
                          remaining=rows[2].remaining + 5)
        rows[3] = replace(rows[3], period=9)
        rows[0] = replace(rows[0], principal=rows[0].principal + 3)
        out.append(
            replace(
                data,
                agreement_no="",
                place_signed="",
                guarantors=(
                    replace(g, consents=False, guarantee_kind=GuaranteeKind.GENERAL,
                            new_period_end=None, resolution_attached=False,
                            party=replace(g.party, kind=PartyKind.ENTITY, service_address="",
                                          phone="", email="")),
                    replace(data.guarantors[1], new_period_end=date(2026, 1, 1)),
                ),
                security_providers=tuple(replace(s, consents=False)
                                         for s in data.security_providers),
                schedule=tuple(rows),
                debt=replace(data.debt, total=data.debt.total + 7),
                payment_account=BankAccount("x", "y", "z"),
            )
        )
        out.append(replace(data, schedule=()))
        out.append(replace(data, original_contracts=(), default_recital="",
                           restructured_principal=-1,
                           schedule=tuple(replace(r, payment=-1) for r in data.schedule),
                           waiver=replace(data.waiver, amount=-1),
                           debt=replace(data.debt, **dict.fromkeys(
                               ("principal", "interest", "penalty_interest",
                                "compound_interest", "fees", "total"), -1))))
        out.append(replace(data, waiver=replace(data.waiver, reinstated_on_default=False)))
        out.append(replace(data, structure=Structure.REFINANCE, original_guarantors=("某人",),
                           guarantor_acknowledges_purpose=False))
        out.append(replace(data, dispute=replace(data.dispute, court_venue="上海",
                                                 arbitration_commission="上海仲裁委员会")))
    return out


def all_problems() -> list[str]:
    out: list[str] = []
    for letter in broken_letters():
        out += check_letter(letter) + letter_warnings(letter)
    general = replace(sample_letter(LetterKind.GUARANTOR), general_guarantee=True)
    out += letter_warnings(general)
    for agreement in broken_agreements():
        out += check_agreement(agreement)
    data = sample_agreement()
    texts = load_texts("agreement", "zh")
    blank = dict.fromkeys(("article.ack.confirm", "article.service.lead"), " ")
    lacking = replace(texts, entries={**texts.entries, **blank})
    out += check_agreement(data, lacking)
    drawdown = data.original_contracts[0].maturity - timedelta(days=200)
    out += agreement_warnings(replace(data, structure=Structure.EXTENSION,
                                      extension_applied_on=None, original_drawdown=drawdown))
    for lender in ("bank", "other"):
        demand = Demand(lender, date(2031, 1, 1), Decimal("0.2"), Decimal("0.9"), 100_000, True,
                        10_000, 0, 0, date(2030, 1, 1), date(2030, 12, 1))
        out += [f"{f.rule}: {f.message}" for f in check(demand)]
    return out


@pytest.fixture(scope="module")
def problems() -> list[str]:
    return all_problems()


def test_the_broken_documents_break_every_template(problems) -> None:
    used = {parsed[1] for p in problems if (parsed := details.parse(p))}
    services = set(details.SERVICES)  # test_delivery and test_restructuring_service have them
    assert sorted(d.text for d in set(details.ALL) - used - UNREACHABLE - services) == []


def test_every_problem_parses_to_its_template(problems) -> None:
    assert len(problems) > 60
    unparsed = [p for p in problems if details.parse(p) is None]
    assert unparsed == []
    for p in problems:
        rule, detail, values = details.parse(p)
        assert details.say(rule, detail, **values) == p


def test_every_field_a_problem_names_has_a_label(problems) -> None:
    fields = {
        values["field"]
        for p in problems
        if (parsed := details.parse(p)) and "field" in (values := parsed[2])
    }
    assert sorted(f for f in fields if details.field_label(f) is None) == []
    listed = {"fee:" if f.startswith("fee:") else re.sub(r"\[\d+\]", "[]", f) for f in fields}
    assert sorted(set(details.FIELDS) - listed) == []  # no label is dead
    clauses = {parsed[2]["clause"] for p in problems
               if (parsed := details.parse(p)) and "clause" in parsed[2]}
    assert clauses <= set(details.CLAUSES)


def test_the_checkers_write_problems_only_through_templates() -> None:
    """No string literal in a checker starts with a rule code: each goes through ``say``
    (``TEXTS:`` reports a broken wording file, not a rule)."""
    root = Path(details.__file__).resolve().parents[1]
    rule_text = re.compile(r"^(?!TEXTS: )[A-Z]+-[A-Z0-9-]*: ")
    found = []
    for name in CHECKERS:
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        docs = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
            and node.body and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            literal = isinstance(node, ast.Constant) and isinstance(node.value, str)
            literal = literal and id(node) not in docs
            if literal and rule_text.match(node.value):
                found.append((name, node.value))
            if isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
                if isinstance(head, ast.Constant) and rule_text.match(str(head.value)):
                    found.append((name, head.value))
    assert found == []


def test_every_template_round_trips() -> None:
    for detail in details.ALL:
        values = {name: f"〔{name}: 1〕" for name in detail.names}
        assert details.parse(details.say("X-1", detail, **values)) == ("X-1", detail, values)


def test_service_refusals_survive_being_split() -> None:
    """A service joins several problems into one error with "; "; the window splits them."""
    assert [d.text for d in details.SERVICES if "; " in d.text] == []


def test_say_takes_exactly_the_template_values() -> None:
    with pytest.raises(KeyError):
        details.say("DOC-CN-1", details.MISSING)
    with pytest.raises(KeyError):
        details.say("DOC-CN-1", details.MISSING, field="x", extra=1)
    text = details.say("AGR-CN-8", details.NO_SERVICE_ADDRESS, name="上海: 某公司")
    assert details.parse(text) == ("AGR-CN-8", details.NO_SERVICE_ADDRESS,
                                   {"name": "上海: 某公司"})
    assert details.parse("DOC-CN-1 missing colon") is None
    assert details.parse("DOC-CN-1: something no template says") is None


def test_field_labels_number_from_one() -> None:
    assert details.field_label("addressees[0].name") == ("name of addressee {n}", {"n": "1"})
    assert details.field_label("loans[2].number") == ("number of loan contract {n}", {"n": "3"})
    assert details.field_label("fee:上门费") == ("fee “{label}”", {"label": "上门费"})
    assert details.field_label("no.such.field") is None
