"""Recordings ingested from docked recorders, the ingest runs, clock checks and continuity reports.

`recordings`, `clock_checks` and `continuity_reports` are append-only in the database itself
(п.13: stored data, its date and time above all, is never changed). An ingest run's status,
counters and log may change while it is running and are frozen once it has ended; runs are
never deleted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.append_only import append_only_ddl, drop_append_only_ddl

APPEND_ONLY = ("recordings", "clock_checks", "continuity_reports")
WHILE_RUNNING = {
    "ingest_runs": "OLD.status = 'running' AND NEW.id = OLD.id AND NEW.recorder_id = OLD.recorder_id "
                   "AND NEW.volume_label = OLD.volume_label AND NEW.started_at = OLD.started_at",
}


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ingest_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recorder_id', sa.Integer(), nullable=False),
    sa.Column('volume_label', sa.String(length=200), nullable=False),
    sa.Column('started_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('finished_at', storage.types.UTCDateTime(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('files_seen', sa.Integer(), nullable=False),
    sa.Column('files_stored', sa.Integer(), nullable=False),
    sa.Column('files_skipped', sa.Integer(), nullable=False),
    sa.Column('bytes_stored', sa.BigInteger(), nullable=False),
    sa.Column('log', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['recorder_id'], ['recorders.id'], name=op.f('fk_ingest_runs_recorder_id_recorders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_runs'))
    )
    with op.batch_alter_table('ingest_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ingest_runs_recorder_id'), ['recorder_id'], unique=False)

    op.create_table('recordings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('recorder_id', sa.Integer(), nullable=False),
    sa.Column('inventory_number', sa.String(length=64), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('source_name', sa.String(length=1000), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('start_utc', storage.types.UTCDateTime(), nullable=True),
    sa.Column('end_utc', storage.types.UTCDateTime(), nullable=True),
    sa.Column('start_source', sa.String(length=20), nullable=False),
    sa.Column('original_time_text', sa.String(length=100), nullable=False),
    sa.Column('duration_seconds', sa.Float(), nullable=True),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('fps', sa.Float(), nullable=True),
    sa.Column('sequence_number', sa.Integer(), nullable=True),
    sa.Column('readable', sa.Boolean(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
    sa.Column('ingested_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('ingest_run_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_recordings_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['ingest_run_id'], ['ingest_runs.id'], name=op.f('fk_recordings_ingest_run_id_ingest_runs')),
    sa.ForeignKeyConstraint(['recorder_id'], ['recorders.id'], name=op.f('fk_recordings_recorder_id_recorders')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_recordings_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recordings')),
    sa.UniqueConstraint('sha256', name=op.f('uq_recordings_sha256'))
    )
    with op.batch_alter_table('recordings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recordings_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recordings_ingest_run_id'), ['ingest_run_id'], unique=False)
        batch_op.create_index('ix_recordings_recorder_start', ['recorder_id', 'start_utc'], unique=False)

    op.create_table('clock_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recorder_id', sa.Integer(), nullable=False),
    sa.Column('ingest_run_id', sa.Integer(), nullable=False),
    sa.Column('docked_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('newest_file_end_utc', storage.types.UTCDateTime(), nullable=True),
    sa.Column('recorder_clock_utc', storage.types.UTCDateTime(), nullable=True),
    sa.Column('offset_seconds', sa.Integer(), nullable=True),
    sa.Column('tolerance_seconds', sa.Integer(), nullable=False),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['ingest_run_id'], ['ingest_runs.id'], name=op.f('fk_clock_checks_ingest_run_id_ingest_runs')),
    sa.ForeignKeyConstraint(['recorder_id'], ['recorders.id'], name=op.f('fk_clock_checks_recorder_id_recorders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clock_checks'))
    )
    with op.batch_alter_table('clock_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clock_checks_ingest_run_id'), ['ingest_run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clock_checks_recorder_id'), ['recorder_id'], unique=False)

    op.create_table('continuity_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('report', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_continuity_reports_entry_id_journal_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_continuity_reports'))
    )
    with op.batch_alter_table('continuity_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_continuity_reports_entry_id'), ['entry_id'], unique=False)

    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        for statement in append_only_ddl(dialect, table):
            op.execute(statement)
    for table, allowed in WHILE_RUNNING.items():
        for statement in append_only_ddl(dialect, table, allowed):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in (*APPEND_ONLY, *WHILE_RUNNING):
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    with op.batch_alter_table('continuity_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_continuity_reports_entry_id'))

    op.drop_table('continuity_reports')
    with op.batch_alter_table('clock_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clock_checks_recorder_id'))
        batch_op.drop_index(batch_op.f('ix_clock_checks_ingest_run_id'))

    op.drop_table('clock_checks')
    with op.batch_alter_table('recordings', schema=None) as batch_op:
        batch_op.drop_index('ix_recordings_recorder_start')
        batch_op.drop_index(batch_op.f('ix_recordings_ingest_run_id'))
        batch_op.drop_index(batch_op.f('ix_recordings_entry_id'))

    op.drop_table('recordings')
    with op.batch_alter_table('ingest_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingest_runs_recorder_id'))

    op.drop_table('ingest_runs')
