"""The retention page driven as a person would, over recordings stored encrypted by the real ingest: the
responsible person proposes an expired recording, the head approves the list through the confirmation and the
recording is destroyed, its acts saved and signed; a held recording with its reason, released by the head only;
a rule shortened only after a second question; the PC clock in doubt; the page rendered in kk and ru."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from inspector_app.domain.retention import ListState, RetentionKind
from tests.integration.test_integrity import stored  # noqa: F401 - fixture: three sealed recordings
from tests.integration.test_retention import _at, _expiry, encrypted, fast_scrypt, footage  # noqa: F401
from tests.nca_pki import PASSWORD, make_pki
from tests.ui.audit_fixtures import click_row, fast_password_hashing, jobs  # noqa: F401 - fixtures
from tests.ui.conftest import press_ok, type_into, type_text
from ui.i18n import LanguageManager
from ui.pages.retention_page import TAB_30, TAB_EXPIRED, TAB_HELD, TAB_LISTS, TAB_RULES, RetentionPage
from ui.pages.retention_tables import RetentionItemsModel

TIMEOUT_MS = 20_000


def open_page(qtbot, ctx, user, jobs) -> RetentionPage:  # noqa: F811 - the jobs fixture
    page = RetentionPage(ctx, user, jobs=jobs)
    qtbot.addWidget(page)
    page.resize(1180, 640)
    page.show()
    return page


def row_of(model, recording_id: int) -> int:
    return next(r for r, item in enumerate(model.items()) if item.recording.id == recording_id)


def tick(qtbot, page, tab: int, recording_id: int) -> None:
    """Show the tab, click the recording's row and tick its box with the space bar."""
    page.tabs.setCurrentIndex(tab)
    table = page.tabs_by_index[tab].table
    click_row(qtbot, table, row_of(page.models[tab], recording_id))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert recording_id in page.models[tab].checked


def answer_next_question(button: QMessageBox.StandardButton, seen: list) -> None:
    """Press `button` in the next message box that opens over the dialog already open."""
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)


def test_the_responsible_person_proposes_and_the_head_approves_and_the_recording_is_destroyed(
        qtbot, modal, tmp_path, unit_context, responsible, head, footage, jobs):  # noqa: F811
    ctx, first = unit_context, footage[0]
    _at(ctx, head, _expiry(first) + timedelta(days=1))
    page = open_page(qtbot, ctx, responsible, jobs)
    expired = page.models[TAB_EXPIRED]
    assert {i.recording.id for i in expired.items()} == {r.id for r in footage}
    row = row_of(expired, first.id)
    assert expired.index(row, RetentionItemsModel.COL_INVENTORY).data() == "ВР-001"
    assert expired.index(row, RetentionItemsModel.COL_HASH).data(Qt.ItemDataRole.ToolTipRole) == first.sha256
    assert expired.index(row, RetentionItemsModel.COL_KIND).data() == "Inspection or investigation"
    assert not page.lists.approve_button.isVisible()  # the responsible person does not decide

    tick(qtbot, page, TAB_EXPIRED, first.id)

    def propose(dialog) -> None:
        assert "1 expired recording" in dialog.intro.text()
        type_into(qtbot, dialog, "textField", "Срок хранения истёк")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton), propose)
    [listed] = ctx.destruction.lists(head)
    assert listed.recording_ids == (first.id,) and listed.note == "Срок хранения истёк"
    assert first.id not in {i.recording.id for i in expired.items()}
    assert page.lists.model.rowCount() == 1 and "(1)" in page.tabs.tabText(TAB_LISTS)

    boss = open_page(qtbot, ctx, head, jobs)
    boss.tabs.setCurrentIndex(TAB_LISTS)
    click_row(qtbot, boss.lists.table, 0)
    assert boss.lists.approve_button.isEnabled() and not boss.lists.save_kk_button.isEnabled()

    def approve(dialog) -> None:
        assert "1 recording(s) will be destroyed for ever" in dialog.intro.text()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Destroy 1 recording(s) for ever"
        type_text(dialog.text, "Утверждаю")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(boss.lists.approve_button, Qt.MouseButton.LeftButton), approve)
    qtbot.waitUntil(lambda: boss.lists.job is None, timeout=TIMEOUT_MS)
    assert not ctx.vault.exists(first.sha256)
    assert all(ctx.vault.exists(r.sha256) for r in footage[1:])
    [decided] = ctx.destruction.lists(head)
    assert decided.state is ListState.APPROVED and decided.comment == "Утверждаю"
    lists = boss.lists
    assert lists.selected().id == listed.id
    assert lists.model.index(0, lists.model.COL_STATE).data() == "Approved, destroyed"
    assert sorted(act.lang for act in lists.acts) == ["kk", "ru"] and "kk (SHA-256" in lists.acts_label.text()
    assert lists.save_kk_button.isEnabled() and lists.save_ru_button.isEnabled() and lists.sign_button.isEnabled()
    assert not lists.approve_button.isEnabled() and not lists.reject_button.isEnabled()

    # the act saved as PDF in the background, and signed with a key file
    lists.save_act(lists.act("kk").id, tmp_path / "act-kk.pdf")
    qtbot.waitUntil(lambda: lists.job is None, timeout=TIMEOUT_MS)
    assert (tmp_path / "act-kk.pdf").read_bytes() == ctx.destruction.act_pdf(head, lists.act("kk").id)
    pki = make_pki()
    cert, key = pki.another_user(days_valid=(-1, 365 * 5))
    key_file = tmp_path / "head.p12"
    key_file.write_bytes(pki.user_p12(PASSWORD, key=key, cert=cert))

    def sign(dialog) -> None:
        assert dialog.password.echoMode() == dialog.password.EchoMode.Password
        type_into(qtbot, dialog, "keyFileField", str(key_file))
        type_into(qtbot, dialog, "keyPasswordField", PASSWORD)
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(lists.sign_button, Qt.MouseButton.LeftButton), sign)
    assert lists.dialog.result() and lists.dialog.password.text() == ""  # the password is not kept
    [(signature, info)] = ctx.destruction.verify_act(head, lists.dialog.act.itemData(0), [pki.root_cert])
    assert info.common_name == signature.signer_name


