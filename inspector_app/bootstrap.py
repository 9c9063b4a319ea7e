"""The one place where the parts are wired together: database, services, clock, devices, footage vault."""

from __future__ import annotations

import logging
from pathlib import Path

from inspector_app.clock import Clock, SystemClock
from inspector_app.context import AppContext
from inspector_app.documents.journal_pdf import JournalPrinter
from inspector_app.paths import backup_dir, config_file, database_file, default_data_dir, vault_dir
from inspector_app.services.accounts import AccountService
from inspector_app.services.journal_corrections import JournalBookService
from inspector_app.services.journal_verification import JournalVerifier
from inspector_app.services.recorders import RecorderService
from inspector_app.services.unit_settings import UnitSettingsService
from inspector_app.services.users import UserService
from inspector_app.settings import LocalConfig

logger = logging.getLogger(__name__)


def build_context(data_dir: Path | None = None, *, clock: Clock | None = None,
                  database_url: str | None = None) -> AppContext:
    """Open (create, back up, migrate) the database and wire the services over it."""
    from devices.profiles import profile_names
    from storage.database import open_database, sqlite_url
    from storage.uow import uow_factory
    from storage.vault import FileVault

    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    config = LocalConfig(config_file(data_dir))
    vault = FileVault(vault_dir(data_dir))  # before the database: a refusal here leaves nothing open
    url = database_url or config.get("database_url") or sqlite_url(database_file(data_dir))
    engine = open_database(url, backup_dir(data_dir))
    factory = uow_factory(engine)
    clock = clock or SystemClock()
    profiles = profile_names()
    accounts = AccountService(factory, clock)
    unit_settings = UnitSettingsService(factory)
    return AppContext(
        data_dir=data_dir, config=config, clock=clock, uow_factory=factory,
        accounts=accounts, users=UserService(factory, clock),
        recorders=RecorderService(factory, clock, profiles), unit_settings=unit_settings,
        vendor_profiles=profiles, journal=JournalBookService(factory, clock, accounts, unit_settings),
        journal_verifier=JournalVerifier(factory), journal_printer=JournalPrinter(factory),
        vault=vault, engine=engine,
    )
