"""The audit trail: what is appended, the chain over many events and many writers, reading it (п.13)."""

from __future__ import annotations

import threading
import time
from contextlib import closing

import pytest

from inspector_app.domain.audit import GENESIS_HASH, AuditFilter, AuditKind, AuditRecord, bytes_of, sha256_hex
from inspector_app.errors import AuthenticationError, PermissionDenied
from inspector_app.services.journal import IssueRequest
from tests.conftest import sign_as
from tests.integration.conftest import db_path
from tests.db_backend import raw_connect


def kinds(ctx, actor, **flt) -> list[str]:
    return [e.kind.value for e in ctx.audit.list(actor, AuditFilter(newest_first=False, **flt), 0, 10_000)]


def test_a_new_installation_records_its_key(context):
    event = context.audit.head()
    assert event.seq == 1 and event.kind is AuditKind.KEY_CREATED and event.prev_hash == GENESIS_HASH
    assert event.details["fingerprint"] == context.signer.key.fingerprint


def test_sign_ins_failures_and_lockout_are_recorded(unit_context, head):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            unit_context.accounts.authenticate("aliya", "wrong")
    with pytest.raises(AuthenticationError):
        unit_context.accounts.authenticate("nobody", "wrong")
    recorded = kinds(unit_context, head)
    assert recorded.count("login_failed") == 5 and recorded.count("lockout") == 1
    assert "login" in recorded
    [unknown] = [e for e in unit_context.audit.list(head, AuditFilter(kind=AuditKind.LOGIN_FAILED))
                 if e.user_id is None]
    assert unknown.details["login"] == "nobody" and "wrong" not in str(unknown.details)  # never the password


def test_journal_operations_settings_and_refusals_are_recorded(unit_context, head, responsible, inspector, clock):
    recorder = unit_context.recorders.add(responsible, "ВР-001", "SN-1", "M", "generic")
    row = unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                                     sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    clock.advance(hours=1)
    unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                         sign_as(unit_context, "resp"))
    unit_context.unit_settings.set(responsible, "overdue_hours", "10")
    with pytest.raises(PermissionDenied):
        unit_context.unit_settings.set(inspector, "overdue_hours", "1")
    with pytest.raises(PermissionDenied):
        unit_context.audit.list(inspector)
    recorded = kinds(unit_context, head)
    for kind in ("recorder_changed", "issue", "return", "settings_changed", "access_denied"):
        assert kind in recorded, kind
    [issue] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.ISSUE))
    assert issue.subject == f"entry:{row.entry.id}" and issue.details["inventory_number"] == "ВР-001"
    assert issue.user_id == responsible.id
    [change] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.SETTINGS_CHANGED))
    assert (change.details["key"], change.details["to"]) == ("overdue_hours", "10")
    denied = unit_context.audit.list(head, AuditFilter(kind=AuditKind.ACCESS_DENIED, user_id=inspector.id))
    assert {e.details["permission"] for e in denied} == {"change_settings", "view_audit"}


def test_filters_by_user_kind_time_and_text(unit_context, head, responsible, clock):
    start = clock.now()
    unit_context.recorders.add(responsible, "ВР-001", "SN-1", "M", "generic")
    clock.advance(hours=2)
    unit_context.recorders.add(responsible, "ВР-002", "SN-2", "M", "generic")
    by_resp = unit_context.audit.list(head, AuditFilter(user_id=responsible.id, kind=AuditKind.RECORDER_CHANGED))
    assert [e.details["inventory_number"] for e in by_resp] == ["ВР-002", "ВР-001"]  # newest first
    later = unit_context.audit.list(head, AuditFilter(kind=AuditKind.RECORDER_CHANGED,
                                                      date_from=start + (clock.now() - start) / 2))
    assert [e.details["inventory_number"] for e in later] == ["ВР-002"]
    assert unit_context.audit.count(head, AuditFilter(text="SN-1")) == 1


def test_the_chain_of_ten_thousand_events_verifies(unit_context, head):
    records = [AuditRecord(AuditKind.VIEW, head.id, head.full_name, f"recording:{i}", i, {"n": i})
               for i in range(10_000)]
    started = time.perf_counter()
    for start in range(0, len(records), 500):
        unit_context.audit.append(records[start:start + 500])
    appended = time.perf_counter() - started
    started = time.perf_counter()
    walk = unit_context.audit.walk()
    walked = time.perf_counter() - started
    assert walk.ok, walk.problems[:5]
    assert walk.events >= 10_000 and walk.last_seq == walk.events
    print(f"10,000 events appended in {appended:.2f} s, chain walked in {walked:.2f} s")
    # and one changed event among them is found by number
    with closing(raw_connect(db_path(unit_context))) as conn:
        conn.execute("DROP TRIGGER audit_events_no_update")
        conn.execute("UPDATE audit_events SET subject = 'recording:9999999' WHERE seq = 7000")
        conn.commit()
    walk = unit_context.audit.walk()
    assert walk.problems == ["audit event 7000 (view) was changed: its content no longer matches its hash"]


def test_events_hash_and_link_as_documented(unit_context, head):
    events = unit_context.audit.list(head, AuditFilter(newest_first=False), 0, 50)
    for before, event in zip(events, events[1:]):
        assert event.prev_hash == before.hash and event.seq == before.seq + 1
        assert sha256_hex(bytes_of(event)) == event.hash
        assert unit_context.signer.verify(event.key_id, bytes_of(event), event.signature)


def test_many_writers_at_once_leave_one_gapless_chain(unit_context, head, tmp_path):
    """Four threads and a second context (another process would be the same) appending together."""
    from inspector_app.bootstrap import build_context

    other = build_context(unit_context.data_dir, clock=unit_context.clock)
    errors = []

    def write(ctx, tag):
        try:
            for i in range(50):
                ctx.audit.record(AuditKind.VIEW, head, subject=f"{tag}:{i}")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(ctx, f"t{n}"))
               for n, ctx in enumerate([unit_context, unit_context, other, other])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert not errors
    walk = unit_context.audit.walk()
    assert walk.ok, walk.problems[:5]
    assert unit_context.audit.count(head, AuditFilter(kind=AuditKind.VIEW)) == 200


def test_the_key_stays_locked_without_this_pcs_secret(unit_context, head):
    """A copy of the database taken to another PC cannot sign: the secret stays behind."""
    from inspector_app.bootstrap import build_context

    secret = unit_context.data_dir / "keys" / "installation.secret"
    assert secret.stat().st_mode & 0o077 == 0
    secret.rename(secret.with_suffix(".moved"))
    other = build_context(unit_context.data_dir, clock=unit_context.clock)
    try:
        assert other.signer.key_id != unit_context.signer.key_id  # a new key, recorded; the old one still verifies
        assert other.audit.walk().ok
        assert other.audit.head().kind is AuditKind.KEY_CREATED
    finally:
        other.close()
