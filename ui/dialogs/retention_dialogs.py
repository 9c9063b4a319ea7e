"""The small forms of the retention page: a text asked for an action (a hold's reason, a proposal's note, the
head's comment on a decision), a new retention period asked twice when it shortens stored recordings' period,
and the signature of an act of destruction with a PKCS#12 key file.

The key file's password lives only in its field while the dialog is open: it is never stored or logged,
and the field is cleared once the signature is made or refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from inspector_app.domain.retention import MAX_MONTHS
from inspector_app.errors import AppError, StateError, ValidationError
from ui.dialogs.form_dialog import FormDialog
from ui.error_texts import error_text
from ui.pages.retention_tables import kind_label
from ui.widgets import form_row, text_lines_height

logger = logging.getLogger(__name__)


class TextDialog(FormDialog):
    """An explanation, one text and OK. `action(text)` does the work (its AppError stays in the dialog);
    without an action the text is the result. `details(error)` may add lines under a refusal."""

    def __init__(self, title: str, intro: str, label: str, ok_text: str, action: Callable[[str], object] | None,
                 required_field: str | None = None, details: Callable[[AppError], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionTextDialog")
        self.setWindowTitle(title)
        self.action, self.required_field, self.details = action, required_field, details
        self.intro = QLabel(intro, objectName="intro", wordWrap=True)
        self.form.insertRow(0, self.intro)
        self.text = self.add_row(QPlainTextEdit(objectName="textField"))
        self.text.setMaximumHeight(text_lines_height(self.text, 5))
        self.text.setTabChangesFocus(True)
        self.set_label(self.text, label)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)

    def retranslate(self) -> None:  # texts come translated from the page
        pass

    def submit(self):
        text = self.text.toPlainText().strip()
        if self.required_field and not text:
            raise ValidationError(f"{self.required_field} must not be empty", code="empty", field=self.required_field)
        return self.action(text) if self.action is not None else text

    def _on_ok(self) -> None:
        try:
            self.result_value = self.submit()
        except AppError as error:
            extra = self.details(error) if self.details is not None else ""
            self.error_label.show_error(error_text(error) + (f"\n{extra}" if extra else ""))
            self.adjustSize()  # room for every line of the refusal
            return
        self.accept()


class RuleDialog(FormDialog):
    """The head's new period for one kind of recording; a shortening that touches stored recordings is asked
    a second time, naming how many, before it is made."""

    def __init__(self, ctx, user, rule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionRuleDialog")
        self.ctx, self.user, self.rule = ctx, user, rule
        self.question: QMessageBox | None = None
        self.kind = QLabel(objectName="kindLabel")
        self.form.insertRow(0, self.kind)
        self.months = self.add_row(QSpinBox(objectName="monthsField", minimum=1, maximum=MAX_MONTHS))
        self.months.setValue(rule.months)
        self.reason = self.add_row(QLineEdit(objectName="reasonField"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the retention period"))
        self.kind.setText(self.tr("Kind of recording: {0}, now {1} months").format(kind_label(self.rule.kind),
                                                                                   self.rule.months))
        self.set_label(self.months, self.tr("Keep for, months"))
        self.set_label(self.reason, self.tr("Reason for the change"))

    def submit(self):
        months, reason = self.months.value(), self.reason.text()
        try:
            return self.ctx.retention.set_rule(self.user, self.rule.kind, months, reason)
        except StateError as error:
            if error.code != "retention_shortening" or not self.confirm_shortening(int(error.params["recordings"])):
                raise
        return self.ctx.retention.set_rule(self.user, self.rule.kind, months, reason, confirm_shortening=True)

    def confirm_shortening(self, recordings: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shorten the period of stored recordings?"),
                          self.tr("The period of {0} goes down from {1} to {2} months. It touches {3} stored "
                                  "recording(s): they may expire and be destroyed sooner.\n\nShorten it all the "
                                  "same?").format(kind_label(self.rule.kind), self.rule.months, self.months.value(),
                                                  recordings),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("shorteningQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Shorten"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep as it is"))
        self.question = box
        return box.exec() == QMessageBox.StandardButton.Yes


class SignActDialog(FormDialog):
    """Sign an act of destruction (kk or ru) with a PKCS#12 key file (.p12, .pfx) and its password."""

    def __init__(self, ctx, user, acts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signActDialog")
        self.setMinimumWidth(560)
        self.ctx, self.user, self.acts = ctx, user, sorted(acts, key=lambda a: a.lang)
        self.act = self.add_row(QComboBox(objectName="actField"))
        self.act.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for act in self.acts:
            self.act.addItem("", act.id)
        chooser = QWidget()
        self.path = QLineEdit(objectName="keyFileField")
        self.browse = QPushButton(objectName="browseKeyButton", clicked=self.choose_file)
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form_row(self.form, chooser, buddy=self.path)
        self.chooser = chooser
        self.password = self.add_row(QLineEdit(objectName="keyPasswordField"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign the act of destruction"))
        names = {"kk": self.tr("Act in Kazakh"), "ru": self.tr("Act in Russian")}
        for row, act in enumerate(self.acts):
            self.act.setItemText(row, f"{names.get(act.lang, act.lang)} (SHA-256 {act.sha256[:8]}…)")
        self.set_label(self.act, self.tr("Act"))
        key_file = self.tr("Key file (.p12, .pfx)")
        self.form.labelForField(self.chooser).setText(key_file)
        self.path.setAccessibleName(key_file)  # a label names only a buddy beside it, not one inside a row
        self.browse.setText(self.tr("Choose…"))
        self.set_label(self.password, self.tr("Password of the key file"))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The key file"), self.path.text(),
                                              self.tr("Key files (*.p12 *.pfx)"))
        if path:
            self.path.setText(path)

    def submit(self):
        path = self.path.text().strip()
        if not path or not Path(path).is_file():
            raise ValidationError("Choose the key file (.p12 or .pfx)", code="key_file_missing")
        try:
            return self.ctx.destruction.sign_act_with_key_file(self.user, self.act.currentData(),
                                                               Path(path).read_bytes(), self.password.text())
        finally:
            self.password.clear()  # typed again after a refusal; never kept
