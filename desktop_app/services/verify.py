"""``collection-desk verify``: the audit hash chain and the file's integrity."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.context import AppContext
from local_db import audit_chain
from local_db.database import integrity_problems


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    audit_events: int
    first_broken_id: int | None
    audit_problem: str
    integrity: tuple[str, ...]


def verify(ctx: AppContext) -> VerifyReport:
    with ctx.read() as s:
        chain = audit_chain.verify(s)
    problems = tuple(integrity_problems(ctx.db))
    return VerifyReport(ok=chain.ok and not problems, audit_events=chain.checked,
                        first_broken_id=chain.first_broken_id, audit_problem=chain.problem,
                        integrity=problems)
