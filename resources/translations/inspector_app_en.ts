<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="+27"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>AppointDialog</name>
    <message>
        <location line="+45"/>
        <source>Appoint the responsible person</source>
        <translation>Appoint the responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of appointment (number and date)</source>
        <translation>Order of appointment (number and date)</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../ui/pages/audit_details.py" line="+42"/>
        <source>Selected event</source>
        <translation>Selected event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected event</source>
        <translation>Details of the selected event</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an event to see all of it: its details, its hash and its signature.</source>
        <translation>Select an event to see all of it: its details, its hash and its signature.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.: {0}</source>
        <translation>No.: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: {0} (UTC {1})</source>
        <translation>Time: {0} (UTC {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event: {0} ({1})</source>
        <translation>Event: {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the program</source>
        <translation>the program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: {0}</source>
        <translation>Subject: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording: {0}</source>
        <translation>Recording: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous hash: {0}</source>
        <translation>Previous hash: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash: {0}</source>
        <translation>Hash: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key: {0}</source>
        <translation>Key: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature: {0}</source>
        <translation>Signature: {0}</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="+78"/>
        <source>Recording No.</source>
        <translation>Recording No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in subjects, details and names</source>
        <translation>Search in subjects, details and names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events</source>
        <translation>All events</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../ui/audit_labels.py" line="+16"/>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User changed</source>
        <translation>User changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder changed</source>
        <translation>Recorder changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder issued</source>
        <translation>Recorder issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder returned</source>
        <translation>Recorder returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault report</source>
        <translation>Fault report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal correction</source>
        <translation>Journal correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal volume</source>
        <translation>Journal volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder docked</source>
        <translation>Recorder docked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording stored</source>
        <translation>Recording stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording viewed</source>
        <translation>Recording viewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access refused</source>
        <translation>Access refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording destroyed</source>
        <translation>Recording destroyed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity verification</source>
        <translation>Integrity verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC clock anomaly</source>
        <translation>PC clock anomaly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC clock confirmed</source>
        <translation>PC clock confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation key created</source>
        <translation>Installation key created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password</source>
        <translation>Storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark on a recording</source>
        <translation>Bookmark on a recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuity review decision</source>
        <translation>Continuity review decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection or violation changed</source>
        <translation>Inspection or violation changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act or prescription issued or signed</source>
        <translation>Act or prescription issued or signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation eliminated</source>
        <translation>Violation eliminated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue of normative acts imported</source>
        <translation>Catalogue of normative acts imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule changed</source>
        <translation>Retention rule changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hold placed or released</source>
        <translation>Legal hold placed or released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made or restored</source>
        <translation>Backup made or restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database moved to a server</source>
        <translation>Database moved to a server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored files</source>
        <translation>Stored files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seals</source>
        <translation>Seals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal signatures</source>
        <translation>Journal signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamps</source>
        <translation>Time-stamps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it ran backwards past the latest time already recorded</source>
        <translation>it ran backwards past the latest time already recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumped far ahead of the latest time recorded</source>
        <translation>it jumped far ahead of the latest time recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was moved back while the program was running</source>
        <translation>it was moved back while the program was running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was moved ahead while the program was running</source>
        <translation>it was moved ahead while the program was running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it differs from the trusted time of the time-stamp authority</source>
        <translation>it differs from the trusted time of the time-stamp authority</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="+157"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of the audit trail</source>
        <translation>Events of the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the audit trail as</source>
        <translation>Export the audit trail as</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting the audit trail</source>
        <translation>Exporting the audit trail</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail is exported</source>
        <translation>The audit trail is exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {0}
Events: {1}
SHA-256 of the file: {2}</source>
        <translation>Saved to {0}
Events: {1}
SHA-256 of the file: {2}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/models/audit_table_model.py" line="+31"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the program</source>
        <translation>the program</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="+203"/>
        <source>Print the badge</source>
        <translation>Print the badge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 sheet of eight badges of 90 × 55 mm, worn beside the recorder (п.15, п.16).</source>
        <translation>An A4 sheet of eight badges of 90 × 55 mm, worn beside the recorder (п.15, п.16).</translation>
    </message>
</context>
<context>
    <name>BindSerialDialog</name>
    <message>
        <location filename="../../ui/dialogs/bind_serial_dialog.py" line="+48"/>
        <source>serial {0}</source>
        <translation>serial {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown recorder</source>
        <translation>Unknown recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder with serial {0} was docked: which registered recorder is it? Its recordings are stored once it is bound (п.7).</source>
        <translation>A recorder with serial {0} was docked: which registered recorder is it? Its recordings are stored once it is bound (п.7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all recorders, also those with a serial number</source>
        <translation>Show all recorders, also those with a serial number</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="+112"/>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (from the start)</source>
        <translation>At (from the start)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A range, up to</source>
        <translation>A range, up to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the act&apos;s number, if any</source>
        <translation>the act&apos;s number, if any</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <location filename="../../ui/pages/catalogue_import.py" line="+33"/>
        <source>Import catalogue…</source>
        <translation>Import catalogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue of normative legal acts that violations cite (a UTF-8 CSV)</source>
        <translation>The catalogue of normative legal acts that violations cite (a UTF-8 CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the catalogue of normative legal acts</source>
        <translation>Import the catalogue of normative legal acts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue not imported</source>
        <translation>Catalogue not imported</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read {0}: {1}</source>
        <translation>Could not read {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue imported: {0} added, {1} updated.</source>
        <translation>Catalogue imported: {0} added, {1} updated.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="+35"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>ChangeStoragePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="+157"/>
        <source>Change my storage password</source>
        <translation>Change my storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set my storage password</source>
        <translation>Set my storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only you know your storage password; the other holder&apos;s and the recovery key do not change.</source>
        <translation>Only you know your storage password; the other holder&apos;s and the recovery key do not change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current storage password</source>
        <translation>Current storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New storage password</source>
        <translation>New storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New storage password again</source>
        <translation>New storage password again</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../ui/pages/clock_banner.py" line="+68"/>
        <source>Confirm the PC clock…</source>
        <translation>Confirm the PC clock…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch time-stamps now</source>
        <translation>Fetch time-stamps now</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the PC clock</source>
        <translation>Checking the PC clock</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PC clock is not trusted: {0}. Decisions that depend on the date (the end of the retention period) wait until the head confirms the clock.</source>
        <translation>The PC clock is not trusted: {0}. Decisions that depend on the date (the end of the retention period) wait until the head confirms the clock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the head of the unit.</source>
        <translation>Tell the head of the unit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time-stamps waiting for the time-stamp authority: {0}</source>
        <translation>Time-stamps waiting for the time-stamp authority: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetching time-stamps</source>
        <translation>Fetching time-stamps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The authority cannot be reached; they stay pending ({0})</source>
        <translation>The authority cannot be reached; they stay pending ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received: {0}, refused: {1}</source>
        <translation>Received: {0}, refused: {1}</translation>
    </message>
</context>
<context>
    <name>CloseVolumeDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_correction_dialogs.py" line="+122"/>
        <source>Close the journal volume</source>
        <translation>Close the journal volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration index of the next volume</source>
        <translation>Registration index of the next volume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No journal volume is open.</source>
        <translation>No journal volume is open.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open now: volume {0} (registration index {1}), started {2}; entries made: {3}.</source>
        <translation>Open now: volume {0} (registration index {1}), started {2}; entries made: {3}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume {0} is closed today: its end date is set and no entry can be added to it. Volume {1} starts with entry № 1 under the registration index the office gave it. On the last page of the paper volume write how many pages it has; it is numbered, bound and sealed (п.9).</source>
        <translation>Volume {0} is closed today: its end date is set and no entry can be added to it. Volume {1} starts with entry № 1 under the registration index the office gave it. On the last page of the paper volume write how many pages it has; it is numbered, bound and sealed (п.9).</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/widgets.py" line="+101"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ConfirmClockDialog</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="+161"/>
        <source>Confirm the PC clock</source>
        <translation>Confirm the PC clock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PC clock is not trusted: {0}. Check it against a trusted source (an exact-time service, a mobile phone network) and set it right first. PC clock now: {1}.</source>
        <translation>The PC clock is not trusted: {0}. Check it against a trusted source (an exact-time service, a mobile phone network) and set it right first. PC clock now: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was checked</source>
        <translation>How it was checked</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_correction_dialogs.py" line="-65"/>
        <source>Correct a journal entry</source>
        <translation>Correct a journal entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is struck through and a corrected entry is made with the values below; nothing is erased (п.9).</source>
        <translation>This entry is struck through and a corrected entry is made with the values below; nothing is erased (п.9).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge</source>
        <translation>Battery charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock offset</source>
        <translation>Clock offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned at</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was wrong (required); it goes into the remarks column</source>
        <translation>What was wrong (required); it goes into the remarks column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person receiving</source>
        <translation>Person receiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected by</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the recorder</source>
        <translation>Choose the recorder</translation>
    </message>
</context>
<context>
    <name>CourtActions</name>
    <message>
        <location filename="../../ui/pages/inspection_court.py" line="+43"/>
        <source>Hold for a court…</source>
        <translation>Hold for a court…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal hold on every recording the violations cite: none of them is destroyed while it lasts</source>
        <translation>A legal hold on every recording the violations cite: none of them is destroyed while it lasts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence package…</source>
        <translation>Evidence package…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hold for a court</source>
        <translation>Hold for a court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the materials go, and the reference (e.g. a court&apos;s case number):</source>
        <translation>Where the materials go, and the reference (e.g. a court&apos;s case number):</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln recording(s) held.</source>
        <translation>
            <numerusform>%Ln recording held.</numerusform>
            <numerusform>%Ln recordings held.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <source>Evidence package</source>
        <translation>Evidence package</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The violations of this inspection cite no recording.</source>
        <translation>The violations of this inspection cite no recording.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the package</source>
        <translation>Where to write the package</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the evidence package…</source>
        <translation>Writing the evidence package…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written and verified: {0}</source>
        <translation>Written and verified: {0}</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <location filename="../../ui/pages/database_panel.py" line="+122"/>
        <source>This PC&apos;s database and footage vault</source>
        <translation>This PC&apos;s database and footage vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this PC keeps the unit: its own file, or the unit&apos;s database on a PostgreSQL server shared by the unit&apos;s PCs. A change takes effect at the next start of the program.</source>
        <translation>Where this PC keeps the unit: its own file, or the unit&apos;s database on a PostgreSQL server shared by the unit&apos;s PCs. A change takes effect at the next start of the program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s own file</source>
        <translation>This PC&apos;s own file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PostgreSQL server</source>
        <translation>A PostgreSQL server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the server offers it (prefer)</source>
        <translation>When the server offers it (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always (require)</source>
        <translation>Always (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, with the server&apos;s certificate checked (verify-full)</source>
        <translation>Always, with the server&apos;s certificate checked (verify-full)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server (host)</source>
        <translation>Server (host)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit schema</source>
        <translation>Unit schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS encryption</source>
        <translation>TLS encryption</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Shared vault folder</source>
        <translation>Shared vault folder</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When several units share the server: the schema its administrator made for this unit (such as unit_ala)</source>
        <translation>When several units share the server: the schema its administrator made for this unit (such as unit_ala)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the credential store</source>
        <translation>kept in the credential store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password in the system&apos;s credential store</source>
        <translation>Remember the password in the system&apos;s credential store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the vault in this PC&apos;s data folder</source>
        <translation>empty: the vault in this PC&apos;s data folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check connection</source>
        <translation>Check connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Connecting to {0}…</source>
        <translation>Connecting to {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the database connection</source>
        <translation>Checking the database connection</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected: PostgreSQL {0}.</source>
        <translation>Connected: PostgreSQL {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted connection (TLS): {0}.</source>
        <translation>Encrypted connection (TLS): {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty database: the program will set it up.</source>
        <translation>Empty database: the program will set it up.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema revision {0}: this program&apos;s.</source>
        <translation>Schema revision {0}: this program&apos;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema revision {0}: the program brings it to {1} at its next start.</source>
        <translation>Schema revision {0}: the program brings it to {1} at its next start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision {0} is newer than this program ({1}): update the program first.</source>
        <translation>Schema revision {0} is newer than this program ({1}): update the program first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. The program opens the database and the vault from there at its next start.</source>
        <translation>Saved. The program opens the database and the vault from there at its next start.</translation>
    </message>
</context>
<context>
    <name>DayRange</name>
    <message>
        <location filename="../../ui/pages/day_range.py" line="+32"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="+25"/>
        <source>Decide a continuity flag</source>
        <translation>Decide a continuity flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>DestructionListsPanel</name>
    <message>
        <location filename="../../ui/pages/retention_lists.py" line="+75"/>
        <source>Approve and destroy…</source>
        <translation>Approve and destroy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save act (kk)…</source>
        <translation>Save act (kk)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save act (ru)…</source>
        <translation>Save act (ru)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the act with a key file…</source>
        <translation>Sign the act with a key file…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A list is approved by someone other than the person who proposed it</source>
        <translation>A list is approved by someone other than the person who proposed it</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Acts of destruction: {0}</source>
        <translation>Acts of destruction: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acts of destruction are issued once the head approves the list.</source>
        <translation>The acts of destruction are issued once the head approves the list.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve and destroy</source>
        <translation>Approve and destroy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List No. {0}: {1} recording(s) will be destroyed for ever. Their files and keys are erased and cannot be recovered; a record of each and the act of destruction stay.</source>
        <translation>List No. {0}: {1} recording(s) will be destroyed for ever. Their files and keys are erased and cannot be recovered; a record of each and the act of destruction stay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Destroy {0} recording(s) for ever</source>
        <translation>Destroy {0} recording(s) for ever</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destroying recordings</source>
        <translation>Destroying recordings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject the list</source>
        <translation>Reject the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List No. {0} is rejected: its {1} recording(s) stay stored.</source>
        <translation>List No. {0} is rejected: its {1} recording(s) stay stored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the act of destruction as</source>
        <translation>Save the act of destruction as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving the act of destruction</source>
        <translation>Saving the act of destruction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by {0}</source>
        <translation>Signed by {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/pages/inspection_documents_panel.py" line="+90"/>
        <source>Documents of the inspection</source>
        <translation>Documents of the inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue act…</source>
        <translation>Issue act…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue prescription…</source>
        <translation>Issue prescription…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with key file…</source>
        <translation>Sign with key file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with NCALayer</source>
        <translation>Sign with NCALayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer is not running on this PC</source>
        <translation>NCALayer is not running on this PC</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Issued № {0} (SHA-256 {1}…).</source>
        <translation>Issued № {0} (SHA-256 {1}…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuing the document…</source>
        <translation>Issuing the document…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft act…</source>
        <translation>Draft act…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft prescription…</source>
        <translation>Draft prescription…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Save the draft as</source>
        <translation>Save the draft as</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rendering the draft…</source>
        <translation>Rendering the draft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft saved to {0}</source>
        <translation>Draft saved to {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the document as</source>
        <translation>Save the document as</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Waiting for NCALayer: choose the key and enter its PIN there…</source>
        <translation>Waiting for NCALayer: choose the key and enter its PIN there…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by {0}.</source>
        <translation>Signed by {0}.</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="-24"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account active</source>
        <translation>Account active</translation>
    </message>
</context>
<context>
    <name>EliminationDialog</name>
    <message>
        <location filename="../../ui/pages/follow_up_page.py" line="+35"/>
        <source>Mark the violation eliminated</source>
        <translation>Mark the violation eliminated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violation {0} of the inspection of {1}: {2}</source>
        <translation>Violation {0} of the inspection of {1}: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminated on</source>
        <translation>Eliminated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof (a letter, photos, a follow-up visit)</source>
        <translation>Proof (a letter, photos, a follow-up visit)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="+19"/>
        <source>No journal entries to show. A recorder issued with Issue… (Ctrl+N) appears here; if filters are set, widen them.</source>
        <translation>No journal entries to show. A recorder issued with Issue… (Ctrl+N) appears here; if filters are set, widen them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recorders are registered yet. Register each recorder with its inventory and serial numbers (Register…) before it is issued (п.7).</source>
        <translation>No recorders are registered yet. Register each recorder with its inventory and serial numbers (Register…) before it is issued (п.7).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a recorder above to see its history.</source>
        <translation>Select a recorder above to see its history.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recordings to show. Dock a returned recorder to charge: its footage is stored by itself (п.11). If filters are set, widen them.</source>
        <translation>No recordings to show. Dock a returned recorder to charge: its footage is stored by itself (п.11). If filters are set, widen them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events match the filters.</source>
        <translation>No events match the filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No inspections yet. Start one with New…; its acts and prescriptions are made from it.</source>
        <translation>No inspections yet. Start one with New…; its acts and prescriptions are made from it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violations recorded for the selected inspection (Add violation…).</source>
        <translation>No violations recorded for the selected inspection (Add violation…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No acts or prescriptions have been made for it yet.</source>
        <translation>No acts or prescriptions have been made for it yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prescriptions are due.</source>
        <translation>No prescriptions are due.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording reaches the end of its retention within 30 days.</source>
        <translation>No recording reaches the end of its retention within 30 days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording reaches the end of its retention within 90 days.</source>
        <translation>No recording reaches the end of its retention within 90 days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording is past its retention: nothing awaits destruction.</source>
        <translation>No recording is past its retention: nothing awaits destruction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording is held.</source>
        <translation>No recording is held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No destruction lists. Expired recordings proposed for destruction are listed here for the head&apos;s approval.</source>
        <translation>No destruction lists. Expired recordings proposed for destruction are listed here for the head&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_texts_accounts.py" line="+14"/>
        <source>Not found: {what} {id}</source>
        <translation>Not found: {what} {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: {what}</source>
        <translation>Not found: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the unfinished part was undone</source>
        <translation>Cancelled: the unfinished part was undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {path} does not exist: choose another one</source>
        <translation>The folder {path} does not exist: choose another one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change clashes with stored data, so nothing was saved: try again, and tell the administrator if it happens again</source>
        <translation>The change clashes with stored data, so nothing was saved: try again, and tell the administrator if it happens again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another event was recorded at the same moment: try again</source>
        <translation>Another event was recorded at the same moment: try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must not be empty</source>
        <translation>{field} must not be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too long: {length} characters, at most {max}</source>
        <translation>{field} is too long: {length} characters, at most {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is too long</source>
        <translation>The text is too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} contains control characters</source>
        <translation>{field} contains control characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text contains control characters</source>
        <translation>The text contains control characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login must be 2 to 32 Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Login must be 2 to 32 Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role: {value}</source>
        <translation>Unknown role: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login {login} is already taken</source>
        <translation>The login {login} is already taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number {value} is already registered</source>
        <translation>Inventory number {value} is already registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong login or password</source>
        <translation>Wrong login or password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed tries: the account is locked for 5 minutes</source>
        <translation>Too many failed tries: the account is locked for 5 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is disabled</source>
        <translation>This account is disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow this</source>
        <translation>Your role does not allow this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must be at least {min} characters</source>
        <translation>Password must be at least {min} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too short</source>
        <translation>The password is too short</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must be at most {max} characters</source>
        <translation>Password must be at most {max} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must contain at least one letter and one digit</source>
        <translation>Password must contain at least one letter and one digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must differ from the current one</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords do not match</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder already has this status</source>
        <translation>The recorder already has this status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This status change is not allowed</source>
        <translation>This status change is not allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recorder is written off; its record is closed</source>
        <translation>This recorder is written off; its record is closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown vendor profile: {value}</source>
        <translation>Unknown vendor profile: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head and the responsible person must be different people</source>
        <translation>The head and the responsible person must be different people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit is already set up</source>
        <translation>The unit is already set up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account</source>
        <translation>You cannot disable your own account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appoint another responsible person before disabling this one</source>
        <translation>Appoint another responsible person before disabling this one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already the responsible person</source>
        <translation>This person is already the responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head cannot be appointed the responsible person</source>
        <translation>The head cannot be appointed the responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled account cannot be appointed</source>
        <translation>A disabled account cannot be appointed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The responsible person is appointed by the head</source>
        <translation>The responsible person is appointed by the head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value must be between {min} and {max}</source>
        <translation>The value must be between {min} and {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown time zone: {name}</source>
        <translation>Unknown time zone: {name}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Serial number {value} already belongs to recorder {inventory}</source>
        <translation>Serial number {value} already belongs to recorder {inventory}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recorder has the inventory number {value}</source>
        <translation>No recorder has the inventory number {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown recorder status: {value}</source>
        <translation>Unknown recorder status: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown interface language: {value}</source>
        <translation>Unknown interface language: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of the setting {key} is not valid</source>
        <translation>The value of the setting {key} is not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setting {key} is not kept here</source>
        <translation>The setting {key} is not kept here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown setting: {key}</source>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file of this PC cannot be read: it is damaged; tell the administrator</source>
        <translation>The settings file of this PC cannot be read: it is damaged; tell the administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key of this person is protected in a way this program does not know: tell the administrator</source>
        <translation>The signing key of this person is protected in a way this program does not know: tell the administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored signing key of this person is damaged (it does not match its public half): tell the administrator</source>
        <translation>The stored signing key of this person is damaged (it does not match its public half): tell the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_vault.py" line="+40"/>
        <source>The shorter period touches {recordings} stored recording(s): it is made only when confirmed a second time</source>
        <translation>The shorter period touches {recordings} stored recording(s): it is made only when confirmed a second time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not every recording chosen may be destroyed now: each must have expired, must not be held and must not be on a list awaiting the head</source>
        <translation>Not every recording chosen may be destroyed now: each must have expired, must not be held and must not be on a list awaiting the head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A destruction needs two people: a list is approved by someone other than the person who proposed it</source>
        <translation>A destruction needs two people: a list is approved by someone other than the person who proposed it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This destruction list is already decided</source>
        <translation>This destruction list is already decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This legal hold is already released</source>
        <translation>This legal hold is already released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the recordings to hold</source>
        <translation>Choose the recordings to hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC clock is in doubt: the head confirms it in the Audit section first</source>
        <translation>The PC clock is in doubt: the head confirms it in the Audit section first</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_accounts.py" line="-51"/>
        <source>Unknown value: {value}</source>
        <translation>Unknown value: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first</source>
        <translation>Sign in first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge must be between 0 and 100 %</source>
        <translation>Battery charge must be between 0 and 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The battery is at {value} %, below the unit&apos;s minimum of {min} %: charge it, or give a reason to issue it anyway</source>
        <translation>The battery is at {value} %, below the unit&apos;s minimum of {min} %: charge it, or give a reason to issue it anyway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recorder clock is {offset:+d} s off the PC clock (at most {max} s allowed): set the recorder clock first (п.17)</source>
        <translation>The recorder clock is {offset:+d} s off the PC clock (at most {max} s allowed): set the recorder clock first (п.17)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder {inventory} is not in store</source>
        <translation>Recorder {inventory} is not in store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder cannot be issued to oneself</source>
        <translation>A recorder cannot be issued to oneself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person issuing the recorder signs as the issuer</source>
        <translation>The person issuing the recorder signs as the issuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who signs for receipt must be the person receiving</source>
        <translation>The person who signs for receipt must be the person receiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person receiving the recorder back signs as the receiver</source>
        <translation>The person receiving the recorder back signs as the receiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder is returned by the person it was issued to</source>
        <translation>The recorder is returned by the person it was issued to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is not an open issue</source>
        <translation>This entry is not an open issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder {inventory} is already returned</source>
        <translation>Recorder {inventory} is already returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data of this entry is already marked stored</source>
        <translation>The data of this entry is already marked stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the fault</source>
        <translation>Describe the fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person reporting the fault signs the report</source>
        <translation>The person reporting the fault signs the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the inspector holding the recorder, or the responsible person, reports its fault</source>
        <translation>Only the inspector holding the recorder, or the responsible person, reports its fault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This notification is already acknowledged</source>
        <translation>This notification is already acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No journal volume is open: open one with its registration index first</source>
        <translation>No journal volume is open: open one with its registration index first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal volume is already open: close it to start the next</source>
        <translation>A journal volume is already open: close it to start the next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit is not set up</source>
        <translation>The unit is not set up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person correcting the journal signs the correction</source>
        <translation>The person correcting the journal signs the correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only issue entries are corrected this way</source>
        <translation>Only issue entries are corrected this way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is already struck through</source>
        <translation>This entry is already struck through</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The struck entry was returned: give the right date and time of return</source>
        <translation>The struck entry was returned: give the right date and time of return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return cannot come before the issue</source>
        <translation>The return cannot come before the issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature pad is empty: sign with the mouse, a finger or a pen</source>
        <translation>The signature pad is empty: sign with the mouse, a finger or a pen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature drawing is not valid: clear it and sign again</source>
        <translation>The signature drawing is not valid: clear it and sign again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature drawing is too large: clear it and sign again</source>
        <translation>The signature drawing is too large: clear it and sign again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person has no signing key yet: they sign in once to make it</source>
        <translation>This person has no signing key yet: they sign in once to make it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN or password is wrong: the signers enter theirs again (wrong tries lock the account)</source>
        <translation>A PIN or password is wrong: the signers enter theirs again (wrong tries lock the account)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_vault.py" line="-39"/>
        <source>Wrong storage password</source>
        <translation>Wrong storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong recovery key: type the 32 letters and digits from the sheet in the unit&apos;s safe</source>
        <translation>Wrong recovery key: type the 32 letters and digits from the sheet in the unit&apos;s safe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a recovery key: 32 letters and digits in groups of four</source>
        <translation>Not a recovery key: 32 letters and digits in groups of four</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage is locked: enter the storage password first</source>
        <translation>The footage is locked: enter the storage password first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit has no storage password yet: the head sets it</source>
        <translation>The unit has no storage password yet: the head sets it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage password is set already</source>
        <translation>The storage password is set already</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the head and the responsible person hold a storage password (п.6)</source>
        <translation>Only the head and the responsible person hold a storage password (п.6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the appointed responsible person holds the storage password</source>
        <translation>Only the appointed responsible person holds the storage password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the head may set another person&apos;s storage password</source>
        <translation>Only the head may set another person&apos;s storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage password must differ from the sign-in password</source>
        <translation>The storage password must differ from the sign-in password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The head and the responsible person each have a storage password of their own</source>
        <translation>The head and the responsible person each have a storage password of their own</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note needs some text</source>
        <translation>A note needs some text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is too long: at most {max} characters</source>
        <translation>The note is too long: at most {max} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection reference is too long</source>
        <translation>The inspection reference is too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of a range must not come before its start</source>
        <translation>The end of a range must not come before its start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note lies beyond the end of the recording</source>
        <translation>The note lies beyond the end of the recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That note has already been corrected</source>
        <translation>That note has already been corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a decision</source>
        <translation>Choose a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision needs a comment</source>
        <translation>A decision needs a comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment is too long: at most {max} characters</source>
        <translation>The comment is too long: at most {max} characters</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A retention period is a whole number of months, at least 1</source>
        <translation>A retention period is a whole number of months, at least 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one recording for the destruction list</source>
        <translation>Choose at least one recording for the destruction list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the chosen recordings are already destroyed: a legal hold cannot be placed on them</source>
        <translation>Some of the chosen recordings are already destroyed: a legal hold cannot be placed on them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk of the footage vault is full: free some space and try again</source>
        <translation>The disk of the footage vault is full: free some space and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC may not write to the footage vault folder: ask the administrator for access</source>
        <translation>This PC may not write to the footage vault folder: ask the administrator for access</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage vault could not be read or written: check that its disk or network folder is reachable and try again</source>
        <translation>The footage vault could not be read or written: check that its disk or network folder is reachable and try again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the file {path} (was the recorder disconnected?): try again</source>
        <translation>Could not read the file {path} (was the recorder disconnected?): try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the files of the recorder (was it disconnected?): dock it again</source>
        <translation>Could not read the files of the recorder (was it disconnected?): dock it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder gave {size} bytes instead of {expected}, so nothing was stored: dock it again</source>
        <translation>The recorder gave {size} bytes instead of {expected}, so nothing was stored: dock it again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored file {sha256} is missing from the footage vault: run the verification in the Audit section and tell the head</source>
        <translation>The stored file {sha256} is missing from the footage vault: run the verification in the Audit section and tell the head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recording was destroyed: its key is shredded and nobody can read it any more</source>
        <translation>This recording was destroyed: its key is shredded and nobody can read it any more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of the footage vault was changed or damaged: tell the head at once and run the verification in the Audit section</source>
        <translation>A file of the footage vault was changed or damaged: tell the head at once and run the verification in the Audit section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage vault folder {path} belongs to another unit or installation: set this unit&apos;s vault folder in the settings</source>
        <translation>The footage vault folder {path} belongs to another unit or installation: set this unit&apos;s vault folder in the settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage vault folder {path} is empty and has no mark of this unit: is the unit&apos;s network folder connected? Check the vault folder in the settings</source>
        <translation>The footage vault folder {path} is empty and has no mark of this unit: is the unit&apos;s network folder connected? Check the vault folder in the settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«{value}» is not the name of a stored file: those are 64 hexadecimal digits</source>
        <translation>«{value}» is not the name of a stored file: those are 64 hexadecimal digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key file of the footage vault is damaged: restore it from a backup, and tell the head</source>
        <translation>A key file of the footage vault is damaged: restore it from a backup, and tell the head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key of this file does not open with the vault key: the file is from another vault or damaged</source>
        <translation>The key of this file does not open with the vault key: the file is from another vault or damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item does not open with the vault key: it is from another vault or damaged</source>
        <translation>This item does not open with the vault key: it is from another vault or damaged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recording is already stored (SHA-256 {sha256})</source>
        <translation>This recording is already stored (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ingest run {run_id} has already ended: dock the recorder again</source>
        <translation>The ingest run {run_id} has already ended: dock the recorder again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one recording for the evidence package</source>
        <translation>Choose at least one recording for the evidence package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists: choose a new name for the package</source>
        <translation>{path} already exists: choose a new name for the package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An evidence package is in Kazakh or Russian, not «{lang}»</source>
        <translation>An evidence package is in Kazakh or Russian, not «{lang}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording {id} read from the vault does not match its sealed SHA-256, so it is not exported: tell the head at once</source>
        <translation>Recording {id} read from the vault does not match its sealed SHA-256, so it is not exported: tell the head at once</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {id} has no seal: it cannot be exported as evidence</source>
        <translation>Recording {id} has no seal: it cannot be exported as evidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The written package does not verify, so it was not kept: try again, and tell the head if it happens again</source>
        <translation>The written package does not verify, so it was not kept: try again, and tell the head if it happens again</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_documents.py" line="+13"/>
        <source>Enter the BIN or IIN of the subject of control</source>
        <translation>Enter the BIN or IIN of the subject of control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN must be digits only, not «{value}»</source>
        <translation>The BIN or IIN must be digits only, not «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN has 12 digits, not {length}</source>
        <translation>The BIN or IIN has 12 digits, not {length}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN {value} is not valid: its check digit does not match (a typing mistake?)</source>
        <translation>The BIN or IIN {value} is not valid: its check digit does not match (a typing mistake?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is neither a valid BIN nor a valid IIN</source>
        <translation>{value} is neither a valid BIN nor a valid IIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IIN {value} is not valid: its 7th digit must be 1 to 6</source>
        <translation>The IIN {value} is not valid: its 7th digit must be 1 to 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IIN {value} is not valid: it holds no real date of birth</source>
        <translation>The IIN {value} is not valid: it holds no real date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its 5th digit must be 4, 5 or 6</source>
        <translation>The BIN {value} is not valid: its 5th digit must be 4, 5 or 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its 6th digit must be 0 to 3</source>
        <translation>The BIN {value} is not valid: its 6th digit must be 0 to 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its registration month is impossible</source>
        <translation>The BIN {value} is not valid: its registration month is impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lead inspector of the inspection</source>
        <translation>Choose the lead inspector of the inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection ends before it begins</source>
        <translation>The inspection ends before it begins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The act of appointment is dated after the inspection began</source>
        <translation>The act of appointment is dated after the inspection began</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An inspector makes only inspections they take part in</source>
        <translation>An inspector makes only inspections they take part in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only active inspectors take part in an inspection</source>
        <translation>Only active inspectors take part in an inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only issues of recorders in the journal can be linked</source>
        <translation>Only issues of recorders in the journal can be linked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A linked journal issue must be to one of the inspection&apos;s inspectors</source>
        <translation>A linked journal issue must be to one of the inspection&apos;s inspectors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The violation checked by this visit does not exist</source>
        <translation>The violation checked by this visit does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This inspection is another inspector&apos;s</source>
        <translation>This inspection is another inspector&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the violation</source>
        <translation>Describe the violation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the requirement breached from the catalogue</source>
        <translation>Choose the requirement breached from the catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue has no requirement «{requirement}»</source>
        <translation>The catalogue has no requirement «{requirement}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deadline to eliminate a violation cannot come before the inspection ends or the document is drawn up</source>
        <translation>The deadline to eliminate a violation cannot come before the inspection ends or the document is drawn up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A violation printed in an issued document stays: issue a replacing document instead</source>
        <translation>A violation printed in an issued document stays: issue a replacing document instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This violation is already marked eliminated</source>
        <translation>This violation is already marked eliminated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of elimination is in the future</source>
        <translation>The date of elimination is in the future</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That recording is not from this inspection&apos;s recorders</source>
        <translation>That recording is not from this inspection&apos;s recorders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That bookmark is not on the recording chosen</source>
        <translation>That bookmark is not on the recording chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That still was not taken from the recording chosen</source>
        <translation>That still was not taken from the recording chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A still&apos;s SHA-256 must be 64 hexadecimal digits</source>
        <translation>A still&apos;s SHA-256 must be 64 hexadecimal digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prescription follows an issued act: issue the act first</source>
        <translation>A prescription follows an issued act: issue the act first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prescription needs at least one violation</source>
        <translation>A prescription needs at least one violation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document is in Kazakh, Russian or both</source>
        <translation>A document is in Kazakh, Russian or both</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document cannot be dated before the inspection began</source>
        <translation>The document cannot be dated before the inspection began</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection names no representative of the subject: add one to the inspection first</source>
        <translation>The inspection names no representative of the subject: add one to the inspection first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored document no longer matches its SHA-256: tell the head at once</source>
        <translation>The stored document no longer matches its SHA-256: tell the head at once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents are being issued elsewhere at the same moment: try again</source>
        <translation>Documents are being issued elsewhere at the same moment: try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document replaced must be this inspection&apos;s, of the same kind</source>
        <translation>The document replaced must be this inspection&apos;s, of the same kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That document is already replaced</source>
        <translation>That document is already replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file (.p12 or .pfx)</source>
        <translation>Choose the key file (.p12 or .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password for the key file</source>
        <translation>Wrong password for the key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a PKCS#12 key file (.p12, .pfx)</source>
        <translation>The file is not a PKCS#12 key file (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file holds no private key with its certificate</source>
        <translation>The key file holds no private key with its certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is not an RSA key; only RSA keys are supported</source>
        <translation>The key is not an RSA key; only RSA keys are supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate in the key file is not the key&apos;s</source>
        <translation>The certificate in the key file is not the key&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the key has expired</source>
        <translation>The certificate of the key has expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the key is not valid yet</source>
        <translation>The certificate of the key is not valid yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer is not running or cannot be reached: start NCALayer and try again</source>
        <translation>NCALayer is not running or cannot be reached: start NCALayer and try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer did not answer in time</source>
        <translation>NCALayer did not answer in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer closed the connection</source>
        <translation>NCALayer closed the connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing was cancelled in NCALayer</source>
        <translation>Signing was cancelled in NCALayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer refused to sign</source>
        <translation>NCALayer refused to sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature was made over another document</source>
        <translation>The signature was made over another document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not verify</source>
        <translation>The signature does not verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue file has mistakes; nothing was imported</source>
        <translation>The catalogue file has mistakes; nothing was imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue file must be a UTF-8 CSV of at most 5 MB</source>
        <translation>The catalogue file must be a UTF-8 CSV of at most 5 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not work with inspections</source>
        <translation>Your role does not work with inspections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A badge is in Kazakh, Russian or both</source>
        <translation>A badge is in Kazakh, Russian or both</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document template {kind}/{lang} is missing or damaged: reinstall the program</source>
        <translation>The document template {kind}/{lang} is missing or damaged: reinstall the program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document template is damaged (its entry «{key}»): reinstall the program</source>
        <translation>The document template is damaged (its entry «{key}»): reinstall the program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no document template in the language «{lang}»</source>
        <translation>There is no document template in the language «{lang}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is printed in Kazakh or Russian, not «{lang}»</source>
        <translation>The journal is printed in Kazakh or Russian, not «{lang}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is printed in Kazakh or Russian only</source>
        <translation>This is printed in Kazakh or Russian only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is exported to a .pdf or a .csv file: choose one</source>
        <translation>The audit trail is exported to a .pdf or a .csv file: choose one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A text of the catalogue is in Kazakh (kk) or Russian (ru), not «{lang}»</source>
        <translation>A text of the catalogue is in Kazakh (kk) or Russian (ru), not «{lang}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is a BIN (of a legal entity): the IIN of a person is expected here</source>
        <translation>{value} is a BIN (of a legal entity): the IIN of a person is expected here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is an IIN (of a person): the BIN of a legal entity is expected here</source>
        <translation>{value} is an IIN (of a person): the BIN of a legal entity is expected here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature is damaged or is not a CMS signature</source>
        <translation>The signature is damaged or is not a CMS signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signature must have exactly one signer; this one has {count}</source>
        <translation>A signature must have exactly one signer; this one has {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is made in a way this program does not check: only SHA-256 with RSA is supported</source>
        <translation>The signature is made in a way this program does not check: only SHA-256 with RSA is supported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate is not in the signature</source>
        <translation>The signer&apos;s certificate is not in the signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate is not meant for signing</source>
        <translation>The signer&apos;s certificate is not meant for signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate of the signature was not valid at the signing time: {subject}</source>
        <translation>A certificate of the signature was not valid at the signing time: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate does not lead to a trusted root certificate (issued by {issuer})</source>
        <translation>The signer&apos;s certificate does not lead to a trusted root certificate (issued by {issuer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate does not lead to a trusted root certificate</source>
        <translation>The signer&apos;s certificate does not lead to a trusted root certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signing time must carry a time zone</source>
        <translation>The signing time must carry a time zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NCALayer address must start with wss:// or ws://</source>
        <translation>The NCALayer address must start with wss:// or ws://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown NCALayer language: {locale}</source>
        <translation>Unknown NCALayer language: {locale}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to sign</source>
        <translation>There is nothing to sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer did not accept the request ({ncalayer_code}): update NCALayer and try again</source>
        <translation>NCALayer did not accept the request ({ncalayer_code}): update NCALayer and try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer gave an answer this program does not understand: update NCALayer and try again</source>
        <translation>NCALayer gave an answer this program does not understand: update NCALayer and try again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time-stamp authority address must start with http:// or https://</source>
        <translation>The time-stamp authority address must start with http:// or https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a PEM certificate: the text must contain -----BEGIN CERTIFICATE-----</source>
        <translation>Not a PEM certificate: the text must contain -----BEGIN CERTIFICATE-----</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of the time-stamp authority in the settings is not valid PEM: set it again</source>
        <translation>The certificate of the time-stamp authority in the settings is not valid PEM: set it again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A time-stamp is asked for a SHA-256 digest of 32 bytes</source>
        <translation>A time-stamp is asked for a SHA-256 digest of 32 bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time-stamp authority answered with HTTP error {http_status}: the time-stamps wait and are asked for again later</source>
        <translation>The time-stamp authority answered with HTTP error {http_status}: the time-stamps wait and are asked for again later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time-stamp authority cannot be reached: the time-stamps wait and are asked for again later</source>
        <translation>The time-stamp authority cannot be reached: the time-stamps wait and are asked for again later</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time-stamp authority refused the request (status {status}): check its address in the settings</source>
        <translation>The time-stamp authority refused the request (status {status}): check its address in the settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer of the time-stamp authority is not a valid time-stamp, so it was not kept: check its address and certificate in the settings</source>
        <translation>The answer of the time-stamp authority is not a valid time-stamp, so it was not kept: check its address and certificate in the settings</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_server.py" line="+14"/>
        <source>The database server refused the password of {account}</source>
        <translation>The database server refused the password of {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server needs a password: enter it and try again</source>
        <translation>The database server needs a password: enter it and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server of {account} cannot be reached: {reason}</source>
        <translation>The database server of {account} cannot be reached: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no schema for this unit that this user may use: ask its administrator</source>
        <translation>The server has no schema for this unit that this user may use: ask its administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown kind of database: give a PostgreSQL server or this PC&apos;s file</source>
        <translation>Unknown kind of database: give a PostgreSQL server or this PC&apos;s file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server database needs a host, a user and a database name</source>
        <translation>A server database needs a host, a user and a database name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port must be a number from 1 to 65535</source>
        <translation>The port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit&apos;s schema must be 2 to 41 small Latin letters, digits or _ and start with a letter</source>
        <translation>The unit&apos;s schema must be 2 to 41 small Latin letters, digits or _ and start with a letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database password is not kept in the settings: it goes to the system&apos;s credential store, or is asked for at start-up</source>
        <translation>The database password is not kept in the settings: it goes to the system&apos;s credential store, or is asked for at start-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the password of the database server</source>
        <translation>Enter the password of the database server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s credential store could not keep the password; untick the box to type it at each start</source>
        <translation>The system&apos;s credential store could not keep the password; untick the box to type it at each start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault folder {path} does not exist or is not reachable from this PC</source>
        <translation>The vault folder {path} does not exist or is not reachable from this PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown TLS mode of the database connection: {value}</source>
        <translation>Unknown TLS mode of the database connection: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database (schema {revision}) was made by a newer version of this program: update the program</source>
        <translation>The database (schema {revision}) was made by a newer version of this program: update the program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit&apos;s database on the server needs an upgrade this account may not make: the server&apos;s administrator runs «inspector-app server upgrade-unit»</source>
        <translation>The unit&apos;s database on the server needs an upgrade this account may not make: the server&apos;s administrator runs «inspector-app server upgrade-unit»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} must be 2 to 41 small Latin letters, digits or _ and start with a letter</source>
        <translation>{what} must be 2 to 41 small Latin letters, digits or _ and start with a letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server already has a role {role}</source>
        <translation>The server already has a role {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server already has a schema {schema}</source>
        <translation>The server already has a schema {schema}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This unit already works on a server database</source>
        <translation>This unit already works on a server database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server database already holds a unit&apos;s data: give an empty database (or schema) for this unit</source>
        <translation>The server database already holds a unit&apos;s data: give an empty database (or schema) for this unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy on the server differs from this database in the tables {tables}, so nothing was kept on the server: try again</source>
        <translation>The copy on the server differs from this database in the tables {tables}, so nothing was kept on the server: try again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tool} was not found: install the PostgreSQL client tools on this PC</source>
        <translation>{tool} was not found: install the PostgreSQL client tools on this PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tool} failed: ask the administrator of the database server</source>
        <translation>{tool} failed: ask the administrator of the database server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists: a backup goes into a new folder</source>
        <translation>{path} already exists: a backup goes into a new folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file of this unit is missing: no backup was made</source>
        <translation>The database file of this unit is missing: no backup was made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault file {path} is damaged, so no backup was made: run the verification in the Audit section</source>
        <translation>The vault file {path} is damaged, so no backup was made: run the verification in the Audit section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup does not verify, so it is not used: make a new backup or restore another one</source>
        <translation>The backup does not verify, so it is not used: make a new backup or restore another one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of files of the backup names a file outside the backup: the backup cannot be trusted</source>
        <translation>The list of files of the backup names a file outside the backup: the backup cannot be trusted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} changed while it was being restored: the backup cannot be trusted</source>
        <translation>{path} changed while it was being restored: the backup cannot be trusted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a backup of a PostgreSQL database: name the new, empty database to restore it into</source>
        <translation>This is a backup of a PostgreSQL database: name the new, empty database to restore it into</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a backup of a SQLite database: it is restored into the data folder alone, not into a database server</source>
        <translation>This is a backup of a SQLite database: it is restored into the data folder alone, not into a database server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database address holds a password: give the password in PGPASSWORD instead</source>
        <translation>The database address holds a password: give the password in PGPASSWORD instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database to restore into cannot be opened: check its address and password</source>
        <translation>The database to restore into cannot be opened: check its address and password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty: a backup is restored only into a new data folder; nothing was touched</source>
        <translation>{path} is not empty: a backup is restored only into a new data folder; nothing was touched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is not empty: a backup is restored only into a new, empty database; nothing was touched</source>
        <translation>The database is not empty: a backup is restored only into a new, empty database; nothing was touched</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation key cannot be unlocked on this PC: its secret is missing or belongs to another installation; tell the administrator</source>
        <translation>The installation key cannot be unlocked on this PC: its secret is missing or belongs to another installation; tell the administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored installation key is damaged (it does not match its public half): tell the administrator</source>
        <translation>The stored installation key is damaged (it does not match its public half): tell the administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows refused to protect or unprotect the installation secret: tell the administrator</source>
        <translation>Windows refused to protect or unprotect the installation secret: tell the administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installation secret of this PC is damaged: tell the administrator</source>
        <translation>The installation secret of this PC is damaged: tell the administrator</translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <location filename="../../ui/pages/evidence_export.py" line="+115"/>
        <source>Export evidence package…</source>
        <translation>Export evidence package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Exporting an evidence package</source>
        <translation>Exporting an evidence package</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Evidence package</source>
        <translation>Evidence package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) written to {1} and verified.
SHA-256 of manifest.json: {2}</source>
        <translation>{0} recording(s) written to {1} and verified.
SHA-256 of manifest.json: {2}</translation>
    </message>
</context>
<context>
    <name>EvidenceExportDialog</name>
    <message>
        <location line="-131"/>
        <source>Export evidence package</source>
        <translation>Export evidence package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recording ({0})</source>
        <translation>This recording ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {0} recordings of its issue</source>
        <translation>All {0} recordings of its issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ZIP file</source>
        <translation>One ZIP file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recordings:</source>
        <translation>Recordings:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custody sheet language:</source>
        <translation>Custody sheet language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder (USB stick, network share):</source>
        <translation>Folder (USB stick, network share):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package name:</source>
        <translation>Package name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where to write the package</source>
        <translation>Where to write the package</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_return_dialogs.py" line="+100"/>
        <source>Report a fault</source>
        <translation>Report a fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the fault</source>
        <translation>Description of the fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened and when</source>
        <translation>What happened and when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head and the responsible person are notified at once, and the fault is entered in the journal (п.20).</source>
        <translation>The head and the responsible person are notified at once, and the fault is entered in the journal (п.20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the recorder</source>
        <translation>Choose the recorder</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+24"/>
        <source>Inventory number</source>
        <translation>Inventory number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor profile</source>
        <translation>Vendor profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit name (Kazakh)</source>
        <translation>Unit name (Kazakh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit name (Russian)</source>
        <translation>Unit name (Russian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order reference</source>
        <translation>Order reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration index</source>
        <translation>Registration index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the fault</source>
        <translation>Description of the fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility&apos;s address</source>
        <translation>The facility&apos;s address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The facility&apos;s name</source>
        <translation>The facility&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility&apos;s type</source>
        <translation>The facility&apos;s type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The subject&apos;s name</source>
        <translation>The subject&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal address</source>
        <translation>The legal address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The comment</source>
        <translation>The comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The number of the act of appointment</source>
        <translation>The number of the act of appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place</source>
        <translation>The place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The position</source>
        <translation>The position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proof of elimination</source>
        <translation>The proof of elimination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reason for the change</source>
        <translation>The reason for the change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason for the hold</source>
        <translation>The reason for the hold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reason for the release</source>
        <translation>The reason for the release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration number</source>
        <translation>The registration number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The registration of the act</source>
        <translation>The registration of the act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The representative</source>
        <translation>The representative</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/pages/follow_up_page.py" line="+35"/>
        <source>Deadlines shown</source>
        <translation>Deadlines shown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due and overdue</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark eliminated…</source>
        <translation>Mark eliminated…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln violation(s) shown</source>
        <translation>
            <numerusform>%Ln violation shown</numerusform>
            <numerusform>%Ln violations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FootageDetails</name>
    <message>
        <location filename="../../ui/pages/footage_details.py" line="+71"/>
        <source>Selected recording</source>
        <translation>Selected recording</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a recording to see its hash, times and the continuity of its issue.</source>
        <translation>Select a recording to see its hash, times and the continuity of its issue.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File on the recorder: {0}</source>
        <translation>File on the recorder: {0}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Details of the selected recording</source>
        <translation>Details of the selected recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start: {0} (recorder&apos;s text: {1})</source>
        <translation>Start: {0} (recorder&apos;s text: {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration {0}, size {1}</source>
        <translation>Duration {0}, size {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored: {0}</source>
        <translation>Stored: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The footage is locked: its frame and file open once the storage password is entered.</source>
        <translation>The footage is locked: its frame and file open once the storage password is entered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be decoded; it is stored byte for byte all the same.</source>
        <translation>The file could not be decoded; it is stored byte for byte all the same.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Made while the recorder was not issued: no journal entry.</source>
        <translation>Made while the recorder was not issued: no journal entry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuity of {0}</source>
        <translation>Continuity of {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry {0}</source>
        <translation>entry {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no breaks</source>
        <translation>no breaks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The issue has no recording at all</source>
        <translation>The issue has no recording at all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gap of {0} after {1}</source>
        <translation>A gap of {0} after {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… {0} gaps in all</source>
        <translation>… {0} gaps in all</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing file numbers: {0}</source>
        <translation>Missing file numbers: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} recording(s) made while the recorder was not issued</source>
        <translation>{0} recording(s) made while the recorder was not issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} recording(s) with no known start</source>
        <translation>{0} recording(s) with no known start</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorder clock: not checked yet</source>
        <translation>Recorder clock: not checked yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock at the dock of {0}: unknown</source>
        <translation>Recorder clock at the dock of {0}: unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder clock at the dock of {0}: {1:+d} s (tolerance {2} s)</source>
        <translation>Recorder clock at the dock of {0}: {1:+d} s (tolerance {2} s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock at the dock of {0}: at least {1:+d} s, from its newest file (tolerance {2} s)</source>
        <translation>Recorder clock at the dock of {0}: at least {1:+d} s, from its newest file (tolerance {2} s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the recorder clock (п.17)</source>
        <translation>set the recorder clock (п.17)</translation>
    </message>
</context>
<context>
    <name>FootageFilters</name>
    <message>
        <location filename="../../ui/pages/footage_filters.py" line="+22"/>
        <source>Gap in recording</source>
        <translation>Gap in recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder clock off</source>
        <translation>Recorder clock off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded while not issued</source>
        <translation>Recorded while not issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (bookmarked or cited)</source>
        <translation>Evidence (bookmarked or cited)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under a legal hold</source>
        <translation>Under a legal hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in notes, file names and hashes</source>
        <translation>Search in notes, file names and hashes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal issue</source>
        <translation>Journal issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by issue</source>
        <translation>Group by issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One visit at a time: each journal issue with its segments in order</source>
        <translation>One visit at a time: each journal issue with its segments in order</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All recorders</source>
        <translation>All recorders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All inspectors</source>
        <translation>All inspectors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All journal entries</source>
        <translation>All journal entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any recording</source>
        <translation>Any recording</translation>
    </message>
</context>
<context>
    <name>FootagePage</name>
    <message>
        <location filename="../../ui/pages/footage_page.py" line="+177"/>
        <source>Stored footage</source>
        <translation>Stored footage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln recording(s)</source>
        <translation>
            <numerusform>%Ln recording</numerusform>
            <numerusform>%Ln recordings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No. {0} of volume {1}: {2}, {3}, {4}</source>
        <translation>No. {0} of volume {1}: {2}, {3}, {4}</translation>
    </message>
</context>
<context>
    <name>IngestPanel</name>
    <message>
        <location filename="../../ui/pages/ingest_panel.py" line="+189"/>
        <source>Docked recorders</source>
        <translation>Docked recorders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recorder is docked. Recordings are stored automatically while a recorder charges on its dock (п.11).</source>
        <translation>No recorder is docked. Recordings are stored automatically while a recorder charges on its dock (п.11).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no serial number</source>
        <translation>no serial number</translation>
    </message>
</context>
<context>
    <name>IngestRow</name>
    <message>
        <location line="-109"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for another recorder&apos;s ingest to end</source>
        <translation>Waiting for another recorder&apos;s ingest to end</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0:.0f} of {1:.0f} MB</source>
        <translation>{0:.0f} of {1:.0f} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:.1f} MB/s</source>
        <translation>{0:.1f} MB/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}:{1:02d} left</source>
        <translation>{0}:{1:02d} left</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed: {0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} stored, {1} already there</source>
        <translation>{0} stored, {1} already there</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0}</source>
        <translation>Done: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: {0}; the rest comes at the next dock</source>
        <translation>Cancelled: {0}; the rest comes at the next dock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial {0} is not in the register: bind it to an inventory number (п.7)</source>
        <translation>Serial {0} is not in the register: bind it to an inventory number (п.7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: {0}. {1}</source>
        <translation>Stopped: {0}. {1}</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/inspection_dialog.py" line="+221"/>
        <source>Change the inspection</source>
        <translation>Change the inspection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New inspection</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject and facility</source>
        <translation>Subject and facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis and inspectors</source>
        <translation>Basis and inspectors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings and recorders</source>
        <translation>Findings and recorders</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject of control</source>
        <translation>Subject of control</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN/IIN</source>
        <translation>BIN/IIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal address</source>
        <translation>Legal address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazardous production facility</source>
        <translation>Hazardous production facility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of facility</source>
        <translation>Type of facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility address</source>
        <translation>Facility address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number of the facility</source>
        <translation>Registration number of the facility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative of the subject</source>
        <translation>Representative of the subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s position</source>
        <translation>Representative&apos;s position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of control</source>
        <translation>Kind of control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of appointment: number</source>
        <translation>Act of appointment: number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of appointment: date</source>
        <translation>Act of appointment: date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration of the act (legal statistics)</source>
        <translation>Registration of the act (legal statistics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection from</source>
        <translation>Inspection from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection to</source>
        <translation>Inspection to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other inspectors</source>
        <translation>Other inspectors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drawing up</source>
        <translation>Place of drawing up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorders taken (journal issues)</source>
        <translation>Recorders taken (journal issues)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations of earlier prescriptions this visit checks</source>
        <translation>Violations of earlier prescriptions this visit checks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act of appointment is registered</source>
        <translation>The act of appointment is registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal has no issue of a recorder to the inspectors chosen.</source>
        <translation>The journal has no issue of a recorder to the inspectors chosen.</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <location filename="../../ui/models/inspection_models.py" line="+16"/>
        <source>Preventive control with a visit</source>
        <translation>Preventive control with a visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-based inspection</source>
        <translation>Risk-based inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unscheduled inspection</source>
        <translation>Unscheduled inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation of an accident or incident</source>
        <translation>Investigation of an accident or incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check of compliance with permit requirements</source>
        <translation>Check of compliance with permit requirements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh and Russian</source>
        <translation>Kazakh and Russian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminated</source>
        <translation>Eliminated</translation>
    </message>
</context>
<context>
    <name>InspectionModels</name>
    <message>
        <location line="+35"/>
        <source>Subject of control</source>
        <translation>Subject of control</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN/IIN</source>
        <translation>BIN/IIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of control</source>
        <translation>Kind of control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead inspector</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents issued</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+8"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminated on</source>
        <translation>Eliminated on</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{0} (replaces an earlier one)</source>
        <translation>{0} (replaces an earlier one)</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../ui/pages/inspections_page.py" line="+110"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections and acts</source>
        <translation>Inspections and acts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up of prescriptions</source>
        <translation>Follow-up of prescriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Print the badge…</source>
        <translation>Print the badge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations found</source>
        <translation>Violations found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add violation…</source>
        <translation>Add violation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln inspection(s)</source>
        <translation>
            <numerusform>%Ln inspection</numerusform>
            <numerusform>%Ln inspections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Remove the violation</source>
        <translation>Remove the violation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove violation {0}?</source>
        <translation>Remove violation {0}?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the badges as</source>
        <translation>Save the badges as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges saved to {0}</source>
        <translation>Badges saved to {0}</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <location filename="../../ui/pages/integrity_panel.py" line="+71"/>
        <source>Verify everything…</source>
        <translation>Verify everything…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying the store</source>
        <translation>Verifying the store</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK: no problem found</source>
        <translation>OK: no problem found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found: {0}</source>
        <translation>Problems found: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verification cancelled</source>
        <translation>Verification cancelled</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="-89"/>
        <source>The verification was cancelled before it ended.</source>
        <translation>The verification was cancelled before it ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found: {0}</source>
        <translation>Problems found: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK: everything is in order, no problem found.</source>
        <translation>OK: everything is in order, no problem found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked:</source>
        <translation>Checked:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-hashed: {0}</source>
        <translation>Re-hashed: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamps still pending: {0}</source>
        <translation>Time-stamps still pending: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the audit trail as event No. {0}.</source>
        <translation>Recorded in the audit trail as event No. {0}.</translation>
    </message>
</context>
<context>
    <name>IntegrityReportDialog</name>
    <message>
        <location line="+48"/>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the store, the audit trail and the journal are intact.</source>
        <translation>OK: the store, the audit trail and the journal are intact.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_issue_dialog.py" line="+87"/>
        <source>Issue a recorder</source>
        <translation>Issue a recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge</source>
        <translation>Battery charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read yet</source>
        <translation>not read yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the charge off the recorder when handing it over (п.20)</source>
        <translation>Read the charge off the recorder when handing it over (п.20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue anyway, reason:</source>
        <translation>Issue anyway, reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the recorder is issued with a low battery</source>
        <translation>Why the recorder is issued with a low battery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock offset</source>
        <translation>Clock offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds the recorder clock is ahead (+) or behind (−) the PC clock</source>
        <translation>Seconds the recorder clock is ahead (+) or behind (−) the PC clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector receiving</source>
        <translation>Inspector receiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing over</source>
        <translation>Handing over</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Below the unit&apos;s minimum of {0} %: charge the recorder, or give a reason to issue it anyway</source>
        <translation>Below the unit&apos;s minimum of {0} %: charge the recorder, or give a reason to issue it anyway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More than {0} s off: set the recorder clock before issuing it (п.17)</source>
        <translation>More than {0} s off: set the recorder clock before issuing it (п.17)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the recorder clock with the PC clock (п.17). PC clock now: {0}</source>
        <translation>Compare the recorder clock with the PC clock (п.17). PC clock now: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no recorder in store to issue</source>
        <translation>There is no recorder in store to issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the battery charge read off the recorder (п.20)</source>
        <translation>Enter the battery charge read off the recorder (п.20)</translation>
    </message>
</context>
<context>
    <name>IssueDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="-127"/>
        <source>Issue: {0}</source>
        <translation>Issue: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left blank (filled in by hand)</source>
        <translation>Left blank (filled in by hand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by the representative</source>
        <translation>Acknowledged by the representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The representative refused to sign</source>
        <translation>The representative refused to sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drawing up</source>
        <translation>Place of drawing up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn up at</source>
        <translation>Drawn up at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the refusal</source>
        <translation>Note on the refusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: a new document</source>
        <translation>Nothing: a new document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>№ {0} of {1} ({2})</source>
        <translation>№ {0} of {1} ({2})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Representative: {0}</source>
        <translation>Representative: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection names no representative: add one to the inspection first.</source>
        <translation>The inspection names no representative: add one to the inspection first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refusal is recorded by the lead inspector, {0}.</source>
        <translation>The refusal is recorded by the lead inspector, {0}.</translation>
    </message>
</context>
<context>
    <name>JournalDetails</name>
    <message>
        <location filename="../../ui/pages/journal_details.py" line="+51"/>
        <source>Selected entry</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected entry</source>
        <translation>Details of the selected entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify signatures</source>
        <translation>Verify signatures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an entry to see its remarks and signatures.</source>
        <translation>Select an entry to see its remarks and signatures.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume {0}, entry No. {1}</source>
        <translation>Volume {0}, entry No. {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose: {0}</source>
        <translation>Purpose: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery: {0} %</source>
        <translation>Battery: {0} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder clock: {0:+d} s</source>
        <translation>Recorder clock: {0:+d} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned: {0}</source>
        <translation>Returned: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition on return: {0}</source>
        <translation>Condition on return: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data stored: {0}</source>
        <translation>Data stored: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Struck through {0}: {1}</source>
        <translation>Struck through {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No remarks</source>
        <translation>No remarks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No signatures</source>
        <translation>No signatures</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All signatures are valid ({0} checked)</source>
        <translation>All signatures are valid ({0} checked)</translation>
    </message>
</context>
<context>
    <name>JournalDialogs</name>
    <message>
        <location filename="../../ui/dialogs/journal_fields.py" line="+49"/>
        <source>Entry № {0} (volume {1}): recorder {2}, {3}, issued {4}</source>
        <translation>Entry № {0} (volume {1}): recorder {2}, {3}, issued {4}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, returned {0}</source>
        <translation>, returned {0}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ui/pages/journal_page.py" line="+217"/>
        <source>Journal of issue and return of recorders</source>
        <translation>Journal of issue and return of recorders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open issues only</source>
        <translation>Open issues only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a fault…</source>
        <translation>Report a fault…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike and correct…</source>
        <translation>Strike and correct…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close volume…</source>
        <translation>Close volume…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a recorder to an inspector</source>
        <translation>Issue a recorder to an inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected recorder back</source>
        <translation>Take the selected recorder back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a volume of the journal to PDF</source>
        <translation>Print a volume of the journal to PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No journal volume is open.</source>
        <translation>No journal volume is open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {0}, registration index {1}, started {2}</source>
        <translation>Volume {0}, registration index {1}, started {2}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All volumes</source>
        <translation>All volumes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume {0}</source>
        <translation>Volume {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All recorders</source>
        <translation>All recorders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Save the journal as</source>
        <translation>Save the journal as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Printing the journal</source>
        <translation>Printing the journal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal is printed</source>
        <translation>The journal is printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {0}
Pages: {1}, entries: {2}</source>
        <translation>Saved to {0}
Pages: {1}, entries: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal is not printed</source>
        <translation>The journal is not printed</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../ui/models/journal_table_model.py" line="+34"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder inventory number</source>
        <translation>Recorder inventory number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the user</source>
        <translation>Full name of the user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, time and signature of receipt</source>
        <translation>Date, time and signature of receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, time and signature of return</source>
        <translation>Date, time and signature of return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time the data was stored</source>
        <translation>Date and time the data was stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not returned</source>
        <translation>not returned</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Struck through: {0}</source>
        <translation>Struck through: {0}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Volume {0}, entry {1}</source>
        <translation>Volume {0}, entry {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: not returned in time</source>
        <translation>Overdue: not returned in time</translation>
    </message>
</context>
<context>
    <name>KeyFileSignDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="+44"/>
        <source>Sign with a key file</source>
        <translation>Sign with a key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} № {1}</source>
        <translation>{0} № {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file (.p12, .pfx)</source>
        <translation>Key file (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the key</source>
        <translation>Password of the key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the key file</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Key files (*.p12 *.pfx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>KeySlotsTableModel</name>
    <message>
        <location filename="../../ui/models/key_slots_table_model.py" line="+19"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key (sheet in the safe)</source>
        <translation>Recovery key (sheet in the safe)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked {0}</source>
        <translation>revoked {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoked by {0}</source>
        <translation>Revoked by {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+12"/>
        <source>Head of the unit</source>
        <translation>Head of the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State inspector</source>
        <translation>State inspector</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In store</source>
        <translation>In store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under repair</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preventive control with a visit</source>
        <translation>Preventive control with a visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not returned</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned, not yet stored</source>
        <translation>Returned, not yet stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault report</source>
        <translation>Fault report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Struck through</source>
        <translation>Struck through</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued with a low battery</source>
        <translation>Issued with a low battery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received the recorder</source>
        <translation>Received the recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued the recorder</source>
        <translation>Issued the recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned the recorder</source>
        <translation>Returned the recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received it back</source>
        <translation>Received it back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="+41"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+441"/>
        <source>Recorder journal and footage</source>
        <translation>Recorder journal and footage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen is locked.</source>
        <translation>The screen is locked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Recorder journal and footage, version {0}.
Order No. 444 of the Minister of Emergency Situations of the Republic of Kazakhstan.</source>
        <translation>Recorder journal and footage, version {0}.
Order No. 444 of the Minister of Emergency Situations of the Republic of Kazakhstan.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="+27"/>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new recovery key replaces the one on the sheet in the safe: the old sheet stops opening the footage. Print the new sheet, put it in the safe and destroy the old one.</source>
        <translation>A new recovery key replaces the one on the sheet in the safe: the old sheet stops opening the footage. Print the new sheet, put it in the safe and destroy the old one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new key</source>
        <translation>Make a new key</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../ui/notifications_bar.py" line="+26"/>
        <source>Recorder fault</source>
        <translation>Recorder fault</translation>
    </message>
</context>
<context>
    <name>NotificationsBar</name>
    <message>
        <location line="+75"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0} — {1}: {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen: it disappears for everyone</source>
        <translation>Mark as seen: it disappears for everyone</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/dialogs/person_fields.py" line="+29"/>
        <source>Login (Latin letters)</source>
        <translation>Login (Latin letters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="+80"/>
        <source>Order of appointment (number and date)</source>
        <translation>Order of appointment (number and date)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Head of the unit</source>
        <translation>Head of the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head appoints the responsible person and has full access to the footage (п.6, п.13).</source>
        <translation>The head appoints the responsible person and has full access to the footage (п.6, п.13).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the recorders, issues them against signature and stores the recordings (п.6, п.8).</source>
        <translation>Keeps the recorders, issues them against signature and stores the recordings (п.6, п.8).</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder_page.py" line="+32"/>
        <source>This section is not built yet. It comes in a later version of the program.</source>
        <translation>This section is not built yet. It comes in a later version of the program.</translation>
    </message>
</context>
<context>
    <name>PlayerBookmarks</name>
    <message>
        <location filename="../../ui/player/player_bookmarks.py" line="+55"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note here…</source>
        <translation>Note here…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note at the current moment of the recording on screen</source>
        <translation>A note at the current moment of the recording on screen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>segment {0}: </source>
        <translation>segment {0}: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet</source>
        <translation>No notes yet</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <location filename="../../ui/player/player_dialog.py" line="+39"/>
        <source>Footage: {0}</source>
        <translation>Footage: {0}</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../../ui/player/player_widget.py" line="+126"/>
        <source>◀| Frame back</source>
        <translation>◀| Frame back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame |▶</source>
        <translation>Frame |▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame back</source>
        <translation>One frame back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame forward</source>
        <translation>One frame forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a still…</source>
        <translation>Save a still…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position in the recording</source>
        <translation>Position in the recording</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The recording cannot be played</source>
        <translation>The recording cannot be played</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Recorder time unknown</source>
        <translation>Recorder time unknown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(corrected {0}, clock {1:+d} s)</source>
        <translation>(corrected {0}, clock {1:+d} s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>segment {0} of {1}</source>
        <translation>segment {0} of {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorder {0}, file {1}</source>
        <translation>Recorder {0}, file {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: {0}</source>
        <translation>Time: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a still</source>
        <translation>Save a still</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no frame to save yet: play the recording first</source>
        <translation>There is no frame to save yet: play the recording first</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The still could not be saved: {0}</source>
        <translation>The still could not be saved: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../ui/pages/journal_print.py" line="+45"/>
        <source>Volume {0} ({1}), from {2}</source>
        <translation>Volume {0} ({1}), from {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {0} ({1}), {2} – {3}</source>
        <translation>Volume {0} ({1}), {2} – {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the journal</source>
        <translation>Print the journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the journal</source>
        <translation>Language of the journal</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+38"/>
        <source>Edit recorder</source>
        <translation>Edit recorder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a recorder</source>
        <translation>Register a recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number</source>
        <translation>Inventory number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor profile</source>
        <translation>Vendor profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RecorderHistoryTableModel</name>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="+14"/>
        <source>Inventory number</source>
        <translation>Inventory number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor profile</source>
        <translation>Vendor profile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecordersPage</name>
    <message>
        <location filename="../../ui/pages/recorders_page.py" line="+83"/>
        <source>Recorders</source>
        <translation>Recorders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by inventory number, serial or model</source>
        <translation>Search by inventory number, serial or model</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the selected recorder</source>
        <translation>History of the selected recorder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln recorder(s)</source>
        <translation>
            <numerusform>%Ln recorder</numerusform>
            <numerusform>%Ln recorders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordersTableModel</name>
    <message>
        <location filename="../../ui/models/recorders_table_model.py" line="+29"/>
        <source>Inventory number</source>
        <translation>Inventory number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor profile</source>
        <translation>Vendor profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>RecordingsTableModel</name>
    <message>
        <location filename="../../ui/models/recordings_table_model.py" line="+29"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from</source>
        <translation>Time from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video header</source>
        <translation>video header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file time</source>
        <translation>file time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+147"/>
        <source>not issued</source>
        <translation>not issued</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock</source>
        <translation>clock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>no issue</source>
        <translation>no issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. {0}/{1}</source>
        <translation>No. {0}/{1}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No. {0} of volume {1}: {2}, {3}, {4}, %Ln segment(s)</source>
        <translation>
            <numerusform>No. {0} of volume {1}: {2}, {3}, {4}, %Ln segment</numerusform>
            <numerusform>No. {0} of volume {1}: {2}, {3}, {4}, %Ln segments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The frame is hidden while the footage is locked: enter the storage password</source>
        <translation>The frame is hidden while the footage is locked: enter the storage password</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_key_dialog.py" line="+152"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location line="-58"/>
        <source>Language of the sheet</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the recovery key of the footage storage. It opens all the footage when both storage passwords are lost. It is shown only now: print the recovery sheet and keep it sealed in the unit&apos;s safe.</source>
        <translation>This is the recovery key of the footage storage. It opens all the footage when both storage passwords are lost. It is shown only now: print the recovery sheet and keep it sealed in the unit&apos;s safe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the storage key (on the sheet too): {0}</source>
        <translation>Fingerprint of the storage key (on the sheet too): {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone holding this key can open all the footage. If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>Anyone holding this key can open all the footage. If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the recovery sheet…</source>
        <translation>Print the recovery sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery sheet is printed (or the key written down) for the unit&apos;s safe</source>
        <translation>The recovery sheet is printed (or the key written down) for the unit&apos;s safe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the recovery sheet as</source>
        <translation>Save the recovery sheet as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved as {0}. Print it now, then delete the file: a copy on a computer opens the footage as well as the sheet does.</source>
        <translation>Saved as {0}. Print it now, then delete the file: a copy on a computer opens the footage as well as the sheet does.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_storage_pages.py" line="+109"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown only now. Print the sheet for the unit&apos;s safe before you finish.</source>
        <translation>Shown only now. Print the sheet for the unit&apos;s safe before you finish.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit is created, but its storage password is not set: {0}. The head sets it in Settings.</source>
        <translation>The unit is created, but its storage password is not set: {0}. The head sets it in Settings.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="-27"/>
        <source>Set a new password</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>ResponsibleSlotDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-77"/>
        <source>Storage password of the responsible person</source>
        <translation>Storage password of the responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is now the responsible person.</source>
        <translation>{0} is now the responsible person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The responsible person types their own storage password twice, here, in your session; nobody else sees it. With it they see the footage (п.6, п.13).</source>
        <translation>The responsible person types their own storage password twice, here, in your session; nobody else sees it. With it they see the footage (п.6, п.13).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their storage password</source>
        <translation>Their storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their storage password again</source>
        <translation>Their storage password again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../ui/pages/retention_tables.py" line="+27"/>
        <source>Check of permit requirements</source>
        <translation>Check of permit requirements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive control with a visit</source>
        <translation>Preventive control with a visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection or investigation</source>
        <translation>Inspection or investigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative offence case</source>
        <translation>Administrative offence case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other recordings</source>
        <translation>Other recordings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the head&apos;s decision</source>
        <translation>Awaiting the head&apos;s decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved, destroyed</source>
        <translation>Approved, destroyed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason of the hold</source>
        <translation>Reason of the hold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed by</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed at</source>
        <translation>Placed at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed at</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note and comment</source>
        <translation>Note and comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of recording</source>
        <translation>Kind of recording</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept, months</source>
        <translation>Kept, months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="+130"/>
        <source>Retention and destruction of recordings</source>
        <translation>Retention and destruction of recordings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place a hold…</source>
        <translation>Place a hold…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose for destruction…</source>
        <translation>Propose for destruction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release…</source>
        <translation>Release…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PC clock is in doubt, so no recording is judged expiring or expired. The head confirms the clock in the Audit section; then this page shows them again.</source>
        <translation>The PC clock is in doubt, so no recording is judged expiring or expired. The head confirms the clock in the Audit section; then this page shows them again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expires in 30 days ({0})</source>
        <translation>Expires in 30 days ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in 90 days ({0})</source>
        <translation>Expires in 90 days ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired, awaiting destruction ({0})</source>
        <translation>Expired, awaiting destruction ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held ({0})</source>
        <translation>Held ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction lists ({0})</source>
        <translation>Destruction lists ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only the head releases a legal hold</source>
        <translation>Only the head releases a legal hold</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tick the recordings to propose for destruction first.</source>
        <translation>Tick the recordings to propose for destruction first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose for destruction</source>
        <translation>Propose for destruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} expired recording(s) go on a destruction list. Nothing is destroyed until the head approves the list.</source>
        <translation>{0} expired recording(s) go on a destruction list. Nothing is destroyed until the head approves the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick the recordings to hold first.</source>
        <translation>Tick the recordings to hold first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place a legal hold</source>
        <translation>Place a legal hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) are kept, whatever their age, until the head releases the hold.</source>
        <translation>{0} recording(s) are kept, whatever their age, until the head releases the hold.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Place the hold</source>
        <translation>Place the hold</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Release the legal hold</source>
        <translation>Release the legal hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hold on {0} · {1} is released; the recording is kept for its period again.</source>
        <translation>The hold on {0} · {1} is released; the recording is kept for its period again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_return_dialogs.py" line="-65"/>
        <source>Return a recorder</source>
        <translation>Return a recorder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorder is faulty</source>
        <translation>The recorder is faulty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector returning</source>
        <translation>Inspector returning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving back</source>
        <translation>Receiving back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description of the fault</source>
        <translation>Description of the fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong with the recorder (required): the head and the responsible person are notified</source>
        <translation>What is wrong with the recorder (required): the head and the responsible person are notified</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition of the recorder on return (optional)</source>
        <translation>Condition of the recorder on return (optional)</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="-104"/>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation of п.19</source>
        <translation>Violation of п.19</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device fault</source>
        <translation>Device fault</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location line="+26"/>
        <source>Gap of {0} s</source>
        <translation>Gap of {0} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing file number {0}</source>
        <translation>Missing file number {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {0} made while the recorder was not issued</source>
        <translation>Recording {0} made while the recorder was not issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issue has no recording at all</source>
        <translation>The issue has no recording at all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {0} with no known start</source>
        <translation>Recording {0} with no known start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock off by {0:+d} s</source>
        <translation>Recorder clock off by {0:+d} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {0}</source>
        <translation>entry {0}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Bookmarks and notes</source>
        <translation>Bookmarks and notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note is never changed: the correction is a new note that replaces this one, both kept</source>
        <translation>A note is never changed: the correction is a new note that replaces this one, both kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity review</source>
        <translation>Continuity review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added {0}</source>
        <translation>Added {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct a note</source>
        <translation>Correct a note</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No open flags</source>
        <translation>No open flags</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/dialogs/retention_dialogs.py" line="+95"/>
        <source>Change the retention period</source>
        <translation>Change the retention period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of recording: {0}, now {1} months</source>
        <translation>Kind of recording: {0}, now {1} months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep for, months</source>
        <translation>Keep for, months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shorten the period of stored recordings?</source>
        <translation>Shorten the period of stored recordings?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period of {0} goes down from {1} to {2} months. It touches {3} stored recording(s): they may expire and be destroyed sooner.

Shorten it all the same?</source>
        <translation>The period of {0} goes down from {1} to {2} months. It touches {3} stored recording(s): they may expire and be destroyed sooner.

Shorten it all the same?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shorten</source>
        <translation>Shorten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as it is</source>
        <translation>Keep as it is</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/main_window.py" line="-463"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorders</source>
        <translation>Recorders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footage</source>
        <translation>Footage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings are stored automatically while a recorder charges (п.11), hashed and sealed so that nobody can change them or their date and time (п.13). Only the responsible person and the head may see them.</source>
        <translation>Recordings are stored automatically while a recorder charges (п.11), hashed and sealed so that nobody can change them or their date and time (п.13). Only the responsible person and the head may see them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspections &amp; acts</source>
        <translation>Inspections &amp; acts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/server_password_dialog.py" line="+37"/>
        <source>Database server password</source>
        <translation>Database server password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit&apos;s database is on a server that asks for a password. Enter the password of this user of the database server:</source>
        <translation>The unit&apos;s database is on a server that asks for a password. Enter the password of this user of the database server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system&apos;s credential store</source>
        <translation>Remember the password in the system&apos;s credential store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the program</source>
        <translation>Close the program</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+83"/>
        <source>Signed in as {0}</source>
        <translation>Signed in as {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docked recorders: {0}</source>
        <translation>Docked recorders: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storing: {0}</source>
        <translation>storing: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorders docked to this PC; their footage is stored as they charge. Click to open the footage.</source>
        <translation>Recorders docked to this PC; their footage is stored as they charge. Click to open the footage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Footage: unlocked</source>
        <translation>Footage: unlocked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The storage password was entered in this session.</source>
        <translation>The storage password was entered in this session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footage: locked</source>
        <translation>Footage: locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage cannot be opened until the storage password is entered. Click to enter it.</source>
        <translation>The footage cannot be opened until the storage password is entered. Click to enter it.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Time-stamps pending: {0}</source>
        <translation>Time-stamps pending: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seals waiting for the time-stamp authority&apos;s token; they are fetched when it answers.</source>
        <translation>Seals waiting for the time-stamp authority&apos;s token; they are fetched when it answers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time-stamps: all received</source>
        <translation>Time-stamps: all received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every seal has its time-stamp token.</source>
        <translation>Every seal has its time-stamp token.</translation>
    </message>
</context>
<context>
    <name>SetStoragePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-44"/>
        <source>Set the storage password</source>
        <translation>Set the storage password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage password protects the stored footage (п.6): only you and the responsible person will know it, each their own. Every recording is stored encrypted; without a storage password nobody can look at it. A recovery key is made with it, to print and keep in the unit&apos;s safe.</source>
        <translation>The storage password protects the stored footage (п.6): only you and the responsible person will know it, each their own. Every recording is stored encrypted; without a storage password nobody can look at it. A recovery key is made with it, to print and keep in the unit&apos;s safe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage password</source>
        <translation>Storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password again</source>
        <translation>Storage password again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../inspector_app/settings.py" line="+76"/>
        <source>Database URL (empty: the local file)</source>
        <translation>Database URL (empty: the local file)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footage vault folder, shared by the unit&apos;s PCs (empty: the data folder&apos;s)</source>
        <translation>Footage vault folder, shared by the unit&apos;s PCs (empty: the data folder&apos;s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone of the unit</source>
        <translation>Time zone of the unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the screen after this many idle minutes</source>
        <translation>Lock the screen after this many idle minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest battery charge for issuing a recorder, %</source>
        <translation>Lowest battery charge for issuing a recorder, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest recorder clock offset allowed at issue, seconds</source>
        <translation>Largest recorder clock offset allowed at issue, seconds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest pause between recording segments not reported as a gap, seconds</source>
        <translation>Longest pause between recording segments not reported as a gap, seconds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PC clock may move ahead at most this many days between two uses</source>
        <translation>The PC clock may move ahead at most this many days between two uses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-stamp authority (RFC 3161) URL, empty: none</source>
        <translation>Time-stamp authority (RFC 3161) URL, empty: none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted certificate of the time-stamp authority (PEM)</source>
        <translation>Trusted certificate of the time-stamp authority (PEM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-check every stored file at least every this many days</source>
        <translation>Re-check every stored file at least every this many days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recorder not returned after this many hours is overdue</source>
        <translation>A recorder not returned after this many hours is overdue</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+106"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language (this PC)</source>
        <translation>Interface language (this PC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone of the unit</source>
        <translation>Time zone of the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen after idle minutes</source>
        <translation>Lock the screen after idle minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save unit settings</source>
        <translation>Save unit settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="+13"/>
        <source>Setting up the unit</source>
        <translation>Setting up the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="+18"/>
        <source>Issue a recorder (journal)</source>
        <translation>Issue a recorder (journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a recorder back (journal)</source>
        <translation>Take a recorder back (journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the journal</source>
        <translation>Print the journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the page again</source>
        <translation>Read the page again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a section, in the order of the list</source>
        <translation>Go to a section, in the order of the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list of keys</source>
        <translation>This list of keys</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>SignActDialog</name>
    <message>
        <location filename="../../ui/dialogs/retention_dialogs.py" line="+31"/>
        <source>Sign the act of destruction</source>
        <translation>Sign the act of destruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act in Kazakh</source>
        <translation>Act in Kazakh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Act in Russian</source>
        <translation>Act in Russian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file (.p12, .pfx)</source>
        <translation>Key file (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the key file</source>
        <translation>Password of the key file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file</source>
        <translation>The key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Key files (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/sign_in_panel.py" line="+113"/>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage password</source>
        <translation>Storage password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo unit. Passwords generated for this run:</source>
        <translation>Demo unit. Passwords generated for this run:</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="+61"/>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Erase the signature and sign again</source>
        <translation>Erase the signature and sign again</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign here with a pen, a finger or the mouse, as on paper. Delete or the Clear button erases the signature.</source>
        <translation>Sign here with a pen, a finger or the mouse, as on paper. Delete or the Clear button erases the signature.</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../ui/dialogs/signer_box.py" line="+63"/>
        <location line="+1"/>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: choose who signs</source>
        <translation>{0}: choose who signs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: the signature pad is empty, sign on it with the mouse, a finger or a pen</source>
        <translation>{0}: the signature pad is empty, sign on it with the mouse, a finger or a pen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: type the PIN or password</source>
        <translation>{0}: type the PIN or password</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+164"/>
        <source>Recorder journal and footage</source>
        <translation>Recorder journal and footage</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+25"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder {0}: now {1}</source>
        <translation>Recorder {0}: now {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>StoragePasswordForms</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-76"/>
        <source>Your storage password</source>
        <translation>Your storage password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage is locked: first enter your own storage password.</source>
        <translation>The footage is locked: first enter your own storage password.</translation>
    </message>
</context>
<context>
    <name>StoragePasswordPanel</name>
    <message>
        <location filename="../../ui/pages/storage_password_panel.py" line="+99"/>
        <source>Storage password of the footage (п.6)</source>
        <translation>Storage password of the footage (п.6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the storage password…</source>
        <translation>Set the storage password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the footage…</source>
        <translation>Unlock the footage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my storage password…</source>
        <translation>Change my storage password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set my storage password…</source>
        <translation>Set my storage password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password of the responsible person…</source>
        <translation>Storage password of the responsible person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fingerprint of the storage key: {0}</source>
        <translation>Fingerprint of the storage key: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unit has no storage password yet: the footage is stored unencrypted and anyone with access to this PC&apos;s disk can copy it.</source>
        <translation>The unit has no storage password yet: the footage is stored unencrypted and anyone with access to this PC&apos;s disk can copy it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head sets the storage password.</source>
        <translation>The head sets the storage password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage is encrypted and unlocked in this session; it locks again when you sign out or the screen locks.</source>
        <translation>The footage is encrypted and unlocked in this session; it locks again when you sign out or the screen locks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was opened with the recovery key: set your storage password and make a new recovery key.</source>
        <translation>It was opened with the recovery key: set your storage password and make a new recovery key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage is encrypted and locked: enter the storage password to see it.</source>
        <translation>The footage is encrypted and locked: enter the storage password to see it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage is encrypted; you have no storage password yet: the head sets it with you.</source>
        <translation>The footage is encrypted; you have no storage password yet: the head sets it with you.</translation>
    </message>
</context>
<context>
    <name>StoragePasswordsPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_storage_pages.py" line="-59"/>
        <source>Storage passwords</source>
        <translation>Storage passwords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored footage is protected by a special password known only to the responsible person and the head (п.6).</source>
        <translation>The stored footage is protected by a special password known only to the responsible person and the head (п.6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each types their own storage password twice, the other looking away. It is not the sign-in password: it opens the footage, which is stored encrypted. A recovery key is made with them, to print next.</source>
        <translation>Each types their own storage password twice, the other looking away. It is not the sign-in password: it opens the footage, which is stored encrypted. A recovery key is made with them, to print next.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage password of the head</source>
        <translation>Storage password of the head</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Storage password of the responsible person</source>
        <translation>Storage password of the responsible person</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-41"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Create to set up the unit. The head and the responsible person sign in with the passwords given and open the footage with their storage passwords; nobody else knows them. The recovery key is shown next.</source>
        <translation>Press Create to set up the unit. The head and the responsible person sign in with the passwords given and open the footage with their storage passwords; nobody else knows them. The recovery key is shown next.</translation>
    </message>
</context>
<context>
    <name>Things</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+4"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hold</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destruction list</source>
        <translation>Destruction list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction act</source>
        <translation>Destruction act</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal volume</source>
        <translation>Journal volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schema</source>
        <translation>The schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The role</source>
        <translation>The role</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../ui/tray.py" line="+71"/>
        <source>Recorder journal and footage</source>
        <translation>Recorder journal and footage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the window</source>
        <translation>Show the window</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Recorder footage</source>
        <translation>Recorder footage</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>An ingest ended. Unlock the screen to see it.</source>
        <translation>An ingest ended. Unlock the screen to see it.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{0} file(s) stored, {1} already there</source>
        <translation>{0} file(s) stored, {1} already there</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footage stored: {0}</source>
        <translation>Footage stored: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest stopped: {0}</source>
        <translation>Ingest stopped: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; the rest is stored at the next dock.</source>
        <translation>{0}; the rest is stored at the next dock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown recorder: {0}</source>
        <translation>Unknown recorder: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its serial number is not in the register: bind it to an inventory number.</source>
        <translation>Its serial number is not in the register: bind it to an inventory number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Ingest failed: {0}</source>
        <translation>Ingest failed: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the journal to see it.</source>
        <translation>Open the journal to see it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder was reported faulty</source>
        <translation>A recorder was reported faulty</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-51"/>
        <source>The territorial unit</source>
        <translation>The territorial unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name appears on the journal cover and on every document.</source>
        <translation>The name appears on the journal cover and on every document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC keeps the unit&apos;s journal and footage. Five steps set the unit up: its names, the head, the responsible person, their storage passwords and a recovery sheet. Have at hand the unit&apos;s official names in Kazakh and Russian, the order appointing the responsible person, and a printer. Each of the two signs in with a password of their own and opens the encrypted footage with a second one, the storage password; the printed recovery sheet opens the footage if both storage passwords are lost.</source>
        <translation>This PC keeps the unit&apos;s journal and footage. Five steps set the unit up: its names, the head, the responsible person, their storage passwords and a recovery sheet. Have at hand the unit&apos;s official names in Kazakh and Russian, the order appointing the responsible person, and a printer. Each of the two signs in with a password of their own and opens the encrypted footage with a second one, the storage password; the printed recovery sheet opens the footage if both storage passwords are lost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration index of the journal (п.9)</source>
        <translation>Registration index of the journal (п.9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../ui/formats.py" line="+25"/>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
</context>
<context>
    <name>UnlockVaultDialog</name>
    <message>
        <location filename="../../ui/dialogs/vault_unlock_dialog.py" line="+52"/>
        <location line="+10"/>
        <source>Storage password</source>
        <translation>Storage password</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The stored footage is locked. Enter your storage password to see it in this session (п.6, п.13). Recordings are stored all the same while it stays locked.</source>
        <translation>The stored footage is locked. Enter your storage password to see it in this session (п.6, п.13). Recordings are stored all the same while it stays locked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have no storage password of your own yet. Open the footage with the recovery key from the sheet in the unit&apos;s safe, then set your storage password in Settings.</source>
        <translation>You have no storage password of your own yet. Open the footage with the recovery key from the sheet in the unit&apos;s safe, then set your storage password in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the recovery key (the sheet in the unit&apos;s safe)</source>
        <translation>Use the recovery key (the sheet in the unit&apos;s safe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users_page.py" line="+58"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appoint responsible…</source>
        <translation>Appoint responsible…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Appointments of the responsible person:</source>
        <translation>Appointments of the responsible person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../ui/models/users_table_model.py" line="+17"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>VaultBanner</name>
    <message>
        <location filename="../../ui/pages/vault_banner.py" line="+37"/>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The footage is locked: enter the storage password. Until then the recordings are listed without their frames and none can be opened; new ones are stored all the same.</source>
        <translation>The footage is locked: enter the storage password. Until then the recordings are listed without their frames and none can be opened; new ones are stored all the same.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The footage is locked and you have no storage password yet: the head sets it with you (Settings, storage password of the responsible person).</source>
        <translation>The footage is locked and you have no storage password yet: the head sets it with you (Settings, storage password of the responsible person).</translation>
    </message>
</context>
<context>
    <name>VaultConversionPanel</name>
    <message>
        <location filename="../../ui/pages/vault_conversion_panel.py" line="+55"/>
        <source>Encrypt the footage stored earlier…</source>
        <translation>Encrypt the footage stored earlier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Encrypt the footage stored earlier</source>
        <translation>Encrypt the footage stored earlier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) were stored before the storage password was set and lie on the disk unencrypted. The store is verified first, then each is encrypted in place and the store verified again. On a large store this takes a while; you can go on working, or cancel and go on later where it stopped.</source>
        <translation>{0} recording(s) were stored before the storage password was set and lie on the disk unencrypted. The store is verified first, then each is encrypted in place and the store verified again. On a large store this takes a while; you can go on working, or cancel and go on later where it stopped.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying the store before encrypting…</source>
        <translation>Verifying the store before encrypting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting the footage</source>
        <translation>Encrypting the footage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypting: {0} of {1}</source>
        <translation>Encrypting: {0} of {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: {0} file(s) encrypted, {1} thumbnail(s) sealed; the store was verified before and after.</source>
        <translation>Done: {0} file(s) encrypted, {1} thumbnail(s) sealed; the store was verified before and after.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not encrypted: the verification found problems; see the audit section.</source>
        <translation>Not encrypted: the verification found problems; see the audit section.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: what is encrypted stays so; start again to go on.</source>
        <translation>Cancelled: what is encrypted stays so; start again to go on.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln recording(s) stored before the storage password are not encrypted yet.</source>
        <translation>
            <numerusform>%Ln recording stored before the storage password is not encrypted yet.</numerusform>
            <numerusform>%Ln recordings stored before the storage password are not encrypted yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="-76"/>
        <source>Verify the store</source>
        <translation>Verify the store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every stored file is read again and hashed, and its seal, the audit trail, the journal&apos;s signatures and the time-stamps are checked. On a large store this takes minutes; the program stays usable and the check can be cancelled.</source>
        <translation>Every stored file is read again and hashed, and its seal, the audit trail, the journal&apos;s signatures and the time-stamps are checked. On a large store this takes minutes; the program stays usable and the check can be cancelled.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling check: recordings not verified in this many days</source>
        <translation>Rolling check: recordings not verified in this many days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../../ui/dialogs/violation_dialog.py" line="+79"/>
        <source>Change the violation</source>
        <translation>Change the violation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a violation</source>
        <translation>Add a violation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a requirement</source>
        <translation>Find a requirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code, act or words of the requirement</source>
        <translation>Code, act or words of the requirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement breached</source>
        <translation>Requirement breached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a deadline to eliminate it</source>
        <translation>Set a deadline to eliminate it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminate by</source>
        <translation>Eliminate by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Bookmark {0}: {1}</source>
        <translation>Bookmark {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still at {0}</source>
        <translation>Still at {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recordings: link the journal issues of the visit to the inspection first</source>
        <translation>No recordings: link the journal issues of the visit to the inspection first</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../ui/pages/footage_page.py" line="-129"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
</context>
</TS>
