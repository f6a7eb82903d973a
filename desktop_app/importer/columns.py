"""The documented import columns per file kind, with Chinese and English header aliases.

``docs/import-format.md`` describes the same tables; a test keeps the two in step.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop_app.importer import choices

# Value types; ``parse.py`` maps each to its parser.
TEXT, CODE, DATE, MONEY, POSITIVE, RATE, INT, BOOL = (
    "text",
    "code",
    "date",
    "money",
    "positive money",
    "rate",
    "whole number",
    "yes/no",
)
CHOICE, TIMEZONE, PHONE, EMAIL, SOURCE = "choice", "time zone", "phone", "email", "source"


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    type: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    choices: dict[str, str] | None = None

    def names(self) -> tuple[str, ...]:
        return (self.zh, self.en, self.key, *self.aliases)


@dataclass(frozen=True)
class FileKind:
    key: str
    zh: str
    en: str
    names: tuple[str, ...]  # file or sheet names that announce this kind
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


_PARTY = """
kind            | 类型         | Kind                 | choice:PARTY_KIND | * | 客户类型, 主体类型
name            | 名称         | Name                 | text              | * | 姓名, 借款人名称, 企业名称, 客户名称, 关联方名称
id_type         | 证件类型     | ID type              | choice:ID_TYPE    |   |
id_number       | 证件号码     | ID number            | code              | * | 证件号, 统一社会信用代码, 身份证号码, 身份证号
legal_rep       | 法定代表人   | Legal representative | text              |   | 法人代表
service_address | 送达地址     | Service address      | text              |   | 地址, 通讯地址
province        | 省份         | Province             | text              |   | 省
city            | 城市         | City                 | text              |   | 市
district        | 区县         | District             | text              |   | 区, 县
timezone        | 时区         | Time zone            | time zone         |   |
language        | 语言         | Language             | choice:LANGUAGE   |   |
phone_1         | 电话1        | Phone 1              | phone             |   | 电话, 手机, 手机号, 联系电话
phone_1_source  | 电话1来源    | Phone 1 source       | source            |   | 电话来源
phone_2         | 电话2        | Phone 2              | phone             |   |
phone_2_source  | 电话2来源    | Phone 2 source       | source            |   |
email           | 电子邮箱     | Email                | email             |   | 邮箱, e-mail
email_source    | 邮箱来源     | Email source         | source            |   |
"""
_CONTRACT = (
    "contract_no | 合同编号 | Contract no | code | * | 借款合同编号, 合同号, contract number"
)
_LOAN_REF = (
    "contract_no | 借款合同编号 | Contract no | code | * | 合同编号, 合同号, contract number"
)
_BORROWER = (
    "borrower_id | 借款人证件号码 | Borrower ID number | code | * | 借款人证件号, borrower id"
)

_TABLES = {
    ("borrowers", "借款人", "Borrowers", "借款人, borrowers, borrower"): _PARTY,
    ("parties", "关联方", "Parties", "关联方, 关系人, parties, related parties"): f"""
{_BORROWER}
role            | 角色         | Role                 | choice:ROLE       | * | 关联方角色, 身份
relation        | 关系         | Relation             | text              |   | 与借款人关系
{_PARTY}""",
    ("loans", "贷款", "Loans", "贷款, 借款合同, loans, loan"): f"""
{_CONTRACT}
{_BORROWER}
contract_name   | 合同名称     | Contract name        | text              |   |
contract_date   | 合同日期     | Contract date        | date              | * | 签订日期, 合同签订日期
currency        | 币种         | Currency             | choice:CURRENCY   |   |
principal       | 合同金额     | Principal            | positive money    | * | 本金, 贷款金额, 借款金额
annual_rate     | 年利率       | Annual rate          | rate              | * | 执行年利率, 合同利率
penalty_markup  | 罚息上浮比例 | Penalty markup       | rate              |   | 罚息上浮
compound        | 计收复利     | Compound interest    | yes/no            |   | 复利
day_count       | 计息基准     | Day count            | choice:DAY_COUNT  |   |
drawdown_date   | 放款日期     | Drawdown date        | date              | * | 放款日, 发放日期
maturity_date   | 到期日期     | Maturity date        | date              | * | 到期日
repayment_method| 还款方式     | Repayment method     | choice:REPAYMENT_METHOD | |
""",
    ("guarantees", "保证", "Guarantees", "保证, 保证人, 担保, guarantees"): f"""
{_LOAN_REF}
guarantor_id    | 保证人证件号码 | Guarantor ID number | code             | * | 保证人证件号, guarantor id
kind            | 保证方式     | Guarantee kind       | choice:GUARANTEE_KIND | * | 保证类型
guarantee_contract_no | 保证合同编号 | Guarantee contract no | code     |   |
contract_date   | 保证合同日期 | Guarantee contract date | date          |   |
period_end      | 保证期间届满日 | Guarantee period end | date            |   | 保证期间到期日
max_amount      | 最高保证金额 | Maximum amount       | money             |   | 保证金额
""",
    ("collateral", "担保物", "Collateral", "担保物, 抵质押物, 抵押物, collateral"): f"""
{_LOAN_REF}
kind            | 担保物类型   | Collateral kind      | choice:COLLATERAL_KIND | * | 抵质押类型
description     | 担保物描述   | Description          | text              |   | 描述, 名称
registration_no | 登记编号     | Registration no      | code              |   | 权证编号
value           | 评估价值     | Value                | money             |   | 价值, 评估值
owner_id        | 所有人证件号码 | Owner ID number    | code              |   | 所有权人证件号码, owner id
""",
    (
        "instalments",
        "还款计划",
        "Instalments",
        "还款计划, 分期, instalments, installments, schedule",
    ): f"""
{_CONTRACT}
seq             | 期次         | Seq                  | whole number      | * | 期数, 期号, instalment no
due_date        | 应还日期     | Due date             | date              | * | 到期日, 应还款日
principal_due   | 应还本金     | Principal due        | money             | * |
interest_due    | 应还利息     | Interest due         | money             | * |
principal_paid  | 已还本金     | Principal paid       | money             |   | 实还本金
interest_paid   | 已还利息     | Interest paid        | money             |   | 实还利息
""",
    ("payments", "还款记录", "Payments", "还款记录, 回款, 实收, payments"): f"""
{_CONTRACT}
received_on     | 到账日期     | Received date        | date              | * | 还款日期, 入账日期
amount          | 还款金额     | Amount               | positive money    | * | 金额, 到账金额
reference       | 交易流水号   | Reference            | code              | * | 流水号, 凭证号
""",
}


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _column(line: str) -> Column:
    key, zh, en, type_, required, aliases = (part.strip() for part in line.split("|"))
    table = None
    if type_.startswith("choice:"):
        type_, table = CHOICE, getattr(choices, type_.removeprefix("choice:"))
    return Column(key, zh, en, type_, required == "*", _split(aliases), table)


def _kinds() -> dict[str, FileKind]:
    kinds = {}
    for (key, zh, en, names), text in _TABLES.items():
        lines = [line for line in text.splitlines() if line.strip()]
        kinds[key] = FileKind(key, zh, en, _split(names), tuple(map(_column, lines)))
    return kinds


KINDS: dict[str, FileKind] = _kinds()

# Columns a rejected-rows file adds; ignored when that file is imported again after fixing.
ERROR_COLUMNS = ("error_column", "error_reason")


def header_key(text: str) -> str:
    """Fold a header for matching: 'Contract No.', 'contract_no' and 'CONTRACT NO' agree."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s_\-./()（）%:：*]+", "", folded)


