"""The journal dialogs driven the way people use them: choose, type, sign on the pad with the mouse, press OK.

Each dialog runs modally (`exec()`), as the journal page opens it; what it wrote is checked through the
journal service and, for refusals, by counting rows in the SQLite file itself.
"""

from __future__ import annotations

from contextlib import closing

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from inspector_app.domain.journal import JournalFilter, RemarkKind, RowState
from inspector_app.paths import database_file
from tests.conftest import PASSWORDS, sign_as
from tests.ui.conftest import press_cancel, press_ok, type_text
from ui.dialogs.journal_dialogs import (
    CloseVolumeDialog,
    CorrectionDialog,
    FaultDialog,
    IssueDialog,
    ReturnDialog,
    SignerBox,
)
from ui.notifications_bar import NotificationsBar
from tests.db_backend import raw_connect
from tests.integration.conftest import db_path

LEFT = Qt.MouseButton.LeftButton
INSPECTOR = "Нұрланова Әлия Қайратқызы"
TABLES = ("journal_entries", "journal_returns", "journal_remarks", "journal_strikes", "signatures", "notifications")


@pytest.fixture
def recorders(unit_context, responsible):
    add = unit_context.recorders.add
    return [add(responsible, "ВР-001", "SN-1", "DS-MCW406", "hikvision-dswa"),
            add(responsible, "ВР-002", "SN-2", "DS-MCW406", "hikvision-dswa")]


def counts(ctx) -> dict[str, int]:
    with closing(raw_connect(db_path(ctx))) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def failed_tries(ctx, login: str) -> int:
    with closing(raw_connect(db_path(ctx))) as conn:
        return conn.execute("SELECT failed_logins FROM users WHERE login = ?", (login,)).fetchone()[0]


def rows(ctx, user) -> dict[int, object]:
    return {r.entry.number: r for r in ctx.journal.rows(user, JournalFilter())}


# --- what a person does -------------------------------------------------------------------------------------


def draw_signature(qtbot, pad) -> None:
    """Two strokes with the mouse inside the pad's drawing box."""
    box = pad.box()

    def at(x: float, y: float) -> QPoint:
        return QPoint(round(box.left() + x * box.width()), round(box.top() + y * box.height()))

    for stroke in ([(0.08, 0.6), (0.18, 0.3), (0.28, 0.7), (0.38, 0.35)], [(0.45, 0.5), (0.6, 0.45), (0.75, 0.55)]):
        points = [at(x, y) for x, y in stroke]
        qtbot.mousePress(pad, LEFT, pos=points[0])
        for point in points[1:]:
            QTest.mouseMove(pad, point)
        qtbot.mouseRelease(pad, LEFT, pos=points[-1])


def signer(dialog, name: str) -> SignerBox:
    box = dialog.findChild(SignerBox, name)
    assert box is not None, f"no signer box {name}"
    return box


def sign(qtbot, dialog, name: str, login: str, password: str | None = None, draw: bool = True,
         choose: str | None = None) -> None:
    box = signer(dialog, name)
    if choose is not None:
        choose_text(box.findChild(QComboBox, "signerCombo"), choose)
    if draw:
        draw_signature(qtbot, box.pad)
    field = box.findChild(QLineEdit, "signerPassword")
    field.clear()
    qtbot.keyClicks(field, PASSWORDS[login] if password is None else password)


def choose_text(combo: QComboBox, text: str) -> None:
    index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def set_spin(qtbot, dialog, name: str, value: int) -> None:
    spin = dialog.findChild(QSpinBox, name)
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def type_plain(dialog, name: str, text: str) -> None:
    widget = dialog.findChild(QWidget, name)
    widget.setFocus()
    type_text(widget, text)


def run(modal, dialog, fill) -> dict:
    """Open `dialog` modally, let `fill(dialog, seen)` work in it, and report what happened."""
    seen: dict = {}

    def interact(d) -> None:
        assert d is dialog
        fill(dialog, seen)

    modal.run(lambda: seen.setdefault("exec", dialog.exec()), interact)
    seen["accepted"] = bool(seen.get("exec"))
    return seen


def press_ok_and_look(qtbot, dialog, seen) -> None:
    press_ok(qtbot, dialog)
    seen["open_after_ok"] = dialog.isVisible()
    seen["error"] = dialog.error_label.text() if dialog.error_label.isVisible() else ""


