"""The steps of `inspector-app --self-check` (see `ui/self_check.py`): the resources, the translations, and a
session of the demo head in the real main window that plays a recording in the real player.

Each step returns the facts it found (they go into the JSON line) or raises `SelfCheckFailed` saying what is
wrong; nothing here writes outside the demo unit's temporary data folder, except the pictures asked for.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QObject, Qt, QTimer, Slot
from PySide6.QtMultimedia import QVideoFrame

from ui.self_check import APP_TEXT, KAZAKH_LETTERS, QT_TEXT, SelfCheckFailed

logger = logging.getLogger(__name__)

PDF_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")
TRANSLATED = ("kk", "ru")


# the resources
def check_resources() -> dict:
    from devices.profiles import all_profiles, profile_load_errors
    from inspector_app.documents.badge import badge_pdf
    from inspector_app.documents.fonts import register_fonts
    from inspector_app.documents.inspection_pdf_layout import register_mono
    from inspector_app.documents.templates import available_languages, load_texts
    from inspector_app.domain.normative_catalogue import starter_catalogue
    from resources import paths

    step = "resources"
    for name in PDF_FONTS:
        if not (paths.fonts_dir() / name).is_file():
            raise SelfCheckFailed(step, f"font file missing: {paths.fonts_dir() / name}")
    fonts = [*register_fonts(), register_mono()]
    pdf = badge_pdf(["kk", "ru"])  # fonts and the badge's templates together, in memory
    if not pdf.startswith(b"%PDF") or b"DejaVuSans" not in pdf:
        raise SelfCheckFailed(step, "the badge PDF was not made with the DejaVu fonts embedded")
    kinds = sorted(p.name for p in paths.templates_dir().iterdir() if p.is_dir()) \
        if paths.templates_dir().is_dir() else []
    templates = 0
    for kind in kinds:
        for lang in available_languages(kind):
            load_texts(kind, lang)
            templates += 1
    if not templates or not {"act", "journal", "prescription"} <= set(kinds):
        raise SelfCheckFailed(step, f"document templates missing in {paths.templates_dir()} (found {kinds})")
    profiles = all_profiles()
    shipped = sorted(paths.profiles_dir().glob("*.json"))
    if profile_load_errors() or not profiles or len(profiles) != len(shipped):
        raise SelfCheckFailed(step, f"vendor profiles in {paths.profiles_dir()}: {len(profiles)} loaded of "
                                    f"{len(shipped)} files; {'; '.join(profile_load_errors()) or 'no errors'}")
    catalogue = starter_catalogue()
    if not catalogue:
        raise SelfCheckFailed(step, f"the starter catalogue in {paths.catalogue_dir()} is empty")
    return {"resources_dir": str(paths.RESOURCES_DIR), "pdf_fonts": fonts, "badge_pdf_bytes": len(pdf),
            "templates": templates, "template_kinds": len(kinds),
            "vendor_profiles": sorted(p.name for p in profiles), "catalogue_lines": len(catalogue)}


# the translations
def check_translations(app, languages) -> dict:
    """The app's and Qt's translators for kk and ru, each translating a known text; kk is left installed."""
    from resources.paths import translations_dir

    step = "translations"
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = {}
    for lang in (*[x for x in TRANSLATED if x != "kk"], "kk"):
        if not languages.install(lang):
            raise SelfCheckFailed(step, f"the app's {lang} translation inspector_app_{lang}.qm does not load "
                                        f"from {translations_dir()}")
        own = QCoreApplication.translate(*APP_TEXT)
        if own == APP_TEXT[1] or (lang == "kk" and not set(own) & set(KAZAKH_LETTERS)):
            raise SelfCheckFailed(step, f"{APP_TEXT[1]!r} is not translated into {lang}: {own!r}")
        qt_own = QCoreApplication.translate(*QT_TEXT)
        if qt_own == QT_TEXT[1]:
            raise SelfCheckFailed(step, f"Qt's own qtbase_{lang}.qm is not loaded from {qt_path}")
        found[lang] = {"app": own, "qt": qt_own}
    return {"translations_dir": str(translations_dir()), "qt_translations_dir": qt_path, **found}


# a session in the main window
class Frames(QObject):
    """The valid frames reaching a video sink, received in the GUI thread: (start time in µs, image)."""

    def __init__(self, sink) -> None:
        super().__init__(sink)
        self.seen: list[tuple[int, object]] = []
        sink.videoFrameChanged.connect(self._on_frame, Qt.ConnectionType.QueuedConnection)

    @Slot(QVideoFrame)
    def _on_frame(self, frame) -> None:
        if frame.isValid() and len(self.seen) < 200:
            self.seen.append((frame.startTime(), frame.toImage()))


class Session:
    """The demo head's session in the real main window, kept to be closed at the end whatever happened."""

    def __init__(self, app, ctx, languages, wait_seconds: float) -> None:
        self.app, self.ctx, self.languages, self.wait_seconds = app, ctx, languages, wait_seconds
        self.window = None
        self.page = None
        self.dialog = None

    def wait(self, step: str, condition, what: str) -> None:
        deadline = time.monotonic() + self.wait_seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SelfCheckFailed(step, f"{what} within {self.wait_seconds:g} s")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    def open_window(self) -> dict:
        """The main window with the demo unit, the head signed in through its sign-in form."""
        from PySide6.QtGui import QFontInfo, QRawFont

        from ui.main_window import MainWindow

        step = "window"
        head = next(iter(self.ctx.demo_credentials))  # the head comes first, then the responsible person
        window = self.window = MainWindow(languages=self.languages, roots_provider=list)  # no real drives
        window.set_context(self.ctx)
        window.show()
        form = window.sign_in
        form.login_edit.setText(head)
        form.password_edit.setText(self.ctx.demo_credentials[head])
        form.sign_in_button.click()
        if window.user is None or window.user.login != head:
            raise SelfCheckFailed(step, f"the demo head {head} could not sign in: {form.error_label.text()}")
        title = QCoreApplication.translate(*APP_TEXT)
        if not window.windowTitle().startswith(title):
            raise SelfCheckFailed(step, f"the window's title {window.windowTitle()!r} is not the Kazakh {title!r}")
        font = self.app.font()
        raw = QRawFont.fromFont(font)
        missing = [c for c in KAZAKH_LETTERS if not raw.supportsCharacter(ord(c))]
        if missing:
            raise SelfCheckFailed(step, f"the UI font {raw.familyName()!r} lacks the letters {''.join(missing)}")
        return {"login": head, "title": window.windowTitle(), "ui_font": QFontInfo(font).family()}

    def open_footage(self) -> dict:
        step = "footage"
        window = self.window
        if window.vault is None:
            raise SelfCheckFailed(step, "the head's session has no storage password to unlock")
        window.vault.close_dialog()  # the question asked at sign-in, answered as the head types it:
        window.vault.unlock(self.ctx.demo_storage_passwords[window.user.login])
        window.show_section("footage")
        if window.current_section() != "footage":
            raise SelfCheckFailed(step, f"the footage section did not open (showing {window.current_section()})")
        page = self.page = window.pages["footage"]
        self.wait(step, lambda: page.model.rowCount() > 0, "no recording was listed")
        model = page.model
        rows = [model.row(r) for r in range(min(model.rowCount(), model.page_size))]
        playable = [r for r, rec in enumerate(rows) if rec.readable]
        if not playable:
            raise SelfCheckFailed(step, f"none of the {len(rows)} recordings listed is readable")
        page.table.selectRow(playable[0])
        self.wait(step, lambda: page.details.play_button.isEnabled(), "the Play button was not enabled")
        return {"recordings": model.total(), "readable_listed": len(playable)}

    def play(self, min_frames: int, min_advance_ms: int) -> dict:
        """"Play" on the page opens the player; frames must decode into its sink and its position advance."""
        step = "player"
        page = self.page
        page.details.play_button.click()
        self.dialog = page.player.dialog
        if self.dialog is None:
            raise SelfCheckFailed(step, f"the player did not open: {page.status.text() or 'no reason given'}")
        player = self.dialog.player
        if not player.player.isAvailable():
            raise SelfCheckFailed(step, "Qt Multimedia has no media backend here (QMediaPlayer is not available)")
        frames = Frames(player.sink())
        opened, start_ms = time.perf_counter(), player.position_ms()
        player.play()
        self.wait(step, lambda: len(frames.seen) >= min_frames or player.message.text(),
                  f"fewer than {min_frames} frames decoded ({len(frames.seen)})")
        if player.message.text():
            raise SelfCheckFailed(step, f"the player says: {player.message.text()}")
        first_frame_ms = round((time.perf_counter() - opened) * 1000)
        self.wait(step, lambda: player.position_ms() >= start_ms + min_advance_ms,
                  f"the position did not advance {min_advance_ms} ms from {start_ms} ms")
        starts = [start for start, _image in frames.seen]
        if len(set(starts)) < 3 or starts != sorted(starts):
            raise SelfCheckFailed(step, f"the frames' times do not advance: {starts[:10]}")
        image = frames.seen[-1][1]
        if image.isNull() or _colours(image) < 3:
            raise SelfCheckFailed(step, "the decoded frames are blank")
        player.pause()
        return {"recording_id": player.recording.id, "frames": len(frames.seen), "first_frame_ms": first_frame_ms,
                "advanced_ms": player.position_ms() - start_ms, "frame_size": [image.width(), image.height()],
                "play_button": player.play_button.text()}

    def save_pictures(self, target: Path) -> dict:
        """The player's dialog and the main window behind it, painted into PNG files."""
        target = Path(target).with_suffix(".png")
        target.parent.mkdir(parents=True, exist_ok=True)
        saved = []
        if self.dialog is not None:
            player_png = target.with_name(f"{target.stem}-player.png")
            if self.dialog.grab().save(str(player_png), "PNG"):
                saved.append(str(player_png))
            self.dialog.reject()
            self.dialog = None
        self.window.resize(1180, 740)
        self.wait("grab", lambda: True, "")
        self.app.processEvents()
        if not self.window.grab().save(str(target), "PNG"):
            raise SelfCheckFailed("grab", f"cannot write {target}")
        saved.insert(0, str(target))
        return {"files": saved}

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, 0)
        self.app.processEvents()


def _colours(image) -> int:
    """How many different colours a coarse grid of the image has (a blank frame has one)."""
    step_x, step_y = max(1, image.width() // 16), max(1, image.height() // 16)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)})
