"""The subcommands of `inspector-app`, one module per area; `cli.py` parses and runs them.

Each module has `register(commands, common)`, which adds its parsers and sets `handler`
(called as ``handler(ctx, args, passwords) -> Result``) and `needs_unit` on each.
"""

from inspector_app.cli_commands import (
    acts, backup, ingest, integrity, journal, package, recorders, server, setup, users, vault,
)

MODULES = (setup, users, recorders, journal, ingest, integrity, vault, acts, package, backup, server)
