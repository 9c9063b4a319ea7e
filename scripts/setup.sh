#!/usr/bin/env bash
# One-time (and every-time) set-up: system libraries, the .venv, compiled translations.
# Idempotent: on a machine that is already set up it does no apt or pip work and
# finishes in about a second.
#
# Environment:
#   PYTHON                  interpreter used to create .venv (default: python3; must be >= 3.11)
#   INSPECTOR_SKIP_APT=1    do not check or install Debian packages (non-Debian machines)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# --- Python interpreter -------------------------------------------------------

PYTHON="${PYTHON:-python3}"
VENV="$ROOT/.venv"
VENV_PY="$VENV/bin/python"

python_ok() {  # $1: interpreter; true if it is >= 3.11 and can build a venv with pip
    "$1" -c 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

venv_ok() {
    [[ -x "$VENV_PY" ]] && "$VENV_PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

# --- System libraries (Debian / Ubuntu) -----------------------------------------

APT_PACKAGES=(
    libpulse0             # QtMultimedia
    libxcb-icccm4         # xcb platform plugin
    libxcb-keysyms1
    libegl1
    libgl1
    libxkbcommon-x11-0
    libxcb-cursor0
    libfontconfig1
    libdbus-1-3
    xvfb                  # headless X for screenshots and playback checks
    xauth
    poppler-utils         # pdffonts / pdftotext in PDF tests
    fonts-dejavu-core     # a system font with all Kazakh letters
    postgresql-client     # pg_dump / pg_restore for backups of a PostgreSQL database
    postgresql            # the server the tests and benchmarks start on loopback (scripts/test_postgres.sh)
    openssl               # its TLS certificate; and the tests check signatures with it
)

# A fresh Debian without a suitable Python gets Debian's own (3.11 on Debian 12).
if ! venv_ok && ! python_ok "$PYTHON" && [[ "$PYTHON" == python3 ]]; then
    APT_PACKAGES+=(python3 python3-venv)
fi

missing_packages() {
    local pkg status
    for pkg in "${APT_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == installed ]] || printf '%s\n' "$pkg"
    done
}

if [[ "${INSPECTOR_SKIP_APT:-0}" != 1 ]]; then
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "dpkg-query not found: not a Debian/Ubuntu system; skipping the system-package check."
        log "Install the equivalents of: ${APT_PACKAGES[*]}"
    else
        mapfile -t MISSING < <(missing_packages)
        if (( ${#MISSING[@]} > 0 )); then
            if [[ "$(id -u)" == 0 ]]; then
                log "installing system packages: ${MISSING[*]}"
                export DEBIAN_FRONTEND=noninteractive
                apt-get update -qq </dev/null
                apt-get install -y -qq --no-install-recommends "${MISSING[@]}" </dev/null >/dev/null
            else
                printf 'setup: error: missing system packages: %s\n' "${MISSING[*]}" >&2
                printf 'setup: install them with:\n\n    sudo apt-get install -y %s\n\n' "${MISSING[*]}" >&2
                printf 'setup: then run this command again.\n' >&2
                exit 1
            fi
        fi
    fi
fi

# --- Virtual environment --------------------------------------------------------

if [[ -e "$VENV" ]] && ! venv_ok; then
    log "existing .venv is unusable (missing or older than Python 3.11); recreating it"
    rm -rf "$VENV"
fi

if [[ ! -e "$VENV" ]]; then
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        die "'$PYTHON' not found. Install Python 3.11 or newer (Debian/Ubuntu: apt-get install python3 python3-venv) or set PYTHON=/path/to/python3.11."
    fi
    if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
        die "Python 3.11 or newer is required; '$PYTHON' is $("$PYTHON" -c 'import platform; print(platform.python_version())'). Set PYTHON=/path/to/python3.11 or newer."
    fi
    if ! python_ok "$PYTHON"; then
        die "'$PYTHON' cannot create virtual environments (the venv/ensurepip modules are missing). Debian/Ubuntu: apt-get install python3-venv."
    fi
    log "creating .venv with $("$PYTHON" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
    "$PYTHON" -m venv "$VENV"
fi

# Reinstall only when pyproject.toml changed since the last successful install.
STAMP="$VENV/.setup-pyproject.sha256"
WANT="$(VENV_PY_HASH_FILE="$ROOT/pyproject.toml" "$VENV_PY" -c \
    'import hashlib, os; print(hashlib.sha256(open(os.environ["VENV_PY_HASH_FILE"], "rb").read()).hexdigest())')"
HAVE="$(cat "$STAMP" 2>/dev/null || true)"
if [[ "$WANT" != "$HAVE" || ! -x "$VENV/bin/inspector-app" ]]; then
    log "installing Python packages into .venv (pip install -e '.[test]')"
    rm -f "$STAMP"
    "$VENV_PY" -m pip install --quiet -e '.[test]' </dev/null
    printf '%s\n' "$WANT" >"$STAMP"
fi

# --- Translations ---------------------------------------------------------------

bash "$ROOT/scripts/build_translations.sh"
