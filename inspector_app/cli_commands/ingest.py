"""`ingest --from PATH`, `station` and `recordings list`: footage without the window (п.11, п.13).

`ingest` takes one mounted recorder volume and exits; `station` watches for docked recorders and
ingests each as it appears (a PC beside the docking station), until Ctrl+C. Both act as the
responsible person or the head (`--as`), whose password comes from $INSPECTOR_APP_PASSWORD or stdin.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.context import AppContext
from inspector_app.domain.roles import Permission, require
from inspector_app.errors import NotFoundError, ValidationError

logger = logging.getLogger(__name__)


def register(commands, common: argparse.ArgumentParser) -> None:
    ingest = commands.add_parser("ingest", parents=[common], help="ingest one mounted recorder volume and exit")
    ingest.add_argument("--from", dest="root", required=True, metavar="PATH", help="the volume's mount point")
    ingest.add_argument("--label", default="", metavar="TEXT", help="the volume label, if the profile needs it")
    add_actor(ingest)
    ingest.set_defaults(handler=run_ingest, needs_unit=True)

    station = commands.add_parser("station", parents=[common], help="watch for docked recorders and ingest them")
    station.add_argument("--interval-ms", type=int, default=2000, metavar="MS", help="how often to look (2000)")
    station.add_argument("--watch", metavar="FOLDER",
                         help="look only at the folders inside FOLDER (where a docking station mounts its "
                              "recorders, e.g. /media/dock) instead of every mounted volume")
    add_actor(station)
    station.set_defaults(handler=run_station, needs_unit=True)

    recordings = commands.add_parser("recordings", help="stored recordings (responsible person and head only)")
    actions = recordings.add_subparsers(dest="action", metavar="{list}", required=True,
                                        parser_class=type(recordings))
    listing = actions.add_parser("list", parents=[common], help="list stored recordings")
    listing.add_argument("--recorder", metavar="INVENTORY", help="only this recorder's")
    listing.add_argument("--limit", type=int, default=200, metavar="N")
    add_actor(listing)
    listing.set_defaults(handler=run_list, needs_unit=True)


def _engine_and_actor(ctx: AppContext, args, passwords: PasswordReader):
    from devices.ingest_engine import IngestEngine

    actor = sign_in(ctx, args.actor, passwords)
    require(actor, Permission.ACCESS_FOOTAGE)
    return IngestEngine(ctx), actor


def run_ingest(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    from devices.profiles import all_profiles
    from devices.volumes import identify

    engine, _actor = _engine_and_actor(ctx, args, passwords)
    root = Path(args.root)
    if not root.is_dir():
        raise ValidationError(f"{root} is not a folder", code="not_a_folder")
    volume = identify(root, args.label, all_profiles())
    if volume is None:
        raise NotFoundError(f"No recorder profile recognises {root}", code="not_a_recorder")
    summary = engine.ingest(volume)
    engine.stamp_pending()  # the new seals' trusted time, when the unit has an authority (offline: later)
    text = (f"{summary.inventory_number or volume.serial or '?'}: {summary.status}, {summary.files_stored} stored, "
            f"{summary.files_skipped} already there, {summary.bytes_stored} bytes")
    result = Result("\n".join([text, *summary.log]), {"ingest": _summary_json(summary)})
    if summary.status not in ("done",):
        result.error, result.code = f"ingest {summary.status}", summary.status
    return result


def run_station(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    from PySide6.QtCore import QCoreApplication

    from ui.station import Station

    engine, _actor = _engine_and_actor(ctx, args, passwords)
    app = QCoreApplication.instance() or QCoreApplication([])
    station = Station(engine, interval_ms=args.interval_ms,
                      roots_provider=_folders_in(Path(args.watch)) if args.watch else None)
    station.finished.connect(lambda volume, summary: print(
        f"{summary.inventory_number or summary.serial or volume.root}: {summary.status}, "
        f"{summary.files_stored} stored, {summary.files_skipped} already there", flush=True))
    station.failed.connect(lambda volume, message: print(f"{volume.root}: failed: {message}", flush=True))
    _quit_on_signals(app)
    station.start()
    print(f"Station watching {'folders in ' + args.watch if args.watch else 'mounted volumes'}; Ctrl+C stops.",
          flush=True)
    code = app.exec()
    station.stop()
    return Result(f"Station stopped ({code}); {station.ingested} volume(s) ingested.", {"ingested": station.ingested})


def _folders_in(folder: Path):
    def roots() -> list[tuple[Path, str]]:
        try:
            return sorted((p, p.name) for p in folder.iterdir() if p.is_dir() and not p.is_symlink())
        except OSError:
            return []
    return roots


def _quit_on_signals(app) -> None:
    """Ctrl+C and SIGTERM stop the event loop; running ingests are cancelled and waited for (their partial
    copies are removed), so stopping the station never leaves half a file."""
    import signal

    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_args: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)  # lets Python run the signal handlers
    timer.start(300)


def run_list(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    from inspector_app.cli_commands.output import table
    from inspector_app.domain.recordings import RecordingFilter
    from inspector_app.services.recordings import RecordingsService

    actor = sign_in(ctx, args.actor, passwords)
    recorder_id = ctx.recorders.by_inventory(actor, args.recorder).id if args.recorder else None
    items = RecordingsService(ctx.uow_factory).list(actor, RecordingFilter(recorder_id=recorder_id), 0, args.limit)
    rows = [(r.id, r.inventory_number, r.source_name, r.start_utc.isoformat() if r.start_utc else "",
             f"{r.duration_seconds:.1f}" if r.duration_seconds else "", r.sha256[:16],
             "" if r.readable else "unreadable") for r in items]
    text = table(("id", "recorder", "file", "start (UTC)", "seconds", "sha256", ""), rows) if rows else \
        "No recordings."
    return Result(text, {"recordings": [_recording_json(r) for r in items]})


def _summary_json(summary) -> dict:
    return {"recorder": summary.inventory_number, "serial": summary.serial, "status": summary.status,
            "files_seen": summary.files_seen, "files_stored": summary.files_stored,
            "files_skipped": summary.files_skipped, "bytes_stored": summary.bytes_stored,
            "entries_completed": summary.entries_completed, "log": summary.log}


def _recording_json(r) -> dict:
    return {"id": r.id, "recorder": r.inventory_number, "source_name": r.source_name, "kind": r.kind.value,
            "sha256": r.sha256, "size": r.size, "entry_id": r.entry_id, "user_id": r.user_id,
            "start_utc": r.start_utc.isoformat() if r.start_utc else None,
            "end_utc": r.end_utc.isoformat() if r.end_utc else None, "start_source": r.start_source.value,
            "original_time_text": r.original_time_text, "duration_seconds": r.duration_seconds,
            "width": r.width, "height": r.height, "fps": r.fps, "readable": r.readable,
            "ingested_at": r.ingested_at.isoformat()}
