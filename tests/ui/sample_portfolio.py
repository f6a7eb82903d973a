"""A small, deterministic portfolio for UI tests and screenshots (used when the demo builder
is unavailable): borrowers in every bucket, promises kept and broken, calls, stages."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from desktop_app.portfolio.records import (
    ActivityRec,
    CaseRec,
    ContactRec,
    InstalmentRec,
    LoanRec,
    PartyRec,
    Portfolio,
    PromiseRec,
)

NAMES = ("华信精密机械", "长江物流", "东方纺织", "金桥建材", "远航电子", "瑞丰食品", "恒泰化工",
         "明德印务", "新源光伏", "顺达汽配", "嘉禾农业", "天合医疗器械", "博远软件", "盛世家具",
         "海川水产", "蓝天环保", "宏图包装", "安平五金", "星河传媒", "永盛钢构")
CITIES = ("上海", "苏州", "杭州", "宁波", "南京", "合肥")
DPDS = (0, 5, 18, 33, 47, 66, 75, 95, 110, 128, 140, 160, 175, 200, 260, 300, 380, 12, 3, 45)
STAGES = ("early", "middle", "late", "legal")


def build(today: dt.date, cases: int = 20, seed: int = 7) -> Portfolio:
    rnd = random.Random(seed)
    p = Portfolio()
    for n in range(cases):
        name = f"{CITIES[n % len(CITIES)]}{NAMES[n % len(NAMES)]}有限公司"
        if n >= len(NAMES):
            name = f"{CITIES[n % len(CITIES)]}{NAMES[n % len(NAMES)]}{n}号有限公司"
        uscc = f"9131{n:04d}MA1K{n:04d}X"[:18]
        phone = f"139{n:04d}{rnd.randint(1000, 9999)}"
        p.parties.append(PartyRec(
            kind="entity", name=name, id_type="uscc", id_number=uscc,
            service_address=f"{CITIES[n % len(CITIES)]}市浦东新区张江路{n + 1}号",
            legal_rep_name=f"张{n}", contacts=(ContactRec("phone", phone, "contract"),)))
        key = p.parties[-1].key
        dpd = DPDS[n % len(DPDS)]
        contract = f"JK2024-{n + 1:04d}"
        principal = rnd.randint(50, 900) * 10_000_00
        start = today - dt.timedelta(days=420)
        p.loans.append(LoanRec(contract_no=contract, borrower_key=key, contract_date=start,
                               principal=principal, annual_rate=Decimal("0.0435"),
                               drawdown_date=start, maturity_date=today + dt.timedelta(days=400)))
        oldest = today - dt.timedelta(days=dpd) if dpd else today + dt.timedelta(days=10)
        due_dates = [oldest - dt.timedelta(days=30 * k) for k in range(3, 0, -1)] + [
            oldest + dt.timedelta(days=30 * k) for k in range(0, 4)]
        for seq, due in enumerate(due_dates, start=1):
            paid = due < oldest
            part = principal // 7 if seq < 7 else principal - 6 * (principal // 7)
            interest = principal * 435 // 120000
            p.instalments.append(InstalmentRec(contract, seq, due, part, interest,
                                               part if paid else 0, interest if paid else 0))
        p.cases.append(CaseRec(
            borrower_key=key, stage=STAGES[min(dpd // 90, 3)],
            next_action=("电话催收", "上门拜访", "发送催收函", "")[n % 4],
            next_action_date=today + dt.timedelta(days=(n % 5) - 2),
            opened_on=today - dt.timedelta(days=(n * 3) % 40)))
        if n % 3 == 0 and dpd:
            status = "broken" if n % 2 == 0 else "open"
            due = today - dt.timedelta(days=5) if status == "broken" else today
            p.promises.append(PromiseRec(key, today - dt.timedelta(days=12), due,
                                         principal // 20, status))
        if n % 2 == 0:
            p.activities.append(ActivityRec(
                key, "call", dt.datetime.combine(today - dt.timedelta(days=n % 9),
                                                 dt.time(2, 30), tzinfo=dt.UTC),
                outcome="promise", notes="财务负责人承诺月底前还款"))
    return p
