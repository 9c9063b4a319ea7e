#!/usr/bin/env bash
# Render the main screens into docs/screenshots/*.png under a private Xvfb.
#   bash scripts/screenshots.sh                    all shots
#   bash scripts/screenshots.sh --only login-kk    one shot (any options of scripts/screenshots.py)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The .venv, the compiled translations and the system packages (xvfb, xauth, fonts).
bash "$ROOT/scripts/setup.sh" </dev/null >&2

if ! command -v xvfb-run >/dev/null 2>&1; then
    printf 'screenshots: xvfb-run not found. Debian/Ubuntu: sudo apt-get install -y xvfb xauth\n' >&2
    exit 1
fi

exec xvfb-run -a -s "-screen 0 1400x900x24" "$ROOT/.venv/bin/python" "$ROOT/scripts/screenshots.py" "$@"
