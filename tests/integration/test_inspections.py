"""Inspections, violations, acts and prescriptions on a real SQLite file (issue 8): an inspector's own
inspection with evidence picked from the recordings of their issue by metadata, an act and a prescription
issued in Kazakh and Russian (checked with pdftotext and pdffonts), frozen and numbered without gaps,
signed with a PKCS#12 key (verified with `openssl cms -verify`) and through the NCALayer stand-in, the
follow-up of deadlines, and bad input refused."""

from __future__ import annotations

import subprocess
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.domain.inspections import (
    ControlKind,
    DocumentKind,
    EvidenceRef,
    FollowUp,
    InspectionInput,
    ViolationInput,
)
from inspector_app.domain.recordings import IngestRun
from inspector_app.errors import PermissionDenied, ValidationError
from inspector_app.ncalayer import NcaLayerClient
from inspector_app.services.journal import IssueRequest
from tests.conftest import PASSWORDS, sign_as
from tests.integration.conftest import db_path
from tests.integration.test_recordings_repository import add, recording
from tests.nca_pki import PASSWORD, make_pki, openssl_verify
from tests.ncalayer_stub import NcaLayerStub
from tests.db_backend import raw_connect, RAW_ERRORS

BIN = "940140000385"
NOW = datetime.now(timezone.utc).replace(microsecond=0)  # the test certificates are valid from about now


@pytest.fixture
def clock(clock):
    clock.set(NOW)
    return clock


@pytest.fixture
def other(unit_context, head):
    unit_context.users.add(head, "bolat", "Төлеуов Болат Әсетұлы", "Мемлекеттік инспектор", "inspector",
                           "Bolat-pass-2026")
    return unit_context.accounts.authenticate("bolat", "Bolat-pass-2026")


@pytest.fixture
def issue_with_footage(unit_context, responsible, inspector, clock):
    """A recorder issued to the inspector and returned, with two recordings of the visit and a bookmark."""
    ctx = unit_context
    recorder = ctx.recorders.add(responsible, "ВР-007", "SN-7", "DS-MCW406", "hikvision-dswa")
    row = ctx.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 0),
                            sign_as(ctx, "aliya"), sign_as(ctx, "resp"))
    clock.advance(hours=3)
    ctx.journal.return_recorder(responsible, row.entry.id, "", sign_as(ctx, "aliya"), sign_as(ctx, "resp"))
    with ctx.uow_factory() as uow:
        run = uow.recordings.add_run(IngestRun(recorder.id, "REC", clock.now()))
        uow.commit()
    start = row.entry.at + timedelta(minutes=20)
    recs = add(ctx, recording(run, 1, start, entry_id=row.entry.id, user_id=inspector.id),
               recording(run, 2, start + timedelta(minutes=5), entry_id=row.entry.id, user_id=inspector.id))
    mark = ctx.review.add_bookmark(responsible, recs[1].id, 61_000, "Ашық карьерде қоршау жоқ")
    return row.entry, recs, mark


def _input(inspector, entry_id=None, **changes) -> InspectionInput:
    values = dict(subject_name="«Қарағанды Көмір» ЖШС", subject_bin_iin=BIN, control_kind=ControlKind.UNSCHEDULED,
                  basis_number="17-01/255", basis_date=date(2026, 11, 20), lead_inspector_id=inspector.id,
                  period_from=NOW.date(), period_to=NOW.date() + timedelta(days=2),
                  subject_address="Қарағанды қ., Бұқар жырау даңғылы, 12",
                  facility_name="«Шұбаркөл» көмір разрезі", facility_kind="Ашық тау-кен жұмыстары",
                  facility_registration="ҚӨО-0451", representative_name="Үсенов Нұрлан Һашимұлы",
                  representative_position="Өндірістік бақылау бастығы", place="Қарағанды қ.",
                  findings="Тексеру барысында өнеркәсіптік қауіпсіздік талаптарының бұзылуы анықталды.",
                  entry_ids=(entry_id,) if entry_id else ())
    values.update(changes)
    return InspectionInput(**values)


def _violation(recs, mark, deadline) -> ViolationInput:
    return ViolationInput("rules-344/p-4", "Ашық карьердің шетінде қоршау жоқ", deadline, "Солтүстік борт",
                          (EvidenceRef(recs[1].id, mark.id), EvidenceRef(recs[0].id)))


