"""Retention for three years, legal holds and destruction by two people (issue 9), on a real SQLite file
with recordings stored encrypted by the real ingest: what may be proposed and when, who may approve, what
is left (tombstones, the act of destruction, verified with openssl), and that nothing can be read back."""

from __future__ import annotations

import sqlite3
import subprocess
from contextlib import closing
from datetime import timedelta

import pytest

from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.domain.retention import DEFAULT_MONTHS, ListState, RetentionKind, add_months, retention_start
from inspector_app.errors import PermissionDenied, StateError, ValidationError, VaultError
from inspector_app.services.clock_guard import ClockNotTrusted
from tests.integration.conftest import db_path
from tests.integration.test_integrity import stored  # noqa: F401 - fixture: three sealed recordings
from tests.nca_pki import PASSWORD, make_pki, openssl_verify
from tests.db_backend import raw_connect, RAW_ERRORS

STORAGE_PASSWORD = "Сақтау-басшы-2026"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    from inspector_app import vault_keys

    monkeypatch.setattr(vault_keys, "SCRYPT_LOG2_N", 10)


@pytest.fixture
def encrypted(unit_context, head):
    unit_context.keyring.create(head, STORAGE_PASSWORD)


@pytest.fixture
def footage(encrypted, stored):  # noqa: F811 - the vault is encrypted before the ingest
    return stored


def _at(ctx, head, moment) -> None:
    """The PC clock at `moment`; three years ahead is an anomaly until the head confirms it."""
    ctx.clock.set(moment)
    ctx.clock_guard.confirm(head, "Сверено с сервером точного времени")


def _expiry(recording):
    return add_months(retention_start(recording), DEFAULT_MONTHS)


def test_three_years_and_a_day_old_is_destroyed_after_the_heads_approval_and_cannot_be_read_back(
        tmp_path, unit_context, responsible, head, footage):
    ctx = unit_context
    first = footage[0]
    assert ctx.vault.is_encrypted(first.sha256)
    _at(ctx, head, _expiry(first) + timedelta(days=1))
    listed = ctx.destruction.propose(responsible, [first.id], "Срок хранения истёк")
    with pytest.raises(PermissionDenied):
        ctx.destruction.approve(responsible, listed.id)  # the responsible person alone cannot destroy
    assert ctx.vault.exists(first.sha256) and ctx.destruction.lists(head)[0].state is ListState.PROPOSED

    [stone] = ctx.destruction.approve(head, listed.id, "Утверждаю")
    assert (stone.sha256, stone.size, stone.proposed_by_id, stone.approved_by_id) == (
        first.sha256, first.size, responsible.id, head.id)
    assert not ctx.vault.exists(first.sha256)
    with pytest.raises(VaultError):
        ctx.vault.open(first.sha256)
    assert all(ctx.vault.exists(r.sha256) for r in footage[1:])  # only what was on the list
    with closing(raw_connect(db_path(ctx))) as conn:
        assert conn.execute("SELECT count(*) FROM recording_thumbnails WHERE recording_id = ?",
                            (first.id,)).fetchone() == (0,)
        assert conn.execute("SELECT sha256 FROM recording_tombstones").fetchall() == [(first.sha256,)]
        with pytest.raises(RAW_ERRORS, match="append-only"):
            conn.execute("DELETE FROM recording_tombstones")
    events = ctx.audit.list(head, AuditFilter(kind=AuditKind.DESTRUCTION, recording_id=first.id))
    assert [e.details["action"] for e in events] == ["destroyed"] and events[0].user_id == head.id

    # the act of destruction, in both languages, frozen; signed and verified with openssl
    acts = ctx.destruction.acts(head, listed.id)
    assert sorted(a.lang for a in acts) == ["kk", "ru"]
    for act in acts:
        pdf = ctx.destruction.act_pdf(head, act.id)
        path = tmp_path / f"act-{act.lang}.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        assert first.sha256 in text and "ВР-001" in text
        assert ("ЖОЮ ТУРАЛЫ АКТ" if act.lang == "kk" else "АКТ ОБ УНИЧТОЖЕНИИ") in text
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts)
    pki = make_pki()
    cert, key = pki.another_user(days_valid=(-1, 365 * 5))  # valid at the PC clock three years on
    sig = ctx.destruction.sign_act_with_key_file(head, acts[0].id, pki.user_p12(PASSWORD, key=key, cert=cert),
                                                 PASSWORD)
    result = openssl_verify(tmp_path, ctx.destruction.act_pdf(head, acts[0].id), sig.cms, pki.root_pem)
    assert result.returncode == 0, result.stderr
    [(_, info)] = ctx.destruction.verify_act(head, acts[0].id, [pki.root_cert])
    assert info.common_name == sig.signer_name

    # the store still verifies: a destroyed recording is no missing file
    report = ctx.integrity.run(head)
    assert report.ok, report.problems


