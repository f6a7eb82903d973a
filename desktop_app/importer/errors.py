"""What can be wrong with an import row, in Chinese and English, and the row error record.

Every reason an officer sees comes from :data:`MESSAGES`, keyed by a stable code, so the
user interface can filter or translate by code and tests can assert on it.
"""

from __future__ import annotations

from dataclasses import dataclass

MESSAGES: dict[str, tuple[str, str]] = {
    # the file as a whole
    "unreadable": ("无法读取文件：{detail}", "cannot read the file: {detail}"),
    "encoding": (
        "无法识别文件编码，请另存为 UTF-8 或 GB18030 的 CSV",
        "unknown text encoding; save the file as CSV in UTF-8 or GB18030",
    ),
    "empty_file": ("文件没有表头行", "the file has no header row"),
    "unknown_kind": (
        "无法判断文件类型（借款人、关联方、贷款、保证、担保物、还款计划、还款记录）",
        "cannot tell which kind of file this is (borrowers, parties, loans, guarantees, "
        "collateral, instalments, payments)",
    ),
    "missing_column": ("缺少必需的列“{column}”", "required column '{column}' is missing"),
    "duplicate_column": ("列“{column}”出现了两次", "column '{column}' appears twice"),
    # one value
    "missing": ("必填项为空", "a required value is missing"),
    "bad_date": (
        "无法识别的日期，请用 2026-03-05、2026/3/5、2026年3月5日 或 20260305",
        "not a date; use 2026-03-05, 2026/3/5, 2026年3月5日 or 20260305",
    ),
    "bad_amount": ("不是有效金额（{detail}）", "not a valid amount ({detail})"),
    "negative": ("金额不能为负数", "the amount must not be negative"),
    "not_positive": ("金额必须大于零", "the amount must be greater than zero"),
    "bad_rate": (
        "不是有效利率，请写 4.35% 或 0.0435",
        "not a valid rate; write 4.35% or 0.0435",
    ),
    "ambiguous_rate": (
        "利率 {value} 含义不明：请写 {value}% 或小数（如 0.0435）",
        "rate {value} is ambiguous: write {value}% or a fraction such as 0.0435",
    ),
    "rate_range": ("利率必须在 0 到 100% 之间", "the rate must be between 0 and 100%"),
    "bad_int": ("不是正整数", "not a whole number of at least 1"),
    "bad_bool": ("请填写 是 或 否", "write yes or no (是/否)"),
    "bad_enum": ("无法识别的取值，可选：{choices}", "unknown value; choose one of: {choices}"),
    "bad_timezone": (
        "未知时区，请用 IANA 名称，如 Asia/Shanghai",
        "unknown time zone; use an IANA name such as Asia/Shanghai",
    ),
    "number_cell": (
        "Excel 将此号码存成了数字，只保留 15 位有效数字；请将该列设为文本后重新录入",
        "Excel stored this number as a numeric cell, which keeps only 15 digits; "
        "format the column as text and enter it again",
    ),
    # identities and contact points
    "bad_uscc": (
        "统一社会信用代码无效（{zh_detail}）",
        "invalid unified social credit code ({en_detail})",
    ),
    "bad_ric": (
        "居民身份证号码无效（{zh_detail}）",
        "invalid resident identity card number ({en_detail})",
    ),
    "bad_passport": ("护照号码格式不对", "passport number has the wrong format"),
    "kind_id_mismatch": (
        "{kind}不能使用证件类型“{id_type}”",
        "a party of kind {kind} cannot have ID type {id_type}",
    ),
    "bad_phone": (
        "电话号码格式不对，应为 11 位手机号或 区号-号码 的固话",
        "not a phone number; use an 11-digit mobile or an area code and number",
    ),
    "bad_email": ("电子邮箱格式不对", "not an e-mail address"),
    "no_source": (
        "联系方式缺少合法来源（CN-SRC1），可选：{choices}",
        "the contact has no lawful source (CN-SRC1); choose one of: {choices}",
    ),
    "contact_book": (
        "不得导入手机通讯录中的号码（CN-SRC1）",
        "numbers from a device contact book must not be imported (CN-SRC1)",
    ),
    "orphan_source": ("填写了来源但没有对应的联系方式", "a source is given but no contact value"),
    # across rows
    "duplicate": ("与 {other} 重复", "duplicates {other}"),
    "name_conflict": (
        "同一证件号码在 {other} 的名称是“{name}”",
        "the same ID number has the name '{name}' on {other}",
    ),
    "unknown_party": (
        "证件号码既不在本次导入的借款人或关联方中，也不在数据库中",
        "this ID number is neither in the borrowers or parties being imported nor in the database",
    ),
    "unknown_loan": (
        "合同编号既不在本次导入的贷款中，也不在数据库中",
        "this contract number is neither in the loans being imported nor in the database",
    ),
    "depends_on_rejected": (
        "所依赖的 {where} 被拒绝",
        "depends on {where}, which was rejected",
    ),
    "schedule_rejected": (
        "同一合同的还款计划 {other} 被拒绝；还款计划须整体导入",
        "instalment {other} of the same contract was rejected; a schedule is imported whole",
    ),
    "date_order": ("{first}必须早于{second}", "{first} must be before {second}"),
    "due_out_of_order": (
        "应还日期不晚于上一期（{other}）",
        "the due date is not after the previous instalment's ({other})",
    ),
    "schedule_total": (
        "还款计划应还本金合计 {total} 元，与合同金额 {principal} 元不符",
        "the schedule's principal due adds up to {total}, not the principal {principal}",
    ),
    "no_schedule": (
        "新合同没有还款计划；请同时导入还款计划",
        "a new contract needs its instalment schedule; import the schedule with it",
    ),
    "overpaid": ("已还金额大于应还金额", "the amount paid is more than the amount due"),
}


class Problem(ValueError):
    """One thing wrong with a value or row; ``code`` keys :data:`MESSAGES`."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def reason(self) -> str:
        return reason(self.code, **self.params)


def reason(code: str, **params: object) -> str:
    """The bilingual reason for ``code``: Chinese first, then English."""
    zh, en = MESSAGES[code]
    return f"{zh.format(**params)} / {en.format(**params)}"


@dataclass(frozen=True)
class RowError:
    """One problem on one row, placed as the officer sees it in Excel (header = row 1).

    ``row`` is 0 and ``column`` empty when the problem is with the file as a whole.
    """

    file: str
    row: int
    column: str
    value: str
    reason: str
    code: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "reason": self.reason,
            "code": self.code,
        }
