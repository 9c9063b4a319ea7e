"""Four weeks of the demo unit's journal of issue and return, made through the journal services.

The services stamp every record with their clock, so the history is written on a `FixedClock` that is
moved from one operation to the next: recorders go out in the morning and come back in the afternoon,
their recordings are stored (column 6) while they charge (п.11). A few returns of the last week are left
for the ingest of their footage to mark stored (`demo_footage.py`). Along the way: one recorder issued
below the minimum charge with a reason, one entry with the wrong recorder struck through and corrected
(п.9), one malfunction reported during a visit (п.20), the last day's recordings not stored yet, one
recorder out since the last working day (overdue) and one out since earlier today.

Everyone signs with their generated password and a drawn signature generated for them (`signature_strokes`).
Each person's password and key are checked in full the first time they sign; the demo then keeps them
unlocked (`_DemoJournal`): two scrypt runs for each of some 130 unlocks would take about 20 s.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from inspector_app.clock import FixedClock
from inspector_app.domain.journal import Purpose
from inspector_app.domain.strokes import Strokes, normalise_strokes
from inspector_app.domain.users import UserView
from inspector_app.services.accounts import AccountService
from inspector_app.services.journal import IssueRequest
from inspector_app.services.journal_corrections import CorrectionRequest, JournalBookService
from inspector_app.services.signers import SignatureInput, UnlockedSigner

WEEKS = 4
PURPOSES = (Purpose.PREVENTIVE_VISIT,) * 5 + (Purpose.INSPECTION,) * 3 + (Purpose.INVESTIGATION, Purpose.OTHER)
CONDITIONS = ("", "", "", "Жарамды", "Жарамды", "Исправен")
OVERRIDE_REASON = ("Шұғыл тергеп-тексеру: апат орнына дереу шығу қажет, зарядталған басқа бейнетіркеуіш жоқ; "
                   "қосалқы қуат банкі берілді")
FAULT_RECORDER = "ВР-004"
FAULT_TEXT = "Аккумулятор зарядты ұстамайды: толық зарядталған күйде 40 минуттан кейін өшіп қалды"
FAULT_RETURN = "Аккумулятор ақаулы; жазбалар сақталған"
CORRECTION_REASON = "Түгендеу нөмірі қате жазылды: инспекторға {right} берілген"


@dataclass
class HistoryResult:
    counts: dict[str, int]  # what was made: issues, returns, stored, corrections, faults
    for_ingest: list[int] = field(default_factory=list)  # returned entries whose column 6 waits for their footage


@dataclass
class _Issued:
    entry_id: int
    login: str
    inventory: str


class _DemoJournal(JournalBookService):
    """The journal services, keeping each signer unlocked after their first full check (demo speed only)."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._unlocked: dict[int, tuple[str, UnlockedSigner]] = {}

    def unlock(self, given: SignatureInput) -> UnlockedSigner:
        known = self._unlocked.get(given.user_id)
        if known and hmac.compare_digest(known[0], given.password) and \
                known[1].strokes == normalise_strokes(given.strokes):
            return known[1]
        signer = super().unlock(given)
        self._unlocked[given.user_id] = (given.password, signer)
        return signer


