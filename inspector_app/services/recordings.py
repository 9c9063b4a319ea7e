"""Reading the stored recordings: only the responsible person and the head (п.13).

The ingest writes recordings without a person (the dock has none); everything that shows them to a
person goes through here and checks `Permission.ACCESS_FOOTAGE` first.
"""

from __future__ import annotations

from inspector_app.domain.audit import AuditKind
from inspector_app.domain.recordings import (
    ClockCheck,
    ContinuityReport,
    IngestRun,
    IssueGroup,
    Recording,
    RecordingFilter,
    RecordingFlag,
)
from inspector_app.domain.roles import Permission
from inspector_app.errors import NotFoundError
from inspector_app.services.common import acting_user
from inspector_app.services.thumbnails import with_thumbnails


class RecordingsService:
    def __init__(self, uow_factory, audit=None, keyring=None) -> None:
        self.uow_factory = uow_factory
        self.audit = audit  # each look at a recording is an audit event (п.13)
        self.keyring = keyring  # opens the encrypted thumbnails while the session has the vault unlocked

    def list(self, actor, flt: RecordingFilter = RecordingFilter(), offset: int = 0,
             limit: int = 200, total: int | None = None) -> list[Recording]:
        """A page of recordings; `total` (this filter's count) lets a page near the end be read from the end."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return with_thumbnails(uow, self.keyring, uow.recordings.list(flt, offset, limit, total))[0]

    def issue_groups(self, actor, entry_ids: list[int]) -> dict[int, IssueGroup]:
        """The journal issues the listed recordings belong to, with their sizes (grouping by visit)."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.recordings.issue_groups(entry_ids)

    def flags_of(self, actor, recording_ids: list[int]) -> dict[int, set[RecordingFlag]]:
        """The flags of each of these recordings (for marking the rows of a page)."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.recordings.flags_of(list(recording_ids))

    def count(self, actor, flt: RecordingFilter = RecordingFilter()) -> int:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.recordings.count(flt)

    def get(self, actor, recording_id: int) -> Recording:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            recording = uow.recordings.get(recording_id)
            if recording is None:
                raise NotFoundError(f"Recording {recording_id} does not exist", what="Recording", id=recording_id)
            return with_thumbnails(uow, self.keyring, [recording])[0][0]

    def view(self, actor, recording_id: int, purpose: str = "details") -> Recording:
        """The recording, shown to `actor`: the look itself is appended to the audit trail."""
        user, recording = self._checked(actor, recording_id)
        self._viewed(user, recording, purpose)
        return recording

    def open_footage(self, actor, recording_id: int, vault, purpose: str = "play"):
        """The recording's content as a seekable stream for the player (decrypted in memory, never on disk):
        for the head and the responsible person only, with the vault unlocked; the opening is audited."""
        user, recording = self._checked(actor, recording_id)
        stream = vault.open(recording.sha256)
        self._viewed(user, recording, purpose)
        return stream

    def _checked(self, actor, recording_id: int):
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            recording = uow.recordings.get(recording_id)
            if recording is None:
                raise NotFoundError(f"Recording {recording_id} does not exist", what="Recording", id=recording_id)
            return user, with_thumbnails(uow, self.keyring, [recording])[0][0]

    def _viewed(self, user, recording: Recording, purpose: str) -> None:
        if self.audit is not None:
            self.audit.record(AuditKind.VIEW, user, subject=f"recording:{recording.id}", recording_id=recording.id,
                              details={"purpose": purpose, "inventory_number": recording.inventory_number,
                                       "file": recording.source_name, "sha256": recording.sha256})

    def continuity(self, actor, entry_id: int) -> ContinuityReport | None:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.recordings.latest_continuity_report(entry_id)

    def clock_check(self, actor, recorder_id: int) -> ClockCheck | None:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.recordings.latest_clock_check(recorder_id)

    def runs(self, actor, recorder_id: int | None = None, limit: int = 100) -> list[IngestRun]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.recordings.runs(recorder_id, limit)
