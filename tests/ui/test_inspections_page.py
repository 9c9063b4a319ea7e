"""The Inspections section driven through the real page and dialogs: an inspector's inspection typed in Kazakh,
a violation with evidence ticked from the recordings of their issue, an act issued, saved and signed with a
key file; a bad BIN refused with nothing saved; the follow-up of an overdue violation; the badge; and the
section's absence for the responsible person."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTreeWidget,
)

from inspector_app.domain.inspections import ControlKind, DocumentKind, FollowUp, InspectionInput, ViolationInput
from tests.integration.test_inspections import BIN, NOW, clock, issue_with_footage  # noqa: F401 - fixtures
from tests.nca_pki import PASSWORD, make_pki
from tests.ui.conftest import press_cancel, press_ok, type_into, type_text
from ui.pages.inspections_page import InspectionsPage

SUBJECT = "«Қарағанды Көмір» ЖШС"
DESCRIPTION = "Ашық карьердің шетінде қоршау жоқ"
REQUIREMENT = "rules-344/p-4"


def _page(qtbot, ctx, user, **kwargs) -> InspectionsPage:
    page = InspectionsPage(ctx, user, **kwargs)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    return page


def _set_date(dialog, name: str, value: date) -> None:
    dialog.findChild(QDateEdit, name).setDate(QDate(value.year, value.month, value.day))


def _fill_inspection(qtbot, dialog, bin_iin: str, tick_entries: bool = True) -> None:
    type_into(qtbot, dialog, "subjectNameEdit", SUBJECT, QLineEdit)
    type_into(qtbot, dialog, "binIinEdit", bin_iin, QLineEdit)
    type_into(qtbot, dialog, "facilityNameEdit", "«Шұбаркөл» көмір разрезі", QLineEdit)
    type_into(qtbot, dialog, "representativeNameEdit", "Үсенов Нұрлан Һашимұлы", QLineEdit)
    type_into(qtbot, dialog, "representativePositionEdit", "Өндірістік бақылау бастығы", QLineEdit)
    combo = dialog.findChild(QComboBox, "controlKindCombo")
    combo.setCurrentIndex(combo.findData(ControlKind.UNSCHEDULED.value))
    type_into(qtbot, dialog, "basisNumberEdit", "17-01/255", QLineEdit)
    _set_date(dialog, "basisDateEdit", NOW.date() - timedelta(days=3))
    _set_date(dialog, "periodFromEdit", NOW.date())
    _set_date(dialog, "periodToEdit", NOW.date() + timedelta(days=2))
    type_into(qtbot, dialog, "placeEdit", "Қарағанды қ.", QLineEdit)
    type_text(dialog.findChild(type(dialog.findings), "findingsEdit"), "Өнеркәсіптік қауіпсіздік талаптары бұзылған.")
    entries = dialog.findChild(QListWidget, "entriesList")
    if tick_entries:
        assert entries.count() == 1 and "ВР-007" in entries.item(0).text()
        entries.item(0).setCheckState(Qt.CheckState.Checked)


def _new_inspection(qtbot, modal, page, bin_iin: str = BIN) -> dict:
    seen = {}

    def fill(dialog):
        _fill_inspection(qtbot, dialog, bin_iin)
        press_ok(qtbot, dialog)
        seen["open_after_ok"] = dialog.isVisible()
        seen["error"] = dialog.error_label.text()
        if dialog.isVisible():
            press_cancel(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), fill)
    return seen


def _add_violation(qtbot, modal, page, recs, mark) -> dict:
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "catalogueSearch", "344", QLineEdit)
        found = dialog.findChild(QListWidget, "requirementList")
        rows = [found.item(i) for i in range(found.count())]
        found.setCurrentItem(next(item for item in rows if item.data(Qt.ItemDataRole.UserRole) == REQUIREMENT))
        type_text(dialog.description, DESCRIPTION)
        type_into(qtbot, dialog, "violationPlaceEdit", "Солтүстік борт", QLineEdit)
        _set_date(dialog, "deadlineEdit", NOW.date() + timedelta(days=30))
        tree = dialog.findChild(QTreeWidget, "evidenceTree")
        seen["recordings"] = tree.topLevelItemCount()
        seen["texts"] = [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]
        for item in dialog.evidence_items():
            ref = item.data(0, Qt.ItemDataRole.UserRole + 1)
            if ref.recording_id == recs[0].id and ref.bookmark_id is None or ref.bookmark_id == mark.id:
                item.setCheckState(0, Qt.CheckState.Checked)
        press_ok(qtbot, dialog)
        seen["error"] = dialog.error_label.text()
        if dialog.isVisible():
            press_cancel(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.add_violation_button, Qt.MouseButton.LeftButton), fill)
    return seen


def _save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_an_inspector_writes_an_inspection_issues_an_act_saves_and_signs_it(
        qtbot, modal, monkeypatch, tmp_path, unit_context, inspector, issue_with_footage):  # noqa: F811
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    page = _page(qtbot, ctx, inspector)
    assert page.model.rowCount() == 0 and not page.add_violation_button.isEnabled()

    seen = _new_inspection(qtbot, modal, page)
    assert seen["open_after_ok"] is False, seen["error"]
    [stored] = ctx.inspections.list(inspector)
    assert stored.data.subject_name == SUBJECT and stored.data.entry_ids == (entry.id,)
    assert stored.data.lead_inspector_id == inspector.id
    assert page.selected().id == stored.id
    assert page.table.model().index(0, 0).data() == SUBJECT

    seen = _add_violation(qtbot, modal, page, recs, mark)
    assert seen["error"] == "" and seen["recordings"] == 2
    assert {t.rstrip("…") for t in seen["texts"]} == {r.sha256[:16] for r in recs}
    [violation] = ctx.inspections.violations(inspector, stored.id)
    assert violation.data.description == DESCRIPTION and violation.data.requirement_code == REQUIREMENT
    assert {(e.recording_id, e.bookmark_id) for e in violation.data.evidence} == {(recs[0].id, None),
                                                                                 (recs[1].id, mark.id)}
    assert page.violations_model.rowCount() == 1

    def issue_kk(dialog):
        combo = dialog.findChild(QComboBox, "documentLanguageCombo")
        combo.setCurrentIndex(combo.findData("kk"))
        press_ok(qtbot, dialog)

    draft = tmp_path / "draft"
    _save_to(monkeypatch, draft)
    page.documents.preview_draft(DocumentKind.ACT)
    assert (tmp_path / "draft.pdf").read_bytes()[:5] == b"%PDF-" and ctx.documents.documents(inspector, stored.id) == []
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: warnings.append(text)))
    page.documents.preview_draft(DocumentKind.PRESCRIPTION)  # refused: the act comes first
    assert len(warnings) == 1 and "issue the act first" in warnings[0]

    modal.run(lambda: qtbot.mouseClick(page.documents.issue_act_button, Qt.MouseButton.LeftButton), issue_kk)
    [act] = ctx.documents.documents(inspector, stored.id)
    assert act.kind is DocumentKind.ACT and act.lang == "kk"
    assert page.documents.selected().id == act.id
    assert page.table.model().index(0, page.model.COL_DOCUMENTS).data() == "1"

    target = tmp_path / "act.pdf"
    _save_to(monkeypatch, target)
    qtbot.mouseClick(page.documents.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes()[:5] == b"%PDF-" and hashlib.sha256(target.read_bytes()).hexdigest() == act.sha256

    key_file = tmp_path / "signer.p12"
    key_file.write_bytes(make_pki().user_p12(PASSWORD))
    attempts = []

    def sign(password):
        def fill(dialog):
            field = dialog.findChild(QLineEdit, "keyPasswordEdit")
            assert field.echoMode() == QLineEdit.EchoMode.Password
            type_into(qtbot, dialog, "keyFilePathEdit", str(key_file), QLineEdit)
            type_text(field, password)
            press_ok(qtbot, dialog)
            attempts.append((dialog.isVisible(), dialog.error_label.text(), field.text()))
            if dialog.isVisible():
                press_cancel(qtbot, dialog)
        modal.run(lambda: qtbot.mouseClick(page.documents.sign_file_button, Qt.MouseButton.LeftButton), fill)

    sign("wrong-password")
    assert attempts[-1][0] is True and "password" in attempts[-1][1].lower() and attempts[-1][2] == ""
    assert ctx.documents.signatures(inspector, act.id) == []
    sign(PASSWORD)
    assert attempts[-1][0] is False
    [signature] = ctx.documents.signatures(inspector, act.id)
    assert signature.method == "pkcs12"
    assert page.documents.model.index(0, page.documents.model.COL_SIGNATURES).data() == "1"
    assert signature.signer_name in page.documents.status.text()

    def replace_kk(dialog):  # a corrected act names the one it replaces; that one stays, frozen
        combo = dialog.findChild(QComboBox, "replacesCombo")
        assert combo.isVisible() and combo.count() == 2 and act.number in combo.itemText(1)
        combo.setCurrentIndex(1)
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.documents.issue_act_button, Qt.MouseButton.LeftButton), replace_kk)
    old, new = ctx.documents.documents(inspector, stored.id)
    assert old.id == act.id and new.replaces_id == act.id
    assert ctx.documents.current(inspector, stored.id, DocumentKind.ACT).id == new.id


def test_a_bad_bin_is_refused_clearly_and_nothing_is_saved(qtbot, modal, unit_context, inspector,
                                                          issue_with_footage):  # noqa: F811
    page = _page(qtbot, unit_context, inspector)
    seen = _new_inspection(qtbot, modal, page, bin_iin="940140000386")  # the check digit is wrong
    assert seen["open_after_ok"] is True
    assert "940140000386" in seen["error"] and "check digit" in seen["error"]
    seen = _new_inspection(qtbot, modal, page, bin_iin="94014000")
    assert "12 digits" in seen["error"]
    assert unit_context.inspections.list(inspector) == [] and page.model.rowCount() == 0


def test_the_follow_up_shows_an_overdue_violation_and_marks_it_eliminated(qtbot, modal, unit_context, inspector,
                                                                         clock):  # noqa: F811
    ctx = unit_context
    inspection = ctx.inspections.create(inspector, InspectionInput(
        SUBJECT, BIN, ControlKind.UNSCHEDULED, "17-01/255", NOW.date(), inspector.id, NOW.date(),
        NOW.date() + timedelta(days=1)))
    deadline = NOW.date() + timedelta(days=10)
    ctx.inspections.add_violation(inspector, inspection.id, ViolationInput(REQUIREMENT, DESCRIPTION, deadline))
    clock.advance(days=20)
    page = _page(qtbot, ctx, inspector)
    page.tabs.setCurrentIndex(1)
    follow_up = page.follow_up
    assert follow_up.model.rowCount() == 1
    model = follow_up.model
    assert model.index(0, model.COL_STATE).data() == "Overdue"
    assert SUBJECT in model.index(0, model.COL_INSPECTION).data()
    assert model.index(0, model.COL_DEADLINE).data() == deadline.strftime("%d.%m.%Y")
    follow_up.table.selectRow(0)

    def follow_up_visit(dialog):  # a new visit that checks the overdue violation
        follows = dialog.findChild(QListWidget, "followsList")
        assert follows.count() == 1 and DESCRIPTION in follows.item(0).text()
        _fill_inspection(qtbot, dialog, BIN, tick_entries=False)
        follows.item(0).setCheckState(Qt.CheckState.Checked)
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), follow_up_visit)
    [visit] = [i for i in ctx.inspections.list(inspector) if i.id != inspection.id]
    [violation] = ctx.inspections.violations(inspector, inspection.id)
    assert visit.data.follows_violation_ids == (violation.id,)

    def fill(dialog):
        type_text(dialog.proof, "Қоршау орнатылды: 2026 жылғы хат, фотосуреттер")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(follow_up.eliminate_button, Qt.MouseButton.LeftButton), fill)
    [item] = ctx.inspections.follow_up(inspector)
    assert item.state is FollowUp.ELIMINATED and item.violation.elimination.proof.startswith("Қоршау")
    assert follow_up.model.rowCount() == 0  # the default filter shows what is still due or overdue
    follow_up.state_filter.setCurrentIndex(follow_up.state_filter.findData(FollowUp.ELIMINATED.value))
    assert follow_up.model.index(0, model.COL_STATE).data() == "Eliminated"


def test_the_badge_is_saved_in_both_languages(qtbot, modal, monkeypatch, tmp_path, unit_context, inspector):
    page = _page(qtbot, unit_context, inspector)
    target = tmp_path / "badge"
    _save_to(monkeypatch, target)
    modal.run(lambda: qtbot.mouseClick(page.badge_button, Qt.MouseButton.LeftButton),
              lambda dialog: press_ok(qtbot, dialog))
    assert (tmp_path / "badge.pdf").read_bytes()[:5] == b"%PDF-"


def test_ncalayer_button_follows_a_background_check(qtbot, unit_context, inspector, issue_with_footage):  # noqa: F811
    from ui.jobs import JobRunner

    ctx = unit_context
    entry, _recs, _mark = issue_with_footage
    inspection = ctx.inspections.create(inspector, InspectionInput(
        SUBJECT, BIN, ControlKind.UNSCHEDULED, "17-01/255", NOW.date(), inspector.id, NOW.date(), NOW.date(),
        entry_ids=(entry.id,)))
    ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru")
    for answers in (False, True):
        jobs = JobRunner()
        page = _page(qtbot, ctx, inspector, jobs=jobs, ncalayer_probe=lambda answers=answers: answers)
        page.table.selectRow(0)
        page.documents.table.selectRow(0)
        qtbot.waitUntil(lambda: not jobs.running(), timeout=5000)
        assert page.documents.sign_file_button.isEnabled()
        assert page.documents.sign_nca_button.isEnabled() is answers
        jobs.shutdown()


def test_the_responsible_person_has_no_inspections_section_but_imports_the_catalogue(qtbot, unit_context,
                                                                                     responsible, inspector, head):
    from resources.paths import catalogue_dir
    from ui.main_window import MainWindow

    window = MainWindow(unit_context, responsible)
    qtbot.addWidget(window)
    window.show()
    assert "inspections" not in window.nav_keys
    importer = window.pages["settings"].catalogue_import
    assert importer.import_file(catalogue_dir() / "normative_acts.csv") is not None
    assert "0 added" in importer.result_label.text()
    window.sign_out()
    window.start_session(inspector)
    assert "inspections" in window.nav_keys and not hasattr(window.pages["settings"], "catalogue_import")
    window.sign_out()
    window.start_session(head)
    assert isinstance(window.pages["inspections"], InspectionsPage)
    window.sign_out()


def test_signing_through_ncalayer_in_the_background(qtbot, monkeypatch, unit_context, inspector,
                                                    issue_with_footage):  # noqa: F811
    from tests.ncalayer_stub import NcaLayerStub
    from ui.jobs import JobRunner

    ctx = unit_context
    entry, _recs, _mark = issue_with_footage
    inspection = ctx.inspections.create(inspector, InspectionInput(
        SUBJECT, BIN, ControlKind.UNSCHEDULED, "17-01/255", NOW.date(), inspector.id, NOW.date(), NOW.date(),
        entry_ids=(entry.id,)))
    act = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: warnings.append(text)))
    jobs = JobRunner()
    with NcaLayerStub(make_pki().user_p12(PASSWORD), PASSWORD) as stub:
        page = _page(qtbot, ctx, inspector, jobs=jobs, ncalayer_url=stub.url)
        page.table.selectRow(0)
        page.documents.table.selectRow(0)
        button = page.documents.sign_nca_button
        qtbot.waitUntil(button.isEnabled, timeout=10_000)  # the stub answered the background check
        stub.mode = "cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
        assert "cancelled" in warnings[0] and ctx.documents.signatures(inspector, act.id) == []
        stub.mode = "ok"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(ctx.documents.signatures(inspector, act.id)) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: not jobs.running(), timeout=10_000)
        [signature] = ctx.documents.signatures(inspector, act.id)
        assert signature.method == "ncalayer" and signature.signer_name in page.documents.status.text()
    jobs.shutdown()
