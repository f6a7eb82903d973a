"""Documents (letters, agreements) with delivery evidence, attachments, restructure plans."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from local_db.models.base import Base, Travelling
from local_db.types import Money, Rate


class Document(Travelling, Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # reminder demand final guarantor lawyer agreement
    language: Mapped[str] = mapped_column(String(5))
    letter_no: Mapped[str] = mapped_column(String(60), unique=True)
    addressee_party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), default=None)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("restructure_plans.id"), default=None)
    calc_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    issue_date: Mapped[dt.date] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Money, default=0)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    delivery_method: Mapped[str] = mapped_column(String(20), default="")
    tracking_no: Mapped[str] = mapped_column(String(60), default="")
    sent_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    delivered_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    delivery_outcome: Mapped[str] = mapped_column(String(20), default="")
    evidence_kind: Mapped[str] = mapped_column(String(30), default="")
    evidence_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", use_alter=True), default=None
    )


class Attachment(Travelling, Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(80), default="application/octet-stream")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")


class LetterSequence(Base):
    """Letter numbers are unique and never reused: one counter per prefix and year."""

    __tablename__ = "letter_sequences"
    __table_args__ = (UniqueConstraint("prefix", "year", name="prefix_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    prefix: Mapped[str] = mapped_column(String(40))
    year: Mapped[int]
    last_no: Mapped[int] = mapped_column(default=0)


class RestructurePlan(Travelling, Base):
    __tablename__ = "restructure_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    structure: Mapped[str] = mapped_column(String(20), default="restructure")
    method: Mapped[str] = mapped_column(String(20))
    months: Mapped[int]
    grace_months: Mapped[int] = mapped_column(default=0)
    annual_rate: Mapped[str] = mapped_column(Rate)
    start_date: Mapped[dt.date] = mapped_column(Date)
    arrears_treatment: Mapped[str] = mapped_column(String(20), default="capitalise")
    principal: Mapped[int] = mapped_column(Money)
    acknowledged: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    waived_conditionally: Mapped[int] = mapped_column(Money, default=0)
    loan_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    terms: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    agreement_no: Mapped[str] = mapped_column(String(60), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    rows: Mapped[list[PlanInstalment]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanInstalment.period"
    )
    consents: Mapped[list[GuarantorConsent]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )


class PlanInstalment(Base):
    __tablename__ = "plan_instalments"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("restructure_plans.id"), index=True)
    period: Mapped[int]
    due_date: Mapped[dt.date] = mapped_column(Date)
    principal: Mapped[int] = mapped_column(Money)
    interest: Mapped[int] = mapped_column(Money)
    arrears: Mapped[int] = mapped_column(Money, default=0)
    payment: Mapped[int] = mapped_column(Money)
    remaining: Mapped[int] = mapped_column(Money)

    plan: Mapped[RestructurePlan] = relationship(back_populates="rows")


class GuarantorConsent(Base):
    __tablename__ = "guarantor_consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("restructure_plans.id"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    role: Mapped[str] = mapped_column(String(20), default="guarantor")
    consented: Mapped[bool] = mapped_column(default=False)
    resolution_attached: Mapped[bool] = mapped_column(default=False)
    new_period_end: Mapped[dt.date | None] = mapped_column(Date, default=None)

    plan: Mapped[RestructurePlan] = relationship(back_populates="consents")
