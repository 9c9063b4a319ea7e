"""The footage browser's queries on a real SQLite file: flags, the text in notes, the order issue by issue,
pages read from the end, and the issues the rows are grouped by."""

from __future__ import annotations

from datetime import timedelta

import pytest

from inspector_app.domain.recordings import (
    ContinuityReport,
    Gap,
    IngestRun,
    RecordingFilter,
    RecordingFlag,
    clock_check,
)
from inspector_app.services.journal import IssueRequest
from tests.conftest import sign_as
from tests.integration.test_recordings_repository import add, recording


@pytest.fixture
def recorder(unit_context, responsible):
    return unit_context.recorders.add(responsible, "ВР-001", "SN-1", "DS-MCW406", "hikvision-dswa")


def _issue_and_return(ctx, responsible, inspector, recorder, clock, hours: float = 3):
    row = ctx.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 0),
                            sign_as(ctx, "aliya"), sign_as(ctx, "resp"))
    issued_at = row.entry.at
    clock.advance(hours=hours)
    ctx.journal.return_recorder(responsible, row.entry.id, "", sign_as(ctx, "aliya"), sign_as(ctx, "resp"))
    return row.entry.id, issued_at


@pytest.fixture
def footage(unit_context, responsible, inspector, recorder, clock):
    """Two visits of the recorder with three segments each, and one recording made while it was not issued."""
    ctx = unit_context
    first_entry, first_at = _issue_and_return(ctx, responsible, inspector, recorder, clock)
    clock.advance(hours=20)
    second_entry, second_at = _issue_and_return(ctx, responsible, inspector, recorder, clock)
    clock.advance(hours=1)
    with ctx.uow_factory() as uow:
        run = uow.recordings.add_run(IngestRun(recorder.id, "REC_001", clock.now()))
        other_run = uow.recordings.add_run(IngestRun(recorder.id, "REC_001", clock.now()))
        uow.commit()
    t1, t2 = first_at + timedelta(minutes=10), second_at + timedelta(minutes=10)
    recs = add(ctx,
               recording(run, 1, t1, entry_id=first_entry, user_id=inspector.id),
               recording(run, 2, t1 + timedelta(minutes=5), entry_id=first_entry, user_id=inspector.id),
               recording(run, 4, t1 + timedelta(minutes=40), entry_id=first_entry, user_id=inspector.id,
                         source_name="DCIM/100MEDIA/ашық_карьер.mp4"),
               recording(other_run, 5, t2, entry_id=second_entry, user_id=inspector.id, readable=False),
               recording(other_run, 6, t2 + timedelta(minutes=5), entry_id=second_entry, user_id=inspector.id),
               recording(other_run, 7, t2 + timedelta(minutes=10), entry_id=second_entry, user_id=inspector.id),
               recording(other_run, 8, second_at - timedelta(hours=5)))
    with ctx.uow_factory() as uow:
        uow.recordings.add_clock_check(clock_check(clock.now(), None, clock.now() + timedelta(minutes=3), 60,
                                                   recorder_id=recorder.id, ingest_run_id=other_run.id))
        uow.recordings.add_clock_check(clock_check(clock.now(), None, clock.now(), 60,
                                                   recorder_id=recorder.id, ingest_run_id=run.id))
        # the first visit: a 30-minute gap between 2 and 4, and number 3 missing
        uow.recordings.add_continuity_report(ContinuityReport(
            first_entry, clock.now(), [Gap(recs[1].id, recs[2].id, 1800.0)], [3], [], False, [], 2.0))
        uow.commit()
    return ctx, recs, first_entry, second_entry


def _service(ctx):
    from inspector_app.services.recordings import RecordingsService

    return RecordingsService(ctx.uow_factory, ctx.audit, ctx.keyring)


def test_each_flag_picks_out_its_recordings(footage, responsible):
    ctx, recs, first_entry, second_entry = footage
    service = _service(ctx)
    by_flag = {flag: {r.id for r in service.list(responsible, RecordingFilter(flag=flag))} for flag in RecordingFlag}
    assert by_flag[RecordingFlag.GAP] == {recs[1].id, recs[2].id}  # both sides of the gap, around number 3
    assert by_flag[RecordingFlag.UNREADABLE] == {recs[3].id}
    assert by_flag[RecordingFlag.CLOCK_OFFSET] == {recs[3].id, recs[4].id, recs[5].id, recs[6].id}
    assert by_flag[RecordingFlag.NOT_ISSUED] == {recs[6].id}
    assert by_flag[RecordingFlag.EVIDENCE] == by_flag[RecordingFlag.LEGAL_HOLD] == set()
    assert by_flag[RecordingFlag.DESTROYED] == set()
    ctx.review.add_bookmark(responsible, recs[4].id, 61_000, "Бұзушылық: ашық карьерде қоршау жоқ")
    assert [r.id for r in service.list(responsible, RecordingFilter(flag=RecordingFlag.EVIDENCE))] == [recs[4].id]
    assert service.count(responsible, RecordingFilter(flag=RecordingFlag.GAP)) == 2
    flags = service.flags_of(responsible, [r.id for r in recs])
    assert flags[recs[3].id] == {RecordingFlag.UNREADABLE, RecordingFlag.CLOCK_OFFSET}
    assert flags[recs[1].id] == {RecordingFlag.GAP} and flags[recs[4].id] == {RecordingFlag.CLOCK_OFFSET,
                                                                             RecordingFlag.EVIDENCE}
    assert recs[0].id not in flags


