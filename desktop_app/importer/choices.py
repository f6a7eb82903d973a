"""Accepted values of the choice columns, Chinese and English, mapped to stored values."""

from __future__ import annotations

from desktop_app.importer.values import fold


def _table(spec: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Folded alias -> canonical value; the canonical value is always an alias of itself."""
    table: dict[str, str] = {}
    for value, aliases in spec.items():
        for alias in (*aliases, value):
            table[fold(alias)] = value
    return table


PARTY_KIND = _table(
    {
        "entity": ("企业", "公司", "法人", "单位", "对公", "enterprise", "company"),
        "natural": ("个人", "自然人", "对私", "individual", "person"),
    }
)

ID_TYPE = _table(
    {
        "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "营业执照"),
        "resident_id": ("居民身份证", "身份证", "二代身份证", "id_card"),
        "passport": ("护照",),
        "other": ("其他",),
    }
)

DEFAULT_ID_TYPE = {"entity": "uscc", "natural": "resident_id"}

ROLE = _table(
    {
        "legal_rep": ("法定代表人", "法人代表", "legal representative"),
        "actual_controller": ("实际控制人", "实控人", "actual controller"),
        "finance_contact": ("财务联系人", "财务负责人", "finance contact"),
        "guarantor": ("保证人", "担保人"),
        "mortgagor": ("抵押人",),
        "pledgor": ("出质人",),
        "nominated_contact": ("指定联系人", "紧急联系人", "nominated contact"),
        "third_party": ("第三方", "third party"),
    }
)

GUARANTEE_KIND = _table(
    {
        "joint": ("连带", "连带责任保证", "连带保证", "连带责任"),
        "general": ("一般", "一般保证"),
    }
)

COLLATERAL_KIND = _table(
    {
        "mortgage": ("抵押", "抵押物"),
        "pledge": ("质押", "质押物", "质物"),
    }
)

DAY_COUNT = _table(
    {
        "ACT/360": ("实际/360", "360"),
        "ACT/365": ("实际/365", "365"),
        "30/360": ("30/360",),
    }
)

REPAYMENT_METHOD = _table(
    {
        "annuity": ("等额本息",),
        "equal-principal": ("等额本金", "equal_principal"),
        "interest-only": ("先息后本", "按月付息到期还本", "按季付息到期还本", "interest_only"),
    }
)

CURRENCY = _table(
    {
        "CNY": ("人民币", "RMB", "元"),
        "USD": ("美元",),
        "HKD": ("港币", "港元"),
        "EUR": ("欧元",),
    }
)

LANGUAGE = _table({"zh": ("中文", "汉语", "chinese"), "en": ("英文", "英语", "english")})

# CN-SRC1: the only lawful sources of a stored phone number (and of any contact point).
SOURCE = _table(
    {
        "contract": ("合同", "合同预留", "借款合同", "合同约定"),
        "debtor_provided": ("本人提供", "债务人提供", "客户提供", "借款人提供"),
        "debtor_authorised": ("本人授权", "债务人授权", "客户授权", "debtor_authorized"),
        "public_lawful": ("公开渠道", "公开合法渠道", "工商登记", "公开信息"),
        "nominated_contact": ("指定联系人", "本人指定"),
        "credit_bureau_authorised": ("征信授权", "征信报告", "credit_bureau_authorized"),
    }
)

# Sources that are never lawful: a device contact book, scraped or bought lists.
FORBIDDEN_SOURCE = frozenset(
    fold(s)
    for s in (
        "通讯录",
        "手机通讯录",
        "设备通讯录",
        "通讯录导入",
        "contact_book",
        "contact book",
        "address_book",
        "address book",
        "phonebook",
        "device_contacts",
        "device contacts",
    )
)
