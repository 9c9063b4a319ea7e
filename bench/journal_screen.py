"""The journal screen over 100,000 entries: opening it, and filtering by one inspector, until the first rows show.

Builds a unit (8 people, 12 recorders, a few entries signed through the services) in a temporary folder,
then adds 100,000 journal entries straight into the migrated SQLite file with `executemany` (returns,
storage marks, a few strikes with their remarks). Then, offscreen, over several runs:

- open: construct `JournalPage`, show it, process events until the table's viewport has painted;
- filter: on the shown page choose one inspector in the user filter, until the viewport has painted again;

and, in the same runs, the same statements the app sent for each (captured from SQLAlchemy) replayed on a
plain `sqlite3` connection: the COUNT, the first-page SELECT with LIMIT 200, and all of them together.
Prints ONE JSON line with the medians in milliseconds, the goal (both under 300 ms) and the query plans.

    .venv/bin/python bench/journal_screen.py [--entries 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
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
GOAL_MS = 300.0
PASSWORD = "Bench-pass-2026"
INSPECTORS = (
    ("e.seitkali", "Сейітқали Ержан Бауыржанұлы"),
    ("a.abdikhalykova", "Әбдіхалықова Айгүл Мұратқызы"),
    ("d.zhaksylykov", "Жақсылықов Дәурен Қанатұлы"),
    ("m.nurgaliyeva", "Нұрғалиева Меруерт Өтегенқызы"),
    ("a.sagyndykov", "Сағындықов Асқар Ғалымұлы"),
    ("i.ospanov", "Оспанов Ілияс Төлегенұлы"),
)
SIGNATURE = [[(0.05, 0.6), (0.15, 0.3), (0.25, 0.7), (0.35, 0.35)], [(0.4, 0.5), (0.6, 0.45), (0.9, 0.55)]]


def log(message: str) -> None:
    print(f"journal_screen: {message}", file=sys.stderr, flush=True)


# the data
def build_unit(data_dir: Path):
    """A unit through the services: head, responsible person, six inspectors, twelve recorders, three signed rows."""
    from inspector_app import passwords
    from inspector_app.bootstrap import build_context
    from inspector_app.services.journal import IssueRequest
    from inspector_app.services.setup import PersonInput, initialize_unit
    from inspector_app.services.signers import SignatureInput

    passwords.LOG2_N = 10  # setting up is not what is measured
    ctx = build_context(data_dir)
    initialize_unit(ctx.uow_factory, ctx.clock, name_kk="Алматы қаласы бойынша аумақтық бөлімше",
                    name_ru="Территориальное подразделение по г. Алматы", code="ALA",
                    head=PersonInput("head", "Тоқтарбеков Нұрлан Әбілқасымұлы", "Басшы", PASSWORD),
                    responsible=PersonInput("resp", "Ермекова Гүлнар Серікқызы", "Жетекші маман", PASSWORD),
                    order_reference="№ 27", journal_registration_index="04-12/15")
    head = ctx.accounts.authenticate("head", PASSWORD)
    resp = ctx.accounts.authenticate("resp", PASSWORD)
    inspectors = [ctx.users.add(head, login, name, "Мемлекеттік инспектор", "inspector", PASSWORD)
                  for login, name in INSPECTORS]
    recorders = [ctx.recorders.add(resp, f"ВР-{i:03d}", f"SN-{i:05d}", "DS-MCW406", "hikvision-dswa")
                 for i in range(1, 13)]
    for inspector, recorder in zip(inspectors[:3], recorders):
        row = ctx.journal.issue(resp, IssueRequest(recorder.id, inspector.id, "inspection", 95, 0),
                                SignatureInput(inspector.id, PASSWORD, SIGNATURE), SignatureInput(resp.id, PASSWORD,
                                                                                                 SIGNATURE))
        ctx.journal.return_recorder(resp, row.entry.id, "", SignatureInput(inspector.id, PASSWORD, SIGNATURE),
                                    SignatureInput(resp.id, PASSWORD, SIGNATURE))
    return ctx, resp, head, inspectors, recorders


def _stamp(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")  # as storage.types stores it


def bulk_insert(db_path: Path, count: int, resp, head, inspectors, recorders) -> None:
    """`count` entries after the signed ones, three years of a busy unit, in one transaction."""
    rng = random.Random(444)
    people = [(u.id, u.full_name) for u in inspectors] + [(head.id, head.full_name)]
    conn = sqlite3.connect(db_path)
    try:
        volume_id, first = conn.execute("SELECT volume_id, max(number) FROM journal_entries").fetchone()
        next_id = conn.execute("SELECT max(id) FROM journal_entries").fetchone()[0] + 1
        start = datetime.now(timezone.utc) - timedelta(minutes=15 * count)
        entries, returns, stored, strikes, remarks = [], [], [], [], []
        for i in range(count):
            entry_id, at = next_id + i, start + timedelta(minutes=15 * i)
            user_id, name = people[i % len(people)]
            recorder = recorders[i % len(recorders)]
            entries.append((entry_id, volume_id, first + 1 + i, "issue", recorder.id, recorder.inventory_number,
                            user_id, name, _stamp(at), "inspection", rng.randint(60, 100), "entered",
                            rng.randint(-5, 5), resp.id))
            recent = i >= count - 40
            if not recent or rng.random() < 0.5:  # the last ones partly still out
                returns.append((entry_id, _stamp(at + timedelta(hours=6)), resp.id, ""))
                if not recent and rng.random() < 0.97:
                    stored.append((entry_id, _stamp(at + timedelta(hours=7)), "ingest"))
            if i % 5000 == 2500:  # a few mistakes, struck through
                strikes.append((entry_id, _stamp(at + timedelta(days=1)), resp.id, "Қате жазылған"))
                remarks.append((entry_id, "note", "Қате жазылған, сызылды", resp.id, "Ермекова Гүлнар Серікқызы",
                                _stamp(at + timedelta(days=1))))
        conn.executemany(
            "INSERT INTO journal_entries (id, volume_id, number, kind, recorder_id, inventory_number, user_id, "
            "user_full_name, at, purpose, battery_percent, battery_source, clock_offset_seconds, issued_by_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
        conn.executemany("INSERT INTO journal_returns (entry_id, returned_at, received_by_id, condition) "
                         "VALUES (?, ?, ?, ?)", returns)
        conn.executemany("INSERT INTO journal_storage (entry_id, stored_at, source) VALUES (?, ?, ?)", stored)
        conn.executemany("INSERT INTO journal_strikes (entry_id, struck_at, struck_by_id, reason) VALUES (?, ?, ?, ?)",
                         strikes)
        conn.executemany("INSERT INTO journal_remarks (entry_id, kind, text, author_id, author_name, at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", remarks)
        conn.commit()  # no ANALYZE: the app never runs it, so the planner has no statistics here either
    finally:
        conn.close()


# capturing and replaying the statements
class Recorder:
    """The SQL the app sends to the database while `active`."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.active, self.statements = False, []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if self.active:
            self.statements.append((statement, tuple(parameters or ())))

    def capture(self, action):
        self.statements, self.active = [], True
        try:
            action()
        finally:
            self.active = False
        return list(self.statements)


