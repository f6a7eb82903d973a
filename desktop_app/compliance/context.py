"""Input dataclasses the service layer fills from the database for the guard.

All datetimes are timezone-aware. Nothing here knows about the database or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, time
from typing import Literal

PartyKind = Literal["natural", "entity"]
PartyRole = Literal["debtor", "guarantor", "legal_rep", "related_3p", "unrelated_3p", "attorney"]
Purpose = Literal["collect", "locate", "relay_message"]

PARTY_KINDS: frozenset[str] = frozenset({"natural", "entity"})
PARTY_ROLES: frozenset[str] = frozenset(
    {"debtor", "guarantor", "legal_rep", "related_3p", "unrelated_3p", "attorney"}
)
PURPOSES: frozenset[str] = frozenset({"collect", "locate", "relay_message"})


@dataclass(frozen=True)
class ContactParty:
    """The person or company about to be contacted, with the flags the rules read."""

    party_id: str
    kind: PartyKind
    role: PartyRole
    tz: str = ""  # IANA name; empty means the rule set's default zone
    cease_contact: bool = False
    attorney_represented: bool = False
    dispute_open: bool = False
    litigation_hold: bool = False
    deceased: bool = False
    offered_to_pay: bool = False  # a third party volunteered to pay (CN-3P3 exception)
    debt_related_confirmed: bool = False  # related_3p confirmed as debt-related (CN-3P4)
    consent_window: tuple[time, time] | None = None  # local [start, end), may wrap midnight


def party_flag_names() -> frozenset[str]:
    """Names of the boolean flags on ContactParty, for validating rule parameters."""
    return frozenset(f.name for f in fields(ContactParty) if f.type in ("bool", bool))


@dataclass(frozen=True)
class Attempt:
    """One dial of one number by any officer or agency."""

    at: datetime
    number: str
    connected: bool
    outcome: str = ""
    officer_id: str = ""


@dataclass(frozen=True)
class CallHistory:
    """Recent contact history relevant to the rules.

    ``attempts`` holds this party's recent dials (at least the last 7 days, all officers).
    ``debtor_connected_calls`` holds connected calls with the debtor across all officers
    and agencies. The 失联 inputs describe the debtor, not the party being called.
    """

    attempts: tuple[Attempt, ...] = ()
    debtor_connected_calls: tuple[datetime, ...] = ()
    last_connected_at: datetime | None = None
    prior_connected_with_party: bool = False
    consecutive_failed_attempts: int = 0
    unreachable_days: int = 0
    number_invalid: bool = False


@dataclass(frozen=True)
class CallIntent:
    """What the officer is about to do."""

    purpose: Purpose
    number: str = ""
