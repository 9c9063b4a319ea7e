"""Printing a volume of the journal of issue and return to PDF, as the paper journal of Appendix 1 looks.

`JournalPrinter.print_volume` reads every row of the volume (oldest first, in chunks), puts each into
words in the chosen language (dates and times in the unit's zone, remarks with their author and time,
the note of a struck entry with its reason and the number of the correcting entry) and lays out the
PDF. The certification line of п.9 carries the real number of sheets, so the layout is run until the
count it prints is the count it makes (twice, in practice). The file is written atomically: a
temporary file in the target folder, then a rename; on any failure nothing is left behind.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspector_app.documents.journal_pdf_layout import Cover, PrintedRemark, PrintedRow, Signed, render_journal
from inspector_app.documents.output_files import check_target, key_line, write_atomically
from inspector_app.documents.templates import DocumentTexts, load_texts
from inspector_app.domain.journal import EntryKind, JournalFilter, JournalRow, RemarkKind, SignerRole, Volume
from inspector_app.domain.roles import Permission
from inspector_app.errors import NotFoundError, ValidationError
from inspector_app.services.common import acting_user
from inspector_app.timezones import format_local, to_local, zone

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru")
CHUNK = 500
MAX_LAYOUT_RUNS = 4


@dataclass(frozen=True)
class PrintResult:
    pages: int
    entries: int
    path: Path


class JournalPrinter:
    """Prints a journal volume; anyone who may view the journal may print it (inspectors included)."""

    def __init__(self, uow_factory, signer=None) -> None:
        self.uow_factory = uow_factory
        self.signer = signer  # its public key and fingerprint are printed on every sheet

    def print_volume(self, actor, volume_number: int, lang: str, out: Path, timezone: str) -> PrintResult:
        if lang not in LANGUAGES:
            raise ValidationError(f"The journal is printed in Kazakh (kk) or Russian (ru), not '{lang}'",
                                  code="print_language", lang=lang)
        texts = load_texts("journal", lang)
        zone(timezone)
        out = check_target(out)
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_JOURNAL)
            volume = uow.journal.volume_by_number(int(volume_number))
            if volume is None:
                raise NotFoundError(f"Journal volume {volume_number} does not exist", what="Journal volume",
                                    id=volume_number)
            rows = _Reader(uow, volume, texts, timezone).printed_rows()
        cover = _cover(volume, texts, timezone)
        title = texts.text("document_title", volume=cover.volume)
        author = cover.unit_name
        pdf, pages = _layout(texts, cover, rows, title, author, key_line(texts, self.signer))
        write_atomically(out, pdf)
        logger.info("journal volume %s printed in %s: %s entries, %s sheets", volume.number, lang, len(rows), pages)
        return PrintResult(pages, len(rows), out)


def _layout(texts: DocumentTexts, cover: Cover, rows: list[PrintedRow], title: str, author: str,
            footer: str) -> tuple[bytes, int]:
    """Lay the journal out until the sheet count in the certification line equals the sheets made."""
    guess = 1
    for _ in range(MAX_LAYOUT_RUNS):
        buffer = io.BytesIO()
        pages = render_journal(buffer, texts, cover, rows, guess, title=title, author=author, footer=footer)
        if pages == guess:
            return buffer.getvalue(), pages
        guess = pages
    raise RuntimeError(f"The journal layout does not settle on a sheet count ({guess})")


def _date_in_words(texts: DocumentTexts, key: str, value: datetime, timezone: str) -> str:
    local = to_local(value, timezone)
    months = texts.items("months", 12)
    return texts.text(key, day=f"{local.day:02d}", month=months[local.month - 1], year=local.year)


def _cover(volume: Volume, texts: DocumentTexts, timezone: str) -> Cover:
    unit_name = volume.unit_name_kk if texts.lang == "kk" else volume.unit_name_ru
    ended = (_date_in_words(texts, "cover.ended", volume.ended_at, timezone) if volume.ended_at
             else texts.text("cover.ended_blank"))
    return Cover(unit_name=unit_name, registration_index=volume.registration_index,
                 volume=texts.text("cover.volume", number=volume.number),
                 started=_date_in_words(texts, "cover.started", volume.started_at, timezone), ended=ended)


class _Reader:
    """Reads the rows of one volume and puts them into words; names and entry numbers are looked up once."""

    def __init__(self, uow, volume: Volume, texts: DocumentTexts, timezone: str) -> None:
        self.uow, self.volume, self.texts, self.timezone = uow, volume, texts, timezone
        self._names: dict[int, str] = {}
        self._refs: dict[int, str] = {}
        self._volume_numbers: dict[int, int] = {volume.id: volume.number}

    def printed_rows(self) -> list[PrintedRow]:
        flt = JournalFilter(volume_id=self.volume.id, newest_first=False)
        printed: list[PrintedRow] = []
        offset = 0
        while True:
            chunk = self.uow.journal.rows(flt, offset, CHUNK)
            if not chunk:
                return printed
            remark_strokes = self._strokes("remark", [r.id for row in chunk for r in row.remarks])
            strike_strokes = self._strokes("strike", [row.strike.id for row in chunk if row.strike])
            printed += [self._row(row, remark_strokes, strike_strokes) for row in chunk]
            offset += len(chunk)

    def _strokes(self, act: str, ids: list[int]) -> dict[int, list]:
        return {s.act_id: s.strokes for s in self.uow.journal.signatures(act, ids) if s.role is SignerRole.AUTHOR}

    def _time(self, value: datetime | None) -> str:
        return format_local(value, self.timezone)

    def _row(self, row: JournalRow, remark_strokes: dict, strike_strokes: dict) -> PrintedRow:
        entry, texts = row.entry, self.texts
        if entry.kind is EntryKind.FAULT:
            author = next((s.strokes for s in row.signatures if s.role is SignerRole.AUTHOR), None)
            receipt = Signed((texts.text("fault_entry"), self._time(entry.at)), author)
        else:
            receipt = Signed((self._time(entry.at),), row.receipt_strokes)
        returned = Signed((self._time(row.returned.returned_at),), row.return_strokes) if row.returned else Signed()
        remarks = [PrintedRemark(self._remark(texts.text(f"remark_kinds.{r.kind.value}"), r.text, r.author_name,
                                              r.at), remark_strokes.get(r.id)) for r in row.remarks]
        condition = row.returned.condition.strip() if row.returned else ""
        duplicate = any(r.kind is RemarkKind.FAULT and r.text.strip() == condition for r in row.remarks)
        if condition and not duplicate:
            remarks.append(PrintedRemark(self._remark(texts.text("remark_kinds.condition"), condition,
                                                      self._name(row.returned.received_by_id),
                                                      row.returned.returned_at)))
        if row.strike is not None:
            remarks.append(PrintedRemark(self._strike_note(row), strike_strokes.get(row.strike.id)))
        return PrintedRow(number=str(entry.number), inventory_number=entry.inventory_number,
                          full_name=entry.user_full_name, receipt=receipt, returned=returned,
                          stored=self._time(row.stored.stored_at) if row.stored else "", remarks=tuple(remarks),
                          struck=row.strike is not None)

    def _remark(self, label: str, text: str, author: str, at: datetime) -> str:
        return self.texts.text("remark", label=label, text=text, author=author, time=self._time(at))

    def _strike_note(self, row: JournalRow) -> str:
        strike = row.strike
        values = {"reason": strike.reason, "author": self._name(strike.struck_by_id),
                  "time": self._time(strike.struck_at)}
        if strike.correction_entry_id is None:
            return self.texts.text("struck_without_correction", **values)
        return self.texts.text("struck", ref=self._ref(strike.correction_entry_id), **values)

    def _name(self, user_id: int) -> str:
        if user_id not in self._names:
            user = self.uow.users.get(user_id)
            self._names[user_id] = user.full_name if user else f"#{user_id}"
        return self._names[user_id]

    def _ref(self, entry_id: int) -> str:
        if entry_id not in self._refs:
            entry = self.uow.journal.entry(entry_id)
            if entry is None:
                self._refs[entry_id] = f"#{entry_id}"
            elif entry.volume_id == self.volume.id:
                self._refs[entry_id] = self.texts.text("entry_ref", number=entry.number)
            else:
                if entry.volume_id not in self._volume_numbers:
                    other = self.uow.journal.volume(entry.volume_id)
                    self._volume_numbers[entry.volume_id] = other.number if other else entry.volume_id
                self._refs[entry_id] = self.texts.text("entry_ref_other_volume", number=entry.number,
                                                       volume=self._volume_numbers[entry.volume_id])
        return self._refs[entry_id]
