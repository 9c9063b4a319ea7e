"""This PC's database and footage vault, in Settings for the head and the responsible person.

The database is this PC's own file or a PostgreSQL server (host, port, database, user, the unit's schema when
several units share the server, TLS). **Check connection** connects in the app's job runner (busy bar, Cancel)
and says which server answered, whether the line is encrypted and what schema it holds, or why it would not
open. **Save** writes the URL without the password and the shared vault folder to this PC's settings; the
password goes to the system's credential store only when the box is ticked, and to no file ever. The unit
is opened from the new place at the next start of the program.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from shiboken6 import isValid

from inspector_app import database_location
from inspector_app.errors import AppError
from ui.jobs import JobRunner
from ui.widgets import ErrorLabel, Retranslatable, text_width

logger = logging.getLogger(__name__)

FILE, SERVER = "file", "server"


class DatabasePanel(Retranslatable, QGroupBox):
    def __init__(self, ctx, user, jobs: JobRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("databasePanel")
        from inspector_app.bootstrap import database_settings

        self.ctx, self.user = ctx, user
        self.service = database_settings(ctx)
        self.jobs = jobs or JobRunner(self)
        self.job = None
        self.result = None  # the last DatabaseCheck shown
        self._serial = 0    # which check's answer is awaited: a cancelled one's is ignored
        choice = self.service.current()
        fields = database_location.url_fields(choice.url)
        self.intro = QLabel(objectName="databaseIntro", wordWrap=True)
        self.kind = QComboBox(objectName="databaseKind")
        self.kind.addItem("", FILE)
        self.kind.addItem("", SERVER)
        self.host = QLineEdit(fields["host"], objectName="databaseHost")
        self.port = QSpinBox(objectName="databasePort", minimum=1, maximum=65535, value=fields["port"])
        self.database = QLineEdit(fields["database"], objectName="databaseName")
        self.db_user = QLineEdit(fields["user"], objectName="databaseUser")
        self.schema = QLineEdit(fields["schema"], objectName="databaseSchema")
        self.sslmode = QComboBox(objectName="databaseSslMode", minimumContentsLength=16,
                                 sizeAdjustPolicy=QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for mode in database_location.SSL_MODES:
            self.sslmode.addItem("", mode)
        if self.sslmode.findData(fields["sslmode"]) < 0:  # another libpq mode, set in the URL by hand: kept
            self.sslmode.addItem(fields["sslmode"], fields["sslmode"])
        self.sslmode.setCurrentIndex(self.sslmode.findData(fields["sslmode"]))
        self.password = QLineEdit(objectName="databasePassword", echoMode=QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(objectName="rememberDatabasePassword", checked=choice.password_kept)
        self.vault_path = QLineEdit(choice.vault_path, objectName="vaultPath")
        self.browse_button = QPushButton(objectName="browseVaultButton", clicked=self.browse)
        self.check_button = QPushButton(objectName="checkConnectionButton", clicked=self.check)
        self.progress = QProgressBar(objectName="checkProgress", minimum=0, maximum=0)  # busy: no steps to count
        self.progress.setMaximumWidth(text_width(self.progress, 22))
        self.cancel_button = QPushButton(objectName="cancelCheckButton", clicked=self.cancel)
        self.save_button = QPushButton(objectName="saveDatabaseButton", clicked=self.save)
        self.status = QLabel(objectName="databaseStatus", wordWrap=True)
        self.error_label = ErrorLabel()
        self.labels = {widget: QLabel() for widget in (self.kind, self.host, self.port, self.database, self.db_user,
                                                         self.schema, self.sslmode, self.password, self.vault_path)}
        for widget, label in self.labels.items():
            label.setBuddy(widget)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        rows = ((self.kind, None), (self.host, self.port), (self.database, self.db_user), (self.schema, self.sslmode),
                (self.password, None))
        for row, (left, right) in enumerate(rows):
            grid.addWidget(self.labels[left], row, 0)
            grid.addWidget(left, row, 1)
            if right is not None:
                grid.addWidget(self.labels[right], row, 2)
                grid.addWidget(right, row, 3)
        grid.addWidget(self.remember, len(rows), 1, 1, 3, Qt.AlignmentFlag.AlignLeft)  # as wide as its text
        vault_line = QHBoxLayout()
        vault_line.addWidget(self.vault_path, 1)
        vault_line.addWidget(self.browse_button)
        grid.addWidget(self.labels[self.vault_path], len(rows) + 1, 0)
        grid.addLayout(vault_line, len(rows) + 1, 1, 1, 3)
        buttons = QHBoxLayout()
        for widget in (self.check_button, self.progress, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        self.kind.setCurrentIndex(self.kind.findData(SERVER if fields["host"] else FILE))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.destroyed.connect(lambda *_: self.job is not None and self.job.cancel())
        self._busy(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This PC's database and footage vault"))
        self.intro.setText(self.tr("Where this PC keeps the unit: its own file, or the unit's database on a "
                                   "PostgreSQL server shared by the unit's PCs. A change takes effect at the next "
                                   "start of the program."))
        self.kind.setItemText(0, self.tr("This PC's own file"))
        self.kind.setItemText(1, self.tr("A PostgreSQL server"))
        for mode, text in (("prefer", self.tr("When the server offers it (prefer)")),
                           ("require", self.tr("Always (require)")),
                           ("verify-full", self.tr("Always, with the server's certificate checked (verify-full)"))):
            self.sslmode.setItemText(self.sslmode.findData(mode), text)
        for widget, text in ((self.kind, self.tr("Database")), (self.host, self.tr("Server (host)")),
                             (self.port, self.tr("Port")), (self.database, self.tr("Database name")),
                             (self.db_user, self.tr("User")), (self.schema, self.tr("Unit schema")),
                             (self.sslmode, self.tr("TLS encryption")), (self.password, self.tr("Password")),
                             (self.vault_path, self.tr("Shared vault folder"))):
            self.labels[widget].setText(text)
        self.schema.setPlaceholderText(self.tr("optional"))
        self.schema.setToolTip(self.tr("When several units share the server: the schema its administrator made for "
                                       "this unit (such as unit_ala)"))
        self.password.setPlaceholderText(self.tr("kept in the credential store") if self.remember.isChecked()
                                         else "")
        self.remember.setText(self.tr("Remember the password in the system's credential store"))
        self.vault_path.setPlaceholderText(self.tr("empty: the vault in this PC's data folder"))
        self.browse_button.setText(self.tr("Browse…"))
        self.check_button.setText(self.tr("Check connection"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))
        if self.result is not None:
            self._show_result(self.result)

    # the form
    @property
    def on_server(self) -> bool:
        return self.kind.currentData() == SERVER

    def url(self) -> str:
        """The URL the form describes (empty: this PC's own file); a `ValidationError` if it is incomplete."""
        if not self.on_server:
            return ""
        return database_location.compose_url(self.host.text(), self.port.value(), self.database.text(),
                                             self.db_user.text(), self.schema.text(), self.sslmode.currentData())

    def _kind_changed(self) -> None:
        self.result = None
        self.status.clear()
        self.error_label.clear_error()
        self._busy(self.job is not None)

    def _busy(self, busy: bool) -> None:
        for widget in (self.host, self.port, self.database, self.db_user, self.schema, self.sslmode, self.password,
                       self.remember):
            widget.setEnabled(self.on_server and not busy)
        self.kind.setEnabled(not busy)
        self.check_button.setEnabled(self.on_server and not busy)
        self.save_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared vault folder"), self.vault_path.text())
        if folder:
            self.vault_path.setText(folder)

    # checking
    def check(self):
        """Connect in the background; the answer (or the error) is shown when it comes."""
        if self.job is not None:
            return self.job
        self.error_label.clear_error()
        try:
            url = self.url()
        except AppError as error:
            self.error_label.show_error(error)
            return None
        service, actor, password = self.service, self.user, self.password.text() or None
        self._serial += 1
        serial = self._serial

        def work(_control):
            try:
                return service.check(actor, url, password)
            except AppError as error:  # shown in the interface language
                return error

        self.result = None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connecting to {0}…").format(database_location.address(url)))
        self._busy(True)
        self.job = self.jobs.submit(self.tr("Checking the database connection"), work,
                                    finished=lambda result: self._checked(serial, result),
                                    failed=lambda message: self._checked(serial, message),
                                    cancelled=lambda: None)
        return self.job

    def cancel(self) -> None:
        if self.job is None:
            return
        self.job.cancel()  # a connection under way ends at its own timeout; its answer is not waited for
        self.job = None
        self._serial += 1
        self._busy(False)
        self.status.setText(self.tr("Check cancelled."))

    def _checked(self, serial: int, result) -> None:
        if not isValid(self) or serial != self._serial:
            return
        self.job = None
        self._busy(False)
        if isinstance(result, (AppError, str)):
            self.status.clear()
            self.error_label.show_error(result)
            return
        self.result = result
        self._show_result(result)

    def _show_result(self, result) -> None:
        lines = [self.tr("Connected: PostgreSQL {0}.").format(result.version),
                 self.tr("Encrypted connection (TLS): {0}.").format(self.tr("yes") if result.tls else self.tr("no"))]
        state = result.schema_state
        if state == "empty":
            lines.append(self.tr("Empty database: the program will set it up."))
        elif state == "current":
            lines.append(self.tr("Schema revision {0}: this program's.").format(result.revision))
        elif state == "older":
            lines.append(self.tr("Schema revision {0}: the program brings it to {1} at its next start.").format(
                result.revision, result.program_revision))
        else:
            lines.append(self.tr("Schema revision {0} is newer than this program ({1}): update the program "
                                 "first.").format(result.revision, result.program_revision))
        warn = not result.tls or state == "newer"
        self.status.setStyleSheet("color: #b00020;" if warn else "color: #1b6e20;")
        self.status.setText("\n".join(lines))

    # saving
    def save(self) -> bool:
        self.error_label.clear_error()
        try:
            url = self.url()
            self.service.save(self.user, url, self.vault_path.text(), self.password.text() or None,
                              self.on_server and self.remember.isChecked())
        except AppError as error:
            self.error_label.show_error(error)
            return False
        self.password.clear()
        self.retranslate()
        self.status.setStyleSheet("color: #1b6e20;")
        self.status.setText(self.tr("Saved. The program opens the database and the vault from there at its next "
                                    "start."))
        return True
