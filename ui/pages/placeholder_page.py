"""A section whose work is planned but not built yet: says so plainly, with what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets import Retranslatable, emphasize


class PlaceholderPage(Retranslatable, QWidget):
    def __init__(self, object_name: str, title: str, description: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._title, self._description = title, description
        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.body = QLabel(objectName="placeholderText")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice = QLabel(objectName="notBuiltNotice")
        self.notice.setStyleSheet("color: #a15c00;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Sections", self._title))
        self.body.setText(QCoreApplication.translate("Sections", self._description))
        self.notice.setText(self.tr("This section is not built yet. It comes in a later version of the program."))
