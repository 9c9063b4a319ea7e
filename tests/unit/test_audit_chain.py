"""The walk over the hash chain, without a database: breaks named, sampled signatures sound."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from inspector_app import signing
from inspector_app.domain.audit import GENESIS_HASH, AuditEvent, AuditKind, ChainWalk, event_bytes, sha256_hex

KEY = Ed25519PrivateKey.generate()
PUBLIC = signing.public_b64(KEY.public_key())
START = datetime(2026, 11, 23, 5, 0, tzinfo=timezone.utc)


def verify(key_id: int, data: bytes, signature: str) -> bool:
    return key_id == 1 and signing.verify(PUBLIC, data, signature)


def make_event(seq: int, prev: str, subject: str, key=KEY) -> AuditEvent:
    at = START + timedelta(seconds=seq)
    data = event_bytes(seq, at, AuditKind.VIEW, 1, "Әлия", subject, None, {"n": seq}, prev, 1)
    return AuditEvent(seq, at, AuditKind.VIEW, 1, "Әлия", subject, None, {"n": seq}, prev, sha256_hex(data), 1,
                      signing.sign(key, data))


def chain(count: int) -> list[AuditEvent]:
    events, prev = [], GENESIS_HASH
    for seq in range(1, count + 1):
        events.append(make_event(seq, prev, f"recording:{seq}"))
        prev = events[-1].hash
    return events


def walk(events, sample_every=1) -> ChainWalk:
    state = ChainWalk(verify, sample_every)
    state.feed(events)
    return state.finish()


def test_a_whole_chain_walks_clean_with_every_or_sampled_signatures():
    events = chain(300)
    assert walk(events).ok and walk(events, 64).ok and walk(events, 64).events == 300


def test_a_rewritten_tail_with_fresh_hashes_is_caught_by_a_sampled_signature():
    """Someone rewrites event 100 and rebuilds every hash after it: only the signatures can tell."""
    events = chain(300)
    forger = Ed25519PrivateKey.generate()
    prev = events[98].hash
    for index in range(99, 300):
        subject = "recording:999" if index == 99 else events[index].subject
        events[index] = make_event(index + 1, prev, subject, key=forger)
        prev = events[index].hash
    sampled = walk(events, 64)
    assert sampled.signature_failed and not sampled.ok
    full = walk(events)
    assert len(full.problems) == 201 and full.problems[0] == "audit event 100 (view) is not signed by the installation key"


def test_a_forged_last_event_is_caught_even_between_samples():
    events = chain(130)
    events[-1] = make_event(130, events[-2].hash, "recording:forged", key=Ed25519PrivateKey.generate())
    assert walk(events, 64).signature_failed


def test_deleted_reordered_and_changed_events_are_named():
    events = chain(10)
    deleted = walk(events[:3] + events[4:])
    assert "audit event 4 is missing (deleted)" in deleted.problems
    swapped = walk(events[:5] + [events[6], events[5]] + events[7:])
    assert any("audit event 7 (view) does not follow" in p for p in swapped.problems)
    assert any("audit event 6 (view) is out of order" in p for p in swapped.problems)
    changed = list(events)
    changed[2] = dataclasses.replace(changed[2], subject="recording:0")
    assert walk(changed).problems == ["audit event 3 (view) was changed: its content no longer matches its hash"]
