"""The unit's catalogue of normative legal acts: read by whoever writes inspections, imported from CSV by the
head or the responsible person (every import an audit event), and filled from the starter catalogue shipped
with the app when a unit has none yet."""

from __future__ import annotations

import logging

from inspector_app.domain.audit import AuditKind
from inspector_app.domain.normative_catalogue import NormativeRequirement, parse_catalogue_csv, starter_catalogue
from inspector_app.domain.roles import Permission, allows
from inspector_app.errors import PermissionDenied
from inspector_app.services.common import acting_user

logger = logging.getLogger(__name__)

CSV_MAX_BYTES = 5_000_000


class CatalogueService:
    def __init__(self, uow_factory, clock, audit=None) -> None:
        self.uow_factory, self.clock, self.audit = uow_factory, clock, audit

    def ensure_starter(self) -> int:
        """Fill an empty catalogue from the one shipped; the number of lines added (0 when it had some)."""
        with self.uow_factory() as uow:
            if uow.catalogue.count():
                return 0
            added, _ = uow.catalogue.upsert(starter_catalogue(), self.clock.now())
            uow.commit()
        logger.info("catalogue of normative acts filled with the %d starter lines", added)
        return added

    def _reader(self, uow, actor):
        user = acting_user(uow, actor)
        if not (allows(user.role, Permission.WORK_ON_INSPECTIONS) or allows(user.role, Permission.MANAGE_CATALOGUE)):
            raise PermissionDenied("Your role does not work with inspections", code="catalogue_denied",
                                   permission=Permission.WORK_ON_INSPECTIONS.value, role=user.role.value)
        return user

    def list(self, actor, search: str = "", limit: int = 500) -> list[NormativeRequirement]:
        with self.uow_factory() as uow:
            self._reader(uow, actor)
            return uow.catalogue.list(search, limit)

    def get(self, actor, code: str) -> NormativeRequirement | None:
        with self.uow_factory() as uow:
            self._reader(uow, actor)
            return uow.catalogue.get(code)

    def import_csv(self, actor, data: bytes, source: str = "") -> tuple[int, int]:
        """Every line of the file or none (a file with mistakes is refused with each listed); (added, updated)."""
        from inspector_app.errors import ValidationError

        if len(data) > CSV_MAX_BYTES:
            raise ValidationError("The catalogue file is too large", code="catalogue_file")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError("The catalogue file is not UTF-8 text", code="catalogue_file") from error
        requirements = parse_catalogue_csv(text)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.MANAGE_CATALOGUE)
            added, updated = uow.catalogue.upsert(requirements, self.clock.now())
            uow.commit()
        if self.audit is not None:
            self.audit.record(AuditKind.CATALOGUE, user, subject="catalogue",
                              details={"source": source, "lines": len(requirements), "added": added,
                                       "updated": updated})
        return added, updated
