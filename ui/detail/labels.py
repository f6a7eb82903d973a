"""Display labels for the codes the services return, and the formats the panes share.

Codes are marked with ``QT_TRANSLATE_NOOP`` in the ``DetailLabels`` context so lupdate
collects them; ``label()`` translates at display time, so a language switch needs no restart.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.money import format_fen

CTX = "DetailLabels"

ROLES = {
    "borrower": QT_TRANSLATE_NOOP("DetailLabels", "Borrower"),
    "legal_rep": QT_TRANSLATE_NOOP("DetailLabels", "Legal representative"),
    "actual_controller": QT_TRANSLATE_NOOP("DetailLabels", "Actual controller"),
    "finance_contact": QT_TRANSLATE_NOOP("DetailLabels", "Finance contact"),
    "guarantor": QT_TRANSLATE_NOOP("DetailLabels", "Guarantor"),
    "mortgagor": QT_TRANSLATE_NOOP("DetailLabels", "Mortgagor"),
    "pledgor": QT_TRANSLATE_NOOP("DetailLabels", "Pledgor"),
    "nominated_contact": QT_TRANSLATE_NOOP("DetailLabels", "Nominated contact"),
    "third_party": QT_TRANSLATE_NOOP("DetailLabels", "Third party"),
}
FLAGS = {
    "do_not_contact": QT_TRANSLATE_NOOP("DetailLabels", "Do not contact"),
    "cease_contact": QT_TRANSLATE_NOOP("DetailLabels", "Cease contact requested"),
    "dispute_open": QT_TRANSLATE_NOOP("DetailLabels", "Dispute open"),
    "attorney_represented": QT_TRANSLATE_NOOP("DetailLabels", "Represented by attorney"),
    "litigation_hold": QT_TRANSLATE_NOOP("DetailLabels", "Litigation hold"),
    "deceased_or_bankrupt": QT_TRANSLATE_NOOP("DetailLabels", "Deceased or bankrupt"),
}
INSTALMENT_STATES = {
    "paid": QT_TRANSLATE_NOOP("DetailLabels", "Paid"),
    "overdue": QT_TRANSLATE_NOOP("DetailLabels", "Overdue"),
    "due": QT_TRANSLATE_NOOP("DetailLabels", "Due"),
    "partial": QT_TRANSLATE_NOOP("DetailLabels", "Part paid"),
}
STATE_GLYPHS = {"paid": "✓", "overdue": "✗", "due": "○", "partial": "◐"}
ACTIVITY_KINDS = {
    "call": QT_TRANSLATE_NOOP("DetailLabels", "Call"),
    "visit": QT_TRANSLATE_NOOP("DetailLabels", "Visit"),
    "letter": QT_TRANSLATE_NOOP("DetailLabels", "Letter"),
    "sms": QT_TRANSLATE_NOOP("DetailLabels", "SMS"),
    "note": QT_TRANSLATE_NOOP("DetailLabels", "Note"),
    "payment": QT_TRANSLATE_NOOP("DetailLabels", "Payment"),
    "status": QT_TRANSLATE_NOOP("DetailLabels", "Status change"),
    "promise": QT_TRANSLATE_NOOP("DetailLabels", "Promise"),
    "agreement": QT_TRANSLATE_NOOP("DetailLabels", "Agreement"),
}
OUTCOMES = {
    "right_party_contact": QT_TRANSLATE_NOOP("DetailLabels", "Reached the right party"),
    "promise_to_pay": QT_TRANSLATE_NOOP("DetailLabels", "Promise to pay"),
    "partial_payment_arranged": QT_TRANSLATE_NOOP("DetailLabels", "Part payment arranged"),
    "refused": QT_TRANSLATE_NOOP("DetailLabels", "Refused to pay"),
    "dispute_raised": QT_TRANSLATE_NOOP("DetailLabels", "Dispute raised"),
    "hardship_restructure_requested": QT_TRANSLATE_NOOP("DetailLabels", "Hardship: restructure requested"),
    "third_party_reached": QT_TRANSLATE_NOOP("DetailLabels", "Third party reached"),
    "wrong_number": QT_TRANSLATE_NOOP("DetailLabels", "Wrong number"),
    "no_answer": QT_TRANSLATE_NOOP("DetailLabels", "No answer"),
    "busy": QT_TRANSLATE_NOOP("DetailLabels", "Line busy"),
    "left_message": QT_TRANSLATE_NOOP("DetailLabels", "Left a message"),
    "call_back_requested": QT_TRANSLATE_NOOP("DetailLabels", "Call back requested"),
    "promised": QT_TRANSLATE_NOOP("DetailLabels", "Promised to pay"),
    "kept": QT_TRANSLATE_NOOP("DetailLabels", "Promise kept"),
    "partial": QT_TRANSLATE_NOOP("DetailLabels", "Promise part kept"),
    "broken": QT_TRANSLATE_NOOP("DetailLabels", "Promise broken"),
    "generated": QT_TRANSLATE_NOOP("DetailLabels", "Letter generated"),
    "delivery_signed": QT_TRANSLATE_NOOP("DetailLabels", "Delivery: signed for"),
    "delivery_refused": QT_TRANSLATE_NOOP("DetailLabels", "Delivery: refused"),
    "delivery_returned": QT_TRANSLATE_NOOP("DetailLabels", "Delivery: returned"),
    "delivery_pending": QT_TRANSLATE_NOOP("DetailLabels", "Delivery: in transit"),
}  # every code of desktop_app.services.outcomes.ACTIVITY_OUTCOMES (a test holds them together)
STAGES = {
    "early": QT_TRANSLATE_NOOP("DetailLabels", "Early"),
    "middle": QT_TRANSLATE_NOOP("DetailLabels", "Middle"),
    "late": QT_TRANSLATE_NOOP("DetailLabels", "Late"),
    "legal": QT_TRANSLATE_NOOP("DetailLabels", "Legal"),
}
SOURCES = {
    "contract": QT_TRANSLATE_NOOP("DetailLabels", "Loan contract"),
    "debtor_provided": QT_TRANSLATE_NOOP("DetailLabels", "Provided by the debtor"),
    "debtor_authorised": QT_TRANSLATE_NOOP("DetailLabels", "Authorised by the debtor"),
    "public_lawful": QT_TRANSLATE_NOOP("DetailLabels", "Lawful public source"),
    "nominated_contact": QT_TRANSLATE_NOOP("DetailLabels", "Nominated contact"),
    "credit_bureau_authorised": QT_TRANSLATE_NOOP("DetailLabels", "Credit bureau (authorised)"),
}
CONTACT_KINDS = {
    "phone": QT_TRANSLATE_NOOP("DetailLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("DetailLabels", "E-mail"),
    "address": QT_TRANSLATE_NOOP("DetailLabels", "Address"),
}
DOC_KINDS = {
    "reminder": QT_TRANSLATE_NOOP("DetailLabels", "Reminder letter"),
    "demand": QT_TRANSLATE_NOOP("DetailLabels", "Demand letter"),
    "final": QT_TRANSLATE_NOOP("DetailLabels", "Final demand"),
    "guarantor": QT_TRANSLATE_NOOP("DetailLabels", "Letter to guarantor"),
    "lawyer": QT_TRANSLATE_NOOP("DetailLabels", "Lawyer's letter"),
    "agreement": QT_TRANSLATE_NOOP("DetailLabels", "Restructuring agreement"),
}
DELIVERY_METHODS = {
    "post": QT_TRANSLATE_NOOP("DetailLabels", "Registered post"),
    "registered_mail": QT_TRANSLATE_NOOP("DetailLabels", "Registered mail"),
    "ems": QT_TRANSLATE_NOOP("DetailLabels", "EMS"),
    "courier": QT_TRANSLATE_NOOP("DetailLabels", "Courier"),
    "hand": QT_TRANSLATE_NOOP("DetailLabels", "By hand"),
    "in_person": QT_TRANSLATE_NOOP("DetailLabels", "In person"),
    "email": QT_TRANSLATE_NOOP("DetailLabels", "E-mail"),
    "e_delivery": QT_TRANSLATE_NOOP("DetailLabels", "Electronic delivery"),
}
DEADLINE_KINDS = {
    "limitation": QT_TRANSLATE_NOOP("DetailLabels", "Limitation period"),
    "guarantee": QT_TRANSLATE_NOOP("DetailLabels", "Guarantee period"),
}
DEADLINE_LEVELS = {
    "ok": QT_TRANSLATE_NOOP("DetailLabels", "OK"),
    "notice": QT_TRANSLATE_NOOP("DetailLabels", "Notice"),
    "warning": QT_TRANSLATE_NOOP("DetailLabels", "Warning"),
    "critical": QT_TRANSLATE_NOOP("DetailLabels", "Critical"),
    "expired": QT_TRANSLATE_NOOP("DetailLabels", "Expired"),
}
LEVEL_GLYPHS = {"ok": "", "notice": "●", "warning": "▲", "critical": "‼", "expired": "✗"}
FIVE_TIERS = {
    "normal": QT_TRANSLATE_NOOP("DetailLabels", "Normal"),
    "special_mention": QT_TRANSLATE_NOOP("DetailLabels", "Special mention"),
    "substandard": QT_TRANSLATE_NOOP("DetailLabels", "Substandard"),
    "doubtful": QT_TRANSLATE_NOOP("DetailLabels", "Doubtful"),
    "loss": QT_TRANSLATE_NOOP("DetailLabels", "Loss"),
}
LANGUAGES = {
    "zh": QT_TRANSLATE_NOOP("DetailLabels", "Chinese"),
    "en": QT_TRANSLATE_NOOP("DetailLabels", "English"),
    "yue": QT_TRANSLATE_NOOP("DetailLabels", "Cantonese"),
}
PROMISE_STATUS = {
    "open": QT_TRANSLATE_NOOP("DetailLabels", "Open"),
    "kept": QT_TRANSLATE_NOOP("DetailLabels", "Kept"),
    "partial": QT_TRANSLATE_NOOP("DetailLabels", "Part kept"),
    "broken": QT_TRANSLATE_NOOP("DetailLabels", "Broken"),
    "cancelled": QT_TRANSLATE_NOOP("DetailLabels", "Cancelled"),
}
GUARANTEE_KINDS = {
    "joint": QT_TRANSLATE_NOOP("DetailLabels", "Joint and several"),
    "general": QT_TRANSLATE_NOOP("DetailLabels", "General"),
}
COLLATERAL_KINDS = {
    "mortgage": QT_TRANSLATE_NOOP("DetailLabels", "Mortgage"),
    "pledge": QT_TRANSLATE_NOOP("DetailLabels", "Pledge"),
}
REPAYMENT_METHODS = {  # stored as domain.schedule.Method; "_" spellings: data not via the importer
    "annuity": QT_TRANSLATE_NOOP("DetailLabels", "Equal instalments"),
    "equal-principal": QT_TRANSLATE_NOOP("DetailLabels", "Equal principal"),
    "equal_principal": QT_TRANSLATE_NOOP("DetailLabels", "Equal principal"),
    "bullet": QT_TRANSLATE_NOOP("DetailLabels", "Bullet"),
    "interest-only": QT_TRANSLATE_NOOP("DetailLabels", "Interest only"),
    "interest_only": QT_TRANSLATE_NOOP("DetailLabels", "Interest only"),
}
ID_TYPES = {
    "uscc": QT_TRANSLATE_NOOP("DetailLabels", "Unified social credit code"),
    "resident_id": QT_TRANSLATE_NOOP("DetailLabels", "Resident ID card"),
    "passport": QT_TRANSLATE_NOOP("DetailLabels", "Passport"),
    "other": QT_TRANSLATE_NOOP("DetailLabels", "Other ID"),
}
PARTY_KINDS = {
    "entity": QT_TRANSLATE_NOOP("DetailLabels", "Company"),
    "natural": QT_TRANSLATE_NOOP("DetailLabels", "Individual"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated label of ``code``; an unknown code is shown as it is."""
    text = table.get(code)
    return QCoreApplication.translate(CTX, text) if text else code


def money(fen: int, currency: str = "CNY") -> str:
    return format_fen(fen, currency)


def date_text(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


def datetime_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%Y-%m-%d %H:%M")


def local_time_now(timezone: str, fallback: str = "") -> str:
    """The wall-clock time now in ``timezone`` ("HH:MM"), for calling within lawful hours."""
    try:
        return dt.datetime.now(ZoneInfo(timezone)).strftime("%H:%M")
    except (ZoneInfoNotFoundError, ValueError):
        return fallback


def rate_text(rate: str) -> str:
    """An annual rate stored as a fraction ("0.0435") shown as a percentage ("4.35%")."""
    try:
        return f"{(Decimal(rate) * 100).normalize():f}%"
    except ArithmeticError:
        return rate
