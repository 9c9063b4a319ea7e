"""The footage browser over 1,000,000 recordings: opening it, filtering by an inspector and a date range, and
scrolling to the end, each until the rows are painted.

Builds a unit (8 people, 12 recorders) through the services in a temporary folder, adds 100,000 journal
issues straight into the migrated SQLite file (as `journal_screen.py` does), then 1,000,000 recording rows
with `executemany`: ten segments per issue, three years back from now, the issue's inspector and recorder,
one ingest run per thousand recordings, one flagged clock check in fifty runs, a continuity report with a
gap in one issue of a hundred (and its GAP flags), and a plaintext thumbnail on the rows the screen shows
(the newest and the oldest 2,000: a thumbnail on all would make a 2 GB file of pictures nobody looks at).

Then, offscreen, over several runs:

- open: construct `FootagePage`, show it, process events until the table's viewport has painted (and, as
  `open_settled_ms`, until the reads the page defers past that paint are done: the issues offered in the
  entry filter and the open continuity flags; the next action starts only then, as a person's would);
- filter: choose one inspector and a 30-day range (one change of the filters) until painted again;
- scroll to the end: `scrollToBottom()` on the unfiltered table (the oldest recording last), until painted;

and, in the same runs, the statements the app sent for each action (captured from SQLAlchemy) replayed on a
plain `sqlite3` connection: the baseline of what the database alone takes. Prints ONE JSON line with the
medians in milliseconds, the goal (each under 150 ms) and the query plans.

    .venv/bin/python bench/footage_browser.py [--recordings 1000000] [--runs 5]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from journal_screen import PaintWatch, Recorder, build_unit, bulk_insert, close_page, replay  # noqa: E402

GOAL_MS = 150.0
SEGMENTS = 10
SEGMENT_MINUTES = 5
THUMBNAILED = 2000


def log(message: str) -> None:
    print(f"footage_browser: {message}", file=sys.stderr, flush=True)


def _stamp(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")  # as storage.types stores it


def _thumbnail() -> bytes:
    import cv2
    import numpy as np

    image = np.zeros((36, 64, 3), np.uint8)
    image[:, :, 1] = 120
    return cv2.imencode(".jpg", image)[1].tobytes()


def insert_recordings(db_path: Path, count: int) -> None:
    """`count` recordings over the journal's issues (ten per issue, in order), in one transaction."""
    rng = random.Random(7)
    thumb = _thumbnail()
    conn = sqlite3.connect(db_path)
    try:
        entries = conn.execute("SELECT id, recorder_id, inventory_number, user_id, at FROM journal_entries "
                               "WHERE kind = 'issue' ORDER BY id").fetchall()
        issues = count // SEGMENTS
        if len(entries) < issues:
            raise SystemExit(f"footage_browser: {len(entries)} issues for {issues} needed")
        entries = entries[-issues:]
        runs, checks, recordings, reports, flags = [], [], [], [], []
        run_id = conn.execute("SELECT coalesce(max(id), 0) FROM ingest_runs").fetchone()[0]
        rec_id = conn.execute("SELECT coalesce(max(id), 0) FROM recordings").fetchone()[0]
        for i, (entry_id, recorder_id, inventory, user_id, at) in enumerate(entries):
            issued = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
            if i % (1000 // SEGMENTS) == 0:
                run_id += 1
                runs.append((run_id, recorder_id, "REC", _stamp(issued + timedelta(hours=7)),
                             _stamp(issued + timedelta(hours=7, minutes=5)), "done", 1000, 1000, 0, 0, ""))
                if run_id % 50 == 0:
                    checks.append((recorder_id, run_id, _stamp(issued + timedelta(hours=7)), 95, 60, 1))
            first_id = rec_id + 1
            for n in range(SEGMENTS):
                rec_id += 1
                start = issued + timedelta(minutes=20 + n * SEGMENT_MINUTES)
                shown = rec_id <= THUMBNAILED or rec_id > count - THUMBNAILED
                recordings.append((
                    rec_id, hashlib.sha256(rec_id.to_bytes(8, "big")).hexdigest(), rng.randint(200, 400) << 20,
                    recorder_id, inventory, entry_id, user_id,
                    f"RECORD/{start:%Y%m%d}/{start:%Y%m%d_%H%M%S}_{n + 1:04d}.MP4", "video", _stamp(start),
                    _stamp(start + timedelta(minutes=SEGMENT_MINUTES)), "filename", f"{start:%Y%m%d_%H%M%S}",
                    SEGMENT_MINUTES * 60.0, 1920, 1080, 25.0, n + 1, 1, thumb if shown else None,
                    _stamp(issued + timedelta(hours=7)), run_id))
            if i % 100 == 50:
                gap = [[first_id + 3, first_id + 4, 900.0]]
                reports.append((entry_id, _stamp(issued + timedelta(hours=7)), 0,
                                json.dumps({"format": 1, "gaps": gap, "missing_sequence_numbers": [],
                                            "outside_issue": [], "empty": False, "undated": [],
                                            "gap_tolerance_seconds": 2.0})))
                flags += [(first_id + 3, "gap", entry_id), (first_id + 4, "gap", entry_id)]
        conn.executemany("INSERT INTO ingest_runs (id, recorder_id, volume_label, started_at, finished_at, status, "
                         "files_seen, files_stored, files_skipped, bytes_stored, log) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", runs)
        conn.executemany("INSERT INTO recordings (id, sha256, size, recorder_id, inventory_number, entry_id, "
                         "user_id, source_name, kind, start_utc, end_utc, start_source, original_time_text, "
                         "duration_seconds, width, height, fps, sequence_number, readable, thumbnail, ingested_at, "
                         "ingest_run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         recordings)
        conn.executemany("INSERT INTO clock_checks (recorder_id, ingest_run_id, docked_at, offset_seconds, "
                         "tolerance_seconds, flagged) VALUES (?, ?, ?, ?, ?, ?)", checks)
        conn.executemany("INSERT INTO continuity_reports (entry_id, created_at, ok, report) VALUES (?, ?, ?, ?)",
                         reports)
        conn.executemany("INSERT INTO recording_flags (recording_id, flag, entry_id) VALUES (?, ?, ?)", flags)
        conn.commit()  # no ANALYZE: the app never runs it
    finally:
        conn.close()


def open_page(ctx, user, watch: PaintWatch):
    from ui.pages.footage_page import FootagePage

    watch.painted = False
    page = FootagePage(ctx, user)
    watch.watch(page.table.viewport())
    page.resize(1180, 720)
    page.show()
    watch.wait()
    return page


def settle(app, page) -> None:
    deadline = time.perf_counter() + 30
    while not page.settled():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() > deadline:
            raise SystemExit("footage_browser: the page never settled")


def filter_by(page, user_id: int, first_day, last_day, watch: PaintWatch) -> None:
    """One inspector and a day range, as one change of the filters (the typed dates settle, then it applies)."""
    filters = page.filters
    watch.painted = False
    filters.blockSignals(True)
    filters.user_filter.setCurrentIndex(filters.user_filter.findData(user_id))
    filters.blockSignals(False)
    filters.set_dates(first_day, last_day)
    watch.wait()


def clear_filter(page, watch: PaintWatch) -> None:
    filters = page.filters
    filters.blockSignals(True)
    filters.user_filter.setCurrentIndex(0)
    filters.blockSignals(False)
    watch.painted = False
    filters.set_dates(None, None)
    watch.wait()


def scroll_to_end(page, watch: PaintWatch) -> None:
    watch.painted = False
    page.table.scrollToBottom()
    watch.wait()


def plans(raw, statements) -> list[str]:
    found = []
    for sql, params in statements:
        if "recordings" in sql and ("LIMIT" in sql or "count(" in sql.lower()):
            found.append([row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params)])
    return found


def measure(app, ctx, user, inspectors, db_path: Path, runs: int) -> dict:
    from inspector_app.timezones import to_local

    recorder, watch, raw = Recorder(ctx.engine), PaintWatch(app), sqlite3.connect(db_path)
    newest = raw.execute("SELECT max(start_utc) FROM recordings").fetchone()[0]
    last_day = to_local(datetime.fromisoformat(newest).replace(tzinfo=timezone.utc), ctx.timezone()).date()
    first_day = last_day - timedelta(days=29)
    pages = []
    sql = {"open": recorder.capture(lambda: pages.append(open_page(ctx, user, watch)))}
    settle(app, pages[0])
    sql["filter"] = recorder.capture(lambda: filter_by(pages[0], inspectors[0].id, first_day, last_day, watch))
    clear_filter(pages[0], watch)
    sql["scroll"] = recorder.capture(lambda: scroll_to_end(pages[0], watch))
    shown = {"filtered_rows": 0, "last_row_id": None}
    close_page(app, pages[0])

    times = {name: [] for name in ("open", "open_settled", "filter", "scroll")}
    raw_times = {name: [] for name in ("open", "filter", "scroll")}
    for run in range(runs):
        start = time.perf_counter()
        page = open_page(ctx, user, watch)
        times["open"].append((time.perf_counter() - start) * 1000)
        settle(app, page)
        times["open_settled"].append((time.perf_counter() - start) * 1000)
        inspector = inspectors[run % len(inspectors)]
        start = time.perf_counter()
        filter_by(page, inspector.id, first_day, last_day, watch)
        times["filter"].append((time.perf_counter() - start) * 1000)
        shown["filtered_rows"] = page.model.total()
        if not shown["filtered_rows"] or page.model.row(0).user_id != inspector.id:
            raise SystemExit("footage_browser: the filter showed no rows of the inspector")
        clear_filter(page, watch)
        start = time.perf_counter()
        scroll_to_end(page, watch)
        times["scroll"].append((time.perf_counter() - start) * 1000)
        last = page.model.row(page.model.rowCount() - 1)
        shown["last_row_id"] = last.id if last else None
        if last is None or last.id != raw.execute("SELECT id FROM recordings ORDER BY start_utc, id LIMIT 1"
                                                  ).fetchone()[0]:
            raise SystemExit("footage_browser: the last row is not the oldest recording")
        close_page(app, page)
        for name, statements in sql.items():
            raw_times[name].append(replay(raw, statements))
    result = {
        "bench": "footage_browser", "runs": runs, "goal_ms": GOAL_MS,
        **{f"{name}_ms": round(statistics.median(values), 1) for name, values in times.items()},
        "raw_sqlite_ms": {name: round(statistics.median(values), 1) for name, values in raw_times.items()},
        "statements": {name: len(statements) for name, statements in sql.items()},
        "all_ms": {name: [round(x, 1) for x in values] for name, values in times.items()},
        **shown,
        "plans": {name: plans(raw, statements) for name, statements in sql.items()},
    }
    raw.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recordings", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from inspector_app.paths import database_file
    from ui.fonts import install_fonts

    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    with tempfile.TemporaryDirectory(prefix="bench-footage-") as tmp:
        started = time.perf_counter()
        ctx, resp, head, inspectors, recorders = build_unit(Path(tmp) / "data")
        db_path = database_file(ctx.data_dir)
        bulk_insert(db_path, args.recordings // SEGMENTS, resp, head, inspectors, recorders)
        insert_recordings(db_path, args.recordings)
        log(f"{args.recordings} recordings written in {time.perf_counter() - started:.1f} s "
            f"({db_path.stat().st_size / 1e6:.0f} MB)")
        try:
            result = measure(app, ctx, resp, inspectors, db_path, args.runs)
        finally:
            ctx.close()
    result["recordings"] = args.recordings
    result["meets_goal"] = all(result[f"{name}_ms"] < GOAL_MS for name in ("open", "filter", "scroll"))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
