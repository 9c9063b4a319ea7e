"""Error templates that any area may raise, and those of accounts, the settings, the recorder register, the journal.

Each maps an `AppError.code` to a translatable template in the "Errors" context whose placeholders are
the `params` the raise site passes; `ui.error_texts.error_text` picks and formats them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = {
    # anything that names what it did not find or what was cancelled
    # `what` is translated in the "Things" context (see ui/error_texts.py); a few raise sites give no id
    "not_found": (QT_TRANSLATE_NOOP("Errors", "Not found: {what} {id}"),
                  QT_TRANSLATE_NOOP("Errors", "Not found: {what}")),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "Cancelled: the unfinished part was undone"),
    "no_folder": QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist: choose another one"),
    "integrity": QT_TRANSLATE_NOOP(
        "Errors", "The change clashes with stored data, so nothing was saved: try again, and tell the administrator "
                  "if it happens again"),
    "audit_race": QT_TRANSLATE_NOOP("Errors", "Another event was recorded at the same moment: try again"),
    # accounts, the unit, the settings and the recorder register
    "empty": QT_TRANSLATE_NOOP("Errors", "{field} must not be empty"),
    # a few validators pass no field name: the second template
    "too_long": (QT_TRANSLATE_NOOP("Errors", "{field} is too long: {length} characters, at most {max}"),
                 QT_TRANSLATE_NOOP("Errors", "The text is too long")),
    "control_chars": (QT_TRANSLATE_NOOP("Errors", "{field} contains control characters"),
                      QT_TRANSLATE_NOOP("Errors", "The text contains control characters")),
    "login": QT_TRANSLATE_NOOP("Errors", "Login must be 2 to 32 Latin letters, digits, '.', '-' or '_'"),
    "role": QT_TRANSLATE_NOOP("Errors", "Unknown role: {value}"),
    "login_taken": QT_TRANSLATE_NOOP("Errors", "The login {login} is already taken"),
    "duplicate_inventory": QT_TRANSLATE_NOOP("Errors", "Inventory number {value} is already registered"),
    "bad_credentials": QT_TRANSLATE_NOOP("Errors", "Wrong login or password"),
    "locked": QT_TRANSLATE_NOOP("Errors", "Too many failed tries: the account is locked for 5 minutes"),
    "inactive": QT_TRANSLATE_NOOP("Errors", "This account is disabled"),
    "permission": QT_TRANSLATE_NOOP("Errors", "Your role does not allow this"),
    "password_short": (QT_TRANSLATE_NOOP("Errors", "Password must be at least {min} characters"),
                       QT_TRANSLATE_NOOP("Errors", "The password is too short")),
    "password_long": QT_TRANSLATE_NOOP("Errors", "Password must be at most {max} characters"),
    "password_weak": QT_TRANSLATE_NOOP("Errors", "Password must contain at least one letter and one digit"),
    "bad_old_password": QT_TRANSLATE_NOOP("Errors", "The current password is wrong"),
    "same_password": QT_TRANSLATE_NOOP("Errors", "The new password must differ from the current one"),
    "password_mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords do not match"),
    "same_status": QT_TRANSLATE_NOOP("Errors", "The recorder already has this status"),
    "transition": QT_TRANSLATE_NOOP("Errors", "This status change is not allowed"),
    "written_off": QT_TRANSLATE_NOOP("Errors", "This recorder is written off; its record is closed"),
    "no_change": QT_TRANSLATE_NOOP("Errors", "Nothing was changed"),
    "vendor_profile": QT_TRANSLATE_NOOP("Errors", "Unknown vendor profile: {value}"),
    "same_person": QT_TRANSLATE_NOOP("Errors", "The head and the responsible person must be different people"),
    "already_set_up": QT_TRANSLATE_NOOP("Errors", "The unit is already set up"),
    "disable_self": QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account"),
    "disable_responsible": QT_TRANSLATE_NOOP("Errors", "Appoint another responsible person before disabling this one"),
    "already_responsible": QT_TRANSLATE_NOOP("Errors", "This person is already the responsible person"),
    "appoint_head": QT_TRANSLATE_NOOP("Errors", "The head cannot be appointed the responsible person"),
    "appoint_inactive": QT_TRANSLATE_NOOP("Errors", "A disabled account cannot be appointed"),
    "add_responsible": QT_TRANSLATE_NOOP("Errors", "The responsible person is appointed by the head"),
    "setting_range": QT_TRANSLATE_NOOP("Errors", "The value must be between {min} and {max}"),
    "timezone": QT_TRANSLATE_NOOP("Errors", "Unknown time zone: {name}"),
    # the journal of issue and return
    "enum": QT_TRANSLATE_NOOP("Errors", "Unknown value: {value}"),
    "not_signed_in": QT_TRANSLATE_NOOP("Errors", "Sign in first"),
    "battery_range": QT_TRANSLATE_NOOP("Errors", "Battery charge must be between 0 and 100 %"),
    "battery_low": QT_TRANSLATE_NOOP(
        "Errors", "The battery is at {value} %, below the unit's minimum of {min} %: charge it, or give a reason "
                  "to issue it anyway"),
    "clock_offset": QT_TRANSLATE_NOOP(
        "Errors", "The recorder clock is {offset:+d} s off the PC clock (at most {max} s allowed): set the recorder "
                  "clock first (п.17)"),
    "not_in_store": QT_TRANSLATE_NOOP("Errors", "Recorder {inventory} is not in store"),
    "issue_to_self": QT_TRANSLATE_NOOP("Errors", "A recorder cannot be issued to oneself"),
    "issuer_not_actor": QT_TRANSLATE_NOOP("Errors", "The person issuing the recorder signs as the issuer"),
    "wrong_signer": QT_TRANSLATE_NOOP("Errors", "The person who signs for receipt must be the person receiving"),
    "receiver_not_actor": QT_TRANSLATE_NOOP("Errors", "The person receiving the recorder back signs as the receiver"),
    "wrong_returner": QT_TRANSLATE_NOOP("Errors", "The recorder is returned by the person it was issued to"),
    "not_returnable": QT_TRANSLATE_NOOP("Errors", "This entry is not an open issue"),
    "already_returned": QT_TRANSLATE_NOOP("Errors", "Recorder {inventory} is already returned"),
    "already_stored": QT_TRANSLATE_NOOP("Errors", "The data of this entry is already marked stored"),
    "fault_empty": QT_TRANSLATE_NOOP("Errors", "Describe the fault"),
    "reporter_not_actor": QT_TRANSLATE_NOOP("Errors", "The person reporting the fault signs the report"),
    "not_holder": QT_TRANSLATE_NOOP(
        "Errors", "Only the inspector holding the recorder, or the responsible person, reports its fault"),
    "acknowledged": QT_TRANSLATE_NOOP("Errors", "This notification is already acknowledged"),
    "no_volume": QT_TRANSLATE_NOOP("Errors", "No journal volume is open: open one with its registration index first"),
    "volume_open": QT_TRANSLATE_NOOP("Errors", "A journal volume is already open: close it to start the next"),
    "no_unit": QT_TRANSLATE_NOOP("Errors", "The unit is not set up"),
    "corrector_not_actor": QT_TRANSLATE_NOOP("Errors", "The person correcting the journal signs the correction"),
    "not_correctable": QT_TRANSLATE_NOOP("Errors", "Only issue entries are corrected this way"),
    "already_struck": QT_TRANSLATE_NOOP("Errors", "This entry is already struck through"),
    "returned_at_missing": QT_TRANSLATE_NOOP(
        "Errors", "The struck entry was returned: give the right date and time of return"),
    "return_before_issue": QT_TRANSLATE_NOOP("Errors", "The return cannot come before the issue"),
    "signature_empty": QT_TRANSLATE_NOOP(
        "Errors", "The signature pad is empty: sign with the mouse, a finger or a pen"),
    "strokes_bad": QT_TRANSLATE_NOOP("Errors", "The signature drawing is not valid: clear it and sign again"),
    "strokes_large": QT_TRANSLATE_NOOP("Errors", "The signature drawing is too large: clear it and sign again"),
    "no_key": QT_TRANSLATE_NOOP("Errors", "This person has no signing key yet: they sign in once to make it"),
    "bad_signing_password": QT_TRANSLATE_NOOP(
        "Errors", "A PIN or password is wrong: the signers enter theirs again (wrong tries lock the account)"),
    "serial_taken": QT_TRANSLATE_NOOP("Errors", "Serial number {value} already belongs to recorder {inventory}"),
    "no_inventory": QT_TRANSLATE_NOOP("Errors", "No recorder has the inventory number {value}"),
    "status": QT_TRANSLATE_NOOP("Errors", "Unknown recorder status: {value}"),
    "language": QT_TRANSLATE_NOOP("Errors", "Unknown interface language: {value}"),
    "setting": QT_TRANSLATE_NOOP("Errors", "The value of the setting {key} is not valid"),
    "setting_scope": QT_TRANSLATE_NOOP("Errors", "The setting {key} is not kept here"),
    "setting_unknown": QT_TRANSLATE_NOOP("Errors", "Unknown setting: {key}"),
    "config": QT_TRANSLATE_NOOP(
        "Errors", "The settings file of this PC cannot be read: it is damaged; tell the administrator"),
    "key_kdf": QT_TRANSLATE_NOOP(
        "Errors", "The signing key of this person is protected in a way this program does not know: tell the "
                  "administrator"),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The stored signing key of this person is damaged (it does not match its public half): tell the "
                  "administrator"),
}
