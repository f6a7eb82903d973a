"""A case's collection history: stage, next action, promises to pay, past contacts."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from desktop_app.demo.draws import Weighted
from desktop_app.demo.loans import LoanDraw
from desktop_app.portfolio.records import ActivityRec, CaseRec, PartyRec, PromiseRec

OFFICER_NOS = ("HS0107", "HS0112", "HS0125")  # the first is the local user (see profile.py)
NEXT_ACTIONS = {
    "early": ("电话提醒还款", "短信提醒到期款项", "核实还款资金安排"),
    "middle": ("上门走访借款人", "寄送催收函", "约谈法定代表人", "联系保证人"),
    "late": ("寄送律师函", "约谈实际控制人", "评估抵押物价值", "通知保证人履行保证责任"),
    "legal": ("准备起诉材料", "申请财产保全", "跟进执行程序", "与律师核对诉讼时效"),
}
CALL_OUTCOMES = (
    "promise_to_pay",
    "no_answer",
    "busy",
    "left_message",
    "right_party_contact",
    "refused",
    "wrong_number",
    "hardship_restructure_requested",
)
CALL_WEIGHTS = (20, 25, 8, 10, 20, 8, 3, 6)
OFFICERS = Weighted(OFFICER_NOS, (50, 30, 20))
KINDS = Weighted(("call", "visit", "sms"), (75, 15, 10))
CALLS = Weighted(CALL_OUTCOMES, CALL_WEIGHTS)
VISIT_OUTCOMES = ("right_party_contact", "promise_to_pay", "hardship_restructure_requested")
NOTES = {
    "promise_to_pay": "借款人承诺近期筹款还款",
    "no_answer": "电话无人接听",
    "busy": "电话占线",
    "left_message": "已留言请其回电",
    "right_party_contact": "与本人通话，告知逾期金额及后果",
    "refused": "对方表示暂无还款意愿",
    "wrong_number": "号码非本人使用，已标记待核实",
    "hardship_restructure_requested": "称经营困难，申请调整还款计划",
}


def stage_for(rng: random.Random, dpd: int) -> str:
    if dpd <= 30:
        return "early"
    if dpd <= 90:
        return "middle"
    if dpd <= 180:
        return "late"
    return "legal" if rng.random() < 0.8 else "late"


def case_rec(rng: random.Random, borrower_key: str, dpd: int, today: dt.date) -> CaseRec:
    stage = stage_for(rng, dpd)
    if dpd:
        opened = min(today, today - dt.timedelta(days=dpd) + dt.timedelta(rng.randint(1, 10)))
    else:
        opened = today - dt.timedelta(days=rng.randint(5, 200))
    officer = OFFICERS.draw(rng)
    return CaseRec(
        borrower_key=borrower_key,
        stage=stage,
        next_action=rng.choice(NEXT_ACTIONS[stage]),
        next_action_date=today + dt.timedelta(days=rng.randint(-7, 14)),
        opened_on=opened,
        officer_employee_no=officer,
    )


def _overdue_amount(draw: LoanDraw, today: dt.date) -> int:
    return sum(
        i.principal_due + i.interest_due - i.principal_paid - i.interest_paid
        for i in draw.instalments
        if i.due_date < today
    )


def promises(
    rng: random.Random, borrower_key: str, draw: LoanDraw, dpd: int, today: dt.date
) -> list[PromiseRec]:
    """Kept promises match real payments; broken ones fell due unpaid; open ones are ahead."""
    if not dpd or rng.random() > 0.45:
        return []
    out = []
    regular = [p for p in draw.payments if "-R" in p.reference]
    if regular and rng.random() < 0.5:
        pay = regular[-1]
        out.append(
            PromiseRec(
                borrower_key,
                pay.received_on - dt.timedelta(rng.randint(2, 10)),
                pay.received_on,
                pay.amount,
                "kept",
                pay.amount,
            )
        )
    if draw.partial is not None:
        part = draw.partial
        out.append(
            PromiseRec(
                borrower_key,
                part.received_on - dt.timedelta(rng.randint(2, 7)),
                part.received_on,
                part.amount * 2,
                "partial",
                part.amount,
            )
        )
    owed = max(
        10_000, _overdue_amount(draw, today) * rng.choice((3, 5, 10)) // 10 // 10_000 * 10_000
    )
    if dpd > 7 and rng.random() < 0.5:
        due = today - dt.timedelta(days=rng.randint(1, min(dpd - 1, 60)))
        out.append(
            PromiseRec(borrower_key, due - dt.timedelta(rng.randint(3, 14)), due, owed, "broken")
        )
    if rng.random() < 0.5:
        promised = today - dt.timedelta(days=rng.randint(1, 5))
        out.append(
            PromiseRec(
                borrower_key, promised, today + dt.timedelta(rng.randint(0, 14)), owed, "open"
            )
        )
    return out


def activities(
    rng: random.Random,
    borrower_key: str,
    contacts: list[PartyRec],
    dpd: int,
    today: dt.date,
    promised: list[PromiseRec],
) -> list[ActivityRec]:
    """A few past calls, visits and text messages at local office hours."""
    count = rng.choice((0, 1, 1, 2, 3, 4)) if dpd else rng.choice((0, 0, 1))
    out = []
    for _ in range(count):
        party = rng.choice(contacts)
        kind = KINDS.draw(rng)
        if kind == "call":
            outcome = CALLS.draw(rng)
        elif kind == "visit":
            outcome = rng.choice(VISIT_OUTCOMES)
        else:
            outcome = ""
        day = today - dt.timedelta(days=rng.randint(1, 120))
        out.append(
            ActivityRec(
                borrower_key,
                kind,
                _local(rng, day, party.timezone),
                outcome,
                NOTES.get(outcome, "发送还款提醒短信"),
                party.key,
            )
        )
    for promise in promised:
        if promise.status == "open":
            party = contacts[0]
            out.append(
                ActivityRec(
                    borrower_key,
                    "call",
                    _local(rng, promise.promised_on, party.timezone),
                    "promise_to_pay",
                    NOTES["promise_to_pay"],
                    party.key,
                )
            )
    return out


def _local(rng: random.Random, day: dt.date, timezone: str) -> dt.datetime:
    """A moment in the party's own office hours (09:00-18:59 local time)."""
    return dt.datetime(
        day.year,
        day.month,
        day.day,
        rng.randint(9, 18),
        rng.randrange(60),
        tzinfo=ZoneInfo(timezone),
    )
