"""Error templates of inspections and their documents: templates, CMS signatures, NCALayer, time-stamps, catalogue.

Each maps an `AppError.code` to a translatable template in the "Errors" context whose placeholders are
the `params` the raise site passes; `ui.error_texts.error_text` picks and formats them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = {
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
    # document templates and the languages documents are printed in
    "template": (
        QT_TRANSLATE_NOOP("Errors", "The document template {kind}/{lang} is missing or damaged: reinstall the program"),
        QT_TRANSLATE_NOOP("Errors", "The document template is damaged (its entry «{key}»): reinstall the program")),
    "template_language": QT_TRANSLATE_NOOP("Errors", "There is no document template in the language «{lang}»"),
    "print_language": QT_TRANSLATE_NOOP("Errors", "The journal is printed in Kazakh or Russian, not «{lang}»"),
    "export_language": QT_TRANSLATE_NOOP("Errors", "This is printed in Kazakh or Russian only"),
    "export_format": QT_TRANSLATE_NOOP("Errors", "The audit trail is exported to a .pdf or a .csv file: choose one"),
    "catalogue_language": QT_TRANSLATE_NOOP(
        "Errors", "A text of the catalogue is in Kazakh (kk) or Russian (ru), not «{lang}»"),
    "iin_expected": QT_TRANSLATE_NOOP(
        "Errors", "{value} is a BIN (of a legal entity): the IIN of a person is expected here"),
    "bin_expected": QT_TRANSLATE_NOOP(
        "Errors", "{value} is an IIN (of a person): the BIN of a legal entity is expected here"),
    # CMS signatures of documents
    "signature_malformed": QT_TRANSLATE_NOOP("Errors", "The signature is damaged or is not a CMS signature"),
    "signature_signers": QT_TRANSLATE_NOOP(
        "Errors", "A signature must have exactly one signer; this one has {count}"),
    "signature_algorithm": QT_TRANSLATE_NOOP(
        "Errors", "The signature is made in a way this program does not check: only SHA-256 with RSA is supported"),
    "signature_no_certificate": QT_TRANSLATE_NOOP("Errors", "The signer's certificate is not in the signature"),
    "signature_key_usage": QT_TRANSLATE_NOOP("Errors", "The signer's certificate is not meant for signing"),
    "signature_certificate_expired": QT_TRANSLATE_NOOP(
        "Errors", "A certificate of the signature was not valid at the signing time: {subject}"),
    "signature_untrusted": (
        QT_TRANSLATE_NOOP("Errors", "The signer's certificate does not lead to a trusted root certificate "
                                    "(issued by {issuer})"),
        QT_TRANSLATE_NOOP("Errors", "The signer's certificate does not lead to a trusted root certificate")),
    "signing_time_naive": QT_TRANSLATE_NOOP("Errors", "The signing time must carry a time zone"),
    # NCALayer
    "ncalayer_url": QT_TRANSLATE_NOOP("Errors", "The NCALayer address must start with wss:// or ws://"),
    "ncalayer_locale": QT_TRANSLATE_NOOP("Errors", "Unknown NCALayer language: {locale}"),
    "ncalayer_empty_data": QT_TRANSLATE_NOOP("Errors", "There is nothing to sign"),
    "ncalayer_protocol": (
        QT_TRANSLATE_NOOP("Errors", "NCALayer did not accept the request ({ncalayer_code}): update NCALayer and "
                                    "try again"),
        QT_TRANSLATE_NOOP("Errors", "NCALayer gave an answer this program does not understand: update NCALayer and "
                                    "try again")),
    # RFC 3161 time-stamps
    "tsa_url": QT_TRANSLATE_NOOP("Errors", "The time-stamp authority address must start with http:// or https://"),
    "tsa_pem": QT_TRANSLATE_NOOP(
        "Errors", "Not a PEM certificate: the text must contain -----BEGIN CERTIFICATE-----"),
    "tsa_trust": QT_TRANSLATE_NOOP(
        "Errors", "The certificate of the time-stamp authority in the settings is not valid PEM: set it again"),
    "tsa_digest": QT_TRANSLATE_NOOP("Errors", "A time-stamp is asked for a SHA-256 digest of 32 bytes"),
    "tsa_unavailable": (
        QT_TRANSLATE_NOOP("Errors", "The time-stamp authority answered with HTTP error {http_status}: the time-stamps "
                                    "wait and are asked for again later"),
        QT_TRANSLATE_NOOP("Errors", "The time-stamp authority cannot be reached: the time-stamps wait and are asked "
                                    "for again later")),
    "tsa_invalid": (
        QT_TRANSLATE_NOOP("Errors", "The time-stamp authority refused the request (status {status}): check its "
                                    "address in the settings"),
        QT_TRANSLATE_NOOP("Errors", "The answer of the time-stamp authority is not a valid time-stamp, so it was not "
                                    "kept: check its address and certificate in the settings")),
}
