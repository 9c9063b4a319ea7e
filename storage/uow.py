"""The SQLAlchemy unit of work: one session per operation, committed explicitly, rolled back otherwise.

Database integrity errors (a duplicate raced past the service's check) become `ConflictError`,
so callers see one kind of failure and nothing half-written remains.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.errors import ConflictError
from storage.journal_repository import SqlJournalRepository
from storage.recordings_repository import SqlRecordingsRepository
from storage.repositories import (
    SqlAppointmentRepository,
    SqlRecorderRepository,
    SqlSettingsRepository,
    SqlUnitRepository,
    SqlUserRepository,
)


class SqlAlchemyUnitOfWork:
    def __init__(self, session_factory: sessionmaker) -> None:
        self._session_factory = session_factory
        self.session: Session | None = None

    def __enter__(self) -> "SqlAlchemyUnitOfWork":
        self.session = self._session_factory()
        self.units = SqlUnitRepository(self.session)
        self.users = SqlUserRepository(self.session)
        self.appointments = SqlAppointmentRepository(self.session)
        self.recorders = SqlRecorderRepository(self.session)
        self.settings = SqlSettingsRepository(self.session)
        self.journal = SqlJournalRepository(self.session)
        self.recordings = SqlRecordingsRepository(self.session)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.rollback()
        finally:
            self.session.close()
            self.session = None

    def commit(self) -> None:
        try:
            self.session.commit()
        except IntegrityError as error:
            self.session.rollback()
            raise ConflictError(f"The change clashes with stored data: {error.orig}", code="integrity") from error

    def rollback(self) -> None:
        self.session.rollback()


def uow_factory(engine):
    """A factory making a fresh unit of work per call, all on `engine`."""
    session_factory = sessionmaker(bind=engine, expire_on_commit=False)
    return lambda: SqlAlchemyUnitOfWork(session_factory)