def replay(conn: sqlite3.Connection, statements) -> float:
    start = time.perf_counter()
    for sql, params in statements:
        conn.execute(sql, params).fetchall()
    return (time.perf_counter() - start) * 1000


def pick(statements, what: str):
    """The journal COUNT, or the first-page SELECT (the one with LIMIT)."""
    for sql, params in statements:
        if "journal_entries" not in sql:
            continue
        if what == "count" and "count(*)" in sql.lower():
            return [(sql, params)]
        if what == "page" and "LIMIT" in sql:
            return [(sql, params)]
    raise SystemExit(f"journal_screen: no {what} statement captured")


def plan(conn: sqlite3.Connection, statements) -> list[str]:
    sql, params = statements[0]
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


# the screen
class PaintWatch:
    """Notes when the table's viewport paints; processing events until then means the rows are on screen."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, obj, event):  # noqa: N802,N805 - Qt API
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        self.app, self.painted, self.filter = app, False, Filter()

    def watch(self, widget) -> None:
        widget.installEventFilter(self.filter)

    def wait(self, timeout_s: float = 30.0) -> None:
        deadline = time.perf_counter() + timeout_s
        while not self.painted:
            self.app.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit("journal_screen: the table never painted")


def open_page(app, ctx, user, watch: PaintWatch):
    from ui.pages.journal_page import JournalPage

    watch.painted = False
    page = JournalPage(ctx, user)
    watch.watch(page.table.viewport())
    page.resize(950, 680)
    page.show()
    watch.wait()
    return page


def filter_by(page, user_id: int, watch: PaintWatch) -> None:
    watch.painted = False
    page.user_filter.setCurrentIndex(page.user_filter.findData(user_id))
    watch.wait()


def close_page(app, page) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no event loop runs to do it
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from inspector_app.paths import database_file
    from ui.fonts import install_fonts

    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    with tempfile.TemporaryDirectory(prefix="bench-journal-") as tmp:
        started = time.perf_counter()
        ctx, resp, head, inspectors, recorders = build_unit(Path(tmp) / "data")
        db_path = database_file(ctx.data_dir)
        bulk_insert(db_path, args.entries, resp, head, inspectors, recorders)
        log(f"{args.entries} entries written in {time.perf_counter() - started:.1f} s")
        try:
            result = measure(app, ctx, resp, inspectors, db_path, args.runs)
        finally:
            ctx.close()
    result["entries"] = args.entries
    result["meets_goal"] = result["open_first_page_ms"] < GOAL_MS and result["filter_inspector_ms"] < GOAL_MS
    print(json.dumps(result, ensure_ascii=False))


def measure(app, ctx, user, inspectors, db_path: Path, runs: int) -> dict:
    recorder = Recorder(ctx.engine)
    watch = PaintWatch(app)
    raw = sqlite3.connect(db_path)
    # One warm-up round, which also captures the statements of each action.
    pages = []
    open_sql = recorder.capture(lambda: pages.append(open_page(app, ctx, user, watch)))
    filter_sql = recorder.capture(lambda: filter_by(pages[0], inspectors[0].id, watch))
    close_page(app, pages[0])
    counts = {"open": len(open_sql), "filter": len(filter_sql)}

    opened, filtered = [], []
    raw_times = {key: [] for key in ("open_count", "open_page", "open_all", "filter_count", "filter_page",
                                     "filter_all")}
    for run in range(runs):
        start = time.perf_counter()
        page = open_page(app, ctx, user, watch)
        opened.append((time.perf_counter() - start) * 1000)
        inspector = inspectors[run % len(inspectors)]
        start = time.perf_counter()
        filter_by(page, inspector.id, watch)
        filtered.append((time.perf_counter() - start) * 1000)
        if page.model.rowCount() == 0 or page.model.pages_loaded == 0:
            raise SystemExit("journal_screen: no rows shown")
        close_page(app, page)
        for name, statements in (("open", open_sql), ("filter", filter_sql)):
            raw_times[f"{name}_count"].append(replay(raw, pick(statements, "count")))
            raw_times[f"{name}_page"].append(replay(raw, pick(statements, "page")))
            raw_times[f"{name}_all"].append(replay(raw, statements))

    # The plans of the journal queries, for every filter the screen offers.
    from inspector_app.domain.journal import JournalFilter

    volume = ctx.journal.volumes(user)[-1]
    plans = {}
    filters = {
        "volume": JournalFilter(volume_id=volume.id),
        "volume_user": JournalFilter(volume_id=volume.id, user_id=inspectors[0].id),
        "volume_recorder": JournalFilter(volume_id=volume.id, recorder_id=1),
        "volume_dates": JournalFilter(volume_id=volume.id, date_from=datetime.now(timezone.utc) - timedelta(days=30),
                                      date_to=datetime.now(timezone.utc)),
        "volume_open": JournalFilter(volume_id=volume.id, open_only=True),
        "volume_overdue": ctx.journal.overdue_filter(JournalFilter(volume_id=volume.id)),
        "all_volumes": JournalFilter(),
    }
    query_ms = {}
    for name, flt in filters.items():
        statements = recorder.capture(lambda flt=flt: (ctx.journal.count(user, flt), ctx.journal.rows(user, flt)))
        plans[f"{name}_count"] = plan(raw, pick(statements, "count"))
        plans[f"{name}_page"] = plan(raw, pick(statements, "page"))
        query_ms[name] = round(statistics.median(
            replay(raw, pick(statements, "count")) + replay(raw, pick(statements, "page")) for _ in range(3)), 2)
    raw.close()

    def med(values) -> float:
        return round(statistics.median(values), 2)

    return {
        "bench": "journal_screen", "runs": runs, "goal_ms": GOAL_MS,
        "open_first_page_ms": med(opened), "filter_inspector_ms": med(filtered),
        "raw_sqlite_ms": {key: med(values) for key, values in raw_times.items()},
        "statements": counts, "raw_count_plus_page_ms_by_filter": query_ms,
        "open_all_ms": [round(x, 1) for x in opened], "filter_all_ms": [round(x, 1) for x in filtered],
        "plans": plans,
    }


if __name__ == "__main__":
    main()
