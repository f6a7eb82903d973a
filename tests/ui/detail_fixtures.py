"""A real encrypted store with one fully furnished case, for the detail-pane tests.

Import the fixtures into a test module (``from detail_fixtures import detail_ctx, ...``).
``build_detail_case`` is also used by the screenshot script, so it needs no pytest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.context import AppContext, open_context
from desktop_app.paths import data_paths
from desktop_app.portfolio import records as r
from desktop_app.portfolio.writer import write_portfolio

TODAY = dt.date(2025, 6, 15)
CN = dt.timezone(dt.timedelta(hours=8))
BORROWER = r.PartyRec("entity", "杭州青禾纺织有限公司", "uscc", "91330106MA2H3K5X7Q",
                      service_address="浙江省杭州市西湖区文三路 259 号 8 楼",
                      province="浙江省", city="杭州市", district="西湖区", legal_rep_name="王建国",
                      contacts=(r.ContactRec("phone", "057188776655", "contract", "财务室"),
                                r.ContactRec("address", "浙江省杭州市西湖区文三路 259 号 8 楼",
                                             "contract")))
LEGAL_REP = r.PartyRec("natural", "王建国", "resident_id", "330106197805121234",
                       contacts=(r.ContactRec("phone", "13812345678", "debtor_provided", "手机"),))
CONTROLLER = r.PartyRec("natural", "陈志远", "resident_id", "330106198011204321",
                        contacts=(r.ContactRec("phone", "13967890123", "contract"),))
GUARANTOR = r.PartyRec("natural", "李梅", "resident_id", "330102198203034567",
                       timezone="Asia/Hong_Kong", language="yue",
                       contacts=(r.ContactRec("phone", "13711112222", "contract"),
                                 r.ContactRec("email", "limei@example.com", "debtor_provided")))
LOAN_A, LOAN_B = "HZQH-2024-0001", "HZQH-2024-0002"
MONTHLY_PRINCIPAL, MONTHLY_INTEREST = 5_000_000, 217_500

# (seq, due, principal paid, interest paid) for the 12-month loan A: 8 paid, 9 part-paid
# and overdue, 10-11 overdue, 12 due in five days.
SCHEDULE_A = [(n, dt.date(2024, 6 + n, 20) if n <= 6 else dt.date(2025, n - 6, 20))
              for n in range(1, 13)]
PAID_A = {n: (MONTHLY_PRINCIPAL, MONTHLY_INTEREST) for n in range(1, 9)} | {9: (2_000_000, 217_500)}
# Loan B: 4 quarterly instalments; 1 paid, 2 part-paid before its due date, 3-4 due.
SCHEDULE_B = [(1, dt.date(2025, 3, 31)), (2, dt.date(2025, 6, 30)), (3, dt.date(2025, 9, 30)),
              (4, dt.date(2025, 12, 31))]
PAID_B = {1: (5_000_000, 300_000), 2: (887_500, 112_500)}


def portfolio() -> r.Portfolio:
    key = BORROWER.key
    p = r.Portfolio(parties=[BORROWER, LEGAL_REP, CONTROLLER, GUARANTOR])
    p.loans = [
        r.LoanRec(LOAN_A, key, dt.date(2024, 6, 10), 60_000_000, Decimal("0.0435"),
                  dt.date(2024, 6, 20), dt.date(2025, 6, 20), repayment_method="equal_principal",
                  contract_name="流动资金借款合同"),
        r.LoanRec(LOAN_B, key, dt.date(2024, 12, 20), 20_000_000, Decimal("0.06"),
                  dt.date(2024, 12, 31), dt.date(2025, 12, 31), repayment_method="equal_principal",
                  contract_name="固定资产借款合同"),
    ]
    for seq, due in SCHEDULE_A:
        pp, ip = PAID_A.get(seq, (0, 0))
        p.instalments.append(r.InstalmentRec(LOAN_A, seq, due, MONTHLY_PRINCIPAL,
                                             MONTHLY_INTEREST, pp, ip))
    for seq, due in SCHEDULE_B:
        pp, ip = PAID_B.get(seq, (0, 0))
        p.instalments.append(r.InstalmentRec(LOAN_B, seq, due, 5_000_000, 300_000, pp, ip))
    for contract, schedule, paid in ((LOAN_A, SCHEDULE_A, PAID_A), (LOAN_B, SCHEDULE_B, PAID_B)):
        for seq, due in schedule:
            if seq in paid:
                on = min(due, dt.date(2025, 5, 15))
                p.payments.append(r.PaymentRec(contract, on, sum(paid[seq]), f"{contract}-P{seq}"))
    p.roles = [r.RoleRec(key, LEGAL_REP.key, "legal_rep"),
               r.RoleRec(key, CONTROLLER.key, "actual_controller")]
    p.guarantees = [r.GuaranteeRec(LOAN_A, GUARANTOR.key, "joint", "HZQH-BZ-2024-0001",
                                   dt.date(2024, 6, 10), dt.date(2025, 7, 1))]
    p.collateral = [r.CollateralRec(LOAN_A, "mortgage", "杭州市西湖区厂房 2 号楼", "浙(2024)杭州市不动产证明第0123456号",
                                    45_000_000)]
    p.cases = [r.CaseRec(key, stage="middle", next_action="致电财务负责人核实回款计划",
                         next_action_date=dt.date(2025, 6, 17), opened_on=dt.date(2025, 3, 25))]
    p.promises = [r.PromiseRec(key, dt.date(2025, 5, 6), dt.date(2025, 5, 30), 3_000_000, "broken")]
    p.activities = [
        r.ActivityRec(key, "note", dt.datetime(2025, 4, 1, 9, 30, tzinfo=CN), "",
                      "首次逾期，已建档。"),
        r.ActivityRec(key, "visit", dt.datetime(2025, 5, 6, 14, 0, tzinfo=CN), "promise_to_pay",
                      "上门走访：厂区开工约六成，二号车间停产。\n法定代表人承诺 5 月底前归还 3 万元。\n"
                      "仓库存货约 200 万元。", LEGAL_REP.key),
        r.ActivityRec(key, "call", dt.datetime(2025, 6, 10, 10, 15, tzinfo=CN), "no_answer",
                      "财务室电话无人接听。"),
        r.ActivityRec(key, "sms", dt.datetime(2025, 6, 11, 16, 5, tzinfo=CN), "",
                      "已发送还款提醒短信。", LEGAL_REP.key),
    ]
    return p


def add_documents(ctx: AppContext, case_id: int) -> None:
    """Letters are written by the documents service; tests store two finished ones directly."""
    from local_db.models import Document

    with ctx.unit(reason="test documents") as s:
        for no, kind, issued, sent, delivered, outcome, total in (
                ("HZQH-CS-2025-0007", "reminder", dt.date(2025, 4, 25), dt.date(2025, 4, 26),
                 dt.date(2025, 4, 28), "delivered", 10_652_500),
                ("HZQH-CS-2025-0015", "demand", dt.date(2025, 6, 12), dt.date(2025, 6, 12),
                 None, "", 21_305_000)):
            pdf = f"%PDF-1.4 {no}".encode()
            s.add(Document(case_id=case_id, kind=kind, language="zh", letter_no=no,
                           issue_date=issued, total=total, pdf=pdf,
                           sha256=hashlib.sha256(pdf).hexdigest(), delivery_method="ems",
                           sent_on=sent, delivered_on=delivered, delivery_outcome=outcome))


def build_detail_case(ctx: AppContext) -> int:
    report = write_portfolio(ctx, portfolio(), source="detail-fixture")
    case_id = report.case_ids[0]
    add_documents(ctx, case_id)
    return case_id


def open_store(root: Path) -> AppContext:
    ctx = open_context(data_paths(root), create=True)
    ctx.clock = lambda: TODAY
    return ctx


@pytest.fixture
def detail_ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("COLLECTION_DESK_PASSPHRASE", "test passphrase 1")
    monkeypatch.setenv("COLLECTION_DESK_NO_KEYRING", "1")
    ctx = open_store(tmp_path / "data")
    yield ctx
    ctx.close()


@pytest.fixture
def detail_case(detail_ctx: AppContext) -> int:
    return build_detail_case(detail_ctx)


@pytest.fixture
def detail_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "detail.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def panes(qtbot, detail_ctx: AppContext, detail_case: int, detail_settings: QSettings):  # type: ignore[no-untyped-def]
    from ui.detail import DetailPanes

    widget = DetailPanes(detail_ctx, settings=detail_settings)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    widget.show_case(detail_case)
    return widget
