"""Parties (natural persons and entities) and their contact points."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from local_db.models.base import Base, Travelling, Versioned


class Party(Travelling, Versioned, Base):
    __tablename__ = "parties"
    __table_args__ = (UniqueConstraint("id_number", "id_type", name="party_identity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # natural | entity
    name: Mapped[str] = mapped_column(String(200), index=True)
    id_type: Mapped[str] = mapped_column(String(20))  # uscc | resident_id | passport | other
    id_number: Mapped[str] = mapped_column(String(40))
    service_address: Mapped[str] = mapped_column(String(300), default="")
    province: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(40), default="")
    district: Mapped[str] = mapped_column(String(40), default="")
    timezone: Mapped[str] = mapped_column(String(40), default="Asia/Shanghai")
    language: Mapped[str] = mapped_column(String(8), default="zh")
    legal_rep_name: Mapped[str] = mapped_column(String(60), default="")
    cease_contact: Mapped[bool] = mapped_column(default=False)
    attorney_represented: Mapped[bool] = mapped_column(default=False)
    dispute_open: Mapped[bool] = mapped_column(default=False)
    litigation_hold: Mapped[bool] = mapped_column(default=False)
    deceased_or_bankrupt: Mapped[bool] = mapped_column(default=False)
    do_not_contact: Mapped[bool] = mapped_column(default=False)
    consent_window: Mapped[str] = mapped_column(String(20), default="")  # "07:30-22:00"
    unreachable_since: Mapped[dt.date | None] = mapped_column(Date, default=None)

    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="party", cascade="all, delete-orphan", order_by="ContactPoint.id"
    )


class ContactPoint(Travelling, Versioned, Base):
    """A phone, e-mail or address with its lawful source (CN-SRC1)."""

    __tablename__ = "contact_points"
    __table_args__ = (
        Index("ix_contact_points_value", "value"),
        UniqueConstraint("party_id", "kind", "value", name="party_contact"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # phone | email | address
    value: Mapped[str] = mapped_column(String(300))
    label: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(30))
    valid: Mapped[bool] = mapped_column(default=True)
    invalid_reason: Mapped[str] = mapped_column(String(200), default="")
    employer_provided: Mapped[bool] = mapped_column(default=False)

    party: Mapped[Party] = relationship(back_populates="contacts")