def _text(tmp_path, pdf: bytes, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _fonts_embedded(tmp_path, pdf: bytes) -> bool:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = lines[2:]
    return bool(rows) and all(line.split()[-5] == "yes" for line in rows)  # the "emb" column


def test_an_act_and_a_prescription_in_both_languages(tmp_path, unit_context, inspector, head, issue_with_footage):
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    inspection = ctx.inspections.create(inspector, _input(inspector, entry.id))
    candidates = ctx.inspections.evidence_candidates(inspector, inspection.id)
    assert {c.recording.sha256 for c in candidates} == {r.sha256 for r in recs}
    assert all(c.recording.thumbnail is None for c in candidates)  # metadata, never a picture
    assert [b.id for c in candidates for b in c.bookmarks] == [mark.id]
    deadline = NOW.date() + timedelta(days=30)
    violation = ctx.inspections.add_violation(inspector, inspection.id, _violation(recs, mark, deadline))
    assert violation.number == 1 and "344" in violation.reference_ru and "4-тармағы" in violation.reference_kk

    act_kk = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "kk")
    act_ru = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru")
    order = ctx.documents.issue(inspector, inspection.id, DocumentKind.PRESCRIPTION, "kk+ru")
    assert (act_kk.number, act_ru.number, order.number) == (f"1/{NOW.year}", f"2/{NOW.year}", f"1/{NOW.year}")

    months_kk = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі",
                 "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"]
    local_day = (NOW + timedelta(hours=5)).date()  # Asia/Almaty
    kk = _text(tmp_path, ctx.documents.pdf(inspector, act_kk.id), "act_kk.pdf")
    assert f"{local_day.year} жылғы {local_day.day} {months_kk[local_day.month - 1]}" in kk
    for needle in (BIN, "«Қарағанды Көмір» ЖШС", "Нұрланова Әлия Қайратқызы", "17-01/255", "ВР-001",
                   recs[0].sha256, recs[1].sha256, "Бетбелгі: Ашық карьерде", f"№ {act_kk.number}",
                   deadline.strftime("%d.%m.%Y")):
        assert needle in kk, needle
    ru = _text(tmp_path, ctx.documents.pdf(inspector, act_ru.id), "act_ru.pdf")
    months_ru = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
    assert f"{local_day.day} {months_ru[local_day.month - 1]} {local_day.year} года" in ru
    assert "Внеплановая проверка" in ru and "Правил" in ru and recs[1].sha256 in ru
    both = _text(tmp_path, ctx.documents.pdf(inspector, order.id), "order.pdf")
    assert "НҰСҚАМА" in both.upper() and "ПРЕДПИСАНИЕ" in both.upper() and act_kk.number in both
    for pdf in (act_kk, act_ru, order):
        assert _fonts_embedded(tmp_path, ctx.documents.pdf(inspector, pdf.id))

    # issued means frozen: the database refuses a change, and the audit trail holds the hash
    with closing(raw_connect(db_path(ctx))) as conn:
        with pytest.raises(RAW_ERRORS, match="append-only"):
            conn.execute("UPDATE inspection_documents SET pdf = ? WHERE id = ?", (b"\x00", act_kk.id))
    issued = [e.details for e in ctx.audit.list(head, AuditFilter(kind=AuditKind.DOCUMENT))]
    assert {(d["number"], d["sha256"]) for d in issued} == {(d.number, d.sha256) for d in (act_kk, act_ru, order)}


def test_documents_are_numbered_per_kind_and_year_without_gaps_and_replaced_not_changed(
        unit_context, inspector, head, issue_with_footage):
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    inspection = ctx.inspections.create(inspector, _input(inspector, entry.id))
    first = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru")
    ctx.inspections.update(inspector, inspection.id, _input(inspector, entry.id, findings="Уточнённые результаты"))
    second = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru", replaces_id=first.id)
    assert (first.sequence, second.sequence) == (1, 2) and second.replaces_id == first.id
    assert ctx.documents.current(inspector, inspection.id, DocumentKind.ACT).id == second.id
    assert ctx.documents.counts(inspector, ctx.inspections.list(inspector)) == {inspection.id: 2}
    assert ctx.documents.pdf(inspector, first.id) != ctx.documents.pdf(inspector, second.id)  # the old one stays
    with pytest.raises(ValidationError, match="already replaced"):
        ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru", replaces_id=first.id)
    with pytest.raises(PermissionDenied):
        ctx.documents.issue(ctx.accounts.authenticate("resp", PASSWORDS["resp"]), inspection.id,
                            DocumentKind.ACT, "ru")


