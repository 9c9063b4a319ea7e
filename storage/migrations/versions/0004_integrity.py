"""Integrity: the installation key, recording seals, the hash-chained audit trail, time-stamp tokens and
the file checks of the rolling verification (п.13).

Seals, audit events and file checks are append-only in the database itself. A time-stamp token may be
filled in once (pending -> granted) and its attempts counted while it is pending; an installation key
may only be retired.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.append_only import append_only_ddl, drop_append_only_ddl

APPEND_ONLY = ("recording_seals", "audit_events", "file_checks")
GUARDED_UPDATES = {
    "installation_keys": "OLD.retired_at IS NULL AND NEW.retired_at IS NOT NULL AND NEW.id = OLD.id "
                         "AND NEW.public_key = OLD.public_key AND NEW.private_key_enc = OLD.private_key_enc "
                         "AND NEW.created_at = OLD.created_at",
    "timestamp_tokens": "OLD.token IS NULL AND NEW.id = OLD.id AND NEW.subject_kind = OLD.subject_kind "
                        "AND NEW.subject_id = OLD.subject_id AND NEW.digest = OLD.digest "
                        "AND NEW.requested_at = OLD.requested_at",
}


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('installation_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_key', sa.String(length=100), nullable=False),
    sa.Column('private_key_enc', sa.String(length=200), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('retired_at', storage.types.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_installation_keys')),
    sa.UniqueConstraint('public_key', name=op.f('uq_installation_keys_public_key'))
    )
    op.create_table('timestamp_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_kind', sa.String(length=20), nullable=False),
    sa.Column('subject_id', sa.BigInteger(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('requested_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('tsa_url', sa.String(length=500), nullable=False),
    sa.Column('token', sa.LargeBinary(), nullable=True),
    sa.Column('gen_time', storage.types.UTCDateTime(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timestamp_tokens')),
    sa.UniqueConstraint('subject_kind', 'subject_id', name='uq_timestamp_tokens_subject')
    )
    with op.batch_alter_table('timestamp_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_timestamp_tokens_gen_time'), ['gen_time'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('signature', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['key_id'], ['installation_keys.id'], name=op.f('fk_audit_events_key_id_installation_keys')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_events_hash')),
    sa.UniqueConstraint('prev_hash', name=op.f('uq_audit_events_prev_hash')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_events_seq'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_events_kind_at', ['kind', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_recording_id'), ['recording_id'], unique=False)
        batch_op.create_index('ix_audit_events_user_at', ['user_id', 'at'], unique=False)

    op.create_table('file_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('checked_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], name=op.f('fk_file_checks_recording_id_recordings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_file_checks'))
    )
    with op.batch_alter_table('file_checks', schema=None) as batch_op:
        batch_op.create_index('ix_file_checks_recording_at', ['recording_id', 'checked_at'], unique=False)

    op.create_table('recording_seals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('sealed_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('signature', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['key_id'], ['installation_keys.id'], name=op.f('fk_recording_seals_key_id_installation_keys')),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], name=op.f('fk_recording_seals_recording_id_recordings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recording_seals')),
    sa.UniqueConstraint('recording_id', name=op.f('uq_recording_seals_recording_id'))
    )
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        for statement in append_only_ddl(dialect, table):
            op.execute(statement)
    for table, allowed in GUARDED_UPDATES.items():
        for statement in append_only_ddl(dialect, table, allowed):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in (*APPEND_ONLY, *GUARDED_UPDATES):
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    op.drop_table('recording_seals')
    with op.batch_alter_table('file_checks', schema=None) as batch_op:
        batch_op.drop_index('ix_file_checks_recording_at')

    op.drop_table('file_checks')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_user_at')
        batch_op.drop_index(batch_op.f('ix_audit_events_recording_id'))
        batch_op.drop_index('ix_audit_events_kind_at')
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))

    op.drop_table('audit_events')
    with op.batch_alter_table('timestamp_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timestamp_tokens_gen_time'))

    op.drop_table('timestamp_tokens')
    op.drop_table('installation_keys')
