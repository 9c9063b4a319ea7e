"""Users of the app: the head, the responsible person and the inspectors, with their login state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from inspector_app.domain.roles import Role
from inspector_app.domain.validation import login_name, optional_text, required_text

FULL_NAME_MAX = 200
POSITION_MAX = 200
MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 5


@dataclass
class User:
    login: str
    full_name: str
    position: str
    role: Role
    password_hash: str = field(repr=False, default="")
    active: bool = True
    failed_logins: int = 0
    locked_until: datetime | None = None
    created_at: datetime | None = None
    id: int | None = None

    @classmethod
    def create(cls, login: str, full_name: str, position: str, role: Role | str) -> "User":
        return cls(
            login=login_name(login),
            full_name=required_text(full_name, "Full name", FULL_NAME_MAX),
            position=optional_text(position, "Position", POSITION_MAX),
            role=role if isinstance(role, Role) else Role.parse(role),
        )

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


@dataclass(frozen=True)
class UserView:
    """What the UI and CLI see of a user: no password hash."""

    id: int
    login: str
    full_name: str
    position: str
    role: Role
    active: bool
    locked_until: datetime | None

    @classmethod
    def of(cls, user: User) -> "UserView":
        assert user.id is not None
        return cls(user.id, user.login, user.full_name, user.position, user.role, user.active, user.locked_until)


@dataclass(frozen=True)
class Appointment:
    """The head's appointment of the responsible person (п.6); history is kept, never rewritten."""

    user_id: int
    appointed_by_id: int | None
    order_reference: str
    starts_at: datetime
    ends_at: datetime | None = None
    id: int | None = None
