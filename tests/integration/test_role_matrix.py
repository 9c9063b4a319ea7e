"""Who may call which use case: the role matrix of order No. 444, checked in the service layer.

`MATRIX` declares, for every use case a person can call through the app context, the roles that may
call it. It is derived from the order, not from the code: the head appoints the responsible person
and has full access (п.6, п.13); the responsible person keeps the recorders, issues and receives them
against signature, keeps the journal and the stored footage (п.6, п.8, п.9); the inspector receives and
returns a recorder by signing for it (as recipient and returner: the operation itself is done by the
person who keeps the recorders, п.8, п.10), reports malfunctions (п.20) and reads the journal they sign
in, and never sees stored footage, its thumbnails, continuity and clock reports, or the audit trail
(п.13). Managing staff, the unit's settings and the store's verification are not the inspector's.

Every (use case, role) pair is called with valid arguments: an allowed one must succeed; a refused one
must raise `PermissionDenied`, change nothing in the database or the footage vault, and append one
`access_denied` event, naming who was refused, to the audit trail. A disabled account (a head, who has
every permission by role, so only the active flag can refuse) is refused everything.
`test_every_public_method_is_in_the_matrix` makes sure a new use case cannot be added without a row here.
"""

from __future__ import annotations

import dataclasses
import inspect
import shutil
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest

from inspector_app.clock import FixedClock
from inspector_app.context import AppContext
from inspector_app.documents.audit_export import AuditExporter
from inspector_app.domain.audit import AuditFilter
from inspector_app.domain.journal import JournalFilter, Notification
from inspector_app.domain.recordings import ContinuityReport, Gap
from inspector_app.domain.users import UserView
from inspector_app.errors import PermissionDenied
from inspector_app.paths import vault_dir
from inspector_app.services.journal import IssueRequest
from inspector_app.services.journal_corrections import CorrectionRequest
from inspector_app.services.evidence_package import EvidencePackager
from inspector_app.services.recordings import RecordingsService
from inspector_app.services.signers import SignatureInput
from inspector_app.services.vault_conversion import VaultConversion
from tests.conftest import PASSWORDS, SIGNATURE
from tests.integration.conftest import db_path
from tests.integration.test_integrity import stored  # noqa: F401 - the fixture: three sealed recordings
from tests import db_backend
from tests.db_backend import RawDatabase, raw_connect


HEAD, RESPONSIBLE, INSPECTOR = "head", "responsible", "inspector"
ROLES = (HEAD, RESPONSIBLE, INSPECTOR)
DISABLED = "disabled"
ACTORS = ROLES + (DISABLED,)
ALL = frozenset(ROLES)
STAFF = frozenset({HEAD, RESPONSIBLE})
HEAD_ONLY = frozenset({HEAD})
HEAD2_PASSWORD = "Head2-pass-2026"


@dataclass
class World:
    """A unit with recordings, an open issue and a spare recorder; every use case finds valid arguments here."""

    ctx: AppContext
    tmp: Path
    actors: dict[str, UserView]
    passwords: dict[str, str]
    stored_entry_id: int        # ВР-001: issued, returned, docked; three sealed recordings
    recording_id: int
    stored_recorder_id: int
    open_entry_id: int          # ВР-002: issued to the inspector, not returned
    open_recorder_id: int
    spare_recorder_id: int      # ВР-003: in store, no serial number
    notification_id: int
    recordings: RecordingsService = field(init=False)
    recovery_key: str = ""      # set by _storage_password

    def __post_init__(self) -> None:
        # as the footage page builds it
        self.recordings = RecordingsService(self.ctx.uow_factory, self.ctx.audit, self.ctx.keyring)

    def user(self, name: str) -> UserView:
        return self.actors[name]

    def sign(self, user: UserView) -> SignatureInput:
        """`user` signing at the PC with their drawing and their own password."""
        return SignatureInput(user.id, self.passwords[user.login], SIGNATURE)


def _build_template(request, folder: Path) -> dict:
    """The world, built once per module from the shared fixtures and kept as a copy of its data folder."""
    ctx = request.getfixturevalue("unit_context")
    head, responsible, inspector = (request.getfixturevalue(name) for name in ("head", "responsible", "inspector"))
    recordings = request.getfixturevalue("stored")
    spare = ctx.recorders.add(responsible, "ВР-003", "", "DS-MCW406", "hikvision-dswa")
    held = ctx.recorders.add(responsible, "ВР-002", "", "DS-MCW406", "hikvision-dswa")
    row = ctx.journal.issue(responsible, IssueRequest(held.id, inspector.id, "inspection", 90, 0),
                            SignatureInput(inspector.id, PASSWORDS["aliya"], SIGNATURE),
                            SignatureInput(responsible.id, PASSWORDS["resp"], SIGNATURE))
    ctx.users.add(head, "head2", "Омаров Дәулет Асқарұлы", "Басшының орынбасары", "head", HEAD2_PASSWORD)
    disabled = ctx.accounts.authenticate("head2", HEAD2_PASSWORD)  # the view a session would still hold
    ctx.users.update(head, disabled.id, disabled.full_name, disabled.position, False)
    with ctx.uow_factory() as uow:
        note = uow.journal.add_notification(Notification("fault", "ВР-003: the lens is cracked", ctx.clock.now(),
                                                         inspector.id, spare.id, None))
        uow.commit()
    now = ctx.clock.now()
    url = ctx.config.get("database_url")
    ctx.close()  # every byte on disk before the copy
    shutil.copytree(ctx.data_dir, folder)
    database = db_backend.snapshot(url) if db_backend.ON_POSTGRES else None
    return {"folder": folder, "now": now, "database": database, "fields": dict(
        actors={HEAD: head, RESPONSIBLE: responsible, INSPECTOR: inspector, DISABLED: disabled},
        passwords={"head": PASSWORDS["head"], "resp": PASSWORDS["resp"], "aliya": PASSWORDS["aliya"],
                   "head2": HEAD2_PASSWORD},
        stored_entry_id=recordings[0].entry_id, recording_id=recordings[0].id,
        stored_recorder_id=recordings[0].recorder_id, open_entry_id=row.entry.id, open_recorder_id=held.id,
        spare_recorder_id=spare.id, notification_id=note.id)}


