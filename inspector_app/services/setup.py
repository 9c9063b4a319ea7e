"""First start: create the unit, its head and its responsible person in one transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from inspector_app.clock import Clock
from inspector_app.domain.roles import Role
from inspector_app.domain.unit import Unit
from inspector_app.domain.validation import optional_text
from inspector_app.domain.users import UserView
from inspector_app.errors import StateError, ValidationError
from inspector_app.ports import UnitOfWorkFactory
from inspector_app.services.users import add_user_in, appoint_in
from inspector_app.timezones import DEFAULT_TIMEZONE, zone

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PersonInput:
    login: str
    full_name: str
    position: str
    password: str


@dataclass(frozen=True)
class SetupResult:
    unit: Unit
    head: UserView
    responsible: UserView


def is_set_up(uow_factory: UnitOfWorkFactory) -> bool:
    with uow_factory() as uow:
        return uow.units.get() is not None


def initialize_unit(uow_factory: UnitOfWorkFactory, clock: Clock, *, name_kk: str, name_ru: str, code: str,
                    head: PersonInput, responsible: PersonInput, order_reference: str = "",
                    timezone: str = DEFAULT_TIMEZONE, journal_registration_index: str = "") -> SetupResult:
    """All or nothing: on any bad input no row is written."""
    unit = Unit.create(name_kk, name_ru, code)
    zone(timezone)
    if head.login.strip().lower() == responsible.login.strip().lower():
        raise ValidationError("The head and the responsible person must be different people", code="same_person")
    with uow_factory() as uow:
        if uow.units.get() is not None:
            raise StateError("The unit is already set up", code="already_set_up")
        unit.created_at = clock.now()
        uow.units.add(unit)
        head_user = add_user_in(uow, clock, head.login, head.full_name, head.position, Role.HEAD, head.password)
        resp_user = add_user_in(uow, clock, responsible.login, responsible.full_name, responsible.position,
                                Role.INSPECTOR, responsible.password)
        appoint_in(uow, clock, resp_user, head_user, order_reference)
        uow.settings.put("timezone", timezone)
        index = optional_text(journal_registration_index, "Registration index", 100)
        if index:  # the first volume of the journal of issue and return (п.9)
            uow.journal.add_volume(1, index, unit.name_kk, unit.name_ru, clock.now().replace(microsecond=0))
        uow.commit()
    logger.info("unit %s set up", unit.code)
    return SetupResult(unit, UserView.of(head_user), UserView.of(resp_user))