def match_header(kind: FileKind, header: list[str]) -> dict[str, int]:
    """Column key -> index in ``header`` for every header this kind knows."""
    names = {header_key(n): c.key for c in kind.columns for n in c.names()}
    found: dict[str, int] = {}
    for index, text in enumerate(header):
        key = names.get(header_key(text))
        if key is not None and key not in found:
            found[key] = index
    return found


def missing_required(kind: FileKind, found: dict[str, int]) -> list[Column]:
    return [c for c in kind.columns if c.required and c.key not in found]


def duplicate_headers(kind: FileKind, header: list[str]) -> list[str]:
    """Headers that name a column already named by an earlier header."""
    names = {header_key(n): c.key for c in kind.columns for n in c.names()}
    seen: set[str] = set()
    dupes: list[str] = []
    for text in header:
        key = names.get(header_key(text))
        if key is not None and key in seen:
            dupes.append(text)
        elif key is not None:
            seen.add(key)
    return dupes


def guess_kind(name: str, header: list[str]) -> FileKind | None:
    """The kind whose required columns the header has (most matches wins; the file or sheet
    name breaks a tie), else the kind the name announces, else ``None``."""
    stem = header_key(name)
    named = sorted(
        (k for k in KINDS.values() if _name_match(k, stem)), key=lambda k: -_name_match(k, stem)
    )
    complete = [k for k in KINDS.values() if not missing_required(k, match_header(k, header))]
    if complete:
        best = max(len(match_header(k, header)) for k in complete)
        top = [k for k in complete if len(match_header(k, header)) == best]
        return next((k for k in top if k in named), top[0])
    return named[0] if named else None


def _name_match(kind: FileKind, stem: str) -> int:
    """Length of the longest of the kind's names that starts ``stem`` (0: none)."""
    return max((len(n) for n in map(header_key, kind.names) if stem.startswith(n)), default=0)