@pytest.fixture(scope="module")
def template() -> dict:
    return {}


@pytest.fixture
def world(request, template, tmp_path_factory, tmp_path) -> World:
    """A fresh copy of the module's world for each test (building it takes a unit setup and an ingest)."""
    from inspector_app.bootstrap import build_context

    if not template:
        template.update(_build_template(request, tmp_path_factory.mktemp("role-matrix") / "data"))
    data = tmp_path / "world"
    shutil.copytree(template["folder"], data)
    if template["database"]:  # on PostgreSQL the world's rows are put back into the run's database
        db_backend.restore(request.getfixturevalue("migrated_database"), template["database"])
    ctx = build_context(data, clock=FixedClock(template["now"]))
    request.addfinalizer(ctx.close)
    return World(ctx, tmp_path, **template["fields"])


@dataclass(frozen=True)
class UseCase:
    name: str                                 # "service.method" or "service.method[variant]"
    roles: frozenset[str]                     # who may call it (order No. 444)
    call: Callable[[World, UserView], Any]
    prepare: Callable[[World], None] | None = None  # state the call needs, set up before anything is counted
    outputs: tuple[str, ...] = ()             # files (under the test's folder) it writes when allowed

    @property
    def method(self) -> str:
        return self.name.split("[", 1)[0]


# --- the calls ---------------------------------------------------------------------------------------

def _issue(w: World, actor: UserView):
    # The issuer is the actor; the recipient is someone else (the inspector, or, when the inspector is
    # the actor, the responsible person), so only the permission can refuse it.
    recipient = w.user(INSPECTOR) if actor.id != w.user(INSPECTOR).id else w.user(RESPONSIBLE)
    return w.ctx.journal.issue(actor, IssueRequest(w.spare_recorder_id, recipient.id, "inspection", 95, 0),
                               w.sign(recipient), w.sign(actor))


def _return(w: World, actor: UserView):
    return w.ctx.journal.return_recorder(actor, w.open_entry_id, "", w.sign(w.user(INSPECTOR)), w.sign(actor))


def _report_fault(w: World, actor: UserView):
    # ВР-002 is held by the inspector: they report its fault as its holder.
    return w.ctx.journal.report_fault(actor, w.open_recorder_id, "The battery does not charge", w.sign(actor))


def _correct(w: World, actor: UserView):
    with w.ctx.uow_factory() as uow:
        entry = uow.journal.entry(w.open_entry_id)
    fix = CorrectionRequest(w.open_recorder_id, w.user(INSPECTOR).id, "preventive_visit", entry.at, 90, 0)
    return w.ctx.journal.correct(actor, w.open_entry_id, "The wrong purpose was written", fix,
                                 w.sign(w.user(INSPECTOR)), w.sign(actor))


def _close_current_volume(w: World) -> None:
    with w.ctx.uow_factory() as uow:
        current = uow.journal.current_volume()
        uow.journal.close_volume(current.id, w.ctx.clock.now(), w.user(RESPONSIBLE).id)
        uow.commit()


def _print_volume(w: World, actor: UserView):
    return w.ctx.journal_printer.print_volume(actor, 1, "kk", w.tmp / "journal.pdf", w.ctx.timezone())


def _update(target: str):
    def call(w: World, actor: UserView):
        user = w.user(target)
        return w.ctx.users.update(actor, user.id, user.full_name, "Аға маман", True)
    return call


def _reset_password(target: str):
    return lambda w, actor: w.ctx.users.reset_password(actor, w.user(target).id, "Reset-pass-2026")


