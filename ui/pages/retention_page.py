"""The retention section (п.12, п.6): what expires within 30 and 90 days, what has expired and awaits
destruction, what is kept under a legal hold, the destruction lists and the retention rules.

Only the head and the responsible person get this page (`Permission.VIEW_RETENTION`); the services check
every action again. The responsible person proposes expired recordings for destruction; the head approves or
rejects the lists (never their own), releases holds and changes the rules. Expiry is judged by the guarded
clock: while the PC clock is in doubt the page says so and lists nothing as expiring or expired.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_app.domain.roles import Permission, allows
from inspector_app.errors import AppError
from ui.dialogs.retention_dialogs import RuleDialog, TextDialog
from ui.error_texts import error_text
from ui.jobs import JobRunner
from ui.pages.retention_lists import DestructionListsPanel
from ui.pages.retention_tables import RetentionItemsModel, RulesModel, make_table
from ui.pages.section_tabs import SectionTabs
from ui.widgets import Retranslatable, emphasize

logger = logging.getLogger(__name__)

TAB_30, TAB_90, TAB_EXPIRED, TAB_HELD, TAB_LISTS, TAB_RULES = range(6)


class RecordingsTab(QWidget):
    """A table of recordings with check boxes and a row of buttons under it."""

    def __init__(self, model: RetentionItemsModel, name: str, buttons: list[QPushButton], parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = make_table(model, name)  # every column as wide as its text
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)


class RetentionPage(Retranslatable, QWidget):
    def __init__(self, ctx, user, parent=None, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self.ctx, self.user = ctx, user
        self.jobs = jobs or JobRunner(self)
        self.timezone = ctx.timezone()
        self.can_hold = allows(user.role, Permission.PLACE_LEGAL_HOLD)
        self.can_release = allows(user.role, Permission.RELEASE_LEGAL_HOLD)
        self.can_propose = allows(user.role, Permission.PROPOSE_DESTRUCTION)
        self.can_change_rules = allows(user.role, Permission.CHANGE_RETENTION)
        self.overview = None
        self.rules: dict = {}
        self.dialog = None
        self.names = self._names()

        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.clock_warning = QLabel(objectName="retentionClockWarning", wordWrap=True)
        self.clock_warning.setStyleSheet("color: #b00020; background: #fdecea; border: 1px solid #b00020; "
                                         "padding: 4px 8px;")
        self.clock_warning.hide()
        self.status = QLabel(objectName="retentionStatus", wordWrap=True)
        self.status.setStyleSheet("color: #b00020;")

        def button(name: str, handler, visible: bool = True) -> QPushButton:
            made = QPushButton(objectName=name, clicked=handler)
            made.setVisible(visible)
            return made

        self.models = {tab: RetentionItemsModel(self.timezone, self.names, held=tab == TAB_HELD, parent=self)
                       for tab in (TAB_30, TAB_90, TAB_EXPIRED, TAB_HELD)}
        self.hold_buttons = {tab: button(f"placeHoldButton{tab}", lambda _=False, tab=tab: self.ask_hold(tab),
                                         self.can_hold) for tab in (TAB_30, TAB_90, TAB_EXPIRED)}
        self.propose_button = button("proposeButton", self.ask_propose, self.can_propose)
        self.release_button = button("releaseHoldButton", self.ask_release)
        self.release_button.setEnabled(False)
        self.rule_button = button("changeRuleButton", self.ask_rule, self.can_change_rules)
        self.tabs_by_index = {
            TAB_30: RecordingsTab(self.models[TAB_30], "expiring30Table", [self.hold_buttons[TAB_30]]),
            TAB_90: RecordingsTab(self.models[TAB_90], "expiring90Table", [self.hold_buttons[TAB_90]]),
            TAB_EXPIRED: RecordingsTab(self.models[TAB_EXPIRED], "expiredTable",
                                       [self.hold_buttons[TAB_EXPIRED], self.propose_button]),
            TAB_HELD: RecordingsTab(self.models[TAB_HELD], "heldTable", [self.release_button]),
        }
        self.held_table = self.tabs_by_index[TAB_HELD].table
        self.held_table.selectionModel().selectionChanged.connect(self._held_selection_changed)
        self.lists = DestructionListsPanel(ctx, user, self.jobs, self.timezone, self.names)
        self.lists.changed.connect(self.refresh)
        self.rules_model = RulesModel(self.timezone, self.names, self)
        rules_tab = QWidget()
        self.rules_table = make_table(self.rules_model, "rulesTable", stretch=RulesModel.COL_KIND)
        self.rules_table.selectionModel().selectionChanged.connect(lambda *_: self._rule_selection_changed())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.rule_button)
        rules_layout = QVBoxLayout(rules_tab)
        rules_layout.addWidget(self.rules_table, 1)
        rules_layout.addLayout(row)
        self.tabs_by_index[TAB_LISTS] = self.lists
        self.tabs_by_index[TAB_RULES] = rules_tab

        self.tabs = SectionTabs(columns=3, objectName="retentionTabs")
        for index in range(6):
            self.tabs.addTab(self.tabs_by_index[index], "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.clock_warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self.refresh()

    def _names(self) -> dict[int, str]:
        try:
            return {u.id: u.full_name for u in self.ctx.users.list(self.user)}
        except AppError as error:
            logger.warning("users for the retention page: %s", error)
            return {self.user.id: self.user.full_name}

    # texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Retention and destruction of recordings"))
        for tab_button in self.hold_buttons.values():
            tab_button.setText(self.tr("Place a hold…"))
        self.propose_button.setText(self.tr("Propose for destruction…"))
        self.release_button.setText(self.tr("Release…"))
        self.rule_button.setText(self.tr("Change…"))
        self.clock_warning.setText(self.tr(
            "The PC clock is in doubt, so no recording is judged expiring or expired. The head confirms the "
            "clock in the Audit section; then this page shows them again."))
        for model in (*self.models.values(), self.rules_model):
            model.relabel()
        self._tab_titles()

    def _tab_titles(self) -> None:
        counts = {tab: model.rowCount() for tab, model in self.models.items()}
        titles = {
            TAB_30: self.tr("Expires in 30 days ({0})").format(counts[TAB_30]),
            TAB_90: self.tr("Expires in 90 days ({0})").format(counts[TAB_90]),
            TAB_EXPIRED: self.tr("Expired, awaiting destruction ({0})").format(counts[TAB_EXPIRED]),
            TAB_HELD: self.tr("Held ({0})").format(counts[TAB_HELD]),
            TAB_LISTS: self.tr("Destruction lists ({0})").format(self.lists.model.rowCount()),
            TAB_RULES: self.tr("Rules"),
        }
        for index, text in titles.items():
            self.tabs.setTabText(index, text)
        for index, tab in self.tabs_by_index.items():
            (self.rules_table if index == TAB_RULES else tab.table).setAccessibleName(titles[index])

    # loading
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read everything again: the overview (by the guarded clock), the lists, the rules."""
        self.status.clear()
        try:
            self.overview = self.ctx.retention.overview(self.user)
        except AppError as error:
            self.overview = None
            if error.code == "clock_not_trusted":
                self.clock_warning.show()
            else:
                self.status.setText(error_text(error))
        else:
            self.clock_warning.hide()
        overview = self.overview
        self.models[TAB_30].set_items(overview.expiring.get(30, []) if overview else [])
        self.models[TAB_90].set_items(overview.expiring.get(90, []) if overview else [])
        self.models[TAB_EXPIRED].set_items(overview.expired if overview else [])
        self.models[TAB_HELD].set_items(overview.held if overview else [])  # the held ones come with the overview
        try:
            self.lists.set_lists(self.ctx.destruction.lists(self.user))
            self.rules = self.ctx.retention.rules(self.user)
        except AppError as error:
            self.status.setText(error_text(error))
        self.rules_model.set_items(list(self.rules.values()))
        for tab in (TAB_30, TAB_90, TAB_EXPIRED):
            self.hold_buttons[tab].setEnabled(self.overview is not None)
        self.propose_button.setEnabled(self.overview is not None)
        self._held_selection_changed()
        self._rule_selection_changed()
        self._tab_titles()

    # selection
    def checked(self, tab: int) -> list:
        return self.models[tab].checked_items()

    def selected_held(self):
        rows = self.held_table.selectionModel().selectedRows()
        return self.models[TAB_HELD].item(rows[0].row()) if rows else None

    def _held_selection_changed(self, *_args) -> None:
        self.release_button.setEnabled(self.can_release and self.selected_held() is not None)
        self.release_button.setToolTip("" if self.can_release else self.tr("Only the head releases a legal hold"))

    def selected_rule(self):
        rows = self.rules_table.selectionModel().selectedRows()
        return self.rules_model.item(rows[0].row()) if rows else None

    def _rule_selection_changed(self) -> None:
        self.rule_button.setEnabled(self.can_change_rules and self.selected_rule() is not None)

    # actions
    def _describe_unfit(self, error: AppError) -> str:
        """The recordings a refusal names, by recorder and file (the service names them by number)."""
        items = {i.recording.id: i.recording for model in self.models.values() for i in model.items()}
        lines = []
        for problem in error.params.get("problems", []):
            found = re.match(r"recording (\d+)", str(problem))
            rec = items.get(int(found.group(1))) if found else None
            lines.append(f"• {rec.inventory_number} · {rec.source_name}" if rec else f"• {problem}")
        return "\n".join(lines)

    def _ask(self, title: str, intro: str, label: str, ok_text: str, action, required: str | None = None) -> bool:
        self.dialog = TextDialog(title, intro, label, ok_text, action, required, self._describe_unfit, self)
        done = bool(self.dialog.exec())
        if done:
            self.refresh()
        return done

    def ask_propose(self) -> None:
        items = self.checked(TAB_EXPIRED)
        if not items:
            self.status.setText(self.tr("Tick the recordings to propose for destruction first."))
            return
        ids, ctx, user = [i.recording.id for i in items], self.ctx, self.user
        self._ask(self.tr("Propose for destruction"),
                  self.tr("{0} expired recording(s) go on a destruction list. Nothing is destroyed until the head "
                          "approves the list.").format(len(ids)),
                  self.tr("Note"), self.tr("Propose"), lambda note: ctx.destruction.propose(user, ids, note))

    def ask_hold(self, tab: int) -> None:
        items = self.checked(tab)
        if not items:
            self.status.setText(self.tr("Tick the recordings to hold first."))
            return
        ids, ctx, user = [i.recording.id for i in items], self.ctx, self.user
        self._ask(self.tr("Place a legal hold"),
                  self.tr("{0} recording(s) are kept, whatever their age, until the head releases the hold.").format(
                      len(ids)),
                  self.tr("Reason"), self.tr("Place the hold"),
                  lambda reason: ctx.retention.place_hold(user, ids, reason), required="Reason")

    def ask_release(self) -> None:
        item = self.selected_held()
        if item is None or not self.can_release:
            return
        holds, ctx, user = [h for h in item.holds if h.active], self.ctx, self.user

        def release(reason: str) -> None:
            for hold in holds:
                ctx.retention.release_hold(user, hold.id, reason)

        self._ask(self.tr("Release the legal hold"),
                  self.tr("The hold on {0} · {1} is released; the recording is kept for its period again.").format(
                      item.recording.inventory_number, item.recording.source_name),
                  self.tr("Reason"), self.tr("Release"), release, required="Reason")

    def ask_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None or not self.can_change_rules:
            return
        self.dialog = RuleDialog(self.ctx, self.user, rule, self)
        if self.dialog.exec():
            self.refresh()
