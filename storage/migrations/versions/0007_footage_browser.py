"""The footage browser over millions of recordings: indexes for its filters and orders, and the GAP flag.

* `recordings`: (start_utc, id) for the unfiltered newest-first order, (user_id, start_utc, id) for one
  inspector's recordings in a date range, (entry_id, start_utc, id) for the order issue by issue.
* `recording_flags`: the recordings bordering a break in recording, derived from each issue's newest
  continuity report (rebuilt with every new report; not itself a record). Filled here from the reports
  already stored.
* `recording_totals`: the number of recordings, kept by triggers on `recordings`, so the browser's
  unfiltered total is one row read instead of a count over millions (under a filter it counts).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE INDEX, never a batch: a batch may rebuild the table, and with it lose its triggers.
    op.create_index('ix_recordings_start_id', 'recordings', ['start_utc', 'id'], unique=False)
    op.create_index('ix_recordings_user_start', 'recordings', ['user_id', 'start_utc', 'id'], unique=False)
    op.create_index('ix_recordings_entry_start', 'recordings', ['entry_id', 'start_utc', 'id'], unique=False)
    op.create_table('recording_flags',
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('flag', sa.String(length=20), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'],
                            name=op.f('fk_recording_flags_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'],
                            name=op.f('fk_recording_flags_recording_id_recordings')),
    sa.PrimaryKeyConstraint('recording_id', 'flag', name=op.f('pk_recording_flags'))
    )
    op.create_index('ix_recording_flags_flag_recording', 'recording_flags', ['flag', 'recording_id'], unique=False)
    op.create_index(op.f('ix_recording_flags_entry_id'), 'recording_flags', ['entry_id'], unique=False)
    _fill_gap_flags(op.get_bind())
    op.create_table('recording_totals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recordings', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recording_totals'))
    )
    op.execute("INSERT INTO recording_totals (id, recordings) SELECT 1, count(*) FROM recordings")
    for statement in totals_ddl(op.get_bind().dialect.name):
        op.execute(statement)


def totals_ddl(dialect: str) -> list[str]:
    """Triggers keeping `recording_totals` equal to the number of rows of `recordings`."""
    if dialect == "sqlite":
        return ["CREATE TRIGGER recordings_total_insert AFTER INSERT ON recordings "
                "BEGIN UPDATE recording_totals SET recordings = recordings + 1 WHERE id = 1; END",
                "CREATE TRIGGER recordings_total_delete AFTER DELETE ON recordings "
                "BEGIN UPDATE recording_totals SET recordings = recordings - 1 WHERE id = 1; END"]
    if dialect == "postgresql":
        return ["CREATE OR REPLACE FUNCTION recordings_total() RETURNS trigger AS $$ BEGIN "
                "UPDATE recording_totals SET recordings = recordings + (CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END) "
                "WHERE id = 1; RETURN NULL; END; $$ LANGUAGE plpgsql",
                "CREATE TRIGGER recordings_total AFTER INSERT OR DELETE ON recordings "
                "FOR EACH ROW EXECUTE FUNCTION recordings_total()"]
    raise NotImplementedError(f"recording totals for {dialect}")


def _fill_gap_flags(conn) -> None:
    """The GAP flag from each issue's newest report (the same rule as `domain.recordings.gap_neighbours`)."""
    latest = conn.execute(sa.text(
        "SELECT r.entry_id, r.report FROM continuity_reports r WHERE r.id = "
        "(SELECT max(id) FROM continuity_reports x WHERE x.entry_id = r.entry_id)")).fetchall()
    rows = []
    for entry_id, text in latest:
        data = json.loads(text)
        ids = {g[0] for g in data.get("gaps", [])} | {g[1] for g in data.get("gaps", [])}
        missing = set(data.get("missing_sequence_numbers", []))
        if missing:
            around = ({n - 1 for n in missing} | {n + 1 for n in missing}) - missing
            for rec_id, number in conn.execute(sa.text(
                    "SELECT id, sequence_number FROM recordings WHERE entry_id = :e AND sequence_number IS NOT NULL"),
                    {"e": entry_id}):
                if number in around:
                    ids.add(rec_id)
        rows += [{"recording_id": i, "flag": "gap", "entry_id": entry_id} for i in sorted(ids) if i is not None]
    if rows:
        conn.execute(sa.text("INSERT INTO recording_flags (recording_id, flag, entry_id) "
                             "VALUES (:recording_id, :flag, :entry_id)"), rows)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS recordings_total_insert")
        op.execute("DROP TRIGGER IF EXISTS recordings_total_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS recordings_total ON recordings")
        op.execute("DROP FUNCTION IF EXISTS recordings_total()")
    op.drop_table('recording_totals')
    op.drop_index(op.f('ix_recording_flags_entry_id'), table_name='recording_flags')
    op.drop_index('ix_recording_flags_flag_recording', table_name='recording_flags')
    op.drop_table('recording_flags')
    for name in ('ix_recordings_entry_start', 'ix_recordings_user_start', 'ix_recordings_start_id'):
        op.drop_index(name, table_name='recordings')
