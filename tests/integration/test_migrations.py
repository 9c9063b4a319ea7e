"""The Alembic migrations give exactly the schema of `storage.orm`, and go down and up again."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, String, Table, inspect

from storage import database
from storage.database import HEAD_REVISION, MIGRATIONS_DIR, alembic_config, current_revision, make_engine, sqlite_url
from storage.orm import Base

TABLES = {"units", "users", "appointments", "recorders", "recorder_history", "settings",
          "user_keys", "journal_volumes", "journal_entries", "journal_returns", "journal_storage",
          "journal_remarks", "journal_strikes", "signatures", "notifications",
          "ingest_runs", "recordings", "clock_checks", "continuity_reports",
          "installation_keys", "recording_seals", "audit_events", "timestamp_tokens", "file_checks",
          "vault_keys", "vault_key_slots", "recording_thumbnails", "bookmarks", "review_decisions",
          "recording_flags", "recording_totals", "normative_requirements", "inspections", "inspection_members",
          "inspection_entries", "inspection_follow_ups", "violations", "violation_evidence", "violation_eliminations",
          "inspection_documents", "document_signatures", "retention_rule_changes", "legal_holds",
          "legal_hold_releases", "destruction_lists", "destruction_items", "destruction_decisions",
          "recording_tombstones", "destruction_acts", "destruction_act_signatures"}
# Every history and journal table refuses UPDATE (or allows only its one permitted change) and DELETE.
GUARDED = {"recorder_history", "appointments", "user_keys", "journal_volumes", "journal_entries",
           "journal_returns", "journal_storage", "journal_remarks", "journal_strikes", "signatures",
           "notifications", "ingest_runs", "recordings", "clock_checks", "continuity_reports",
           "installation_keys", "recording_seals", "audit_events", "timestamp_tokens", "file_checks",
           "vault_key_slots", "recording_thumbnails", "bookmarks", "review_decisions",
           "inspection_documents", "document_signatures", "violation_eliminations",
           "retention_rule_changes", "legal_holds", "legal_hold_releases", "destruction_lists", "destruction_items",
           "destruction_decisions", "recording_tombstones", "destruction_acts", "destruction_act_signatures"}
TRIGGERS = {f"{table}_no_{op}" for table in GUARDED for op in ("update", "delete")} | {
    "recordings_total_insert", "recordings_total_delete"}  # the count the footage browser shows


@pytest.fixture
def engine(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "schema.sqlite"))
    yield engine
    engine.dispose()


def schema_diff(engine, metadata=Base.metadata) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), metadata)


def triggers(engine) -> set[str]:
    with closing(sqlite3.connect(engine.url.database)) as conn:
        return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_head_revision_constant_matches_the_migrations():
    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION


def test_migrations_form_a_single_line():
    assert len(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()) == 1


def test_upgrade_on_an_empty_file_gives_exactly_the_orm_schema(engine):
    database.upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    assert set(inspect(engine).get_table_names()) == TABLES | {"alembic_version"}
    assert schema_diff(engine) == []


def test_the_comparison_would_notice_a_difference(engine):
    # Guard against a comparison that always says "equal": an extra table and column must show up.
    database.upgrade(engine)
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["recorders"].append_column(Column("colour", String(20), nullable=True))
    Table("journal", changed, Column("id", Integer, primary_key=True))
    kinds = {diff[0] for diff in schema_diff(engine, changed)}
    assert {"add_table", "add_column"} <= kinds


def test_upgrade_installs_the_append_only_triggers(engine):
    database.upgrade(engine)
    assert triggers(engine) == TRIGGERS


def test_the_recordings_total_follows_the_rows_and_is_counted_from_those_already_there(engine, tmp_path):
    command.upgrade(alembic_config(engine), "0006")
    with closing(sqlite3.connect(engine.url.database)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        row = ("'{:064x}', 1, 1, 'ВР-1', 'a.mp4', 'video', 'filename', '', 1, '2026-11-23 05:00:00.000000', 1")
        for n in (1, 2):
            conn.execute("INSERT INTO recordings (sha256, size, recorder_id, inventory_number, source_name, kind, "
                         "start_source, original_time_text, readable, ingested_at, ingest_run_id) "
                         f"VALUES ({row.format(n)})")
        conn.commit()
    database.upgrade(engine)
    with closing(sqlite3.connect(engine.url.database)) as conn:
        assert conn.execute("SELECT recordings FROM recording_totals").fetchall() == [(2,)]
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO recordings (sha256, size, recorder_id, inventory_number, source_name, kind, "
                     "start_source, original_time_text, readable, ingested_at, ingest_run_id) "
                     "SELECT 'f' || substr(sha256, 2), size, recorder_id, inventory_number, source_name, kind, "
                     "start_source, original_time_text, readable, ingested_at, ingest_run_id FROM recordings")
        assert conn.execute("SELECT recordings FROM recording_totals").fetchall() == [(4,)]


def test_downgrade_to_base_and_upgrade_again(engine):
    database.upgrade(engine)
    command.downgrade(alembic_config(engine), "base")
    assert current_revision(engine) is None
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert triggers(engine) == set()

    database.upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    assert schema_diff(engine) == []
    assert triggers(engine) == TRIGGERS


def test_upgrade_twice_is_harmless(engine):
    database.upgrade(engine)
    database.upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    assert schema_diff(engine) == []