MATRIX: tuple[UseCase, ...] = (
    # accounts: everyone changes their own password
    UseCase("accounts.change_password", ALL,
            lambda w, a: w.ctx.accounts.change_password(a, w.passwords[a.login], "Changed-pass-2026")),
    # users and the appointment of the responsible person (п.6)
    UseCase("users.list", STAFF, lambda w, a: w.ctx.users.list(a)),
    UseCase("users.inspectors", STAFF, lambda w, a: w.ctx.users.inspectors(a)),
    UseCase("users.appointments", STAFF, lambda w, a: w.ctx.users.appointments(a)),
    UseCase("users.add[inspector]", STAFF, lambda w, a: w.ctx.users.add(
        a, "bolat", "Серікбаев Болат Ержанұлы", "Мемлекеттік инспектор", "inspector", "Bolat-pass-2026")),
    UseCase("users.add[head]", HEAD_ONLY, lambda w, a: w.ctx.users.add(
        a, "head3", "Қасымов Нұржан Маратұлы", "Бөлімше басшысы", "head", "Head3-pass-2026")),
    UseCase("users.update[inspector]", STAFF, _update(INSPECTOR)),
    UseCase("users.update[responsible]", HEAD_ONLY, _update(RESPONSIBLE)),
    UseCase("users.update[head]", HEAD_ONLY, _update(HEAD)),
    UseCase("users.reset_password[inspector]", STAFF, _reset_password(INSPECTOR)),
    UseCase("users.reset_password[responsible]", HEAD_ONLY, _reset_password(RESPONSIBLE)),
    UseCase("users.appoint_responsible", HEAD_ONLY,
            lambda w, a: w.ctx.users.appoint_responsible(a, w.user(INSPECTOR).id, "№ 13-ө, 23.11.2026")),
    # the recorder register (п.7, п.8): everyone reads it, the keeper changes it
    UseCase("recorders.list", ALL, lambda w, a: w.ctx.recorders.list(a)),
    UseCase("recorders.get", ALL, lambda w, a: w.ctx.recorders.get(a, w.spare_recorder_id)),
    UseCase("recorders.by_inventory", ALL, lambda w, a: w.ctx.recorders.by_inventory(a, "ВР-003")),
    UseCase("recorders.history", ALL, lambda w, a: w.ctx.recorders.history(a, w.spare_recorder_id)),
    UseCase("recorders.add", STAFF, lambda w, a: w.ctx.recorders.add(a, "ВР-004", "", "DS-MCW406", "hikvision-dswa")),
    UseCase("recorders.edit", STAFF, lambda w, a: w.ctx.recorders.edit(
        a, w.spare_recorder_id, "ВР-003", "", "DS-MCW407", "hikvision-dswa", "The model was misread")),
    UseCase("recorders.change_status", STAFF, lambda w, a: w.ctx.recorders.change_status(
        a, w.spare_recorder_id, "under_repair", "Sent to the service centre")),
    UseCase("recorders.bind_serial", STAFF, lambda w, a: w.ctx.recorders.bind_serial(a, w.spare_recorder_id, "SN-3")),
    # the unit's settings
    UseCase("unit_settings.set", STAFF, lambda w, a: w.ctx.unit_settings.set(a, "overdue_hours", 10)),
    # the journal of issue and return (п.8–10, п.20)
    UseCase("journal.issue", STAFF, _issue),
    UseCase("journal.return_recorder", STAFF, _return),
    UseCase("journal.report_fault", ALL, _report_fault),
    UseCase("journal.open_entry_for_recorder", ALL,
            lambda w, a: w.ctx.journal.open_entry_for_recorder(a, w.open_recorder_id)),
    UseCase("journal.rows", ALL, lambda w, a: w.ctx.journal.rows(a, JournalFilter())),
    UseCase("journal.count", ALL, lambda w, a: w.ctx.journal.count(a, JournalFilter())),
    UseCase("journal.volumes", ALL, lambda w, a: w.ctx.journal.volumes(a)),
    UseCase("journal.notifications", STAFF, lambda w, a: w.ctx.journal.notifications(a)),  # п.20: to them
    UseCase("journal.acknowledge", STAFF, lambda w, a: w.ctx.journal.acknowledge(a, w.notification_id)),
    UseCase("journal.open_volume", STAFF, lambda w, a: w.ctx.journal.open_volume(a, "04-12/16"),
            prepare=_close_current_volume),
    UseCase("journal.close_volume", STAFF, lambda w, a: w.ctx.journal.close_volume(a, "04-12/16")),
    UseCase("journal.correct", STAFF, _correct),  # п.9: the journal's keeper strikes through
    # checking the journal's own signatures: whoever reads the journal (the inspector signs in it)
    UseCase("journal_verifier.verify_entries", ALL,
            lambda w, a: w.ctx.journal_verifier.verify_entries(a, [w.open_entry_id])),
    UseCase("journal_verifier.verify_volume", ALL, lambda w, a: w.ctx.journal_verifier.verify_volume(a, 1)),
    UseCase("journal_printer.print_volume", ALL, _print_volume, outputs=("journal.pdf",)),
    # the audit trail (п.13)
    UseCase("audit.list", STAFF, lambda w, a: w.ctx.audit.list(a)),
    UseCase("audit.count", STAFF, lambda w, a: w.ctx.audit.count(a)),
    UseCase("audit_export.export", STAFF,
            lambda w, a: AuditExporter(w.ctx).export(a, AuditFilter(), w.tmp / "audit.csv", "ru"),
            outputs=("audit.csv",)),
    # the store's verification and the clock
    UseCase("integrity.run", STAFF, lambda w, a: w.ctx.integrity.run(a)),
    UseCase("clock_guard.confirm", HEAD_ONLY, lambda w, a: w.ctx.clock_guard.confirm(a, "Checked against 1414")),
    # stored footage, its thumbnails and reports (п.13)
    UseCase("recordings.list", STAFF, lambda w, a: w.recordings.list(a)),
    UseCase("recordings.count", STAFF, lambda w, a: w.recordings.count(a)),
    UseCase("recordings.get", STAFF, lambda w, a: w.recordings.get(a, w.recording_id)),
    UseCase("recordings.view", STAFF, lambda w, a: w.recordings.view(a, w.recording_id)),
    UseCase("recordings.open_footage", STAFF,
            lambda w, a: w.recordings.open_footage(a, w.recording_id, w.ctx.vault).close()),
    UseCase("recordings.continuity", STAFF, lambda w, a: w.recordings.continuity(a, w.stored_entry_id)),
    UseCase("recordings.clock_check", STAFF, lambda w, a: w.recordings.clock_check(a, w.stored_recorder_id)),
    UseCase("recordings.runs", STAFF, lambda w, a: w.recordings.runs(a, w.stored_recorder_id)),
    UseCase("recordings.issue_groups", STAFF, lambda w, a: w.recordings.issue_groups(a, [w.stored_entry_id])),
    UseCase("recordings.flags_of", STAFF, lambda w, a: w.recordings.flags_of(a, [w.recording_id])),
    # evidence packages for a court (п.13): the footage decrypted, with its seals and custody
    UseCase("evidence_package.export", STAFF,
            lambda w, a: EvidencePackager(w.ctx).export(a, [w.recording_id], w.tmp / "package", "ru"),
            outputs=("package/manifest.json",)),
)



