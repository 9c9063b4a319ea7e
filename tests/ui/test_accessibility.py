"""Accessibility: every control a screen reader names and a keyboard reaches, for each role of the demo unit.

Each role (the head, the responsible person, an inspector) signs in to the demo unit; every section of the
main window is visited, each of its tabs, and the main dialogs are opened. On each screen every visible
control one can operate must have an accessible name as `QAccessible` gives it to a screen reader (from the
button's text, a form label's buddy, or `setAccessibleName`); Tab, pressed key by key, must reach every enabled
one and leave each (no control swallows Tab), in the order of the form's rows with the dialog's buttons last;
a dialog has a default button and Esc closes it; the navigation list follows the arrow keys.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QTabWidget, QWidget

from inspector_app import passwords, vault_keys
from inspector_app.clock import FixedClock
from tests.ui.accessibility_checks import (
    describe,
    form_order_errors,
    tab_walk,
    undescribed_pads,
    unnamed,
    unreachable,
)
from ui.main_window import MainWindow
from ui.pages.section_tabs import SectionTabs

NOW = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)
ROLES = {"head": "n.toktarbekov", "responsible": "g.yermekova", "inspector": "e.seitkali"}


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(passwords, "LOG2_N", 10)
    monkeypatch.setattr(vault_keys, "SCRYPT_LOG2_N", 10)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    """The demo unit with its footage, built once for the module (about 2 s): (folder, credentials, storage)."""
    from inspector_app.bootstrap import build_context
    from inspector_app.demo import build_demo

    mp = pytest.MonkeyPatch()
    mp.setattr(passwords, "LOG2_N", 10)
    mp.setattr(vault_keys, "SCRYPT_LOG2_N", 10)
    folder = tmp_path_factory.mktemp("demo") / "data"
    folder.mkdir()
    ctx = build_context(folder, clock=FixedClock(NOW))
    try:
        credentials = build_demo(ctx, footage=True)
        storage = dict(ctx.demo_storage_passwords)
    finally:
        ctx.close()
        mp.undo()
    return folder, credentials, storage


@pytest.fixture
def demo(demo_folder, tmp_path):
    """A context over this test's own copy of the demo unit."""
    from inspector_app.bootstrap import build_context

    folder, credentials, storage = demo_folder
    data = tmp_path / "demo"
    shutil.copytree(folder, data)
    ctx = build_context(data, clock=FixedClock(NOW))
    ctx.test_credentials, ctx.test_storage = credentials, storage
    yield ctx
    ctx.close()


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)


def _views(root: QWidget):
    """Every tab of every tab container under `root`, one after another: (container name, index) for each."""
    yield "", -1
    for tabs in [*root.findChildren(QTabWidget), *root.findChildren(SectionTabs)]:
        if not tabs.isVisibleTo(root.window()):
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == first:
                continue
            tabs.setCurrentIndex(index)
            yield f"{tabs.objectName()}[{index}]", index
        tabs.setCurrentIndex(first)


def _audit_names(qtbot, root: QWidget, screen: str) -> list[str]:
    problems: list[str] = []
    for tab, _ in _views(root):
        _settle(qtbot)
        where = f"{screen} {tab}".strip()
        problems += unnamed(root.window() if root.isWindow() else root, where)
        problems += undescribed_pads(root, where)
    return problems


def _audit_keyboard(qtbot, window: QWidget, screen: str) -> list[str]:
    _settle(qtbot)
    order, traps = tab_walk(qtbot, window)
    return ([f"{screen}: {t}" for t in traps] + unreachable(window, order, screen)
            + form_order_errors(window, order, screen))


def _sign_in(qtbot, ctx, role: str) -> MainWindow:
    login = ROLES[role]
    user = ctx.accounts.authenticate(login, ctx.test_credentials[login])
    window = MainWindow(ctx, None, station_interval_ms=3_600_000, other_pcs_interval_ms=3_600_000,
                        roots_provider=list)
    qtbot.addWidget(window)
    window.show()
    window.start_session(user)
    return window


