#!/usr/bin/env bash
# Start the built bundle's self-check offscreen and say whether it works, with its figures.
#
#   bash scripts/check_bundle.sh            after scripts/build_bundle.sh
#
# Runs dist/InspectorApp/InspectorApp --self-check (QT_QPA_PLATFORM=offscreen, from a folder outside the
# source tree, at most INSPECTOR_BUNDLE_TIMEOUT seconds, default 300), checks exit code 0 and its JSON line
# (frozen, resources and Qt translations found inside the bundle, frames played), saves the pictures of the
# main window and the player in dist/self-check/, and prints the bundle's size and file count, the time from
# launch to the start of the check and to its end. Exit code 1 and the bundle's own message when it fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$ROOT/dist/InspectorApp"
TIMEOUT="${INSPECTOR_BUNDLE_TIMEOUT:-300}"
SHOTS="$ROOT/dist/self-check"

log() { printf 'check_bundle: %s\n' "$*"; }
die() { printf 'check_bundle: error: %s\n' "$*" >&2; exit 1; }

EXE="$BUNDLE/InspectorApp"
[[ -x "$EXE" ]] || EXE="$BUNDLE/InspectorApp.exe"
[[ -x "$EXE" ]] || die "no bundle at $BUNDLE: run bash scripts/build_bundle.sh first"
PY="$ROOT/.venv/bin/python"
[[ -x "$PY" ]] || PY="$(command -v python3)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/inspector-bundle-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
rm -rf "$SHOTS"

launched="$("$PY" -c 'import time; print(time.time())')"
status=0
(cd "$WORK" && env -u PYTHONPATH -u PYTHONHOME QT_QPA_PLATFORM=offscreen TMPDIR="$WORK" \
    timeout --kill-after=10 "$TIMEOUT" "$EXE" --self-check --grab "$SHOTS/window.png" \
    >"$WORK/stdout" 2>"$WORK/stderr" </dev/null) || status=$?
ended="$("$PY" -c 'import time; print(time.time())')"

if (( status != 0 )); then
    (( status == 124 || status == 137 )) && log "the self-check did not end within $TIMEOUT s"
    log "exit code $status; the bundle said:"
    grep -v -e '^Input #' -e '^  ' "$WORK/stderr" >&2 || true
    exit 1
fi

size_mb="$(du -sm "$BUNDLE" | cut -f1)"
files="$(find "$BUNDLE" -type f | wc -l)"
BUNDLE="$BUNDLE" LAUNCHED="$launched" ENDED="$ended" SIZE_MB="$size_mb" FILES="$files" \
    "$PY" - "$WORK/stdout" <<'EOF'
import json
import os
import sys

lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
if len(lines) != 1:
    sys.exit(f"check_bundle: error: expected one JSON line, got {len(lines)}: {lines[:3]}")
report = json.loads(lines[0])
bundle = os.path.realpath(os.environ["BUNDLE"])
checks = report["checks"]
inside = lambda path: os.path.realpath(path).startswith(bundle + os.sep)  # noqa: E731
problems = [text for bad, text in (
    (report.get("ok") is not True, "ok is not true"),
    (report.get("frozen") is not True, "not run frozen"),
    (not inside(checks["resources"]["resources_dir"]), "resources found outside the bundle"),
    (not inside(checks["translations"]["qt_translations_dir"]), "Qt's translations found outside the bundle"),
    (checks["translations"]["kk"]["qt"] == "Cancel", "Qt's own Kazakh translation not loaded"),
    (checks["player"]["frames"] < 5 or checks["player"]["advanced_ms"] < 300, "the player did not play"),
) if bad]
if problems:
    sys.exit("check_bundle: error: " + "; ".join(problems) + f"\n{lines[0]}")
launched, ended = float(os.environ["LAUNCHED"]), float(os.environ["ENDED"])
start_s = report["started_at"] - launched
timings = ", ".join(f"{k} {v}" for k, v in report["timings_ms"].items())
print(f"check_bundle: OK: {os.environ['SIZE_MB']} MB, {os.environ['FILES']} files; "
      f"started in {start_s:.1f} s, self-check {report['total_ms'] / 1000:.1f} s, {ended - launched:.1f} s in all")
print(f"check_bundle: steps (ms): {timings}")
print(f"check_bundle: played recording {checks['player']['recording_id']}: {checks['player']['frames']} frames, "
      f"first after {checks['player']['first_frame_ms']} ms; UI font {checks['window']['ui_font']}; "
      f"pictures: {', '.join(checks['grab']['files'])}")
EOF
