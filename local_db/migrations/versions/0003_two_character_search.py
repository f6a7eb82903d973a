"""two-character Chinese search

Adds the marked character pairs (see local_db.search_text) to every case's search text,
so a two-character name such as 上海 or 王芳 is found through the index.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
from sqlalchemy import text

from local_db.search_text import BIGRAM_MARK, indexed_text

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None
BATCH = 5000


def _rewrite(convert) -> None:  # type: ignore[no-untyped-def]
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(text("SELECT rowid, body FROM case_search WHERE rowid > :last "
                                 "ORDER BY rowid LIMIT :n"), {"last": last, "n": BATCH}).all()
        if not rows:
            return
        conn.execute(text("DELETE FROM case_search WHERE rowid >= :a AND rowid <= :b"),
                     {"a": rows[0][0], "b": rows[-1][0]})
        conn.execute(text("INSERT INTO case_search (rowid, body) VALUES (:r, :b)"),
                     [{"r": r, "b": convert(b)} for r, b in rows])
        last = rows[-1][0]


def upgrade() -> None:
    _rewrite(indexed_text)


def downgrade() -> None:
    _rewrite(lambda body: " ".join(w for w in body.split() if not w.endswith(BIGRAM_MARK)))