def test_signed_with_a_key_file_openssl_accepts_it_and_one_changed_byte_fails(
        tmp_path, unit_context, inspector, issue_with_footage):
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    pki = make_pki()
    inspection = ctx.inspections.create(inspector, _input(inspector, entry.id))
    act = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "kk")
    with pytest.raises(ValidationError, match="password"):
        ctx.documents.sign_with_key_file(inspector, act.id, pki.user_p12(PASSWORD), "wrong")
    assert ctx.documents.signatures(inspector, act.id) == []
    sig = ctx.documents.sign_with_key_file(inspector, act.id, pki.user_p12(PASSWORD), PASSWORD)
    pdf = ctx.documents.pdf(inspector, act.id)
    result = openssl_verify(tmp_path, pdf, sig.cms, pki.root_pem)
    assert result.returncode == 0, result.stderr
    changed = bytearray(pdf)
    changed[len(changed) // 2] ^= 0x01
    assert openssl_verify(tmp_path, bytes(changed), sig.cms, pki.root_pem).returncode != 0
    [(kept, info)] = ctx.documents.verify(inspector, act.id, [pki.root_cert])
    assert kept.id == sig.id and info.iin == sig.signer_iin and sig.method == "pkcs12"


def test_signed_through_ncalayer(tmp_path, unit_context, inspector, issue_with_footage):
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    pki = make_pki()
    inspection = ctx.inspections.create(inspector, _input(inspector, entry.id))
    act = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru")
    with NcaLayerStub(pki.user_p12(PASSWORD), PASSWORD) as stub:
        sig = ctx.documents.sign_with_ncalayer(inspector, act.id, NcaLayerClient(stub.url, timeout=10), "ru")
    assert sig.method == "ncalayer"
    result = openssl_verify(tmp_path, ctx.documents.pdf(inspector, act.id), sig.cms, pki.root_pem)
    assert result.returncode == 0, result.stderr


def test_the_follow_up_lists_due_overdue_and_eliminated(unit_context, inspector, head, issue_with_footage, clock):
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    inspection = ctx.inspections.create(inspector, _input(inspector, entry.id))
    soon = ctx.inspections.add_violation(inspector, inspection.id, _violation(recs, mark, NOW.date() + timedelta(5)))
    later = ctx.inspections.add_violation(inspector, inspection.id, replace(
        _violation(recs, mark, NOW.date() + timedelta(60)), requirement_code="law-188-v"))
    ctx.inspections.record_elimination(inspector, later.id, NOW.date(), "Қоршау орнатылды, фото қоса берілді")
    states = {i.violation.id: i.state for i in ctx.inspections.follow_up(inspector, NOW.date() + timedelta(10))}
    assert states == {soon.id: FollowUp.OVERDUE, later.id: FollowUp.ELIMINATED}
    assert {i.violation.id for i in ctx.inspections.follow_up(head)} == {soon.id, later.id}  # the head sees all
    follow = ctx.inspections.create(inspector, _input(inspector, follows_violation_ids=(soon.id,),
                                                      control_kind=ControlKind.UNSCHEDULED))
    ctx.inspections.record_elimination(inspector, soon.id, NOW.date(), "Тексеру кезінде расталды",
                                       follow_up_inspection_id=follow.id)
    assert {i.state for i in ctx.inspections.follow_up(inspector)} == {FollowUp.ELIMINATED}
    assert ctx.inspections.get(inspector, follow.id).data.follows_violation_ids == (soon.id,)
    with pytest.raises(ValidationError, match="already"):
        ctx.inspections.record_elimination(inspector, soon.id, NOW.date(), "again")
    third = ctx.inspections.add_violation(inspector, inspection.id, _violation(recs, mark, NOW.date() + timedelta(9)))
    with pytest.raises(ValidationError, match="before the inspection") as refused:
        ctx.inspections.record_elimination(inspector, third.id, NOW.date() - timedelta(days=1), "Раньше проверки")
    assert refused.value.code == "elimination_date"
    names = {name for _, name, _ in ctx.inspections.inspectors(inspector)}  # an inspector can name colleagues
    assert "Нұрланова Әлия Қайратқызы" in names and "Сәрсенбаев Ерлан Бақытұлы" in names


def test_inspectors_see_their_own_and_pick_evidence_only_from_their_issues(
        unit_context, inspector, other, head, issue_with_footage):
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    mine = ctx.inspections.create(inspector, _input(inspector, entry.id))
    with pytest.raises(PermissionDenied):
        ctx.inspections.get(other, mine.id)
    assert ctx.inspections.list(other) == [] and [i.id for i in ctx.inspections.list(head)] == [mine.id]
    with pytest.raises(ValidationError, match="someone outside"):
        ctx.inspections.create(other, _input(other, entry.id))  # the issue was to another inspector
    theirs = ctx.inspections.create(other, _input(other))
    with pytest.raises(ValidationError, match="not one of this inspection"):
        ctx.inspections.add_violation(other, theirs.id, _violation(recs, mark, NOW.date() + timedelta(30)))
    with pytest.raises(PermissionDenied):
        ctx.inspections.create(ctx.accounts.authenticate("resp", PASSWORDS["resp"]), _input(inspector))


@pytest.mark.parametrize("changes, code", [
    ({"subject_bin_iin": "940140000386"}, "bin_iin_checksum"),
    ({"subject_bin_iin": "12345"}, "bin_iin_length"),
    ({"lead_inspector_id": None}, "inspection_no_inspector"),
    ({"period_to": NOW.date() - timedelta(days=1)}, "inspection_period"),
    ({"subject_name": "  "}, "empty"),
])
def test_bad_inspections_are_refused_with_a_clear_message(unit_context, inspector, changes, code):
    with pytest.raises(ValidationError) as refused:
        unit_context.inspections.create(inspector, _input(inspector, **changes))
    assert refused.value.code == code and str(refused.value)
    assert unit_context.inspections.list(inspector) == []


def test_bad_violations_and_documents_are_refused(unit_context, inspector, issue_with_footage):
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    inspection = ctx.inspections.create(inspector, _input(inspector, entry.id))
    for data, code in ((_violation(recs, mark, NOW.date() - timedelta(days=1)), "violation_deadline"),
                       (replace(_violation(recs, mark, None), description=" "), "violation_empty"),
                       (replace(_violation(recs, mark, None), requirement_code="no-such"), "violation_requirement")):
        with pytest.raises(ValidationError) as refused:
            ctx.inspections.add_violation(inspector, inspection.id, data)
        assert refused.value.code == code
    assert ctx.inspections.violations(inspector, inspection.id) == []
    with pytest.raises(Exception, match="act first"):
        ctx.documents.issue(inspector, inspection.id, DocumentKind.PRESCRIPTION, "ru")
    ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru")
    with pytest.raises(ValidationError, match="at least one violation"):
        ctx.documents.issue(inspector, inspection.id, DocumentKind.PRESCRIPTION, "ru")
    ctx.inspections.add_violation(inspector, inspection.id, _violation(recs, mark, NOW.date() + timedelta(days=3)))
    with pytest.raises(ValidationError, match="before the document's date"):
        ctx.documents.issue(inspector, inspection.id, DocumentKind.PRESCRIPTION, "ru",
                            drawn_up_at=NOW + timedelta(days=10))
    with pytest.raises(ValidationError, match="kk, ru"):
        ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "en")