def _flagged(w: World) -> None:
    """The stored issue's newest continuity report found a gap between its first two recordings."""
    with w.ctx.uow_factory() as uow:
        [first, second, *_] = sorted(uow.recordings.for_entry(w.stored_entry_id), key=lambda r: r.sequence_number)
        uow.recordings.add_continuity_report(ContinuityReport(w.stored_entry_id, w.ctx.clock.now(),
                                                              [Gap(first.id, second.id, 600.0)], [], [], False, [],
                                                              30))
        uow.commit()


def _gap_key(w: World) -> str:
    return w.ctx.review.open_flags(w.user(HEAD))[0].key


def _bookmarked(w: World) -> None:
    w.ctx.review.add_bookmark(w.user(HEAD), w.recording_id, 1000, "Шлагбаум жоқ", inspection_ref="Акт № 7")


# Reviewing the footage (п.6, п.19): bookmarks and the continuity review, the head's and the responsible
# person's only.
MATRIX += (
    UseCase("review.add_bookmark", STAFF, lambda w, a: w.ctx.review.add_bookmark(
        a, w.recording_id, 1500, "Нет ограждения у карьера", end_ms=2500, inspection_ref="Акт № 7")),
    UseCase("review.bookmarks", STAFF, lambda w, a: w.ctx.review.bookmarks(a, w.recording_id),
            prepare=_bookmarked),
    UseCase("review.inspection_bookmarks", STAFF, lambda w, a: w.ctx.review.inspection_bookmarks(a, "Акт № 7"),
            prepare=_bookmarked),
    UseCase("review.open_flags", STAFF, lambda w, a: w.ctx.review.open_flags(a), prepare=_flagged),
    UseCase("review.flags", STAFF, lambda w, a: w.ctx.review.flags(a), prepare=_flagged),
    UseCase("review.decide", STAFF, lambda w, a: w.ctx.review.decide(
        a, _gap_key(w), "explained", "Батарея ауыстырылды"), prepare=_flagged),
    UseCase("review.decisions", STAFF, lambda w, a: w.ctx.review.decisions(a), prepare=_flagged),
)

HEAD_STORAGE, RESPONSIBLE_STORAGE = "Storage-head-2026", "Storage-resp-2026"


def _storage_password(w: World) -> None:
    """The head has set the storage password (the vault stays unlocked in this session) and the
    responsible person has their own slot."""
    w.recovery_key = w.ctx.keyring.create(w.user(HEAD), HEAD_STORAGE)
    w.ctx.keyring.add_slot(w.user(HEAD), w.user(RESPONSIBLE).id, RESPONSIBLE_STORAGE)


def _own_storage_password(w: World, actor: UserView) -> str:
    return RESPONSIBLE_STORAGE if actor.id == w.user(RESPONSIBLE).id else HEAD_STORAGE


def _converted(report):
    assert report.ok and report.files_encrypted == 3, report.problems
    return report


# The storage password (п.6: known only to the responsible person and the head) and the encryption of
# footage stored before it was set.
MATRIX += (
    UseCase("keyring.create", HEAD_ONLY, lambda w, a: w.ctx.keyring.create(a, HEAD_STORAGE)),
    UseCase("keyring.add_slot", STAFF, lambda w, a: w.ctx.keyring.add_slot(
        a, w.user(RESPONSIBLE).id, "Storage-resp-2027"), prepare=_storage_password),
    UseCase("keyring.change_password", STAFF, lambda w, a: w.ctx.keyring.change_password(
        a, _own_storage_password(w, a), "Storage-new-2027"), prepare=_storage_password),
    UseCase("keyring.new_recovery_key", HEAD_ONLY, lambda w, a: w.ctx.keyring.new_recovery_key(a),
            prepare=_storage_password),
    UseCase("keyring.slots", STAFF, lambda w, a: w.ctx.keyring.slots(a), prepare=_storage_password),
    UseCase("keyring.unlock", STAFF, lambda w, a: w.ctx.keyring.unlock(a, _own_storage_password(w, a)),
            prepare=_storage_password),
    UseCase("keyring.unlock_with_recovery", HEAD_ONLY,
            lambda w, a: w.ctx.keyring.unlock_with_recovery(a, w.recovery_key), prepare=_storage_password),
    UseCase("vault_conversion.run", HEAD_ONLY, lambda w, a: _converted(VaultConversion(w.ctx).run(a)),
            prepare=_storage_password),
)

INSPECTORS = frozenset({HEAD, INSPECTOR})  # inspections: an inspector's own, the head's over all
CATALOGUE_CSV = ("code,kind,title_kk,title_ru,cited_kk,cited_ru,issuer_kk,issuer_ru,number,date,clause,"
                 "requirement_kk,requirement_ru\nlaw-test-1,law,Сынақ заңы,Тестовый закон,Сынақ заңы,"
                 "Тестовый закон,,,1-VII,2024-01-10,,,\n").encode()


def _inspection_input(w: World):
    from datetime import date, timedelta

    from inspector_app.domain.inspections import ControlKind, InspectionInput

    day = w.ctx.clock.now().date()
    return InspectionInput("«Сынақ» ЖШС", "940140000385", ControlKind.UNSCHEDULED, "17-01/255",
                           day - timedelta(days=1), w.user(INSPECTOR).id, day, day + timedelta(days=1))


