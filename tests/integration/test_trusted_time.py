"""Trusted time for seals and the audit chain against a local time-stamp authority on 127.0.0.1 (п.13).

The authority signs with the real time, so these tests run the app's clock at the real time too; the
one that does not is the test of a PC clock far from the authority's.
"""

from __future__ import annotations

import subprocess
from contextlib import closing
from datetime import datetime, timedelta, timezone

import pytest

from inspector_app.clock import FixedClock
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.services.sealing import CHAIN_SUBJECT, SEAL_SUBJECT
from inspector_app.timestamping import TsaClient
from tests.integration.conftest import db_path
from tests.integration.fake_recorder import back_to_back, make_recorder
from tests.integration.test_ingest_cli import _run
from tests.integration.test_ingest_engine import LOCAL, issued  # noqa: F401 - fixture
from tests.integration.test_integrity import stored  # noqa: F401 - fixture
from tests.tsa_fixture import tsa  # noqa: F401 - fixture
from tests.tsa_server import LocalTsa
from tests.db_backend import raw_connect


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=3))


@pytest.fixture
def with_tsa(unit_context, head, tsa):  # noqa: F811
    unit_context.unit_settings.set(head, "tsa_url", tsa.url)
    unit_context.unit_settings.set(head, "tsa_certificate", tsa.root_pem.decode())
    return tsa


@pytest.fixture
def now_clock(clock):
    """Bring the test clock to the real time, as the authority sees it."""
    clock.set(datetime.now(timezone.utc))
    return clock


def _tokens(ctx) -> list[tuple]:
    with closing(raw_connect(db_path(ctx))) as conn:
        return conn.execute("SELECT id, subject_kind, subject_id, token IS NOT NULL FROM timestamp_tokens "
                            "ORDER BY id").fetchall()


def _day_heads(ctx, now: datetime | None = None) -> int:
    """Tokens the chain's finished UTC days take besides the seals': the tests run on a clock some hours
    behind the real time, so in the first hours of a UTC day their events begin yesterday."""
    midnight = (now or ctx.clock.now()).astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    with ctx.uow_factory() as uow:
        return len(uow.audit.day_heads(midnight))


def test_each_seal_is_time_stamped_and_the_tokens_verify(with_tsa, stored, unit_context, head, now_clock,  # noqa: F811
                                                         tmp_path):
    assert [(kind, granted) for _, kind, _, granted in _tokens(unit_context)] == [(SEAL_SUBJECT, False)] * 3
    days = _day_heads(unit_context)
    outcome = unit_context.trusted_time.fetch_pending()
    assert (outcome.granted, outcome.failed, outcome.pending, outcome.unavailable) == (3 + days, 0, 0, False)
    assert with_tsa.requests == 3 + days
    report = unit_context.integrity.run(head)
    assert report.ok, [str(p) for p in report.problems]
    assert report.checked["tokens"] == 3 + days and report.pending_tokens == 0
    assert unit_context.clock_guard.check().trusted
    # a seal's token checks with openssl against the seal's signed bytes
    with unit_context.uow_factory() as uow:
        seal = uow.integrity.seal_of(stored[0].id)
        token = uow.integrity.token_for(SEAL_SUBJECT, seal.id)
    (tmp_path / "seal.json").write_bytes(seal.content_bytes)
    (tmp_path / "token.der").write_bytes(token.token)
    (tmp_path / "root.pem").write_bytes(with_tsa.root_pem)
    checked = subprocess.run(["openssl", "ts", "-verify", "-data", "seal.json", "-in", "token.der", "-token_in",
                              "-CAfile", "root.pem"], cwd=tmp_path, capture_output=True, text=True)
    assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stderr


def test_with_no_network_tokens_stay_pending_and_are_fetched_later(with_tsa, stored, unit_context, head,  # noqa: F811
                                                                   now_clock):
    with_tsa.mode = "unavailable"
    days = _day_heads(unit_context)
    outcome = unit_context.trusted_time.fetch_pending()
    assert outcome.unavailable and outcome.granted == 0 and outcome.pending == 3 + days
    report = unit_context.integrity.run(head)
    assert report.ok and report.pending_tokens == 3 + days  # pending is said, not a failure
    with_tsa.stop()  # the authority is gone altogether: the app works on
    assert unit_context.trusted_time.fetch_pending().unavailable
    with LocalTsa() as back:  # same authority (same label: same root), at a new address
        unit_context.unit_settings.set(head, "tsa_url", back.url)
        assert unit_context.trusted_time.fetch_pending().granted == 3 + days
    assert unit_context.integrity.run(head).ok


