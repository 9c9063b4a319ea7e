"""Helpers every service uses: reloading the acting user and checking permissions inside the unit of work."""

from __future__ import annotations

from inspector_app.domain.roles import Permission, require
from inspector_app.domain.users import User
from inspector_app.errors import NotFoundError, PermissionDenied


def acting_user(uow, actor, permission: Permission | None = None) -> User:
    """The actor as stored now (role and active flag are re-read, never trusted from the caller)."""
    if actor is None or getattr(actor, "id", None) is None:
        raise PermissionDenied("Sign in first", code="not_signed_in")
    user = uow.users.get(actor.id)
    if user is None:
        raise PermissionDenied("This account is disabled", code="inactive")
    try:
        if not user.active:
            raise PermissionDenied("This account is disabled", code="inactive",
                                   permission=permission.value if permission else "", role=user.role.value)
        if permission is not None:
            require(user, permission)
    except PermissionDenied as error:  # who was refused, for the audit trail (see AuditTrail.record_denial)
        error.params.update(actor_id=user.id, actor_name=f"{user.full_name} ({user.login})")
        raise
    return user


def get_or_404(repository, item_id: int, what: str):
    item = repository.get(item_id)
    if item is None:
        raise NotFoundError(f"{what} {item_id} does not exist", what=what, id=item_id)
    return item