def _violation_input(w: World):
    from datetime import timedelta

    from inspector_app.domain.inspections import ViolationInput

    return ViolationInput("rules-344/p-4", "Қоршау жоқ", w.ctx.clock.now().date() + timedelta(days=30))


def _inspected(w: World) -> None:
    w.inspection_id = w.ctx.inspections.create(w.user(INSPECTOR), _inspection_input(w)).id


def _violated(w: World) -> None:
    _inspected(w)
    w.violation_id = w.ctx.inspections.add_violation(w.user(INSPECTOR), w.inspection_id, _violation_input(w)).id


def _act_issued(w: World) -> None:
    from datetime import datetime, timezone

    from inspector_app.domain.inspections import DocumentKind

    w.ctx.clock.set(datetime.now(timezone.utc))  # within the test certificates' validity, for the signing cases
    _violated(w)
    w.document_id = w.ctx.documents.issue(w.user(INSPECTOR), w.inspection_id, DocumentKind.ACT, "ru").id


def _signed(w: World) -> None:
    from tests.nca_pki import PASSWORD, make_pki

    _act_issued(w)
    w.ctx.documents.sign_with_key_file(w.user(INSPECTOR), w.document_id, make_pki().user_p12(PASSWORD), PASSWORD)


class _LocalSigner:
    """A stand-in for NCALayer's client that signs in-process with the test key (the protocol has its own tests)."""

    def sign_cms(self, data: bytes, locale: str) -> bytes:
        from inspector_app.cms_signatures import load_pkcs12, sign_detached
        from tests.nca_pki import PASSWORD, make_pki

        return sign_detached(data, load_pkcs12(make_pki().user_p12(PASSWORD), PASSWORD))


def _key_file_signature(w: World, a):
    from tests.nca_pki import PASSWORD, make_pki

    return w.ctx.documents.sign_with_key_file(a, w.document_id, make_pki().user_p12(PASSWORD), PASSWORD)


# Inspections, acts and prescriptions (п.14): the inspectors' own work, and the head's over all; never the
# responsible person's. The catalogue of normative acts is read by all, imported by the head and the
# responsible person.
MATRIX += (
    UseCase("inspections.inspectors", INSPECTORS, lambda w, a: w.ctx.inspections.inspectors(a)),
    UseCase("inspections.create", INSPECTORS, lambda w, a: w.ctx.inspections.create(a, _inspection_input(w))),
    UseCase("inspections.update", INSPECTORS, lambda w, a: w.ctx.inspections.update(
        a, w.inspection_id, _inspection_input(w)), prepare=_inspected),
    UseCase("inspections.get", INSPECTORS, lambda w, a: w.ctx.inspections.get(a, w.inspection_id),
            prepare=_inspected),
    UseCase("inspections.list", INSPECTORS, lambda w, a: w.ctx.inspections.list(a), prepare=_inspected),
    UseCase("inspections.count", INSPECTORS, lambda w, a: w.ctx.inspections.count(a), prepare=_inspected),
    UseCase("inspections.violations", INSPECTORS, lambda w, a: w.ctx.inspections.violations(a, w.inspection_id),
            prepare=_violated),
    UseCase("inspections.add_violation", INSPECTORS, lambda w, a: w.ctx.inspections.add_violation(
        a, w.inspection_id, _violation_input(w)), prepare=_inspected),
    UseCase("inspections.update_violation", INSPECTORS, lambda w, a: w.ctx.inspections.update_violation(
        a, w.violation_id, _violation_input(w)), prepare=_violated),
    UseCase("inspections.remove_violation", INSPECTORS, lambda w, a: w.ctx.inspections.remove_violation(
        a, w.violation_id), prepare=_violated),
    UseCase("inspections.evidence_candidates", INSPECTORS,
            lambda w, a: w.ctx.inspections.evidence_candidates(a, w.inspection_id), prepare=_inspected),
    UseCase("inspections.record_elimination", INSPECTORS, lambda w, a: w.ctx.inspections.record_elimination(
        a, w.violation_id, w.ctx.clock.now().date(), "Қоршау орнатылды"), prepare=_violated),
    UseCase("inspections.follow_up", INSPECTORS, lambda w, a: w.ctx.inspections.follow_up(a), prepare=_violated),
    UseCase("documents.draft_pdf", INSPECTORS, lambda w, a: w.ctx.documents.draft_pdf(
        a, w.inspection_id, "act", "kk"), prepare=_violated),
    UseCase("documents.issue", INSPECTORS, lambda w, a: w.ctx.documents.issue(
        a, w.inspection_id, "act", "kk"), prepare=_violated),
    UseCase("documents.counts", INSPECTORS, lambda w, a: w.ctx.documents.counts(
        a, [w.ctx.inspections.get(w.user(INSPECTOR), w.inspection_id)]), prepare=_act_issued),
    UseCase("documents.documents", INSPECTORS, lambda w, a: w.ctx.documents.documents(a, w.inspection_id),
            prepare=_act_issued),
    UseCase("documents.current", INSPECTORS, lambda w, a: w.ctx.documents.current(a, w.inspection_id, "act"),
            prepare=_act_issued),
    UseCase("documents.pdf", INSPECTORS, lambda w, a: w.ctx.documents.pdf(a, w.document_id), prepare=_act_issued),
    UseCase("documents.sign_with_key_file", INSPECTORS, _key_file_signature, prepare=_act_issued),
    UseCase("documents.sign_with_ncalayer", INSPECTORS, lambda w, a: w.ctx.documents.sign_with_ncalayer(
        a, w.document_id, _LocalSigner()), prepare=_act_issued),
    UseCase("documents.signatures", INSPECTORS, lambda w, a: w.ctx.documents.signatures(a, w.document_id),
            prepare=_signed),
    UseCase("documents.verify", INSPECTORS, lambda w, a: w.ctx.documents.verify(a, w.document_id),
            prepare=_signed),
    UseCase("catalogue.list", ALL, lambda w, a: w.ctx.catalogue.list(a, "344")),
    UseCase("catalogue.get", ALL, lambda w, a: w.ctx.catalogue.get(a, "rules-344/p-4")),
    UseCase("catalogue.import_csv", STAFF, lambda w, a: w.ctx.catalogue.import_csv(a, CATALOGUE_CSV, "test.csv")),
)

