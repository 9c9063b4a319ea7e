"""Roles of order No. 444 and what each may do. The service layer checks these; the UI only mirrors them."""

from __future__ import annotations

import enum

from inspector_app.errors import PermissionDenied, ValidationError


class Role(str, enum.Enum):
    HEAD = "head"                 # аумақтық бөлімшенің басшысы / руководитель территориального подразделения
    RESPONSIBLE = "responsible"   # жауапты тұлға / ответственное лицо
    INSPECTOR = "inspector"       # мемлекеттік инспектор / государственный инспектор

    @classmethod
    def parse(cls, value: str) -> "Role":
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            names = ", ".join(r.value for r in cls)
            raise ValidationError(f"Unknown role: {value!r} (expected one of {names})", code="role",
                                  value=value) from None


class Permission(str, enum.Enum):
    VIEW_RECORDERS = "view_recorders"
    MANAGE_RECORDERS = "manage_recorders"
    VIEW_USERS = "view_users"
    MANAGE_INSPECTORS = "manage_inspectors"
    MANAGE_STAFF = "manage_staff"             # heads and responsible persons
    APPOINT_RESPONSIBLE = "appoint_responsible"
    CHANGE_SETTINGS = "change_settings"
    ACCESS_FOOTAGE = "access_footage"         # п.13: only the responsible person and the head
    VIEW_JOURNAL = "view_journal"
    ISSUE_RECORDERS = "issue_recorders"       # п.8: issue and receive recorders against signature
    CORRECT_JOURNAL = "correct_journal"       # п.9: strike through and make a new entry
    REPORT_FAULT = "report_fault"             # п.20
    ACKNOWLEDGE_NOTIFICATIONS = "acknowledge_notifications"
    VIEW_AUDIT = "view_audit"                 # п.13: the audit trail, like the footage, is theirs alone
    VERIFY_INTEGRITY = "verify_integrity"     # re-hash the store, check seals, walk the chain
    CONFIRM_CLOCK = "confirm_clock"           # the head alone: accept the PC clock after it ran backwards
    MANAGE_VAULT_KEYS = "manage_vault_keys"   # the head alone: set the storage password, a new recovery key (п.6)
    WORK_ON_INSPECTIONS = "work_on_inspections"  # inspections, acts and prescriptions: an inspector's own
    VIEW_ALL_INSPECTIONS = "view_all_inspections"  # the head: every inspection of the unit
    MANAGE_CATALOGUE = "manage_catalogue"     # import the catalogue of normative legal acts
    VIEW_RETENTION = "view_retention"         # what expires, what is held, what awaits destruction (п.12)
    CHANGE_RETENTION = "change_retention"     # the head alone: the retention rules
    PLACE_LEGAL_HOLD = "place_legal_hold"     # keep a recording past its period (a court, the authorised body)
    RELEASE_LEGAL_HOLD = "release_legal_hold"  # the head alone
    PROPOSE_DESTRUCTION = "propose_destruction"  # п.6: the responsible person destroys, once the head approves
    APPROVE_DESTRUCTION = "approve_destruction"  # the head alone, and never a list they proposed themselves
    BACK_UP = "back_up"                       # back the database and the footage vault up, and restore them
    MOVE_DATABASE = "move_database"           # the head alone: move the unit to a server database (migrate-to)


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.HEAD: frozenset(Permission),
    Role.RESPONSIBLE: frozenset({
        Permission.VIEW_RECORDERS, Permission.MANAGE_RECORDERS, Permission.VIEW_USERS,
        Permission.MANAGE_INSPECTORS, Permission.CHANGE_SETTINGS, Permission.ACCESS_FOOTAGE,
        Permission.VIEW_JOURNAL, Permission.ISSUE_RECORDERS, Permission.CORRECT_JOURNAL, Permission.REPORT_FAULT,
        Permission.ACKNOWLEDGE_NOTIFICATIONS, Permission.VIEW_AUDIT, Permission.VERIFY_INTEGRITY,
        Permission.MANAGE_CATALOGUE, Permission.VIEW_RETENTION, Permission.PLACE_LEGAL_HOLD,
        Permission.PROPOSE_DESTRUCTION, Permission.BACK_UP,
    }),
    Role.INSPECTOR: frozenset({Permission.VIEW_RECORDERS, Permission.VIEW_JOURNAL, Permission.REPORT_FAULT,
                               Permission.WORK_ON_INSPECTIONS}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def require(actor, permission: Permission) -> None:
    """Raise `PermissionDenied` unless `actor` (anything with `.role` and `.active`) may do `permission`."""
    if actor is None or not getattr(actor, "active", False) or not allows(actor.role, permission):
        role = getattr(getattr(actor, "role", None), "value", "none")
        raise PermissionDenied(
            f"Your role ({role}) does not allow this: {permission.value}",
            permission=permission.value, role=role,
        )
