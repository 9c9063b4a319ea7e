"""Roles of order No. 444 and the permission matrix the services enforce."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from inspector_app.domain.roles import ROLE_PERMISSIONS, Permission, Role, allows, require
from inspector_app.errors import PermissionDenied, ValidationError


@dataclass
class Actor:
    role: Role
    active: bool = True


@pytest.mark.parametrize("text, role", [
    ("head", Role.HEAD), ("  Responsible ", Role.RESPONSIBLE), ("INSPECTOR", Role.INSPECTOR),
])
def test_parse_known_roles(text, role):
    assert Role.parse(text) is role


@pytest.mark.parametrize("text", ["", "admin", "chief", "inspectors"])
def test_parse_unknown_role_is_a_validation_error(text):
    with pytest.raises(ValidationError) as info:
        Role.parse(text)
    assert info.value.code == "role"
    assert "head" in str(info.value) and "inspector" in str(info.value)


def test_every_role_has_a_permission_set():
    assert set(ROLE_PERMISSIONS) == set(Role)


def test_head_may_do_everything():
    assert all(allows(Role.HEAD, p) for p in Permission)


def test_only_the_head_appoints_the_responsible_person():
    assert [r for r in Role if allows(r, Permission.APPOINT_RESPONSIBLE)] == [Role.HEAD]


def test_only_the_head_manages_staff():
    assert [r for r in Role if allows(r, Permission.MANAGE_STAFF)] == [Role.HEAD]


def test_footage_access_is_for_the_responsible_person_and_the_head_only():
    # п.13: only the responsible person and the head may access stored data.
    assert {r for r in Role if allows(r, Permission.ACCESS_FOOTAGE)} == {Role.HEAD, Role.RESPONSIBLE}


def test_inspector_sees_recorders_but_cannot_manage_them():
    assert allows(Role.INSPECTOR, Permission.VIEW_RECORDERS)
    assert not allows(Role.INSPECTOR, Permission.MANAGE_RECORDERS)


def test_inspector_views_recorders_and_journal_reports_faults_and_writes_inspections_only():
    assert ROLE_PERMISSIONS[Role.INSPECTOR] == frozenset(
        {Permission.VIEW_RECORDERS, Permission.VIEW_JOURNAL, Permission.REPORT_FAULT, Permission.WORK_ON_INSPECTIONS})
    assert not allows(Role.INSPECTOR, Permission.ISSUE_RECORDERS)
    assert not allows(Role.INSPECTOR, Permission.CORRECT_JOURNAL)


def test_responsible_person_keeps_the_recorders_and_inspectors():
    for permission in (Permission.MANAGE_RECORDERS, Permission.MANAGE_INSPECTORS, Permission.CHANGE_SETTINGS,
                       Permission.VIEW_USERS):
        assert allows(Role.RESPONSIBLE, permission)


def test_require_passes_for_an_allowed_active_actor():
    require(Actor(Role.RESPONSIBLE), Permission.MANAGE_RECORDERS)


def test_require_refuses_a_missing_permission_and_names_it():
    with pytest.raises(PermissionDenied) as info:
        require(Actor(Role.INSPECTOR), Permission.MANAGE_RECORDERS)
    assert info.value.params == {"permission": "manage_recorders", "role": "inspector"}


def test_require_refuses_an_inactive_actor_even_with_the_permission():
    with pytest.raises(PermissionDenied):
        require(Actor(Role.HEAD, active=False), Permission.VIEW_RECORDERS)


def test_require_refuses_nobody():
    with pytest.raises(PermissionDenied) as info:
        require(None, Permission.VIEW_RECORDERS)
    assert info.value.params["role"] == "none"
