"""worklist sort indexes led by status

Every worklist sort gets an index (status, column) so the first page of open cases comes
straight off an index over a million rows; the single-column sort indexes go.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SORTED = ("borrower_name", "oldest_unpaid_due", "fig_overdue_amount", "fig_outstanding",
          "last_contact_at", "next_action_date", "nearest_deadline", "stage", "opened_on")
OLD = {
    "ix_cases_priority": ("fig_priority", "id"),
    "ix_cases_oldest_due": ("oldest_unpaid_due", "id"),
    "ix_cases_next_action": ("next_action_date", "id"),
    "ix_cases_overdue_amount": ("fig_overdue_amount", "id"),
    "ix_cases_outstanding": ("fig_outstanding", "id"),
    "ix_cases_borrower_name": ("borrower_name", "id"),
    "ix_cases_last_contact": ("last_contact_at", "id"),
    "ix_cases_deadline": ("nearest_deadline", "id"),
    "ix_cases_opened": ("opened_on", "id"),
}


def upgrade() -> None:
    for name in OLD:
        op.drop_index(name, table_name="cases")
    for col in SORTED:
        op.create_index(f"ix_cases_status_{col}", "cases", ["status", col])
    op.execute("ANALYZE cases")


def downgrade() -> None:
    for col in SORTED:
        op.drop_index(f"ix_cases_status_{col}", table_name="cases")
    for name, cols in OLD.items():
        op.create_index(name, "cases", list(cols))
