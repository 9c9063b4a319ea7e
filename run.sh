#!/usr/bin/env bash
# Set up (if needed) and start the app.
#   bash run.sh            the real unit (the first start opens the setup wizard)
#   bash run.sh --demo     a demo unit with sample data
#   bash run.sh --help     command-line help
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

# Set-up messages go to stderr and set-up never reads stdin: both stay with the app
# (passwords may be piped in on stdin).
bash "$ROOT/scripts/setup.sh" </dev/null >&2

# The hint matters only when a window is to open: not for a subcommand, --help or --version.
opens_window=1
skip_value=0
for arg in "$@"; do
    if (( skip_value )); then skip_value=0; continue; fi
    case "$arg" in
        -h|--help|--version) opens_window=0 ;;
        --data-dir|--lang) skip_value=1 ;;  # options that take a separate value
        -*) ;;
        *) opens_window=0 ;;  # a command such as init or demo
    esac
done

if (( opens_window )) && [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    printf 'run: no DISPLAY or WAYLAND_DISPLAY is set: the window needs a desktop session.\n' >&2
    printf 'run: (for a headless check use xvfb-run, or QT_QPA_PLATFORM=offscreen)\n' >&2
fi

exec "$ROOT/.venv/bin/inspector-app" "$@"
