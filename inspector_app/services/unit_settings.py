"""Reading and changing the UNIT settings stored in the database (time zone, idle lock, ...)."""

from __future__ import annotations

from typing import Any

from inspector_app.domain.audit import AuditKind
from inspector_app.domain.roles import Permission
from inspector_app.errors import ValidationError
from inspector_app.ports import UnitOfWorkFactory
from inspector_app.services.common import acting_user
from inspector_app.settings import OPTIONS, Scope, option


class UnitSettingsService:
    def __init__(self, uow_factory: UnitOfWorkFactory, audit=None) -> None:
        self.uow_factory = uow_factory
        self.audit = audit

    def all(self) -> dict[str, Any]:
        with self.uow_factory() as uow:
            stored = uow.settings.get_all()
        values = {}
        for key, opt in OPTIONS.items():
            if opt.scope is Scope.UNIT:
                try:
                    values[key] = opt.parse(stored[key]) if key in stored else opt.default
                except ValidationError:
                    values[key] = opt.default
        return values

    def get(self, key: str) -> Any:
        return self.all()[self._unit_option(key).key]

    def set(self, actor, key: str, value: Any) -> Any:
        opt = self._unit_option(key)
        parsed = opt.parse(value)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.CHANGE_SETTINGS)
            before = uow.settings.get_all().get(key)
            uow.settings.put(key, str(parsed))
            uow.commit()
        if self.audit is not None and before != str(parsed):
            self.audit.record(AuditKind.SETTINGS_CHANGED, user, subject=f"setting:{key}",
                              details={"key": key, "from": before, "to": str(parsed)})
        return parsed

    @staticmethod
    def _unit_option(key: str):
        opt = option(key)
        if opt.scope is not Scope.UNIT:
            raise ValidationError(f"{key} is not a unit setting", code="setting_scope", key=key)
        return opt
