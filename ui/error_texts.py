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
    # inspections, their violations and documents (п.14)
    "bin_iin_empty": QT_TRANSLATE_NOOP("Errors", "Enter the BIN or IIN of the subject of control"),
    "bin_iin_format": QT_TRANSLATE_NOOP("Errors", "The BIN or IIN must be digits only, not «{value}»"),
    "bin_iin_length": QT_TRANSLATE_NOOP("Errors", "The BIN or IIN has 12 digits, not {length}"),
    "bin_iin_checksum": QT_TRANSLATE_NOOP(
        "Errors", "The BIN or IIN {value} is not valid: its check digit does not match (a typing mistake?)"),
    "bin_iin_kind": QT_TRANSLATE_NOOP("Errors", "{value} is neither a valid BIN nor a valid IIN"),
    "iin_century_sex": QT_TRANSLATE_NOOP("Errors", "The IIN {value} is not valid: its 7th digit must be 1 to 6"),
    "iin_birth_date": QT_TRANSLATE_NOOP("Errors", "The IIN {value} is not valid: it holds no real date of birth"),
    "bin_entity_type": QT_TRANSLATE_NOOP("Errors", "The BIN {value} is not valid: its 5th digit must be 4, 5 or 6"),
    "bin_division": QT_TRANSLATE_NOOP("Errors", "The BIN {value} is not valid: its 6th digit must be 0 to 3"),
    "bin_registration_date": QT_TRANSLATE_NOOP(
        "Errors", "The BIN {value} is not valid: its registration month is impossible"),
    "inspection_no_inspector": QT_TRANSLATE_NOOP("Errors", "Choose the lead inspector of the inspection"),
    "inspection_period": QT_TRANSLATE_NOOP("Errors", "The inspection ends before it begins"),
    "inspection_basis_date": QT_TRANSLATE_NOOP(
        "Errors", "The act of appointment is dated after the inspection began"),
    "inspection_not_own": QT_TRANSLATE_NOOP("Errors", "An inspector makes only inspections they take part in"),
    "inspection_inspector": QT_TRANSLATE_NOOP("Errors", "Only active inspectors take part in an inspection"),
    "inspection_entry": QT_TRANSLATE_NOOP("Errors", "Only issues of recorders in the journal can be linked"),
    "inspection_entry_not_own": QT_TRANSLATE_NOOP(
        "Errors", "A linked journal issue must be to one of the inspection's inspectors"),
    "inspection_follows": QT_TRANSLATE_NOOP("Errors", "The violation checked by this visit does not exist"),
    "not_own_inspection": QT_TRANSLATE_NOOP("Errors", "This inspection is another inspector's"),
    "violation_empty": QT_TRANSLATE_NOOP("Errors", "Describe the violation"),
    "violation_no_requirement": QT_TRANSLATE_NOOP("Errors", "Choose the requirement breached from the catalogue"),
    "violation_requirement": QT_TRANSLATE_NOOP("Errors", "The catalogue has no requirement «{requirement}»"),
    "violation_deadline": QT_TRANSLATE_NOOP(
        "Errors", "The deadline to eliminate a violation cannot come before the inspection ends or the document "
                  "is drawn up"),
    "violation_issued": QT_TRANSLATE_NOOP(
        "Errors", "A violation printed in an issued document stays: issue a replacing document instead"),
    "violation_eliminated": QT_TRANSLATE_NOOP("Errors", "This violation is already marked eliminated"),
    "elimination_date": QT_TRANSLATE_NOOP("Errors", "The date of elimination is in the future"),
    "evidence_not_own": QT_TRANSLATE_NOOP("Errors", "That recording is not from this inspection's recorders"),
    "evidence_bookmark": QT_TRANSLATE_NOOP("Errors", "That bookmark is not on the recording chosen"),
    "evidence_still": QT_TRANSLATE_NOOP("Errors", "That still was not taken from the recording chosen"),
    "evidence_still_hash": QT_TRANSLATE_NOOP("Errors", "A still's SHA-256 must be 64 hexadecimal digits"),
    "prescription_no_act": QT_TRANSLATE_NOOP("Errors", "A prescription follows an issued act: issue the act first"),
    "prescription_empty": QT_TRANSLATE_NOOP("Errors", "A prescription needs at least one violation"),
    "document_language": QT_TRANSLATE_NOOP("Errors", "A document is in Kazakh, Russian or both"),
    "document_date": QT_TRANSLATE_NOOP("Errors", "The document cannot be dated before the inspection began"),
    "document_no_representative": QT_TRANSLATE_NOOP(
        "Errors", "The inspection names no representative of the subject: add one to the inspection first"),
    "document_altered": QT_TRANSLATE_NOOP(
        "Errors", "The stored document no longer matches its SHA-256: tell the head at once"),
    "document_number_busy": QT_TRANSLATE_NOOP(
        "Errors", "Documents are being issued elsewhere at the same moment: try again"),
    "document_replaces": QT_TRANSLATE_NOOP(
        "Errors", "The document replaced must be this inspection's, of the same kind"),
    "document_replaced": QT_TRANSLATE_NOOP("Errors", "That document is already replaced"),
    "key_file_missing": QT_TRANSLATE_NOOP("Errors", "Choose the key file (.p12 or .pfx)"),
    "pkcs12_bad_password": QT_TRANSLATE_NOOP("Errors", "Wrong password for the key file"),
    "pkcs12_malformed": QT_TRANSLATE_NOOP("Errors", "The file is not a PKCS#12 key file (.p12, .pfx)"),
    "pkcs12_no_key": QT_TRANSLATE_NOOP("Errors", "The key file holds no private key with its certificate"),
    "pkcs12_not_rsa": QT_TRANSLATE_NOOP("Errors", "The key is not an RSA key; only RSA keys are supported"),
    "pkcs12_key_mismatch": QT_TRANSLATE_NOOP("Errors", "The certificate in the key file is not the key's"),
    "certificate_expired": QT_TRANSLATE_NOOP("Errors", "The certificate of the key has expired"),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP("Errors", "The certificate of the key is not valid yet"),
    "ncalayer_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "NCALayer is not running or cannot be reached: start NCALayer and try again"),
    "ncalayer_timeout": QT_TRANSLATE_NOOP("Errors", "NCALayer did not answer in time"),
    "ncalayer_closed": QT_TRANSLATE_NOOP("Errors", "NCALayer closed the connection"),
    "ncalayer_cancelled": QT_TRANSLATE_NOOP("Errors", "Signing was cancelled in NCALayer"),
    "ncalayer_refused": QT_TRANSLATE_NOOP("Errors", "NCALayer refused to sign"),
    "signature_mismatch": QT_TRANSLATE_NOOP("Errors", "The signature was made over another document"),
    "signature_invalid": QT_TRANSLATE_NOOP("Errors", "The signature does not verify"),
    "catalogue": QT_TRANSLATE_NOOP("Errors", "The catalogue file has mistakes; nothing was imported"),
    "catalogue_file": QT_TRANSLATE_NOOP("Errors", "The catalogue file must be a UTF-8 CSV of at most 5 MB"),
    "catalogue_denied": QT_TRANSLATE_NOOP("Errors", "Your role does not work with inspections"),
    "badge_language": QT_TRANSLATE_NOOP("Errors", "A badge is in Kazakh, Russian or both"),
    # this PC's database and vault folder
    "database_password": QT_TRANSLATE_NOOP("Errors", "The database server refused the password of {account}"),
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