def fill_issue(qtbot, dialog, inventory="ВР-001", battery=95, offset=3, purpose="Inspection", inspector_pin=None):
    choose_text(dialog.findChild(QComboBox, "recorderCombo"), inventory)
    choose_text(dialog.findChild(QComboBox, "purposeCombo"), purpose)
    set_spin(qtbot, dialog, "batterySpin", battery)
    set_spin(qtbot, dialog, "clockOffsetSpin", offset)
    sign(qtbot, dialog, "recipientSigner", "aliya", inspector_pin, choose=INSPECTOR)
    sign(qtbot, dialog, "issuerSigner", "resp")


def issue_directly(ctx, responsible, inspector, recorder):
    from inspector_app.services.journal import IssueRequest

    return ctx.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 0),
                             sign_as(ctx, "aliya"), sign_as(ctx, "resp"))


# --- the walk through the journal ---------------------------------------------------------------------------


def test_issue_return_and_correction_through_the_dialogs(qtbot, modal, unit_context, responsible, inspector,
                                                         recorders, clock):
    ctx = unit_context
    issue = IssueDialog(ctx, responsible)
    qtbot.addWidget(issue)
    offered = issue.findChild(QComboBox, "recorderCombo")
    assert [offered.itemText(i) for i in range(offered.count())] == ["ВР-001 — DS-MCW406", "ВР-002 — DS-MCW406"]
    assert signer(issue, "issuerSigner").caption() == "Handing over: Жұмабаева Әйгерім Серікқызы"
    seen = run(modal, issue, lambda d, s: (fill_issue(qtbot, d), press_ok_and_look(qtbot, d, s)))
    assert seen["accepted"], seen
    [row] = rows(ctx, responsible).values()
    assert issue.result_value == row
    assert row.state is RowState.OPEN and row.entry.inventory_number == "ВР-001"
    assert row.entry.user_full_name == INSPECTOR and row.entry.purpose.value == "inspection"
    assert (row.entry.battery_percent, row.entry.clock_offset_seconds) == (95, 3)
    assert row.receipt_strokes and ctx.recorders.get(responsible, recorders[0].id).status.value == "issued"

    clock.advance(hours=3)
    back = ReturnDialog(ctx, responsible, row)
    qtbot.addWidget(back)
    assert "№ 1" in back.summary.text() and "ВР-001" in back.summary.text() and INSPECTOR in back.summary.text()
    assert signer(back, "returnerSigner").caption() == f"Inspector returning: {INSPECTOR}"

    def fill_return(d, s):
        type_plain(d, "conditionEdit", "Жарамды, зарядталған")
        sign(qtbot, d, "returnerSigner", "aliya")
        sign(qtbot, d, "receiverSigner", "resp")
        press_ok_and_look(qtbot, d, s)

    assert run(modal, back, fill_return)["accepted"]
    [row] = rows(ctx, responsible).values()
    assert row.state is RowState.RETURNED_NOT_STORED and row.returned.condition == "Жарамды, зарядталған"
    assert row.returned.returned_at == clock.now() and row.return_strokes

    clock.advance(hours=1)
    fix = CorrectionDialog(ctx, responsible, row)
    qtbot.addWidget(fix)
    # Prefilled from the row, times in the unit's zone (Asia/Almaty, UTC+5).
    assert fix.findChild(QComboBox, "recorderCombo").currentText().startswith("ВР-001")
    assert fix.findChild(QSpinBox, "batterySpin").value() == 95
    assert fix.findChild(QSpinBox, "clockOffsetSpin").value() == 3
    assert fix.findChild(QDateTimeEdit, "issuedAtEdit").text() == "23.11.2026 10:00:00"
    assert fix.findChild(QDateTimeEdit, "returnedAtEdit").text() == "23.11.2026 13:00:00"
    assert signer(fix, "recipientSigner").user_id() == inspector.id

    def fill_fix(d, s):
        choose_text(d.findChild(QComboBox, "recorderCombo"), "ВР-002")
        choose_text(d.findChild(QComboBox, "purposeCombo"), "Preventive control with a visit")
        returned = d.findChild(QDateTimeEdit, "returnedAtEdit")
        returned.setDateTime(returned.dateTime().addSecs(-30 * 60))  # it came back at 12:30, not 13:00
        type_plain(d, "correctionReasonEdit", "Түгендеу нөмірі қате жазылған")
        sign(qtbot, d, "recipientSigner", "aliya")
        sign(qtbot, d, "correctorSigner", "resp")
        press_ok_and_look(qtbot, d, s)

    assert run(modal, fix, fill_fix)["accepted"]
    journal = rows(ctx, responsible)
    old, new = journal[1], journal[2]
    assert old.state is RowState.STRUCK and old.strike.correction_entry_id == new.entry.id
    assert new.entry.corrects_entry_id == old.entry.id and new.entry.inventory_number == "ВР-002"
    assert new.entry.purpose.value == "preventive_visit" and new.entry.at == old.entry.at
    assert new.returned.returned_at == old.returned.returned_at.replace(minute=30, hour=7)
    assert [(r.kind, r.text) for r in new.remarks] == [(RemarkKind.CORRECTION, "№ 1: Түгендеу нөмірі қате жазылған")]
    assert fix.result_value.entry.id == new.entry.id
    assert ctx.journal_verifier.verify_entries(responsible, [old.entry.id, new.entry.id]).ok


