"""Retention for three years, legal holds, destruction by two people, and its acts (п.6, п.12, п.14).

Every new table is append-only. Destroying a recording leaves its row (the metadata) and adds a tombstone;
only then may its thumbnail go: the recordings trigger now also lets a thumbnail be cleared, every other
column unchanged, once a tombstone exists, and the sealed thumbnail row may be deleted then.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.append_only import append_only_ddl, drop_append_only_ddl

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

APPEND_ONLY = ("retention_rule_changes", "legal_holds", "legal_hold_releases", "destruction_lists",
               "destruction_items", "destruction_decisions", "recording_tombstones", "destruction_acts",
               "destruction_act_signatures")
RECORDING_COLUMNS = ("id", "sha256", "size", "recorder_id", "inventory_number", "entry_id", "user_id", "source_name",
                     "kind", "start_utc", "end_utc", "start_source", "original_time_text", "duration_seconds", "width",
                     "height", "fps", "sequence_number", "readable", "ingested_at", "ingest_run_id")
SAME_COLUMNS = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in RECORDING_COLUMNS)
THUMBNAIL_MOVED = ("OLD.thumbnail IS NOT NULL AND NEW.thumbnail IS NULL AND EXISTS (SELECT 1 FROM "
                   "recording_thumbnails t WHERE t.recording_id = OLD.id) AND " + SAME_COLUMNS)  # as in 0005
THUMBNAIL_DESTROYED = ("OLD.thumbnail IS NOT NULL AND NEW.thumbnail IS NULL AND EXISTS (SELECT 1 FROM "
                       "recording_tombstones d WHERE d.recording_id = OLD.id) AND " + SAME_COLUMNS)
SEALED_THUMBNAIL_DESTROYED = "EXISTS (SELECT 1 FROM recording_tombstones d WHERE d.recording_id = OLD.recording_id)"


def upgrade() -> None:
    op.create_table('destruction_lists',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('proposed_by_id', sa.Integer(), nullable=False),
    sa.Column('proposed_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['proposed_by_id'], ['users.id'], name=op.f('fk_destruction_lists_proposed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_lists'))
    )
    op.create_table('retention_rule_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('previous_months', sa.Integer(), nullable=False),
    sa.Column('shortening_confirmed', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('changed_by_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['changed_by_id'], ['users.id'], name=op.f('fk_retention_rule_changes_changed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_rule_changes'))
    )
    with op.batch_alter_table('retention_rule_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_retention_rule_changes_kind'), ['kind'], unique=False)

    op.create_table('destruction_acts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=10), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('issued_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['issued_by_id'], ['users.id'], name=op.f('fk_destruction_acts_issued_by_id_users')),
    sa.ForeignKeyConstraint(['list_id'], ['destruction_lists.id'], name=op.f('fk_destruction_acts_list_id_destruction_lists')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_acts'))
    )
    with op.batch_alter_table('destruction_acts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destruction_acts_list_id'), ['list_id'], unique=False)

    op.create_table('destruction_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.Column('decided_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_destruction_decisions_decided_by_id_users')),
    sa.ForeignKeyConstraint(['list_id'], ['destruction_lists.id'], name=op.f('fk_destruction_decisions_list_id_destruction_lists')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_decisions')),
    sa.UniqueConstraint('list_id', name=op.f('uq_destruction_decisions_list_id'))
    )
    op.create_table('destruction_act_signatures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('cms', sa.LargeBinary(), nullable=False),
    sa.Column('signer_name', sa.String(length=300), nullable=False),
    sa.Column('signer_iin', sa.String(length=12), nullable=False),
    sa.Column('certificate_sha256', sa.String(length=64), nullable=False),
    sa.Column('signed_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('signed_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['act_id'], ['destruction_acts.id'], name=op.f('fk_destruction_act_signatures_act_id_destruction_acts')),
    sa.ForeignKeyConstraint(['signed_by_id'], ['users.id'], name=op.f('fk_destruction_act_signatures_signed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_act_signatures'))
    )
    with op.batch_alter_table('destruction_act_signatures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destruction_act_signatures_act_id'), ['act_id'], unique=False)

    op.create_table('destruction_items',
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['destruction_lists.id'], name=op.f('fk_destruction_items_list_id_destruction_lists')),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], name=op.f('fk_destruction_items_recording_id_recordings')),
    sa.PrimaryKeyConstraint('list_id', 'recording_id', name=op.f('pk_destruction_items'))
    )
    with op.batch_alter_table('destruction_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destruction_items_recording_id'), ['recording_id'], unique=False)

    op.create_table('legal_holds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.Column('placed_by_id', sa.Integer(), nullable=False),
    sa.Column('placed_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_legal_holds_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['placed_by_id'], ['users.id'], name=op.f('fk_legal_holds_placed_by_id_users')),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], name=op.f('fk_legal_holds_recording_id_recordings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_holds'))
    )
    with op.batch_alter_table('legal_holds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_holds_recording_id'), ['recording_id'], unique=False)

    op.create_table('recording_tombstones',
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('metadata_json', sa.Text(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('proposed_by_id', sa.Integer(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=False),
    sa.Column('destroyed_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_recording_tombstones_approved_by_id_users')),
    sa.ForeignKeyConstraint(['list_id'], ['destruction_lists.id'], name=op.f('fk_recording_tombstones_list_id_destruction_lists')),
    sa.ForeignKeyConstraint(['proposed_by_id'], ['users.id'], name=op.f('fk_recording_tombstones_proposed_by_id_users')),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], name=op.f('fk_recording_tombstones_recording_id_recordings')),
    sa.PrimaryKeyConstraint('recording_id', name=op.f('pk_recording_tombstones'))
    )
    with op.batch_alter_table('recording_tombstones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recording_tombstones_list_id'), ['list_id'], unique=False)

    op.create_table('legal_hold_releases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hold_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('released_by_id', sa.Integer(), nullable=False),
    sa.Column('released_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['hold_id'], ['legal_holds.id'], name=op.f('fk_legal_hold_releases_hold_id_legal_holds')),
    sa.ForeignKeyConstraint(['released_by_id'], ['users.id'], name=op.f('fk_legal_hold_releases_released_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_hold_releases')),
    sa.UniqueConstraint('hold_id', name=op.f('uq_legal_hold_releases_hold_id'))
    )
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        for statement in append_only_ddl(dialect, table):
            op.execute(statement)
    _guards(dialect, f"({THUMBNAIL_MOVED}) OR ({THUMBNAIL_DESTROYED})", SEALED_THUMBNAIL_DESTROYED)


def _guards(dialect: str, recordings_update: str, thumbnails_delete: str | None) -> None:
    for table in ("recordings", "recording_thumbnails"):
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    for statement in append_only_ddl(dialect, "recordings", recordings_update):
        op.execute(statement)
    for statement in append_only_ddl(dialect, "recording_thumbnails", allow_delete_when=thumbnails_delete):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _guards(dialect, THUMBNAIL_MOVED, None)
    for table in APPEND_ONLY:
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    op.drop_table('legal_hold_releases')
    with op.batch_alter_table('recording_tombstones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recording_tombstones_list_id'))

    op.drop_table('recording_tombstones')
    with op.batch_alter_table('legal_holds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_holds_recording_id'))

    op.drop_table('legal_holds')
    with op.batch_alter_table('destruction_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destruction_items_recording_id'))

    op.drop_table('destruction_items')
    with op.batch_alter_table('destruction_act_signatures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destruction_act_signatures_act_id'))

    op.drop_table('destruction_act_signatures')
    op.drop_table('destruction_decisions')
    with op.batch_alter_table('destruction_acts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destruction_acts_list_id'))

    op.drop_table('destruction_acts')
    with op.batch_alter_table('retention_rule_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_retention_rule_changes_kind'))

    op.drop_table('retention_rule_changes')
    op.drop_table('destruction_lists')