def _unlock(qtbot, window, ctx, role: str, problems: list[str]) -> None:
    """The head and the responsible person are asked for the storage password as they sign in: the dialog is
    checked like the others, then answered."""
    dialog = window.vault.dialog if window.vault is not None else None
    if dialog is None:
        return
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    problems += _audit_dialog(qtbot, dialog, f"{role} unlock dialog", close=False)
    dialog.password.setText(ctx.test_storage[ROLES[role]])
    dialog._on_ok()
    qtbot.waitUntil(lambda: window.vault.unlocked(), timeout=5000)


def _audit_dialog(qtbot, dialog: QDialog, screen: str, close: bool = True) -> list[str]:
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    problems = (_audit_names(qtbot, dialog, screen) + _audit_keyboard(qtbot, dialog, screen)
                + _labels_problems(dialog, screen))
    if not any(b.isDefault() for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)):
        problems.append(f"{screen}: no default button (Enter does nothing)")
    if close:
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        _settle(qtbot)
        if shiboken6.isValid(dialog) and dialog.isVisible():
            problems.append(f"{screen}: Esc does not close the dialog")
            dialog.reject()
    return problems


def _section_problems(qtbot, window: MainWindow, role: str) -> list[str]:
    problems = []
    for key in list(window.nav_keys):
        window.show_section(key)
        _settle(qtbot)
        page = window.pages[key]
        screen = f"{role} {key}"
        problems += _audit_names(qtbot, page, screen)
        problems += _audit_keyboard(qtbot, window, screen)
        problems += _labels_problems(window, screen)
    return problems


@pytest.mark.parametrize("role", list(ROLES))
def test_every_section_names_its_controls_and_tab_reaches_them(qtbot, demo, role):
    window = _sign_in(qtbot, demo, role)
    problems: list[str] = []
    _unlock(qtbot, window, demo, role, problems)
    problems += unnamed(window, f"{role} window")
    problems += _section_problems(qtbot, window, role)
    assert not problems, "\n".join(problems)


def test_the_navigation_follows_the_arrow_keys(qtbot, demo):
    window = _sign_in(qtbot, demo, "inspector")
    window.navigation.setFocus()
    start = window.current_section()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_section() == window.nav_keys[window.nav_keys.index(start) + 1]
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_section() == start
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_section() == window.nav_keys[-1]


def _journal_row(page, returned: bool):
    model = page.model
    for row in range(model.rowCount()):
        item = model.row(row)
        if item is not None and item.strike is None and item.entry.kind.name == "ISSUE" and \
                (item.returned is not None) == returned:
            return item
    raise AssertionError("the demo journal has no such row")