def test_a_newer_report_of_the_issue_replaces_its_gap_flags(footage, responsible, clock):
    ctx, recs, first_entry, _ = footage
    with ctx.uow_factory() as uow:
        uow.recordings.add_continuity_report(ContinuityReport(first_entry, clock.now(), [], [], [], False, [], 2.0))
        uow.commit()
    assert _service(ctx).list(responsible, RecordingFilter(flag=RecordingFlag.GAP)) == []


def test_text_is_found_in_notes_in_any_case_in_file_names_and_hashes(footage, responsible):
    ctx, recs, *_ = footage
    service = _service(ctx)
    ctx.review.add_bookmark(responsible, recs[5].id, 1000, "Нарушение: НЕТ ОГРАЖДЕНИЯ у карьера")
    ctx.review.add_bookmark(responsible, recs[0].id, 2000, "Қауіпті аймақта ҚОРҒАНЫС ҚАЛПАҒЫ жоқ")

    def found(text):
        return {r.id for r in service.list(responsible, RecordingFilter(text=text))}

    assert found("нет ограждения") == {recs[5].id}
    assert found("қорғаныс қалпағы") == {recs[0].id}       # Kazakh letters, another case
    assert found("АШЫҚ_КАРЬЕР") == {recs[2].id}            # the file name; "_" is a letter, not a wildcard
    assert found(recs[3].sha256.upper()) == {recs[3].id}   # a hash (the test hashes share their first digits)
    assert found("100%") == set()                           # "%" is a letter, not a wildcard
    assert found("ешнәрсе") == set()
    combined = RecordingFilter(text="нет ограждения", flag=RecordingFlag.CLOCK_OFFSET)
    assert {r.id for r in service.list(responsible, combined)} == {recs[5].id}


def test_by_issue_orders_newest_visit_first_and_its_segments_in_order(footage, responsible, inspector):
    ctx, recs, first_entry, second_entry = footage
    service = _service(ctx)
    listed = service.list(responsible, RecordingFilter(by_issue=True))
    assert [r.id for r in listed] == [recs[3].id, recs[4].id, recs[5].id, recs[0].id, recs[1].id, recs[2].id,
                                      recs[6].id]  # the recording of no issue last
    groups = service.issue_groups(responsible, [r.entry_id for r in listed if r.entry_id])
    assert set(groups) == {first_entry, second_entry}
    assert groups[first_entry].segments == 3 and groups[second_entry].segments == 3
    assert groups[first_entry].user_full_name == inspector.full_name and groups[first_entry].inventory_number == "ВР-001"
    assert groups[first_entry].returned_at is not None and groups[first_entry].number < groups[second_entry].number


@pytest.mark.parametrize("flt", [RecordingFilter(), RecordingFilter(by_issue=True),
                                 RecordingFilter(newest_first=False)])
def test_a_page_read_from_the_end_is_the_same_page(footage, responsible, flt):
    ctx, recs, *_ = footage
    service = _service(ctx)
    every = [r.id for r in service.list(responsible, flt, 0, 100)]
    total = len(every)
    assert total == 7
    for offset in range(total):
        for limit in (1, 2, 3, 5):
            assert [r.id for r in service.list(responsible, flt, offset, limit, total=total)] == \
                every[offset:offset + limit], (offset, limit)


def test_held_and_cited_recordings_are_picked_out(footage, responsible, head):
    ctx, recs, *_ = footage
    service = _service(ctx)
    [hold] = ctx.retention.place_hold(responsible, [recs[2].id], "Материалы направлены в суд")
    assert [r.id for r in service.list(responsible, RecordingFilter(flag=RecordingFlag.LEGAL_HOLD))] == [recs[2].id]
    ctx.retention.release_hold(head, hold, "Дело закрыто")
    assert service.list(responsible, RecordingFilter(flag=RecordingFlag.LEGAL_HOLD)) == []
    with ctx.uow_factory() as uow:  # a violation citing a recording makes it evidence, without a bookmark
        from inspector_app.domain.inspections import ControlKind, EvidenceRef, InspectionInput, ViolationInput

        day = ctx.clock.now().date()
        inspection = uow.inspections.add(InspectionInput(
            "«Сынақ» ЖШС", "940140000385", ControlKind.UNSCHEDULED, "1", day, head.id, day, day), head.id,
            ctx.clock.now())
        uow.inspections.add_violation(inspection.id, ViolationInput("law-188-v", "Қоршау жоқ", None, "",
                                                                    (EvidenceRef(recs[5].id),)), "kk", "ru")
        uow.commit()
    assert [r.id for r in service.list(responsible, RecordingFilter(flag=RecordingFlag.EVIDENCE))] == [recs[5].id]