# --- refusals -------------------------------------------------------------------------------------------------


def test_wrong_pin_is_refused_nothing_written_and_only_passwords_cleared(qtbot, modal, unit_context, responsible,
                                                                         inspector, recorders):
    ctx = unit_context
    before = counts(ctx)
    dialog = IssueDialog(ctx, responsible)
    qtbot.addWidget(dialog)

    def fill(d, s):
        fill_issue(qtbot, d, inspector_pin="Wrong-pin-1")
        press_ok_and_look(qtbot, d, s)
        s["first_error"], s["open_after_wrong_pin"] = s["error"], s["open_after_ok"]
        box = signer(d, "recipientSigner")
        s["passwords"] = [signer(d, n).password.text() for n in ("recipientSigner", "issuerSigner")]
        s["kept"] = (not box.pad.is_empty(), box.user_id(), d.findChild(QSpinBox, "batterySpin").value())
        s["counts"], s["failed_tries"] = counts(ctx), failed_tries(ctx, "aliya")
        # The inspector types the right PIN again; the drawings are still there.
        sign(qtbot, d, "recipientSigner", "aliya", draw=False)
        sign(qtbot, d, "issuerSigner", "resp", draw=False)
        press_ok_and_look(qtbot, d, s)

    seen = run(modal, dialog, fill)
    assert seen["open_after_wrong_pin"]
    assert seen["first_error"].startswith("A PIN or password is wrong")
    assert seen["counts"] == before, "a wrong PIN writes nothing to the journal"
    assert seen["failed_tries"] == 1, "but it counts towards the account lock, as at sign-in"
    assert seen["passwords"] == ["", ""]
    assert seen["kept"] == (True, inspector.id, 95), "the drawing, the inspector and the battery are kept"
    assert seen["accepted"] and len(rows(ctx, responsible)) == 1


def test_empty_signature_pad_is_refused_naming_the_signer(qtbot, modal, unit_context, responsible, recorders):
    ctx = unit_context
    dialog = IssueDialog(ctx, responsible)
    qtbot.addWidget(dialog)

    def fill(d, s):
        choose_text(d.findChild(QComboBox, "recorderCombo"), "ВР-001")
        set_spin(qtbot, d, "batterySpin", 90)
        sign(qtbot, d, "recipientSigner", "aliya", draw=False, choose=INSPECTOR)
        sign(qtbot, d, "issuerSigner", "resp")
        press_ok_and_look(qtbot, d, s)
        press_cancel(qtbot, d)

    seen = run(modal, dialog, fill)
    assert seen["open_after_ok"]
    assert seen["error"] == (f"Inspector receiving: {INSPECTOR}: the signature pad is empty, sign on it with the "
                             "mouse, a finger or a pen")
    assert counts(ctx)["journal_entries"] == 0
    assert failed_tries(ctx, "aliya") == failed_tries(ctx, "resp") == 0, "no password try was spent"


