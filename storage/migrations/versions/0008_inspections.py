"""Inspections, violations, the normative catalogue, and the acts and prescriptions issued (п.14).

Issued documents (their frozen PDF bytes), their signatures and the marks of a violation's elimination are
append-only, enforced by triggers like the journal's; inspections and violations are worked on until
their documents are issued (the service refuses changes after that, and audits every change).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

import storage.types
from storage.append_only import append_only_ddl, drop_append_only_ddl


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

APPEND_ONLY = ("inspection_documents", "document_signatures", "violation_eliminations")


def upgrade() -> None:
    op.create_table('normative_requirements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title_kk', sa.Text(), nullable=False),
    sa.Column('title_ru', sa.Text(), nullable=False),
    sa.Column('cited_kk', sa.Text(), nullable=False),
    sa.Column('cited_ru', sa.Text(), nullable=False),
    sa.Column('issuer_kk', sa.Text(), nullable=False),
    sa.Column('issuer_ru', sa.Text(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('clause', sa.String(length=100), nullable=False),
    sa.Column('requirement_kk', sa.Text(), nullable=False),
    sa.Column('requirement_ru', sa.Text(), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_normative_requirements')),
    sa.UniqueConstraint('code', name=op.f('uq_normative_requirements_code'))
    )
    op.create_table('inspections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_name', sa.String(length=300), nullable=False),
    sa.Column('subject_bin_iin', sa.String(length=12), nullable=False),
    sa.Column('subject_address', sa.String(length=500), nullable=False),
    sa.Column('facility_name', sa.String(length=300), nullable=False),
    sa.Column('facility_address', sa.String(length=500), nullable=False),
    sa.Column('facility_kind', sa.String(length=300), nullable=False),
    sa.Column('facility_registration', sa.String(length=100), nullable=False),
    sa.Column('control_kind', sa.String(length=40), nullable=False),
    sa.Column('basis_number', sa.String(length=100), nullable=False),
    sa.Column('basis_date', sa.Date(), nullable=False),
    sa.Column('basis_registration', sa.String(length=100), nullable=False),
    sa.Column('basis_registered_on', sa.Date(), nullable=True),
    sa.Column('lead_inspector_id', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('representative_name', sa.String(length=300), nullable=False),
    sa.Column('representative_position', sa.String(length=300), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_inspections_created_by_id_users')),
    sa.ForeignKeyConstraint(['lead_inspector_id'], ['users.id'], name=op.f('fk_inspections_lead_inspector_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspections_lead_inspector_id'), ['lead_inspector_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_period_from'), ['period_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_subject_bin_iin'), ['subject_bin_iin'], unique=False)

    op.create_table('inspection_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=10), nullable=False),
    sa.Column('drawn_up_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('issued_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_documents_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['users.id'], name=op.f('fk_inspection_documents_issued_by_id_users')),
    sa.ForeignKeyConstraint(['replaces_id'], ['inspection_documents.id'], name=op.f('fk_inspection_documents_replaces_id_inspection_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_documents')),
    sa.UniqueConstraint('kind', 'year', 'sequence', name='uq_inspection_documents_number'),
    sa.UniqueConstraint('replaces_id', name=op.f('uq_inspection_documents_replaces_id'))
    )
    with op.batch_alter_table('inspection_documents', schema=None) as batch_op:
        batch_op.create_index('ix_inspection_documents_inspection_kind', ['inspection_id', 'kind'], unique=False)

    op.create_table('inspection_members',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_members_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_inspection_members_user_id_users')),
    sa.PrimaryKeyConstraint('inspection_id', 'user_id', name=op.f('pk_inspection_members'))
    )
    with op.batch_alter_table('inspection_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_members_user_id'), ['user_id'], unique=False)

    op.create_table('violations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('requirement_code', sa.String(length=80), nullable=False),
    sa.Column('reference_kk', sa.Text(), nullable=False),
    sa.Column('reference_ru', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('place', sa.String(length=500), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_violations_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_violations')),
    sa.UniqueConstraint('inspection_id', 'number', name='uq_violations_inspection_number')
    )
    with op.batch_alter_table('violations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_violations_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_violations_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('document_signatures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('cms', sa.LargeBinary(), nullable=False),
    sa.Column('signer_name', sa.String(length=300), nullable=False),
    sa.Column('signer_iin', sa.String(length=12), nullable=False),
    sa.Column('certificate_sha256', sa.String(length=64), nullable=False),
    sa.Column('signed_at', storage.types.UTCDateTime(), nullable=False),
    sa.Column('signed_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['inspection_documents.id'], name=op.f('fk_document_signatures_document_id_inspection_documents')),
    sa.ForeignKeyConstraint(['signed_by_id'], ['users.id'], name=op.f('fk_document_signatures_signed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_signatures'))
    )
    with op.batch_alter_table('document_signatures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_signatures_document_id'), ['document_id'], unique=False)

    op.create_table('inspection_entries',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entries.id'], name=op.f('fk_inspection_entries_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_entries_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('inspection_id', 'entry_id', name=op.f('pk_inspection_entries'))
    )
    with op.batch_alter_table('inspection_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_entries_entry_id'), ['entry_id'], unique=False)

    op.create_table('inspection_follow_ups',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('violation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_follow_ups_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['violation_id'], ['violations.id'], name=op.f('fk_inspection_follow_ups_violation_id_violations')),
    sa.PrimaryKeyConstraint('inspection_id', 'violation_id', name=op.f('pk_inspection_follow_ups'))
    )
    with op.batch_alter_table('inspection_follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_follow_ups_violation_id'), ['violation_id'], unique=False)

    op.create_table('violation_eliminations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('violation_id', sa.Integer(), nullable=False),
    sa.Column('eliminated_on', sa.Date(), nullable=False),
    sa.Column('proof', sa.Text(), nullable=False),
    sa.Column('follow_up_inspection_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['follow_up_inspection_id'], ['inspections.id'], name=op.f('fk_violation_eliminations_follow_up_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_violation_eliminations_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['violation_id'], ['violations.id'], name=op.f('fk_violation_eliminations_violation_id_violations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_violation_eliminations')),
    sa.UniqueConstraint('violation_id', name=op.f('uq_violation_eliminations_violation_id'))
    )
    op.create_table('violation_evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('violation_id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('bookmark_id', sa.Integer(), nullable=True),
    sa.Column('still_sha256', sa.String(length=64), nullable=False),
    sa.Column('still_position_ms', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['bookmark_id'], ['bookmarks.id'], name=op.f('fk_violation_evidence_bookmark_id_bookmarks')),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], name=op.f('fk_violation_evidence_recording_id_recordings')),
    sa.ForeignKeyConstraint(['violation_id'], ['violations.id'], name=op.f('fk_violation_evidence_violation_id_violations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_violation_evidence'))
    )
    with op.batch_alter_table('violation_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_violation_evidence_recording_id'), ['recording_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_violation_evidence_violation_id'), ['violation_id'], unique=False)

    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        for statement in append_only_ddl(dialect, table):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    with op.batch_alter_table('violation_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_violation_evidence_violation_id'))
        batch_op.drop_index(batch_op.f('ix_violation_evidence_recording_id'))

    op.drop_table('violation_evidence')
    op.drop_table('violation_eliminations')
    with op.batch_alter_table('inspection_follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_follow_ups_violation_id'))

    op.drop_table('inspection_follow_ups')
    with op.batch_alter_table('inspection_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_entries_entry_id'))

    op.drop_table('inspection_entries')
    with op.batch_alter_table('document_signatures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_signatures_document_id'))

    op.drop_table('document_signatures')
    with op.batch_alter_table('violations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_violations_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_violations_deadline'))

    op.drop_table('violations')
    with op.batch_alter_table('inspection_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_members_user_id'))

    op.drop_table('inspection_members')
    with op.batch_alter_table('inspection_documents', schema=None) as batch_op:
        batch_op.drop_index('ix_inspection_documents_inspection_kind')

    op.drop_table('inspection_documents')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspections_subject_bin_iin'))
        batch_op.drop_index(batch_op.f('ix_inspections_period_from'))
        batch_op.drop_index(batch_op.f('ix_inspections_lead_inspector_id'))

    op.drop_table('inspections')
    op.drop_table('normative_requirements')