def _expired(w: World) -> None:
    """The PC clock three years and a day past the stored recordings' end, confirmed by the head."""
    from datetime import timedelta

    from inspector_app.domain.retention import DEFAULT_MONTHS, add_months, retention_start

    recording = w.recordings.get(w.user(HEAD), w.recording_id)
    w.ctx.clock.set(add_months(retention_start(recording), DEFAULT_MONTHS) + timedelta(days=1))
    w.ctx.clock_guard.confirm(w.user(HEAD), "Сверено")


def _proposed(w: World) -> None:
    _expired(w)
    w.list_id = w.ctx.destruction.propose(w.user(RESPONSIBLE), [w.recording_id], "Срок истёк").id


def _destroyed(w: World) -> None:
    _proposed(w)
    w.ctx.destruction.approve(w.user(HEAD), w.list_id)
    w.act_id = w.ctx.destruction.acts(w.user(HEAD), w.list_id)[0].id


def _destruction_key_file():
    from tests.nca_pki import PASSWORD, make_pki

    pki = make_pki()
    cert, key = pki.another_user(days_valid=(-1, 365 * 5))  # valid at the PC clock three years on
    return pki.user_p12(PASSWORD, key=key, cert=cert), PASSWORD


def _act_signed(w: World) -> None:
    _destroyed(w)
    w.ctx.destruction.sign_act_with_key_file(w.user(HEAD), w.act_id, *_destruction_key_file())


def _held(w: World) -> None:
    w.hold_id = w.ctx.retention.place_hold(w.user(RESPONSIBLE), [w.recording_id], "Суд")[0]


def _evidence_inspection(w: World) -> None:
    from dataclasses import replace

    from inspector_app.domain.inspections import EvidenceRef

    data = replace(_inspection_input(w), entry_ids=(w.stored_entry_id,))
    w.inspection_id = w.ctx.inspections.create(w.user(INSPECTOR), data).id
    w.ctx.inspections.add_violation(w.user(INSPECTOR), w.inspection_id, replace(
        _violation_input(w), evidence=(EvidenceRef(w.recording_id),)))


class _LongLivedSigner(_LocalSigner):
    def sign_cms(self, data: bytes, locale: str) -> bytes:
        from inspector_app.cms_signatures import load_pkcs12, sign_detached

        return sign_detached(data, load_pkcs12(*_destruction_key_file()))


# Retention (п.12), legal holds and destruction by two people (п.6): the footage keepers' work; the rules,
# the release of a hold and the approval of a destruction are the head's alone.
MATRIX += (
    UseCase("retention.rules", STAFF, lambda w, a: w.ctx.retention.rules(a)),
    UseCase("retention.set_rule", HEAD_ONLY, lambda w, a: w.ctx.retention.set_rule(
        a, "unscheduled_inspection", 48, "Продлить хранение")),
    UseCase("retention.place_hold", STAFF, lambda w, a: w.ctx.retention.place_hold(a, [w.recording_id], "Суд")),
    UseCase("retention.hold_inspection", STAFF, lambda w, a: w.ctx.retention.hold_inspection(
        a, w.inspection_id, "Акт направлен в суд"), prepare=_evidence_inspection),
    UseCase("retention.release_hold", HEAD_ONLY, lambda w, a: w.ctx.retention.release_hold(
        a, w.hold_id, "Дело закрыто"), prepare=_held),
    UseCase("retention.holds", STAFF, lambda w, a: w.ctx.retention.holds(a), prepare=_held),
    UseCase("retention.overview", STAFF, lambda w, a: w.ctx.retention.overview(a), prepare=_held),
    UseCase("destruction.propose", STAFF, lambda w, a: w.ctx.destruction.propose(a, [w.recording_id]),
            prepare=_expired),
    UseCase("destruction.lists", STAFF, lambda w, a: w.ctx.destruction.lists(a), prepare=_proposed),
    UseCase("destruction.reject", HEAD_ONLY, lambda w, a: w.ctx.destruction.reject(a, w.list_id, "Нет"),
            prepare=_proposed),
    UseCase("destruction.approve", HEAD_ONLY, lambda w, a: w.ctx.destruction.approve(a, w.list_id),
            prepare=_proposed),
    UseCase("destruction.acts", STAFF, lambda w, a: w.ctx.destruction.acts(a, w.list_id), prepare=_destroyed),
    UseCase("destruction.act_pdf", STAFF, lambda w, a: w.ctx.destruction.act_pdf(a, w.act_id), prepare=_destroyed),
    UseCase("destruction.sign_act_with_key_file", STAFF, lambda w, a: w.ctx.destruction.sign_act_with_key_file(
        a, w.act_id, *_destruction_key_file()), prepare=_destroyed),
    UseCase("destruction.sign_act_with_ncalayer", STAFF, lambda w, a: w.ctx.destruction.sign_act_with_ncalayer(
        a, w.act_id, _LongLivedSigner()), prepare=_destroyed),
    UseCase("destruction.verify_act", STAFF, lambda w, a: w.ctx.destruction.verify_act(a, w.act_id),
            prepare=_act_signed),
)