def test_a_day_younger_cannot_be_proposed(unit_context, responsible, head, footage):
    ctx = unit_context
    _at(ctx, head, _expiry(footage[0]) - timedelta(days=1))
    with pytest.raises(ValidationError, match="kept until") as refused:
        ctx.destruction.propose(responsible, [footage[0].id])
    assert refused.value.code == "destruction_unfit"
    assert ctx.destruction.lists(head) == []


def test_a_held_recording_cannot_be_proposed_and_only_the_head_releases_it(unit_context, responsible, head, footage):
    ctx = unit_context
    [hold_id] = ctx.retention.place_hold(responsible, [footage[1].id], "Материалы направлены в суд")
    _at(ctx, head, _expiry(footage[1]) + timedelta(days=10))
    with pytest.raises(ValidationError, match="legal hold"):
        ctx.destruction.propose(responsible, [footage[1].id])
    overview = ctx.retention.overview(responsible)
    assert [i.recording.id for i in overview.held] == [footage[1].id]
    assert {i.recording.id for i in overview.expired} == {footage[0].id, footage[2].id}
    with pytest.raises(PermissionDenied):
        ctx.retention.release_hold(responsible, hold_id, "Решение суда вступило в силу")
    ctx.retention.release_hold(head, hold_id, "Решение суда вступило в силу")
    assert ctx.destruction.propose(responsible, [footage[1].id]).recording_ids == (footage[1].id,)


def test_a_hold_placed_after_the_proposal_stops_the_approval(unit_context, responsible, head, footage):
    ctx = unit_context
    _at(ctx, head, _expiry(footage[2]) + timedelta(days=1))
    listed = ctx.destruction.propose(responsible, [footage[2].id])
    ctx.retention.place_hold(head, [footage[2].id], "Запрос уполномоченного органа")
    with pytest.raises(ValidationError, match="legal hold"):
        ctx.destruction.approve(head, listed.id)
    assert ctx.vault.exists(footage[2].sha256) and ctx.destruction.lists(head)[0].state is ListState.PROPOSED


def test_nobody_destroys_alone_not_even_the_head(unit_context, responsible, head, footage):
    ctx = unit_context
    _at(ctx, head, _expiry(footage[0]) + timedelta(days=1))
    listed = ctx.destruction.propose(head, [footage[0].id])
    with pytest.raises(PermissionDenied, match="two people"):
        ctx.destruction.approve(head, listed.id)
    assert ctx.vault.exists(footage[0].sha256)
    ctx.destruction.reject(head, listed.id, "Составит ответственное лицо")
    with pytest.raises(StateError):
        ctx.destruction.approve(head, listed.id)


def test_a_clock_set_forward_does_not_make_recordings_expire(unit_context, responsible, head, footage):
    ctx = unit_context
    ctx.clock.set(_expiry(footage[0]) + timedelta(days=1))  # nobody confirmed this jump
    with pytest.raises(ClockNotTrusted):
        ctx.destruction.propose(responsible, [footage[0].id])
    assert ctx.destruction.lists(head) == []


