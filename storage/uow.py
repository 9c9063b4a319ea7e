"""The SQLAlchemy unit of work: one session per operation, committed explicitly, rolled back otherwise.

Database integrity errors (a duplicate raced past the service's check) become `ConflictError`,
so callers see one kind of failure and nothing half-written remains.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.errors import ConflictError, PermissionDenied
from storage.audit_repository import SqlAuditRepository
from storage.catalogue_repository import SqlCatalogueRepository
from storage.inspections_repository import SqlInspectionsRepository
from storage.integrity_repository import SqlIntegrityRepository
from storage.journal_repository import SqlJournalRepository
from storage.locks import take as take_locks
from storage.recordings_repository import SqlRecordingsRepository
from storage.retention_repository import SqlRetentionRepository
from storage.review_repository import SqlReviewRepository
from storage.vault_keys_repository import SqlVaultKeysRepository
from storage.repositories import (
    SqlAppointmentRepository,
    SqlRecorderRepository,
    SqlSettingsRepository,
    SqlUnitRepository,
    SqlUserRepository,
)


class SqlAlchemyUnitOfWork:
    def __init__(self, session_factory: sessionmaker, on_denied=None, locks: tuple[str, ...] = ()) -> None:
        self._session_factory = session_factory
        self._on_denied = on_denied
        self._locks = locks
        self.session: Session | None = None

    def __enter__(self) -> "SqlAlchemyUnitOfWork":
        self.session = self._session_factory()
        try:
            take_locks(self.session, self._locks)  # before anything is read (storage/locks.py)
        except BaseException:
            self.session.close()
            raise
        self.units = SqlUnitRepository(self.session)
        self.users = SqlUserRepository(self.session)
        self.appointments = SqlAppointmentRepository(self.session)
        self.recorders = SqlRecorderRepository(self.session)
        self.settings = SqlSettingsRepository(self.session)
        self.journal = SqlJournalRepository(self.session)
        self.recordings = SqlRecordingsRepository(self.session)
        self.audit = SqlAuditRepository(self.session)
        self.integrity = SqlIntegrityRepository(self.session)
        self.vault_keys = SqlVaultKeysRepository(self.session)
        self.review = SqlReviewRepository(self.session)
        self.inspections = SqlInspectionsRepository(self.session)
        self.catalogue = SqlCatalogueRepository(self.session)
        self.retention = SqlRetentionRepository(self.session)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.rollback()
        finally:
            self.session.close()
            self.session = None
        if exc_type is not None and issubclass(exc_type, PermissionDenied) and self._on_denied is not None:
            self._on_denied(exc)  # after the rollback: the refusal is recorded in its own transaction
        if exc_type is not None and issubclass(exc_type, IntegrityError):  # raised by a flush before the commit
            raise _conflict(exc) from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except IntegrityError as error:
            self.session.rollback()
            raise _conflict(error) from error

    def rollback(self) -> None:
        self.session.rollback()


def _conflict(error: IntegrityError) -> ConflictError:
    return ConflictError(f"The change clashes with stored data: {error.orig}", code="integrity")


class UnitOfWorkFactory:
    """Makes a fresh unit of work per call, all on one engine. `on_denied` (set once by the bootstrap)
    hears every `PermissionDenied` that leaves a unit of work, so refusals reach the audit trail."""

    def __init__(self, engine) -> None:
        self._session_factory = sessionmaker(bind=engine, expire_on_commit=False)
        self.on_denied = None

    def __call__(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self._session_factory, self.on_denied)

    def serial(self, *locks: str) -> SqlAlchemyUnitOfWork:
        """A unit of work that holds the named locks (storage/locks.py) from its first statement to its end:
        for writes that read the newest number or state and write the next, from any number of PCs."""
        return SqlAlchemyUnitOfWork(self._session_factory, self.on_denied, locks)


def uow_factory(engine) -> UnitOfWorkFactory:
    return UnitOfWorkFactory(engine)
