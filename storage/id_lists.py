"""Queries over long lists of ids: SQLite takes at most 32,766 bound values in one statement, and a list of a
unit's expired recordings can be longer, so such a list is asked for in chunks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

CHUNK = 500


def chunked(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    """The distinct ids in ascending order, `size` at a time."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]
