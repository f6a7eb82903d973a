"""A cached 1,000,000-case encrypted store for the worklist benchmarks (issue 2 and 3).

Building a million cases through ``write_portfolio`` takes hours on this machine (see
README), so the store is built as: a real demo of ``TEMPLATE`` cases written through the
application (loans, payments, figures, search index), then its case rows replicated with
fresh borrowers (new names, valid new credit codes / identity numbers) that keep the
template's cached figures, plus their search-index rows. Replicated cases carry the
worklist columns, borrower party and role and search row, not loans; the detail pane of
such a case shows no loans. The folder is reused while its ``complete.json`` matches.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from bench.common import log, open_store
from desktop_app.context import AppContext
from desktop_app.demo import codes
from desktop_app.demo.parties import REGIONS, Drawer
from desktop_app.demo.run import build_demo
from local_db.models import Case, CaseParty, Party
from local_db.types import new_uuid

TEMPLATE = 5000
ROOT = Path("/tmp/collection-desk-bench")


def folder_for(seed: int, cases: int) -> Path:
    return ROOT / f"cases{cases}-seed{seed}"


def ensure_big_store(
    seed: int = 1, cases: int = 1_000_000, template: int = TEMPLATE
) -> tuple[Path, dict[str, Any]]:
    """The folder of a ready store with ``cases`` cases; built only when not cached."""
    folder = folder_for(seed, cases)
    marker = folder / "complete.json"
    if marker.exists():
        return folder, dict(json.loads(marker.read_text()), cached=True)
    if folder.exists():
        for f in folder.glob("collection-desk*"):
            f.unlink()
    started = time.perf_counter()
    ctx = open_store(folder)
    try:
        demo = build_demo(ctx, min(template, cases), seed)
        log(f"template of {demo['cases']} cases written in {demo['seconds']['total']} s")
        _replicate(ctx, seed, cases, min(template, cases))
    finally:
        ctx.close()
    info = {
        "cases": cases,
        "seed": seed,
        "template_cases": min(template, cases),
        "as_of": demo["as_of"],
        "build_s": round(time.perf_counter() - started, 1),
    }
    marker.write_text(json.dumps(info))
    return folder, dict(info, cached=False)


def _replicate(ctx: AppContext, seed: int, cases: int, template: int) -> None:
    with ctx.read() as s:
        rows = s.execute(
            select(Case, Party).join(Party, Party.id == Case.borrower_party_id).order_by(Case.id)
        ).all()
        party_id = int(s.scalar(text("SELECT max(id) FROM parties")) or 0)
        case_id = int(s.scalar(text("SELECT max(id) FROM cases")) or 0)
    case_cols = [c.key for c in Case.__table__.columns]
    party_cols = [c.key for c in Party.__table__.columns]
    drawer = Drawer(random.Random(f"bench-replica:{seed}"), salt=seed % 9973)
    now = dt.datetime.now(dt.UTC)
    for g in range(template, cases, template):
        count = min(template, cases - g)
        parties, new_cases, roles, search = [], [], [], []
        for k, (case, party) in enumerate(rows[:count]):
            party_id += 1
            case_id += 1
            serial = g + k
            p = {c: getattr(party, c) for c in party_cols}
            if party.kind == "entity":
                name = drawer.company(serial * 4, drawer.city(mainland=True), "").name
                number = codes.uscc(serial * 4, party.id_number[2:8], seed % 9973)
            else:
                name = drawer.person_name()
                number = codes.resident_id(serial * 8, REGIONS, seed % 9973)[0]
            p.update(
                id=party_id,
                uuid=new_uuid(),
                name=name,
                id_number=number,
                legal_rep_name=drawer.person_name() if party.kind == "entity" else "",
                created_at=now,
                updated_at=now,
            )
            c = {col: getattr(case, col) for col in case_cols}
            contract = f"HSJK-{serial:07d}-1"
            c.update(
                id=case_id,
                uuid=new_uuid(),
                borrower_party_id=party_id,
                borrower_name=name,
                main_contract_no=contract,
                created_at=now,
                updated_at=now,
            )
            parties.append(p)
            new_cases.append(c)
            roles.append(
                {"case_id": case_id, "party_id": party_id, "role": "borrower", "relation": ""}
            )
            search.append({"c": case_id, "b": f"{name} {number} {p['legal_rep_name']} {contract}"})
        with ctx.unit(reason="benchmark replica") as s:
            s.info["audit"] = False
            conn = s.connection()
            conn.execute(insert(Party.__table__), parties)
            conn.execute(insert(Case.__table__), new_cases)
            conn.execute(insert(CaseParty.__table__), roles)
            conn.execute(text("INSERT INTO case_search (rowid, body) VALUES (:c, :b)"), search)
        if (g // template) % 20 == 0:
            log(f"{g + count} cases")