def test_the_responsible_person_is_refused_before_any_id_is_looked_up(unit_context, responsible):
    """Inspections are not the responsible person's: refused, whether the id exists or not."""
    ctx = unit_context
    for call in (lambda: ctx.inspections.get(responsible, 999_999),
                 lambda: ctx.inspections.violations(responsible, 999_999),
                 lambda: ctx.inspections.remove_violation(responsible, 999_999),
                 lambda: ctx.documents.pdf(responsible, 999_999),
                 lambda: ctx.documents.issue(responsible, 999_999, "act", "ru")):
        with pytest.raises(PermissionDenied):
            call()


def test_a_signing_waiting_in_ncalayer_can_be_cancelled_and_keeps_nothing(unit_context, inspector,
                                                                          issue_with_footage):
    import threading

    from inspector_app.errors import OperationCancelled

    ctx = unit_context
    entry, recs, mark = issue_with_footage
    inspection = ctx.inspections.create(inspector, _input(inspector, entry.id))
    act = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru")
    cancel = threading.Event()
    with NcaLayerStub(make_pki().user_p12(PASSWORD), PASSWORD, mode="hang") as stub:
        threading.Timer(0.5, cancel.set).start()  # the person gives up while NCALayer waits for the PIN
        with pytest.raises(OperationCancelled):
            ctx.documents.sign_with_ncalayer(inspector, act.id, NcaLayerClient(stub.url, timeout=30), "ru",
                                             cancel=cancel)
    assert ctx.documents.signatures(inspector, act.id) == []
