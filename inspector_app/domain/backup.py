"""Backups of a unit: what a backup folder holds and the facts of the unit it was taken from.

A backup folder (written by `services/backup.py`, checked by `services/backup_manifest.py`)::

    backup.json                      the manifest: when, which database, the schema, the facts below and
                                     the SHA-256 and size of every other file
    SHA256SUMS                       the same hashes for `sha256sum -c SHA256SUMS` (backup.json included)
    database.sqlite | database.pgdump  a consistent copy of the database (SQLite file, or pg_dump custom format)
    vault/objects/ab/cd/<sha256>     the footage vault's objects, byte for byte, with their `.key` files

The facts are read from the very copy of the database that is in the folder, so a restored copy must
show the same ones before anything new is written into it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

FORMAT = "inspector-app/backup/v1"
MANIFEST = "backup.json"
SUMS = "SHA256SUMS"
VAULT = "vault"
DATABASE_FILES = {"sqlite": "database.sqlite", "postgresql": "database.pgdump"}


@dataclass(frozen=True)
class UnitFacts:
    """Counts and the newest audit event of a unit's database, compared between a backup and its restore."""

    recordings: int
    journal_entries: int
    audit_events: int
    audit_seq: int           # the newest audit event's number (0: none)
    audit_hash: str          # and its hash ("" when none)

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict) -> UnitFacts:
        return cls(int(raw["recordings"]), int(raw["journal_entries"]), int(raw["audit_events"]),
                   int(raw["audit_seq"]), str(raw["audit_hash"]))

    def differences(self, other: UnitFacts) -> list[str]:
        """What differs from `other` (the manifest's facts), one line each."""
        return [f"{name.replace('_', ' ')}: {mine!r} in the restored copy, {theirs!r} in the backup"
                for name, mine, theirs in ((n, getattr(self, n), getattr(other, n)) for n in self.__dataclass_fields__)
                if mine != theirs]
