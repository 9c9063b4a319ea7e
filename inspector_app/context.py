"""The application context: everything a window or a command needs, built once by `bootstrap`.

Passed explicitly to windows, dialogs and commands (never fetched from a global), so a test
can build one over a temporary folder with a fixed clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector_app.clock import Clock
from inspector_app.documents.journal_pdf import JournalPrinter
from inspector_app.domain.unit import Unit
from inspector_app.ports import FootageVault, UnitOfWorkFactory
from inspector_app.installation_key import InstallationSigner
from inspector_app.services.accounts import AccountService
from inspector_app.services.audit import AuditTrail
from inspector_app.services.clock_guard import ClockGuard
from inspector_app.services.journal_corrections import JournalBookService
from inspector_app.services.journal_verification import JournalVerifier
from inspector_app.services.recorders import RecorderService
from inspector_app.services.unit_settings import UnitSettingsService
from inspector_app.services.users import UserService
from inspector_app.settings import LocalConfig


@dataclass
class AppContext:
    data_dir: Path
    config: LocalConfig
    clock: Clock
    uow_factory: UnitOfWorkFactory
    accounts: AccountService
    users: UserService
    recorders: RecorderService
    unit_settings: UnitSettingsService
    vendor_profiles: tuple[str, ...]
    journal: JournalBookService
    journal_verifier: JournalVerifier
    journal_printer: JournalPrinter
    vault: FootageVault
    signer: InstallationSigner
    audit: AuditTrail
    clock_guard: ClockGuard
    integrity: Any = None      # IntegrityVerifier (services/verification.py)
    trusted_time: Any = None   # TrustedTimeService (services/trusted_time.py)
    keyring: Any = None        # VaultKeyring (services/storage_keys.py): the storage password
    review: Any = None         # ReviewService (services/review.py): bookmarks and the continuity review
    inspections: Any = None    # InspectionsService (services/inspections.py): inspections and violations
    documents: Any = None      # InspectionDocuments (services/inspection_documents.py): acts, prescriptions
    catalogue: Any = None      # CatalogueService (services/catalogue.py): the normative legal acts
    retention: Any = None      # RetentionService (services/retention.py): rules, legal holds, what expires
    destruction: Any = None    # DestructionService (services/destruction.py): lists, approval, tombstones, acts
    engine: Any = None
    # Filled only for a throw-away demo unit: login -> generated password, shown on the login screen.
    demo_credentials: dict[str, str] = field(default_factory=dict)
    # The demo's generated storage passwords (п.6), login -> password, for the head and the responsible person,
    # shown beside the sign-in passwords; and its recovery key, printed by the demo command only.
    demo_storage_passwords: dict[str, str] = field(default_factory=dict)
    demo_recovery_key: str = ""

    def unit(self) -> Unit | None:
        with self.uow_factory() as uow:
            return uow.units.get()

    def timezone(self) -> str:
        return self.unit_settings.get("timezone")

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
