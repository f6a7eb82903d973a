"""Cases (one per borrower), the parties' roles in them, and the cached worklist figures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from local_db.models.base import Base, Travelling, Versioned
from local_db.types import Money, UTCDateTime

SORTED_COLUMNS = ("borrower_name", "oldest_unpaid_due", "fig_overdue_amount", "fig_outstanding",
                  "last_contact_at", "next_action_date", "nearest_deadline", "stage",
                  "opened_on")


class Case(Travelling, Versioned, Base):
    """A borrower's consolidated overdue loans.

    The ``fig_*`` columns cache figures computed by the application as of ``figures_as_of``
    so the worklist can sort and filter in SQL over a million rows. Days past due are not
    cached: they follow from ``oldest_unpaid_due`` and today's date, so they never go stale.
    """

    __tablename__ = "cases"
    __table_args__ = (
        # Every worklist sort has an index led by status, so "open cases by X" reads the
        # first page straight off the index over a million rows (the rowid breaks ties).
        Index("ix_cases_status", "status", "fig_priority"),
        *(Index(f"ix_cases_status_{col}", "status", col) for col in SORTED_COLUMNS),
        Index("ix_cases_stage", "stage", "fig_priority"),
        Index("ix_cases_officer", "officer_id", "fig_priority"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    borrower_party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), unique=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), default=None)
    status: Mapped[str] = mapped_column(String(20), default="open")
    stage: Mapped[str] = mapped_column(String(20), default="early")
    next_action: Mapped[str] = mapped_column(String(200), default="")
    next_action_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    restructured: Mapped[bool] = mapped_column(default=False)
    business_notes: Mapped[str] = mapped_column(Text, default="")

    # denormalised for the worklist
    borrower_name: Mapped[str] = mapped_column(String(200), default="")
    borrower_kind: Mapped[str] = mapped_column(String(10), default="entity")
    main_contract_no: Mapped[str] = mapped_column(String(60), default="")
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    oldest_unpaid_due: Mapped[dt.date | None] = mapped_column(Date, default=None)
    last_contact_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    promise_status: Mapped[str] = mapped_column(String(20), default="")
    broken_promises: Mapped[int] = mapped_column(default=0)
    nearest_deadline: Mapped[dt.date | None] = mapped_column(Date, default=None)
    nearest_deadline_kind: Mapped[str] = mapped_column(String(20), default="")
    figures_as_of: Mapped[dt.date | None] = mapped_column(Date, default=None)
    fig_priority: Mapped[int] = mapped_column(default=0)
    fig_overdue_amount: Mapped[int] = mapped_column(Money, default=0)
    fig_outstanding: Mapped[int] = mapped_column(Money, default=0)

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )


class CaseParty(Base):
    """A party's role in a case: borrower, legal_rep, actual_controller, finance_contact,
    guarantor, mortgagor, pledgor, nominated_contact, third_party."""

    __tablename__ = "case_parties"
    __table_args__ = (UniqueConstraint("case_id", "party_id", "role", name="case_party_role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    relation: Mapped[str] = mapped_column(String(60), default="")

    case: Mapped[Case] = relationship(back_populates="parties")
