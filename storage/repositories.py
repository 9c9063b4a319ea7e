"""SQLAlchemy repositories: they turn rows into domain objects and back, and hide every query."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.domain.recorders import HistoryKind, Recorder, RecorderHistoryEntry, RecorderStatus
from inspector_app.domain.roles import Role
from inspector_app.domain.unit import Unit
from inspector_app.domain.users import Appointment, User
from storage.orm import AppointmentRow, RecorderHistoryRow, RecorderRow, SettingRow, UnitRow, UserRow
from storage.text_search import contains


class SqlUnitRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self) -> Unit | None:
        row = self.session.scalars(select(UnitRow).order_by(UnitRow.id).limit(1)).first()
        return None if row is None else Unit(row.name_kk, row.name_ru, row.code, row.created_at, row.id)

    def add(self, unit: Unit) -> Unit:
        row = UnitRow(code=unit.code, name_kk=unit.name_kk, name_ru=unit.name_ru, created_at=unit.created_at)
        self.session.add(row)
        self.session.flush()
        unit.id = row.id
        return unit

    def update(self, unit: Unit) -> None:
        row = self.session.get(UnitRow, unit.id)
        row.code, row.name_kk, row.name_ru = unit.code, unit.name_kk, unit.name_ru


def _user(row: UserRow) -> User:
    return User(login=row.login, full_name=row.full_name, position=row.position, role=Role(row.role),
                password_hash=row.password_hash, active=row.active, failed_logins=row.failed_logins,
                locked_until=row.locked_until, created_at=row.created_at, id=row.id)


class SqlUserRepository:
    FIELDS = ("login", "full_name", "position", "password_hash", "active", "failed_logins", "locked_until")

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, user_id: int) -> User | None:
        row = self.session.get(UserRow, user_id)
        return None if row is None else _user(row)

    def by_login(self, login: str) -> User | None:
        row = self.session.scalars(select(UserRow).where(UserRow.login == login)).first()
        return None if row is None else _user(row)

    def list(self, include_inactive: bool = True) -> list[User]:
        query = select(UserRow).order_by(UserRow.full_name)
        if not include_inactive:
            query = query.where(UserRow.active.is_(True))
        return [_user(row) for row in self.session.scalars(query)]

    def add(self, user: User) -> User:
        row = UserRow(role=user.role.value, created_at=user.created_at,
                      **{name: getattr(user, name) for name in self.FIELDS})
        self.session.add(row)
        self.session.flush()
        user.id = row.id
        return user

    def update(self, user: User) -> None:
        row = self.session.get(UserRow, user.id)
        for name in self.FIELDS:
            setattr(row, name, getattr(user, name))
        row.role = user.role.value

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(UserRow)) or 0


def _appointment(row: AppointmentRow) -> Appointment:
    return Appointment(row.user_id, row.appointed_by_id, row.order_reference, row.starts_at, row.ends_at, row.id)


class SqlAppointmentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def current(self) -> Appointment | None:
        row = self.session.scalars(select(AppointmentRow).where(AppointmentRow.ends_at.is_(None))
                                   .order_by(AppointmentRow.id.desc())).first()
        return None if row is None else _appointment(row)

    def history(self) -> list[Appointment]:
        rows = self.session.scalars(select(AppointmentRow).order_by(AppointmentRow.starts_at, AppointmentRow.id))
        return [_appointment(row) for row in rows]

    def add(self, appointment: Appointment) -> Appointment:
        row = AppointmentRow(user_id=appointment.user_id, appointed_by_id=appointment.appointed_by_id,
                             order_reference=appointment.order_reference, starts_at=appointment.starts_at)
        self.session.add(row)
        self.session.flush()
        return _appointment(row)

    def close(self, appointment_id: int, ends_at: datetime) -> None:
        self.session.get(AppointmentRow, appointment_id).ends_at = ends_at


def _recorder(row: RecorderRow) -> Recorder:
    return Recorder(row.inventory_number, row.serial_number, row.model, row.vendor_profile,
                    RecorderStatus(row.status), row.created_at, row.id)


def inventory_key(inventory_number: str) -> str:
    return inventory_number.strip().casefold()


class SqlRecorderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, recorder_id: int) -> Recorder | None:
        row = self.session.get(RecorderRow, recorder_id)
        return None if row is None else _recorder(row)

    def by_inventory(self, inventory_number: str) -> Recorder | None:
        query = select(RecorderRow).where(RecorderRow.inventory_key == inventory_key(inventory_number))
        row = self.session.scalars(query).first()
        return None if row is None else _recorder(row)

    def by_serial(self, serial_number: str) -> Recorder | None:
        """The recorder whose serial number is this one (compared without case), e.g. read off a docked volume."""
        wanted = serial_number.strip().casefold()
        if not wanted:
            return None
        for row in self.session.scalars(select(RecorderRow).where(RecorderRow.serial_number != "")):
            if row.serial_number.strip().casefold() == wanted:
                return _recorder(row)
        return None

    def list(self, status: RecorderStatus | None = None, search: str = "") -> list[Recorder]:
        query = select(RecorderRow).order_by(RecorderRow.inventory_key)
        if status is not None:
            query = query.where(RecorderRow.status == status.value)
        if search.strip():
            query = query.where(contains(search.strip(), RecorderRow.inventory_number, RecorderRow.serial_number,
                                         RecorderRow.model))
        return [_recorder(row) for row in self.session.scalars(query)]

    def add(self, recorder: Recorder) -> Recorder:
        now = recorder.created_at
        row = RecorderRow(inventory_number=recorder.inventory_number,
                          inventory_key=inventory_key(recorder.inventory_number),
                          serial_number=recorder.serial_number, model=recorder.model,
                          vendor_profile=recorder.vendor_profile, status=recorder.status.value,
                          created_at=now, updated_at=now)
        self.session.add(row)
        self.session.flush()
        recorder.id = row.id
        return recorder

    def update(self, recorder: Recorder, at: datetime | None = None) -> None:
        row = self.session.get(RecorderRow, recorder.id)
        row.inventory_number = recorder.inventory_number
        row.inventory_key = inventory_key(recorder.inventory_number)
        row.serial_number, row.model = recorder.serial_number, recorder.model
        row.vendor_profile, row.status = recorder.vendor_profile, recorder.status.value
        if at is not None:
            row.updated_at = at

    def add_history(self, entry: RecorderHistoryEntry) -> None:
        self.session.add(RecorderHistoryRow(
            recorder_id=entry.recorder_id, kind=entry.kind.value, at=entry.at, actor_id=entry.actor_id,
            actor_name=entry.actor_name, from_status=entry.from_status.value if entry.from_status else None,
            to_status=entry.to_status.value if entry.to_status else None, details=entry.details,
            reason=entry.reason))
        self.session.flush()

    def history(self, recorder_id: int) -> list[RecorderHistoryEntry]:
        rows = self.session.scalars(select(RecorderHistoryRow).where(RecorderHistoryRow.recorder_id == recorder_id)
                                    .order_by(RecorderHistoryRow.at, RecorderHistoryRow.id))
        return [RecorderHistoryEntry(
            row.recorder_id, HistoryKind(row.kind), row.at, row.actor_id, row.actor_name,
            RecorderStatus(row.from_status) if row.from_status else None,
            RecorderStatus(row.to_status) if row.to_status else None, row.details, row.reason, row.id)
            for row in rows]


class SqlSettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_all(self) -> dict[str, str]:
        return {row.key: row.value for row in self.session.scalars(select(SettingRow))}

    def put(self, key: str, value: str) -> None:
        row = self.session.get(SettingRow, key)
        if row is None:
            self.session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
