"""Database triggers that make history tables append-only, below the app (п.9, п.13).

Used by the migrations; one statement list per dialect. A refused change raises an
error whose text contains ``append-only``.
"""

from __future__ import annotations


def append_only_ddl(dialect: str, table: str, allow_update_when: str | None = None,
                    allow_delete_when: str | None = None) -> list[str]:
    """DDL refusing DELETE unless `allow_delete_when` and UPDATE unless `allow_update_when` (SQL conditions on
    OLD/NEW) hold; without them, refusing both always."""
    if dialect == "sqlite":
        cond = f" WHEN NOT ({allow_update_when})" if allow_update_when else ""
        delete_cond = f" WHEN NOT ({allow_delete_when})" if allow_delete_when else ""
        return [
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}{cond} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}{delete_cond} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
        ]
    if dialect == "postgresql":
        guard = f"IF TG_OP = 'UPDATE' AND ({allow_update_when}) THEN RETURN NEW; END IF; " if allow_update_when else ""
        if allow_delete_when:
            guard += f"IF TG_OP = 'DELETE' AND ({allow_delete_when}) THEN RETURN OLD; END IF; "
        return [
            f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger AS $$ BEGIN {guard}"
            f"RAISE EXCEPTION '{table} is append-only'; END; $$ LANGUAGE plpgsql",
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()",
        ]
    raise NotImplementedError(f"append-only triggers for {dialect}")


def drop_append_only_ddl(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {table}_no_update", f"DROP TRIGGER IF EXISTS {table}_no_delete"]
    return [f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}", f"DROP FUNCTION IF EXISTS {table}_append_only()"]


# Closing an open appointment (setting ends_at once) is the only update allowed on appointments.
APPOINTMENT_CLOSE_ONLY = (
    "OLD.ends_at IS NULL AND NEW.ends_at IS NOT NULL AND NEW.id = OLD.id AND NEW.user_id = OLD.user_id "
    "AND NEW.appointed_by_id IS NOT DISTINCT FROM OLD.appointed_by_id AND NEW.order_reference = OLD.order_reference "
    "AND NEW.starts_at = OLD.starts_at"
)
