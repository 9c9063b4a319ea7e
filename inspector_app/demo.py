"""A realistic sample unit for trying the app out: Almaty, ten people, twelve recorders with some history,
four weeks of the journal of issue and return (see `demo_journal.py`), and the footage of a few of the last
week's returns, ingested as a docked recorder's is (see `demo_footage.py`).

Everything is created through the same services the app uses (no direct SQL), so the demo
data obeys every rule real data does. Each person gets a freshly generated random password;
there is no fixed or default password anywhere. The caller gets them back (login -> password)
and must show them to the person once: they are never logged.

The head and the responsible person also get a generated storage password (п.6), set right after the
unit, before any footage: the demo footage is stored encrypted, with the vault locked, as a docked
recorder's is. They are left in `ctx.demo_storage_passwords` (and the recovery key in
`ctx.demo_recovery_key`), shown the same way and never logged either.

The unit is set up about a month back: its services run on a clock that starts then and is moved
forward from one operation to the next, ending just before now.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from inspector_app.clock import FixedClock
from inspector_app.context import AppContext
from inspector_app.demo_footage import FOOTAGE_PROFILES, ingest_demo_footage
from inspector_app.demo_journal import WEEKS, write_journal_history
from inspector_app.domain.recorders import RecorderStatus
from inspector_app.errors import StateError
from inspector_app.passwords import check_password_strength
from inspector_app.services.audit import AuditTrail
from inspector_app.services.recorders import RecorderService
from inspector_app.services.setup import PersonInput, initialize_unit, is_set_up
from inspector_app.services.storage_keys import VaultKeyring
from inspector_app.services.users import UserService
from inspector_app.timezones import DEFAULT_TIMEZONE

logger = logging.getLogger(__name__)

UNIT_NAME_KK = ("Қазақстан Республикасы Төтенше жағдайлар министрлігі Өнеркәсіптік қауіпсіздік комитетінің "
                "Алматы қаласы бойынша аумақтық бөлімшесі")
UNIT_NAME_RU = "Территориальное подразделение Комитета промышленной безопасности МЧС РК по городу Алматы"
UNIT_CODE = "ALA-01"
ORDER_REFERENCE = "№ 27-ж/қ бұйрық, 01.09.2025"
JOURNAL_INDEX = "04-12/15"  # the office registration index of the journal's first volume (п.9)

# (login, full name: surname, given name, patronymic; position)
HEAD = ("n.toktarbekov", "Тоқтарбеков Нұрлан Әбілқасымұлы", "Аумақтық бөлімше басшысы")
RESPONSIBLE = ("g.yermekova", "Ермекова Гүлнар Серікқызы", "Жетекші маман")
INSPECTORS = (
    ("e.seitkali", "Сейітқали Ержан Бауыржанұлы", "Бас мемлекеттік инспектор"),
    ("a.abdikhalykova", "Әбдіхалықова Айгүл Мұратқызы", "Бас мемлекеттік инспектор"),
    ("d.zhaksylykov", "Жақсылықов Дәурен Қанатұлы", "Жетекші мемлекеттік инспектор"),
    ("m.nurgaliyeva", "Нұрғалиева Меруерт Өтегенқызы", "Мемлекеттік инспектор"),
    ("a.sagyndykov", "Сағындықов Асқар Ғалымұлы", "Мемлекеттік инспектор"),
    ("g.kudaibergenova", "Құдайбергенова Гауһар Нұрбекқызы", "Жетекші маман"),
    ("i.ospanov", "Оспанов Ілияс Төлегенұлы", "Мемлекеттік инспектор"),
    ("a.ussenova", "Үсенова Аружан Жеңісқызы", "Бас маман"),
)

# (inventory number, serial number, model, vendor profile); the profiles are those of devices/profiles.py.
RECORDERS = (
    ("ВР-001", "J48819201", "Hikvision DS-MCW406", "hikvision-dswa"),
    ("ВР-002", "J48819237", "Hikvision DS-MCW406", "hikvision-dswa"),
    ("ВР-003", "J48819244", "Hikvision DS-MCW406", "hikvision-dswa"),
    ("ВР-004", "L20417752", "Hikvision DS-MCW405", "hikvision-dswa"),
    ("ВР-005", "L20417768", "Hikvision DS-MCW405", "hikvision-dswa"),
    ("ВР-006", "77-0311458", "Дозор-77", "dozor"),
    ("ВР-007", "77-0311462", "Дозор-77", "dozor"),
    ("ВР-008", "77-0311475", "Дозор-77", "dozor"),
    ("ВР-009", "KJ21-230914-0381", "BOBLOV KJ21", "boblov"),
    ("ВР-010", "KJ21-230914-0397", "BOBLOV KJ21", "boblov"),
    ("ВР-011", "A22-240305-1126", "BOBLOV A22", "boblov"),
    ("ВР-012", "BC7-2024-00058", "Body Camera A7", "generic"),
)

# Manual status changes when the unit is set up, in order: (inventory number, new status, reason).
# ВР-004 becomes faulty later, through a malfunction reported in the journal (п.20).
STATUS_CHANGES = (
    ("ВР-007", RecorderStatus.FAULTY, "Не включается запись: кнопка залипает"),
    ("ВР-007", RecorderStatus.UNDER_REPAIR, "Передан в сервисный центр, акт приёма-передачи № 14"),
    ("ВР-011", RecorderStatus.FAULTY, "Құлап түскен, объективі сынған"),
    ("ВР-011", RecorderStatus.WRITTEN_OFF, "Жөндеуге жарамсыз: есептен шығару актісі № 3"),
)

# Letters and digits that cannot be mistaken for one another when read off a screen (no 0/O, 1/l/I).
_LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
_DIGITS = "23456789"


def generate_password(groups: int = 3, group_length: int = 4) -> str:
    """A random password such as ``Kp7w-3rTz-9xQm``: letters and digits in dash-separated groups."""
    alphabet = _LETTERS + _DIGITS
    while True:
        chars = [secrets.choice(alphabet) for _ in range(groups * group_length)]
        if any(c in _DIGITS for c in chars) and any(c in _LETTERS for c in chars):
            break
    password = "-".join("".join(chars[i:i + group_length]) for i in range(0, len(chars), group_length))
    check_password_strength(password)
    return password


def build_demo(ctx: AppContext, *, now: datetime | None = None, footage: bool = True) -> dict[str, str]:
    """Set up the demo unit in an empty database; return login -> generated password (head first).

    Its history runs from about a month before `now` (default: the context's clock) to just before it.
    With `footage`, a few of the last week's returned recorders bring back short generated videos that
    the ingest stores in the vault, filling column 6 of their entries; without it every return before
    the last day is simply marked stored.
    """
    if is_set_up(ctx.uow_factory):
        raise StateError("The unit is already set up; the demo needs an empty data folder", code="already_set_up")
    now = (now or ctx.clock.now()).replace(microsecond=0)
    credentials = {login: generate_password() for login, _, _ in (HEAD, RESPONSIBLE, *INSPECTORS)}

    def person(entry: tuple[str, str, str]) -> PersonInput:
        login, full_name, position = entry
        return PersonInput(login, full_name, position, credentials[login])

    first_day = now.astimezone(ZoneInfo(DEFAULT_TIMEZONE)).date() - timedelta(days=7 * WEEKS + 3)
    clock = FixedClock(datetime.combine(first_day, time(9, 0), ZoneInfo(DEFAULT_TIMEZONE)))
    audit = AuditTrail(ctx.uow_factory, clock, ctx.signer)  # the history's events, at the history's times
    users = UserService(ctx.uow_factory, clock, audit)
    recorders = RecorderService(ctx.uow_factory, clock, ctx.vendor_profiles, audit)
    setup = initialize_unit(ctx.uow_factory, clock, name_kk=UNIT_NAME_KK, name_ru=UNIT_NAME_RU, code=UNIT_CODE,
                            head=person(HEAD), responsible=person(RESPONSIBLE), order_reference=ORDER_REFERENCE,
                            timezone=DEFAULT_TIMEZONE, journal_registration_index=JOURNAL_INDEX)
    storage = {HEAD[0]: generate_password(), RESPONSIBLE[0]: generate_password()}
    clock.advance(minutes=2)
    keyring = VaultKeyring(ctx.uow_factory, clock, audit)  # at the history's time; ctx.keyring reads the key anew
    recovery = keyring.create(setup.head, storage[HEAD[0]])
    clock.advance(minutes=1)
    keyring.add_slot(setup.head, setup.responsible.id, storage[RESPONSIBLE[0]])
    keyring.lock("sign_out")
    for login, full_name, position in INSPECTORS:
        clock.advance(minutes=3)
        users.add(setup.head, login, full_name, position, "inspector", credentials[login])

    by_inventory = {}
    clock.advance(minutes=40)
    for inventory, serial, model, profile in RECORDERS:
        clock.advance(minutes=2)
        recorder = recorders.add(setup.responsible, inventory, serial, model, profile, note="Қоймадан қабылданды")
        by_inventory[inventory] = recorder.id
    for inventory, status, reason in STATUS_CHANGES:
        clock.advance(minutes=15)
        recorders.change_status(setup.responsible, by_inventory[inventory], status, reason)

    usable = [inventory for inventory, *_ in RECORDERS if inventory not in {i for i, _, _ in STATUS_CHANGES}]
    with_footage = frozenset(i for i, _, _, profile in RECORDERS if footage and profile in FOOTAGE_PROFILES)
    history = write_journal_history(ctx, clock, credentials, setup.responsible, by_inventory,
                                    [login for login, _, _ in INSPECTORS], usable, now, with_footage, audit)
    counts = dict(history.counts)
    if history.for_ingest:
        stored = ingest_demo_footage(ctx, history.for_ingest)
        counts.update({"footage entries": stored["entries"], "recordings": stored["recordings"],
                       "stored by the ingest": stored["completed"]})
    ctx.demo_credentials = dict(credentials)
    ctx.demo_storage_passwords, ctx.demo_recovery_key = dict(storage), recovery
    logger.info("demo unit %s built: %d users, %d recorders, journal: %s", UNIT_CODE, len(credentials),
                len(RECORDERS), ", ".join(f"{v} {k}" for k, v in counts.items()))
    return credentials
