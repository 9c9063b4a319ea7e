"""Signing in, the lockout after failed tries (persisted), and changing passwords."""

from __future__ import annotations

import logging
from datetime import timedelta

from inspector_app.clock import Clock
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.users import LOCKOUT_MINUTES, MAX_FAILED_LOGINS, UserView
from inspector_app.errors import AccountLocked, AuthenticationError
from inspector_app.passwords import check_password_strength, hash_password, verify_password
from inspector_app.ports import UnitOfWorkFactory
from inspector_app.services.common import acting_user
from inspector_app.services.keys import ensure_key_in, rewrap_key_in

logger = logging.getLogger(__name__)


class AccountService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, audit=None) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.audit = audit

    def _record(self, kind: AuditKind, user, **details) -> None:
        if self.audit is not None:
            self.audit.record(kind, user, subject=f"user:{user.id}", details=details)

    def authenticate(self, login: str, password: str) -> UserView:
        """The user, if `password` is right and the account is neither locked nor disabled.

        Each wrong password counts; the fifth locks the account for five minutes, and while it is
        locked even the right password is refused. The count and the lock live in the database,
        so restarting the app does not reset them.
        """
        login = (login or "").strip().lower()
        user = self._check(lambda uow: uow.users.by_login(login), password, "Wrong login or password",
                           login=login)
        self._record(AuditKind.LOGIN, user)
        logger.info("signed in: %s", login)
        return user

    def sign_out(self, user: UserView, reason: str = "sign_out") -> None:
        """Record the end of a session (signing out, the idle lock, closing the app)."""
        self._record(AuditKind.LOGOUT, user, reason=reason)

    def confirm_password(self, user_id: int, password: str) -> UserView:
        """The same check for someone signing a journal record on this PC: wrong tries count towards the lock."""
        return self._check(lambda uow: uow.users.get(user_id), password, "Wrong PIN or password",
                           purpose="signature")

    def _check(self, find, password: str, wrong_message: str, login: str = "", purpose: str = "sign_in") -> UserView:
        now = self.clock.now()
        with self.uow_factory() as uow:
            user = find(uow)
            if user is None:
                if self.audit is not None:
                    self.audit.record(AuditKind.LOGIN_FAILED, None, subject=f"login:{login[:40]}",
                                      details={"purpose": purpose, "login": login[:40], "known": False})
                raise AuthenticationError(wrong_message, code="bad_credentials")
            if user.is_locked(now):
                self._record(AuditKind.LOGIN_FAILED, user, purpose=purpose, login=user.login, locked=True)
                raise AccountLocked(f"Too many failed tries; the account is locked until {user.locked_until:%H:%M} UTC",
                                    locked_until=user.locked_until)
            if not verify_password(password or "", user.password_hash):
                user.failed_logins += 1
                locked = user.failed_logins >= MAX_FAILED_LOGINS
                if locked:
                    user.locked_until = now + timedelta(minutes=LOCKOUT_MINUTES)
                    user.failed_logins = 0
                uow.users.update(user)
                uow.commit()
                self._record(AuditKind.LOCKOUT if locked else AuditKind.LOGIN_FAILED, user, purpose=purpose,
                             login=user.login, locked_until=user.locked_until.isoformat() if locked else None)
                logger.warning("failed sign-in for %s%s", user.login, " (account locked)" if locked else "")
                if locked:
                    raise AccountLocked("Too many failed tries; the account is locked for "
                                        f"{LOCKOUT_MINUTES} minutes", locked_until=user.locked_until)
                raise AuthenticationError(wrong_message, code="bad_credentials",
                                          left=MAX_FAILED_LOGINS - user.failed_logins)
            if not user.active:
                raise AuthenticationError("This account is disabled", code="inactive")
            if user.failed_logins or user.locked_until:
                user.failed_logins, user.locked_until = 0, None
                uow.users.update(user)
            if uow.journal.active_key(user.id) is None:
                ensure_key_in(uow, self.clock, user, password)  # after an upgrade or a password reset
            uow.commit()
            return UserView.of(user)

    def change_password(self, actor: UserView, old_password: str, new_password: str) -> None:
        check_password_strength(new_password)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor)
            if not verify_password(old_password, user.password_hash):
                raise AuthenticationError("The current password is wrong", code="bad_old_password")
            if old_password == new_password:
                raise AuthenticationError("The new password must differ from the current one", code="same_password")
            user.password_hash = hash_password(new_password)
            uow.users.update(user)
            rewrap_key_in(uow, user, old_password, new_password)
            uow.commit()
        self._record(AuditKind.PASSWORD_CHANGED, actor)
        logger.info("password changed: %s", actor.login)
