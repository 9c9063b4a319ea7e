"""The one way the repositories search a text in columns: anywhere in the value, in any case (Kazakh and
Russian letters too: SQLite's lower() is replaced by a Unicode one in `storage/database.py`), and with `%`,
`_` and `\\` taken as the letters typed, never as wildcards."""

from __future__ import annotations

from sqlalchemy import or_

ESCAPE = "\\"


def contains_pattern(text: str) -> str:
    """The LIKE pattern of `text` anywhere in a value, its wildcards escaped (with `ESCAPE`)."""
    escaped = text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def contains(text: str, *columns):
    """A condition: `text` is in any of `columns`, in any case."""
    pattern = contains_pattern(text)
    return or_(*(column.ilike(pattern, escape=ESCAPE) for column in columns))