def _dialogs(window: MainWindow, ctx, role: str):
    """(screen, factory) of the main dialogs this role opens."""
    from ui.dialogs.bind_serial_dialog import BindSerialDialog
    from ui.dialogs.document_dialogs import BadgeDialog
    from ui.dialogs.inspection_dialog import InspectionDialog
    from ui.dialogs.integrity_dialogs import VerifyOptionsDialog
    from ui.dialogs.journal_correction_dialogs import CloseVolumeDialog, CorrectionDialog
    from ui.dialogs.journal_issue_dialog import IssueDialog
    from ui.dialogs.journal_return_dialogs import FaultDialog, ReturnDialog
    from ui.dialogs.password_dialogs import ChangePasswordDialog
    from ui.dialogs.recorder_dialogs import RecorderDialog, StatusDialog
    from ui.dialogs.retention_dialogs import RuleDialog, TextDialog
    from ui.dialogs.server_password_dialog import ServerPasswordDialog
    from ui.dialogs.storage_password_dialogs import (
        ChangeStoragePasswordDialog,
        NewRecoveryKeyDialog,
        ResponsibleSlotDialog,
    )
    from ui.dialogs.user_dialogs import AddUserDialog, AppointDialog, EditUserDialog
    from ui.pages.evidence_export import EvidenceExportDialog
    from ui.pages.journal_print import PrintOptionsDialog
    from ui.pages.review_panel import BookmarkDialog

    user = window.user
    journal = window.pages["journal"]
    yield "password dialog", lambda: ChangePasswordDialog(ctx, user, window)
    yield "fault dialog", lambda: FaultDialog(ctx, user, parent=window)
    if role == "responsible":
        recorder = ctx.recorders.list(user)[0]
        yield "recorder dialog (new)", lambda: RecorderDialog(ctx, user, parent=window)
        yield "recorder dialog (edit)", lambda: RecorderDialog(ctx, user, recorder, parent=window)
        yield "recorder status dialog", lambda: StatusDialog(ctx, user, recorder, parent=window)
        yield "issue dialog", lambda: IssueDialog(ctx, user, window)
        yield "return dialog", lambda: ReturnDialog(ctx, user, _journal_row(journal, returned=False), window)
        yield "correction dialog", lambda: CorrectionDialog(ctx, user, _journal_row(journal, returned=True), window)
        yield "close volume dialog", lambda: CloseVolumeDialog(ctx, user, window)
        yield "bind serial dialog", lambda: BindSerialDialog(ctx, user, "SN-NEW-0001", window)
        yield "change storage password dialog", lambda: ChangeStoragePasswordDialog(window.vault, window)
    if role in ("head", "inspector"):
        yield "inspection dialog", lambda: InspectionDialog(ctx, user, parent=window)
    if role == "inspector":
        from datetime import timedelta

        from inspector_app.domain.inspections import ControlKind, DocumentKind, InspectionInput
        from ui.dialogs.document_dialogs import IssueDocumentDialog
        from ui.dialogs.violation_dialog import ViolationDialog
        from ui.models.inspection_models import catalogue_language

        day = NOW.date()
        inspection = ctx.inspections.create(user, InspectionInput(
            "«Қарағанды Көмір» ЖШС", "940140000385", ControlKind.UNSCHEDULED, "17-01/255", day, user.id, day,
            day + timedelta(days=1)))
        documents = window.pages["inspections"].documents
        documents.set_inspection(inspection)
        yield "violation dialog", lambda: ViolationDialog(ctx, user, inspection, parent=window)
        yield "issue act dialog", lambda: IssueDocumentDialog(inspection, DocumentKind.ACT, documents._lead(),
                                                              ctx.timezone(), ctx.clock.now(), catalogue_language(),
                                                              [], window)
        yield "badge dialog", lambda: BadgeDialog(parent=window)
        yield from _document_dialogs(window, ctx, user, inspection)
    yield "print options dialog", lambda: PrintOptionsDialog(journal.volumes, None, "kk", ctx.timezone(), window)
    if role == "head":
        retention = window.pages["retention"]
        retention.refresh()
        yield "retention rule dialog", lambda: RuleDialog(ctx, user, retention.rules_model.item(0), window)
        yield "hold dialog", lambda: TextDialog("Hold", "Why the recording is held.", "Reason", "Hold", None,
                                                parent=window)
    if role in ("head", "responsible"):
        footage = window.pages["footage"]
        recording = footage.model.row(0)
        yield "bookmark dialog", lambda: BookmarkDialog(ctx.review, user, recording, parent=window)
        yield "verify options dialog", lambda: VerifyOptionsDialog(7, window)
        yield "evidence export dialog", lambda: EvidenceExportDialog(recording, 1, str(ctx.data_dir), window)
        yield "server password dialog", lambda: ServerPasswordDialog(
            SimpleNamespace(user="inspector", host="db.example", port=5432, database="unit", schema="ala"), parent=window)
    if role == "head":
        from ui.dialogs.password_dialogs import ResetPasswordDialog

        users = {u.login: u for u in ctx.users.list(user)}
        yield "reset password dialog", lambda: ResetPasswordDialog(ctx, user, users[ROLES["inspector"]], window)
        yield "add user dialog", lambda: AddUserDialog(ctx, user, window)
        yield "edit user dialog", lambda: EditUserDialog(ctx, user, users[ROLES["inspector"]], window)
        yield "appoint dialog", lambda: AppointDialog(ctx, user, users[ROLES["inspector"]], window)
        yield "responsible slot dialog", lambda: ResponsibleSlotDialog(window.vault, users[ROLES["responsible"]],
                                                                     parent=window)
        yield "new recovery key dialog", lambda: NewRecoveryKeyDialog(window.vault, window)
    if role in ("head", "responsible"):
        yield from _review_and_integrity_dialogs(window, ctx, user, role)


