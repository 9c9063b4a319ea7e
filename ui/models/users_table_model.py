"""Users as a table: full name, login, position, role, active."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from inspector_app.domain.users import UserView
from ui.labels import role_label
from ui.models.base_table_model import ObjectTableModel


class UsersTableModel(ObjectTableModel[UserView]):
    COL_NAME, COL_LOGIN, COL_POSITION, COL_ROLE, COL_ACTIVE = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Full name"), self.tr("Login"), self.tr("Position"), self.tr("Role"), self.tr("Active")]

    def cell(self, item: UserView, column: int):
        return {
            self.COL_NAME: item.full_name,
            self.COL_LOGIN: item.login,
            self.COL_POSITION: item.position,
            self.COL_ROLE: role_label(item.role),
            self.COL_ACTIVE: self.tr("yes") if item.active else self.tr("no"),
        }.get(column)

    def extra_data(self, item: UserView, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QColor("#888888")
        return None
