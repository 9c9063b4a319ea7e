"""Other PCs of the unit, as separate processes on the same database: for the race tests.

Each PC has a data folder of its own (its own installation key and settings, as a second PC has), whose
settings name the test's database: the SQLite file of the first PC, or the PostgreSQL database. The work
of a PC runs in a process started with `spawn`, so nothing is shared with the test but the database.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from inspector_app.paths import config_file, database_file
from inspector_app.settings import LocalConfig
from storage.database import sqlite_url

SPAWN = multiprocessing.get_context("spawn")


def another_pc(ctx, folder: Path) -> Path:
    """A data folder for one more PC of `ctx`'s unit: same database, same (shared) vault, its own key."""
    folder.mkdir(parents=True)
    url = ctx.config.get("database_url") or sqlite_url(database_file(ctx.data_dir))
    config = LocalConfig(config_file(folder))
    config.set("database_url", url)
    config.set("vault_path", str(ctx.vault.root))
    return folder


def _open(data_dir: str):
    from inspector_app import passwords, vault_keys
    from inspector_app.bootstrap import build_context

    passwords.LOG2_N = vault_keys.SCRYPT_LOG2_N = 10  # as tests/integration/conftest.py (stored forms name it)
    return build_context(Path(data_dir))


def issue_on_cue(data_dir: str, recorder_id: int, inspector_login: str, barrier, out) -> None:
    """Sign in as the responsible person, ready an issue of `recorder_id`, and issue it when all PCs are
    ready: ("issued", number) or ("refused", code, message) goes to `out`."""
    from inspector_app.errors import AppError
    from inspector_app.services.journal import IssueRequest
    from tests.conftest import PASSWORDS, sign_as

    ctx = _open(data_dir)
    try:
        responsible = ctx.accounts.authenticate("resp", PASSWORDS["resp"])
        with ctx.uow_factory() as uow:
            inspector = uow.users.by_login(inspector_login)
        request = IssueRequest(recorder_id, inspector.id, "inspection", 95, 0)
        recipient, issuer = sign_as(ctx, inspector_login), sign_as(ctx, "resp")
        barrier.wait(timeout=60)
        try:
            row = ctx.journal.issue(responsible, request, recipient, issuer)
            out.put(("issued", row.entry.number))
        except AppError as error:
            out.put(("refused", error.code, str(error)))
    finally:
        ctx.close()


def cycles(data_dir: str, recorder_ids: list[int], inspector_login: str, rounds: int, barrier, out) -> None:
    """Issue and return each of `recorder_ids`, `rounds` times, starting with the other PCs: the entry
    numbers this PC was given go to `out`."""
    from inspector_app.services.journal import IssueRequest
    from tests.conftest import PASSWORDS, sign_as

    ctx = _open(data_dir)
    numbers = []
    try:
        responsible = ctx.accounts.authenticate("resp", PASSWORDS["resp"])
        with ctx.uow_factory() as uow:
            inspector = uow.users.by_login(inspector_login)
        barrier.wait(timeout=60)
        for _ in range(rounds):
            for recorder_id in recorder_ids:
                row = ctx.journal.issue(responsible, IssueRequest(recorder_id, inspector.id, "inspection", 95, 0),
                                        sign_as(ctx, inspector_login), sign_as(ctx, "resp"))
                numbers.append(row.entry.number)
                ctx.journal.return_recorder(responsible, row.entry.id, "", sign_as(ctx, inspector_login),
                                            sign_as(ctx, "resp"))
        out.put(("done", numbers))
    except Exception as error:  # the test reads it; a child's traceback alone would be lost
        out.put(("failed", f"{type(error).__name__}: {error}"))
    finally:
        ctx.close()


def run_together(target, argument_lists: list[tuple], timeout: float = 120) -> list:
    """Start one process per argument list on `target`, all released together; their reports."""
    barrier, out = SPAWN.Barrier(len(argument_lists)), SPAWN.Queue()
    processes = [SPAWN.Process(target=target, args=(*args, barrier, out)) for args in argument_lists]
    for process in processes:
        process.start()
    reports = [out.get(timeout=timeout) for _ in processes]
    for process in processes:
        process.join(timeout=timeout)
        assert process.exitcode == 0, f"a PC's process ended with {process.exitcode}"
    return reports


def ingest_on_cue(data_dir: str, volume_root: str, barrier, out) -> None:
    """Ingest the recorder volume at `volume_root` when all stations are ready: its summary goes to `out`."""
    from devices.ingest_engine import IngestEngine
    from devices.profiles import all_profiles
    from devices.volumes import scan_roots

    ctx = _open(data_dir)
    try:
        [volume] = scan_roots([(Path(volume_root), "HIKVISION")], all_profiles())
        barrier.wait(timeout=60)
        summary = IngestEngine(ctx).ingest(volume)
        out.put(("done", summary.status, summary.files_stored, summary.files_seen, summary.log))
    except Exception as error:
        out.put(("failed", f"{type(error).__name__}: {error}"))
    finally:
        ctx.close()
