"""Managing users and the head's appointment of the responsible person (п.6)."""

from __future__ import annotations

import logging

from inspector_app.clock import Clock
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.roles import Permission, Role
from inspector_app.domain.vault_slots import SlotHolder
from inspector_app.domain.users import FULL_NAME_MAX, POSITION_MAX, Appointment, User, UserView
from inspector_app.domain.validation import optional_text, required_text
from inspector_app.errors import ConflictError, StateError, ValidationError
from inspector_app.passwords import check_password_strength, hash_password
from inspector_app.ports import UnitOfWorkFactory
from inspector_app.services.common import acting_user, get_or_404
from inspector_app.services.keys import ensure_key_in, retire_key_in

logger = logging.getLogger(__name__)
ORDER_REF_MAX = 200


def add_user_in(uow, clock: Clock, login: str, full_name: str, position: str, role: Role | str,
                password: str) -> User:
    """Create a user inside an open unit of work (shared by setup, the demo and `UserService.add`)."""
    user = User.create(login, full_name, position, role)
    check_password_strength(password)
    if uow.users.by_login(user.login) is not None:
        raise ConflictError(f"The login {user.login} is already taken", code="login_taken", login=user.login)
    user.password_hash = hash_password(password)
    user.created_at = clock.now()
    uow.users.add(user)
    ensure_key_in(uow, clock, user, password)
    return user


def appoint_in(uow, clock: Clock, user: User, appointed_by: User | None, order_reference: str) -> Appointment:
    """Make `user` the responsible person; the previous one's appointment is closed and they become an inspector."""
    order_reference = optional_text(order_reference, "Order reference", ORDER_REF_MAX)
    if user.role is Role.HEAD:
        raise ValidationError("The head cannot be appointed the responsible person", code="appoint_head")
    now = clock.now()
    current = uow.appointments.current()
    if current is not None:
        if current.user_id == user.id:
            raise StateError(f"{user.full_name} is already the responsible person", code="already_responsible")
        uow.appointments.close(current.id, now)
        previous = uow.users.get(current.user_id)
        if previous is not None and previous.role is Role.RESPONSIBLE:
            previous.role = Role.INSPECTOR
            uow.users.update(previous)
    user.role = Role.RESPONSIBLE
    uow.users.update(user)
    return uow.appointments.add(Appointment(user.id, appointed_by.id if appointed_by else None, order_reference, now))


class UserService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, audit=None, keyring=None) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.audit = audit
        self.keyring = keyring

    def _record(self, actor, user, change: str, **details) -> None:
        if self.audit is not None:
            self.audit.record(AuditKind.USER_CHANGED, actor, subject=f"user:{user.id}",
                              details={"change": change, "login": user.login, **details})

    def list(self, actor: UserView, include_inactive: bool = True) -> list[UserView]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_USERS)
            return [UserView.of(u) for u in uow.users.list(include_inactive)]

    def inspectors(self, actor: UserView) -> list[UserView]:
        return [u for u in self.list(actor, include_inactive=False) if u.role is not Role.HEAD]

    def add(self, actor: UserView, login: str, full_name: str, position: str, role: Role | str,
            password: str) -> UserView:
        role = role if isinstance(role, Role) else Role.parse(role)
        with self.uow_factory() as uow:
            acting_user(uow, actor, _permission_for(role))
            if role is Role.RESPONSIBLE:
                raise ValidationError("The responsible person is appointed by the head: add an inspector, "
                                      "then appoint them", code="add_responsible")
            user = add_user_in(uow, self.clock, login, full_name, position, role, password)
            uow.commit()
        self._record(actor, user, "added", role=role.value, full_name=user.full_name)
        logger.info("user added: %s (%s) by %s", user.login, role.value, actor.login)
        return UserView.of(user)

    def update(self, actor: UserView, user_id: int, full_name: str, position: str, active: bool) -> UserView:
        with self.uow_factory() as uow:
            me = acting_user(uow, actor, Permission.MANAGE_INSPECTORS)  # before telling whether the user exists
            user = get_or_404(uow.users, user_id, "User")
            acting_user(uow, actor, _permission_for(user.role))
            if user.id == me.id and not active:
                raise ValidationError("You cannot disable your own account", code="disable_self")
            if not active and user.role is Role.RESPONSIBLE:
                raise ValidationError("Appoint another responsible person before disabling this one",
                                      code="disable_responsible")
            user.full_name = required_text(full_name, "Full name", FULL_NAME_MAX)
            user.position = optional_text(position, "Position", POSITION_MAX)
            user.active = bool(active)
            uow.users.update(user)
            uow.commit()
        self._record(actor, user, "updated", full_name=user.full_name, position=user.position, active=user.active)
        return UserView.of(user)

    def reset_password(self, actor: UserView, user_id: int, new_password: str) -> None:
        """A manager sets a new password for someone who forgot theirs; this also lifts a lockout."""
        check_password_strength(new_password)
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.MANAGE_INSPECTORS)  # before telling whether the user exists
            user = get_or_404(uow.users, user_id, "User")
            acting_user(uow, actor, _permission_for(user.role))
            user.password_hash = hash_password(new_password)
            user.failed_logins, user.locked_until = 0, None
            uow.users.update(user)
            retire_key_in(uow, self.clock, user)  # the old key stays for verifying; a new one at next sign-in
            uow.commit()
        self._record(actor, user, "password_reset")
        logger.info("password reset for %s by %s", user.login, actor.login)

    def appoint_responsible(self, actor: UserView, user_id: int, order_reference: str) -> Appointment:
        with self.uow_factory() as uow:
            head = acting_user(uow, actor, Permission.APPOINT_RESPONSIBLE)
            user = get_or_404(uow.users, user_id, "User")
            if not user.active:
                raise ValidationError("A disabled account cannot be appointed", code="appoint_inactive")
            appointment = appoint_in(uow, self.clock, user, head, order_reference)
            uow.commit()
        self._record(actor, user, "appointed_responsible", order_reference=appointment.order_reference)
        if self.keyring is not None:  # п.6: the storage password is the new responsible person's, not the old one's
            self.keyring.revoke_holder(SlotHolder.RESPONSIBLE, head.id, except_user_id=user.id)
        logger.info("responsible person appointed: %s by %s", user.login, actor.login)
        return appointment

    def appointments(self, actor: UserView) -> list[Appointment]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_USERS)
            return uow.appointments.history()


def _permission_for(role: Role) -> Permission:
    return Permission.MANAGE_INSPECTORS if role is Role.INSPECTOR else Permission.MANAGE_STAFF
