"""One synthetic loan: terms, a real schedule, and a payment history that stops at a default.

Regular instalments are paid in full on the due date, or a few days late with a little
extra that covers the penalty interest of those days (so the instalment is settled and the
surplus prepays principal). The defaulted instalment may get a partial payment; old
defaults sometimes get small payments later. The oldest unpaid instalment then falls due
exactly ``dpd`` days before today (moved back to a day of month <= 28, at most 3 days).

The instalment rows say what was paid on each instalment, as a core-banking export does:
the principal and interest the payments' allocations paid by today, spread over the
schedule oldest first (:func:`plain_replay.paid_per_instalment`, the rule the figures count
by), so they add up to the loan's figures. A late payment's surplus thus part-pays the
next instalment's principal (the defaulted one, or for a current loan the next one due).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.demo.draws import Weighted, below
from desktop_app.domain.accrual import LoanTerms
from desktop_app.domain.schedule import Method, add_months, build_schedule
from desktop_app.portfolio.case_math import LoanFigures
from desktop_app.portfolio.plain_replay import (
    SPLIT_KEYS,
    paid_per_instalment,
    plain_figures,
    replay_plain,
)
from desktop_app.portfolio.records import InstalmentRec, LoanRec, PaymentRec
from local_db.models import Loan

METHODS: tuple[Method, ...] = ("annuity", "equal-principal", "interest-only")
METHOD_WEIGHTS = (45, 30, 25)
METHOD_DRAW = Weighted(METHODS, METHOD_WEIGHTS)
TERMS = (6, 12, 12, 12, 18, 24, 24, 36)
PENALTY_MARKUP = Decimal("0.5")
COMPANY_WAN = (
    50,
    80,
    100,
    120,
    150,
    200,
    250,
    300,
    400,
    500,
    600,
    800,
    1000,
    1200,
    1500,
    2000,
    2500,
    3000,
)  # principal in 万元 (10,000 yuan): loans come in round sums
INDIVIDUAL_WAN = (5, 8, 10, 15, 20, 30, 50, 80, 100, 150, 200, 300)
RATES = tuple(
    Decimal(r)
    for r in (
        "0.0320",
        "0.0345",
        "0.0365",
        "0.0385",
        "0.0395",
        "0.0410",
        "0.0435",
        "0.0450",
        "0.0475",
        "0.0490",
        "0.0500",
        "0.0522",
        "0.0550",
        "0.0575",
        "0.0600",
        "0.0625",
        "0.0650",
        "0.0680",
        "0.0700",
        "0.0720",
        "0.0750",
    )
)
_ANCHOR = dt.date(2001, 1, 15)


@dataclass
class LoanDraw:
    loan: LoanRec
    instalments: list[InstalmentRec]
    payments: list[PaymentRec] = field(default_factory=list)
    partial: PaymentRec | None = None  # the part payment at the default, if any
    dpd: int = 0  # as drawn, after moving the due day to the 28th or before
    figures: LoanFigures | None = None
    """As of today, without guarantees (:func:`plain_replay.plain_figures`, loan id 0)."""


@functools.lru_cache(maxsize=65_536)
def _amounts(
    principal: int, rate: Decimal, months: int, method: Method
) -> tuple[tuple[int, int], ...]:
    """(principal, interest) per period from ``build_schedule``; on 30/360 (monthly
    interest = balance × rate / 12, as Chinese banks schedule) they do not depend on dates."""
    rows = build_schedule(principal, rate, months, method, _ANCHOR)
    return tuple((r.principal, r.interest) for r in rows)


def _first_unpaid_due(rng: random.Random, today: dt.date, dpd: int) -> dt.date:
    day = today - dt.timedelta(days=dpd) if dpd else today + dt.timedelta(rng.randint(1, 28))
    while day.day > 28:
        day += dt.timedelta(days=-1 if dpd else 1)
    return day


def draw_loan(
    rng: random.Random,
    today: dt.date,
    contract_no: str,
    borrower_key: str,
    dpd: int,
    individual: bool,
) -> LoanDraw:
    """A loan of ``borrower_key`` whose oldest unpaid instalment is ``dpd`` days overdue."""
    pick = below(rng)  # pick(n) is rng.randrange(n)
    wan = INDIVIDUAL_WAN if individual else COMPANY_WAN
    principal = wan[pick(len(wan))] * 1_000_000
    rate = RATES[pick(len(RATES))]
    method = METHOD_DRAW.draw(rng)
    months = TERMS[pick(len(TERMS))]
    if dpd:  # default at instalment `unpaid` (1-based); balloons usually default at the end
        late_end = method == "interest-only" or dpd > 900
        unpaid = months if late_end and rng.random() < 0.6 else 1 + pick(months)
    else:
        unpaid = 1 + pick(months)
    first_unpaid = _first_unpaid_due(rng, today, dpd)
    start = add_months(first_unpaid, -unpaid)
    amounts = _amounts(principal, rate, months, method)
    base = start.year * 12 + start.month - 1  # start.day <= 28: no month-end clamping
    dues = [dt.date((base + k) // 12, (base + k) % 12 + 1, start.day) for k in range(1, months + 1)]
    loan = LoanRec(
        contract_no=contract_no,
        borrower_key=borrower_key,
        contract_date=start - dt.timedelta(days=pick(11)),
        principal=principal,
        annual_rate=rate,
        drawdown_date=start,
        maturity_date=dues[-1],
        penalty_markup=PENALTY_MARKUP,
        repayment_method=method,
        contract_name="个人经营性借款合同" if individual else "流动资金借款合同",
    )
    draw = LoanDraw(loan, [], dpd=max(0, (today - first_unpaid).days))
    balance = principal
    pays: list[tuple[dt.date, int, str]] = []
    schedule: list[tuple[int, dt.date, int, int]] = []
    for seq, ((part, interest), due) in enumerate(zip(amounts, dues, strict=True), start=1):
        schedule.append((seq, due, part, interest))
        if seq < unpaid:
            balance -= part
            pays.append(_regular(rng, contract_no, due, part + interest, balance, rate, today, seq))
    if dpd:
        _after_default(rng, pays, sum(amounts[unpaid - 1]), dues[unpaid - 1], today, contract_no)
    _settle(draw, schedule, pays, today)
    return draw


def _settle(
    draw: LoanDraw,
    schedule: list[tuple[int, dt.date, int, int]],
    pays: list[tuple[dt.date, int, str]],
    today: dt.date,
) -> None:
    """The payments with their allocations, the loan's figures as of ``today`` and its
    instalment rows with what was paid on each by then, from one replay of the loan
    (:class:`plain_replay.PlainReplay`), payments in date order; ``schedule``: (seq, due
    date, principal, interest) of each instalment, in due-date order."""
    loan = draw.loan
    terms = LoanTerms(
        principal=loan.principal,
        annual_rate=loan.annual_rate,
        penalty_markup=loan.penalty_markup,
        compound_enabled=loan.compound_enabled,
        day_count=loan.day_count,
        start_date=loan.drawdown_date,
    )
    dates = [day for day, _, _ in pays]
    order = sorted(range(len(pays)), key=dates.__getitem__)  # stable: (date, position)
    splits, replay, snap, paid = replay_plain(
        terms, ALLOCATION_ORDER, schedule, [pays[k][:2] for k in order], today
    )
    allocations: list[tuple[tuple[str, int], ...]] = [()] * len(pays)
    for k, split in zip(order, splits, strict=True):
        allocations[k] = tuple(zip(SPLIT_KEYS, split, strict=True))
    no = loan.contract_no
    draw.payments = [
        PaymentRec(no, day, amount, ref, allocation)
        for (day, amount, ref), allocation in zip(pays, allocations, strict=True)
    ]
    for p in draw.payments:
        if p.reference.endswith("-P01"):
            draw.partial = p
    draw.figures = plain_figures(0, no, replay, snap, paid, dates, [], [], today)
    draw.instalments = [
        InstalmentRec(no, seq, due, part, interest, part_paid, interest_paid)
        for (seq, due, part, interest), (part_paid, interest_paid) in zip(
            schedule, paid_per_instalment(schedule, paid), strict=True
        )
    ]


ALLOCATION_ORDER = tuple(str(Loan.__table__.c.allocation_order.default.arg).split(","))
"""The order a loan written without one gets (the column default)."""


def _regular(
    rng: random.Random,
    contract_no: str,
    due: dt.date,
    amount: int,
    balance: int,
    rate: Decimal,
    today: dt.date,
    seq: int,
) -> tuple[dt.date, int, str]:
    """A payment settling one instalment. Paid ``late`` days after the due date it adds the
    penalty and compound interest of those days and the interest accrued on the remaining
    ``balance`` (both come before principal), plus 1 yuan; the surplus prepays principal."""
    late = 1 + below(rng)(6) if rng.random() < 0.15 else 0
    if late and due + dt.timedelta(days=late) < today:
        owed = (amount * rate * (1 + PENALTY_MARKUP) + balance * rate) * late / 360
        extra = int(owed.to_integral_value(rounding="ROUND_CEILING")) + 100
        return due + dt.timedelta(days=late), amount + extra, f"{contract_no}-R{seq:02d}"
    return due, amount, f"{contract_no}-R{seq:02d}"


def _after_default(
    rng: random.Random,
    pays: list[tuple[dt.date, int, str]],
    instalment: int,
    due: dt.date,
    today: dt.date,
    contract_no: str,
) -> None:
    """A part payment at the default, and for old defaults some small later payments."""
    days = (today - due).days
    paid = 0
    if rng.random() < 0.3:
        on = due + dt.timedelta(days=rng.randint(0, min(5, days - 1)))
        paid = instalment * rng.randint(20, 60) // 100
        pays.append((on, paid, f"{contract_no}-P01"))
    if days > 120 and rng.random() < 0.25:
        for k in range(rng.randint(1, 2)):
            on = due + dt.timedelta(days=rng.randint(30, days - 1))
            amount = instalment * rng.randint(5, 15) // 100
            if amount and paid + amount < instalment // 2 + instalment // 4:
                paid += amount
                pays.append((on, amount, f"{contract_no}-L{k + 1:02d}"))
