"""Loans with their guarantees, collateral, instalments and payments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from local_db.models.base import Base, Travelling
from local_db.types import Money, Rate


class Loan(Travelling, Base):
    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    contract_no: Mapped[str] = mapped_column(String(60), unique=True)
    contract_name: Mapped[str] = mapped_column(String(100), default="借款合同")
    contract_date: Mapped[dt.date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    principal: Mapped[int] = mapped_column(Money)
    annual_rate: Mapped[str] = mapped_column(Rate)
    penalty_markup: Mapped[str] = mapped_column(Rate, default="0.5")
    compound_enabled: Mapped[bool] = mapped_column(default=True)
    day_count: Mapped[str] = mapped_column(String(10), default="ACT/360")
    drawdown_date: Mapped[dt.date] = mapped_column(Date)
    maturity_date: Mapped[dt.date] = mapped_column(Date)
    repayment_method: Mapped[str] = mapped_column(String(20), default="annuity")
    allocation_order: Mapped[str] = mapped_column(
        String(80), default="costs,compound,penalty,interest,principal"
    )
    acceleration_clause: Mapped[bool] = mapped_column(default=True)
    purpose: Mapped[str] = mapped_column(String(20), default="business")

    instalments: Mapped[list[Instalment]] = relationship(
        back_populates="loan", cascade="all, delete-orphan", order_by="Instalment.seq"
    )
    guarantees: Mapped[list[Guarantee]] = relationship(
        back_populates="loan", cascade="all, delete-orphan"
    )
    collateral: Mapped[list[Collateral]] = relationship(
        back_populates="loan", cascade="all, delete-orphan"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="loan", cascade="all, delete-orphan", order_by="Payment.received_on"
    )


class Instalment(Base):
    __tablename__ = "instalments"
    __table_args__ = (UniqueConstraint("loan_id", "seq", name="loan_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    seq: Mapped[int]
    due_date: Mapped[dt.date] = mapped_column(Date)
    principal_due: Mapped[int] = mapped_column(Money)
    interest_due: Mapped[int] = mapped_column(Money)
    principal_paid: Mapped[int] = mapped_column(Money, default=0)
    interest_paid: Mapped[int] = mapped_column(Money, default=0)

    loan: Mapped[Loan] = relationship(back_populates="instalments")


class Payment(Travelling, Base):
    __tablename__ = "payments"
    __table_args__ = (UniqueConstraint("loan_id", "reference", name="loan_reference"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Money)
    reference: Mapped[str] = mapped_column(String(80))
    allocation: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)

    loan: Mapped[Loan] = relationship(back_populates="payments")


class Guarantee(Travelling, Base):
    __tablename__ = "guarantees"
    __table_args__ = (UniqueConstraint("loan_id", "guarantor_party_id", name="loan_guarantor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    guarantor_party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="joint")  # joint | general
    contract_no: Mapped[str] = mapped_column(String(60), default="")
    contract_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    period_end: Mapped[dt.date | None] = mapped_column(Date, default=None)
    max_amount: Mapped[int | None] = mapped_column(Money, default=None)

    loan: Mapped[Loan] = relationship(back_populates="guarantees")


class Collateral(Travelling, Base):
    __tablename__ = "collateral"
    __table_args__ = (UniqueConstraint("loan_id", "kind", "registration_no", name="loan_collateral"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    owner_party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), default=None)
    kind: Mapped[str] = mapped_column(String(20))  # mortgage | pledge
    description: Mapped[str] = mapped_column(String(300), default="")
    registration_no: Mapped[str] = mapped_column(String(60), default="")
    value: Mapped[int] = mapped_column(Money, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")

    loan: Mapped[Loan] = relationship(back_populates="collateral")
