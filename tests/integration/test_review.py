"""Bookmarks on recordings and the continuity review (п.6, п.19), over a real database and real ingested footage."""

from __future__ import annotations

from contextlib import closing
from datetime import timedelta

import pytest

from devices.ingest_engine import IngestEngine
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.domain.recordings import ClockCheck
from inspector_app.domain.review import Decision, FlagKind
from inspector_app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from tests.integration.conftest import db_path
from tests.integration.fake_recorder import back_to_back, make_recorder
from tests.integration.test_ingest_engine import _local, _volume, issued  # noqa: F401 - the fixture
from tests.integration.test_integrity import stored  # noqa: F401 - the fixture: three sealed recordings
from tests.db_backend import raw_connect, RAW_ERRORS


@pytest.fixture
def gapped(unit_context, issued, tmp_path):  # noqa: F811
    """ВР-001's issue docked with two back-to-back segments and a third 20 minutes later: one gap."""
    _, entry = issued
    start = _local(entry.at, 5)
    segments = back_to_back(start, 2, 1.0) + [(start + timedelta(minutes=20), 1.0)]
    summary = IngestEngine(unit_context).ingest(_volume(make_recorder(tmp_path / "vol", segments)))
    assert summary.files_stored == 3, summary.log
    return entry


def _sql(ctx, statement: str) -> None:
    with closing(raw_connect(db_path(ctx))) as conn:
        conn.execute(statement)
        conn.commit()


def test_bookmarks_are_added_and_listed_by_position(unit_context, stored, head, responsible):  # noqa: F811
    review = unit_context.review
    late = review.add_bookmark(head, stored[0].id, 400, "Нарушение: нет ограждения у открытого карьера",
                               end_ms=900, inspection_ref="Акт № 12")
    early = review.add_bookmark(responsible, stored[0].id, 150, "Начало обхода")
    review.add_bookmark(head, stored[1].id, 0, "Екінші бөлік", inspection_ref="Акт № 12")
    assert [b.id for b in review.bookmarks(head, stored[0].id)] == [early.id, late.id]
    assert late.is_range and late.end_ms == 900 and not early.is_range
    assert early.created_by_id == responsible.id and early.inspection_ref is None
    assert [b.recording_id for b in review.inspection_bookmarks(responsible, "Акт № 12")] == [stored[0].id,
                                                                                             stored[1].id]


def test_each_bookmark_is_an_audit_event(unit_context, stored, head):  # noqa: F811
    bookmark = unit_context.review.add_bookmark(head, stored[0].id, 2000, "Шлагбаум жоқ")
    [event] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.BOOKMARK))
    assert event.subject == f"bookmark:{bookmark.id}" and event.recording_id == stored[0].id
    assert event.user_id == head.id and event.details["note"] == "Шлагбаум жоқ"


def test_a_correction_supersedes_the_old_bookmark(unit_context, stored, head):  # noqa: F811
    review = unit_context.review
    old = review.add_bookmark(head, stored[0].id, 1000, "Нет огражденя")
    new = review.add_bookmark(head, stored[0].id, 1200, "Нет ограждения", supersedes_id=old.id)
    assert [b.id for b in review.bookmarks(head, stored[0].id)] == [new.id]
    assert {b.id for b in review.bookmarks(head, stored[0].id, history=True)} == {old.id, new.id}
    assert new.supersedes_id == old.id
    with pytest.raises(ConflictError):
        review.add_bookmark(head, stored[0].id, 1300, "Ещё раз", supersedes_id=old.id)
    with pytest.raises(NotFoundError):  # a bookmark of another recording cannot be corrected here
        review.add_bookmark(head, stored[1].id, 1300, "Не та запись", supersedes_id=new.id)


@pytest.mark.parametrize(("start", "end", "note"), [(-1, None, "x"), (5000, 4000, "x"), (0, None, "  "),
                                                     (10_000_000, None, "x")])
def test_a_bookmark_needs_a_note_and_offsets_within_the_recording(unit_context, stored, head,  # noqa: F811
                                                                  start, end, note):
    with pytest.raises(ValidationError):
        unit_context.review.add_bookmark(head, stored[0].id, start, note, end_ms=end)
    assert unit_context.review.bookmarks(head, stored[0].id, history=True) == []


@pytest.mark.parametrize("statement", ["UPDATE bookmarks SET note = 'changed'", "DELETE FROM bookmarks"])
def test_the_database_refuses_to_change_or_delete_a_bookmark(unit_context, stored, head, statement):  # noqa: F811
    unit_context.review.add_bookmark(head, stored[0].id, 1000, "Нет ограждения")
    with pytest.raises(RAW_ERRORS, match="append-only"):
        _sql(unit_context, statement)