def test_battery_must_be_read_and_a_low_one_needs_a_reason(qtbot, modal, unit_context, responsible, recorders):
    ctx = unit_context
    dialog = IssueDialog(ctx, responsible)
    qtbot.addWidget(dialog)
    override = dialog.findChild(QLineEdit, "overrideReasonEdit")

    def fill(d, s):
        choose_text(d.findChild(QComboBox, "recorderCombo"), "ВР-001")
        sign(qtbot, d, "recipientSigner", "aliya", choose=INSPECTOR)
        sign(qtbot, d, "issuerSigner", "resp")
        press_ok_and_look(qtbot, d, s)
        s["unread"] = s["error"]
        s["override_before"] = override.isVisible()
        set_spin(qtbot, d, "batterySpin", 40)
        s["override_shown"] = override.isVisible()
        s["warning"] = d.findChild(QWidget, "batteryWarning").text()
        press_ok_and_look(qtbot, d, s)
        s["low"], s["counts"] = s["error"], counts(ctx)
        override.setFocus()
        type_text(override, "Шұғыл тексеру, қосалқы батарея берілді")
        press_ok_and_look(qtbot, d, s)

    seen = run(modal, dialog, fill)
    assert seen["unread"] == "Enter the battery charge read off the recorder (п.20)"
    assert not seen["override_before"] and seen["override_shown"]
    assert "minimum of 80 %" in seen["warning"]
    assert seen["low"].startswith("The battery is at 40 %, below the unit's minimum of 80 %")
    assert seen["counts"]["journal_entries"] == 0
    assert seen["accepted"]
    [row] = rows(ctx, responsible).values()
    assert row.entry.battery_percent == 40
    assert [(r.kind, r.text) for r in row.remarks] == [(RemarkKind.BATTERY_OVERRIDE,
                                                        "Шұғыл тексеру, қосалқы батарея берілді")]


def test_clock_offset_beyond_tolerance_is_warned_and_refused(qtbot, modal, unit_context, responsible, recorders):
    ctx = unit_context
    dialog = IssueDialog(ctx, responsible)
    qtbot.addWidget(dialog)
    assert "Compare the recorder clock with the PC clock (п.17)" in dialog.clock_hint.text()
    assert "23.11.2026 10:00:00" in dialog.clock_hint.text()

    def fill(d, s):
        fill_issue(qtbot, d, offset=-300)
        s["warning"] = d.clock_warning.text() if d.clock_warning.isVisible() else ""
        press_ok_and_look(qtbot, d, s)
        s["passwords_kept"] = all(signer(d, n).password.text() for n in ("recipientSigner", "issuerSigner"))
        press_cancel(qtbot, d)

    seen = run(modal, dialog, fill)
    assert seen["warning"] == "More than 60 s off: set the recorder clock before issuing it (п.17)"
    assert seen["open_after_ok"] and seen["passwords_kept"]
    assert seen["error"] == ("The recorder clock is -300 s off the PC clock (at most 60 s allowed): "
                             "set the recorder clock first (п.17)")
    assert counts(ctx)["journal_entries"] == 0


