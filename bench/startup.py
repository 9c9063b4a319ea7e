"""Start-up time: process start to the main window shown (offscreen), against a bare Qt window in the same run.

Prints one JSON line: medians over the runs in milliseconds, the ratio main-window / bare and the goal
(at most 1.5). Also reported, from the same runs: when the sign-in form is ready (the start-up job has
opened the database) and when the sections show after signing in at once (one scrypt verification
and the first page's queries). The app runs on a demo unit (10 users, 12 recorders) built beforehand.

    .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "bench" / "_startup_probe.py"
GOAL_RATIO = 1.5


def time_child(args: list[str], stdin: str = "") -> dict[str, float]:
    """Milliseconds from spawning the probe to each line it prints (`shown`, `ready`, `session`)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(PROBE), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    proc.stdin.write(stdin)
    proc.stdin.close()
    watchdog = threading.Timer(60, proc.kill)  # a probe that hangs is killed, and the bench fails below
    watchdog.start()
    marks = {}
    for line in proc.stdout:
        marks[line.split()[0]] = (time.perf_counter() - start) * 1000
    proc.wait(timeout=60)
    watchdog.cancel()
    if "shown" not in marks or (args[0] == "app" and "session" not in marks):
        raise SystemExit(f"probe {args[0]} failed: {proc.stderr.read()[-2000:]}")
    return marks


def prepare(data_dir: Path) -> tuple[str, str]:
    sys.path.insert(0, str(ROOT))
    from inspector_app.bootstrap import build_context
    from inspector_app.demo import build_demo

    ctx = build_context(data_dir)
    credentials = build_demo(ctx)
    ctx.close()
    login = list(credentials)[1]  # head first, then the responsible person
    return login, credentials[login]


def compile_sources() -> None:
    """Byte-compile the project as an installed or bundled copy has it (this may run with PYTHONDONTWRITEBYTECODE)."""
    import compileall

    for folder in ("inspector_app", "ui", "storage", "devices", "resources"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_sources()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        login, password = prepare(Path(tmp))
        time_child(["bare"])  # warm the file cache for both
        time_child(["app", tmp], f"{login}\n{password}\n")
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            bare.append(time_child(["bare"])["shown"])
            app.append(time_child(["app", tmp], f"{login}\n{password}\n"))
    bare_ms = statistics.median(bare)
    shown_ms = statistics.median(m["shown"] for m in app)
    ready_ms = statistics.median(m["ready"] for m in app)
    session_ms = statistics.median(m["session"] for m in app)
    print(json.dumps({
        "bench": "startup", "runs": args.runs, "baseline_ms": round(bare_ms, 1),
        "main_window_shown_ms": round(shown_ms, 1), "ratio": round(shown_ms / bare_ms, 3),
        "goal_ratio": GOAL_RATIO, "meets_goal": shown_ms / bare_ms <= GOAL_RATIO,
        "sign_in_ready_ms": round(ready_ms, 1), "signed_in_sections_shown_ms": round(session_ms, 1),
        "baseline_all_ms": [round(x, 1) for x in bare], "shown_all_ms": [round(m["shown"], 1) for m in app],
    }))


if __name__ == "__main__":
    main()
