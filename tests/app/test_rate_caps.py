"""DOC-CN-4 / DOC-CN-5: the demanded annual rate against the LPR-based and 24 % caps."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.compliance.rate_caps import BLOCK, WARN, Demand, check, demanded_rate, load_caps


def demand(**changes: object) -> Demand:
    base = {"lender_type": "bank", "contract_date": dt.date(2024, 3, 1),
            "annual_rate": Decimal("0.0435"), "penalty_markup": Decimal("0.5"),
            "principal": 100_000_000, "penalty_demanded": True, "compound": 0, "damages": 0, "fees": 0,
            "overdue_since": dt.date(2025, 3, 1), "calc_date": dt.date(2026, 3, 1)}
    return Demand(**(base | changes))  # type: ignore[arg-type]


def test_lpr_is_a_dated_table() -> None:
    caps = load_caps()
    assert caps.lpr_on(dt.date(2019, 8, 1)) == Decimal("0.0425")  # before the first: first
    assert caps.lpr_on(dt.date(2020, 4, 19)) == Decimal("0.0405")
    assert caps.lpr_on(dt.date(2020, 4, 20)) == Decimal("0.0385")
    assert caps.lpr_on(dt.date(2024, 3, 1)) == Decimal("0.0345")
    assert caps.lpr_on(dt.date(2025, 6, 1)) == Decimal("0.0300")


def test_demanded_rate_adds_annualised_extras() -> None:
    assert demanded_rate(demand()) == Decimal("0.06525")  # 4.35 % x 1.5
    # 5,000 yuan of fees on 1,000,000 yuan over 365 days: half a percent more
    fees = demand(fees=500_000, principal=100_000_000)
    assert demanded_rate(fees) == Decimal("0.06525") + Decimal("0.005")
    assert demanded_rate(demand(fees=500_000, calc_date=dt.date(2025, 3, 1))) == Decimal(
        "0.06525")  # no days overdue yet: nothing to annualise


def test_a_bank_within_the_usual_terms_passes() -> None:
    assert check(demand()) == []


def test_a_bank_above_24_percent_is_warned_not_blocked() -> None:
    findings = check(demand(annual_rate=Decimal("0.12"), damages=10_000_000))
    assert [(f.rule, f.action) for f in findings] == [("DOC-CN-4", WARN)]
    assert "24.00%" in findings[0].message


def test_a_private_lender_above_four_times_lpr_is_blocked() -> None:
    # contract 2024-03-01: LPR 3.45 %, cap 13.80 %; 10 % x 1.5 = 15 %
    findings = check(demand(lender_type="other", annual_rate=Decimal("0.10")))
    assert [(f.rule, f.action) for f in findings] == [("DOC-CN-4", BLOCK)]
    assert "13.80%" in findings[0].message and "2024-03-01" in findings[0].message
    assert check(demand(lender_type="other", annual_rate=Decimal("0.09"))) == []  # 13.5 %


def test_markup_outside_the_usual_range_is_a_warning() -> None:
    findings = check(demand(penalty_markup=Decimal("0.8")))
    assert [(f.rule, f.action) for f in findings] == [("DOC-CN-5", WARN)]
    assert check(demand(penalty_markup=Decimal("0.3"))) == []
    assert check(demand(penalty_markup=None)) == []  # not known: nothing to say


def test_a_contract_after_the_checked_lpr_table_is_said() -> None:
    late = demand(lender_type="other", contract_date=dt.date(2026, 9, 1))
    assert [(f.rule, f.action) for f in check(late)] == [("LPR-TABLE", WARN)]
    assert "checked up to 2025-05-31" in check(late)[0].message
    assert check(demand(lender_type="other", contract_date=dt.date(2025, 5, 31))) == []


def test_without_penalty_interest_the_contract_rate_is_demanded() -> None:
    # 9 % contract, 2024-03-01 (cap 13.80 %): 13.5 % with the penalty markup, 9 % without
    plain = demand(lender_type="other", annual_rate=Decimal("0.09"), penalty_demanded=False)
    assert demanded_rate(plain) == Decimal("0.09") and check(plain) == []
    edge = demand(lender_type="other", annual_rate=Decimal("0.0920001"))  # 13.80002 %
    message = check(edge)[0].message
    assert "13.80002% a year exceeds 4 x LPR 3.45% = 13.80000%" in message  # never "x > x"


def test_caps_are_data() -> None:
    text = """
[caps]
financial_lender_types = ["bank"]
lpr_multiple = "4"
financial_warn_rate = "0.24"
penalty_markup_min = "0.3"
penalty_markup_max = "0.5"
checked_through = 2020-12-31
[[lpr_1y]]
from = 2020-01-01
rate = "0.05"
"""
    caps = load_caps(text)
    small_loan = demand(lender_type="small_loan", contract_date=dt.date(2020, 2, 1))
    # here small-loan companies are held to 4 x 5 % = 20 %
    assert check(dataclasses.replace(small_loan, annual_rate=Decimal("0.13")), caps) == []
    blocked = check(dataclasses.replace(small_loan, annual_rate=Decimal("0.14")), caps)
    assert [(f.rule, f.action) for f in blocked] == [("DOC-CN-4", BLOCK)]  # 21 %
    assert check(dataclasses.replace(small_loan, annual_rate=Decimal("0.14"))) == []  # shipped
    with pytest.raises(ValueError, match="empty"):
        load_caps("lpr_1y = []\n" + text.split("[[lpr_1y]]")[0])


def test_a_letter_annualises_its_extras_on_the_principal_it_demands() -> None:
    from desktop_app.documents.checks import rate_findings
    from desktop_app.documents.samples import sample_letter

    base = sample_letter()
    issuer = dataclasses.replace(base.issuer, lender_type="other")
    loans = tuple(dataclasses.replace(loan, annual_rate=Decimal("0.04"),
                                      penalty_markup=Decimal("0.5")) for loan in base.loans)
    amounts = dataclasses.replace(base.amounts, overdue_principal=1_000_000,
                                  remaining_principal=500_000_000, liquidated_damages=500_000,
                                  compound_interest=0, fees=())
    default = dataclasses.replace(base.default, accelerated=False,
                                  overdue_since=base.calc_date - dt.timedelta(days=27))
    letter = dataclasses.replace(base, issuer=issuer, loans=loans, amounts=amounts,
                                 default=default)
    # 5,000 yuan of damages on the 10,000 yuan overdue over 27 days: far above 4 x LPR
    assert [(f.rule, f.action) for f in rate_findings(letter)] == [("DOC-CN-4", BLOCK)]
    accelerated = dataclasses.replace(letter, default=dataclasses.replace(default,
                                                                          accelerated=True))
    assert rate_findings(accelerated) == []  # the whole 5,010,000 yuan is demanded
