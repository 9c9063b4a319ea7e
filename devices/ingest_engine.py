"""Ingest of one docked recorder: identify it, copy every new file into the vault, record it, check the
clock and the continuity, and fill column 6 of the journal once an issue's recordings are all stored.

Plain Python (no Qt): the GUI runs it in its background-job primitive, the headless station and the
`ingest` command call it directly. Order for each file: the vault stores the bytes (one pass, flushed,
renamed), then one unit of work records it. A kill between the two leaves an unreferenced object that
the next dock finds already present and records; never a record without its bytes.

The volume may change after the walk listed it: each file is opened again without following a link or
blocking on a FIFO and must still be a regular file, and the vault refuses one whose size changed (a
recorder still writing it). Such a file is left for the next dock with a line in the log, the others
are stored, and column 6 waits until it is stored too.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import stat
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from devices.media_probe import probe_video_stream
from devices.profiles import profile as find_profile
from devices.safe_walk import show, walk_volume
from inspector_app.ports import RECORDING_LOCK
from inspector_app.domain.journal import Notification
from inspector_app.domain.recordings import (
    IngestRun,
    Recording,
    RecordingKind,
    RunStatus,
    choose_start,
    clock_check,
    continuity,
    end_of,
    entry_for,
    local_to_utc,
)
from inspector_app.domain.audit import AuditKind
from inspector_app.errors import AppError, OperationCancelled, VaultError
from inspector_app.services.sealing import seal_in
from inspector_app.vault_keys import seal_to

logger = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    recorder_id: int | None
    inventory_number: str = ""
    status: str = "done"                 # done / cancelled / failed / unknown_recorder
    serial: str | None = None
    files_seen: int = 0
    files_stored: int = 0
    files_skipped: int = 0
    bytes_stored: int = 0
    entries_completed: list[int] = field(default_factory=list)
    log: list[str] = field(default_factory=list)


Progress = Callable[[int, int, str], None]  # bytes done, bytes total, current file


class SourceRefused(Exception):
    """A listed file that is no longer the file the walk saw: not stored this time, the ingest goes on."""


class IngestEngine:
    def __init__(self, ctx) -> None:
        self.ctx = ctx

    def ingest(self, volume, *, cancel: Callable[[], bool] = lambda: False,
               progress: Progress | None = None) -> IngestSummary:
        """Ingest one detected volume (root, label, profile_name, serial)."""
        ctx = self.ctx
        docked_at = ctx.clock.now()
        summary = IngestSummary(recorder_id=None, serial=volume.serial)
        recorder = ctx.recorders.by_serial(volume.serial or "")
        if recorder is None:
            summary.status = "unknown_recorder"
            summary.log.append(f"Serial {volume.serial or '?'} is not in the register: bind it to an inventory "
                               "number first (п.7)")
            return summary
        summary.recorder_id, summary.inventory_number = recorder.id, recorder.inventory_number
        profile = find_profile(recorder.vendor_profile) or find_profile(volume.profile_name)
        zone = ctx.unit_settings.get("timezone")
        walk = walk_volume(volume.root, profile)
        summary.log += walk.problems
        summary.files_seen = len(walk.files)
        run = self._start_run(recorder.id, volume.label, docked_at)
        recorder_clock = self._read_clock(profile, volume.root, zone)  # at the docking moment, before the copy
        clock_offset = (round((recorder_clock - docked_at).total_seconds()) if recorder_clock else None)
        ctx.audit.record(AuditKind.DOCK, subject=f"recorder:{recorder.id}",
                         details={"inventory_number": recorder.inventory_number, "serial": volume.serial or "",
                                  "volume": volume.label or "", "ingest_run": run.id, "files": len(walk.files),
                                  "refused": len(walk.problems), "recorder_clock_offset_seconds": clock_offset})
        total = sum(f.size for f in walk.files)
        done = 0
        stored: list[Recording] = []
        refused = 0
        try:
            for source in walk.files:
                if cancel():
                    raise OperationCancelled("Ingest cancelled")
                try:
                    recording = self._ingest_file(recorder, profile, zone, source, run, clock_offset, cancel,
                                                  lambda n, base=done, name=source.rel_path:
                                                  progress and progress(base + n, total, name))
                except SourceRefused as error:
                    refused += 1
                    summary.log.append(f"{show(source.rel_path)}: not stored, {error}")
                    recording = None
                done += source.size
                if recording is None:
                    summary.files_skipped += 1
                else:
                    stored.append(recording)
                    summary.files_stored += 1
                    summary.bytes_stored += recording.size
                if progress:
                    progress(done, total, source.rel_path)
        except OperationCancelled:  # between files, or inside the vault's copy (its partial file is removed)
            summary.status = "cancelled"
            summary.log.append("Cancelled; the files stored so far stay stored, the rest come at the next dock")
        except (AppError, OSError) as error:
            summary.status = "failed"
            summary.log.append(f"Stopped: {error}")
            logger.warning("ingest of %s stopped: %s", recorder.inventory_number, error)
        if refused:
            summary.log.append(f"{refused} file(s) not stored this time: column 6 waits for the next dock")
        self._clock_check(recorder, recorder_clock, run, docked_at)
        if summary.status == "done" and not walk.truncated and not refused:
            summary.entries_completed = self._complete_entries(recorder.id, run, docked_at)
        self._finish_run(run, summary)
        logger.info("ingest of %s: %s, %d stored, %d skipped", recorder.inventory_number, summary.status,
                    summary.files_stored, summary.files_skipped)
        return summary

    def stamp_pending(self, cancel: Callable[[], bool] = lambda: False) -> None:
        """Ask the unit's time-stamp authority for the pending tokens (the seals just made among them); with
        no authority set, nothing; with no network they stay pending for a later run."""
        trusted = self.ctx.trusted_time
        if trusted is None or not trusted.url:
            return
        try:
            outcome = trusted.fetch_pending(cancel)
        except AppError as error:
            logger.warning("time-stamps not fetched: %s", error)
            return
        logger.info("time-stamps: %d received, %d refused, %d pending%s", outcome.granted, outcome.failed,
                    outcome.pending, f" ({outcome.message})" if outcome.message else "")

    def _recorded_already(self, uow, sha256: str) -> bool:
        """The same content is never stored twice: recorded before (or by another station), it is let go."""
        if uow.recordings.by_sha256(sha256) is None:
            return False
        self.ctx.vault.forget(sha256)
        return True

    # one file
    def _ingest_file(self, recorder, profile, zone, source, run, clock_offset, cancel, progress) -> Recording | None:
        ctx = self.ctx
        with ctx.uow_factory() as uow:
            if uow.recordings.has_source(recorder.id, source.rel_path, source.size):
                return None  # stored at an earlier dock: a resumed ingest copies only what is missing
        try:
            with _open_source(source) as stream:
                blob = ctx.vault.put(stream, expected_size=source.size, cancel=cancel, progress=progress)
        except VaultError as error:
            if error.code != "vault_size_mismatch":
                raise
            message = str(error)
            raise SourceRefused(f"{message[:1].lower()}{message[1:]} (tried again at the next dock)") from None
        with ctx.uow_factory() as uow:  # before the probe, which reads the whole file
            if self._recorded_already(uow, blob.sha256):
                return None
        kind = RecordingKind(source.kind)
        info = None
        if kind is RecordingKind.VIDEO:  # the facts come from the stored bytes, not from the untrusted volume
            info = probe_video_stream(lambda: ctx.vault.open(blob.sha256), source.rel_path)
        name = source.rel_path.rsplit("/", 1)[-1]
        local = profile.parse_start_local(name) if profile else None
        file_time = datetime.fromtimestamp(source.mtime, tz=timezone.utc)
        start, start_source = choose_start(local, info.container_creation_utc if info else None, file_time, zone)
        readable = info.readable if info else True
        duration = info.duration_seconds if info and readable else None
        thumbnail = info.thumbnail_jpeg if info else None
        public = ctx.keyring.public_key() if ctx.keyring is not None else None
        with ctx.uow_factory.serial(RECORDING_LOCK + blob.sha256) as uow:  # another station may have it now
            if self._recorded_already(uow, blob.sha256):
                return None
            windows = uow.recordings.issue_windows(recorder.id)
            owner = entry_for(start, windows)
            now = ctx.clock.now()
            recording = uow.recordings.add_recording(Recording(
                sha256=blob.sha256, size=blob.size, recorder_id=recorder.id,
                inventory_number=recorder.inventory_number, source_name=source.rel_path, kind=kind,
                ingested_at=now, ingest_run_id=run.id,
                entry_id=owner.entry_id if owner else None, user_id=owner.user_id if owner else None,
                start_utc=start, end_utc=end_of(start, duration), start_source=start_source,
                original_time_text=(profile.start_time_text(name) or "") if profile else "",
                duration_seconds=duration, width=info.width if info else None,
                height=info.height if info else None, fps=info.fps if info else None,
                sequence_number=profile.sequence_number(name) if profile else None, readable=readable,
                thumbnail=None if public and thumbnail else thumbnail))
            if public and thumbnail:  # like the footage it shows: only the storage password opens it
                uow.vault_keys.add_thumbnail(recording.id, seal_to(thumbnail, public))
                recording = dataclasses.replace(recording, thumbnail=thumbnail)  # the seal covers the picture
            seal_in(uow, ctx.signer, recording, serial_number=recorder.serial_number or "",
                    clock_offset_seconds=clock_offset, clock_offset_measured=clock_offset is not None,
                    at=now, tsa_url=ctx.unit_settings.get("tsa_url"))
            uow.commit()
        ctx.audit.record(AuditKind.INGEST, subject=f"recording:{recording.id}", recording_id=recording.id,
                         details={"sha256": recording.sha256, "size": recording.size, "file": source.rel_path,
                                  "inventory_number": recorder.inventory_number, "ingest_run": run.id,
                                  "entry_id": recording.entry_id, "readable": recording.readable})
        if info is not None and not readable:
            logger.warning("%s stored byte for byte but unreadable: %s", source.rel_path, info.error)
        if profile is not None and profile.may_clear_after_verified_copy and ctx.vault.verify(blob.sha256):
            self._clear(source)
        ctx.vault.forget(blob.sha256)  # from now on, reading it takes the storage password
        return recording

    @staticmethod
    def _clear(source) -> None:
        """Remove a file from the recorder: only after the stored copy was re-read and its hash matched."""
        try:
            source.abs_path.unlink()
        except OSError as error:
            logger.warning("could not clear %s from the recorder: %s", source.rel_path, error)

    # the run, the clock, the journal
    def _start_run(self, recorder_id: int, label: str, at: datetime) -> IngestRun:
        with self.ctx.uow_factory() as uow:
            run = uow.recordings.add_run(IngestRun(recorder_id, label or "", at))
            uow.commit()
        return run

    def _finish_run(self, run: IngestRun, summary: IngestSummary) -> None:
        status = {"done": RunStatus.DONE, "cancelled": RunStatus.CANCELLED}.get(summary.status, RunStatus.FAILED)
        finished = IngestRun(run.recorder_id, run.volume_label, run.started_at, self.ctx.clock.now(), status,
                             summary.files_seen, summary.files_stored, summary.files_skipped, summary.bytes_stored,
                             "\n".join(summary.log), run.id)
        with self.ctx.uow_factory() as uow:
            uow.recordings.update_run(finished)
            uow.commit()

    @staticmethod
    def _read_clock(profile, root, zone: str) -> datetime | None:
        local_clock = profile.read_clock(root) if profile else None
        return local_to_utc(local_clock, zone) if local_clock else None

    def _clock_check(self, recorder, recorder_clock: datetime | None, run: IngestRun, docked_at: datetime) -> None:
        ctx = self.ctx
        tolerance = ctx.unit_settings.get("clock_tolerance_seconds")
        with ctx.uow_factory() as uow:
            ends = [r.end_utc or r.start_utc for r in uow.recordings.for_run(run.id) if r.start_utc]
            check = clock_check(docked_at, max(ends, default=None), recorder_clock, tolerance,
                                recorder_id=recorder.id, ingest_run_id=run.id)
            uow.recordings.add_clock_check(check)
            if check.flagged:
                uow.journal.add_notification(Notification(
                    "clock", f"{recorder.inventory_number}: clock {check.offset_seconds:+d} s (п.17)", docked_at,
                    None, recorder.id, None))
            uow.commit()

    def _complete_entries(self, recorder_id: int, run: IngestRun, at: datetime) -> list[int]:
        """Fill column 6 for returned issues whose recordings are all stored now; report their continuity."""
        ctx = self.ctx
        tolerance = ctx.unit_settings.get("gap_tolerance_seconds")
        completed = []
        with ctx.uow_factory() as uow:
            windows = uow.recordings.issue_windows(recorder_id)
            batch = uow.recordings.for_run(run.id)
            touched = {r.entry_id for r in batch if r.entry_id is not None}
            # A return recorded after the docking moment (during the copy) waits for the next dock: column 6
            # must not predate it.
            pending = [w for w in windows if w.returned_at is not None and w.returned_at <= at
                       and uow.journal.storage_of(w.entry_id) is None]
            for window in windows:
                if window.entry_id not in touched and window not in pending:
                    continue
                report = continuity(window, uow.recordings.for_entry(window.entry_id), batch, tolerance, at,
                                    windows=windows)
                uow.recordings.add_continuity_report(report)
            uow.commit()
        for window in pending:
            ctx.journal.record_storage(window.entry_id, at, source="ingest")
            completed.append(window.entry_id)
        return completed


def _open_source(source):
    """The listed file opened again for reading, without following a link or blocking on a FIFO.

    Raises SourceRefused when it is gone, is now a link, or is no longer a regular file.
    """
    flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(source.abs_path, flags)
    except OSError as error:
        raise SourceRefused(f"it cannot be opened as listed ({error.strerror or error}): gone, or now a "
                            "symbolic link") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise SourceRefused("it is no longer a regular file (changed since the listing)")
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise
