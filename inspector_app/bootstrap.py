"""The one place where the parts are wired together: database, services, clock, devices, footage vault."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from inspector_app.clock import Clock, SystemClock
from inspector_app.context import AppContext
from inspector_app.documents.journal_pdf import JournalPrinter
from inspector_app.domain.audit import AuditKind
from inspector_app.paths import backup_dir, config_file, database_file, default_data_dir, keys_dir, vault_dir
from inspector_app.ports import VAULT_OBJECT_LOCK
from inspector_app.services.accounts import AccountService
from inspector_app.services.audit import AuditTrail
from inspector_app.services.clock_guard import ClockGuard
from inspector_app.services.installation import load_signer
from inspector_app.services.journal_corrections import JournalBookService
from inspector_app.services.journal_verification import JournalVerifier
from inspector_app.services.recorders import RecorderService
from inspector_app.services.catalogue import CatalogueService
from inspector_app.services.destruction import DestructionService
from inspector_app.services.retention import RetentionService
from inspector_app.services.inspection_documents import InspectionDocuments
from inspector_app.services.inspections import InspectionsService
from inspector_app.services.review import ReviewService
from inspector_app.services.storage_keys import VaultKeyring
from inspector_app.services.trusted_time import TrustedTimeService
from inspector_app.services.unit_settings import UnitSettingsService
from inspector_app.services.users import UserService
from inspector_app.services.vault_identity import check_vault
from inspector_app.services.verification import IntegrityVerifier
from inspector_app.settings import LocalConfig

logger = logging.getLogger(__name__)


def build_context(data_dir: Path | None = None, *, clock: Clock | None = None, database_url: str | None = None,
                  password: str | None = None, ask_password=None) -> AppContext:
    """Open (create, back up, migrate) the database and wire the services over it.

    A server database's password is `password`, else the one the OS keyring holds, else what
    `ask_password(address)` returns (a dialog, a terminal prompt), else none (a server that trusts us)."""
    from devices.profiles import profile_names
    from storage.database import open_database, sqlite_url
    from storage.uow import uow_factory
    from storage.locks import held
    from storage.vault import FileVault

    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    config = LocalConfig(config_file(data_dir))
    vault = FileVault(shared_vault_dir(config, data_dir))  # before the database: a refusal leaves nothing open
    url = database_url or config.get("database_url") or sqlite_url(database_file(data_dir))
    engine = _open(url, backup_dir(data_dir), _server_password(url, password), ask_password)
    factory = uow_factory(engine)
    vault.publish_lock = lambda sha256: held(engine, VAULT_OBJECT_LOCK + sha256)  # PCs sharing the vault
    clock = clock or SystemClock()
    profiles = profile_names()
    signer, key_made = load_signer(factory, clock, keys_dir(data_dir))
    audit = AuditTrail(factory, clock, signer)
    factory.on_denied = audit.record_denial
    if key_made:
        audit.record(AuditKind.KEY_CREATED, subject=f"installation_key:{signer.key_id}",
                     details={"public_key": signer.key.public_key, "fingerprint": signer.key.fingerprint})
    keyring = VaultKeyring(factory, clock, audit)
    vault.keyring = keyring  # footage is stored encrypted once the unit has a storage password
    accounts = AccountService(factory, clock, audit)
    unit_settings = UnitSettingsService(factory, audit)
    clock_guard = ClockGuard(factory, clock, audit, unit_settings,
                             monotonic=time.monotonic if isinstance(clock, SystemClock) else None)
    ctx = AppContext(
        data_dir=data_dir, config=config, clock=clock, uow_factory=factory,
        accounts=accounts, users=UserService(factory, clock, audit, keyring),
        recorders=RecorderService(factory, clock, profiles, audit), unit_settings=unit_settings,
        vendor_profiles=profiles, journal=JournalBookService(factory, clock, accounts, unit_settings, audit),
        journal_verifier=JournalVerifier(factory), journal_printer=JournalPrinter(factory, signer),
        vault=vault, signer=signer, audit=audit, clock_guard=clock_guard, engine=engine,
        trusted_time=TrustedTimeService(factory, clock, unit_settings, clock_guard), keyring=keyring,
        review=ReviewService(factory, clock, audit),
        inspections=InspectionsService(factory, clock, audit, lambda: unit_settings.get("timezone")),
        documents=InspectionDocuments(factory, clock, audit, lambda: unit_settings.get("timezone"), signer),
        catalogue=CatalogueService(factory, clock, audit),
    )
    ctx.retention = RetentionService(factory, clock, audit, clock_guard)
    ctx.destruction = DestructionService(factory, clock, audit, ctx.retention, vault, signer,
                                         lambda: unit_settings.get("timezone"))
    ctx.integrity = IntegrityVerifier(ctx)  # it reads the other services from the context
    ctx.catalogue.ensure_starter()  # a unit with no catalogue yet gets the one shipped
    try:
        check_vault(factory, vault)  # every PC stores into the unit's one vault
    except BaseException:
        ctx.close()
        raise
    return ctx


def shared_vault_dir(config: LocalConfig, data_dir: Path) -> Path:
    """The footage vault: the `vault_path` setting (a share several PCs of the unit reach), else the data
    folder's own."""
    configured = config.get("vault_path")
    return Path(configured).expanduser() if configured else vault_dir(data_dir)


def database_settings(ctx: AppContext):
    """This PC's database and vault folder as Settings changes them (services/database_settings.py), with the
    server check of storage/server_probe.py."""
    from inspector_app.services.database_settings import DatabaseSettings
    from storage.database import HEAD_REVISION
    from storage.server_probe import probe

    return DatabaseSettings(ctx, probe, HEAD_REVISION)


def database_move(ctx: AppContext):
    """The move of `ctx`'s unit to a server database (services/database_move.py), wired to this PC."""
    from inspector_app.services.database_move import DatabaseMove
    from storage.database_copy import DatabaseCopier

    def open_on_server(url: str, password: str | None) -> AppContext:
        return build_context(ctx.data_dir, clock=ctx.clock, database_url=url, password=password)

    return DatabaseMove(ctx, DatabaseCopier(ctx.engine, backup_dir(ctx.data_dir)), open_on_server)


def _server_password(url: str, given: str | None) -> str | None:
    """The password given, else the one the OS keyring holds for this server, else none (libpq may still
    find one in $PGPASSWORD or its password file, or the server may not ask)."""
    from inspector_app import database_location

    if given or not database_location.is_server(url):
        return given
    database_location.check_url(url)
    return database_location.stored_password(url)


def _open(url: str, backups: Path, password: str | None, ask):
    """The database opened and migrated; a server that refuses the password is asked again once, through
    `ask(address)` (a dialog, a terminal prompt), when there is someone to ask."""
    from inspector_app import database_location
    from inspector_app.errors import StateError
    from storage.database import open_database

    try:
        return open_database(url, backups, password)
    except StateError as error:
        if error.code != "database_password" or ask is None:
            raise
    answer = ask(database_location.address(url))
    if not answer:
        raise StateError("No password was given for the database server", code="database_password")
    return open_database(url, backups, answer)


def backup_service(ctx: AppContext):
    """Backups of the unit open in `ctx` (services/backup.py) over the storage side of its database and vault."""
    from inspector_app.services.backup import BackupService
    from storage.backup_database import DatabaseArchive
    from storage.vault_backup import VaultArchive

    return BackupService(ctx, DatabaseArchive(ctx.engine), VaultArchive(ctx.vault.root))


def backup_restorer(open_unit=None):
    """Restoring a backup into a new data folder (services/backup_restore.py); `open_unit(data_dir, url)`
    opens the restored copy (default: `build_context` with the PC's clock)."""
    from inspector_app.services.backup_restore import BackupRestorer
    from storage.backup_database import DatabaseRestore

    return BackupRestorer(DatabaseRestore(), open_unit or (lambda data_dir, url: build_context(
        data_dir, database_url=url)))
