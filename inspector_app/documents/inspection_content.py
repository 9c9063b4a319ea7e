"""What the documents of an inspection print, as plain frozen data: the act on its results and the
prescription to eliminate the violations found.

The services fill these from the database; the renderers (`act_pdf`, `prescription_pdf`) only lay
them out. Every text the data carries is already in words: a normative reference is one composed
string, a position is a title. A text that has an official wording in each language (the authority's
name, a position, a place) may be given as `Localized(kk=..., ru=...)`; a plain `str` is printed as it
is in every language. Times are local wall-clock times (the unit's zone), as the documents show them.

Empty optional parts (no facility, no representative, no violations, no evidence, an empty text) are
left out of the printed document, not printed as empty headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Union


@dataclass(frozen=True)
class Localized:
    """A text with an official wording in Kazakh and in Russian."""

    kk: str
    ru: str

    def get(self, lang: str) -> str:
        return self.kk if lang == "kk" else self.ru


Wording = Union[str, Localized]


def wording(value: Wording, lang: str) -> str:
    """The text of `value` in `lang` ("kk" or "ru")."""
    return value.get(lang) if isinstance(value, Localized) else value


@dataclass(frozen=True)
class Official:
    """A person named in a document: an inspector, the subject's representative."""

    full_name: str
    position: Wording = ""


@dataclass(frozen=True)
class Appointment:
    """The act of appointment of the inspection (the basis), as registered by the legal statistics body."""

    number: str
    issued_on: date
    registration_number: str = ""
    registered_on: date | None = None


@dataclass(frozen=True)
class SubjectOfControl:
    name: Wording
    bin_iin: str                 # БСН/ЖСН, БИН/ИИН: 12 digits
    legal_address: Wording = ""


@dataclass(frozen=True)
class Facility:
    """The hazardous production facility inspected."""

    name: Wording
    address: Wording = ""
    kind: Wording = ""           # the facility's type, in words
    registration_number: str = ""


@dataclass(frozen=True)
class Violation:
    number: str                  # as numbered in the act: "1", "2", ...
    description: Wording
    reference: Wording           # the normative legal act and its point, composed: "... 19-тармағы"
    deadline: date | None = None
    place: Wording = ""


@dataclass(frozen=True)
class Still:
    """A bookmark on a recording, or a still taken from it, at a wall-clock moment."""

    at: datetime
    note: Wording = ""
    sha256: str = ""             # of the still image; empty for a bookmark without one


@dataclass(frozen=True)
class Evidence:
    """A recording listed in the act (п.14 of order No. 444): it travels with the inspection materials."""

    file_name: str
    inventory_number: str        # the recorder's (п.7)
    started_at: datetime
    ended_at: datetime
    sha256: str
    stills: tuple[Still, ...] = ()


@dataclass(frozen=True)
class Acknowledged:
    """The representative has read the document and received a copy, on `on`."""

    by: Official
    on: date


@dataclass(frozen=True)
class Refused:
    """The representative refused to sign (or to receive); `recorded_by` made the mark."""

    recorded_by: Official
    on: date
    representative: Official | None = None
    note: Wording = ""


Acknowledgement = Union[Acknowledged, Refused]


@dataclass(frozen=True)
class SignatureBlock:
    """A line to sign on: `role` is a key of the template's `signature_roles` ("inspector", "representative")."""

    role: str
    person: Official


@dataclass(frozen=True)
class ActContent:
    """The act on the results of an inspection."""

    number: str                  # "12/2026"
    drawn_up_at: datetime        # date and time of drawing up, local
    place: Wording               # where it was drawn up: "Қарағанды қ."
    authority: Wording           # the territorial department
    basis: Appointment
    control_kind: str            # a key of the template's `control_kinds`
    inspectors: tuple[Official, ...]  # the lead inspector first
    subject: SubjectOfControl
    period_from: date
    period_to: date
    facility: Facility | None = None
    representative: Official | None = None
    findings: Wording = ""
    violations: tuple[Violation, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    acknowledgement: Acknowledgement | None = None  # None: left blank, to be filled in by hand
    signatures: tuple[SignatureBlock, ...] = ()     # empty: each inspector, then the representative
    footer: str = ""             # the issued document's hash / signature line, on every page


@dataclass(frozen=True)
class PrescriptionContent:
    """The prescription to eliminate the violations found by the act `act_number` of `act_date`."""

    number: str
    issued_on: date
    authority: Wording
    subject: SubjectOfControl
    act_number: str
    act_date: date
    violations: tuple[Violation, ...]
    inspectors: tuple[Official, ...]  # who issues it, the lead inspector first
    place: Wording = ""
    facility: Facility | None = None
    report_by: date | None = None     # a date to report elimination by; None: by each violation's deadline
    receipt: Acknowledgement | None = None
    footer: str = ""


def default_signatures(inspectors: tuple[Official, ...], representative: Official | None) -> tuple[SignatureBlock, ...]:
    """The act's signature lines when none are given: each inspector, then the representative present."""
    blocks = tuple(SignatureBlock("inspector", person) for person in inspectors)
    return blocks + ((SignatureBlock("representative", representative),) if representative else ())
