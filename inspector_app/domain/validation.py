"""Small validators shared by the domain objects; each raises `ValidationError` with a clear message."""

from __future__ import annotations

import re

from inspector_app.errors import ValidationError

LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def required_text(value: str | None, field: str, max_length: int) -> str:
    """Strip; refuse empty or longer than `max_length` characters; refuse control characters."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{field} must not be empty", code="empty", field=field)
    if len(text) > max_length:
        raise ValidationError(
            f"{field} is too long: {len(text)} characters, at most {max_length}",
            code="too_long", field=field, length=len(text), max=max_length,
        )
    if any(ord(ch) < 32 for ch in text):
        raise ValidationError(f"{field} contains control characters", code="control_chars", field=field)
    return text


def optional_text(value: str | None, field: str, max_length: int) -> str:
    """Like `required_text`, but empty is allowed and gives ''."""
    if value is None or not value.strip():
        return ""
    return required_text(value, field, max_length)


def login_name(value: str | None) -> str:
    """Logins are lower-case Latin letters, digits, dot, dash and underscore, 2 to 32 long."""
    text = (value or "").strip().lower()
    if not LOGIN_RE.match(text):
        raise ValidationError(
            "Login must be 2 to 32 Latin letters, digits, '.', '-' or '_', starting with a letter or digit",
            code="login", value=text,
        )
    return text
