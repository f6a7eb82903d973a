"""Edits through services persist, are audited with personal data masked, and check versions."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.context import AppContext
from desktop_app.portfolio.writer import write_portfolio
from desktop_app.services import editing, verify
from local_db.models import AuditEvent, Case, ContactPoint, Party
from tests.app.conftest import small_portfolio


@pytest.fixture
def loaded(ctx: AppContext) -> tuple[AppContext, int, int]:
    write_portfolio(ctx, small_portfolio(), source="t")
    with ctx.read() as s:
        case = s.scalars(select(Case).where(Case.borrower_name.like("%明远%"))).one()
        rep = s.scalars(select(Party).where(Party.name == "张伟")).one()
        return ctx, case.id, rep.id


def test_add_contact_is_persisted_and_audited_masked(loaded: tuple[AppContext, int, int]) -> None:
    ctx, case_id, party_id = loaded
    editing.add_contact(ctx, case_id, party_id, "phone", "139 8765 4321", "debtor_provided")
    with ctx.read() as s:
        stored = s.scalars(select(ContactPoint).where(ContactPoint.value == "13987654321")).one()
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "contact_points",
                                                   AuditEvent.entity_id == stored.uuid)).one()
    assert stored.source == "debtor_provided"
    assert event.actor == "E1001" and event.action == "create"
    assert event.changes["value"] == "139****4321"
    assert "13987654321" not in str(event.changes)
    assert verify.verify(ctx).ok


def test_duplicate_contact_is_an_edit_error(loaded: tuple[AppContext, int, int]) -> None:
    ctx, case_id, party_id = loaded
    with pytest.raises(editing.EditError, match="^value: this contact is already recorded"):
        editing.add_contact(ctx, case_id, party_id, "phone", "13900001111", "contract")


@pytest.mark.parametrize(("kind", "value", "source", "field"), [
    ("phone", "12345", "contract", "value"),
    ("phone", "13812345678", "address_book", "source"),
    ("email", "not-an-email", "contract", "value"),
    ("fax", "x", "contract", "kind"),
])
def test_invalid_contact_names_the_field_and_writes_nothing(
        loaded: tuple[AppContext, int, int], kind: str, value: str, source: str,
        field: str) -> None:
    ctx, case_id, party_id = loaded
    with ctx.read() as s:
        before = len(s.scalars(select(ContactPoint)).all())
    with pytest.raises(editing.EditError, match=f"^{field}:"):
        editing.add_contact(ctx, case_id, party_id, kind, value, source)
    with ctx.read() as s:
        assert len(s.scalars(select(ContactPoint)).all()) == before


def test_reveal_needs_a_reason_and_is_audited(loaded: tuple[AppContext, int, int]) -> None:
    ctx, _, party_id = loaded
    with pytest.raises(editing.EditError, match="reason"):
        editing.reveal(ctx, party_id=party_id, reason=" ")
    assert editing.reveal(ctx, party_id=party_id, reason="核对身份") == "11010519491231002X"
    with ctx.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "reveal")).all()
    assert [(e.entity, e.reason) for e in events] == [("parties", "核对身份")]
    assert verify.verify(ctx).ok


def test_stale_edit_is_refused(loaded: tuple[AppContext, int, int]) -> None:
    ctx, case_id, _ = loaded
    with ctx.read() as s:
        version = s.get(Case, case_id).version  # type: ignore[union-attr]
    editing.set_stage(ctx, case_id, "middle", expected_version=version)
    with pytest.raises(editing.StaleEdit, match="changed elsewhere"):
        editing.set_next_action(ctx, case_id, "上门", dt.date(2026, 12, 1),
                                expected_version=version)
    with ctx.read() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.stage == "middle" and case.next_action == ""


def test_flag_change_records_old_and_new_with_reason(loaded: tuple[AppContext, int, int]) -> None:
    ctx, case_id, party_id = loaded
    editing.set_party_flags(ctx, case_id, party_id, {"attorney_represented": True},
                            reason="律师来函代理")
    with ctx.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "parties",
                                                   AuditEvent.action == "update")).one()
    assert event.changes["attorney_represented"] == [False, True]
    assert event.reason == "律师来函代理"
