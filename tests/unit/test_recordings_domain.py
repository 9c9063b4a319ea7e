"""The rules that place recordings in time: zones, start sources, issue windows, continuity, clock checks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inspector_app.domain.recordings import (
    ISSUE_GRACE,
    MISSING_LISTED_MAX,
    ContinuityReport,
    Gap,
    IssueWindow,
    Recording,
    RecordingKind,
    StartSource,
    choose_start,
    clock_check,
    continuity,
    end_of,
    entry_for,
    local_to_utc,
)
from inspector_app.errors import ValidationError

UTC = timezone.utc
ALMATY = "Asia/Almaty"
T0 = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # 09:00 in Almaty


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def rec(rid: int, start: float | None, minutes: float | None = 5, seq: int | None = None,
        entry_id: int | None = 1) -> Recording:
    start_utc = at(start) if start is not None else None
    return Recording(sha256=f"{rid:064x}", size=1000, recorder_id=7, inventory_number="ВР-001",
                     source_name=f"DCIM/{rid:04d}.mp4", kind=RecordingKind.VIDEO, ingested_at=at(600), ingest_run_id=1,
                     entry_id=entry_id, user_id=3, start_utc=start_utc,
                     end_utc=end_of(start_utc, minutes * 60 if minutes is not None else None),
                     duration_seconds=minutes * 60 if minutes is not None else None, sequence_number=seq, id=rid)


# time zones
def test_almaty_local_time_is_utc_plus_five():
    assert local_to_utc(datetime(2026, 11, 23, 10, 15, 2), ALMATY) == datetime(2026, 11, 23, 5, 15, 2, tzinfo=UTC)
    assert local_to_utc(datetime(2027, 7, 1, 0, 30), ALMATY) == datetime(2027, 6, 30, 19, 30, tzinfo=UTC)


def test_other_zones_go_through_the_zone_database():
    assert local_to_utc(datetime(2026, 11, 23, 10, 0), "Europe/Moscow").hour == 7
    # Berlin in summer is UTC+2, in winter UTC+1: the rule comes from the date, not a fixed offset.
    assert local_to_utc(datetime(2026, 7, 1, 12, 0), "Europe/Berlin").hour == 10
    assert local_to_utc(datetime(2026, 1, 1, 12, 0), "Europe/Berlin").hour == 11
    # A time repeated when the clocks go back is taken at its first occurrence (still summer time).
    assert local_to_utc(datetime(2026, 10, 25, 2, 30), "Europe/Berlin") == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_aware_input_and_unknown_zone_are_refused():
    with pytest.raises(ValueError):
        local_to_utc(T0, ALMATY)
    with pytest.raises(ValidationError):
        local_to_utc(datetime(2026, 1, 1), "Mars/Olympus")


# start source
def test_file_name_wins_then_container_then_file_time():
    local = datetime(2026, 11, 23, 10, 0, 0)
    container = datetime(2026, 11, 23, 5, 0, 3, tzinfo=UTC)
    mtime = datetime(2026, 11, 23, 5, 10, 0, tzinfo=UTC)
    assert choose_start(local, container, mtime, ALMATY) == (datetime(2026, 11, 23, 5, 0, tzinfo=UTC),
                                                             StartSource.FILENAME)
    assert choose_start(None, container, mtime, ALMATY) == (container, StartSource.CONTAINER)
    assert choose_start(None, None, mtime, ALMATY) == (mtime, StartSource.FILE_TIME)
    assert choose_start(None, None, None, ALMATY) == (None, StartSource.UNKNOWN)


def test_unset_container_times_are_passed_over():
    mtime = datetime(2026, 11, 23, 5, 10, tzinfo=UTC)
    for unset in (datetime(1904, 1, 1, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC)):
        assert choose_start(None, unset, mtime, ALMATY) == (mtime, StartSource.FILE_TIME)


def test_container_time_in_another_zone_is_normalised_to_utc():
    plus5 = timezone(timedelta(hours=5))
    start, source = choose_start(None, datetime(2026, 11, 23, 10, 0, tzinfo=plus5), None, ALMATY)
    assert start == datetime(2026, 11, 23, 5, 0, tzinfo=UTC) and start.tzinfo == UTC
    assert source is StartSource.CONTAINER


# issue windows
WINDOWS = [IssueWindow(10, 3, at(0), at(180)),     # 09:00–12:00
           IssueWindow(11, 4, at(240), at(300)),   # 13:00–14:00
           IssueWindow(12, 3, at(600), None)]      # 19:00, not yet returned


@pytest.mark.parametrize("minutes, entry", [
    (0, 10), (90, 10), (180, 10),             # inside, both ends included
    (-9, 10), (189, 10),                      # within the grace before issue / after return
    (-11, None), (191, None), (210, None),    # beyond it: the recorder was in store
    (235, 11), (305, 11),
    (600, 12), (60 * 24 * 5, 12),             # an open window has no end
    (595, 12),
])
def test_entry_for_with_grace_margins(minutes, entry):
    found = entry_for(at(minutes), WINDOWS)
    assert (found.entry_id if found else None) == entry


def test_the_nearest_window_wins_inside_two_grace_margins():
    close = [IssueWindow(1, 3, at(0), at(60)), IssueWindow(2, 4, at(70), at(120))]
    assert entry_for(at(62), close).entry_id == 1
    assert entry_for(at(67), close).entry_id == 2
    assert entry_for(at(65), close).entry_id == 2  # a tie goes to the later issue
    assert entry_for(at(65), close, grace=timedelta(0)) is None


def test_a_window_left_out_as_struck_takes_nothing_and_its_correction_takes_over():
    # The repository leaves struck entries out; the correction (entry 21) holds the right times.
    corrected = [IssueWindow(21, 3, at(30), at(200))]
    assert entry_for(at(10), corrected) is None
    assert entry_for(at(40), corrected).entry_id == 21


def test_no_start_no_entry():
    assert entry_for(None, WINDOWS) is None
    assert entry_for(at(0), []) is None
    assert ISSUE_GRACE == timedelta(minutes=10)


# continuity
WINDOW = IssueWindow(1, 3, at(0), at(180))


def test_back_to_back_segments_are_continuous():
    segments = [rec(1, 10, seq=1), rec(2, 15, seq=2), rec(3, 20.02, seq=3)]  # 1.2 s between the last two
    report = continuity(WINDOW, segments, segments, gap_tolerance_seconds=2, created_at=at(600))
    assert report == ContinuityReport(1, at(600), [], [], [], False, [], 2)
    assert report.ok


def test_a_gap_beyond_the_tolerance_is_reported():
    segments = [rec(1, 10, seq=1), rec(2, 15, seq=2), rec(3, 30, seq=3)]
    report = continuity(WINDOW, segments, segments, gap_tolerance_seconds=5, created_at=at(600))
    assert report.gaps == [Gap(2, 3, 600.0)]
    assert not report.ok


def test_overlapping_segments_do_not_make_gaps_and_order_does_not_matter():
    segments = [rec(3, 40, minutes=5), rec(1, 10, minutes=30), rec(2, 20, minutes=5)]
    report = continuity(WINDOW, segments, segments, gap_tolerance_seconds=5, created_at=at(600))
    assert report.gaps == []


def test_a_segment_of_unknown_length_counts_as_ending_at_its_start():
    segments = [rec(1, 10), rec(2, 15, minutes=None), rec(3, 20)]
    report = continuity(WINDOW, segments, segments, gap_tolerance_seconds=5, created_at=at(600))
    assert report.gaps == [Gap(2, 3, 300.0)]


def test_missing_sequence_numbers_between_first_and_last():
    segments = [rec(1, 10, seq=41), rec(2, 15, seq=42), rec(3, 20, seq=45), rec(4, 25, seq=47)]
    report = continuity(WINDOW, segments, segments, gap_tolerance_seconds=5, created_at=at(600))
    assert report.missing_sequence_numbers == [43, 44, 46]
    assert report.gaps == [] and not report.ok


def test_a_reset_counter_does_not_list_a_million_numbers():
    segments = [rec(1, 10, seq=1), rec(2, 15, seq=999_999)]
    report = continuity(WINDOW, segments, segments, gap_tolerance_seconds=5, created_at=at(600))
    assert len(report.missing_sequence_numbers) == MISSING_LISTED_MAX


def test_recordings_outside_the_issue_are_listed():
    mine = [rec(1, 10), rec(2, 15)]
    before, after = rec(3, -60, entry_id=None), rec(4, 250, entry_id=None)
    undated = rec(5, None, entry_id=None)
    report = continuity(WINDOW, mine, [*mine, before, after, undated], gap_tolerance_seconds=5, created_at=at(600))
    assert report.outside_issue == [3, 4]
    assert report.undated == [5]
    assert not report.ok


def test_outside_any_issue_when_all_windows_are_given():
    mine = [rec(1, 10)]
    other = rec(2, 250, entry_id=2)   # recorded during another issue of the same recorder
    stray = rec(3, 400, entry_id=None)
    windows = [WINDOW, IssueWindow(2, 4, at(240), at(300))]
    assert continuity(WINDOW, mine, [*mine, other, stray], 5, at(600)).outside_issue == [2, 3]
    assert continuity(WINDOW, mine, [*mine, other, stray], 5, at(600), windows=windows).outside_issue == [3]


def test_an_issue_without_recordings_is_empty():
    report = continuity(WINDOW, [], [], gap_tolerance_seconds=5, created_at=at(600))
    assert report.empty and not report.ok
    assert report.gaps == [] and report.missing_sequence_numbers == []


# clock check
def test_clock_read_off_the_recorder_gives_the_offset():
    docked = at(600)
    ahead = clock_check(docked, at(590), docked + timedelta(seconds=95), 60, recorder_id=7, ingest_run_id=1)
    assert ahead.offset_seconds == 95 and ahead.flagged and ahead.measured
    behind = clock_check(docked, at(590), docked - timedelta(seconds=61), 60, recorder_id=7, ingest_run_id=1)
    assert behind.offset_seconds == -61 and behind.flagged
    fine = clock_check(docked, None, docked + timedelta(seconds=30), 60, recorder_id=7, ingest_run_id=1)
    assert fine.offset_seconds == 30 and not fine.flagged
    assert (fine.recorder_id, fine.ingest_run_id, fine.docked_at, fine.tolerance_seconds) == (7, 1, docked, 60)


def test_without_the_recorder_clock_the_newest_file_gives_a_bound():
    docked = at(600)
    # A file "ending" 20 minutes after docking: the clock is at least 20 minutes ahead.
    future = clock_check(docked, at(620), None, 60, recorder_id=7, ingest_run_id=1)
    assert future.offset_seconds == 1200 and future.flagged and not future.measured
    # A file ending an hour before docking says nothing sure: the recorder may just have been idle.
    idle = clock_check(docked, at(540), None, 60, recorder_id=7, ingest_run_id=1)
    assert idle.offset_seconds == -3600 and not idle.flagged


def test_with_neither_nothing_is_known():
    check = clock_check(at(600), None, None, 60, recorder_id=7, ingest_run_id=1)
    assert check.offset_seconds is None and not check.flagged
