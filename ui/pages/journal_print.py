"""Printing a journal volume: which volume and in which language (the form of Appendix 1 in Kazakh or Russian).

The page asks with `PrintOptionsDialog`, then for the output file, then runs the printer as a background
job (`ui.jobs.JobRunner`) and tells where the file is and how many pages it has.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from inspector_app.domain.journal import Volume
from ui.formats import format_local
from ui.dialogs.form_dialog import FormDialog
from ui.i18n import LANGUAGE_NAMES

PRINT_LANGUAGES = ("kk", "ru")  # the journal is kept in the state language or in Russian


class PrintOptionsDialog(FormDialog):
    """Volume and language; `result_value` is `(volume_number, lang)`."""

    def __init__(self, volumes: list[Volume], volume_number: int | None, lang: str, timezone: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("printOptionsDialog")
        self.volumes, self.timezone = volumes, timezone
        self.volume = self.add_row(QComboBox(objectName="printVolumeCombo"))
        self.language = self.add_row(QComboBox(objectName="printLanguageCombo"))
        for code in PRINT_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(lang if lang in PRINT_LANGUAGES else "kk"), 0))
        self._fill_volumes(volume_number)
        self.retranslate()

    def _fill_volumes(self, selected: int | None) -> None:
        number = self.volume.currentData() if self.volume.count() else selected
        self.volume.clear()
        for volume in reversed(self.volumes):  # the newest first
            self.volume.addItem(self._volume_text(volume), volume.number)
        self.volume.setCurrentIndex(max(self.volume.findData(number), 0))

    def _volume_text(self, volume: Volume) -> str:
        started = format_local(volume.started_at, self.timezone, "%d.%m.%Y")
        if volume.ended_at is None:
            return self.tr("Volume {0} ({1}), from {2}").format(volume.number, volume.registration_index, started)
        ended = format_local(volume.ended_at, self.timezone, "%d.%m.%Y")
        return self.tr("Volume {0} ({1}), {2} – {3}").format(volume.number, volume.registration_index, started,
                                                              ended)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print the journal"))
        self.set_label(self.volume, self.tr("Volume"))
        self.set_label(self.language, self.tr("Language of the journal"))
        self._fill_volumes(self.volume.currentData())

    def submit(self):
        return int(self.volume.currentData()), str(self.language.currentData())