def signature_strokes(name: str) -> Strokes:
    """A plausible handwritten signature, the same for the same name: a capital, a cursive run, a flourish."""
    rng = random.Random(hashlib.sha256(name.encode("utf-8")).digest())
    slant = rng.uniform(0.05, 0.12)  # x units per y unit: the writing leans right

    def lean(x: float, y: float) -> tuple[float, float]:
        return x + slant * (0.6 - y) / 3, y

    # The capital: a stem up, then a bow to the right and back to the middle (like "Р").
    x, top, base = rng.uniform(0.06, 0.11), rng.uniform(0.1, 0.2), rng.uniform(0.68, 0.8)
    middle, bow = (top + base) / 2 - 0.05, rng.uniform(0.035, 0.06)
    capital = [(x, base - (base - top) * i / 8) for i in range(9)]
    capital += [(x + bow * math.sin(math.pi * i / 12), top + (middle - top) * (1 - math.cos(math.pi * i / 12)) / 2)
                for i in range(1, 13)]
    # The cursive run: a prolate cycloid, its small loops at the top like joined letters; some letters tall.
    start, end = x + rng.uniform(0.06, 0.09), rng.uniform(0.6, 0.78)
    letters = rng.randint(5, 8)
    advance = (end - start) / (2 * math.pi * letters)
    heights = [rng.choice((0.12, 0.14, 0.16, 0.3)) for _ in range(letters)]
    run, steps = [], 16
    for i in range(letters * steps + 1):
        theta = 2 * math.pi * i / steps
        height = heights[min(i // steps, letters - 1)]
        run.append((start + advance * theta + 2.2 * advance * math.sin(theta),
                    0.62 - height * (1 - math.cos(theta)) / 2))
    # The flourish: a long stroke under the run, rising at its end.
    left, right = x + rng.uniform(0.0, 0.08), min(0.95, end + rng.uniform(0.05, 0.15))
    sag = rng.uniform(0.02, 0.05)
    flourish = [(left + (right - left) * t, 0.84 + sag * math.sin(math.pi * t) - 0.14 * t ** 3)
                for t in (i / 16 for i in range(17))]
    strokes = [[lean(px, py) for px, py in stroke] for stroke in (capital, run)] + [flourish]
    return normalise_strokes([[(min(max(px, 0.02), 0.98), min(max(py, 0.02), 0.98)) for px, py in stroke]
                              for stroke in strokes])


class _History:
    def __init__(self, ctx, clock: FixedClock, credentials: dict[str, str], responsible, recorder_ids: dict[str, int],
                 now: datetime, footage_recorders: frozenset[str] = frozenset(), audit=None) -> None:
        self.ctx, self.clock, self.now = ctx, clock, now
        self.footage_recorders = footage_recorders
        self.footage_days: set[date] = set()
        self.for_ingest: list[int] = []
        self.zone = ZoneInfo(ctx.unit_settings.get("timezone"))
        self.journal = _DemoJournal(ctx.uow_factory, clock, AccountService(ctx.uow_factory, clock), ctx.unit_settings,
                                    audit)
        self.responsible, self.credentials, self.recorder_ids = responsible, credentials, recorder_ids
        with ctx.uow_factory() as uow:
            self.user_ids = {login: uow.users.by_login(login).id for login in credentials}
        self.rng = random.Random(444)
        self.out: dict[str, _Issued] = {}  # inventory -> open issue
        self.counts = {"issues": 0, "returns": 0, "stored": 0, "corrections": 0, "faults": 0}

    def sign(self, login: str) -> SignatureInput:
        return SignatureInput(self.user_ids[login], self.credentials[login], signature_strokes(login))

    def at(self, day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), self.zone).astimezone(self.clock.now().tzinfo)

    def move_to(self, when: datetime) -> None:
        self.clock.set(max(when, self.clock.now() + timedelta(seconds=1)))

    # operations
    def issue(self, when: datetime, inventory: str, login: str, **extra) -> _Issued:
        self.move_to(when)
        request = IssueRequest(self.recorder_ids[inventory], self.user_ids[login],
                               extra.pop("purpose", None) or self.rng.choice(PURPOSES),
                               extra.pop("battery", None) or self.rng.randint(84, 100),
                               self.rng.randint(-20, 20), **extra)
        row = self.journal.issue(self.responsible, request, self.sign(login), self.sign(self.responsible.login))
        self.counts["issues"] += 1
        self.out[inventory] = _Issued(row.entry.id, login, inventory)
        return self.out[inventory]

    def give_back(self, when: datetime, issued: _Issued, condition: str | None = None):
        self.move_to(when)
        condition = self.rng.choice(CONDITIONS) if condition is None else condition
        row = self.journal.return_recorder(self.responsible, issued.entry_id, condition, self.sign(issued.login),
                                           self.sign(self.responsible.login))
        self.counts["returns"] += 1
        del self.out[issued.inventory]
        return row

    def store(self, day: date, row, returned_at: datetime) -> None:
        """Column 6 some time after the return; or, once on each footage day, left to the ingest of footage."""
        stored_at = returned_at + timedelta(minutes=self.rng.randint(25, 150))  # drawn either way: same history
        if day in self.footage_days and row.entry.inventory_number in self.footage_recorders:
            self.footage_days.discard(day)
            self.for_ingest.append(row.entry.id)
            return
        self.journal.record_storage(row.entry.id, stored_at)
        self.counts["stored"] += 1

    # the four weeks
    def write(self, inspectors: list[str], inventories: list[str]) -> dict[str, int]:
        today = self.now.astimezone(self.zone).date()
        days = [today - timedelta(days=n) for n in range(7 * WEEKS, 0, -1)]
        days = [d for d in days if d.weekday() < 5]
        special = {"override": days[2], "correction": days[7], "fault": days[11]}
        if self.footage_recorders:  # the four working days before the last one
            self.footage_days = set(days[-5:-1])
        in_store = list(inventories)
        for index, day in enumerate(days):
            last = index == len(days) - 1
            count = 2 if last else self.rng.choice((1, 1, 2, 2, 2))
            people = self.rng.sample(inspectors, count)
            stock = self.rng.sample(in_store, count)
            if day == special["fault"]:
                stock[0] = FAULT_RECORDER
                stock[1:] = [s for s in self.rng.sample(in_store, count) if s != FAULT_RECORDER][:count - 1]
            self.day(day, people, stock, special, in_store, stays_out=last)
        self.today(today, inspectors)
        return self.counts

    def day(self, day: date, people: list[str], stock: list[str], special: dict, in_store: list[str],
            stays_out: bool) -> None:
        issued = []
        for n, (login, inventory) in enumerate(zip(people, stock)):
            when = self.at(day, 9, 5 + 25 * n + self.rng.randint(0, 15))
            extra = {}
            if day == special["override"] and n == 0:
                extra = {"battery": 71, "purpose": Purpose.INVESTIGATION, "battery_override_reason": OVERRIDE_REASON}
            issued.append(self.issue(when, inventory, login, **extra))
        if day == special["correction"]:
            issued[0] = self.correct(issued[0], when + timedelta(minutes=12), in_store, stock)
        if stays_out:  # the first of the last working day is still out: overdue
            in_store.remove(issued[0].inventory)
            issued = issued[1:]
        returns = []
        for n, item in enumerate(issued):
            back = self.at(day, 14 + 2 * n, self.rng.randint(0, 59))
            if day == special["fault"] and item.inventory == FAULT_RECORDER:
                self.fault(item, back - timedelta(hours=2))
                returns.append((self.give_back(back, item, FAULT_RETURN), back))
                in_store.remove(FAULT_RECORDER)
            else:
                returns.append((self.give_back(back, item), back))
        for n, (row, back) in enumerate(returns):
            if not stays_out or n < len(returns) - 1:
                self.store(day, row, back)

    def correct(self, wrong: _Issued, when: datetime, in_store: list[str], stock: list[str]) -> _Issued:
        right = next(i for i in in_store if i not in stock and i != FAULT_RECORDER)
        self.move_to(when)
        with self.ctx.uow_factory() as uow:
            old = uow.journal.entry(wrong.entry_id)
        fix = CorrectionRequest(self.recorder_ids[right], old.user_id, old.purpose, old.at, old.battery_percent,
                                old.clock_offset_seconds)
        row = self.journal.correct(self.responsible, wrong.entry_id, CORRECTION_REASON.format(right=right), fix,
                                   self.sign(wrong.login), self.sign(self.responsible.login))
        self.counts["corrections"] += 1
        del self.out[wrong.inventory]
        self.out[right] = _Issued(row.entry.id, wrong.login, right)
        return self.out[right]

    def fault(self, item: _Issued, when: datetime) -> None:
        self.move_to(when)
        with self.ctx.uow_factory() as uow:
            reporter = uow.users.get(self.user_ids[item.login])
        self.journal.report_fault(UserView.of(reporter), self.recorder_ids[item.inventory], FAULT_TEXT,
                                  self.sign(item.login))
        self.counts["faults"] += 1

    def today(self, today: date, inspectors: list[str]) -> None:
        """One recorder out since this morning (not overdue), if the morning has begun."""
        when = self.at(today, 9, 5)
        if not self.now - timedelta(hours=6) < when < self.now - timedelta(minutes=10):
            when = self.now - timedelta(hours=2)
        busy = {item.login for item in self.out.values()}
        login = next(p for p in inspectors if p not in busy)
        inventory = next(i for i in self.recorder_ids if i not in self.out and i not in (FAULT_RECORDER,)
                         and self.ctx.recorders.get(self.responsible, self.recorder_ids[i]).status.value == "in_store")
        self.issue(when, inventory, login)


def write_journal_history(ctx, clock: FixedClock, credentials: dict[str, str], responsible,
                          recorder_ids: dict[str, int], inspectors: list[str], inventories: list[str],
                          now: datetime, footage_recorders: frozenset[str] = frozenset(),
                          audit=None) -> HistoryResult:
    """Write the demo journal on `clock` (set before `now`, moved forward): the counts of what was made.

    On each of the four working days before the last, the first return of a recorder in `footage_recorders`
    is not marked stored: its entry is in `for_ingest`, for the ingest of its footage to fill column 6.
    """
    history = _History(ctx, clock, credentials, responsible, recorder_ids, now, frozenset(footage_recorders), audit)
    counts = history.write(inspectors, inventories)
    return HistoryResult(counts, history.for_ingest)
