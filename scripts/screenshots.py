"""Render the main screens of the app into docs/screenshots/*.png under a real X server.

Run it through `scripts/screenshots.sh`, which starts a private Xvfb with `xvfb-run`. The script
builds a throw-away demo unit in a temporary data folder (the same `build_context` + `build_demo`
path as `inspector-app --demo`), creates the real windows, lets them settle, and saves what the
X server shows: `QScreen.grabWindow()` of the window's area on the screen, so dialogs open over a
window are in the picture too. Only when the X server returns a blank image does it fall back to
`QWidget.grab()` (Qt painting the widget into a pixmap by itself).

    bash scripts/screenshots.sh                      # all shots into docs/screenshots/
    bash scripts/screenshots.sh --only login-kk      # one shot (repeat --only for more)
    bash scripts/screenshots.sh --only journal       # one screen in both languages
    bash scripts/screenshots.sh --out /tmp/shots     # somewhere else
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "screenshots"
logger = logging.getLogger("screenshots")
WINDOW_SIZE = (1180, 740)

# Sample text typed into the setup wizard: a unit other than the demo one.
WIZARD_NAME_KK = "Шымкент қаласы бойынша аумақтық бөлімше"
WIZARD_NAME_RU = "Территориальное подразделение по городу Шымкент"
WIZARD_CODE = "SHY-01"
WIZARD_JOURNAL_INDEX = "04-12/15"

# The recorder whose history is shown (registered, reported faulty, sent for repair).
SELECTED_RECORDER = "ВР-007"

# The reason typed into the recorder dialog, in the language of the shot.
RECORDER_REASON = {"kk": "Қоймадан қабылданды, зауыттық қаптамасында",
                   "ru": "Принят со склада, в заводской упаковке"}

# The responsible person's note on the destruction list of the shot.
DESTRUCTION_NOTE = "Сақтау мерзімі өтті (12-тармақ) / Срок хранения истёк (п.12)"

# A note the reviewer leaves at a moment of the recording shown in the player.
PLAYER_NOTE = {"kk": "Объектінің өкілі тексерудің басталғанын растады",
               "ru": "Представитель объекта подтвердил начало проверки"}

# What the inspector returning a recorder says of it.
RETURN_CONDITION = {"kk": "Жарамды, зақымы жоқ", "ru": "Исправен, повреждений нет"}

# The head and the responsible person typed into the setup wizard (login, full name, position), and the order.
WIZARD_HEAD = {"kk": ("b.seitkali", "Сейітқали Бауыржан Ерғалиұлы", "Бөлімше басшысы"),
               "ru": ("b.seitkali", "Сейиткали Бауыржан Ергалиевич", "Руководитель подразделения")}
WIZARD_RESPONSIBLE = {"kk": ("a.nurgaliyeva", "Нұрғалиева Әсем Қайратқызы", "Бас маман"),
                      "ru": ("a.nurgaliyeva", "Нургалиева Асем Кайратовна", "Главный специалист")}
WIZARD_ORDER = {"kk": "2026 жылғы 1 желтоқсандағы № 112-ж/қ бұйрық",
                "ru": "Приказ № 112-л/с от 1 декабря 2026 года"}

# A drawn signature for journal entries made here when the demo unit has none.
DEMO_SIGNATURE = [[(0.05, 0.6), (0.15, 0.3), (0.25, 0.7), (0.35, 0.35)], [(0.4, 0.5), (0.6, 0.45), (0.9, 0.55)]]


def _require_display() -> None:
    if not os.environ.get("DISPLAY"):
        sys.stderr.write(
            "screenshots: DISPLAY is not set: the screenshots are taken from a real X server.\n"
            "screenshots: run `bash scripts/screenshots.sh` (it starts Xvfb with xvfb-run), or\n"
            "screenshots:     xvfb-run -a -s \"-screen 0 1400x900x24\" .venv/bin/python scripts/screenshots.py\n")
        sys.exit(2)
    os.environ["QT_QPA_PLATFORM"] = "xcb"  # never offscreen: the point is what X actually shows
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


class Shooter:
    """Holds the application, the demo unit and the helpers that show, settle and capture windows."""

    def __init__(self, out_dir: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from inspector_app.bootstrap import build_context
        from inspector_app.demo import build_demo
        from ui.app import create_application
        from ui.i18n import LanguageManager

        self.out_dir = out_dir
        self.app: QApplication = create_application()
        self.languages = LanguageManager(self.app)
        self.temp = tempfile.TemporaryDirectory(prefix="inspector-screenshots-")
        self.ctx = build_context(Path(self.temp.name) / "demo")
        self.credentials = build_demo(self.ctx)  # login -> password: the head first, then the responsible person
        logins = list(self.credentials)
        self.head_login, self.responsible_login = logins[0], logins[1]
        self.saved: list[Path] = []

    def close(self) -> None:
        self.ctx.close()
        self.temp.cleanup()

    # showing and settling
    def settle(self, ms: int = 400) -> None:
        """Let layouts, paints and the X server catch up: run the event loop for `ms`, then sync with X."""
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtGui import QGuiApplication

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        self.app.processEvents()
        QGuiApplication.sync()
        self.app.processEvents()

    def language(self, code: str) -> None:
        if not self.languages.install(code):
            raise SystemExit(f"screenshots: no compiled translation for {code!r}; run `bash scripts/setup.sh`")

    def main_window(self, login: str | None = None, unlock: bool = True, **options):
        """The main window with the demo unit; signed in as `login` when given (as after the sign-in form). The
        head and the responsible person are asked for the storage password then: with `unlock` it is given,
        as they would type it, so the footage shows its frames."""
        from ui.main_window import MainWindow

        window = MainWindow(languages=self.languages, **options)
        window.resize(*WINDOW_SIZE)
        window.move(0, 0)
        window.set_context(self.ctx)
        if login is not None:
            user = self.ctx.accounts.authenticate(login, self.credentials[login])
            window.start_session(user)
            if unlock and window.vault is not None and login in self.ctx.demo_storage_passwords:
                window.vault.close_dialog()
                window.vault.unlock(self.ctx.demo_storage_passwords[login])
        window.show()
        window.raise_()
        window.activateWindow()
        self.settle()
        return window

    def dispose(self, *windows) -> None:
        for window in windows:
            window.close()
            window.deleteLater()
        self.settle(150)

    # capturing
    def capture(self, name: str, window, *over) -> Path:
        """Save the screen area of `window` (its frame when a window manager draws one) plus `over` windows."""
        from PySide6.QtGui import QGuiApplication

        area = window.frameGeometry()
        for other in over:
            area = area.united(other.frameGeometry())
        screen = window.screen() or QGuiApplication.primaryScreen()
        area = area.intersected(screen.geometry())
        pixmap = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
        image = pixmap.toImage()
        colours = _distinct_colours(image)
        if colours < 4:
            logger.warning("%s: the X server returned a blank image (%d colour(s)); painting the widget instead",
                            name, colours)
            image = window.grab().toImage()
        return self.save(name, image)

    def save(self, name: str, image) -> Path:
        """Write `image` as docs/screenshots/`name`.png (or into --out)."""
        if image.isNull():
            raise SystemExit(f"screenshots: {name}: no picture to save")
        path = self.out_dir / f"{name}.png"
        image = image.convertToFormat(image.Format.Format_RGB888)  # no alpha channel: smaller files
        if not image.save(str(path), "PNG", 0):  # quality 0 = strongest PNG compression
            raise SystemExit(f"screenshots: cannot write {path}")
        self.saved.append(path)
        print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
              f"{image.width()}x{image.height()}, {path.stat().st_size // 1024} KiB")
        return path

    # the shots
    def login(self, lang: str) -> None:
        self.language(lang)
        window = self.main_window()
        self.capture(f"login-{lang}", window)
        self.dispose(window)

    def recorders(self, name: str, lang: str) -> None:
        from ui.pages.table_view import select_row_where

        self.language(lang)
        window = self.main_window(self.responsible_login)
        window.show_section("recorders")
        page = window.pages["recorders"]
        if not select_row_where(page.table, lambda r: r.inventory_number == SELECTED_RECORDER):
            page.table.selectRow(0)
        page.table.setFocus()
        self.settle()
        self.capture(name, window)
        self.dispose(window)

    def section(self, name: str, lang: str, login: str, key: str) -> None:
        self.language(lang)
        window = self.main_window(login)
        window.show_section(key)
        self.settle()
        self.capture(name, window)
        self.dispose(window)

    def inspections(self, name: str, lang: str) -> None:
        """An inspector's inspection with a violation and its act, written here once if the demo has none."""
        self.language(lang)
        login = self._inspector_login()
        self._demo_inspection(login)
        window = self.main_window(login)
        window.show_section("inspections")
        page = window.pages["inspections"]
        page.table.selectRow(0)
        page.violations_table.selectRow(0)
        page.documents.table.selectRow(0)
        self.settle()
        self.capture(name, window)
        self.dispose(window)

    def _demo_inspection(self, login: str) -> None:
        """The inspection of `login`'s latest issue that has stored recordings, its violation citing one of them
        as evidence, and its act issued in both languages."""
        from datetime import date

        from inspector_app.domain.inspections import (
            ControlKind,
            DocumentKind,
            EvidenceRef,
            InspectionInput,
            ViolationInput,
        )

        ctx = self.ctx
        user = ctx.accounts.authenticate(login, self.credentials[login])
        if ctx.inspections.count(user):
            return
        entry, recordings = self._recorded_issue()
        zone = ZoneInfo(ctx.timezone())
        day = entry.at.astimezone(zone).date() if entry is not None else datetime.now(zone).date()
        inspection = ctx.inspections.create(user, InspectionInput(
            "«Қарағанды Көмір» ЖШС", "940140000385", ControlKind.UNSCHEDULED, "17-01/255", date(day.year, 1, 1),
            user.id, day, day, subject_address="Қарағанды қ., Бұқар жырау даңғылы, 12",
            facility_name="«Шұбаркөл» көмір разрезі", representative_name="Үсенов Нұрлан Һашимұлы",
            representative_position="Өндірістік бақылау бастығы", place="Қарағанды қ.",
            entry_ids=(entry.id,) if entry is not None else ()))
        evidence = tuple(EvidenceRef(r.id) for r in recordings[:1])
        ctx.inspections.add_violation(user, inspection.id, ViolationInput(
            "rules-344/p-4", "Ашық карьердің шетінде қоршау жоқ", day + timedelta(days=30), "Солтүстік борт",
            evidence=evidence))
        ctx.documents.issue(user, inspection.id, DocumentKind.ACT, "kk+ru")

    def _recorded_issue(self):
        """The newest journal issue with readable stored recordings, and those recordings (metadata only)."""
        from inspector_app.domain.journal import EntryKind, JournalFilter
        from inspector_app.domain.recordings import RecordingFilter
        from inspector_app.services.recordings import RecordingsService

        ctx = self.ctx
        resp = ctx.accounts.authenticate(self.responsible_login, self.credentials[self.responsible_login])
        service = RecordingsService(ctx.uow_factory, ctx.audit, ctx.keyring)
        found = [r for r in service.list(resp, RecordingFilter(readable=True), 0, 500) if r.entry_id]
        issues = {r.entry.id: r.entry for r in ctx.journal.rows(resp, JournalFilter(), 0, 500)
                  if r.entry.kind is EntryKind.ISSUE and r.strike is None}
        for recording in found:
            if recording.entry_id in issues:
                return issues[recording.entry_id], [r for r in found if r.entry_id == recording.entry_id]
        return None, []

    def _inspector_login(self) -> str:
        """The inspector of the newest issue with stored recordings (the demo's first inspector if none)."""
        if getattr(self, "_inspector", None) is None:
            entry, _ = self._recorded_issue()
            logins = {u.id: u.login for u in self.ctx.users.list(self._responsible())}
            login = logins.get(entry.user_id) if entry is not None else None
            self._inspector = login if login in self.credentials else list(self.credentials)[2]
        return self._inspector

    def _responsible(self):
        return self.ctx.accounts.authenticate(self.responsible_login, self.credentials[self.responsible_login])

    def recorder_dialog(self, lang: str) -> None:
        from ui.dialogs.recorder_dialogs import RecorderDialog

        self.language(lang)
        window = self.main_window(self.responsible_login)
        window.show_section("recorders")
        dialog = RecorderDialog(self.ctx, window.user, parent=window.pages["recorders"])
        dialog.inventory.setText("ВР-013")
        dialog.serial.setText("J48819252")
        dialog.model.setText("Hikvision DS-MCW406")
        dialog.reason.setPlainText(RECORDER_REASON[lang])
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        dialog.inventory.setFocus()
        self.settle()
        self.capture(f"recorder-dialog-{lang}", window, dialog)
        dialog.reject()
        dialog.deleteLater()
        self.dispose(window)

    def journal(self, name: str, lang: str) -> None:
        """The journal section: the struck-through entry of the demo in view, its correction selected."""
        from PySide6.QtWidgets import QAbstractItemView

        self.language(lang)
        self._ensure_journal()
        window = self.main_window(self.responsible_login)
        window.show_section("journal")
        page = window.pages["journal"]
        model = page.model
        rows = [model.row(r) for r in range(min(model.rowCount(), model.page_size))]
        struck = next((r for r, row in enumerate(rows) if row.strike is not None), 0)
        correction = next((r for r, row in enumerate(rows) if rows[struck].strike is not None
                           and row.entry.id == rows[struck].strike.correction_entry_id), struck)
        page.table.selectRow(correction)
        page.table.scrollTo(model.index(struck, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        page.table.setFocus()
        self.settle()
        self.capture(name, window)
        self.dispose(window)

    def _ensure_journal(self) -> None:
        """A few entries when the demo unit has none: issued, returned, stored, one struck through and corrected."""
        from inspector_app.domain.journal import JournalFilter
        from inspector_app.services.journal import IssueRequest
        from inspector_app.services.journal_corrections import CorrectionRequest
        from inspector_app.services.signers import SignatureInput

        ctx = self.ctx
        resp = ctx.accounts.authenticate(self.responsible_login, self.credentials[self.responsible_login])
        if ctx.journal.count(resp, JournalFilter()):
            return
        people = [u for u in ctx.users.list(resp) if u.role.value == "inspector" and u.login in self.credentials][:3]
        stock = [r for r in ctx.recorders.list(resp) if r.status.value == "in_store"]

        def sign(user) -> SignatureInput:
            return SignatureInput(user.id, self.credentials[user.login], DEMO_SIGNATURE)

        rows = [ctx.journal.issue(resp, IssueRequest(stock[i].id, person.id, "preventive_visit", 90, 0),
                                  sign(person), sign(resp)) for i, person in enumerate(people)]
        for row, person in zip(rows[:2], people):
            ctx.journal.return_recorder(resp, row.entry.id, "Жарамды", sign(person), sign(resp))
        ctx.journal.record_storage(rows[0].entry.id, ctx.clock.now())
        fix = CorrectionRequest(stock[3].id, people[2].id, "preventive_visit", rows[2].entry.at, 90, 0)
        ctx.journal.correct(resp, rows[2].entry.id, "Түгендеу нөмірі қате жазылды", fix, sign(people[2]), sign(resp))

    def footage(self, name: str, lang: str) -> None:
        """The footage section: the demo's recordings, one more recorder docked while the window is open and
        ingested by its station, and a recording whose issue has a gap selected."""
        from PySide6.QtWidgets import QAbstractItemView

        self.language(lang)
        docked = self._docked_recorder()
        window = self.main_window(self.responsible_login, roots_provider=lambda: list(docked),
                                  station_interval_ms=200)
        window.show_section("footage")
        page = window.pages["footage"]
        deadline = 60_000
        while deadline > 0 and not (page.ingest_panel.rows and all(
                row.state.state == "over" for row in page.ingest_panel.rows.values())):
            self.settle(200)
            deadline -= 200
        self.settle(600)  # the page reloads a moment after an ingest ends
        model = page.model
        rows = [model.row(r) for r in range(min(model.rowCount(), model.page_size))]
        reports = {e: page.recordings.continuity(window.user, e) for e in {r.entry_id for r in rows} if e}
        broken = [r for r, rec in enumerate(rows) if rec.readable and rec.entry_id and reports[rec.entry_id]
                  and not reports[rec.entry_id].ok]  # a recording of the issue with a gap in the demo
        chosen = broken[0] if broken else next((r for r, rec in enumerate(rows) if rec.entry_id), 0)
        page.table.selectRow(chosen)
        page.table.scrollTo(model.index(chosen, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        page.table.setFocus()
        self.settle()
        self.capture(name, window)
        self.dispose(window)

    def _docked_recorder(self) -> list[tuple[Path, str]]:
        """A Hikvision-like recorder folder (the tests' fake recorder) for a recorder whose last return is not
        yet stored, with a few segments within that issue; the station finds it as a docked volume."""
        from inspector_app.domain.journal import EntryKind, JournalFilter, RowState
        from tests.integration.fake_recorder import back_to_back, make_recorder

        ctx = self.ctx
        resp = ctx.accounts.authenticate(self.responsible_login, self.credentials[self.responsible_login])
        hikvision = {r.id: r for r in ctx.recorders.list(resp) if r.vendor_profile == "hikvision-dswa"}
        rows = [r for r in ctx.journal.rows(resp, JournalFilter(), 0, 500)
                if r.entry.kind is EntryKind.ISSUE and r.entry.recorder_id in hikvision]
        row = next((r for r in rows if r.state is RowState.RETURNED_NOT_STORED), None) or \
            next((r for r in rows if r.state is RowState.STORED), None)
        if row is None:
            return []
        recorder = hikvision[row.entry.recorder_id]
        local = row.entry.at.astimezone(ZoneInfo(ctx.timezone())).replace(tzinfo=None)
        root = Path(self.temp.name) / "dock" / recorder.inventory_number.encode("ascii", "replace").decode()
        make_recorder(root, back_to_back(local + timedelta(minutes=25), 3, 2.0), serial=recorder.serial_number,
                      clock=datetime.now(ZoneInfo(ctx.timezone())).replace(tzinfo=None, microsecond=0))
        return [(root, "HIKVISION")]

    def audit(self, name: str, lang: str) -> None:
        """The audit section as the head sees it after signing in: the trail once the window's background checks
        (the PC clock, the daily rolling verification) have ended, an issue of a recorder selected."""
        from PySide6.QtWidgets import QAbstractItemView

        from inspector_app.domain.audit import AuditKind

        self.language(lang)
        window = self.main_window(self.head_login)
        window.show_section("audit")
        page = window.pages["audit"]
        deadline = 60_000
        while deadline > 0 and window.jobs.running():
            self.settle(200)
            deadline -= 200
        page.reload()
        model = page.model
        events = [model.event_at(r) for r in range(min(model.rowCount(), model.page_size))]
        chosen = next((r for r, e in enumerate(events) if e.kind is AuditKind.ISSUE), 0)
        page.table.selectRow(chosen)
        page.table.scrollTo(model.index(chosen, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        page.table.setFocus()
        self.settle()
        self.capture(name, window)
        self.dispose(window)

    def unlock_dialog(self, lang: str) -> None:
        """The question for the storage password right after the head signs in, over the locked footage."""
        self.language(lang)
        window = self.main_window(self.head_login, unlock=False)
        window.show_section("footage")
        dialog = window.vault.dialog
        if dialog is None:
            raise SystemExit("screenshots: the head was not asked for the storage password")
        self.settle()
        frame = window.frameGeometry()
        dialog.move(frame.x() + (frame.width() - dialog.width()) // 2, frame.y() + 170)
        dialog.raise_()
        dialog.activateWindow()
        dialog.password.setFocus()
        self.settle()
        self.capture(f"unlock-dialog-{lang}", window, dialog)
        window.vault.close_dialog()
        self.dispose(window)

    def storage_settings(self, lang: str) -> None:
        """Settings as the head sees them with the footage unlocked: the storage password, who holds a slot."""
        self.language(lang)
        window = self.main_window(self.head_login)
        window.show_section("settings")
        self.settle()
        page = window.pages["settings"]
        page.scroll.ensureWidgetVisible(page.storage, 0, 0)  # the page scrolls: the storage password is below
        self.settle()
        self.capture(f"storage-password-{lang}", window)
        self.dispose(window)

    def database_settings(self, lang: str) -> None:
        """Settings scrolled to this PC's database and vault folder, the form filled in for a unit on a shared
        server. With INSPECTOR_TEST_PG_URL naming a running server (scripts/test_postgres.sh), the form names it
        and Check connection is run against it, so the answer shows too."""
        from PySide6.QtCore import QElapsedTimer

        from inspector_app.database_location import url_fields

        self.language(lang)
        window = self.main_window(self.head_login)
        window.show_section("settings")
        page = window.pages["settings"]
        panel = page.database
        server = os.environ.get("INSPECTOR_TEST_PG_URL", "")
        fields = url_fields(server) if server else {"host": "db.ala.emer.kz", "port": 5432, "database": "inspector",
                                                    "user": "ala_app", "schema": "unit_ala"}
        panel.kind.setCurrentIndex(panel.kind.findData("server"))
        for edit, key in ((panel.host, "host"), (panel.database, "database"), (panel.db_user, "user"),
                          (panel.schema, "schema")):
            edit.setText(fields[key])
        panel.port.setValue(fields["port"])
        panel.vault_path.setText(r"\\fs-ala\inspector-vault")  # typed only: the shot saves nothing
        if server:
            panel.check()
            timer = QElapsedTimer()
            timer.start()
            while panel.job is not None and timer.elapsed() < 15000:
                self.settle(100)
        self.settle()
        page.scroll.ensureWidgetVisible(panel, 0, 0)
        self.settle()
        self.capture(f"database-settings-{lang}", window)
        self.dispose(window)

    def recovery_key(self, lang: str) -> None:
        """The recovery key as the head is shown it once (here the demo unit's own), over Settings."""
        from ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

        self.language(lang)
        window = self.main_window(self.head_login)
        window.show_section("settings")
        head = window.user
        dialog = RecoveryKeyDialog(self.ctx, head, self.ctx.demo_recovery_key, lang, parent=window)
        dialog.open()
        self.settle()
        frame = window.frameGeometry()
        dialog.move(frame.x() + (frame.width() - dialog.width()) // 2, frame.y() + 110)
        dialog.raise_()
        dialog.activateWindow()
        self.settle()
        self.capture(f"recovery-key-{lang}", window, dialog)
        dialog.done(0)
        dialog.deleteLater()
        self.dispose(window)

    def setup_storage(self, lang: str) -> None:
        """The setup wizard's page of the storage passwords, typed in."""
        from inspector_app.bootstrap import build_context
        from ui.dialogs.setup_wizard import SetupWizard

        self.language(lang)
        ctx = build_context(Path(self.temp.name) / "fresh-storage")
        try:
            wizard = SetupWizard(ctx, language=lang)
            wizard.move(0, 0)
            wizard.show()
            for _ in range(3):  # the unit, the head, the responsible person: not checked until Create
                wizard.next()
            page = wizard.storage_page
            for edit in (page.head, page.head2, page.responsible, page.responsible2):
                edit.setText("x" * 14)
            wizard.raise_()
            wizard.activateWindow()
            page.responsible2.setFocus()
            self.settle()
            self.capture(f"setup-storage-{lang}", wizard)
            wizard.done(0)
            self.dispose(wizard)
        finally:
            ctx.close()

    def setup_wizard(self, lang: str) -> None:
        from inspector_app.bootstrap import build_context
        from ui.dialogs.setup_wizard import SetupWizard

        self.language(lang)
        ctx = build_context(Path(self.temp.name) / "fresh")  # an empty data folder: the first start
        try:
            wizard = SetupWizard(ctx, language=lang)
            wizard.move(0, 0)
            page = wizard.unit_page
            page.name_kk.setText(WIZARD_NAME_KK)
            page.name_ru.setText(WIZARD_NAME_RU)
            page.code.setText(WIZARD_CODE)
            page.journal_index.setText(WIZARD_JOURNAL_INDEX)
            page.name_kk.setCursorPosition(0)
            page.name_ru.setCursorPosition(0)
            wizard.show()
            wizard.raise_()
            wizard.activateWindow()
            page.code.setFocus()
            self.settle()
            self.capture(f"setup-wizard-{lang}", wizard)
            wizard.reject()
            self.dispose(wizard)
        finally:
            ctx.close()

    # dialogs over a window
    def _open_over(self, dialog, window, top: int = 60) -> None:
        """Open `dialog` (not modal for the event loop), centred over `window` `top` pixels below its frame's top."""
        dialog.open()
        self.settle(200)
        frame = window.frameGeometry()
        dialog.move(frame.x() + max(0, (frame.width() - dialog.frameGeometry().width()) // 2), frame.y() + top)
        dialog.raise_()
        dialog.activateWindow()
        self.settle()

    def _close_dialog(self, dialog) -> None:
        dialog.done(0)
        dialog.deleteLater()

    def lock_screen(self, lang: str) -> None:
        """The screen locked (Ctrl+L or idle time): the sections hidden, the password asked again."""
        from ui.dialogs.password_dialogs import LockDialog

        self.language(lang)
        window = self.main_window(self._inspector_login())
        window.show_section("journal")
        self.settle()
        window.lock("lock")
        dialog = window.lock_dialog
        dialog.password.setText("x" * 9)
        self._open_over(dialog, window, 200)
        dialog.password.setFocus()
        self.settle()
        self.capture(f"lock-screen-{lang}", window, dialog)
        dialog.done(LockDialog.SIGN_OUT)
        self.dispose(window)

    def _inspectors(self, user) -> list:
        return [u for u in self.ctx.users.list(user) if u.role.value == "inspector" and u.login in self.credentials]

    def issue_dialog(self, lang: str) -> None:
        """Issuing a recorder: the form filled in, both people signed on their pads and their PINs typed."""
        from ui.dialogs.journal_dialogs import IssueDialog

        self.language(lang)
        self._ensure_journal()
        window = self.main_window(self.responsible_login)
        window.show_section("journal")
        page = window.pages["journal"]
        dialog = IssueDialog(self.ctx, window.user, parent=page)
        dialog.purpose.setCurrentIndex(max(dialog.purpose.findData("inspection"), 0))
        dialog.battery.setValue(92)
        dialog.clock.setValue(-3)
        inspectors = self._inspectors(window.user)
        if inspectors:
            dialog.recipient.set_user(inspectors[-1].id)
        for box in (dialog.recipient, dialog.issuer):
            box.pad.set_strokes(DEMO_SIGNATURE)
            box.password.setText("x" * 6)
        self._open_over(dialog, window, 30)
        self.capture(f"issue-dialog-{lang}", window, dialog)
        self._close_dialog(dialog)
        self.dispose(window)

    def return_dialog(self, lang: str) -> None:
        """Receiving a recorder back: an open issue of the journal, the condition typed, both signatures drawn."""
        from inspector_app.domain.journal import RowState
        from ui.dialogs.journal_dialogs import ReturnDialog

        self.language(lang)
        self._ensure_journal()
        window = self.main_window(self.responsible_login)
        window.show_section("journal")
        page = window.pages["journal"]
        model = page.model
        rows = [model.row(r) for r in range(min(model.rowCount(), model.page_size))]
        row = next((r for r in rows if r.state is RowState.OPEN), None)
        if row is None:
            raise SystemExit("screenshots: the demo journal has no recorder out to return")
        dialog = ReturnDialog(self.ctx, window.user, row, parent=page)
        dialog.condition.setPlainText(RETURN_CONDITION[lang])
        for box in (dialog.returner, dialog.receiver):
            box.pad.set_strokes(DEMO_SIGNATURE)
            box.password.setText("x" * 6)
        self._open_over(dialog, window, 40)
        self.capture(f"return-dialog-{lang}", window, dialog)
        self._close_dialog(dialog)
        self.dispose(window)

    def journal_print(self, lang: str) -> None:
        """An inner sheet of the printed journal (the PDF the Print… button writes), rasterised with pdftoppm."""
        import shutil
        import subprocess

        from PySide6.QtGui import QImage

        self._ensure_journal()
        ctx = self.ctx
        resp = ctx.accounts.authenticate(self.responsible_login, self.credentials[self.responsible_login])
        volume = next(v for v in reversed(ctx.journal.volumes(resp)) if v.ended_at is None)
        folder = Path(self.temp.name) / "print"
        folder.mkdir(exist_ok=True)
        pdf = folder / f"journal-{lang}.pdf"
        result = ctx.journal_printer.print_volume(resp, volume.number, lang, pdf, ctx.timezone())
        if shutil.which("pdftoppm") is None:
            raise SystemExit("screenshots: pdftoppm not found (Debian: apt-get install poppler-utils)")
        page = 2 if result.pages >= 2 else 1  # the first sheet is the cover of Appendix 1
        stem = folder / f"sheet-{lang}"
        subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "100", "-png", "-singlefile",
                        str(pdf), str(stem)], check=True)
        self.save(f"journal-print-{lang}", QImage(str(stem) + ".png"))

    def player(self, lang: str) -> None:
        """The player opened on a recording of an issue (its segments as one timeline), paused after a moment."""
        self.language(lang)
        window = self.main_window(self.responsible_login)
        window.show_section("footage")
        page = window.pages["footage"]
        self.settle(600)
        model = page.model
        rows = [model.row(r) for r in range(min(model.rowCount(), model.page_size))]
        chosen = next((r for r, rec in enumerate(rows) if rec.readable and rec.entry_id), 0)
        self._player_note(window.user, rows[chosen].id if rows else None, lang)
        page.table.selectRow(chosen)
        self.settle()
        dialog = page.player.play_selected()
        if dialog is None:
            raise SystemExit(f"screenshots: the player did not open: {page.status.text()}")
        dialog.move(0, 0)
        dialog.raise_()
        dialog.activateWindow()
        dialog.player.play()  # the player opens paused on the recording chosen
        waited = 0
        while waited < 5000 and dialog.player.player.position() < 900:  # into the segment, not the timeline
            self.settle(100)
            waited += 100
        dialog.player.pause()
        self.settle(600)
        self.capture(f"player-{lang}", dialog)
        dialog.reject()
        self.settle(200)
        self.dispose(window)

    def _player_note(self, user, recording_id: int | None, lang: str) -> None:
        """A note at a moment of the recording in the shot's language: the other language's note is corrected
        (a correction supersedes the note, which then no longer shows)."""
        if recording_id is None:
            return
        review = self.ctx.review
        earlier = review.bookmarks(user, recording_id)
        if earlier and earlier[-1].note == PLAYER_NOTE[lang]:
            return
        review.add_bookmark(user, recording_id, 1000, PLAYER_NOTE[lang],
                            supersedes_id=earlier[-1].id if earlier else None)

    def _inspections_window(self, lang: str):
        """An inspector's inspections section with the demo inspection, its violation and its act selected."""
        self.language(lang)
        login = self._inspector_login()
        self._demo_inspection(login)
        window = self.main_window(login)
        window.show_section("inspections")
        page = window.pages["inspections"]
        page.table.selectRow(0)
        page.violations_table.selectRow(0)
        page.documents.table.selectRow(0)
        self.settle()
        return window, page

    def inspection_dialog(self, lang: str) -> None:
        from ui.dialogs.inspection_dialog import InspectionDialog

        window, page = self._inspections_window(lang)
        dialog = InspectionDialog(self.ctx, window.user, page.selected(), parent=page)
        self._open_over(dialog, window, 20)
        self.capture(f"inspection-dialog-{lang}", window, dialog)
        self._close_dialog(dialog)
        self.dispose(window)

    def violation_dialog(self, lang: str) -> None:
        from ui.dialogs.violation_dialog import ViolationDialog

        window, page = self._inspections_window(lang)
        dialog = ViolationDialog(self.ctx, window.user, page.selected(), page.selected_violation(), parent=page)
        self._open_over(dialog, window, 20)
        self.capture(f"violation-dialog-{lang}", window, dialog)
        self._close_dialog(dialog)
        self.dispose(window)

    def act_dialog(self, lang: str) -> None:
        """Issuing the act: its language, place, time and the representative's acknowledgement."""
        from inspector_app.documents.inspection_content import Official
        from inspector_app.domain.inspections import DocumentKind
        from ui.dialogs.document_dialogs import IssueDocumentDialog
        from ui.models.inspection_models import catalogue_language

        window, page = self._inspections_window(lang)
        user = window.user
        docs = [row.document for row in page.documents.model.items()]
        replaceable = [d for d in docs if d.kind is DocumentKind.ACT]
        dialog = IssueDocumentDialog(page.selected(), DocumentKind.ACT, Official(user.full_name, user.position),
                                     self.ctx.timezone(), self.ctx.clock.now(), catalogue_language(), replaceable,
                                     page)
        self._open_over(dialog, window, 60)
        self.capture(f"act-dialog-{lang}", window, dialog)
        self._close_dialog(dialog)
        self.dispose(window)

    def retention(self, lang: str) -> None:
        """Retention as the head sees it: the rules of the retention periods (п.12), the first one selected."""
        from ui.pages.retention_page import TAB_RULES

        self.language(lang)
        window = self.main_window(self.head_login)
        window.show_section("retention")
        page = window.pages["retention"]
        page.tabs.setCurrentIndex(TAB_RULES)
        page.rules_table.selectRow(0)
        self.settle()
        self.capture(f"retention-{lang}", window)
        self.dispose(window)

    def destruction(self, lang: str) -> None:
        """The head's destruction lists: one proposed by the responsible person for recordings whose three years
        have ended (a recorder docked here with files of three years and two months ago), awaiting approval."""
        from ui.pages.retention_page import TAB_LISTS

        self.language(lang)
        list_id = self._proposed_list()
        window = self.main_window(self.head_login)
        window.show_section("retention")
        page = window.pages["retention"]
        page.tabs.setCurrentIndex(TAB_LISTS)
        if list_id is not None:
            page.lists.select_list(list_id)
        page.lists.table.setFocus()
        self.settle()
        self.capture(f"destruction-{lang}", window)
        self.dispose(window)

    def _proposed_list(self) -> int | None:
        """A destruction list awaiting the head, made once: old recordings ingested, then proposed."""
        if getattr(self, "_list_id", None) is not None:
            return self._list_id
        from devices.ingest_engine import IngestEngine
        from devices.profiles import all_profiles
        from devices.volumes import identify
        from tests.integration.fake_recorder import back_to_back, make_recorder

        ctx = self.ctx
        resp = self._responsible()
        recorder = next((r for r in ctx.recorders.list(resp) if r.vendor_profile == "hikvision-dswa"), None)
        if recorder is None:
            return None
        zone = ZoneInfo(ctx.timezone())
        now = datetime.now(zone).replace(tzinfo=None, microsecond=0)
        old = now.replace(year=now.year - 3) - timedelta(days=60)
        root = Path(self.temp.name) / "dock-old" / "recorder"
        # 3-second segments: not byte for byte those the footage shot docks (the vault stores a content once)
        make_recorder(root, back_to_back(old.replace(hour=10, minute=5, second=0), 4, 3.0),
                      serial=recorder.serial_number, clock=now)
        volume = identify(root, "HIKVISION", all_profiles())
        if volume is None:
            return None
        IngestEngine(ctx).ingest(volume)
        expired = [item.recording.id for item in ctx.retention.overview(resp).expired]
        if not expired:
            return None
        self._list_id = ctx.destruction.propose(resp, expired, DESTRUCTION_NOTE).id
        return self._list_id

    def setup_recovery(self, lang: str) -> None:
        """The setup wizard's last page: the unit created, its recovery key shown once, to print for the safe."""
        from inspector_app.bootstrap import build_context
        from ui.dialogs.setup_wizard import SetupWizard

        self.language(lang)
        ctx = build_context(Path(self.temp.name) / f"fresh-recovery-{lang}")
        try:
            wizard = SetupWizard(ctx, language=lang)
            wizard.move(0, 0)
            wizard.resize(780, 560)  # the sheet's check box is one long line
            unit = wizard.unit_page
            unit.name_kk.setText(WIZARD_NAME_KK)
            unit.name_ru.setText(WIZARD_NAME_RU)
            unit.code.setText(WIZARD_CODE)
            unit.journal_index.setText(WIZARD_JOURNAL_INDEX)
            for page, (login, name, position) in ((wizard.head_page, WIZARD_HEAD[lang]),
                                                  (wizard.responsible_page, WIZARD_RESPONSIBLE[lang])):
                fields = page.person
                fields.login.setText(login)
                fields.full_name.setText(name)
                fields.position.setText(position)
                fields.password.setText("Setup-2026-pass")
                fields.password2.setText("Setup-2026-pass")
            wizard.responsible_page.order_ref.setText(WIZARD_ORDER[lang])
            storage = wizard.storage_page
            storage.head.setText("Head-storage-2026")
            storage.head2.setText("Head-storage-2026")
            storage.responsible.setText("Resp-storage-2026")
            storage.responsible2.setText("Resp-storage-2026")
            wizard.show()
            for _ in range(5):  # the unit, the head, the responsible person, the storage passwords, Create
                wizard.next()
                self.settle(100)
            if wizard.currentPage() is not wizard.recovery_page:
                raise SystemExit("screenshots: the setup wizard did not reach its recovery page")
            wizard.raise_()
            wizard.activateWindow()
            self.settle()
            self.capture(f"setup-recovery-{lang}", wizard)
            if wizard.recovery_page.view is not None:
                wizard.recovery_page.view.kept.setChecked(True)
            wizard.done(0)
            self.dispose(wizard)
        finally:
            ctx.close()

def _distinct_colours(image, enough: int = 64) -> int:
    """How many different colours a sample of the image has (stops counting at `enough`)."""
    image = image.convertToFormat(image.Format.Format_RGB32)
    width, height = image.width(), image.height()
    if width == 0 or height == 0:
        return 0
    seen: set[int] = set()
    step = max(1, min(width, height) // 100)
    for y in range(0, height, step):
        for x in range(0, width, step):
            seen.add(image.pixel(x, y))
        if len(seen) >= enough:
            break
    return len(seen)


LANGUAGES = ("kk", "ru")

# Every main screen, shot once per language as `<screen>-<lang>.png`. The user guide (docs/guide/) shows each of
# them in its own language; tests/integration/test_user_guide.py checks that none is left out.
SCREENS = {
    "login": lambda s, lang: s.login(lang),
    "lock-screen": lambda s, lang: s.lock_screen(lang),
    "recorders": lambda s, lang: s.recorders(f"recorders-{lang}", lang),
    "recorder-dialog": lambda s, lang: s.recorder_dialog(lang),
    "journal": lambda s, lang: s.journal(f"journal-{lang}", lang),
    "issue-dialog": lambda s, lang: s.issue_dialog(lang),
    "return-dialog": lambda s, lang: s.return_dialog(lang),
    "journal-print": lambda s, lang: s.journal_print(lang),
    "footage": lambda s, lang: s.footage(f"footage-{lang}", lang),
    "player": lambda s, lang: s.player(lang),
    "inspections": lambda s, lang: s.inspections(f"inspections-{lang}", lang),
    "inspection-dialog": lambda s, lang: s.inspection_dialog(lang),
    "violation-dialog": lambda s, lang: s.violation_dialog(lang),
    "act-dialog": lambda s, lang: s.act_dialog(lang),
    "audit": lambda s, lang: s.audit(f"audit-{lang}", lang),
    "retention": lambda s, lang: s.retention(lang),
    "destruction": lambda s, lang: s.destruction(lang),
    "users": lambda s, lang: s.section(f"users-{lang}", lang, s.head_login, "users"),
    "settings": lambda s, lang: s.section(f"settings-{lang}", lang, s.responsible_login, "settings"),
    "storage-password": lambda s, lang: s.storage_settings(lang),
    "database-settings": lambda s, lang: s.database_settings(lang),
    "setup-wizard": lambda s, lang: s.setup_wizard(lang),
    "setup-storage": lambda s, lang: s.setup_storage(lang),
    "setup-recovery": lambda s, lang: s.setup_recovery(lang),
    "recovery-key": lambda s, lang: s.recovery_key(lang),
    "unlock-dialog": lambda s, lang: s.unlock_dialog(lang),
}

SHOTS = {f"{screen}-{lang}": (lambda s, shot=shot, lang=lang: shot(s, lang))
         for screen, shot in SCREENS.items() for lang in LANGUAGES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the main screens into PNG files (needs an X server).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    parser.add_argument("--only", action="append", choices=sorted([*SHOTS, *SCREENS]), metavar="NAME",
                        help="take only this shot (such as login-kk) or this screen in both languages (login); "
                             f"may be repeated. Screens: {', '.join(SCREENS)}")
    args = parser.parse_args(argv)
    faulthandler.enable()  # a crash inside Qt names the shot and the Python line it happened on
    _require_display()
    logging.basicConfig(level=logging.WARNING, format="screenshots: %(levelname)s %(name)s: %(message)s")

    args.out.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(args.out.resolve())
    try:
        for name, shot in SHOTS.items():
            if args.only and name not in args.only and name.rsplit("-", 1)[0] not in args.only:
                continue
            shot(shooter)
    finally:
        shooter.close()
    print(f"screenshots: {len(shooter.saved)} file(s) in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
