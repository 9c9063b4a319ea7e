"""Vendor profiles: how a recorder model lays out its files and reports its state when docked.

A profile is named on each recorder in the register. The layouts here are what the
ingest engine will read; for now the register only needs the names and titles.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VendorProfile:
    name: str
    title: str
    video_folders: tuple[str, ...]
    video_extensions: tuple[str, ...]
    reports_battery: bool


PROFILES: tuple[VendorProfile, ...] = (
    VendorProfile("generic", "Generic USB mass storage (DCIM)", ("DCIM",), (".mp4", ".mov", ".avi"), False),
    VendorProfile("hikvision-dswa", "Hikvision DS-MCW series", ("DCIM", "Record"), (".mp4",), True),
    VendorProfile("boblov", "BOBLOV body camera", ("DCIM/100MEDIA",), (".mp4", ".mov"), False),
    VendorProfile("dozor", "Dozor-77 (Symicon)", ("VIDEO",), (".mp4",), True),
)


def profile_names() -> tuple[str, ...]:
    return tuple(p.name for p in PROFILES)


def profile(name: str) -> VendorProfile | None:
    return next((p for p in PROFILES if p.name == name), None)
