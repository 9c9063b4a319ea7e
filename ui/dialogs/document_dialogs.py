"""Dialogs of an inspection's documents: issuing an act or a prescription, signing one with a PKCS#12 key file,
and choosing the languages of the badge of п.16.

The issue dialog only gathers what is printed (language, place, when it was drawn up, the representative's
acknowledgement or refusal); the page issues in the background. The key file dialog signs at once: the password
is read from its field for the one call and the field is cleared; it is never stored or logged.
"""

from __future__ import annotations

from datetime import datetime, timezone as dt_timezone
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from inspector_app.documents.inspection_content import Acknowledged, Official, Refused
from inspector_app.domain.inspections import DocumentKind, Inspection
from inspector_app.errors import ValidationError
from inspector_app.timezones import to_local, zone
from ui.formats import format_local
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.inspection_fields import date_edit, date_of
from ui.models.inspection_models import document_kind_label, language_label
from ui.widgets import form_row

DOCUMENT_LANGUAGES = ("kk", "ru", "kk+ru")
KEY_FILE_MAX = 1_000_000


class IssueDocumentDialog(FormDialog):
    """What an act or a prescription prints besides the inspection: `result_value` is a dict of `issue()`'s
    keyword arguments (lang, drawn_up_at, place, acknowledgement, replaces_id). `replaceable` are the documents
    of that kind not yet replaced: a corrected one names the one it replaces, which stays (frozen)."""

    def __init__(self, inspection: Inspection, kind: DocumentKind, lead: Official, timezone: str, now: datetime,
                 lang: str = "kk", replaceable=(), parent=None) -> None:
        super().__init__(parent)
        self.inspection, self.kind, self.lead, self.timezone = inspection, DocumentKind(kind), lead, timezone
        self.setObjectName("issueDocumentDialog")
        data = inspection.data
        self.language = self.add_row(QComboBox(objectName="documentLanguageCombo"))
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.place = self.add_row(QLineEdit(data.place, objectName="documentPlaceEdit"))
        self.drawn_up_at = self.add_row(QDateTimeEdit(objectName="drawnUpAtEdit"))
        self.drawn_up_at.setCalendarPopup(True)
        self.drawn_up_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        local_now = to_local(now, timezone).replace(tzinfo=None, second=0, microsecond=0)
        self.drawn_up_at.setDateTime(QDateTime(local_now))
        self.acknowledgement = self.add_row(QComboBox(objectName="acknowledgementCombo"))
        for key in ("blank", "acknowledged", "refused"):
            self.acknowledgement.addItem("", key)
        self.acknowledged_on = self.add_row(date_edit("acknowledgedOnEdit", self.drawn_up_at.date().toPython()))
        self.refusal_note = self.add_row(QLineEdit(objectName="refusalNoteEdit"))
        self.replaces = self.add_row(QComboBox(objectName="replacesCombo"))  # a corrected document replaces one
        self.replaces.addItem("", None)
        for doc in replaceable:
            self.replaces.addItem("", doc)
        self.replaces.setVisible(bool(replaceable))
        self.form.labelForField(self.replaces).setVisible(bool(replaceable))
        self.representative = QLabel(objectName="representativeLabel")
        self.representative.setWordWrap(True)
        self.form.addRow(self.representative)
        self.acknowledgement.currentIndexChanged.connect(self._acknowledgement_changed)
        self.retranslate()
        self._acknowledgement_changed()

    def retranslate(self) -> None:
        what = document_kind_label(self.kind)
        self.setWindowTitle(self.tr("Issue: {0}").format(what))
        for index, code in enumerate(DOCUMENT_LANGUAGES):
            self.language.setItemText(index, language_label(code))
        for index, text in enumerate((self.tr("Left blank (filled in by hand)"),
                                      self.tr("Acknowledged by the representative"),
                                      self.tr("The representative refused to sign"))):
            self.acknowledgement.setItemText(index, text)
        self.set_label(self.language, self.tr("Language"))
        self.set_label(self.place, self.tr("Place of drawing up"))
        self.set_label(self.drawn_up_at, self.tr("Drawn up at"))
        self.set_label(self.acknowledgement, self.tr("Acknowledgement"))
        self.set_label(self.acknowledged_on, self.tr("On"))
        self.set_label(self.refusal_note, self.tr("Note on the refusal"))
        self.set_label(self.replaces, self.tr("Replaces"))
        self.replaces.setItemText(0, self.tr("Nothing: a new document"))
        for index in range(1, self.replaces.count()):
            doc = self.replaces.itemData(index)
            self.replaces.setItemText(index, self.tr("№ {0} of {1} ({2})").format(
                doc.number, format_local(doc.issued_at, self.timezone, "%d.%m.%Y"), language_label(doc.lang)))
        self._acknowledgement_changed()

    def _representative(self) -> Official | None:
        data = self.inspection.data
        return Official(data.representative_name, data.representative_position) if data.representative_name else None

    def _acknowledgement_changed(self, *_args) -> None:
        key = self.acknowledgement.currentData()
        self.acknowledged_on.setEnabled(key != "blank")
        self.refusal_note.setEnabled(key == "refused")
        person = self._representative()
        if key == "blank":
            self.representative.setText("")
        elif key == "acknowledged":
            self.representative.setText(self.tr("Representative: {0}").format(person.full_name) if person else
                                        self.tr("The inspection names no representative: add one to the "
                                                "inspection first."))
        else:
            self.representative.setText(self.tr("The refusal is recorded by the lead inspector, {0}.").format(
                self.lead.full_name))

    def submit(self) -> dict:
        key = self.acknowledgement.currentData()
        on = date_of(self.acknowledged_on)
        acknowledgement = None
        if key == "acknowledged":
            person = self._representative()
            if person is None:
                raise ValidationError("The inspection names no representative", code="document_no_representative")
            acknowledgement = Acknowledged(person, on)
        elif key == "refused":
            acknowledgement = Refused(self.lead, on, self._representative(), self.refusal_note.text().strip())
        local = self.drawn_up_at.dateTime().toPython().replace(tzinfo=zone(self.timezone))
        drawn_up_at = local.astimezone(dt_timezone.utc)
        replaced = self.replaces.currentData()
        return {"lang": self.language.currentData(), "drawn_up_at": drawn_up_at,
                "place": self.place.text().strip(), "acknowledgement": acknowledgement,
                "replaces_id": replaced.id if replaced is not None else None}


