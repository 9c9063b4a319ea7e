"""Adding and editing users, and the head's appointment of the responsible person."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from inspector_app.context import AppContext
from inspector_app.domain.roles import Permission, Role, allows
from inspector_app.domain.users import UserView
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.person_fields import PersonFields
from ui.labels import role_label


class AddUserDialog(FormDialog):
    def __init__(self, ctx: AppContext, actor: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.setObjectName("addUserDialog")
        self.person = PersonFields("new")
        self.form.addRow(self.person)
        self.role = self.add_row(QComboBox(objectName="roleCombo"))
        self.roles = [Role.INSPECTOR] + ([Role.HEAD] if allows(actor.role, Permission.MANAGE_STAFF) else [])
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a user"))
        index = self.role.currentIndex()
        self.role.clear()
        for role in self.roles:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(max(index, 0))
        self.set_label(self.role, self.tr("Role"))

    def submit(self) -> UserView:
        p = self.person
        return self.ctx.users.add(self.actor, p.login.text(), p.full_name.text(), p.position.text(),
                                  self.role.currentData(), p.checked_password())


class EditUserDialog(FormDialog):
    def __init__(self, ctx: AppContext, actor: UserView, target: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.target = ctx, actor, target
        self.setObjectName("editUserDialog")
        self.login = QLabel(target.login)
        self.form.addRow(self.login)
        self.full_name = self.add_row(QLineEdit(target.full_name, objectName="editFullName"))
        self.position = self.add_row(QLineEdit(target.position, objectName="editPosition"))
        self.active = self.add_row(QCheckBox(objectName="activeCheck"))
        self.active.setChecked(target.active)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit user"))
        self.set_label(self.full_name, self.tr("Full name"))
        self.set_label(self.position, self.tr("Position"))
        self.set_label(self.active, self.tr("Account active"))

    def submit(self) -> UserView:
        return self.ctx.users.update(self.actor, self.target.id, self.full_name.text(), self.position.text(),
                                     self.active.isChecked())


class AppointDialog(FormDialog):
    """The head appoints the responsible person (п.6); the previous one becomes an inspector."""

    def __init__(self, ctx: AppContext, actor: UserView, target: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.target = ctx, actor, target
        self.setObjectName("appointDialog")
        self.who = QLabel(f"<b>{target.full_name}</b>")
        self.form.addRow(self.who)
        self.order_ref = self.add_row(QLineEdit(objectName="appointOrderRef"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Appoint the responsible person"))
        self.set_label(self.order_ref, self.tr("Order of appointment (number and date)"))

    def submit(self):
        return self.ctx.users.appoint_responsible(self.actor, self.target.id, self.order_ref.text())
