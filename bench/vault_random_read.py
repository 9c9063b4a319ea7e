"""Random reads from an encrypted vault object: a 1 MiB range from the middle of a 2 GiB recording, read through
`FileVault.open` (seek + read, decrypting the 64 KiB chunks it touches), against the same ranges read from a
plain file with seek + read.

Sets up a throw-away unit whose vault key is set (`bench/_vault_keyring.py`), writes 2 GiB of pseudo-random
bytes to a plain file, stores it in a vault given the unit's keyring (so the object is encrypted; its fresh
file key is then forgotten, so opening it unwraps the key with the vault key, as a later session does), and
picks `--reads` random, unaligned offsets in the middle half of the file. For each offset, in an order that
alternates from read to read:

    cold   the page cache of both files is dropped (`POSIX_FADV_DONTNEED`: no root needed; the virtual
           disk's host may still cache, hence "cold-ish"), then the range is read once from each;
    warm   the same range is read again from each, now from the page cache.

Each figure is one `seek` + `read` of the range on a stream opened once (the player keeps its stream open);
the time `vault.open` takes is reported apart. The bytes read through the vault are checked against the
plain file's. Prints one JSON line with the median and the 95th percentile (nearest rank) in milliseconds;
the goal is the vault's cold and warm median and p95 under 20 ms. The temporary folder is removed at the end.

    .venv/bin/python bench/vault_random_read.py [--size-mib 2048] [--reads 100] [--read-kib 1024] [--dir /path]
                                                [--seed N]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._vault_keyring import unit_keyring  # noqa: E402
from storage.encrypted_object import CHUNK  # noqa: E402
from storage.vault import FileVault  # noqa: E402

GOAL_MS = 20.0


def log(message: str) -> None:
    print(f"vault_random_read: {message}", file=sys.stderr, flush=True)


def make_plain(path: Path, size_mib: int) -> None:
    import numpy as np

    rng = np.random.default_rng(int.from_bytes(os.urandom(16), "little"))
    with open(path, "wb") as out:
        for _ in range(size_mib // 4):
            out.write(rng.bit_generator.random_raw((4 << 20) // 8).tobytes())
        out.flush()
        os.fsync(out.fileno())


def drop_cache(paths: list[Path]) -> None:
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def timed_read(stream, offset: int, length: int) -> tuple[float, bytes]:
    started = time.perf_counter()
    stream.seek(offset)
    data = stream.read(length)
    return (time.perf_counter() - started) * 1000, data


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def summary(values: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(values), 2), "p95_ms": round(p95(values), 2),
            "max_ms": round(max(values), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=2048)
    parser.add_argument("--reads", type=int, default=100)
    parser.add_argument("--read-kib", type=int, default=1024)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the temporary folder")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    length = args.read_kib << 10
    scratch = Path(tempfile.mkdtemp(prefix="random-read-bench-", dir=args.dir))
    ctx = None
    try:
        ctx, keyring = unit_keyring(scratch / "data")
        plain = scratch / "plain.bin"
        log(f"writing {args.size_mib} MiB")
        make_plain(plain, args.size_mib)
        size = plain.stat().st_size
        vault = FileVault(scratch / "vault", keyring=keyring)
        log("storing it encrypted")
        started = time.perf_counter()
        sha = vault.put(plain, expected_size=size).sha256
        put_seconds = time.perf_counter() - started
        vault.forget(sha)
        assert vault.is_encrypted(sha) and vault.size(sha) == size
        stored = Path(vault.path_hint(sha))

        opens = []
        for _ in range(5):
            started = time.perf_counter()
            vault.open(sha).close()
            opens.append((time.perf_counter() - started) * 1000)

        rng = random.Random(args.seed)
        offsets = [rng.randrange(size // 4, 3 * size // 4 - length) for _ in range(args.reads)]
        times: dict[str, list[float]] = {k: [] for k in ("vault_cold", "plain_cold", "vault_warm", "plain_warm")}
        chunks_touched = []
        log(f"{args.reads} reads of {args.read_kib} KiB")
        with vault.open(sha) as decrypting, open(plain, "rb") as flat:
            streams = {"vault": decrypting, "plain": flat}
            for index, offset in enumerate(offsets):
                order = ("vault", "plain") if index % 2 == 0 else ("plain", "vault")
                got = {}
                for name in order:
                    drop_cache([stored, plain])
                    took, got[name] = timed_read(streams[name], offset, length)
                    times[f"{name}_cold"].append(took)
                for name in order:
                    took, again = timed_read(streams[name], offset, length)
                    times[f"{name}_warm"].append(took)
                    assert again == got[name]
                if got["vault"] != got["plain"] or len(got["plain"]) != length:
                    raise SystemExit(f"the vault's bytes at {offset} differ from the plain file's")
                chunks_touched.append((offset + length - 1) // CHUNK - offset // CHUNK + 1)
    finally:
        if ctx is not None:
            ctx.close()
        for path in scratch.rglob("*"):
            if path.is_file():
                path.chmod(0o644)
        shutil.rmtree(scratch)
    figures = {name: summary(values) for name, values in times.items()}
    vault_worst = max(max(figures[k]["median_ms"], figures[k]["p95_ms"]) for k in ("vault_cold", "vault_warm"))
    print(json.dumps({
        "bench": "vault_random_read", "object_mib": size >> 20, "read_kib": args.read_kib, "reads": args.reads,
        "offsets": "random, unaligned, in the middle half", "chunk_kib": CHUNK >> 10,
        "chunks_per_read": statistics.median(chunks_touched),
        "cold": "page cache of both files dropped (POSIX_FADV_DONTNEED) before each read",
        "warm": "the same range read again at once",
        **{name: figures[name] for name in ("vault_cold", "plain_cold", "vault_warm", "plain_warm")},
        "ratio_median_cold_vault_vs_plain": round(figures["vault_cold"]["median_ms"]
                                                  / figures["plain_cold"]["median_ms"], 2),
        "ratio_median_warm_vault_vs_plain": round(figures["vault_warm"]["median_ms"]
                                                  / figures["plain_warm"]["median_ms"], 2),
        "vault_open_median_ms": round(statistics.median(opens), 2),
        "goal_ms": GOAL_MS, "goal_met": vault_worst < GOAL_MS,
        "put_encrypted_mb_s": round(size / put_seconds / 1e6), "bytes_match_plain": True,
    }))


if __name__ == "__main__":
    main()