class KeyFileSignDialog(FormDialog):
    """Sign an issued document with a PKCS#12 key file of the national certificate authority."""

    def __init__(self, ctx, actor, document, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.document = ctx, actor, document
        self.setObjectName("keyFileSignDialog")
        self.document_label = QLabel(objectName="signedDocumentLabel")
        self.form.addRow(self.document_label)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(objectName="keyFilePathEdit")
        self.browse = QPushButton(objectName="browseKeyFileButton", clicked=self.choose_file)
        line.addWidget(self.path, 1)
        line.addWidget(self.browse)
        self.file_row = form_row(self.form, row, buddy=self.path)  # Alt and the label's letter reach the path
        self.password = self.add_row(QLineEdit(objectName="keyPasswordEdit"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign with a key file"))
        self.document_label.setText(self.tr("{0} № {1}").format(document_kind_label(self.document.kind),
                                                                 self.document.number))
        self.browse.setText(self.tr("Choose…"))
        key_file = self.tr("Key file (.p12, .pfx)")
        self.set_label(self.file_row, key_file)
        self.path.setAccessibleName(key_file)  # a label names only a buddy beside it, not one inside a row
        self.set_label(self.password, self.tr("Password of the key"))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the key file"), self.path.text(),
                                              self.tr("Key files (*.p12 *.pfx);;All files (*)"))
        if path:
            self.path.setText(path)

    def submit(self):
        path = Path(self.path.text().strip())
        if not self.path.text().strip() or not path.is_file():
            raise ValidationError("Choose the key file", code="key_file_missing")
        if path.stat().st_size > KEY_FILE_MAX:
            raise ValidationError("The file is not a PKCS#12 key file", code="pkcs12_malformed")
        password = self.password.text()
        try:
            return self.ctx.documents.sign_with_key_file(self.actor, self.document.id, path.read_bytes(), password)
        finally:
            del password
            self.password.clear()


class BadgeDialog(FormDialog):
    """The languages of the badge sheet (п.16): `result_value` is a list of language codes."""

    def __init__(self, lang: str = "kk", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("badgeDialog")
        self.language = self.add_row(QComboBox(objectName="badgeLanguageCombo"))
        for code in ("kk+ru", "kk", "ru"):
            self.language.addItem("", code)
        self.note = QLabel(objectName="badgeNote")
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print the badge"))
        for index, code in enumerate(("kk+ru", "kk", "ru")):
            self.language.setItemText(index, language_label(code))
        self.set_label(self.language, self.tr("Language"))
        self.note.setText(self.tr("An A4 sheet of eight badges of 90 × 55 mm, worn beside the recorder (п.15, "
                                  "п.16)."))

    def submit(self) -> list[str]:
        return self.language.currentData().split("+")
