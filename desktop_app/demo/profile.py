"""The demo lender: institution, designated repayment accounts and three officers."""

from __future__ import annotations

from typing import Any

from desktop_app.demo.history import OFFICER_NOS

INSTITUTION: dict[str, Any] = {
    "legal_name": "华东商业银行股份有限公司",
    "short_name": "华东商业银行",
    "credit_code": "91310000132225121D",
    "address": "上海市黄浦区中山东一路18号",
    "phone": "021-63218888",
    "letter_prefix": "华商银催",
    "lender_type": "bank",
    "collector_role": "in_house",
    "jurisdiction": "CN",
    "objection_channel": "书面寄送至上海市黄浦区中山东一路18号华东商业银行资产保全部（邮编200002），"
    "或致电021-63218888转资产保全部",
}
ACCOUNTS: tuple[dict[str, str], ...] = (
    {
        "account_name": "华东商业银行股份有限公司",
        "bank_name": "华东商业银行股份有限公司上海分行营业部",
        "account_no": "31050161360000001234",
    },
    {
        "account_name": "华东商业银行股份有限公司",
        "bank_name": "华东商业银行股份有限公司苏州分行",
        "account_no": "32250198880000005678",
    },
)
OFFICERS: tuple[dict[str, Any], ...] = (
    {
        "name": "陈晓明",
        "employee_no": OFFICER_NOS[0],
        "phone": "021-63218801",
        "title": "资产保全部高级经理",
        "email": "chenxm@hdcb.example.cn",
        "office_address": INSTITUTION["address"],
        "is_local_user": True,
    },
    {
        "name": "刘婷",
        "employee_no": OFFICER_NOS[1],
        "phone": "021-63218802",
        "title": "资产保全部客户经理",
        "email": "liuting@hdcb.example.cn",
        "office_address": INSTITUTION["address"],
        "is_local_user": False,
    },
    {
        "name": "王建国",
        "employee_no": OFFICER_NOS[2],
        "phone": "0512-67786603",
        "title": "苏州分行风险管理部经理",
        "email": "wangjg@hdcb.example.cn",
        "office_address": "江苏省苏州市姑苏区人民路1688号",
        "is_local_user": False,
    },
)
