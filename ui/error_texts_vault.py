"""Error templates of the footage: the storage password, the vault, ingest, review, retention and evidence packages.

Each maps an `AppError.code` to a translatable template in the "Errors" context whose placeholders are
the `params` the raise site passes; `ui.error_texts.error_text` picks and formats them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = {
    # the storage password of the footage (п.6)
    "wrong_storage_password": QT_TRANSLATE_NOOP("Errors", "Wrong storage password"),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Errors", "Wrong recovery key: type the 32 letters and digits from the sheet in the unit's safe"),
    "not_recovery_key": QT_TRANSLATE_NOOP("Errors", "Not a recovery key: 32 letters and digits in groups of four"),
    "vault_locked": QT_TRANSLATE_NOOP("Errors", "The footage is locked: enter the storage password first"),
    "no_vault_key": QT_TRANSLATE_NOOP("Errors", "The unit has no storage password yet: the head sets it"),
    "vault_key_exists": QT_TRANSLATE_NOOP("Errors", "The storage password is set already"),
    "slot_holder": QT_TRANSLATE_NOOP(
        "Errors", "Only the head and the responsible person hold a storage password (п.6)"),
    "slot_not_appointed": QT_TRANSLATE_NOOP(
        "Errors", "Only the appointed responsible person holds the storage password"),
    "slot_other": QT_TRANSLATE_NOOP("Errors", "Only the head may set another person's storage password"),
    "storage_same_as_sign_in": QT_TRANSLATE_NOOP(
        "Errors", "The storage password must differ from the sign-in password"),
    "storage_same_for_both": QT_TRANSLATE_NOOP(
        "Errors", "The head and the responsible person each have a storage password of their own"),
    # bookmarks and the continuity review
    "bookmark_note_empty": QT_TRANSLATE_NOOP("Errors", "A note needs some text"),
    "bookmark_note_long": QT_TRANSLATE_NOOP("Errors", "The note is too long: at most {max} characters"),
    "bookmark_ref_long": QT_TRANSLATE_NOOP("Errors", "The inspection reference is too long"),
    "bookmark_offsets": QT_TRANSLATE_NOOP("Errors", "The end of a range must not come before its start"),
    "bookmark_beyond": QT_TRANSLATE_NOOP("Errors", "The note lies beyond the end of the recording"),
    "bookmark_superseded": QT_TRANSLATE_NOOP("Errors", "That note has already been corrected"),
    "review_decision_unknown": QT_TRANSLATE_NOOP("Errors", "Choose a decision"),
    "review_comment_empty": QT_TRANSLATE_NOOP("Errors", "A decision needs a comment"),
    "review_comment_long": QT_TRANSLATE_NOOP("Errors", "The comment is too long: at most {max} characters"),
    # retention, legal holds and destruction (п.12, п.6)
    "retention_shortening": QT_TRANSLATE_NOOP(
        "Errors", "The shorter period touches {recordings} stored recording(s): it is made only when confirmed a "
                  "second time"),
    "destruction_unfit": QT_TRANSLATE_NOOP(
        "Errors", "Not every recording chosen may be destroyed now: each must have expired, must not be held and "
                  "must not be on a list awaiting the head"),
    "destruction_same_person": QT_TRANSLATE_NOOP(
        "Errors", "A destruction needs two people: a list is approved by someone other than the person who "
                  "proposed it"),
    "destruction_decided": QT_TRANSLATE_NOOP("Errors", "This destruction list is already decided"),
    "hold_released": QT_TRANSLATE_NOOP("Errors", "This legal hold is already released"),
    "hold_empty": QT_TRANSLATE_NOOP("Errors", "Choose the recordings to hold"),
    "clock_not_trusted": QT_TRANSLATE_NOOP(
        "Errors", "The PC clock is in doubt: the head confirms it in the Audit section first"),
    "retention_months": QT_TRANSLATE_NOOP("Errors", "A retention period is a whole number of months, at least 1"),
    "destruction_empty": QT_TRANSLATE_NOOP("Errors", "Choose at least one recording for the destruction list"),
    "hold_destroyed": QT_TRANSLATE_NOOP(
        "Errors", "Some of the chosen recordings are already destroyed: a legal hold cannot be placed on them"),
    # the footage vault: its folder, its disk and its files
    "vault_disk_full": QT_TRANSLATE_NOOP("Errors", "The disk of the footage vault is full: free some space and try again"),
    "vault_permission": QT_TRANSLATE_NOOP(
        "Errors", "This PC may not write to the footage vault folder: ask the administrator for access"),
    "vault_io": QT_TRANSLATE_NOOP(
        "Errors", "The footage vault could not be read or written: check that its disk or network folder is "
                  "reachable and try again"),
    "vault_source_read": (
        QT_TRANSLATE_NOOP("Errors", "Could not read the file {path} (was the recorder disconnected?): try again"),
        QT_TRANSLATE_NOOP("Errors", "Could not read the files of the recorder (was it disconnected?): dock it again")),
    "vault_size_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The recorder gave {size} bytes instead of {expected}, so nothing was stored: dock it again"),
    "vault_missing": QT_TRANSLATE_NOOP(
        "Errors", "The stored file {sha256} is missing from the footage vault: run the verification in the Audit "
                  "section and tell the head"),
    "vault_shredded": QT_TRANSLATE_NOOP(
        "Errors", "This recording was destroyed: its key is shredded and nobody can read it any more"),
    "vault_tampered": QT_TRANSLATE_NOOP(
        "Errors", "A file of the footage vault was changed or damaged: tell the head at once and run the verification "
                  "in the Audit section"),
    "vault_foreign": QT_TRANSLATE_NOOP(
        "Errors", "The footage vault folder {path} belongs to another unit or installation: set this unit's vault "
                  "folder in the settings"),
    "vault_not_mounted": QT_TRANSLATE_NOOP(
        "Errors", "The footage vault folder {path} is empty and has no mark of this unit: is the unit's network "
                  "folder connected? Check the vault folder in the settings"),
    "vault_bad_name": QT_TRANSLATE_NOOP(
        "Errors", "«{value}» is not the name of a stored file: those are 64 hexadecimal digits"),
    "vault_key_damaged": QT_TRANSLATE_NOOP(
        "Errors", "A key file of the footage vault is damaged: restore it from a backup, and tell the head"),
    "file_key_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The key of this file does not open with the vault key: the file is from another vault or damaged"),
    "sealed_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "This item does not open with the vault key: it is from another vault or damaged"),
    # ingest of a docked recorder
    "duplicate_recording": QT_TRANSLATE_NOOP("Errors", "This recording is already stored (SHA-256 {sha256})"),
    "run_ended": QT_TRANSLATE_NOOP("Errors", "The ingest run {run_id} has already ended: dock the recorder again"),
    # evidence packages (п.14)
    "package_empty": QT_TRANSLATE_NOOP("Errors", "Choose at least one recording for the evidence package"),
    "package_exists": QT_TRANSLATE_NOOP("Errors", "{path} already exists: choose a new name for the package"),
    "package_language": QT_TRANSLATE_NOOP("Errors", "An evidence package is in Kazakh or Russian, not «{lang}»"),
    "package_hash_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "Recording {id} read from the vault does not match its sealed SHA-256, so it is not exported: "
                  "tell the head at once"),
    "package_unsealed": QT_TRANSLATE_NOOP(
        "Errors", "Recording {id} has no seal: it cannot be exported as evidence"),
    "package_not_verified": QT_TRANSLATE_NOOP(
        "Errors", "The written package does not verify, so it was not kept: try again, and tell the head if it "
                  "happens again"),
}
