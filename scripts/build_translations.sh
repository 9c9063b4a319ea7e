#!/usr/bin/env bash
# Compile the Qt translation sources resources/translations/*.ts into .qm files next to them.
#
#   bash scripts/build_translations.sh            compile .ts -> .qm (only those that changed)
#   bash scripts/build_translations.sh --update   first refresh the .ts files from the Python
#                                                 sources (pyside6-lupdate), then compile
#
# Source strings are English; the .ts files hold Kazakh (kk), Russian (ru) and English (en).
# Vanished strings are dropped (-no-obsolete): translations live in the .ts files under git,
# so nothing is lost that history does not keep.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV_BIN="$ROOT/.venv/bin"
TS_DIR="resources/translations"
LANGUAGES=(kk ru en)
SOURCE_DIRS=(inspector_app ui devices storage)

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

UPDATE=0
for arg in "$@"; do
    case "$arg" in
        --update) UPDATE=1 ;;
        -h|--help) usage; exit 0 ;;
        *) printf 'build_translations: unknown argument: %s\n' "$arg" >&2; usage >&2; exit 2 ;;
    esac
done

tool() {  # the PySide6 wrapper from .venv, else one on PATH
    if [[ -x "$VENV_BIN/$1" ]]; then
        printf '%s\n' "$VENV_BIN/$1"
    elif command -v "$1" >/dev/null 2>&1; then
        command -v "$1"
    else
        printf 'build_translations: %s not found; run scripts/setup.sh first\n' "$1" >&2
        exit 1
    fi
}

mkdir -p "$TS_DIR"

if (( UPDATE )); then
    LUPDATE="$(tool pyside6-lupdate)"
    # lupdate does not scan .py files when given a directory, so list them explicitly.
    mapfile -t SOURCES < <(
        for dir in "${SOURCE_DIRS[@]}"; do
            [[ -d "$dir" ]] && find "$dir" -name '__pycache__' -prune -o -type f -name '*.py' -print
        done | LC_ALL=C sort
    )
    if (( ${#SOURCES[@]} == 0 )); then
        printf 'build_translations: no Python sources found under %s\n' "${SOURCE_DIRS[*]}" >&2
        exit 1
    fi
    for lang in "${LANGUAGES[@]}"; do
        "$LUPDATE" -silent -no-obsolete -locations relative \
            -source-language en -target-language "$lang" \
            "${SOURCES[@]}" -ts "$TS_DIR/inspector_app_$lang.ts"
        printf 'build_translations: updated %s/inspector_app_%s.ts\n' "$TS_DIR" "$lang"
    done
fi

shopt -s nullglob
TS_FILES=("$TS_DIR"/*.ts)
(( ${#TS_FILES[@]} > 0 )) || exit 0

LRELEASE=""
for ts in "${TS_FILES[@]}"; do
    qm="${ts%.ts}.qm"
    [[ -f "$qm" && "$qm" -nt "$ts" ]] && continue
    [[ -n "$LRELEASE" ]] || LRELEASE="$(tool pyside6-lrelease)"
    "$LRELEASE" -silent "$ts" -qm "$qm"
    printf 'build_translations: compiled %s\n' "$qm"
done
