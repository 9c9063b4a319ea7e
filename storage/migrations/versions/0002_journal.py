"""The journal of issue and return (Appendix 1), personal signing keys, signatures and notifications.

Every journal table is append-only in the database itself; volumes may only be closed once,
notifications only acknowledged once, and a key only re-wrapped (same public key) or retired.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.append_only import append_only_ddl, drop_append_only_ddl

APPEND_ONLY = ("journal_entries", "journal_returns", "journal_storage", "journal_remarks", "journal_strikes",
               "signatures")
ONCE_ONLY = {
    "journal_volumes": "OLD.ended_at IS NULL AND NEW.id = OLD.id AND NEW.number = OLD.number "
                       "AND NEW.registration_index = OLD.registration_index AND NEW.started_at = OLD.started_at "
                       "AND NEW.unit_name_kk = OLD.unit_name_kk AND NEW.unit_name_ru = OLD.unit_name_ru",
    "notifications": "OLD.acknowledged_at IS NULL AND NEW.id = OLD.id AND NEW.kind = OLD.kind "
                     "AND NEW.message = OLD.message AND NEW.created_at = OLD.created_at "
                     "AND NEW.recorder_id IS NOT DISTINCT FROM OLD.recorder_id "
                     "AND NEW.entry_id IS NOT DISTINCT FROM OLD.entry_id",
    "user_keys": "OLD.retired_at IS NULL AND NEW.id = OLD.id AND NEW.user_id = OLD.user_id "
                 "AND NEW.public_key = OLD.public_key AND NEW.created_at = OLD.created_at",
}


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('journal_volumes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('registration_index', sa.String(length=100), nullable=False),
    sa.Column('unit_name_kk', sa.String(length=300), nullable=False),
    sa.Column('unit_name_ru', sa.String(length=300), nullable=False),
    sa.Column('started_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('ended_at', storage.types.UTCDateTime(), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['closed_by_id'], ['users.id'], name=op.f('fk_journal_volumes_closed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_volumes')),
    sa.UniqueConstraint('number', name=op.f('uq_journal_volumes_number'))
    )
    op.create_table('user_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('algorithm', sa.String(length=20), nullable=False),
    sa.Column('public_key', sa.String(length=100), nullable=False),
    sa.Column('private_key_enc', sa.String(length=200), nullable=False),
    sa.Column('kdf', sa.String(length=120), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('retired_at', storage.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_keys_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_keys'))
    )
    with op.batch_alter_table('user_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_keys_user_id'), ['user_id'], unique=False)

    op.create_table('journal_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volume_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('recorder_id', sa.Integer(), nullable=False),
    sa.Column('inventory_number', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('user_full_name', sa.String(length=200), nullable=False),
    sa.Column('at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=True),
    sa.Column('battery_percent', sa.Integer(), nullable=True),
    sa.Column('battery_source', sa.String(length=20), nullable=True),
    sa.Column('clock_offset_seconds', sa.Integer(), nullable=True),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('corrects_entry_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['corrects_entry_id'], ['journal_entries.id'], name=op.f('fk_journal_entries_corrects_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['users.id'], name=op.f('fk_journal_entries_issued_by_id_users')),
    sa.ForeignKeyConstraint(['recorder_id'], ['recorders.id'], name=op.f('fk_journal_entries_recorder_id_recorders')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_journal_entries_user_id_users')),
    sa.ForeignKeyConstraint(['volume_id'], ['journal_volumes.id'], name=op.f('fk_journal_entries_volume_id_journal_volumes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entries')),
    sa.UniqueConstraint('volume_id', 'number', name='uq_journal_entries_volume_number')
    )
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entries_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_entries_recorder_id'), ['recorder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_entries_user_id'), ['user_id'], unique=False)

    op.create_table('signatures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('act', sa.String(length=20), nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('user_name', sa.String(length=200), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('signed_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.String(length=120), nullable=False),
    sa.Column('strokes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['key_id'], ['user_keys.id'], name=op.f('fk_signatures_key_id_user_keys')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_signatures_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatures'))
    )
    with op.batch_alter_table('signatures', schema=None) as batch_op:
        batch_op.create_index('ix_signatures_act', ['act', 'act_id'], unique=False)

    op.create_table('journal_remarks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_journal_remarks_author_id_users')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_journal_remarks_entry_id_journal_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_remarks'))
    )
    with op.batch_alter_table('journal_remarks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_remarks_entry_id'), ['entry_id'], unique=False)

    op.create_table('journal_returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('returned_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('received_by_id', sa.Integer(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_journal_returns_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['received_by_id'], ['users.id'], name=op.f('fk_journal_returns_received_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_returns')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_journal_returns_entry_id'))
    )
    op.create_table('journal_storage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('stored_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_journal_storage_entry_id_journal_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_storage')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_journal_storage_entry_id'))
    )
    op.create_table('journal_strikes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('struck_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('struck_by_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('correction_entry_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['correction_entry_id'], ['journal_entries.id'], name=op.f('fk_journal_strikes_correction_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_journal_strikes_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['struck_by_id'], ['users.id'], name=op.f('fk_journal_strikes_struck_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_strikes')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_journal_strikes_entry_id'))
    )
    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('recorder_id', sa.Integer(), nullable=True),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('acknowledged_at', storage.types.UTCDateTime(), nullable=True),
    sa.Column('acknowledged_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['acknowledged_by_id'], ['users.id'], name=op.f('fk_notifications_acknowledged_by_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_notifications_created_by_id_users')),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_notifications_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['recorder_id'], ['recorders.id'], name=op.f('fk_notifications_recorder_id_recorders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_acknowledged_at'), ['acknowledged_at'], unique=False)
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        for statement in append_only_ddl(dialect, table):
            op.execute(statement)
    for table, allowed in ONCE_ONLY.items():
        for statement in append_only_ddl(dialect, table, allowed):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in (*APPEND_ONLY, *ONCE_ONLY):
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notifications_acknowledged_at'))

    op.drop_table('notifications')
    op.drop_table('journal_strikes')
    op.drop_table('journal_storage')
    op.drop_table('journal_returns')
    with op.batch_alter_table('journal_remarks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_remarks_entry_id'))

    op.drop_table('journal_remarks')
    with op.batch_alter_table('signatures', schema=None) as batch_op:
        batch_op.drop_index('ix_signatures_act')

    op.drop_table('signatures')
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_entries_user_id'))
        batch_op.drop_index(batch_op.f('ix_journal_entries_recorder_id'))
        batch_op.drop_index(batch_op.f('ix_journal_entries_at'))

    op.drop_table('journal_entries')
    with op.batch_alter_table('user_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_keys_user_id'))

    op.drop_table('user_keys')
    op.drop_table('journal_volumes')
