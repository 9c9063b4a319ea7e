#!/usr/bin/env bash
# Set up (if needed) and run the test suite; arguments go to pytest.
#   bash test.sh                   everything: the whole suite on SQLite, then the integration and UI
#                                  tests again on a real PostgreSQL server started for the run
#   bash test.sh -k recorders -x   a selection, on SQLite (INSPECTOR_TEST_DB=postgresql: on PostgreSQL)
#
# The PostgreSQL server is Debian's (installed by scripts/setup.sh), started on a loopback port by
# scripts/test_postgres.sh and stopped when the run ends; INSPECTOR_TEST_PG_URL set beforehand uses that
# server instead (an administrator's URL, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

bash "$ROOT/scripts/setup.sh" </dev/null

export QT_QPA_PLATFORM=offscreen
PYTEST=("$ROOT/.venv/bin/python" -m pytest)

if [[ -z "${INSPECTOR_TEST_PG_URL:-}" ]]; then
    INSPECTOR_TEST_PG_URL="$(bash "$ROOT/scripts/test_postgres.sh" start)"
    trap 'bash "$ROOT/scripts/test_postgres.sh" stop' EXIT
fi
export INSPECTOR_TEST_PG_URL

if (( $# > 0 )); then
    "${PYTEST[@]}" "$@"
    exit
fi

echo "test.sh: the whole suite on SQLite"
status=0
INSPECTOR_TEST_DB=sqlite "${PYTEST[@]}" || status=$?
echo "test.sh: the integration and UI tests on PostgreSQL ($INSPECTOR_TEST_PG_URL)"
INSPECTOR_TEST_DB=postgresql "${PYTEST[@]}" tests/integration tests/ui || status=$?
exit "$status"
