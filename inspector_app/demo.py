"""A realistic sample unit for trying the app out: Almaty, ten people, twelve recorders with some history.

Everything is created through the same services the app uses (no direct SQL), so the demo
data obeys every rule real data does. Each person gets a freshly generated random password;
there is no fixed or default password anywhere. The caller gets them back (login -> password)
and must show them to the person once: they are never logged.
"""

from __future__ import annotations

import logging
import secrets

from inspector_app.context import AppContext
from inspector_app.domain.recorders import RecorderStatus
from inspector_app.errors import StateError
from inspector_app.passwords import check_password_strength
from inspector_app.services.setup import PersonInput, initialize_unit, is_set_up

logger = logging.getLogger(__name__)

UNIT_NAME_KK = ("Қазақстан Республикасы Төтенше жағдайлар министрлігі Өнеркәсіптік қауіпсіздік комитетінің "
                "Алматы қаласы бойынша аумақтық бөлімшесі")
UNIT_NAME_RU = "Территориальное подразделение Комитета промышленной безопасности МЧС РК по городу Алматы"
UNIT_CODE = "ALA-01"
ORDER_REFERENCE = "№ 27-ж/қ бұйрық, 01.09.2025"

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

# Manual status changes, in order: (inventory number, new status, reason).
STATUS_CHANGES = (
    ("ВР-004", RecorderStatus.FAULTY,
     "Аккумулятор зарядты ұстамайды: инспектор 20-тармаққа сәйкес бірден хабарлады"),
    ("ВР-007", RecorderStatus.FAULTY, "Не включается запись: кнопка залипает"),
    ("ВР-007", RecorderStatus.UNDER_REPAIR, "Передан в сервисный центр, акт приёма-передачи № 14"),
    ("ВР-011", RecorderStatus.FAULTY, "Құлап түскен, объективі сынған"),
    ("ВР-011", RecorderStatus.WRITTEN_OFF, "Жөндеуге жарамсыз: есептен шығару актісі № 3, 12.03.2026"),
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


def build_demo(ctx: AppContext) -> dict[str, str]:
    """Set up the demo unit in an empty database; return login -> generated password (head first)."""
    if is_set_up(ctx.uow_factory):
        raise StateError("The unit is already set up; the demo needs an empty data folder", code="already_set_up")
    credentials = {login: generate_password() for login, _, _ in (HEAD, RESPONSIBLE, *INSPECTORS)}

    def person(entry: tuple[str, str, str]) -> PersonInput:
        login, full_name, position = entry
        return PersonInput(login, full_name, position, credentials[login])

    setup = initialize_unit(ctx.uow_factory, ctx.clock, name_kk=UNIT_NAME_KK, name_ru=UNIT_NAME_RU, code=UNIT_CODE,
                            head=person(HEAD), responsible=person(RESPONSIBLE), order_reference=ORDER_REFERENCE)
    for login, full_name, position in INSPECTORS:
        ctx.users.add(setup.head, login, full_name, position, "inspector", credentials[login])

    by_inventory = {}
    for inventory, serial, model, profile in RECORDERS:
        recorder = ctx.recorders.add(setup.responsible, inventory, serial, model, profile,
                                     note="Қоймадан қабылданды")
        by_inventory[inventory] = recorder.id
    for inventory, status, reason in STATUS_CHANGES:
        ctx.recorders.change_status(setup.responsible, by_inventory[inventory], status, reason)

    ctx.demo_credentials = dict(credentials)
    logger.info("demo unit %s built: %d users, %d recorders", UNIT_CODE, len(credentials), len(RECORDERS))
    return credentials
