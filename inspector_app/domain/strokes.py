"""Handwritten signatures as vector strokes, drawn on the signature pad and printed into the journal.

A drawing is a list of strokes; a stroke is a list of points (x, y) with coordinates normalised to
the pad's drawing box: x from 0 (left) to 1 (right), y from 0 (top) to 1 (bottom); the box has the
aspect ratio `PAD_ASPECT` (width / height). Coordinates are kept to 4 decimals, so the canonical
JSON of a drawing, and its SHA-256, are stable; that hash is part of what the Ed25519 signature covers.
"""

from __future__ import annotations

import hashlib
import json
from typing import Sequence

from inspector_app.errors import ValidationError

PAD_ASPECT = 3.0
MAX_STROKES = 200
MAX_POINTS = 20_000

Point = tuple[float, float]
Strokes = list[list[Point]]


def normalise_strokes(raw: Sequence[Sequence[Sequence[float]]] | None) -> Strokes:
    """Validate and round a drawing; refuse an empty pad or a drawing too large to be a signature."""
    strokes: Strokes = []
    total = 0
    for stroke in raw or ():
        points = []
        for point in stroke:
            if len(point) != 2:
                raise ValidationError("A signature point must have two coordinates", code="strokes_bad")
            x, y = float(point[0]), float(point[1])
            if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
                raise ValidationError("A signature point lies outside the pad", code="strokes_bad")
            points.append((round(x, 4), round(y, 4)))
        if points:
            strokes.append(points)
            total += len(points)
    if not strokes or total < 2:
        raise ValidationError("The signature pad is empty: sign with the mouse, a finger or a pen",
                              code="signature_empty")
    if len(strokes) > MAX_STROKES or total > MAX_POINTS:
        raise ValidationError("The signature drawing is too large", code="strokes_large")
    return strokes


def strokes_json(strokes: Strokes) -> str:
    """Canonical JSON: no spaces, 4-decimal coordinates."""
    return json.dumps([[[x, y] for x, y in stroke] for stroke in strokes], separators=(",", ":"))


def strokes_from_json(text: str) -> Strokes:
    return [[(float(x), float(y)) for x, y in stroke] for stroke in json.loads(text)]


def strokes_sha256(strokes: Strokes) -> str:
    return hashlib.sha256(strokes_json(strokes).encode("ascii")).hexdigest()
