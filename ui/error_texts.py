"""Turn an `AppError` into a message in the interface language.

Services raise English messages with a `code` and `params`; known codes have a translatable
template here, unknown ones fall back to the English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from inspector_app.errors import AppError

_TEMPLATES = {
    "empty": QT_TRANSLATE_NOOP("Errors", "{field} must not be empty"),
    "too_long": QT_TRANSLATE_NOOP("Errors", "{field} is too long: {length} characters, at most {max}"),
    "control_chars": QT_TRANSLATE_NOOP("Errors", "{field} contains control characters"),
    "login": QT_TRANSLATE_NOOP("Errors", "Login must be 2 to 32 Latin letters, digits, '.', '-' or '_'"),
    "role": QT_TRANSLATE_NOOP("Errors", "Unknown role: {value}"),
    "login_taken": QT_TRANSLATE_NOOP("Errors", "The login {login} is already taken"),
    "duplicate_inventory": QT_TRANSLATE_NOOP("Errors", "Inventory number {value} is already registered"),
    "bad_credentials": QT_TRANSLATE_NOOP("Errors", "Wrong login or password"),
    "locked": QT_TRANSLATE_NOOP("Errors", "Too many failed tries: the account is locked for 5 minutes"),
    "inactive": QT_TRANSLATE_NOOP("Errors", "This account is disabled"),
    "permission": QT_TRANSLATE_NOOP("Errors", "Your role does not allow this"),
    "password_short": QT_TRANSLATE_NOOP("Errors", "Password must be at least {min} characters"),
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
}
# Field names passed by the domain validators, listed here so they get translated too.
_FIELDS = [
    QT_TRANSLATE_NOOP("Fields", "Inventory number"), QT_TRANSLATE_NOOP("Fields", "Serial number"),
    QT_TRANSLATE_NOOP("Fields", "Model"), QT_TRANSLATE_NOOP("Fields", "Vendor profile"),
    QT_TRANSLATE_NOOP("Fields", "Reason"), QT_TRANSLATE_NOOP("Fields", "Note"),
    QT_TRANSLATE_NOOP("Fields", "Full name"), QT_TRANSLATE_NOOP("Fields", "Position"),
    QT_TRANSLATE_NOOP("Fields", "Unit name (Kazakh)"), QT_TRANSLATE_NOOP("Fields", "Unit name (Russian)"),
    QT_TRANSLATE_NOOP("Fields", "Unit code"), QT_TRANSLATE_NOOP("Fields", "Order reference"),
    QT_TRANSLATE_NOOP("Fields", "Registration index"), QT_TRANSLATE_NOOP("Fields", "Condition"),
    QT_TRANSLATE_NOOP("Fields", "Description of the fault"),
]


def error_text(error: AppError) -> str:
    template = _TEMPLATES.get(error.code)
    if template is None:
        return str(error)
    params = dict(error.params)
    if "field" in params:
        params["field"] = QCoreApplication.translate("Fields", str(params["field"]))
    try:
        return QCoreApplication.translate("Errors", template).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)
