"""First-run profile: the institution (lender) and the local officer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.context import AppContext
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
