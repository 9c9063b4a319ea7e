"""The `tsa` pytest fixture: a local RFC 3161 time-stamp authority (see tests/tsa_server.py) per test.

Import it into a conftest.py to make it available: `from tests.tsa_fixture import tsa  # noqa: F401`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.tsa_server import LocalTsa


@pytest.fixture
def tsa() -> Iterator[LocalTsa]:
    """A running local TSA answering normally; set `tsa.mode` to make it misbehave."""
    with LocalTsa() as server:
        yield server
