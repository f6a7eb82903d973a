"""The full-text index: one FTS5 trigram row per case over names, contract numbers, phones,
credit codes and identity numbers of every party in the case (the file is encrypted)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, select, text

from local_db.models import CaseParty, ContactPoint, Loan, Party
from local_db.search_text import BIGRAM_MARK, has_cjk, indexed_text

CHUNK = 900


def reindex(conn: Connection, case_ids: Iterable[int]) -> None:
    ids = list(case_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        bodies: dict[int, list[str]] = defaultdict(list)
        parties = conn.execute(
            select(CaseParty.case_id, Party.id, Party.name, Party.id_number, Party.legal_rep_name)
            .join(Party, Party.id == CaseParty.party_id).where(CaseParty.case_id.in_(chunk)))
        party_cases: dict[int, set[int]] = defaultdict(set)
        for case_id, party_id, name, id_number, rep in parties:
            bodies[case_id] += [name, id_number, rep]
            party_cases[party_id].add(case_id)
        phones = conn.execute(select(ContactPoint.party_id, ContactPoint.value).where(
            ContactPoint.party_id.in_(list(party_cases)), ContactPoint.kind == "phone"))
        for party_id, value in phones:
            for case_id in party_cases[party_id]:
                bodies[case_id].append(value)
        for case_id, contract in conn.execute(
                select(Loan.case_id, Loan.contract_no).where(Loan.case_id.in_(chunk))):
            bodies[case_id].append(contract)
        conn.execute(text(f"DELETE FROM case_search WHERE rowid IN ({','.join(map(str, chunk))})"))
        rows = [{"b": indexed_text(" ".join(filter(None, dict.fromkeys(parts)))), "c": cid}
                for cid, parts in bodies.items()]
        if rows:
            conn.execute(text("INSERT INTO case_search (rowid, body) VALUES (:c, :b)"), rows)


def _terms(query: str) -> list[str]:
    return [t for t in query.replace('"', " ").replace(BIGRAM_MARK, " ").split() if t]


def _searchable(term: str) -> bool:
    return len(term) >= 3 or (len(term) == 2 and has_cjk(term))


def match_expression(query: str) -> str | None:
    """An FTS5 expression for what the officer typed; None when no term is long enough
    (one character, or two without Chinese), in which case the search does not filter.
    :func:`short_terms` says which terms were left out, so the officer can be told."""
    tokens = [t if len(t) >= 3 else t + BIGRAM_MARK for t in _terms(query) if _searchable(t)]
    return " AND ".join(f'"{t}"' for t in tokens) if tokens else None


def short_terms(query: str) -> list[str]:
    """The terms of ``query`` too short to search: one character, or two without Chinese."""
    return [t for t in _terms(query) if not _searchable(t)]
