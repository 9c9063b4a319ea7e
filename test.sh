#!/usr/bin/env bash
# Set up (if needed) and run the test suite; arguments go to pytest.
#   bash test.sh                   everything
#   bash test.sh -k recorders -x   a selection
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

bash "$ROOT/scripts/setup.sh" </dev/null

export QT_QPA_PLATFORM=offscreen
exec "$ROOT/.venv/bin/python" -m pytest "$@"