# Public methods that are not use cases a person calls, and why. Anything public on the services below
# must be either in MATRIX or here.
NOT_USE_CASES: dict[str, str] = {
    "accounts.authenticate": "no actor: signing in is how an actor comes to be",
    "accounts.confirm_password": "no actor: a signer proves their own password (used by journal.unlock)",
    "accounts.sign_out": "records the end of the session of the user in hand; refuses nobody, not even an "
                         "account disabled mid-session, so every session's end is in the trail",
    "recorders.by_serial": "no actor: the ingest looks up a docked recorder (the dock has no person)",
    "unit_settings.all": "no actor: services read the unit's settings (time zone, tolerances) for everyone",
    "unit_settings.get": "no actor: as unit_settings.all",
    "journal.unlock": "no actor: a signer's password and key, part of issue, return, fault and correct",
    "journal.record_storage": "no actor: the ingest fills column 6 when it stores an entry's recordings",
    "journal.overdue_filter": "no actor and no data: builds a filter from the overdue_hours setting",
    "journal_verifier.verify_all": "no actor: part of integrity.run, which has checked its caller",
    # the audit trail's plumbing: services and the bootstrap call these, never a person
    "audit.record": "internal: services append the event of what they did",
    "audit.append": "internal: the chain's writer",
    "audit.head": "internal: the chain's head, for appending and the export's header",
    "audit.walk": "internal: the chain walk of integrity.run",
    "audit.latest_time": "internal: the clock guard's reference time",
    "audit.refresh_keys": "internal: learns the installation keys before a walk",
    "audit.record_denial": "internal: the unit of work reports every refusal through it",
    "integrity.run_scheduled": "no actor: the app's own daily rolling check, with nobody signed in",
    "clock_guard.check": "internal: the clock's state for the banner and for time-dependent decisions",
    "clock_guard.require_trusted": "internal: the current time for a decision that depends on it",
    "clock_guard.report": "internal: an anomaly seen by the trusted-time service",
    "trusted_time.url": "no actor: configuration read by the service itself",
    "trusted_time.trusted_pem": "no actor: configuration read by the service itself",
    "trusted_time.queue_day_heads": "no actor: the app queues the day's chain heads",
    "trusted_time.pending_count": "no actor: a count for the app's banner (the CLI checks VERIFY_INTEGRITY)",
    "trusted_time.fetch_pending": "no actor: the app and the station fetch tokens (the CLI checks VERIFY_INTEGRITY)",
    "trusted_time.verify_all": "no actor: part of integrity.run, which has checked its caller",
    "keyring.public_key": "no actor: the ingest seals footage to the vault's public key with nobody signed in",
    "keyring.private_key": "internal: the vault asks for it while a session of the head or the responsible "
                           "person has it unlocked (keyring.unlock checked who)",
    "keyring.unlocked": "no actor: the session's state, for the vault and the footage page",
    "keyring.is_set_up": "no actor: whether the unit has a storage password yet",
    "keyring.revoke_holder": "internal: users.appoint_responsible revokes the previous responsible person's slot",
    "keyring.lock": "no actor: sign-out and the idle lock drop the key; refusing it would leave footage open",
    "vault_conversion.plain_left": "no actor: a count of what is left to encrypt, for the vault's status",
    "catalogue.ensure_starter": "no actor: the bootstrap fills an empty catalogue from the one shipped",
    "retention.trusted_now": "no actor: the guarded clock every expiry is judged by",
    "destruction.finish_pending": "no actor: the verification and each approval destroy files left by a crash",
}

# The context's services, by the name the matrix uses, and where each is found.
SERVICES: dict[str, Callable[[AppContext], type]] = {
    "accounts": lambda ctx: type(ctx.accounts),
    "users": lambda ctx: type(ctx.users),
    "recorders": lambda ctx: type(ctx.recorders),
    "unit_settings": lambda ctx: type(ctx.unit_settings),
    "journal": lambda ctx: type(ctx.journal),
    "journal_verifier": lambda ctx: type(ctx.journal_verifier),
    "journal_printer": lambda ctx: type(ctx.journal_printer),
    "audit": lambda ctx: type(ctx.audit),
    "integrity": lambda ctx: type(ctx.integrity),
    "clock_guard": lambda ctx: type(ctx.clock_guard),
    "trusted_time": lambda ctx: type(ctx.trusted_time),
    "recordings": lambda ctx: RecordingsService,   # built by the footage page and the CLI over the context
    "audit_export": lambda ctx: AuditExporter,     # likewise
    "evidence_package": lambda ctx: EvidencePackager,  # likewise
    "keyring": lambda ctx: type(ctx.keyring),
    "vault_conversion": lambda ctx: VaultConversion,  # built by the vault command over the context
    "review": lambda ctx: type(ctx.review),
    "inspections": lambda ctx: type(ctx.inspections),
    "documents": lambda ctx: type(ctx.documents),
    "catalogue": lambda ctx: type(ctx.catalogue),
    "retention": lambda ctx: type(ctx.retention),
    "destruction": lambda ctx: type(ctx.destruction),
}
# Fields of the context that are not services with use cases.
NOT_SERVICES = {"data_dir", "config", "clock", "uow_factory", "vendor_profiles", "engine", "demo_credentials",
                "demo_storage_passwords", "demo_recovery_key",  # the demo's generated secrets, shown once
                "signer",   # the installation key: signs what the services write, no use case of its own
                "vault"}    # the footage store (storage/vault*.py): no actor; reached only through the services


# --- the checks --------------------------------------------------------------------------------------

