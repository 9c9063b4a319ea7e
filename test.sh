#!/usr/bin/env bash
# Set up (if needed) and run the test suite; arguments go to pytest.
#   bash test.sh                   everything: the whole suite on SQLite and, beside it, the integration
#                                  and UI tests again on a real PostgreSQL server started for the run
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

# The two passes run side by side (one core each); each writes its own log, printed when both ended.
LOGS="$(mktemp -d "${TMPDIR:-/tmp}/inspector-tests.XXXXXX")"
echo "test.sh: the whole suite on SQLite, and the integration and UI tests on PostgreSQL ($INSPECTOR_TEST_PG_URL), side by side"
INSPECTOR_TEST_DB=sqlite "${PYTEST[@]}" --basetemp="$LOGS/tmp-sqlite" >"$LOGS/sqlite.log" 2>&1 &
sqlite_pid=$!
INSPECTOR_TEST_DB=postgresql "${PYTEST[@]}" -p no:cacheprovider --basetemp="$LOGS/tmp-postgresql" \
    tests/integration tests/ui >"$LOGS/postgresql.log" 2>&1 &
postgresql_pid=$!
status=0
wait "$sqlite_pid" || status=1
echo "===== test.sh: the whole suite on SQLite ====="
cat "$LOGS/sqlite.log"
wait "$postgresql_pid" || status=1
echo "===== test.sh: the integration and UI tests on PostgreSQL ====="
cat "$LOGS/postgresql.log"
rm -rf "$LOGS"
exit "$status"