def test_the_head_cannot_approve_a_list_of_their_own(qtbot, unit_context, head, footage, jobs):  # noqa: F811
    ctx = unit_context
    _at(ctx, head, _expiry(footage[0]) + timedelta(days=1))
    ctx.destruction.propose(head, [footage[0].id], "")
    page = open_page(qtbot, ctx, head, jobs)
    page.tabs.setCurrentIndex(TAB_LISTS)
    click_row(qtbot, page.lists.table, 0)
    assert not page.lists.approve_button.isEnabled() and page.lists.reject_button.isEnabled()
    assert "someone other" in page.lists.approve_button.toolTip()


def test_a_held_recording_shows_its_reason_and_only_the_head_may_release_it(
        qtbot, modal, unit_context, responsible, head, footage, jobs):  # noqa: F811
    ctx, second = unit_context, footage[1]
    _at(ctx, head, _expiry(second) + timedelta(days=10))
    page = open_page(qtbot, ctx, responsible, jobs)
    tick(qtbot, page, TAB_EXPIRED, second.id)

    def hold(dialog) -> None:
        press_ok(qtbot, dialog)  # no reason: refused in the dialog, which stays open
        assert dialog.isVisible() and dialog.error_label.isVisible()
        type_into(qtbot, dialog, "textField", "Материалы направлены в суд")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.hold_buttons[TAB_EXPIRED], Qt.MouseButton.LeftButton), hold)
    held = page.models[TAB_HELD]
    assert [i.recording.id for i in held.items()] == [second.id]
    assert held.index(0, RetentionItemsModel.COL_REASON).data() == "Материалы направлены в суд"
    assert held.index(0, RetentionItemsModel.COL_PLACED_BY).data() == responsible.full_name
    assert second.id not in {i.recording.id for i in page.models[TAB_EXPIRED].items()}
    page.tabs.setCurrentIndex(TAB_HELD)
    click_row(qtbot, page.held_table, 0)
    assert not page.release_button.isEnabled()

    boss = open_page(qtbot, ctx, head, jobs)
    boss.tabs.setCurrentIndex(TAB_HELD)
    click_row(qtbot, boss.held_table, 0)
    assert boss.release_button.isEnabled()

    def release(dialog) -> None:
        type_into(qtbot, dialog, "textField", "Решение суда вступило в силу")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(boss.release_button, Qt.MouseButton.LeftButton), release)
    assert boss.models[TAB_HELD].rowCount() == 0 and ctx.retention.holds(head) == []
    assert second.id in {i.recording.id for i in boss.models[TAB_EXPIRED].items()}


