"""Fixtures of the tests of this PC's database settings and of the start-up password prompt: the run's PostgreSQL
server (INSPECTOR_TEST_PG_URL, on both passes of the suite), a login role of the test's own that must give its
password (SCRAM) with an empty database it owns, a port where no server listens, and the stand-in for the
system's credential store (tests/keyring_stub.py)."""

from __future__ import annotations

import itertools
import os
import socket
from dataclasses import dataclass

import keyring as keyring_package
import pytest
from sqlalchemy.engine import URL, make_url

from tests import db_backend

_serial = itertools.count(1)


@dataclass(frozen=True)
class ServerRole:
    host: str
    port: int
    user: str
    password: str
    database: str

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{self.database}"


def admin_parts() -> URL:
    return make_url(db_backend.admin_url())


@pytest.fixture
def credential_store():
    """The OS credential store's stand-in for the test, the real backend back after it."""
    from tests.keyring_stub import installed

    before = keyring_package.get_keyring()
    store = installed()
    yield store
    keyring_package.set_keyring(before)


@pytest.fixture
def server_role():
    """A role of this test's own with a password, owning an empty database; both dropped after."""
    admin = admin_parts()
    name = f"insp_ui_{os.getpid()}_{next(_serial)}"
    password = "Сервер-құпия-2026"
    db_backend.admin_execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    try:
        db_backend.admin_execute(f'CREATE DATABASE "{name}" OWNER {name}')
        yield ServerRole(admin.host, admin.port or 5432, name, password, name)
    finally:
        db_backend.drop_database(name)
        db_backend.admin_execute(f"DROP ROLE IF EXISTS {name}")


@pytest.fixture
def silent_port():
    """A loopback port that accepts a connection and never answers (a server that hangs), and one where nothing
    listens at all: (silent, closed)."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    yield silent, closed_port
    silent.close()
