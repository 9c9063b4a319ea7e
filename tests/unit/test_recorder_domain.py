"""The recorder as a domain object: validation of its details and the manual status transitions."""

from __future__ import annotations

import pytest

from inspector_app.domain.recorders import INVENTORY_MAX, MANUAL_TRANSITIONS, Recorder, RecorderStatus
from inspector_app.errors import StateError, ValidationError

S = RecorderStatus


def make(status: RecorderStatus = S.IN_STORE) -> Recorder:
    recorder = Recorder.create(" INV-001 ", "SN 77", "DS-MCW406", "generic")
    recorder.status = status
    return recorder


def test_create_cleans_the_fields_and_starts_in_store():
    recorder = make()
    assert (recorder.inventory_number, recorder.serial_number, recorder.model, recorder.vendor_profile) == (
        "INV-001", "SN 77", "DS-MCW406", "generic")
    assert recorder.status is S.IN_STORE
    assert recorder.id is None


def test_create_allows_empty_serial_and_model():
    recorder = Recorder.create("INV-002", "", "  ", "generic")
    assert recorder.serial_number == "" and recorder.model == ""


@pytest.mark.parametrize("kwargs, field", [
    ({"inventory_number": "  "}, "Inventory number"),
    ({"inventory_number": "I" * (INVENTORY_MAX + 1)}, "Inventory number"),
    ({"inventory_number": "INV\n001"}, "Inventory number"),
    ({"vendor_profile": ""}, "Vendor profile"),
    ({"serial_number": "S" * 65}, "Serial number"),
    ({"model": "M" * 121}, "Model"),
])
def test_create_validates(kwargs, field):
    args = {"inventory_number": "INV-001", "serial_number": "", "model": "", "vendor_profile": "generic", **kwargs}
    with pytest.raises(ValidationError) as info:
        Recorder.create(**args)
    assert info.value.params["field"] == field


def test_apply_details_returns_only_what_changed():
    recorder = make()
    changes = recorder.apply_details("INV-001", "SN 78", "DS-MCW406", "hikvision-dswa")
    assert changes == {"serial_number": ("SN 77", "SN 78"), "vendor_profile": ("generic", "hikvision-dswa")}
    assert recorder.serial_number == "SN 78" and recorder.vendor_profile == "hikvision-dswa"


def test_apply_details_with_the_same_values_reports_no_change():
    recorder = make()
    assert recorder.apply_details(" INV-001", "SN 77 ", "DS-MCW406", "generic") == {}


def test_apply_details_leaves_the_recorder_alone_when_invalid():
    recorder = make()
    with pytest.raises(ValidationError):
        recorder.apply_details("INV-009", "SN 1", "model", "")
    assert recorder.inventory_number == "INV-001" and recorder.serial_number == "SN 77"


@pytest.mark.parametrize("old, new", [
    (S.IN_STORE, S.FAULTY), (S.IN_STORE, S.UNDER_REPAIR), (S.IN_STORE, S.WRITTEN_OFF),
    (S.ISSUED, S.FAULTY),
    (S.FAULTY, S.IN_STORE), (S.FAULTY, S.UNDER_REPAIR), (S.FAULTY, S.WRITTEN_OFF),
    (S.UNDER_REPAIR, S.IN_STORE), (S.UNDER_REPAIR, S.FAULTY), (S.UNDER_REPAIR, S.WRITTEN_OFF),
])
def test_allowed_transitions(old, new):
    recorder = make(old)
    assert recorder.change_status(new, "  battery does not hold charge ") == (old, "battery does not hold charge")
    assert recorder.status is new


@pytest.mark.parametrize("old, new", [
    (S.ISSUED, S.IN_STORE),       # only returning it through the journal brings it back
    (S.ISSUED, S.WRITTEN_OFF),
    (S.ISSUED, S.UNDER_REPAIR),
    (S.WRITTEN_OFF, S.IN_STORE),
    (S.WRITTEN_OFF, S.FAULTY),
    (S.WRITTEN_OFF, S.UNDER_REPAIR),
])
def test_refused_transitions_leave_the_status(old, new):
    recorder = make(old)
    with pytest.raises(StateError) as info:
        recorder.change_status(new, "reason")
    assert info.value.code == "transition"
    assert info.value.params == {"old": old.value, "new": new.value}
    assert recorder.status is old


@pytest.mark.parametrize("old", [S.IN_STORE, S.FAULTY, S.UNDER_REPAIR, S.WRITTEN_OFF])
def test_issued_cannot_be_set_by_hand(old):
    recorder = make(old)
    with pytest.raises(StateError):
        recorder.change_status(S.ISSUED, "handing it over")
    assert recorder.status is old
    assert S.ISSUED not in MANUAL_TRANSITIONS[old]


def test_written_off_is_final():
    assert MANUAL_TRANSITIONS[S.WRITTEN_OFF] == frozenset()


@pytest.mark.parametrize("status", list(S))
def test_same_status_is_refused(status):
    recorder = make(status)
    with pytest.raises(StateError) as info:
        recorder.change_status(status, "no change really")
    assert info.value.code == "same_status"


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_reason_is_required(reason):
    recorder = make()
    with pytest.raises(ValidationError) as info:
        recorder.change_status(S.FAULTY, reason)
    assert info.value.code == "empty"
    assert recorder.status is S.IN_STORE


def test_reason_length_is_limited():
    recorder = make()
    with pytest.raises(ValidationError):
        recorder.change_status(S.FAULTY, "x" * 501)
    assert recorder.status is S.IN_STORE


def test_status_may_be_given_as_text():
    recorder = make()
    recorder.change_status(" Faulty ", "lens cracked")
    assert recorder.status is S.FAULTY


def test_unknown_status_text_is_a_validation_error():
    recorder = make()
    with pytest.raises(ValidationError) as info:
        recorder.change_status("lost", "cannot find it")
    assert info.value.code == "status"
    assert recorder.status is S.IN_STORE