def test_the_head_is_asked_a_second_time_before_shortening_a_period(
        qtbot, modal, unit_context, responsible, head, footage, jobs):  # noqa: F811
    ctx = unit_context
    assert not open_page(qtbot, ctx, responsible, jobs).rule_button.isVisible()
    page = open_page(qtbot, ctx, head, jobs)
    page.tabs.setCurrentIndex(TAB_RULES)
    model = page.rules_model
    row = next(r for r, rule in enumerate(model.items()) if rule.kind is RetentionKind.UNSCHEDULED_INSPECTION)
    click_row(qtbot, page.rules_table, row)
    questions: list[str] = []

    def shorten(answer):
        def interact(dialog) -> None:
            dialog.months.setValue(12)
            type_into(qtbot, dialog, "reasonField", "Короче")
            answer_next_question(answer, questions)
            press_ok(qtbot, dialog)
            if answer == QMessageBox.StandardButton.No:
                assert dialog.isVisible() and "3 stored recording" in dialog.error_label.text()
                dialog.reject()
        return interact

    modal.run(lambda: qtbot.mouseClick(page.rule_button, Qt.MouseButton.LeftButton),
              shorten(QMessageBox.StandardButton.No))
    assert len(questions) == 1 and "touches 3 stored recording(s)" in questions[0]
    assert ctx.retention.rules(head)[RetentionKind.UNSCHEDULED_INSPECTION].months == 36

    click_row(qtbot, page.rules_table, row)
    modal.run(lambda: qtbot.mouseClick(page.rule_button, Qt.MouseButton.LeftButton),
              shorten(QMessageBox.StandardButton.Yes))
    assert len(questions) == 2
    assert ctx.retention.rules(head)[RetentionKind.UNSCHEDULED_INSPECTION].months == 12
    assert model.index(row, model.COL_MONTHS).data() == "12"
    assert model.index(row, model.COL_CHANGED_BY).data() == head.full_name


def test_a_clock_in_doubt_is_said_and_nothing_is_expired(qtbot, unit_context, head, footage, jobs):  # noqa: F811
    ctx = unit_context
    ctx.clock.set(_expiry(footage[0]) + timedelta(days=1))  # nobody confirmed this jump
    page = open_page(qtbot, ctx, head, jobs)
    assert page.clock_warning.isVisible() and "Audit section" in page.clock_warning.text()
    assert page.models[TAB_EXPIRED].rowCount() == 0 and not page.propose_button.isEnabled()
    _at(ctx, head, ctx.clock.now())
    page.refresh()
    assert not page.clock_warning.isVisible() and page.models[TAB_EXPIRED].rowCount() == 3


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_page_renders_in_kazakh_and_russian(qtbot, tmp_path, qapp, unit_context, responsible, head, footage,
                                                 jobs, lang):  # noqa: F811
    """Beside the window's navigation (about 950 pixels): every section title whole, the screenshots kept
    in $RETENTION_SCREENSHOTS when it is set, to be looked at."""
    ctx = unit_context
    ctx.retention.place_hold(responsible, [footage[2].id], "Запрос уполномоченного органа")
    _at(ctx, head, _expiry(footage[0]) + timedelta(days=1))
    listed = ctx.destruction.propose(responsible, [footage[0].id], "Срок хранения истёк")
    ctx.destruction.approve(head, listed.id, "Утверждаю")
    languages = LanguageManager(qapp)
    try:
        assert languages.install(lang)
        page = open_page(qtbot, ctx, head, jobs)
        page.resize(950, 600)
        assert page.tabs.minimumSizeHint().width() <= 950 and page.minimumSizeHint().width() <= 950
        folder = Path(os.environ.get("RETENTION_SCREENSHOTS", tmp_path))
        for tab in (TAB_EXPIRED, TAB_HELD, TAB_LISTS, TAB_RULES):
            page.tabs.setCurrentIndex(tab)
            if tab == TAB_LISTS:
                click_row(qtbot, page.lists.table, 0)
            qtbot.wait(50)
            for index in range(page.tabs.count()):
                button = page.tabs.button(index)
                assert button.fontMetrics().horizontalAdvance(button.text()) < button.width(), button.text()
            path = folder / f"retention-{lang}-{tab}.png"
            assert page.grab().save(str(path)) and path.stat().st_size > 0
        assert page.tabs.tabText(TAB_30) != "Expires in 30 days (0)"  # translated
    finally:
        languages.install("en")
