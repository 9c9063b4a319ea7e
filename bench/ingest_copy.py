"""Ingest copy: `FileVault.put` (one pass: read, hash, write, fsync), plain and encrypted, against a durable `cp` and
the naive two passes.

Creates recorder-like footage (by default 8 files of 256 MiB of pseudo-random bytes named like
`DCIM/100MEDIA/20261123_093015_0001.MP4`) and, in the same run and on the same disk, times:

    (a) vault_put             FileVault.put of every file into a fresh plain vault (copy + SHA-256 + fsync)
    (b) vault_put_encrypted   the same into a fresh vault given a keyring whose vault key is set: each object
                              AES-256-GCM under its own file key, its ciphertext hashed too, its key file
                              written beside it (`storage/encrypted_object.py`)
    (c) cp_sync               `cp` of the files, then `sync` of the copies: a durable copy, no hash
    (d) cp_sha256sum_sync     `cp`, then `sha256sum` of the copies, then `sync` of the copies

The keyring is a throw-away unit's (`bench/_vault_keyring.py`), set up once before the measurements.
MB/s is of the footage's bytes for all four (an encrypted object is 4 KiB + 16 bytes per 64 KiB larger).
`sync` is given the copies' paths (coreutils then fsyncs exactly those files), so that dirty data of
other programs on the machine is not billed to the baselines; (a) and (b) likewise fsync only their own
files. The source files stay in the page cache for all four alike (they are read once before each method;
caches are not dropped unless `--cold`, which needs root). Each round runs the four methods in a
rotated order; the figures are medians over the rounds. Write-back through the page cache is erratic on
a shared virtual disk (`cp`+`sync` of the same files varies 1.4-6 s here), so the ratio against the
fastest `cp`+`sync` round is printed too, as the cautious figure. Both puts' hashes are checked against
sha256sum's. Prints one JSON line; MB/s means 10**6
bytes per second. Temporary folders are removed at the end.

    .venv/bin/python bench/ingest_copy.py [--files 8] [--file-mib 256] [--rounds 3] [--dir /path] [--cold]
                                          [--buffered] [--sync-all]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._vault_keyring import unit_keyring  # noqa: E402
from storage.vault import FileVault  # noqa: E402
from storage.vault_copy import BUFFERS, CHUNK_SIZE  # noqa: E402

GOAL_VS_DURABLE_COPY = 0.9
GOAL_VS_TWO_PASSES = 1.4
METHODS = ("vault_put", "vault_put_encrypted", "cp_sync", "cp_sha256sum_sync")
VAULT_INFO: dict[str, bool] = {}
OPTIONS = {"direct_io": True, "sync_all": False}
KEYRING = {}


def make_footage(folder: Path, files: int, file_mib: int) -> list[Path]:
    """Recorder-like files of pseudo-random bytes (PCG64 seeded from the OS: fast, and no two files alike)."""
    import numpy as np

    media = folder / "DCIM" / "100MEDIA"
    media.mkdir(parents=True)
    rng = np.random.default_rng(int.from_bytes(os.urandom(16), "little"))
    start = datetime(2026, 11, 23, 9, 30, 15)
    paths = []
    for index in range(files):
        stamp = start + timedelta(minutes=5 * index)
        path = media / f"{stamp:%Y%m%d_%H%M%S}_{index + 1:04d}.MP4"
        with open(path, "wb") as out:
            for _ in range(file_mib // 4):
                out.write(rng.bit_generator.random_raw((4 << 20) // 8).tobytes())
        paths.append(path)
    os.sync()  # the sources' own write-back must not land inside a measurement
    return paths


def warm(paths: list[Path]) -> None:
    buffer = bytearray(8 << 20)
    for path in paths:
        with open(path, "rb", buffering=0) as stream:
            while stream.readinto(buffer):
                pass


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def vault_put(paths: list[Path], work: Path) -> dict[str, str]:
    vault = FileVault(work / "vault", direct_io=OPTIONS["direct_io"])
    VAULT_INFO["direct_io"] = vault.direct_io
    return {path.name: vault.put(path, expected_size=path.stat().st_size).sha256 for path in paths}


def vault_put_encrypted(paths: list[Path], work: Path) -> dict[str, str]:
    vault = FileVault(work / "vault", direct_io=OPTIONS["direct_io"], keyring=KEYRING["keyring"])
    blobs = {path.name: vault.put(path, expected_size=path.stat().st_size) for path in paths}
    VAULT_INFO["encrypted"] = all(vault.is_encrypted(blob.sha256) for blob in blobs.values())
    return {name: blob.sha256 for name, blob in blobs.items()}


def cp_sync(paths: list[Path], work: Path) -> dict[str, str]:
    dest = work / "copy"
    dest.mkdir()
    subprocess.run(["cp", "--", *map(str, paths), str(dest)], check=True)
    _sync([str(dest / p.name) for p in paths])
    return {}


def cp_sha256sum_sync(paths: list[Path], work: Path) -> dict[str, str]:
    dest = work / "copy"
    dest.mkdir()
    copies = [str(dest / p.name) for p in paths]
    subprocess.run(["cp", "--", *map(str, paths), str(dest)], check=True)
    out = subprocess.run(["sha256sum", "--", *copies], check=True, capture_output=True, text=True).stdout
    _sync(copies)
    return {Path(line.split(None, 1)[1].strip()).name: line.split()[0] for line in out.splitlines()}


def _sync(copies: list[str]) -> None:
    subprocess.run(["sync"] if OPTIONS["sync_all"] else ["sync", "--", *copies], check=True)


def measure(method: str, paths: list[Path], scratch: Path, cold: bool) -> tuple[float, dict[str, str]]:
    work = Path(tempfile.mkdtemp(prefix=f"{method}-", dir=scratch))
    os.sync()
    time.sleep(0.5)  # let the previous method's deletions settle
    if cold:
        drop_caches()
    else:
        warm(paths)
    started = time.perf_counter()
    hashes = globals()[method](paths, work)
    seconds = time.perf_counter() - started
    _remove(work)
    return seconds, hashes


def _remove(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            path.chmod(0o644)  # vault objects are read-only
    shutil.rmtree(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--file-mib", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the temporary folders")
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each method (root)")
    parser.add_argument("--buffered", action="store_true", help="vault without O_DIRECT, through the page cache")
    parser.add_argument("--sync-all", action="store_true", help="plain `sync` (every file system) for the baselines")
    args = parser.parse_args()
    OPTIONS.update(direct_io=not args.buffered, sync_all=args.sync_all)
    scratch = Path(tempfile.mkdtemp(prefix="ingest-bench-", dir=args.dir))
    ctx = None
    try:
        ctx, KEYRING["keyring"] = unit_keyring(scratch / "unit")
        paths = make_footage(scratch / "card", args.files, args.file_mib)
        total = sum(p.stat().st_size for p in paths)
        seconds: dict[str, list[float]] = {m: [] for m in METHODS}
        hashes: dict[str, dict[str, str]] = {}
        for round_ in range(args.rounds):
            order = METHODS[round_ % len(METHODS):] + METHODS[:round_ % len(METHODS)]
            for method in order:
                took, found = measure(method, paths, scratch, args.cold)
                seconds[method].append(round(took, 3))
                hashes.setdefault(method, found)
    finally:
        if ctx is not None:
            ctx.close()
        _remove(scratch)
    for put in ("vault_put", "vault_put_encrypted"):
        if hashes[put] != hashes["cp_sha256sum_sync"]:
            raise SystemExit(f"the hashes of {put} differ from sha256sum's")
    if not VAULT_INFO.get("encrypted"):
        raise SystemExit("the encrypted vault stored plain objects")
    speed = {m: total / statistics.median(seconds[m]) / 1e6 for m in METHODS}
    vs_copy = speed["vault_put"] / speed["cp_sync"]
    vs_two = speed["vault_put"] / speed["cp_sha256sum_sync"]
    vs_fastest_copy = min(seconds["cp_sync"]) / statistics.median(seconds["vault_put"])
    enc_vs_copy = speed["vault_put_encrypted"] / speed["cp_sync"]
    enc_vs_two = speed["vault_put_encrypted"] / speed["cp_sha256sum_sync"]
    enc_vs_fastest_copy = min(seconds["cp_sync"]) / statistics.median(seconds["vault_put_encrypted"])
    plain_met = vs_copy >= GOAL_VS_DURABLE_COPY and vs_two >= GOAL_VS_TWO_PASSES
    encrypted_met = enc_vs_copy >= GOAL_VS_DURABLE_COPY
    print(json.dumps({
        "bench": "ingest_copy", "files": args.files, "file_mib": args.file_mib, "total_mib": total >> 20,
        "rounds": args.rounds,
        "source_cache": "cold: page cache dropped before each method" if args.cold else
                        "warm: sources read once before each method, page cache not dropped",
        "durable": "vault fsyncs each object and its folder; cp baselines then run "
                   + ("`sync` (all file systems)" if args.sync_all else "`sync` on the copies"),
        "vault_direct_io": VAULT_INFO.get("direct_io"),
        "chunk_mib": CHUNK_SIZE >> 20, "buffers": BUFFERS,
        "vault_put_mb_s": round(speed["vault_put"]),
        "vault_put_encrypted_mb_s": round(speed["vault_put_encrypted"]), "cp_sync_mb_s": round(speed["cp_sync"]),
        "cp_sha256sum_sync_mb_s": round(speed["cp_sha256sum_sync"]),
        "ratio_put_vs_cp_sync": round(vs_copy, 2), "goal_put_vs_cp_sync": GOAL_VS_DURABLE_COPY,
        "ratio_put_vs_fastest_cp_sync_round": round(vs_fastest_copy, 2),
        "ratio_put_vs_two_pass": round(vs_two, 2), "goal_put_vs_two_pass": GOAL_VS_TWO_PASSES,
        "ratio_put_encrypted_vs_cp_sync": round(enc_vs_copy, 2),
        "goal_put_encrypted_vs_cp_sync": GOAL_VS_DURABLE_COPY,
        "ratio_put_encrypted_vs_fastest_cp_sync_round": round(enc_vs_fastest_copy, 2),
        "ratio_put_encrypted_vs_two_pass": round(enc_vs_two, 2),
        "goals_met_plain": plain_met, "goal_met_encrypted": encrypted_met, "goals_met": plain_met and encrypted_met,
        "seconds": seconds, "hashes_match_sha256sum": True,
    }))


if __name__ == "__main__":
    main()
