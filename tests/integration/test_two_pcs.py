"""Several PCs writing the journal at the same moment (order No. 444, п.6, п.11): one wins a recorder, the
other is told why; entry numbers stay gapless and the audit trail one chain. Real processes on one database:
the same SQLite file, or the same PostgreSQL database when the suite runs on PostgreSQL."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.integration.conftest import query
from tests.integration.two_pcs import another_pc, cycles, issue_on_cue, run_together

pytestmark = pytest.mark.slow


@pytest.fixture
def recorders(unit_context, responsible):
    return [unit_context.recorders.add(responsible, f"ВР-{n:03d}", f"SN-{n}", "DS-MCW406", "hikvision-dswa")
            for n in range(1, 5)]


@pytest.fixture
def second_inspector(unit_context, head):
    from tests.conftest import PASSWORDS

    unit_context.users.add(head, "dana", "Серікова Дана Маратқызы", "Мемлекеттік инспектор", "inspector",
                           PASSWORDS["dana"])
    return "dana"


def test_two_pcs_issuing_the_same_recorder_at_once_one_wins_and_the_other_is_told(
        unit_context, responsible, recorders, second_inspector, tmp_path, db):
    pcs = [another_pc(unit_context, tmp_path / f"pc{n}") for n in (2, 3)]
    for round_no, recorder in enumerate(recorders[:3], start=1):
        reports = run_together(issue_on_cue, [(str(pcs[0]), recorder.id, "aliya"),
                                              (str(pcs[1]), recorder.id, second_inspector)])
        outcomes = Counter(report[0] for report in reports)
        assert outcomes == {"issued": 1, "refused": 1}, reports
        refusal = next(report for report in reports if report[0] == "refused")
        assert refusal[1] == "not_in_store" and recorder.inventory_number in refusal[2], refusal
        assert next(report[1] for report in reports if report[0] == "issued") == round_no
    # one open entry per recorder, numbers 1..3, and nothing half-written by the losers
    assert query(db, "SELECT number FROM journal_entries ORDER BY number") == [(1,), (2,), (3,)]
    assert query(db, "SELECT COUNT(*) FROM signatures")[0][0] == 3 * 2
    assert [unit_context.recorders.get(responsible, r.id).status.value
            for r in recorders] == ["issued", "issued", "issued", "in_store"]


def test_concurrent_issues_and_returns_keep_numbers_gapless_and_one_audit_chain(
        unit_context, recorders, second_inspector, tmp_path, db):
    pcs = [another_pc(unit_context, tmp_path / f"pc{n}") for n in (2, 3)]
    rounds = 4
    reports = run_together(cycles, [(str(pcs[0]), [recorders[0].id, recorders[1].id], "aliya", rounds),
                                    (str(pcs[1]), [recorders[2].id, recorders[3].id], second_inspector, rounds)],
                           timeout=300)
    assert all(report[0] == "done" for report in reports), reports
    given = sorted(number for report in reports for number in report[1])
    total = 2 * 2 * rounds
    assert given == list(range(1, total + 1))  # none lost, none twice
    assert query(db, "SELECT COUNT(*), COUNT(DISTINCT number), MIN(number), MAX(number) FROM journal_entries") \
        == [(total, total, 1, total)]
    assert query(db, "SELECT COUNT(*) FROM journal_returns")[0][0] == total
    seqs = [row[0] for row in query(db, "SELECT seq FROM audit_events ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    walk = unit_context.audit.walk()
    assert walk.problems == [] and walk.events == len(seqs)
    # three installation keys sign the one chain: this PC's and the two others'
    assert query(db, "SELECT COUNT(DISTINCT key_id) FROM audit_events")[0][0] == 3


def test_two_stations_storing_the_same_bytes_into_a_shared_encrypted_vault_leave_one_readable_object(
        unit_context, head, responsible, tmp_path, monkeypatch):
    """Both PCs encrypt with a file key of their own; only one may publish, or the object and its key could
    come from different PCs and the footage be lost."""
    import threading
    import time

    from inspector_app.bootstrap import build_context
    from storage import vault as vault_module
    from tests.integration.test_encrypted_vault import HEAD_STORAGE

    unit_context.keyring.create(head, HEAD_STORAGE)
    shared = unit_context.vault.root  # the unit's share, as each station mounts it (another_pc)
    stations = [build_context(another_pc(unit_context, tmp_path / f"station{n}"), clock=unit_context.clock)
                for n in (2, 3)]
    slow_key_write = vault_module.write_key_file

    def write_key_file_slowly(path, key):  # widen the window between "not there yet" and "in place"
        time.sleep(0.3)
        slow_key_write(path, key)

    monkeypatch.setattr(vault_module, "write_key_file", write_key_file_slowly)
    footage = (tmp_path / "same.mp4")
    footage.write_bytes(bytes(range(256)) * 4096)
    barrier, results = threading.Barrier(2), []

    def store(station):
        barrier.wait()
        results.append(station.vault.put(footage))

    threads = [threading.Thread(target=store, args=(station,)) for station in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert sorted(blob.already_present for blob in results) == [False, True]
        assert len(list((shared / "objects").rglob(results[0].sha256))) == 1
        unit_context.keyring.unlock(head, HEAD_STORAGE)
        unit_context.vault._fresh.clear()  # read it as any PC would: through the vault key, not a cache
        with unit_context.vault.open(results[0].sha256) as stream:
            assert stream.read() == footage.read_bytes()
    finally:
        for station in stations:
            station.close()


def test_a_pc_whose_vault_folder_is_not_the_units_share_is_refused(unit_context, stored_one, tmp_path):
    """An unmounted share (an empty folder), or another unit's vault: the PC would store footage nobody else
    sees, so it does not open; the right folder opens."""
    from inspector_app.bootstrap import build_context
    from inspector_app.errors import StateError
    from inspector_app.paths import config_file
    from inspector_app.settings import LocalConfig
    from storage.vault import IDENTITY_FILE

    folder = another_pc(unit_context, tmp_path / "pc2")
    config = LocalConfig(config_file(folder))
    config.set("vault_path", str(tmp_path / "share-not-mounted"))
    with pytest.raises(StateError) as refused:
        build_context(folder, clock=unit_context.clock)
    assert refused.value.code == "vault_not_mounted"
    foreign = tmp_path / "other-unit-vault"
    (foreign / "objects").mkdir(parents=True)
    (foreign / IDENTITY_FILE).write_text("0123456789abcdef0123456789abcdef\n")
    config.set("vault_path", str(foreign))
    with pytest.raises(StateError) as refused:
        build_context(folder, clock=unit_context.clock)
    assert refused.value.code == "vault_foreign" and "another unit" in str(refused.value)
    config.set("vault_path", str(unit_context.vault.root))
    build_context(folder, clock=unit_context.clock).close()


@pytest.fixture
def stored_one(unit_context, tmp_path):
    footage = tmp_path / "a.bin"
    footage.write_bytes(b"footage" * 1000)
    return unit_context.vault.put(footage)


def test_a_clash_found_by_the_database_before_the_commit_is_a_conflict_and_writes_nothing(
        unit_context, responsible, inspector, recorders, monkeypatch, db):
    """Should two writers ever get past the lock (another program on the database), the unique numbers stop
    the second: the service reports a conflict, not a driver error, and nothing of it is kept."""
    from inspector_app.errors import ConflictError
    from inspector_app.services.journal import IssueRequest
    from storage.journal_repository import SqlJournalRepository
    from tests.conftest import sign_as

    def issue(recorder):
        return unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 0),
                                          sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))

    issue(recorders[0])
    monkeypatch.setattr(SqlJournalRepository, "next_number", lambda self, volume_id: 1)  # a stale number
    with pytest.raises(ConflictError) as clash:
        issue(recorders[1])
    assert clash.value.code == "integrity"
    assert query(db, "SELECT COUNT(*) FROM journal_entries")[0][0] == 1
    assert query(db, "SELECT COUNT(*) FROM signatures")[0][0] == 2


def test_two_stations_ingesting_the_same_card_at_once_store_each_recording_once(
        unit_context, responsible, inspector, recorders, clock, tmp_path, db):
    """The same card read at two docking stations at the same moment (two copies of one volume): every
    recording is stored and sealed once, neither station reports a failure, and the vault holds one object
    per recording."""
    import shutil
    from datetime import timedelta

    from inspector_app.services.journal import IssueRequest
    from tests.conftest import sign_as
    from tests.integration.fake_recorder import back_to_back, make_recorder
    from tests.integration.test_ingest_engine import LOCAL
    from tests.integration.fake_recorder import SERIAL
    from tests.integration.two_pcs import ingest_on_cue

    recorder = unit_context.recorders.add(responsible, "ВР-050", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                                     sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    start = (row.entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    card = make_recorder(tmp_path / "card", back_to_back(start, 3, 1.0))
    copies = [shutil.copytree(card, tmp_path / f"dock{n}" / "card") for n in (1, 2)]
    pcs = [another_pc(unit_context, tmp_path / f"station{n}") for n in (1, 2)]
    reports = run_together(ingest_on_cue, [(str(pcs[0]), str(copies[0])), (str(pcs[1]), str(copies[1]))],
                           timeout=300)
    assert all(report[0] == "done" and report[1] == "done" for report in reports), reports
    assert sum(report[2] for report in reports) == 3  # between them, each file stored once
    assert query(db, "SELECT COUNT(*), COUNT(DISTINCT sha256) FROM recordings") == [(3, 3)]
    assert query(db, "SELECT COUNT(*) FROM recording_seals")[0][0] == 3
    objects = [p for p in (unit_context.vault.objects_dir).rglob("*") if p.is_file()]
    assert len(objects) == 3
