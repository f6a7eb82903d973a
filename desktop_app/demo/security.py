"""Guarantees and collateral for a synthetic loan."""

from __future__ import annotations

import datetime as dt
import random

from desktop_app.demo.names import EQUIPMENT, City
from desktop_app.domain.schedule import add_months
from desktop_app.portfolio.records import CollateralRec, GuaranteeRec, LoanRec


def guarantee(
    rng: random.Random, loan: LoanRec, guarantor_key: str, n: int, today: dt.date
) -> GuaranteeRec:
    """Mostly joint (连带) guarantees; most agree a period of three years after maturity,
    some end near today (so guarantee deadlines show), some agree none (six months apply)."""
    kind = "joint" if rng.random() < 0.85 else "general"
    roll = rng.random()
    period_end: dt.date | None
    near = today + dt.timedelta(days=rng.randint(-20, 75))
    if roll < 0.15 and near > loan.maturity_date:
        period_end = near
    elif roll < 0.3:
        period_end = None
    else:
        period_end = add_months(loan.maturity_date, 36)
    ceiling = loan.principal * 12 // 10 if rng.random() < 0.2 else None
    return GuaranteeRec(
        contract_no=loan.contract_no,
        guarantor_key=guarantor_key,
        kind=kind,
        guarantee_contract_no=f"{loan.contract_no}-保{n}",
        contract_date=loan.contract_date,
        period_end=period_end,
        max_amount=ceiling,
    )


def collateral(
    rng: random.Random,
    loan: LoanRec,
    city: City,
    serial: int,
    company: str,
    owner_key: str,
    controller_key: str | None,
) -> list[CollateralRec]:
    """房产抵押, 设备抵押 or 股权质押 for about half of the loans."""
    roll = rng.random()
    year = loan.contract_date.year
    out: list[CollateralRec] = []
    if roll < 0.3:
        where = city.name.removesuffix("市")
        out.append(
            CollateralRec(
                contract_no=loan.contract_no,
                kind="mortgage",
                description=f"房产抵押：{where}{rng.randint(1, 40)}幢{rng.randint(101, 2999)}室，"
                f"建筑面积{rng.randint(60, 1800)}平方米",
                registration_no=f"{city.short}({year}){where}不动产证明第{serial % 10**7:07d}号",
                value=loan.principal * rng.randint(120, 250) // 100,
                owner_key=owner_key if rng.random() < 0.6 or not controller_key else controller_key,
            )
        )
    elif roll < 0.42:
        out.append(
            CollateralRec(
                contract_no=loan.contract_no,
                kind="mortgage",
                description=f"设备抵押：{rng.choice(EQUIPMENT)}{rng.randint(2, 30)}台（套）",
                registration_no=f"{year}{serial % 10**14:014d}{rng.randrange(10**6):06d}",
                value=loan.principal * rng.randint(60, 130) // 100,
                owner_key=owner_key,
            )
        )
    elif roll < 0.5 and controller_key:
        share = rng.choice((20, 30, 51, 60, 70, 100))
        out.append(
            CollateralRec(
                contract_no=loan.contract_no,
                kind="pledge",
                description=f"股权质押：{company}{share}%股权",
                registration_no=f"({city.short}市监)股质登记设字[{year}]第{serial % 10**5:05d}号",
                value=loan.principal * rng.randint(50, 150) // 100,
                owner_key=controller_key,
            )
        )
    return out
