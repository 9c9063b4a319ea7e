"""The recovery key, shown once (п.6): large, in groups, with the vault key's fingerprint, what losing it means,
and "Print the recovery sheet…" (a PDF in Kazakh or Russian, `documents/recovery_sheet.py`).

The app keeps no copy of the key: once this closes it cannot be shown again, only replaced by a new one.
So closing waits until the person ticks that the sheet is printed or the key written down. The same view
is the last page of the setup wizard.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.documents.recovery_sheet import RecoverySheetPrinter, key_groups, vault_fingerprint
from inspector_app.errors import AppError
from ui.i18n import LANGUAGE_NAMES
from ui.widgets import ErrorLabel, Retranslatable

logger = logging.getLogger(__name__)

SHEET_LANGUAGES = ("kk", "ru")
WARNING_STYLE = "color: #b00020; font-weight: bold;"


class RecoveryKeyView(Retranslatable, QWidget):
    """The key, the fingerprint, the warning, the print button and the tick that it is kept."""

    confirmed_changed = Signal(bool)
    printed = Signal(object)  # the Path of the sheet written

    def __init__(self, ctx, head, recovery_key: str, lang: str = "kk", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyView")
        self.ctx, self.head, self.recovery_key = ctx, head, recovery_key
        self.sheet_path: Path | None = None
        self.intro = QLabel(objectName="recoveryIntro", wordWrap=True)
        groups = key_groups(recovery_key)
        self.key_label = QLabel("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]), objectName="recoveryKeyLabel")
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 10) + 8)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("background: #ffffff; border: 2px solid #333333; padding: 10px;")
        public = ctx.keyring.public_key() if ctx.keyring is not None else None
        self.fingerprint = QLabel(objectName="recoveryFingerprint", wordWrap=True)
        self.fingerprint_value = vault_fingerprint(public) if public else ""
        self.warning = QLabel(objectName="recoveryWarning", wordWrap=True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.language = QComboBox(objectName="recoverySheetLanguage")
        for code in SHEET_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(lang if lang in SHEET_LANGUAGES else "kk"), 0))
        self.print_button = QPushButton(objectName="printRecoverySheetButton", clicked=self.print_sheet)
        self.status = QLabel(objectName="recoverySheetStatus", wordWrap=True)
        self.error_label = ErrorLabel()
        self.kept = QCheckBox(objectName="recoveryKeptCheck", toggled=self.confirmed_changed.emit)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.language)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.kept)
        self.retranslate()

    @property
    def confirmed(self) -> bool:
        return self.kept.isChecked()

    def retranslate(self) -> None:
        self.language.setAccessibleName(self.tr("Language of the sheet"))
        self.intro.setText(self.tr(
            "This is the recovery key of the footage storage. It opens all the footage when both storage passwords "
            "are lost. It is shown only now: print the recovery sheet and keep it sealed in the unit's safe."))
        self.fingerprint.setText(self.tr("Fingerprint of the storage key (on the sheet too): {0}").format(
            self.fingerprint_value))
        self.warning.setText(self.tr(
            "Anyone holding this key can open all the footage. If both storage passwords and the recovery sheet are "
            "lost, the footage is lost for good: nobody can open it, ever."))
        self.print_button.setText(self.tr("Print the recovery sheet…"))
        self.kept.setText(self.tr("The recovery sheet is printed (or the key written down) for the unit's safe"))
        if self.sheet_path is not None:
            self._show_saved()

    def print_sheet(self) -> None:
        lang = str(self.language.currentData())
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / f"recovery-sheet-{lang}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet as"), suggested,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.write_sheet(Path(path if path.lower().endswith(".pdf") else f"{path}.pdf"), lang)

    def write_sheet(self, path: Path, lang: str) -> Path | None:
        try:
            self.sheet_path = RecoverySheetPrinter(self.ctx).print_sheet(self.head, self.recovery_key, path, lang)
        except AppError as error:
            self.error_label.show_error(error)
            return None
        self.error_label.clear_error()
        self._show_saved()
        self.printed.emit(self.sheet_path)
        return self.sheet_path

    def _show_saved(self) -> None:
        self.status.setText(self.tr("Saved as {0}. Print it now, then delete the file: a copy on a computer opens "
                                    "the footage as well as the sheet does.").format(self.sheet_path))


class RecoveryKeyDialog(Retranslatable, QDialog):
    """The view in a dialog that closes only once the sheet is kept; Escape does not close it."""

    def __init__(self, ctx, head, recovery_key: str, lang: str = "kk", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setMinimumWidth(620)
        self.view = RecoveryKeyView(ctx, head, recovery_key, lang)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.view.confirmed_changed.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done"))

    def reject(self) -> None:  # Escape or the window's close button: only once the key is kept
        if self.view.confirmed:
            super().reject()
