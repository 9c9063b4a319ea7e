"""Sections of a page chosen by a grid of toggle buttons over a stack of widgets, with the part of the
`QTabWidget` interface a page uses (`addTab`, `setTabText`, `tabText`, `setCurrentIndex`, `currentIndex`).

A tab bar is one row: beside the navigation of a 1180-pixel window it cannot hold six long Kazakh or Russian
titles without hiding some behind scroll arrows. Here the buttons go `columns` to a row, each as wide as
the others, so every title stays whole.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget


class SectionTabs(QWidget):
    currentChanged = Signal(int)  # noqa: N815 - the name QTabWidget uses

    def __init__(self, columns: int = 3, parent=None, objectName: str = "") -> None:  # noqa: N803 - Qt style
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.columns = columns
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.setCurrentIndex)
        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.stack, 1)

    def addTab(self, widget: QWidget, text: str) -> int:  # noqa: N802 - Qt style
        index = self.stack.addWidget(widget)
        button = QPushButton(text, objectName=f"sectionButton{index}", checkable=True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.group.addButton(button, index)
        self.grid.addWidget(button, index // self.columns, index % self.columns)
        for column in range(self.columns):
            self.grid.setColumnStretch(column, 1)
        if index == 0:
            button.setChecked(True)
        return index

    def button(self, index: int) -> QPushButton:
        return self.group.button(index)

    def count(self) -> int:
        return self.stack.count()

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802 - Qt style
        self.button(index).setText(text)

    def tabText(self, index: int) -> str:  # noqa: N802 - Qt style
        return self.button(index).text()

    def currentIndex(self) -> int:  # noqa: N802 - Qt style
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - Qt style
        if index == self.stack.currentIndex() and self.button(index).isChecked():
            return
        self.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        self.currentChanged.emit(index)
