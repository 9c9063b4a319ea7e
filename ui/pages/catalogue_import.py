"""Importing the unit's catalogue of normative legal acts from a CSV file (the head and the responsible person):
every line of the file or none; a file with mistakes is refused with each mistake listed by line."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from inspector_app.errors import AppError
from ui.error_texts import error_text
from ui.widgets import Retranslatable, show_error

logger = logging.getLogger(__name__)


class CatalogueImport(Retranslatable, QWidget):
    def __init__(self, ctx, user, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setObjectName("catalogueImport")
        self.button = QPushButton(objectName="importCatalogueButton", clicked=self.choose_and_import)
        self.result_label = QLabel(objectName="catalogueImportResult")
        self.result_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.result_label, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Import catalogue…"))
        self.button.setToolTip(self.tr("The catalogue of normative legal acts that violations cite (a UTF-8 CSV)"))

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the catalogue of normative legal acts"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> tuple[int, int] | None:
        path = Path(path)
        try:
            added, updated = self.ctx.catalogue.import_csv(self.user, path.read_bytes(), path.name)
        except AppError as error:
            problems = getattr(error, "problems", None)
            if problems:
                lines = "\n".join(self.tr("Line {0}: {1}").format(line, text) for line, text in problems[:20])
                QMessageBox.warning(self, self.tr("Catalogue not imported"), f"{error_text(error)}\n\n{lines}")
            else:
                show_error(self, error)
            return None
        except OSError as error:
            show_error(self, self.tr("Could not read {0}: {1}").format(path, error.strerror or error))
            return None
        self.result_label.setText(self.tr("Catalogue imported: {0} added, {1} updated.").format(added, updated))
        return added, updated
