"""Issue and return from two PCs at once: journal throughput on PostgreSQL and SQLite, and no lost or duplicate number.

For each database (PostgreSQL, then SQLite) a unit is set up once through the services: head `head`,
responsible person `resp`, six inspectors, a few recorders for each PC and a small shared pool. Passwords are
hashed with scrypt at n = 2**10, as the tests' `fast_password_hashing` does, instead of the production 2**15:
every issue and return checks four passwords and unlocks four signing keys, and the figure wanted is the
database's, not scrypt's. Then three runs, each in worker processes started with multiprocessing's "spawn",
every worker with a data folder of its own (its own machine secret and installation key, as a second PC has;
the `vault_path` setting names the unit's one footage vault, a shared folder) and the same database (SQLite:
one file; PostgreSQL: one database URL):

- baseline:  ONE process does all the cycles alone (PC 1's recorders), so the cost of contention shows;
- own:       two processes (PC 1 signed in as `resp`, PC 2 as `head`) each do half the cycles, each on
             recorders of its own: they contend only for the journal lock and the audit chain;
- shared:    the same two processes hammer one small pool of recorders (2 by default), picking at random, so
             a recorder the other PC holds is refused as "not in store"; a refusal is counted and the worker
             picks again. A refusal is told apart by where it came: in the service's cheap check before the
             passwords, or under the journal lock after them (the other PC issued it in between: the race
             handled by `uow_factory.serial`).

A cycle is `JournalService.issue` (recipient and issuer sign) then `return_recorder` (returner and receiver
sign) of the same entry, both through the app's services as the UI calls them. The workers start together on a
barrier; each times every call. Figures per run: cycles per second overall (all cycles over the time from the
first start to the last finish, on the system-wide monotonic clock) and per process, median and p95 latency of
an issue, a return and a refusal, the numbers of refusals.

Afterwards, from the database directly (plain sqlite3 or psycopg, no app code): the volume's entry numbers are
exactly 1..N (no gap, no duplicate), every issue has exactly one return, every recorder is back in store, one
ISSUE and one RETURN audit event per cycle, the audit trail's `seq` is 1..M; then the audit chain is walked with
every hash and every signature checked (`ChainWalk`, each PC's installation key), and every journal signature
verified (`JournalVerifier.verify_all`). The numbers each worker got back from `issue` are checked too: per
run, together they are one run of consecutive numbers, none twice, each stored. Any other failure of a call (a
lock wait given up, a clash with the unique number) is counted by its message and fails the check.

PostgreSQL is a throw-away server started with `scripts/test_postgres.sh` on a port of its own
(INSPECTOR_PG_PORT=55499, INSPECTOR_PG_DIR=/tmp/bench-pg; fsync and synchronous_commit off, as for the tests)
and stopped at the end, unless `--pg-url` names an administrator's URL of a running server, on which a database
of the bench's own is created and dropped at the end. SQLite is the app's own setting: WAL, synchronous=NORMAL,
in a temporary folder. On two cores the figures mean something only on an otherwise idle machine: before each
run the bench waits (up to `--idle-wait` seconds) until the machine is busy under 0.15 of a core, and prints the
load it saw then and the cores busy during the run beside the workers' own CPU time. Prints ONE JSON line
(progress on stderr).

    .venv/bin/python bench/journal_concurrency.py [--cycles 1000] [--shared-pool 2] [--db postgresql,sqlite]
                                                  [--pg-url URL] [--idle-wait 120] [--dir PATH] [--keep]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import queue
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # also in the spawned workers, which import this module

from inspector_app import demo  # noqa: E402 - after the path

FAST_LOG2_N = 10  # as tests/integration/conftest.py fast_password_hashing
PG_PORT, PG_DIR = "55499", "/tmp/bench-pg"
PASSWORDS = {"head": "Head-pass-2026", "resp": "Resp-pass-2026"}
INSPECTOR_PASSWORD = "Insp-pass-2026"
# PC 1 issues to the first three, PC 2 to the last three: the demo unit's inspectors
INSPECTORS = tuple((login, name) for login, name, position in demo.INSPECTORS if "инспектор" in position)
OWN_RECORDERS = 3  # per PC
SIGNATURE = [[(0.05, 0.6), (0.15, 0.3), (0.25, 0.7), (0.35, 0.35)], [(0.4, 0.5), (0.6, 0.45), (0.9, 0.55)]]
BARRIER_TIMEOUT = 300
IDLE_CORES = 0.15  # "idle": the machine busy less than this many cores
MAX_FAILURES = 50  # unexpected failures in a row before a worker gives up


def log(message: str) -> None:
    print(f"journal_concurrency: {message}", file=sys.stderr, flush=True)


def fast_hashing() -> None:
    from inspector_app import passwords, vault_keys

    passwords.LOG2_N = FAST_LOG2_N
    vault_keys.SCRYPT_LOG2_N = FAST_LOG2_N


# the unit
def build_unit(data_dir: Path, url: str) -> dict:
    """Set up the unit once in `url`; returns the ids the workers need."""
    from inspector_app.bootstrap import build_context
    from inspector_app.services.setup import PersonInput, initialize_unit

    fast_hashing()
    ctx = build_context(data_dir, database_url=url)
    try:
        initialize_unit(ctx.uow_factory, ctx.clock, name_kk="Алматы қаласы бойынша аумақтық бөлімше",
                        name_ru="Территориальное подразделение по г. Алматы", code="ALA",
                        head=PersonInput("head", "Тоқтарбеков Нұрлан Әбілқасымұлы", "Басшы", PASSWORDS["head"]),
                        responsible=PersonInput("resp", "Ермекова Гүлнар Серікқызы", "Жетекші маман",
                                                PASSWORDS["resp"]),
                        order_reference="№ 27", journal_registration_index="04-12/15")
        head = ctx.accounts.authenticate("head", PASSWORDS["head"])
        resp = ctx.accounts.authenticate("resp", PASSWORDS["resp"])
        for login, name in INSPECTORS:
            ctx.users.add(head, login, name, "Мемлекеттік инспектор", "inspector", INSPECTOR_PASSWORD)

        def recorder(i: int) -> int:
            return ctx.recorders.add(resp, f"ВР-{i:03d}", f"SN-{i:05d}", "DS-MCW406", "hikvision-dswa").id

        own = [[recorder(pc * 10 + i) for i in range(1, OWN_RECORDERS + 1)] for pc in (1, 2)]
        shared = [recorder(90 + i) for i in range(1, 10)]  # a pool; the run uses the first --shared-pool
    finally:
        ctx.close()
    return {"own": own, "shared": shared}


# the worker (one PC)
def worker(spec: dict, barrier, results) -> None:
    """Sign in on this PC, wait for the others, then do `spec["cycles"]` issue+return cycles; report on `results`."""
    try:
        results.put(_work(spec, barrier))
    except BaseException:  # noqa: BLE001 - reported to the parent, which fails the run
        barrier.abort()
        results.put({"pc": spec["pc"], "fatal": traceback.format_exc()})


def _work(spec: dict, barrier) -> dict:
    from inspector_app.bootstrap import build_context
    from inspector_app.errors import StateError
    from inspector_app.services.journal import IssueRequest
    from inspector_app.services.signers import SignatureInput

    fast_hashing()
    ctx = build_context(Path(spec["data_dir"]), database_url=spec["url"])
    try:
        actor = ctx.accounts.authenticate(spec["login"], PASSWORDS[spec["login"]])
        with ctx.uow_factory() as uow:
            inspectors = [uow.users.by_login(login).id for login in spec["inspectors"]]
        journal = ctx.journal
        unlocked = []  # set when the service asks for passwords: a refusal after that came under the lock
        plain_unlock = journal.unlock

        def unlock(given):
            unlocked.append(True)
            return plain_unlock(given)

        journal.unlock = unlock
        me = SignatureInput(actor.id, PASSWORDS[spec["login"]], SIGNATURE)
        rng = random.Random(spec["seed"])
        pool, shared = spec["recorders"], spec["shared"]
        issue_ms, return_ms, refusal_ms, numbers = [], [], [], []
        refused = {"before_passwords": 0, "under_lock": 0}
        failures: Counter = Counter()

        def failed(what: str, error: Exception) -> None:
            failures[f"{what}: {type(error).__name__}: {str(error)[:200]}"] += 1
            if sum(failures.values()) >= MAX_FAILURES:
                raise RuntimeError(f"PC {spec['pc']}: {MAX_FAILURES} unexpected failures: {dict(failures)}")

        from sqlalchemy import event

        sent = Counter()  # statements and transactions this PC sends the database during the run
        event.listen(ctx.engine, "before_cursor_execute", lambda *_: sent.update(["statements"]))
        event.listen(ctx.engine, "begin", lambda *_: sent.update(["transactions"]))
        barrier.wait(BARRIER_TIMEOUT)
        started, cpu = time.monotonic(), time.process_time()
        for cycle in range(spec["cycles"]):
            inspector = inspectors[cycle % len(inspectors)]
            them = SignatureInput(inspector, INSPECTOR_PASSWORD, SIGNATURE)
            while True:  # issue one, picking again after a refusal
                recorder = rng.choice(pool) if shared else pool[cycle % len(pool)]
                unlocked.clear()
                t0 = time.perf_counter()
                try:
                    row = journal.issue(actor, IssueRequest(recorder, inspector, "inspection", 95, 0), them, me)
                except StateError as error:
                    if error.code != "not_in_store":
                        failed("issue", error)
                        continue
                    refusal_ms.append((time.perf_counter() - t0) * 1000)
                    refused["under_lock" if unlocked else "before_passwords"] += 1
                    continue
                except Exception as error:  # noqa: BLE001 - counted and reported, then tried again
                    failed("issue", error)
                    continue
                issue_ms.append((time.perf_counter() - t0) * 1000)
                numbers.append(row.entry.number)
                break
            while True:
                t0 = time.perf_counter()
                try:
                    journal.return_recorder(actor, row.entry.id, "", them, me)
                except Exception as error:  # noqa: BLE001 - counted and reported, then tried again
                    failed("return", error)
                    continue
                return_ms.append((time.perf_counter() - t0) * 1000)
                break
        finished, cpu = time.monotonic(), time.process_time() - cpu
    finally:
        ctx.close()
    return {"pc": spec["pc"], "started": started, "finished": finished, "cpu_s": cpu, "sent": dict(sent), "issue_ms": issue_ms, "return_ms": return_ms,
            "refusal_ms": refusal_ms, "refused": refused, "numbers": numbers, "failures": dict(failures)}


def run_workers(specs: list[dict]) -> list[dict]:
    spawn = mp.get_context("spawn")
    barrier, results = spawn.Barrier(len(specs)), spawn.Queue()
    procs = [spawn.Process(target=worker, args=(spec, barrier, results), name=f"pc{spec['pc']}") for spec in specs]
    for proc in procs:
        proc.start()
    reports = []
    while len(reports) < len(procs):  # before join: a full queue would block the worker's exit
        try:
            reports.append(results.get(timeout=5))
        except queue.Empty:
            if not any(proc.is_alive() for proc in procs) and results.empty():
                raise SystemExit("journal_concurrency: a worker died without a report "
                                 f"(exit codes {[proc.exitcode for proc in procs]})") from None
    for proc in procs:
        proc.join()
    fatal = [r["fatal"] for r in reports if "fatal" in r]
    if fatal:
        raise SystemExit("journal_concurrency: a worker failed:\n" + "\n".join(fatal))
    return sorted(reports, key=lambda r: r["pc"])


# the machine: two CPUs are shared by the workers, the server and anything else running
def busy_seconds() -> float:
    """CPU seconds the whole machine has been busy (user, nice, system, irq, softirq, steal), from /proc/stat."""
    with open("/proc/stat") as stat:
        ticks = [int(x) for x in stat.readline().split()[1:9]]
    return (sum(ticks[:3]) + sum(ticks[5:8])) / os.sysconf("SC_CLK_TCK")


def wait_idle(limit: float) -> float:
    """Wait (at most `limit` seconds) until the machine is idle, nothing of the bench running; the load last seen."""
    deadline, cores = time.monotonic() + limit, 0.0
    while True:
        before, at = busy_seconds(), time.monotonic()
        time.sleep(0.5)
        cores = (busy_seconds() - before) / (time.monotonic() - at)
        if cores < IDLE_CORES or time.monotonic() > deadline:
            return cores


# figures
def ms_stats(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    p95 = statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)
    return {"n": len(values), "median": round(statistics.median(values), 2), "p95": round(p95, 2)}


def summarise(reports: list[dict]) -> tuple[dict, set[int]]:
    """The figures of one run, and the entry numbers its workers were given."""
    elapsed = max(r["finished"] for r in reports) - min(r["started"] for r in reports)
    cycles = sum(len(r["issue_ms"]) for r in reports)
    numbers = [n for r in reports for n in r["numbers"]]
    counted = Counter(numbers)
    first, last = (min(numbers), max(numbers)) if numbers else (0, -1)
    failures = Counter()
    for r in reports:
        failures.update(r["failures"])
    attempts = cycles + sum(sum(r["refused"].values()) for r in reports)
    return {
        "cycles": cycles, "seconds": round(elapsed, 3), "cycles_per_s": round(cycles / elapsed, 1),
        # per cycle (a refused issue's statements included), pool pre-pings not counted
        "statements_per_cycle": round(sum(r["sent"].get("statements", 0) for r in reports) / cycles, 1),
        "transactions_per_cycle": round(sum(r["sent"].get("transactions", 0) for r in reports) / cycles, 1),
        "issue_attempts": attempts,
        "per_process": [{"pc": r["pc"], "cycles": len(r["issue_ms"]),
                         "seconds": round(r["finished"] - r["started"], 3),
                         "cycles_per_s": round(len(r["issue_ms"]) / (r["finished"] - r["started"]), 1),
                         "cpu_s": round(r["cpu_s"], 2),
                         "refused": r["refused"]} for r in reports],
        "issue_ms": ms_stats([x for r in reports for x in r["issue_ms"]]),
        "return_ms": ms_stats([x for r in reports for x in r["return_ms"]]),
        "refused": sum(sum(r["refused"].values()) for r in reports),
        "refused_under_lock": sum(r["refused"]["under_lock"] for r in reports),
        "refusal_ms": ms_stats([x for r in reports for x in r["refusal_ms"]]),
        "failures": dict(failures),
        # the numbers the workers were given, together: one consecutive run, none twice
        "numbers": [first, last], "numbers_consecutive": len(counted) == last - first + 1,
        "numbers_given_twice": sum(c - 1 for c in counted.values()),
    }, set(numbers)


# checking the database directly
class Raw:
    """The database seen without the app: plain sqlite3 on the file or psycopg on the server, `?` placeholders."""

    def __init__(self, sqlite_path: Path | None = None, pg_url: str | None = None) -> None:
        self.sqlite_path, self.pg_url = sqlite_path, pg_url

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self.pg_url is None:
            import sqlite3

            with closing(sqlite3.connect(self.sqlite_path)) as conn:
                return conn.execute(sql, params).fetchall()
        import psycopg

        with closing(psycopg.connect(libpq(self.pg_url))) as conn:
            return conn.execute(sql.replace("?", "%s"), params or None).fetchall()


def check(raw: Raw, setup_dir: Path, url: str, given: set[int]) -> dict:
    """Everything that must hold after the runs, read from the database; `given` = numbers the workers got."""
    (volume_id,), = raw.query("SELECT id FROM journal_volumes WHERE ended_at IS NULL")
    stored = [n for (n,) in raw.query("SELECT number FROM journal_entries WHERE volume_id = ? ORDER BY number",
                                      (volume_id,))]
    counted = Counter(stored)
    top = max(stored) if stored else 0
    missing = sorted(set(range(1, top + 1)) - set(stored))
    not_stored = sorted(given - set(stored))
    issues, = raw.query("SELECT COUNT(*) FROM journal_entries WHERE kind = 'issue'")[0]
    no_return, = raw.query("SELECT COUNT(*) FROM journal_entries e LEFT JOIN journal_returns r ON r.entry_id = e.id "
                           "WHERE e.kind = 'issue' AND r.id IS NULL")[0]
    returns, = raw.query("SELECT COUNT(*) FROM journal_returns")[0]
    twice_returned, = raw.query("SELECT COUNT(*) FROM (SELECT entry_id FROM journal_returns GROUP BY entry_id "
                                "HAVING COUNT(*) > 1) t")[0]
    out_of_store, = raw.query("SELECT COUNT(*) FROM recorders WHERE status <> 'in_store'")[0]
    audit = dict(raw.query("SELECT kind, COUNT(*) FROM audit_events WHERE kind IN ('issue', 'return') GROUP BY kind"))
    events, low, high, distinct = raw.query("SELECT COUNT(*), MIN(seq), MAX(seq), COUNT(DISTINCT seq) "
                                            "FROM audit_events")[0]
    chain, journal = walk_and_verify(setup_dir, url)
    duplicates = sum(c - 1 for c in counted.values())
    result = {
        "entries": len(stored), "numbers": [min(stored, default=0), top],
        "numbers_gapless": bool(stored) and stored[0] == 1 and not missing and duplicates == 0,
        "duplicates": duplicates, "lost": len(set(missing) | set(not_stored)),
        "issues": issues, "returns": returns, "issues_without_return": no_return, "returned_twice": twice_returned,
        "recorders_not_in_store": out_of_store,
        "audit_issue_events": audit.get("issue", 0), "audit_return_events": audit.get("return", 0),
        "audit_events": events, "audit_seq_gapless": (low, high, distinct) == (1, events, events),
        "audit_chain_ok": chain.ok, "audit_signatures_checked": chain.events, "audit_problems": chain.problems[:5],
        "journal_signatures_ok": journal.ok, "journal_signatures_checked": journal.signatures,
        "journal_problems": journal.problems[:5],
    }
    result["ok"] = (result["numbers_gapless"] and not not_stored and no_return == 0 and twice_returned == 0
                    and issues == returns == audit.get("issue", 0) == audit.get("return", 0)
                    and out_of_store == 0 and result["audit_seq_gapless"] and chain.ok and journal.ok)
    return result


def walk_and_verify(setup_dir: Path, url: str):
    """The audit chain walked with EVERY signature checked, and every journal signature; from the set-up PC."""
    from inspector_app.bootstrap import build_context
    from inspector_app.domain.audit import ChainWalk

    ctx = build_context(setup_dir, database_url=url)
    try:
        ctx.audit.refresh_keys()  # every PC's installation key
        walk = ChainWalk(ctx.audit.signer.verify, 1)
        with ctx.uow_factory() as uow:
            for page in uow.audit.walk():
                walk.feed(page)
        walk.finish()
        return walk, ctx.journal_verifier.verify_all()
    finally:
        ctx.close()


# the databases
def libpq(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def pg_admin(admin_url: str, statement: str) -> None:
    import psycopg

    with closing(psycopg.connect(libpq(admin_url), autocommit=True)) as conn:
        conn.execute(statement)


def raw_pg_facts(url: str) -> tuple[str, bool]:
    """The server's version, and whether a connection made as the app makes it (psycopg's defaults) uses TLS."""
    (version,), = Raw(pg_url=url).query("SHOW server_version")
    (tls,), = Raw(pg_url=url).query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    return version, bool(tls)


def pg_script(action: str) -> str:
    env = {**os.environ, "INSPECTOR_PG_PORT": PG_PORT, "INSPECTOR_PG_DIR": PG_DIR}
    done = subprocess.run(["bash", str(ROOT / "scripts" / "test_postgres.sh"), action], env=env, check=True,
                          capture_output=True, text=True)
    return done.stdout.strip()


def make_pcs(folder: Path) -> None:
    """The data folders of PC 0 (set-up and checks), PC 1 and PC 2: each its own, all with the unit's one footage
    vault (the `vault_path` setting naming the unit's share, here a folder beside them)."""
    from inspector_app.paths import config_file
    from inspector_app.settings import LocalConfig

    share = folder / "vault-share"
    share.mkdir()
    for pc in (0, 1, 2):
        (folder / f"pc{pc}").mkdir()
        LocalConfig(config_file(folder / f"pc{pc}")).set("vault_path", str(share))


def bench_database(kind: str, folder: Path, url: str, raw: Raw, args) -> dict:
    started = time.perf_counter()
    make_pcs(folder)
    ids = build_unit(folder / "pc0", url)
    log(f"{kind}: unit set up in {time.perf_counter() - started:.1f} s")
    half = args.cycles // 2
    pcs = {1: ("resp", list(INSPECTORS[:3])), 2: ("head", list(INSPECTORS[3:]))}

    def spec(pc: int, cycles: int, recorders: list[int], shared: bool) -> dict:
        login, inspectors = pcs[pc]
        return {"pc": pc, "data_dir": str(folder / f"pc{pc}"), "url": url, "login": login, "cycles": cycles,
                "inspectors": [i[0] for i in inspectors], "recorders": recorders, "shared": shared,
                "seed": 444 * pc + len(recorders)}

    pool = ids["shared"][:args.shared_pool]
    runs = {
        "baseline_one_process": [spec(1, 2 * half, ids["own"][0], False)],
        "two_processes_own_recorders": [spec(1, half, ids["own"][0], False), spec(2, half, ids["own"][1], False)],
        "two_processes_shared_pool": [spec(1, half, pool, True), spec(2, half, pool, True)],
    }
    out, given = {}, set()
    for name, specs in runs.items():
        idle = wait_idle(args.idle_wait) if args.idle_wait else None
        log(f"{kind}: {name} ({sum(s['cycles'] for s in specs)} cycles in {len(specs)} process(es))")
        busy, at = busy_seconds(), time.monotonic()
        summary, numbers = summarise(run_workers(specs))
        summary["machine"] = {
            "busy_cores_before": None if idle is None else round(idle, 2),  # after waiting for it to be idle
            # during the run, the workers' start-up included: workers + server (PostgreSQL) + anything else
            "busy_cores_during": round((busy_seconds() - busy) / (time.monotonic() - at), 2),
            "workers_cpu_s": round(sum(p["cpu_s"] for p in summary["per_process"]), 2)}
        given |= numbers
        out[name] = summary
        log(f"{kind}: {name}: {summary['cycles_per_s']} cycles/s, issue median {summary['issue_ms']['median']} ms, "
            f"refused {summary['refused']}, failures {sum(summary['failures'].values())}")
    base = out["baseline_one_process"]["cycles_per_s"]
    out["two_processes_vs_one"] = {name: round(out[name]["cycles_per_s"] / base, 2)
                                   for name in ("two_processes_own_recorders", "two_processes_shared_pool")}
    out["shared_pool_recorders"] = len(pool)
    out["check"] = check(raw, folder / "pc0", url, given)
    out["check"]["issues_expected"] = sum(out[n]["cycles"] for n in runs)
    out["check"]["ok"] = out["check"]["ok"] and out["check"]["issues"] == out["check"]["issues_expected"] and all(
        not out[n]["failures"] and out[n]["numbers_consecutive"] and not out[n]["numbers_given_twice"]
        for n in runs)
    log(f"{kind}: check {'passed' if out['check']['ok'] else 'FAILED'}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000, help="issue+return cycles per run, across the processes")
    parser.add_argument("--shared-pool", type=int, default=2, help="recorders both processes contend for (1-9)")
    parser.add_argument("--db", default="postgresql,sqlite", help="which databases, comma-separated")
    parser.add_argument("--pg-url", help="an administrator's URL of a running PostgreSQL server (else one is started)")
    parser.add_argument("--dir", help="where to make the data folders (default: a temporary folder)")
    parser.add_argument("--idle-wait", type=float, default=120.0,
                        help="before each run wait up to this many seconds for an idle machine (0: no wait)")
    parser.add_argument("--keep", action="store_true", help="keep the data folders (and the bench's database)")
    args = parser.parse_args()
    if args.cycles < 2 or not 1 <= args.shared_pool <= 9:
        parser.error("--cycles must be at least 2 and --shared-pool between 1 and 9")
    kinds = [k.strip() for k in args.db.split(",") if k.strip()]
    if not set(kinds) <= {"postgresql", "sqlite"}:
        parser.error("--db takes postgresql and/or sqlite")
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

    top = Path(tempfile.mkdtemp(prefix="bench-journal-concurrency-", dir=args.dir))
    result = {"bench": "journal_concurrency", "cycles_per_run": args.cycles - args.cycles % 2, "processes": 2,
              "cpus": os.cpu_count(),
              "password_hashing": f"scrypt n=2**{FAST_LOG2_N} as the tests' fast_password_hashing (production 2**15):"
                                  " the figures are the database's, not scrypt's"}
    try:
        for kind in kinds:
            folder = top / kind
            folder.mkdir()
            if kind == "sqlite":
                from storage.database import sqlite_url

                path = folder / "shared" / "inspector.sqlite"
                path.parent.mkdir()
                out = bench_database(kind, folder, sqlite_url(path), Raw(sqlite_path=path), args)
                import sqlite3

                out["server"] = f"SQLite {sqlite3.sqlite_version}, one file shared, WAL, synchronous=NORMAL"
            else:
                started_here = not args.pg_url
                admin = args.pg_url or pg_script("start")
                name = "bench_journal" if started_here else f"bench_journal_{os.getpid()}"
                try:
                    pg_admin(admin, f'CREATE DATABASE "{name}"')
                    url = with_database(admin, name)
                    out = bench_database(kind, folder, url, Raw(pg_url=url), args)
                    version, tls = raw_pg_facts(url)
                    out["server"] = (f"PostgreSQL {version}, TLS {'on' if tls else 'off'}" + (
                        " (scripts/test_postgres.sh on loopback: fsync and synchronous_commit off)"
                        if started_here else ""))
                finally:
                    if not started_here and not args.keep:
                        pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    if started_here and not args.keep:
                        pg_script("stop")
            result[kind] = out
    finally:
        if args.keep:
            log(f"data folders kept in {top}")
        else:
            shutil.rmtree(top, ignore_errors=True)
    result["ok"] = all(result[k]["check"]["ok"] for k in kinds)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
