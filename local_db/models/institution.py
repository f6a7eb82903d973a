"""The lender profile, its designated repayment accounts, and the local officer."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from local_db.models.base import Base, Travelling


class Institution(Travelling, Base):
    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    letter_prefix: Mapped[str] = mapped_column(String(40), default="")
    lender_type: Mapped[str] = mapped_column(String(20), default="bank")
    collector_role: Mapped[str] = mapped_column(String(20), default="in_house")
    jurisdiction: Mapped[str] = mapped_column(String(8), default="CN")
    law_firm_name: Mapped[str] = mapped_column(String(200), default="")
    law_firm_address: Mapped[str] = mapped_column(String(300), default="")
    lawyer_name: Mapped[str] = mapped_column(String(60), default="")
    lawyer_license_no: Mapped[str] = mapped_column(String(40), default="")
    objection_channel: Mapped[str] = mapped_column(Text, default="")

    accounts: Mapped[list[DesignatedAccount]] = relationship(
        back_populates="institution", cascade="all, delete-orphan"
    )


class DesignatedAccount(Travelling, Base):
    """The lender's own account for repayments; letters may name no other (CN-PAY1)."""

    __tablename__ = "designated_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"))
    account_name: Mapped[str] = mapped_column(String(200))
    bank_name: Mapped[str] = mapped_column(String(200))
    account_no: Mapped[str] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    active: Mapped[bool] = mapped_column(default=True)

    institution: Mapped[Institution] = relationship(back_populates="accounts")


class Officer(Travelling, Base):
    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    employee_no: Mapped[str] = mapped_column(String(40), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    office_address: Mapped[str] = mapped_column(String(300), default="")
    is_local_user: Mapped[bool] = mapped_column(default=False)
