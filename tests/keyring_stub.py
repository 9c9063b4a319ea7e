"""A stand-in for the OS credential store (Windows Credential Manager cannot exist here), behind the real
`keyring` package's own backend interface, so the app's calls are exactly those it makes on Windows."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def installed() -> MemoryKeyring:
    store = MemoryKeyring()
    keyring.set_keyring(store)
    return store
