"""What the use cases need from storage, as protocols. `storage/` implements them; tests may fake them.

A unit of work is used once per operation and per thread::

    with uow_factory() as uow:
        recorder = uow.recorders.get(recorder_id)
        ...
        uow.commit()

Leaving the block without `commit()` rolls everything back, so a failed operation writes nothing.
A write that reads the newest number or state and writes the next (a journal entry, an audit event, a
document number) runs in ``uow_factory.serial(JOURNAL_LOCK)``: it holds that lock from its first statement
to its end, so that concurrent writers on other PCs take their turns (storage/locks.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Callable, Protocol

from inspector_app.domain.recorders import Recorder, RecorderHistoryEntry, RecorderStatus
from inspector_app.domain.unit import Unit
from inspector_app.domain.users import Appointment, User
from inspector_app.domain.vault import StoredBlob


# The resources writers take turns on (see the module docstring).
JOURNAL_LOCK = "journal"                 # journal entry numbers; issue, return and status of recorders
AUDIT_CHAIN_LOCK = "audit-chain"         # the sequence and hash chain of the audit trail
DOCUMENT_NUMBERS_LOCK = "document-numbers"  # acts and prescriptions, numbered per kind and year
VAULT_OBJECT_LOCK = "vault-object:"      # + the object's SHA-256: publishing it in a shared vault
VIOLATION_NUMBERS_LOCK = "violations:"   # + the inspection's id: its violations' numbers
RECORDING_LOCK = "recording:"            # + the SHA-256: recording a stored file (two stations, one card)


class UnitRepository(Protocol):
    def get(self) -> Unit | None: ...
    def add(self, unit: Unit) -> Unit: ...
    def update(self, unit: Unit) -> None: ...


class UserRepository(Protocol):
    def get(self, user_id: int) -> User | None: ...
    def by_login(self, login: str) -> User | None: ...
    def list(self, include_inactive: bool = True) -> list[User]: ...
    def add(self, user: User) -> User: ...
    def update(self, user: User) -> None: ...
    def count(self) -> int: ...


class AppointmentRepository(Protocol):
    def current(self) -> Appointment | None: ...
    def history(self) -> list[Appointment]: ...
    def add(self, appointment: Appointment) -> Appointment: ...
    def close(self, appointment_id: int, ends_at: datetime) -> None: ...


class RecorderRepository(Protocol):
    def get(self, recorder_id: int) -> Recorder | None: ...
    def by_inventory(self, inventory_number: str) -> Recorder | None: ...
    def list(self, status: RecorderStatus | None = None, search: str = "") -> list[Recorder]: ...
    def add(self, recorder: Recorder) -> Recorder: ...
    def update(self, recorder: Recorder) -> None: ...
    def add_history(self, entry: RecorderHistoryEntry) -> None: ...
    def history(self, recorder_id: int) -> list[RecorderHistoryEntry]: ...


class SettingsRepository(Protocol):
    def get_all(self) -> dict[str, str]: ...
    def put(self, key: str, value: str) -> None: ...


class UnitOfWork(Protocol):
    units: UnitRepository
    users: UserRepository
    appointments: AppointmentRepository
    recorders: RecorderRepository
    settings: SettingsRepository

    def __enter__(self) -> "UnitOfWork": ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]


class FootageVault(Protocol):
    """Write-once store of footage named by SHA-256 (64 lowercase hex digits; any other name is refused).

    `put` returns only once the bytes are durable and read-only; record the blob in the database after
    it, never before. It reads the source once, from where it stands, and does not close a stream.
    `progress` gets the bytes copied so far; `cancel` is asked between chunks and stops the copy with
    `OperationCancelled`. A failed or cancelled `put` leaves nothing behind and raises an `AppError`.

    An encrypting vault stores with nobody signed in but reads (`open`) only with the vault key
    unlocked (else `VaultLocked`), except the objects this process just stored until `forget`.
    """

    def put(self, source: BinaryIO | Path, *, expected_size: int | None = None,
            cancel: Callable[[], bool] | None = None,
            progress: Callable[[int], None] | None = None) -> StoredBlob: ...
    def open(self, sha256: str) -> BinaryIO: ...  # the content, seekable, read-only; the caller closes it
    def open_for_check(self, sha256: str) -> tuple[BinaryIO, str, str]: ...  # stream, expected hash, how
    def exists(self, sha256: str) -> bool: ...
    def size(self, sha256: str) -> int: ...
    def verify(self, sha256: str) -> bool: ...  # re-reads and re-hashes the stored bytes
    def is_encrypted(self, sha256: str) -> bool: ...
    def forget(self, sha256: str) -> None: ...  # drop the file key of an object just stored
    def shred(self, sha256: str) -> bool: ...  # crypto-shred: the key goes, the ciphertext is unreadable
    def encrypt_in_place(self, sha256: str, cancel=None, progress=None) -> bool: ...  # a plain object, converted
    def path_hint(self, sha256: str) -> str: ...  # for log lines only
