#!/usr/bin/env bash
# Build the user guide's PDFs, docs/guide/guide-kk.pdf and docs/guide/guide-ru.pdf, from docs/guide/{kk,ru}/*.md.
#   bash scripts/build_guide.sh                 both languages
#   bash scripts/build_guide.sh --lang ru       one (any options of scripts/build_guide.py)
# The screenshots the chapters show are made by `bash scripts/screenshots.sh`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The .venv with reportlab, and the fonts.
bash "$ROOT/scripts/setup.sh" </dev/null >&2

exec "$ROOT/.venv/bin/python" "$ROOT/scripts/build_guide.py" "$@"
