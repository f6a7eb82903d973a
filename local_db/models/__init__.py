"""Every table of the local store, importable from one place."""

from local_db.models.audit import AuditEvent, Setting
from local_db.models.base import Base
from local_db.models.cases import Case, CaseParty
from local_db.models.documents import (
    Attachment,
    Document,
    GuarantorConsent,
    LetterSequence,
    PlanInstalment,
    RestructurePlan,
)
from local_db.models.institution import DesignatedAccount, Institution, Officer
from local_db.models.loans import Collateral, Guarantee, Instalment, Loan, Payment
from local_db.models.parties import ContactPoint, Party
from local_db.models.timeline import Activity, CallDraft, Dispute, PromiseToPay

__all__ = [
    "Activity", "Attachment", "AuditEvent", "Base", "CallDraft", "Case", "CaseParty",
    "Collateral", "ContactPoint", "DesignatedAccount", "Dispute", "Document", "Guarantee",
    "GuarantorConsent", "Institution", "Instalment", "LetterSequence", "Loan", "Officer",
    "Party", "Payment", "PlanInstalment", "PromiseToPay", "RestructurePlan", "Setting",
]