def _document_dialogs(window: MainWindow, ctx, user, inspection):
    """The inspector's issued act, signed with a key file, and a violation with a deadline, marked eliminated."""
    from datetime import timedelta

    from inspector_app.domain.inspections import DocumentKind, ViolationInput
    from ui.dialogs.document_dialogs import KeyFileSignDialog
    from ui.pages.follow_up_page import EliminationDialog

    act = ctx.documents.issue(user, inspection.id, DocumentKind.ACT, "kk")
    yield "key file signing dialog", lambda: KeyFileSignDialog(ctx, user, act, window)
    violation = ctx.inspections.add_violation(user, inspection.id, ViolationInput(
        "rules-344/p-4", "Ашық карьердің шетінде қоршау жоқ", NOW.date() + timedelta(days=30), "Солтүстік борт"))
    [item] = [i for i in ctx.inspections.follow_up(user) if i.violation.id == violation.id]
    yield "elimination dialog", lambda: EliminationDialog(ctx, user, item, window)


def _review_and_integrity_dialogs(window: MainWindow, ctx, user, role: str):
    """A continuity flag of the demo's footage decided, a verification's report, and, three years on, the PC
    clock confirmed (the head) and the act of destruction of an expired recording signed."""
    from datetime import timedelta

    from ui.dialogs.integrity_dialogs import ConfirmClockDialog, IntegrityReportDialog
    from ui.dialogs.retention_dialogs import SignActDialog
    from ui.pages.review_panel import DecisionDialog, flag_text

    flag = ctx.review.open_flags(user)[0]
    yield "continuity decision dialog", lambda: DecisionDialog(ctx.review, user, flag, flag_text(flag), window)
    report = ctx.integrity.run(user)
    yield "integrity report dialog", lambda: IntegrityReportDialog(report, window)
    head, responsible = (ctx.accounts.authenticate(ROLES[r], ctx.test_credentials[ROLES[r]])
                         for r in ("head", "responsible"))
    ctx.clock.set(NOW + timedelta(days=3 * 366 + 40))  # every recording of the demo has expired
    state = ctx.clock_guard.check()
    assert not state.trusted, state
    if role == "head":
        yield "confirm clock dialog", lambda: ConfirmClockDialog(ctx, user, state, window)
    ctx.clock_guard.confirm(head, "Сверено с сервером точного времени")
    recording = window.pages["footage"].model.row(0)
    listed = ctx.destruction.propose(responsible, [recording.id], "Срок хранения истёк")
    ctx.destruction.approve(head, listed.id, "Утверждаю")
    acts = ctx.destruction.acts(user, listed.id)
    yield "sign the act of destruction dialog", lambda: SignActDialog(ctx, user, acts, window)


