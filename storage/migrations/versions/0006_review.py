"""Reviewing footage (п.6, п.19): bookmarks on recordings and decisions on continuity flags.

Both tables are append-only: a bookmark is corrected by a new one superseding it, a decision by a later
decision on the same flag. `bookmarks.inspection_ref` is a free text for now: there is no inspections
table yet.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.append_only import append_only_ddl, drop_append_only_ddl

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TABLES = ("bookmarks", "review_decisions")


def upgrade() -> None:
    op.create_table('bookmarks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('inspection_ref', sa.String(length=100), nullable=True),
    sa.Column('start_ms', sa.BigInteger(), nullable=False),
    sa.Column('end_ms', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_bookmarks_created_by_id_users')),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], name=op.f('fk_bookmarks_recording_id_recordings')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['bookmarks.id'], name=op.f('fk_bookmarks_supersedes_id_bookmarks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookmarks')),
    sa.UniqueConstraint('supersedes_id', name=op.f('uq_bookmarks_supersedes_id'))
    )
    with op.batch_alter_table('bookmarks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bookmarks_recording_id'), ['recording_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bookmarks_inspection_ref'), ['inspection_ref'], unique=False)
    op.create_table('review_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('flag_key', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('report_id', sa.Integer(), nullable=True),
    sa.Column('clock_check_id', sa.Integer(), nullable=True),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.Column('decided_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['clock_check_id'], ['clock_checks.id'],
                            name=op.f('fk_review_decisions_clock_check_id_clock_checks')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_review_decisions_decided_by_id_users')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'],
                            name=op.f('fk_review_decisions_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['report_id'], ['continuity_reports.id'],
                            name=op.f('fk_review_decisions_report_id_continuity_reports')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['review_decisions.id'],
                            name=op.f('fk_review_decisions_supersedes_id_review_decisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_decisions'))
    )
    with op.batch_alter_table('review_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_decisions_flag_key'), ['flag_key'], unique=False)
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        for statement in append_only_ddl(dialect, table):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    with op.batch_alter_table('review_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_decisions_flag_key'))
    op.drop_table('review_decisions')
    with op.batch_alter_table('bookmarks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bookmarks_inspection_ref'))
        batch_op.drop_index(batch_op.f('ix_bookmarks_recording_id'))
    op.drop_table('bookmarks')
