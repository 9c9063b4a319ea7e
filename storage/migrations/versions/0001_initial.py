"""The first schema: unit, users, appointments, recorders and their history, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from storage.append_only import APPOINTMENT_CLOSE_ONLY, append_only_ddl, drop_append_only_ddl
from storage.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name_kk", sa.String(300), nullable=False),
        sa.Column("name_ru", sa.String(300), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_units"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(32), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("position", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("login", name="uq_users_login"),
    )
    op.create_index("ix_users_role", "users", ["role"])
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("appointed_by_id", sa.Integer(), nullable=True),
        sa.Column("order_reference", sa.String(200), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_appointments_user_id_users"),
        sa.ForeignKeyConstraint(["appointed_by_id"], ["users.id"], name="fk_appointments_appointed_by_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_appointments"),
    )
    op.create_index("ix_appointments_user_id", "appointments", ["user_id"])
    op.create_table(
        "recorders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inventory_number", sa.String(64), nullable=False),
        sa.Column("inventory_key", sa.String(64), nullable=False),
        sa.Column("serial_number", sa.String(64), nullable=False),
        sa.Column("model", sa.String(120), nullable=False),
        sa.Column("vendor_profile", sa.String(64), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_recorders"),
        sa.UniqueConstraint("inventory_key", name="uq_recorders_inventory_key"),
    )
    op.create_index("ix_recorders_status", "recorders", ["status"])
    op.create_table(
        "recorder_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recorder_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(200), nullable=False),
        sa.Column("from_status", sa.String(20), nullable=True),
        sa.Column("to_status", sa.String(20), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["recorder_id"], ["recorders.id"], name="fk_recorder_history_recorder_id_recorders"),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name="fk_recorder_history_actor_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_recorder_history"),
    )
    op.create_index("ix_recorder_history_recorder_id", "recorder_history", ["recorder_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    dialect = op.get_bind().dialect.name
    for statement in append_only_ddl(dialect, "recorder_history"):
        op.execute(statement)
    for statement in append_only_ddl(dialect, "appointments", APPOINTMENT_CLOSE_ONLY):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in ("appointments", "recorder_history"):
        for statement in drop_append_only_ddl(dialect, table):
            op.execute(statement)
    for table in ("settings", "recorder_history", "recorders", "appointments", "users", "units"):
        op.drop_table(table)
