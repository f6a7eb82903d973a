"""A realistic synthetic Chinese enterprise-loan portfolio, deterministic for a seed.

Cases are drawn in blocks of ``BLOCK``; block *b* has its own ``random.Random`` seeded
from (seed, b), so a portfolio can be drawn and written block by block without holding
all of it in memory (``blocks``) and is identical to drawing it at once (``generate``).
About 85 % of borrowers are companies (with legal representative, actual controller and
finance contact), 15 % individual business owners (个体工商户). Overdue days cover every
bucket M0..M7+, some old enough that limitation deadlines approach or have passed.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator

from desktop_app.demo import history, names, security
from desktop_app.demo.draws import Weighted
from desktop_app.demo.loans import draw_loan
from desktop_app.demo.parties import Drawer, guarantee_firms
from desktop_app.portfolio.case_math import LoanFigures
from desktop_app.portfolio.records import PartyRec, Portfolio, RoleRec

BLOCK = 5000
BUCKET_DAYS: tuple[tuple[int, int], ...] = (
    (0, 0),
    (1, 30),
    (31, 60),
    (61, 90),
    (91, 120),
    (121, 150),
    (151, 180),
    (181, 1500),
)
BUCKET_WEIGHTS = (12, 18, 13, 10, 8, 7, 6, 26)
BUCKETS = Weighted(BUCKET_DAYS, BUCKET_WEIGHTS)
LOAN_COUNTS = Weighted((1, 2, 3), (60, 30, 10))
INDIVIDUAL_SHARE = 0.15
PEOPLE_PER_CASE = 8  # serial slots reserved per case for natural persons
FIRMS_PER_CASE = 4  # and for entities


def generate(cases: int, seed: int, today: dt.date) -> Portfolio:
    """The whole portfolio of ``cases`` borrowers (one case each) as of ``today``."""
    whole = Portfolio()
    for block in blocks(cases, seed, today):
        for name in whole.__dataclass_fields__:
            getattr(whole, name).extend(getattr(block, name))
    whole.parties = list({p.key: p for p in whole.parties}.values())
    return whole


def blocks(cases: int, seed: int, today: dt.date) -> Iterator[Portfolio]:
    """The same portfolio in blocks of at most ``BLOCK`` cases."""
    firms = guarantee_firms(seed)
    for start in range(0, cases, BLOCK):
        yield _Block(seed, start, today, firms).draw(min(BLOCK, cases - start))


def block(cases: int, seed: int, today: dt.date, start: int, size: int = BLOCK) -> Portfolio:
    """The block of ``blocks(cases, seed, today)`` that begins at case ``start`` (a
    multiple of ``size``, which is ``BLOCK``); drawn on its own, e.g. in a worker process."""
    return block_and_figures(cases, seed, today, start, size)[0]


def block_and_figures(
    cases: int, seed: int, today: dt.date, start: int, size: int = BLOCK
) -> tuple[Portfolio, dict[str, LoanFigures]]:
    """:func:`block` and the figures of its loans as of ``today`` by contract number,
    from the replay that allocated their payments (loan id 0, no guarantee deadlines)."""
    if start % size or not 0 <= start < cases:
        raise ValueError(f"no block starts at case {start}")
    drawn = _Block(seed, start, today, _firms(seed))
    return drawn.draw(min(size, cases - start)), drawn.figures


@functools.lru_cache(maxsize=4)
def _firms(seed: int) -> list[PartyRec]:
    return guarantee_firms(seed)


def shared_parties(seed: int) -> list[PartyRec]:
    """The parties several blocks may have (the guarantee firms); each block lists the ones
    it uses after all its own parties."""
    return _firms(seed)


def draw_dpd(rng: random.Random) -> int:
    low, high = BUCKETS.draw(rng)
    if high == 1500 and rng.random() < 0.55:
        high = 720
    return rng.randint(low, high)


class _Block:
    def __init__(self, seed: int, start: int, today: dt.date, firms: list[PartyRec]) -> None:
        self.rng = random.Random(f"collection-desk-demo:{seed}:{start}")
        self.drawer = Drawer(self.rng, salt=seed % 9973)
        self.start, self.today, self.firms = start, today, firms
        self.out = Portfolio()
        self.used_firms: dict[str, PartyRec] = {}
        self.figures: dict[str, LoanFigures] = {}

    def draw(self, count: int) -> Portfolio:
        for i in range(count):
            self._case(self.start + i)
        self.out.parties.extend(self.used_firms.values())
        return self.out

    def _case(self, g: int) -> None:
        rng, drawer, out = self.rng, self.drawer, self.out
        city = drawer.city(mainland=True)
        people = g * PEOPLE_PER_CASE
        individual = rng.random() < INDIVIDUAL_SHARE
        contacts: list[PartyRec] = []
        controller: PartyRec | None = None
        company_name = ""
        if individual:
            borrower, shop = drawer.shop_owner(people, city)
            contacts.append(borrower)
            family = (
                drawer.person(people + 3, city, ("debtor_provided",))
                if rng.random() < 0.5
                else None
            )
            personal = [family] if family else []
            if family:
                out.roles.append(RoleRec(borrower.key, family.key, "nominated_contact", "配偶"))
        else:
            rep_city = city if rng.random() > 0.03 else names.CITIES[-1]
            rep = drawer.person(people, rep_city, ("contract", "debtor_provided"))
            borrower = drawer.company(g * FIRMS_PER_CASE, city, rep.name)
            company_name = borrower.name
            controller = rep
            if rng.random() < 0.4:
                where = names.CITIES[-1] if rng.random() < 0.08 else drawer.city()
                controller = drawer.person(people + 1, where, ("contract",))
            finance = drawer.person(people + 2, city, ("debtor_provided",))
            out.roles += [
                RoleRec(borrower.key, rep.key, "legal_rep"),
                RoleRec(borrower.key, controller.key, "actual_controller"),
                RoleRec(borrower.key, finance.key, "finance_contact", "财务负责人"),
            ]
            contacts += [rep, finance] if controller is rep else [rep, controller, finance]
            personal = [controller]
            shop = ""
        out.parties += [borrower, *(p for p in contacts if p is not borrower)]
        if individual and family:
            out.parties.append(family)
        self._loans(g, borrower, personal, city, company_name or shop, controller, contacts)

    def _loans(
        self,
        g: int,
        borrower: PartyRec,
        personal: list[PartyRec],
        city: names.City,
        company: str,
        controller: PartyRec | None,
        contacts: list[PartyRec],
    ) -> None:
        rng, out, today = self.rng, self.out, self.today
        borrower_key = borrower.key
        personal_keys = [p.key for p in personal]
        controller_key = controller.key if controller else None
        dpd = draw_dpd(rng)
        individual = borrower.kind == "natural"
        n_loans = LOAN_COUNTS.draw(rng)
        main = None
        case_dpd = 0
        related: PartyRec | None = None
        for k in range(n_loans):
            loan_dpd = dpd if k == 0 else (0 if rng.random() < 0.5 else rng.randint(0, dpd))
            draw = draw_loan(
                rng, today, f"HSJK-{g:07d}-{k + 1}", borrower_key, loan_dpd, individual
            )
            main = main or draw
            case_dpd = max(case_dpd, draw.dpd)
            out.loans.append(draw.loan)
            assert draw.figures is not None
            self.figures[draw.loan.contract_no] = draw.figures
            out.instalments += draw.instalments
            out.payments += draw.payments
            guarantors = [key for key in personal_keys if rng.random() < 0.7]
            if rng.random() < (0.2 if individual else 0.25):
                firm = rng.choice(self.firms)
                self.used_firms[firm.key] = firm
                guarantors.append(firm.key)
            if not individual and rng.random() < 0.15:
                if related is None:
                    related = self.drawer.company(
                        g * FIRMS_PER_CASE + 1, city, self.drawer.person_name()
                    )
                    out.parties.append(related)
                guarantors.append(related.key)
            out.guarantees += [
                security.guarantee(rng, draw.loan, key, n + 1, today)
                for n, key in enumerate(guarantors)
            ]
            pledged = security.collateral(
                rng,
                draw.loan,
                city,
                g * 3 + k,
                company,
                borrower_key,
                controller_key,
            )
            out.collateral += pledged
            for c in pledged:
                if c.owner_key and c.owner_key != borrower_key:
                    role = "mortgagor" if c.kind == "mortgage" else "pledgor"
                    out.roles.append(RoleRec(borrower_key, c.owner_key, role))
        assert main is not None
        out.cases.append(history.case_rec(rng, borrower_key, case_dpd, today))
        promised = history.promises(rng, borrower_key, main, case_dpd, today)
        out.promises += promised
        out.activities += history.activities(rng, borrower_key, contacts, case_dpd, today, promised)