def test_faulty_return_needs_a_description(qtbot, modal, unit_context, responsible, inspector, recorders):
    ctx = unit_context
    row = issue_directly(ctx, responsible, inspector, recorders[0])
    dialog = ReturnDialog(ctx, responsible, row)
    qtbot.addWidget(dialog)

    def fill(d, s):
        faulty = d.findChild(QWidget, "faultyCheck")
        qtbot.mouseClick(faulty, LEFT, pos=QPoint(8, faulty.height() // 2))  # on the box, not the empty space
        sign(qtbot, d, "returnerSigner", "aliya")
        sign(qtbot, d, "receiverSigner", "resp")
        press_ok_and_look(qtbot, d, s)
        s["empty"] = s["error"]
        type_plain(d, "conditionEdit", "Экран жанбайды")
        press_ok_and_look(qtbot, d, s)

    seen = run(modal, dialog, fill)
    assert seen["empty"] == "Describe the fault"
    assert seen["accepted"]
    [row] = rows(ctx, responsible).values()
    assert row.returned is not None and row.remarks[-1].kind is RemarkKind.FAULT
    assert ctx.recorders.get(responsible, recorders[0].id).status.value == "faulty"


# --- faults and notifications, volumes ------------------------------------------------------------------------


def test_inspector_reports_a_fault_and_the_head_sees_it_until_acknowledged(qtbot, modal, unit_context, head,
                                                                           responsible, inspector, recorders):
    ctx = unit_context
    issue_directly(ctx, responsible, inspector, recorders[1])
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    bar = NotificationsBar(ctx, head, refresh_ms=0)
    own_bar = NotificationsBar(ctx, inspector, refresh_ms=0)
    layout.addWidget(bar)
    layout.addWidget(own_bar)
    window.show()
    qtbot.waitExposed(window)
    assert not bar.isVisible()

    dialog = FaultDialog(ctx, inspector)
    qtbot.addWidget(dialog)
    # The recorder the inspector holds is chosen already.
    assert dialog.findChild(QComboBox, "recorderCombo").currentText().startswith("ВР-002")
    assert signer(dialog, "reporterSigner").caption() == f"Reported by: {INSPECTOR}"

    def fill(d, s):
        type_plain(d, "faultDescriptionEdit", "Батарея тез отырады")
        sign(qtbot, d, "reporterSigner", "aliya")
        press_ok_and_look(qtbot, d, s)

    assert run(modal, dialog, fill)["accepted"]
    assert ctx.recorders.get(responsible, recorders[1].id).status.value == "faulty"

    with qtbot.waitSignal(bar.changed):
        bar.refresh()
    assert bar.isVisible() and not own_bar.isVisible()
    [text] = [label.text() for label in bar.findChildren(QWidget, "notificationText")]
    assert text == f"23.11.2026 10:00 — Recorder fault: ВР-002: Батарея тез отырады ({INSPECTOR})"
    bar.refresh()
    assert bar.isVisible(), "still shown until someone acknowledges it"

    [button] = bar.findChildren(QWidget, "acknowledgeButton")
    with qtbot.waitSignal(bar.changed):
        qtbot.mouseClick(button, LEFT)
    assert not bar.isVisible()
    assert ctx.journal.notifications(head) == []


def test_close_volume_starts_volume_two(qtbot, modal, unit_context, responsible, inspector, recorders):
    ctx = unit_context
    issue_directly(ctx, responsible, inspector, recorders[0])
    dialog = CloseVolumeDialog(ctx, responsible)
    qtbot.addWidget(dialog)
    current = dialog.findChild(QWidget, "currentVolume").text()
    assert current == "Open now: volume 1 (registration index 04-12/15), started 23.11.2026; entries made: 1."
    assert "Volume 2 starts with entry № 1" in dialog.findChild(QWidget, "closeExplanation").text()

    def fill(d, s):
        press_ok_and_look(qtbot, d, s)
        s["empty"] = s["error"]
        type_plain(d, "registrationIndexEdit", "04-12/16")
        press_ok_and_look(qtbot, d, s)

    seen = run(modal, dialog, fill)
    assert seen["empty"] == "Registration index must not be empty"
    assert seen["accepted"] and dialog.result_value.number == 2
    volumes = ctx.journal.volumes(responsible)
    assert [(v.number, v.registration_index, v.ended_at is None) for v in volumes] == [
        (1, "04-12/15", False), (2, "04-12/16", True)]


def test_signer_box_hides_the_password_and_gives_the_signature(qtbot, unit_context, responsible):
    box = SignerBox(fixed=responsible)
    qtbot.addWidget(box)
    box.set_role_text("Handing over")
    box.show()
    qtbot.waitExposed(box)
    assert box.password.echoMode() is QLineEdit.EchoMode.Password
    assert box.password.placeholderText() == "PIN or password"
    assert not box.combo.isVisible()
    assert box.findChild(QLabel, "signerCaption").text() == "Handing over: Жұмабаева Әйгерім Серікқызы"
    draw_signature(qtbot, box.pad)
    qtbot.keyClicks(box.password, "1234")
    value = box.value()
    assert value.user_id == responsible.id and value.password == "1234" and len(value.strokes) == 2


def test_a_language_change_keeps_what_was_chosen_and_typed(qtbot, unit_context, responsible, recorders):
    from PySide6.QtCore import QCoreApplication, QEvent

    dialog = IssueDialog(unit_context, responsible)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_text(dialog.findChild(QComboBox, "recorderCombo"), "ВР-002")
    choose_text(dialog.findChild(QComboBox, "purposeCombo"), "Investigation")
    set_spin(qtbot, dialog, "batterySpin", 50)
    draw_signature(qtbot, signer(dialog, "issuerSigner").pad)
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    for widget in dialog.findChildren(SignerBox):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert dialog.findChild(QComboBox, "recorderCombo").currentText().startswith("ВР-002")
    assert dialog.findChild(QComboBox, "purposeCombo").currentData() == "investigation"
    assert dialog.findChild(QLineEdit, "overrideReasonEdit").isVisible()
    assert not signer(dialog, "issuerSigner").pad.is_empty()
