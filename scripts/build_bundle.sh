#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/InspectorApp/ from build.spec with PyInstaller.
#
#   bash scripts/build_bundle.sh              set up, install PyInstaller if needed, build, then start the
#                                             built bundle's self-check (scripts/check_bundle.sh)
#   bash scripts/build_bundle.sh --no-check   build only
#
# From a clean clone this is the one command: scripts/setup.sh (system libraries, .venv, compiled
# translations), then the `build` extra of pyproject.toml (PyInstaller) into .venv only when it is
# missing or pyproject.toml changed since it was installed, then `pyinstaller --noconfirm --clean`.
# Then scripts/check_bundle.sh starts the built bundle offscreen and runs its self-check (unless --no-check).
#
# Environment: as scripts/setup.sh (PYTHON, INSPECTOR_SKIP_APT).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf 'build_bundle: %s\n' "$*"; }

CHECK=1
for arg in "$@"; do
    case "$arg" in
        --no-check) CHECK=0 ;;
        *) printf 'build_bundle: unknown argument: %s (only --no-check)\n' "$arg" >&2; exit 2 ;;
    esac
done

bash "$ROOT/scripts/setup.sh" </dev/null

VENV_PY="$ROOT/.venv/bin/python"
STAMP="$ROOT/.venv/.build-extra-pyproject.sha256"
WANT="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
HAVE="$(cat "$STAMP" 2>/dev/null || true)"
if [[ "$WANT" != "$HAVE" ]] || ! "$VENV_PY" -c 'import PyInstaller' >/dev/null 2>&1; then
    log "installing the build extra into .venv (pip install -e '.[build]')"
    rm -f "$STAMP"
    "$VENV_PY" -m pip install --quiet -e '.[build]' </dev/null
    printf '%s\n' "$WANT" >"$STAMP"
fi

# The .qm files are compiled by setup.sh; the bundle is useless without them, so say so here.
for lang in kk ru en; do
    [[ -f "resources/translations/inspector_app_$lang.qm" ]] \
        || { printf 'build_bundle: error: resources/translations/inspector_app_%s.qm was not compiled\n' "$lang" >&2; exit 1; }
done

log "pyinstaller $("$VENV_PY" -m PyInstaller --version) -> dist/InspectorApp/"
start=$SECONDS
"$VENV_PY" -m PyInstaller --noconfirm --clean --log-level WARN build.spec </dev/null
elapsed=$((SECONDS - start))

BUNDLE="$ROOT/dist/InspectorApp"
[[ -x "$BUNDLE/InspectorApp" || -f "$BUNDLE/InspectorApp.exe" ]] \
    || { printf 'build_bundle: error: no executable in %s\n' "$BUNDLE" >&2; exit 1; }
size_mb="$(du -sm "$BUNDLE" | cut -f1)"
files="$(find "$BUNDLE" -type f | wc -l)"
log "built $BUNDLE in ${elapsed} s: ${size_mb} MB, ${files} files"

if (( CHECK )); then
    bash "$ROOT/scripts/check_bundle.sh"
fi
