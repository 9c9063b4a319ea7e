"""The encrypted vault (п.6, п.13): the vault key, its key slots and the encrypted thumbnails.

A key slot may only be revoked (once); encrypted thumbnails are append-only. `recordings` stays
append-only with one exception: its plaintext thumbnail may be cleared once an encrypted copy of it is
stored in `recording_thumbnails` (the conversion of a plain vault), every other column unchanged.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.append_only import append_only_ddl, drop_append_only_ddl

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

RECORDING_COLUMNS = ("id", "sha256", "size", "recorder_id", "inventory_number", "entry_id", "user_id", "source_name",
                     "kind", "start_utc", "end_utc", "start_source", "original_time_text", "duration_seconds", "width",
                     "height", "fps", "sequence_number", "readable", "ingested_at", "ingest_run_id")
THUMBNAIL_MOVED = ("OLD.thumbnail IS NOT NULL AND NEW.thumbnail IS NULL AND EXISTS (SELECT 1 FROM "
                   "recording_thumbnails t WHERE t.recording_id = OLD.id) AND "
                   + " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in RECORDING_COLUMNS))
SLOT_REVOKED = ("OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL AND NEW.id = OLD.id "
                "AND NEW.vault_key_id = OLD.vault_key_id AND NEW.holder = OLD.holder "
                "AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.salt = OLD.salt "
                "AND NEW.nonce = OLD.nonce AND NEW.ciphertext = OLD.ciphertext AND NEW.created_at = OLD.created_at")


def upgrade() -> None:
    op.create_table('vault_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_key', sa.String(length=60), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vault_keys')),
    sa.UniqueConstraint('public_key', name=op.f('uq_vault_keys_public_key'))
    )
    op.create_table('vault_key_slots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vault_key_id', sa.Integer(), nullable=False),
    sa.Column('holder', sa.String(length=20), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('salt', sa.String(length=40), nullable=False),
    sa.Column('log2_n', sa.Integer(), nullable=False),
    sa.Column('r', sa.Integer(), nullable=False),
    sa.Column('p', sa.Integer(), nullable=False),
    sa.Column('nonce', sa.String(length=40), nullable=False),
    sa.Column('ciphertext', sa.String(length=100), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('revoked_at', storage.types.UTCDateTime(), nullable=True),
    sa.Column('revoked_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_vault_key_slots_user_id_users')),
    sa.ForeignKeyConstraint(['vault_key_id'], ['vault_keys.id'], name=op.f('fk_vault_key_slots_vault_key_id_vault_keys')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vault_key_slots'))
    )
    with op.batch_alter_table('vault_key_slots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vault_key_slots_vault_key_id'), ['vault_key_id'], unique=False)
    op.create_table('recording_thumbnails',
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('sealed', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], name=op.f('fk_recording_thumbnails_recording_id_recordings')),
    sa.PrimaryKeyConstraint('recording_id', name=op.f('pk_recording_thumbnails'))
    )
    dialect = op.get_bind().dialect.name
    for statement in append_only_ddl(dialect, "recording_thumbnails"):
        op.execute(statement)
    for statement in append_only_ddl(dialect, "vault_key_slots", SLOT_REVOKED):
        op.execute(statement)
    for statement in drop_append_only_ddl(dialect, "recordings"):
        op.execute(statement)
    for statement in append_only_ddl(dialect, "recordings", THUMBNAIL_MOVED):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in drop_append_only_ddl(dialect, "recordings"):
        op.execute(statement)
    for statement in append_only_ddl(dialect, "recordings"):
        op.execute(statement)
    for table in ("recording_thumbnails", "vault_key_slots"):
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    op.drop_table('recording_thumbnails')
    with op.batch_alter_table('vault_key_slots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vault_key_slots_vault_key_id'))
    op.drop_table('vault_key_slots')
    op.drop_table('vault_keys')