def test_retention_rules_are_the_heads_and_shortening_needs_a_second_confirmation(
        unit_context, responsible, head, footage):
    ctx = unit_context
    assert ctx.retention.rules(responsible)[RetentionKind.UNSCHEDULED_INSPECTION].months == 36
    with pytest.raises(PermissionDenied):
        ctx.retention.set_rule(responsible, RetentionKind.UNSCHEDULED_INSPECTION, 48, "Дольше")
    with pytest.raises(StateError, match="confirm") as refused:
        ctx.retention.set_rule(head, RetentionKind.UNSCHEDULED_INSPECTION, 12, "Короче")
    assert refused.value.params["recordings"] == 3
    assert ctx.retention.rules(head)[RetentionKind.UNSCHEDULED_INSPECTION].months == 36
    ctx.retention.set_rule(head, RetentionKind.UNSCHEDULED_INSPECTION, 12, "Короче", confirm_shortening=True)
    ctx.retention.set_rule(head, RetentionKind.PREVENTIVE_VISIT, 24, "Нет таких записей")  # nothing stored: no ask
    rules = ctx.retention.rules(head)
    assert (rules[RetentionKind.UNSCHEDULED_INSPECTION].months, rules[RetentionKind.PREVENTIVE_VISIT].months) == (12, 24)
    changes = ctx.audit.list(head, AuditFilter(kind=AuditKind.RETENTION))
    assert [e.details["stored_recordings_shortened"] for e in reversed(changes)] == [3, 0]  # newest first
    with pytest.raises(ValidationError):
        ctx.retention.set_rule(head, RetentionKind.OTHER, 0, "Ноль")


def test_files_left_by_a_crash_after_the_tombstones_are_destroyed_later(unit_context, responsible, head, footage,
                                                                       monkeypatch):
    ctx = unit_context
    _at(ctx, head, _expiry(footage[0]) + timedelta(days=1))
    listed = ctx.destruction.propose(responsible, [footage[0].id])
    real = type(ctx.vault).destroy
    monkeypatch.setattr(type(ctx.vault), "destroy", lambda self, sha: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        ctx.destruction.approve(head, listed.id)
    assert ctx.vault.exists(footage[0].sha256)  # the tombstone is written, the file not yet destroyed
    monkeypatch.setattr(type(ctx.vault), "destroy", real)
    report = ctx.integrity.run(head)  # the verification finishes the destruction
    assert report.ok, report.problems
    assert not ctx.vault.exists(footage[0].sha256)


def test_tens_of_thousands_of_expired_recordings_are_listed_and_counted(unit_context, responsible, head, footage):
    """More expired recordings than SQLite takes bound values in one statement: 32,766 in the SQLite that Python
    ships on Windows (Debian's allows more, so the test sets Windows' limit on its connections)."""
    from sqlalchemy import event

    ctx = unit_context
    ctx.engine.dispose()
    if ctx.engine.dialect.name == "sqlite":  # PostgreSQL's own limit is 65,535 a statement
        event.listen(ctx.engine, "connect",
                     lambda conn, _record: conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766))
    first = footage[0]
    rows = [(f"{n:064x}", 1000, first.recorder_id, first.inventory_number, first.entry_id, first.user_id,
             f"OLD/{n}.MP4", "video", "2020-01-01 05:00:00.000000", "2020-01-01 05:05:00.000000", "filename", "",
             300.0, True, "2020-01-02 05:00:00.000000", first.ingest_run_id) for n in range(1, 40_001)]
    with closing(raw_connect(db_path(ctx))) as conn:
        conn.executemany("INSERT INTO recordings (sha256, size, recorder_id, inventory_number, entry_id, user_id, "
                         "source_name, kind, start_utc, end_utc, start_source, original_time_text, "
                         "duration_seconds, readable, ingested_at, ingest_run_id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.commit()
    _at(ctx, head, _expiry(first) - timedelta(days=1))  # the three stored by the ingest are not expired yet
    overview = ctx.retention.overview(responsible)
    assert len(overview.expired) == 40_000
    with pytest.raises(StateError) as refused:
        ctx.retention.set_rule(head, RetentionKind.UNSCHEDULED_INSPECTION, 12, "Короче")
    assert refused.value.params["recordings"] == 40_003