def test_the_gap_of_an_ingested_issue_is_an_open_flag(unit_context, gapped, head):
    flags = unit_context.review.open_flags(head)
    gaps = [f for f in flags if f.kind is FlagKind.GAP]
    assert len(gaps) == 1 and gaps[0].entry_id == gapped.id and gaps[0].value > 60
    assert gaps[0].key.startswith(f"entry:{gapped.id}:gap:")


def test_a_decided_flag_is_closed_and_its_decision_is_in_the_audit_trail(unit_context, gapped, head, responsible):
    review = unit_context.review
    [flag] = [f for f in review.open_flags(head) if f.kind is FlagKind.GAP]
    decision = review.decide(responsible, flag.key, Decision.EXPLAINED, "Батарея ауыстырылды, 19 минут")
    assert flag.key not in {f.key for f in review.open_flags(head)}
    assert review.flags(head)[[f.key for f, _ in review.flags(head)].index(flag.key)][1] == decision
    [event] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.REVIEW_DECISION))
    assert event.user_id == responsible.id and event.subject == f"flag:{flag.key}"
    assert event.details["decision"] == "explained" and event.details["comment"] == "Батарея ауыстырылды, 19 минут"
    assert event.details["entry_id"] == gapped.id


def test_a_later_decision_supersedes_the_earlier(unit_context, gapped, head, responsible):
    review = unit_context.review
    [flag] = [f for f in review.open_flags(head) if f.kind is FlagKind.GAP]
    first = review.decide(responsible, flag.key, "explained", "Батарея")
    second = review.decide(head, flag.key, Decision.VIOLATION, "Объяснение не подтвердилось: нарушение п.19")
    assert second.supersedes_id == first.id and second.decision is Decision.VIOLATION
    assert [d.id for d in review.decisions(head, flag.key)] == [first.id, second.id]
    assert [d.id for d in review.decisions(head, entry_id=gapped.id)] == [first.id, second.id]
    assert dict(review.flags(head))[flag] == second
    with pytest.raises(RAW_ERRORS, match="append-only"):
        _sql(unit_context, "UPDATE review_decisions SET decision = 'explained'")
    with pytest.raises(RAW_ERRORS, match="append-only"):
        _sql(unit_context, "DELETE FROM review_decisions")


def test_a_decision_needs_a_known_flag_a_known_decision_and_a_comment(unit_context, gapped, head):
    review = unit_context.review
    [flag] = [f for f in review.open_flags(head) if f.kind is FlagKind.GAP]
    with pytest.raises(NotFoundError):
        review.decide(head, "entry:999:empty", "explained", "Нет")
    with pytest.raises(ValidationError):
        review.decide(head, flag.key, "forgiven", "Нет")
    with pytest.raises(ValidationError):
        review.decide(head, flag.key, "explained", "   ")
    assert review.decisions(head) == []


def test_inspectors_are_refused_everything(unit_context, gapped, head, inspector):
    review = unit_context.review
    [flag] = [f for f in review.open_flags(head) if f.kind is FlagKind.GAP]
    with unit_context.uow_factory() as uow:
        recording_id = uow.recordings.for_entry(gapped.id)[0].id
    for call in (lambda: review.add_bookmark(inspector, recording_id, 0, "Моя заметка"),
                 lambda: review.bookmarks(inspector, recording_id),
                 lambda: review.inspection_bookmarks(inspector, "Акт № 1"),
                 lambda: review.open_flags(inspector), lambda: review.flags(inspector),
                 lambda: review.decide(inspector, flag.key, "explained", "Я был на обеде"),
                 lambda: review.decisions(inspector)):
        with pytest.raises(PermissionDenied):
            call()
    assert review.decisions(head) == [] and review.bookmarks(head, recording_id) == []
    denied = unit_context.audit.list(head, AuditFilter(kind=AuditKind.ACCESS_DENIED))
    assert len(denied) == 7 and {e.user_id for e in denied} == {inspector.id}


def test_a_clock_offset_beyond_the_tolerance_is_a_flag_too(unit_context, stored, head, clock):  # noqa: F811
    with unit_context.uow_factory() as uow:
        run_id = uow.recordings.runs(stored[0].recorder_id, 1)[0].id
        check = uow.recordings.add_clock_check(ClockCheck(stored[0].recorder_id, run_id, clock.now(), None,
                                                          clock.now() + timedelta(seconds=95), 95, 30, True))
        uow.commit()
    review = unit_context.review
    [flag] = [f for f in review.open_flags(head) if f.kind is FlagKind.CLOCK_OFFSET]
    assert flag.key == f"clock:{check.id}" and flag.value == 95 and flag.recorder_id == stored[0].recorder_id
    decision = review.decide(head, flag.key, Decision.DEVICE_FAULT, "Батарейка часов разряжена")
    assert decision.clock_check_id == check.id and decision.entry_id is None
    assert flag.key not in {f.key for f in review.open_flags(head)}
