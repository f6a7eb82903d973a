"""First-run profile: the institution (lender) and the local officer."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from stdnum.cn import uscc

from desktop_app.context import AppContext
from desktop_app.documents.letter_data import BankAccount
from local_db.models import DesignatedAccount, Institution, Officer


@dataclass(frozen=True)
class Profile:
    institution: str
    officer: str
    employee_no: str


def profile(ctx: AppContext) -> Profile | None:
    with ctx.read() as s:
        inst = s.scalars(select(Institution).limit(1)).first()
        officer = s.scalars(select(Officer).where(Officer.is_local_user.is_(True))).first()
        if inst is None or officer is None:
            return None
        return Profile(inst.legal_name, officer.name, officer.employee_no)


def save_profile(ctx: AppContext, *, institution: str, officer: str, employee_no: str,
                 phone: str = "", address: str = "", letter_prefix: str = "",
                 accounts: tuple[tuple[str, str, str], ...] = ()) -> Profile:
    """Create or update the lender profile and the local officer."""
    if not institution.strip() or not officer.strip() or not employee_no.strip():
        raise ValueError("institution, officer and employee number are required")
    with ctx.unit(reason="profile") as s:
        inst = s.scalars(select(Institution).limit(1)).first()
        if inst is None:
            inst = Institution(legal_name=institution.strip())
            s.add(inst)
        inst.legal_name = institution.strip()
        inst.address = address or inst.address
        inst.phone = phone or inst.phone
        inst.letter_prefix = letter_prefix or inst.letter_prefix or institution.strip()[:2]
        for name, bank, number in accounts:
            inst.accounts.append(DesignatedAccount(account_name=name, bank_name=bank,
                                                   account_no=number))
        me = s.scalars(select(Officer).where(Officer.employee_no == employee_no.strip())).first()
        if me is None:
            me = Officer(name=officer.strip(), employee_no=employee_no.strip())
            s.add(me)
        for other in s.scalars(select(Officer).where(Officer.is_local_user.is_(True))):
            other.is_local_user = False
        me.name, me.is_local_user, me.phone = officer.strip(), True, phone or me.phone
    ctx.actor = employee_no.strip()
    return Profile(institution.strip(), officer.strip(), employee_no.strip())


LENDER_TYPES = ("bank", "consumer_finance", "small_loan", "amc", "other")
"""``Institution.lender_type``: the first four are financial institutions (the LPR cap does
not bind them; resources/compliance/rate_caps_cn.toml), ``other`` is held to 4 x LPR."""
_ACCOUNT_NO = re.compile(r"\d[\d ]{6,38}\d")
LENDER_PHONE = re.compile(
    r"(\+?86)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|95\d{3,6}|[48]00-?\d{3}-?\d{4})"
)
"""A lender's telephone, spaces and brackets removed: a mobile, a landline with its area code
(and extension), a 95xxx bank service number or a 400/800 number."""


Account = BankAccount
"""A designated repayment account of the lender (CN-PAY1: letters name no other): the same
record letters and agreements print."""


@dataclass(frozen=True)
class LenderProfile:
    """What demand letters and agreements say of the lender, as the officer can edit it."""

    legal_name: str
    address: str = ""
    phone: str = ""
    credit_code: str = ""  # 统一社会信用代码: agreements name the creditor by it
    lender_type: str = "bank"
    letter_prefix: str = ""  # in letter numbers: 〔2026〕<prefix>字第001号
    objection_channel: str = ""  # where to object; empty: the address and phone
    accounts: tuple[Account, ...] = ()
    law_firm_name: str = ""
    law_firm_address: str = ""
    lawyer_name: str = ""
    lawyer_licence_no: str = ""

    def documents_lack(self) -> list[str]:
        """What letters and agreements need that the profile does not have yet (field
        names): address, phone and a repayment account for letters, and the credit code
        by which an agreement names the creditor."""
        needed = {"address": self.address, "phone": self.phone, "accounts": self.accounts,
                  "credit_code": self.credit_code}
        return [name for name, value in needed.items() if not value]

    def problems(self) -> list[str]:
        """Why the profile cannot be saved, each naming the field (empty when it can)."""
        out: list[str] = []
        if not self.legal_name.strip():
            out.append("legal_name: the lender's legal name is required")
        if self.phone.strip() and not LENDER_PHONE.fullmatch(re.sub(r"[\s()]", "", self.phone)):
            out.append("phone: not a telephone number (e.g. 021-63218888, 95588, 400-820-8888)")
        if self.credit_code.strip() and not uscc.is_valid(self.credit_code.strip()):
            out.append("credit_code: not a valid 统一社会信用代码 (18 characters, check digit)")
        if self.lender_type not in LENDER_TYPES:
            out.append(f"lender_type: must be one of {', '.join(LENDER_TYPES)}")
        if len(self.letter_prefix.strip()) > 40:
            out.append("letter_prefix: at most 40 characters")
        seen: set[str] = set()
        for n, a in enumerate(self.accounts, 1):
            if not (a.account_name.strip() and a.bank_name.strip() and a.account_no.strip()):
                out.append(f"accounts[{n}]: account name, bank and number are all required")
            elif not _ACCOUNT_NO.fullmatch(a.account_no.strip()):
                out.append(f"accounts[{n}]: the account number must be 8-40 digits")
            elif a.account_no.replace(" ", "") in seen:
                out.append(f"accounts[{n}]: account {a.account_no} is listed twice")
            seen.add(a.account_no.replace(" ", ""))
        lawyer = (self.law_firm_name, self.law_firm_address, self.lawyer_name,
                  self.lawyer_licence_no)
        if any(v.strip() for v in lawyer) and not all(v.strip() for v in lawyer):
            out.append("law_firm: firm name, address, lawyer and licence number go together")
        return out


def lender_profile(ctx: AppContext) -> LenderProfile | None:
    """The lender profile (active CNY and other accounts), or ``None`` before the first run."""
    with ctx.read() as s:
        inst = s.scalars(select(Institution).order_by(Institution.id).limit(1)).first()
        if inst is None:
            return None
        return LenderProfile(
            legal_name=inst.legal_name,
            address=inst.address,
            phone=inst.phone,
            credit_code=inst.credit_code,
            lender_type=inst.lender_type,
            letter_prefix=inst.letter_prefix,
            objection_channel=inst.objection_channel,
            accounts=tuple(
                Account(a.account_name, a.bank_name, a.account_no)
                for a in inst.accounts
                if a.active
            ),
            law_firm_name=inst.law_firm_name,
            law_firm_address=inst.law_firm_address,
            lawyer_name=inst.lawyer_name,
            lawyer_licence_no=inst.lawyer_license_no,
        )


class ProfileError(ValueError):
    """The lender profile cannot be saved; ``problems`` name the fields."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def save_lender_profile(ctx: AppContext, new: LenderProfile) -> LenderProfile:
    """Store ``new`` (audited). Its accounts become the active designated accounts: one no
    longer listed is kept but made inactive, since documents already sent may name it."""
    texts = {f.name: v.strip() for f in fields(new) if isinstance(v := getattr(new, f.name), str)}
    accounts = tuple(
        Account(a.account_name.strip(), a.bank_name.strip(), a.account_no.replace(" ", ""))
        for a in new.accounts
    )
    clean = replace(new, **texts, accounts=accounts)
    problems = clean.problems()
    if problems:
        raise ProfileError(problems)
    with ctx.unit(reason="lender profile") as s:
        inst = s.scalars(select(Institution).order_by(Institution.id).limit(1)).first()
        if inst is None:
            inst = Institution(legal_name=clean.legal_name)
            s.add(inst)
        inst.legal_name, inst.address, inst.phone = clean.legal_name, clean.address, clean.phone
        inst.credit_code = clean.credit_code.upper()
        inst.lender_type, inst.objection_channel = clean.lender_type, clean.objection_channel
        inst.letter_prefix = clean.letter_prefix or inst.letter_prefix or clean.legal_name[:2]
        inst.law_firm_name, inst.law_firm_address = clean.law_firm_name, clean.law_firm_address
        inst.lawyer_name, inst.lawyer_license_no = clean.lawyer_name, clean.lawyer_licence_no
        by_no = {a.account_no: a for a in inst.accounts}
        wanted = {a.account_no: a for a in clean.accounts}
        for number, row in by_no.items():
            if number not in wanted and row.active:
                row.active = False
        for number, a in wanted.items():
            known = by_no.get(number)
            if known is None:
                inst.accounts.append(DesignatedAccount(account_name=a.account_name,
                                                       bank_name=a.bank_name, account_no=number))
            elif (known.account_name, known.bank_name, known.active) != (
                a.account_name, a.bank_name, True
            ):
                known.account_name, known.bank_name = a.account_name, a.bank_name
                known.active = True
    found = lender_profile(ctx)
    assert found is not None
    return found
