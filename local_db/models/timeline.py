"""The append-only activity timeline, promises to pay, disputes, and call drafts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from local_db.models.base import Base, Travelling
from local_db.types import Money, UTCDateTime


class Activity(Travelling, Base):
    """One thing that happened on a case. Never edited: a correction is a new activity
    pointing at the one it corrects (the database refuses UPDATE and DELETE)."""

    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_case_time", "case_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), default=None)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), default=None)
    kind: Mapped[str] = mapped_column(String(20))  # call visit letter sms note payment status
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(40), default="")
    contact_value: Mapped[str] = mapped_column(String(60), default="")
    script_id: Mapped[str] = mapped_column(String(60), default="")
    script_version: Mapped[int] = mapped_column(default=0)
    path: Mapped[list[Any]] = mapped_column(JSON, default=list)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    duration_s: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    verdict: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"), default=None)


class PromiseToPay(Travelling, Base):
    __tablename__ = "promises"
    __table_args__ = (Index("ix_promises_case_due", "case_id", "due_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), default=None)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"), default=None)
    amount: Mapped[int] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    promised_on: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(12), default="open")
    paid_amount: Mapped[int] = mapped_column(Money, default=0)
    evaluated_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class Dispute(Travelling, Base):
    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), default=None)
    raised_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    resolved_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class CallDraft(Base):
    """A call in progress, saved continuously so a killed app loses nothing."""

    __tablename__ = "call_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), default=None)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
