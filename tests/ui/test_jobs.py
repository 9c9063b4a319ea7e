"""The background-job primitive: results, progress, failures and cancellation arrive through signals."""

from __future__ import annotations

import threading

from inspector_app.errors import ValidationError
from ui.jobs import JobRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = JobRunner()
    seen: list[tuple[int, int]] = []
    gui_thread = threading.get_ident()
    threads: list[int] = []

    def work(control):
        threads.append(threading.get_ident())
        for done in range(1, 4):
            control.progress(done, 3)
        return 42

    results: list[object] = []
    runner.submit("count", work, finished=results.append, progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: results == [42], timeout=3000)
    qtbot.waitUntil(lambda: seen == [(1, 3), (2, 3), (3, 3)], timeout=3000)
    assert threads and threads[0] != gui_thread, "the work ran off the GUI thread"
    qtbot.waitUntil(lambda: runner.running() == [], timeout=3000)


def test_app_error_becomes_failed_message(qtbot):
    runner = JobRunner()

    def work(control):
        raise ValidationError("Inventory number must not be empty")

    messages: list[str] = []
    finished: list[object] = []
    runner.submit("bad", work, failed=messages.append, finished=finished.append)
    qtbot.waitUntil(lambda: messages == ["Inventory number must not be empty"], timeout=3000)
    assert finished == []


def test_cancel_between_chunks(qtbot):
    runner = JobRunner()
    started = threading.Event()
    chunks: list[int] = []

    def work(control):
        started.set()
        for chunk in range(10_000):
            control.check()
            chunks.append(chunk)
            threading.Event().wait(0.001)
        return "finished"

    finished: list[object] = []
    cancelled: list[bool] = []
    job = runner.submit("long", work, finished=finished.append, cancelled=lambda: cancelled.append(True))
    assert started.wait(3)
    job.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=3000)
    assert finished == [] and len(chunks) < 10_000


def test_shutdown_waits_for_running_jobs(qtbot):
    runner = JobRunner()
    release = threading.Event()

    def work(control):
        while not control.cancelled:
            release.wait(0.01)
        return None

    runner.submit("until cancelled", work)
    assert runner.shutdown(3000) is True


def test_a_job_that_ends_after_its_runner_was_deleted_is_ignored(qtbot):
    """The window (and its runner) may be gone when a job's last queued signal arrives: nothing raises."""
    import threading

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QObject

    from ui.jobs import JobRunner

    owner = QObject()
    runner = JobRunner(owner)
    release = threading.Event()
    runner.submit("slow", lambda _control: release.wait(5))
    release.set()
    assert runner.pool.waitForDone(5000)  # the thread is done; its "done" signal still queued here
    shiboken6.delete(owner)  # the window closes: its runner goes with it
    QCoreApplication.processEvents()  # the queued signal arrives: no "Signal source has been deleted"
    assert not shiboken6.isValid(runner)


def test_the_end_of_an_instant_job_is_never_missed(qtbot):
    """`ended` is connected before the job starts: a job done before submit() returns still reports it."""
    runner = JobRunner(max_threads=4)
    ended, finished = [], []
    for number in range(40):
        runner.submit(f"instant {number}", lambda _control, n=number: n, finished=finished.append,
                      ended=lambda n=number: ended.append(n))
    qtbot.waitUntil(lambda: len(ended) == 40, timeout=10_000)
    assert sorted(ended) == list(range(40)) and sorted(finished) == list(range(40))
    assert runner.running() == []
    runner.shutdown()