def _snapshot(path: RawDatabase) -> dict[str, list[tuple]]:
    """Every row of every table but the audit trail, read without the app."""
    tables = [t for t in path.tables() if t != "audit_events"]
    with closing(raw_connect(path)) as conn:
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def _files(ctx: AppContext) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file of the footage vault."""
    vault = vault_dir(ctx.data_dir)
    return {str(f.relative_to(vault)): (f.stat().st_size, f.stat().st_mtime_ns)
            for f in vault.rglob("*") if f.is_file()}


def _audit_after(path: Path, seq: int) -> list[tuple]:
    with closing(raw_connect(path)) as conn:
        return conn.execute("SELECT kind, user_id, subject FROM audit_events WHERE seq > ? ORDER BY seq",
                            (seq,)).fetchall()


def _audit_head(path: Path) -> int:
    with closing(raw_connect(path)) as conn:
        return conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit_events").fetchone()[0]


CASES = [pytest.param(case, actor, id=f"{case.name}-{actor}") for case in MATRIX for actor in ACTORS]


@pytest.mark.parametrize(("case", "actor_name"), CASES)
def test_role_matrix(world: World, case: UseCase, actor_name: str):
    if case.prepare is not None:
        case.prepare(world)
    actor = world.user(actor_name)
    path = db_path(world.ctx)
    before, files, seq = _snapshot(path), _files(world.ctx), _audit_head(path)
    if actor_name in case.roles:
        case.call(world, actor)  # any AppError here means the arguments are wrong: they must be valid
        assert not [e for e in _audit_after(path, seq) if e[0] == "access_denied"]
        for name in case.outputs:
            assert (world.tmp / name).is_file()
        return
    with pytest.raises(PermissionDenied):
        case.call(world, actor)
    assert _snapshot(path) == before, f"{case.name} refused to {actor_name} but wrote to the database"
    assert _files(world.ctx) == files, f"{case.name} refused to {actor_name} but changed the footage vault"
    events = [(kind, user_id) for kind, user_id, _ in _audit_after(path, seq)]
    assert events == [("access_denied", actor.id)], "a refusal is one access_denied event naming who was refused"
    for name in case.outputs:
        assert not (world.tmp / name).exists()


def test_the_matrix_is_the_order_for_footage_and_the_audit_trail():
    """п.13 in one place: nothing of the stored footage, its keys or the audit trail is the inspector's."""
    for case in MATRIX:
        if case.name.startswith(("recordings.", "audit.", "audit_export.", "integrity.", "review.",
                                 "evidence_package.")):
            assert case.roles == STAFF, case.name
        if case.name.startswith(("keyring.", "vault_conversion.")):
            assert INSPECTOR not in case.roles, case.name


def test_every_public_method_is_in_the_matrix(unit_context):
    public = set()
    for prefix, find in SERVICES.items():
        cls = find(unit_context)
        for name, member in inspect.getmembers(cls):
            if name.startswith("_") or not (inspect.isfunction(member) or isinstance(member, property)):
                continue
            public.add(f"{prefix}.{name}")
    declared = {case.method for case in MATRIX}
    assert not declared & set(NOT_USE_CASES), "a method is both a use case and plumbing"
    assert sorted(public - declared - set(NOT_USE_CASES)) == [], "add a MATRIX row (or a NOT_USE_CASES reason)"
    assert sorted((declared | set(NOT_USE_CASES)) - public) == [], "the matrix names a method that is gone"
    names = [case.name for case in MATRIX]
    assert len(names) == len(set(names))
    fields = {f.name for f in dataclasses.fields(AppContext)}
    assert sorted(fields - set(SERVICES) - NOT_SERVICES) == [], "a new service on the context needs its rows"


MISSING = 999_999
PROBES = {  # use cases that take an id, called by someone they refuse, with an id that does not exist
    "users.update": lambda w, a: w.ctx.users.update(a, MISSING, "Кім екен", "", True),
    "users.reset_password": lambda w, a: w.ctx.users.reset_password(a, MISSING, "Reset-pass-2026"),
    "users.appoint_responsible": lambda w, a: w.ctx.users.appoint_responsible(a, MISSING, "№ 1"),
    "recorders.edit": lambda w, a: w.ctx.recorders.edit(a, MISSING, "ВР-9", "", "", "generic", "Probe"),
    "recorders.change_status": lambda w, a: w.ctx.recorders.change_status(a, MISSING, "under_repair", "Probe"),
    "recorders.bind_serial": lambda w, a: w.ctx.recorders.bind_serial(a, MISSING, "SN-9"),
    "journal.acknowledge": lambda w, a: w.ctx.journal.acknowledge(a, MISSING),
    "recordings.get": lambda w, a: w.recordings.get(a, MISSING),
    "recordings.view": lambda w, a: w.recordings.view(a, MISSING),
    "recordings.open_footage": lambda w, a: w.recordings.open_footage(a, MISSING, w.ctx.vault),
    "recordings.continuity": lambda w, a: w.recordings.continuity(a, MISSING),
    "recordings.clock_check": lambda w, a: w.recordings.clock_check(a, MISSING),
    "review.add_bookmark": lambda w, a: w.ctx.review.add_bookmark(a, MISSING, 0, "Жоқ"),
    "review.decide": lambda w, a: w.ctx.review.decide(a, "entry:999999:empty", "explained", "Жоқ"),
}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_a_refused_person_cannot_tell_which_ids_exist(world: World, name: str):
    """The permission is checked before the id is looked up: no NotFoundError for someone refused."""
    with pytest.raises(PermissionDenied):
        PROBES[name](world, world.user(INSPECTOR))
