"""Users: the staff of the unit, adding and editing them, resetting passwords, appointing the responsible person.

Once the unit has a storage password (п.6), an appointment revokes the previous responsible person's; the
head is offered at once to let the new one type theirs (`storage_password_panel.offer_responsible_slot`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_app.context import AppContext
from inspector_app.domain.roles import Permission, Role, allows
from inspector_app.domain.users import UserView
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.dialogs.password_dialogs import ResetPasswordDialog
from ui.dialogs.user_dialogs import AddUserDialog, AppointDialog, EditUserDialog
from ui.models.users_table_model import UsersTableModel
from ui.pages.table_view import make_table, select_row_where, selected_item
from ui.vault_session import VaultSession
from ui.widgets import Retranslatable, emphasize, show_error


class UsersPage(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext, user: UserView, parent=None, vault=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.vault = VaultSession.of_page(ctx, user, vault, self)
        self.setObjectName("usersPage")
        self.model = UsersTableModel(self)
        self.table, _ = make_table(self.model, "usersTable")
        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.add_button = QPushButton(objectName="addUserButton", clicked=self.add_user)
        self.edit_button = QPushButton(objectName="editUserButton", clicked=self.edit_user)
        self.reset_button = QPushButton(objectName="resetPasswordButton", clicked=self.reset_password)
        self.appoint_button = QPushButton(objectName="appointButton", clicked=self.appoint)
        self.appoint_button.setVisible(allows(user.role, Permission.APPOINT_RESPONSIBLE))
        self.appointments = QLabel(objectName="appointmentsLabel")
        self.appointments.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.appoint_button)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.appointments)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_user())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Users"))
        self.table.setAccessibleName(self.title.text())
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.reset_button.setText(self.tr("Set password…"))
        self.appoint_button.setText(self.tr("Appoint responsible…"))
        self.model.relabel()
        self._show_appointments()

    def reload(self) -> None:
        selected = selected_item(self.table)
        try:
            self.model.set_items(self.ctx.users.list(self.user))
        except AppError as error:
            show_error(self, error)
            return
        self.table.resizeColumnsToContents()
        if selected is not None:
            select_row_where(self.table, lambda u: u.id == selected.id)
        self._selection_changed()
        self._show_appointments()

    def _can_manage(self, target: UserView) -> bool:
        needed = Permission.MANAGE_INSPECTORS if target.role is Role.INSPECTOR else Permission.MANAGE_STAFF
        return allows(self.user.role, needed)

    def _selection_changed(self, *_args) -> None:
        target = selected_item(self.table)
        manageable = target is not None and self._can_manage(target)
        self.edit_button.setEnabled(manageable)
        self.reset_button.setEnabled(manageable)
        self.appoint_button.setEnabled(target is not None and target.role is Role.INSPECTOR and target.active)

    def _show_appointments(self) -> None:
        try:
            history = self.ctx.users.appointments(self.user)
            names = {u.id: u.full_name for u in self.model.items()}
        except AppError:
            return
        tz = self.ctx.timezone()
        lines = [self.tr("Appointments of the responsible person:")]
        for item in history:
            until = format_local(item.ends_at, tz) if item.ends_at else self.tr("now")
            lines.append(f"{names.get(item.user_id, item.user_id)}: {format_local(item.starts_at, tz)} — {until}"
                         + (f" ({item.order_reference})" if item.order_reference else ""))
        self.appointments.setText("\n".join(lines))

    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx, self.user, parent=self)
        if dialog.exec():
            self.reload()
            select_row_where(self.table, lambda u: u.id == dialog.result_value.id)

    def edit_user(self) -> None:
        target = selected_item(self.table)
        if target is not None and self._can_manage(target):
            if EditUserDialog(self.ctx, self.user, target, parent=self).exec():
                self.reload()

    def reset_password(self) -> None:
        target = selected_item(self.table)
        if target is not None:
            ResetPasswordDialog(self.ctx, self.user, target, parent=self).exec()
            self.reload()

    def appoint(self) -> None:
        target = selected_item(self.table)
        if target is not None and AppointDialog(self.ctx, self.user, target, parent=self).exec():
            self.reload()
            if self.vault is None:
                return
            self.vault.notify()  # the previous responsible person's slot is revoked
            appointed = next((u for u in self.model.items() if u.id == target.id), None)
            if appointed is not None and self.vault.is_set_up():
                from ui.pages.storage_password_panel import offer_responsible_slot

                offer_responsible_slot(self.vault, appointed, self, after_appointment=True)