@pytest.mark.parametrize("role", list(ROLES))
def test_the_main_dialogs_name_their_controls_and_follow_the_keyboard(qtbot, demo, role):
    window = _sign_in(qtbot, demo, role)
    problems: list[str] = []
    _unlock(qtbot, window, demo, role, problems)
    if "footage" in window.pages:
        window.show_section("footage")
        qtbot.waitUntil(lambda: window.pages["footage"].model.row(0) is not None, timeout=5000)
    window.show_section("journal")
    _settle(qtbot)
    for screen, factory in _dialogs(window, demo, role):
        dialog = factory()
        problems += _audit_dialog(qtbot, dialog, f"{role} {screen}")
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def test_the_player_names_its_controls(qtbot, demo):
    from ui.player.opener import PlayerOpener

    window = _sign_in(qtbot, demo, "responsible")
    problems: list[str] = []
    _unlock(qtbot, window, demo, "responsible", problems)
    window.show_section("footage")
    page = window.pages["footage"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.table.selectRow(0)
    dialog = PlayerOpener.attach(page).play_selected()
    assert dialog is not None, page.status.text()
    problems += _audit_dialog(qtbot, dialog, "player")
    assert not problems, "\n".join(problems)


def test_the_setup_wizard_and_the_lock_dialog(qtbot, context, demo):
    from ui.dialogs.setup_wizard import SetupWizard

    problems: list[str] = []
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    answers = [
        lambda p: [e.setText(t) for e, t in ((p.name_kk, "Шымкент қаласы бойынша аумақтық бөлімше"),
                                             (p.name_ru, "Территориальное подразделение по г. Шымкент"),
                                             (p.code, "SHY"), (p.journal_index, "04-12/15"))],
        lambda p: [e.setText(t) for e, t in ((p.person.login, "ermek"), (p.person.full_name, "Оспанов Ермек"),
                                             (p.person.password, "Ermek-2026-pass"),
                                             (p.person.password2, "Ermek-2026-pass"))],
        lambda p: [e.setText(t) for e, t in ((p.person.login, "gulnar"), (p.person.full_name, "Әбенова Гүлнар"),
                                             (p.person.password, "Gulnar-2026-pass"),
                                             (p.person.password2, "Gulnar-2026-pass"), (p.order_ref, "№ 5-ө"))],
        lambda p: [e.setText(t) for e, t in ((p.head, "Ermek-сақтау-2026"), (p.head2, "Ermek-сақтау-2026"),
                                             (p.responsible, "Gulnar-сақтау-2026"),
                                             (p.responsible2, "Gulnar-сақтау-2026"))],
        lambda p: None,  # the summary: Create
        None,  # the recovery key
    ]
    for answer in answers:  # the unit, the head, the responsible person, the storage passwords, …
        page = wizard.currentPage()
        screen = f"setup wizard {type(page).__name__} {wizard.currentId()}"
        problems += _audit_names(qtbot, wizard, screen) + _audit_keyboard(qtbot, wizard, screen)
        problems += _labels_problems(wizard, screen)
        if answer is not None:
            answer(page)
            wizard.next()
    assert type(wizard.currentPage()).__name__ == "RecoveryPage", wizard.currentPage()
    window = _sign_in(qtbot, demo, "inspector")
    window.lock()
    lock = window.lock_dialog
    qtbot.waitExposed(lock)
    problems += _audit_names(qtbot, lock, "lock dialog") + _audit_keyboard(qtbot, lock, "lock dialog")
    problems += _labels_problems(lock, "lock dialog")
    if not any(b.isDefault() for b in lock.findChildren(QPushButton) if b.isVisibleTo(lock)):
        problems.append("lock dialog: no default button (Enter does nothing)")
    assert not problems, "\n".join(problems)


def test_the_sign_in_form(qtbot, demo):
    window = MainWindow(station_interval_ms=3_600_000, other_pcs_interval_ms=3_600_000, roots_provider=list)
    qtbot.addWidget(window)
    window.show()
    window.set_context(demo)
    qtbot.waitExposed(window)
    problems = (_audit_names(qtbot, window, "sign-in") + _audit_keyboard(qtbot, window, "sign-in")
                + _labels_problems(window, "sign-in"))
    assert window.sign_in.sign_in_button.isDefault()
    assert not problems, "\n".join(problems)


def _labels_problems(window: QWidget, screen: str) -> list[str]:
    """Every visible form label has a mnemonic of its own in the window, and its buddy takes the focus (Alt+letter
    jumps to its field; a buddy that is a row of several widgets takes none)."""
    from ui.mnemonics import form_labels, mnemonic_of

    problems, seen = [], {}
    for label in form_labels(window):
        if not label.isVisibleTo(window):
            continue
        buddy = label.buddy()
        while buddy.focusProxy() is not None:
            buddy = buddy.focusProxy()
        if buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
            problems.append(f"{screen}: the buddy of the label {label.text()!r} ({describe(buddy)}) takes no focus")
        letter = mnemonic_of(label.text())
        if not letter:
            problems.append(f"{screen}: the label {label.text()!r} of {label.buddy().objectName()} has no mnemonic")
        elif letter in seen:
            problems.append(f"{screen}: {label.text()!r} and {seen[letter]!r} share the mnemonic {letter!r}")
        else:
            seen[letter] = label.text()
    return problems


def test_alt_and_a_form_labels_letter_moves_to_its_field_in_kazakh(qtbot, demo):
    from ui.dialogs.recorder_dialogs import RecorderDialog
    from ui.i18n import LanguageManager
    from ui.mnemonics import mnemonic_of

    languages = LanguageManager(QApplication.instance())
    languages.install("kk")
    try:
        login = ROLES["responsible"]
        user = demo.accounts.authenticate(login, demo.test_credentials[login])
        dialog = RecorderDialog(demo, user)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not _labels_problems(dialog, "recorder dialog (kk)")
        label = dialog.form.labelForField(dialog.model)
        assert label.text().replace("&", "") == "Моделі"
        letter = mnemonic_of(label.text())
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        dialog.inventory.setFocus()
        qtbot.keyClick(dialog.inventory, QKeySequence.mnemonic(label.text())[0].key(), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is dialog.model, letter
    finally:
        languages.install("en")


def test_the_signature_pad_is_reached_named_and_cleared_from_the_keyboard(qtbot, demo):
    from PySide6.QtGui import QAccessible

    from ui.dialogs.journal_issue_dialog import IssueDialog
    from ui.signature_pad import SignaturePad

    login = ROLES["responsible"]
    user = demo.accounts.authenticate(login, demo.test_credentials[login])
    dialog = IssueDialog(demo, user)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pad = dialog.findChildren(SignaturePad)[0]
    pad.set_strokes([[(0.1, 0.5), (0.5, 0.4), (0.9, 0.5)]])
    order, traps = tab_walk(qtbot, dialog)
    assert not traps
    assert pad in order and pad.clear_button in order  # Tab stops at the pad, then at its Clear button
    assert order.index(pad.clear_button) == order.index(pad) + 1
    interface = QAccessible.queryAccessibleInterface(pad)
    assert interface.text(QAccessible.Text.Name) == "Signature pad"
    assert "Delete" in interface.text(QAccessible.Text.Description)

    pad.clear_button.setFocus()
    qtbot.keyClick(pad.clear_button, Qt.Key.Key_Space)  # Clear, pressed from the keyboard
    assert pad.is_empty()
    pad.set_strokes([[(0.1, 0.5), (0.9, 0.5)]])
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()


def test_the_storage_password_and_recovery_key_dialogs(qtbot, unit_context, head):
    from ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
    from ui.dialogs.storage_password_dialogs import SetStoragePasswordDialog
    from ui.vault_session import VaultSession

    vault = VaultSession(unit_context, head)
    problems: list[str] = []
    dialog = SetStoragePasswordDialog(vault)  # before the unit has a storage password
    qtbot.addWidget(dialog)
    problems += _audit_dialog(qtbot, dialog, "set storage password dialog")
    recovery = unit_context.keyring.create(head, "Сақтау-басшы-2026")
    sheet = RecoveryKeyDialog(unit_context, head, recovery, "kk")
    qtbot.addWidget(sheet)
    problems += _audit_dialog(qtbot, sheet, "recovery key dialog", close=False)
    assert not problems, "\n".join(problems)


def test_the_accessible_names_follow_the_language(qtbot, demo):
    from ui.i18n import LanguageManager

    window = _sign_in(qtbot, demo, "inspector")
    journal = window.pages["journal"]
    assert (window.navigation.accessibleName(), journal.date_from.accessibleName()) == ("Sections", "First day")
    languages = LanguageManager(QApplication.instance())
    try:
        languages.install("kk")
        assert window.navigation.accessibleName() == "Бөлімдер"
        assert journal.date_from.accessibleName() == "Кезеңнің бірінші күні"
        assert journal.table.accessibleName() == "Бейнетіркеуішті беруді және тапсыруды есепке алу журналы"
        label = window.pages["settings"].form.labelForField(window.pages["settings"].language)
        assert "&" in label.text() and label.text().replace("&", "") == "Интерфейс тілі (осы компьютерде)"
        assert window.pages["settings"].language.accessibleName() == "Интерфейс тілі (осы компьютерде)"
    finally:
        languages.install("en")
    assert window.navigation.accessibleName() == "Sections"