def test_a_forged_or_moved_token_is_refused(with_tsa, stored, unit_context, head, now_clock):  # noqa: F811
    unit_context.trusted_time.fetch_pending()
    with LocalTsa("Forger") as forger:  # a token for the very same seal, from an authority not trusted
        with unit_context.uow_factory() as uow:
            seal = uow.integrity.seal_of(stored[0].id)
        forged = TsaClient(forger.url).stamp(seal.digest)
    with closing(raw_connect(db_path(unit_context))) as conn:
        conn.execute("DROP TRIGGER timestamp_tokens_no_update")
        conn.execute("UPDATE timestamp_tokens SET token = ? WHERE subject_kind = 'seal' AND subject_id = ?",
                     (forged.token_der, seal.id))
        # and the token of the second seal put on the third
        second, third = [conn.execute("SELECT id, token FROM timestamp_tokens WHERE subject_id = ?",
                                      (s,)).fetchone() for s in (seal.id + 1, seal.id + 2)]
        conn.execute("UPDATE timestamp_tokens SET token = ? WHERE id = ?", (second[1], third[0]))
        conn.commit()
    report = unit_context.integrity.run(head)
    problems = [str(p) for p in report.problems if p.kind == "tokens"]
    assert len(problems) == 2, problems
    assert any(f"time-stamp of seal {seal.id}:" in p and "does not verify" in p for p in problems)
    assert any(f"time-stamp of seal {seal.id + 2}:" in p and "digest does not match" in p for p in problems)


def test_a_changed_seal_no_longer_matches_its_token(with_tsa, stored, unit_context, head, now_clock):  # noqa: F811
    unit_context.trusted_time.fetch_pending()
    with closing(raw_connect(db_path(unit_context))) as conn:
        conn.execute("DROP TRIGGER recording_seals_no_update")
        conn.execute("UPDATE recording_seals SET content = replace(content, '\"size\":', '\"size\":9') "
                     f"WHERE recording_id = {stored[0].id}")
        conn.commit()
    report = unit_context.integrity.run(head)
    assert any(p.kind == "tokens" and "stamps other data" in p.text for p in report.problems)
    assert any(p.kind == "seals" and "not signed" in p.text for p in report.problems)


def test_each_finished_days_chain_head_is_time_stamped(with_tsa, unit_context, head, responsible, clock):
    unit_context.recorders.add(responsible, "ВР-001", "SN-1", "M", "generic")  # events 3 h ago, maybe yesterday
    clock.set(datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(hours=1))
    unit_context.recorders.add(responsible, "ВР-002", "SN-2", "M", "generic")  # yesterday, for sure
    yesterday_head = unit_context.audit.head()
    clock.set(datetime.now(timezone.utc))
    unit_context.recorders.add(responsible, "ВР-003", "SN-3", "M", "generic")  # today
    outcome = unit_context.trusted_time.fetch_pending()
    assert outcome.granted >= 1 and outcome.pending == 0
    chained = [subject for _, kind, subject, granted in _tokens(unit_context) if kind == CHAIN_SUBJECT and granted]
    assert yesterday_head.seq in chained and unit_context.audit.head().seq not in chained
    assert unit_context.trusted_time.queue_day_heads() == 0  # once per day
    report = unit_context.integrity.run(head)
    assert report.ok and report.checked["tokens"] == len(chained)


def test_a_pc_clock_far_from_the_authority_is_an_anomaly(with_tsa, stored, unit_context, head, clock):  # noqa: F811
    assert datetime.now(timezone.utc) - clock.now() > timedelta(minutes=20)  # the PC clock is half an hour behind
    assert unit_context.trusted_time.fetch_pending().granted == 3 + _day_heads(unit_context)
    state = unit_context.clock_guard.check()
    assert not state.trusted and state.reason == "trusted_time"
    [anomaly] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.CLOCK_ANOMALY))
    assert anomaly.details["difference_seconds"] < -20 * 60


def test_the_ingest_command_fetches_the_new_seals_tokens(with_tsa, unit_context, issued, head, tmp_path):  # noqa: F811
    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back((entry.at + LOCAL).replace(tzinfo=None)
                                                         + timedelta(minutes=5), 2, 1.0))
    done = _run(unit_context, "ingest", "--from", str(root), "--json")
    assert done.returncode == 0, done.stderr
    tokens = _tokens(unit_context)
    assert [(kind, granted) for _, kind, _, granted in tokens if kind == SEAL_SUBJECT] == [(SEAL_SUBJECT, True)] * 2
    chained = [granted for _, kind, _, granted in tokens if kind == CHAIN_SUBJECT]
    assert all(chained) and with_tsa.requests == 2 + len(chained)  # a day the chain began before today's, if any
