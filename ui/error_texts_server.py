"""Error templates of this PC and the server: the database, the unit's schema, backups, restores, the installation key.

Each maps an `AppError.code` to a translatable template in the "Errors" context whose placeholders are
the `params` the raise site passes; `ui.error_texts.error_text` picks and formats them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = {
    # this PC's database and vault folder
    "database_password": (
        QT_TRANSLATE_NOOP("Errors", "The database server refused the password of {account}"),
        QT_TRANSLATE_NOOP("Errors", "The database server needs a password: enter it and try again")),
    "database_unreachable": QT_TRANSLATE_NOOP("Errors", "The database server of {account} cannot be reached: {reason}"),
    "database_schema_missing": QT_TRANSLATE_NOOP(
        "Errors", "The server has no schema for this unit that this user may use: ask its administrator"),
    "database_kind": QT_TRANSLATE_NOOP(
        "Errors", "Unknown kind of database: give a PostgreSQL server or this PC's file"),
    "database_url": QT_TRANSLATE_NOOP("Errors", "A server database needs a host, a user and a database name"),
    "database_port": QT_TRANSLATE_NOOP("Errors", "The port must be a number from 1 to 65535"),
    "database_schema": QT_TRANSLATE_NOOP(
        "Errors", "The unit's schema must be 2 to 41 small Latin letters, digits or _ and start with a letter"),
    "database_password_in_url": QT_TRANSLATE_NOOP(
        "Errors", "The database password is not kept in the settings: it goes to the system's credential store, "
                  "or is asked for at start-up"),
    "database_password_empty": QT_TRANSLATE_NOOP("Errors", "Enter the password of the database server"),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The system's credential store could not keep the password; untick the box to type it at each "
                  "start"),
    "vault_path_missing": QT_TRANSLATE_NOOP(
        "Errors", "The vault folder {path} does not exist or is not reachable from this PC"),
    "database_sslmode": QT_TRANSLATE_NOOP("Errors", "Unknown TLS mode of the database connection: {value}"),
    "schema_newer": QT_TRANSLATE_NOOP(
        "Errors", "The database (schema {revision}) was made by a newer version of this program: update the program"),
    "schema_upgrade_needs_admin": QT_TRANSLATE_NOOP(
        "Errors", "The unit's database on the server needs an upgrade this account may not make: the server's "
                  "administrator runs «inspector-app server upgrade-unit»"),
    # the unit's schema on a PostgreSQL server, and moving a unit there
    "identifier": QT_TRANSLATE_NOOP(
        "Errors", "{what} must be 2 to 41 small Latin letters, digits or _ and start with a letter"),
    "role_exists": QT_TRANSLATE_NOOP("Errors", "The server already has a role {role}"),
    "schema_exists": QT_TRANSLATE_NOOP("Errors", "The server already has a schema {schema}"),
    "already_on_server": QT_TRANSLATE_NOOP("Errors", "This unit already works on a server database"),
    "target_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "The server database already holds a unit's data: give an empty database (or schema) for this unit"),
    "copy_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The copy on the server differs from this database in the tables {tables}, so nothing was kept on "
                  "the server: try again"),
    "pg_tool_missing": QT_TRANSLATE_NOOP(
        "Errors", "{tool} was not found: install the PostgreSQL client tools on this PC"),
    "pg_tool_failed": QT_TRANSLATE_NOOP("Errors", "{tool} failed: ask the administrator of the database server"),
    # backups and restores
    "backup_exists": QT_TRANSLATE_NOOP("Errors", "{path} already exists: a backup goes into a new folder"),
    "backup_no_database": QT_TRANSLATE_NOOP("Errors", "The database file of this unit is missing: no backup was made"),
    "backup_object_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The vault file {path} is damaged, so no backup was made: run the verification in the Audit section"),
    "backup_not_verified": QT_TRANSLATE_NOOP(
        "Errors", "The backup does not verify, so it is not used: make a new backup or restore another one"),
    "backup_bad_path": QT_TRANSLATE_NOOP(
        "Errors", "The list of files of the backup names a file outside the backup: the backup cannot be trusted"),
    "backup_changed": QT_TRANSLATE_NOOP(
        "Errors", "{path} changed while it was being restored: the backup cannot be trusted"),
    "restore_needs_database": QT_TRANSLATE_NOOP(
        "Errors", "This is a backup of a PostgreSQL database: name the new, empty database to restore it into"),
    "restore_no_database_url": QT_TRANSLATE_NOOP(
        "Errors", "This is a backup of a SQLite database: it is restored into the data folder alone, not into a "
                  "database server"),
    "restore_url_password": QT_TRANSLATE_NOOP(
        "Errors", "The database address holds a password: give the password in PGPASSWORD instead"),
    "restore_database_unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The database to restore into cannot be opened: check its address and password"),
    "restore_target_not_empty": (
        QT_TRANSLATE_NOOP("Errors", "{path} is not empty: a backup is restored only into a new data folder; nothing "
                                    "was touched"),
        QT_TRANSLATE_NOOP("Errors", "The database is not empty: a backup is restored only into a new, empty "
                                    "database; nothing was touched")),
    # the installation key and the secret of this PC that protects it
    "installation_key_locked": QT_TRANSLATE_NOOP(
        "Errors", "The installation key cannot be unlocked on this PC: its secret is missing or belongs to another "
                  "installation; tell the administrator"),
    "installation_key_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The stored installation key is damaged (it does not match its public half): tell the administrator"),
    "machine_secret": QT_TRANSLATE_NOOP(
        "Errors", "Windows refused to protect or unprotect the installation secret: tell the administrator"),
    "machine_secret_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The installation secret of this PC is damaged: tell the administrator"),
}
