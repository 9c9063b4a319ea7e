"""The errors a use case raises; each carries a message fit to show to a person.

The UI and the CLI catch `AppError` and show `str(error)`; anything else is a bug.
Messages are English source strings; the UI translates the known ones through the
`code` attribute (see `ui/error_texts.py`) and formats them with `params`.
"""

from __future__ import annotations


class AppError(Exception):
    """Base of every expected failure of an operation. Nothing was written when it is raised."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params = params

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(AppError):
    """The input is wrong: empty, too long, malformed, out of range, or unknown."""

    code = "validation"


class ConflictError(AppError):
    """The input clashes with stored data, e.g. a duplicate inventory number or login."""

    code = "conflict"


class NotFoundError(AppError):
    """The thing named does not exist."""

    code = "not_found"


class PermissionDenied(AppError):
    """The acting user's role does not allow this operation."""

    code = "permission"


class AuthenticationError(AppError):
    """Wrong login or password, or the account is locked or disabled."""

    code = "auth"


class AccountLocked(AuthenticationError):
    """Too many failed tries: the account is locked until `locked_until`."""

    code = "locked"


class StateError(AppError):
    """The operation does not fit the current state, e.g. the unit is already set up."""

    code = "state"


class OperationCancelled(AppError):
    """The person (or the app shutting down) asked to stop; the operation undid its unfinished part."""

    code = "cancelled"


class VaultError(AppError):
    """The footage vault could not store or read bytes: disk full, no permission, the source gone, a missing object.

    `code` tells which (`vault_disk_full`, `vault_permission`, `vault_io`, `vault_source_read`,
    `vault_size_mismatch`, `vault_missing`); a failed store leaves no file behind.
    """

    code = "vault"
