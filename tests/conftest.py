"""Shared fixtures. Qt runs offscreen; every test that touches the database gets its own SQLite file."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("INSPECTOR_APP_DATA_DIR", None)

import pytest  # noqa: E402

from inspector_app.clock import FixedClock  # noqa: E402
from tests import db_backend  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PASSWORDS = {"head": "Head-pass-2026", "resp": "Resp-pass-2026", "aliya": "Aliya-pass-2026",
             "dana": "Dana-pass-2026"}  # dana: a second inspector, where a test adds one


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 5, 0, tzinfo=timezone.utc))


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory):
    """An empty database migrated to the newest schema, made once per run (the migrations take most of a
    second): each test starts from its own copy of it, a real SQLite file of its own, or on PostgreSQL
    (tests/db_backend.py) a real database of its own copied from this template."""
    from storage.database import open_database, sqlite_url

    folder = tmp_path_factory.mktemp("schema")
    if db_backend.ON_POSTGRES:
        name = db_backend.new_database_name("run")
        url = db_backend.create_database(name)
        open_database(url, folder / "backups").dispose()
        yield url
        db_backend.drop_database(name)
        return
    path = folder / "inspector.sqlite"
    open_database(sqlite_url(path), folder / "backups").dispose()  # the last connection closed: no WAL left
    yield path


@pytest.fixture
def fresh_database(tmp_path, migrated_database):
    """A migrated, empty database of this test's own, not yet opened by the app: (URL or None for the data
    folder's file, the data folder). The URL is written to the folder's settings, as the settings page does, so that a
    command started on the folder (the CLI tests) opens the same database."""
    import shutil

    from inspector_app.paths import config_file, database_file
    from inspector_app.settings import LocalConfig

    data = tmp_path / "data"
    data.mkdir(parents=True)
    if not db_backend.ON_POSTGRES:
        shutil.copyfile(migrated_database, database_file(data))
        yield None, data
        return
    db_backend.empty(migrated_database)
    LocalConfig(config_file(data)).set("database_url", migrated_database)
    yield migrated_database, data


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory) -> Path:
    """A migrated SQLite file, whatever database the run is on: for the tests of the SQLite file itself."""
    from storage.database import open_database, sqlite_url

    folder = tmp_path_factory.mktemp("sqlite-schema")
    open_database(sqlite_url(folder / "inspector.sqlite"), folder / "backups").dispose()
    return folder / "inspector.sqlite"


@pytest.fixture
def sqlite_database(tmp_path, migrated_sqlite_file):
    """`fresh_database` on a SQLite file on both passes: a module that tests the file itself (its backups,
    moving it to a server) says ``fresh_database = sqlite_database`` through a fixture of its own."""
    import shutil

    from inspector_app.paths import database_file

    data = tmp_path / "data"
    data.mkdir(parents=True)
    shutil.copyfile(migrated_sqlite_file, database_file(data))
    return None, data


@pytest.fixture
def context(fresh_database, clock):
    """A fresh app context over an empty data folder and a migrated database of its own."""
    from inspector_app.bootstrap import build_context

    _url, data = fresh_database
    ctx = build_context(data, clock=clock)
    yield ctx
    ctx.close()


@pytest.fixture
def unit_context(context):
    """A context whose unit is set up: head `head`, responsible `resp`, inspector `aliya`."""
    from inspector_app.services.setup import PersonInput, initialize_unit

    initialize_unit(
        context.uow_factory, context.clock,
        name_kk="Алматы қаласы бойынша аумақтық бөлімше", name_ru="Территориальное подразделение по г. Алматы",
        code="ALA",
        head=PersonInput("head", "Сәрсенбаев Ерлан Бақытұлы", "Бөлімше басшысы", PASSWORDS["head"]),
        responsible=PersonInput("resp", "Жұмабаева Әйгерім Серікқызы", "Бас маман", PASSWORDS["resp"]),
        order_reference="№ 12-ө, 01.09.2026", journal_registration_index="04-12/15",
    )
    head = context.accounts.authenticate("head", PASSWORDS["head"])
    context.users.add(head, "aliya", "Нұрланова Әлия Қайратқызы", "Мемлекеттік инспектор", "inspector",
                      PASSWORDS["aliya"])
    return context


@pytest.fixture
def head(unit_context):
    return unit_context.accounts.authenticate("head", PASSWORDS["head"])


@pytest.fixture
def responsible(unit_context):
    return unit_context.accounts.authenticate("resp", PASSWORDS["resp"])


@pytest.fixture
def inspector(unit_context):
    return unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"])


SIGNATURE = [[(0.05, 0.6), (0.15, 0.3), (0.25, 0.7), (0.35, 0.35)], [(0.4, 0.5), (0.6, 0.45), (0.9, 0.55)]]


def sign_as(ctx, login: str, strokes=SIGNATURE, password: str | None = None):
    """A person signing at the PC: their drawn signature and their password."""
    from inspector_app.services.signers import SignatureInput

    with ctx.uow_factory() as uow:
        user = uow.users.by_login(login)
    return SignatureInput(user.id, PASSWORDS.get(login, "") if password is None else password, strokes)
