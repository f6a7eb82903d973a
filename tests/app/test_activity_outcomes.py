"""The outcome codes the services write are the ones ``services.outcomes`` lists (the window
labels exactly those: tests/ui/test_detail_words.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_app.calls.script_loader import shipped_scripts
from desktop_app.context import AppContext
from desktop_app.services import delivery, letters, outcomes, promises
from local_db.models import Activity
from tests.app.conftest import TODAY
from tests.app.doc_helpers import load


def _outcomes(ctx: AppContext, case_id: int) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(Activity.outcome).where(Activity.case_id == case_id)
                              .order_by(Activity.id)))


def test_letters_deliveries_and_promises_write_listed_outcomes(ctx: AppContext) -> None:
    case_id, _, _ = load(ctx)
    start = set(_outcomes(ctx, case_id))
    assert set(delivery.OUTCOMES) == set(outcomes.DELIVERY_RESULTS)
    sent = TODAY - dt.timedelta(days=5)
    for result in outcomes.DELIVERY_RESULTS:
        doc = letters.generate_letter(ctx, case_id, "demand", "zh")
        delivery.record_delivery(ctx, doc.document_id, method="ems", sent_on=sent,
                                 delivered_on=None if result == "pending" else TODAY,
                                 outcome=result, evidence_kind="waybill")
    promises.record_promise(ctx, case_id, 1_000_000, TODAY + dt.timedelta(days=3))
    with ctx.unit(reason="evaluate") as s:
        changes = promises.evaluate(s, [case_id], TODAY + dt.timedelta(days=60))
    assert [c.status for c in changes] == ["broken"]

    written = set(_outcomes(ctx, case_id)) - start
    assert written == {outcomes.LETTER_GENERATED, outcomes.PROMISE_MADE, "broken",
                       *(outcomes.delivery_outcome(r) for r in outcomes.DELIVERY_RESULTS)}
    assert written <= outcomes.ACTIVITY_OUTCOMES
    assert start - {""} <= outcomes.ACTIVITY_OUTCOMES


def test_every_call_script_outcome_is_listed() -> None:
    for script in shipped_scripts().values():
        for step in script.steps.values():
            for choice in step.choices:
                assert choice.outcome is None or choice.outcome in outcomes.ACTIVITY_OUTCOMES
