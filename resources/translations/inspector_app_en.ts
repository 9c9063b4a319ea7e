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
    <name>Common</name>
    <message>
        <location filename="../../ui/widgets.py" line="+45"/>
        <source>Error</source>
        <translation>Error</translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+14"/>
        <source>{field} must not be empty</source>
        <translation>{field} must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is too long: {length} characters, at most {max}</source>
        <translation>{field} is too long: {length} characters, at most {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} contains control characters</source>
        <translation>{field} contains control characters</translation>
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
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="+5"/>
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
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+11"/>
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
        <location filename="../../ui/main_window.py" line="+220"/>
        <source>Recorder journal and footage</source>
        <translation>Recorder journal and footage</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+55"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Signed in as {0}</source>
        <translation>Signed in as {0}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Recorder journal and footage, version {0}.
Order No. 444 of the Minister of Emergency Situations of the Republic of Kazakhstan.</source>
        <translation>Recorder journal and footage, version {0}.
Order No. 444 of the Minister of Emergency Situations of the Republic of Kazakhstan.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/dialogs/person_fields.py" line="+33"/>
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
        <location filename="../../ui/dialogs/setup_wizard.py" line="+56"/>
        <source>Order of appointment (number and date)</source>
        <translation>Order of appointment (number and date)</translation>
    </message>
    <message>
        <location line="+32"/>
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
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+37"/>
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
    <message numerus="yes">
        <location line="+24"/>
        <source>%n recorder(s)</source>
        <translation>
            <numerusform>%n recorder</numerusform>
            <numerusform>%n recorders</numerusform>
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
    <name>Sections</name>
    <message>
        <location filename="../../ui/main_window.py" line="-241"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal of issue and return of recorders (Appendix 1 of order No. 444): issue against signature, return, malfunction reports, corrections by striking through, and the printed journal.</source>
        <translation>The journal of issue and return of recorders (Appendix 1 of order No. 444): issue against signature, return, malfunction reports, corrections by striking through, and the printed journal.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Inspection acts and prescriptions in Kazakh and Russian, with the recordings that prove violations attached (п.14).</source>
        <translation>Inspection acts and prescriptions in Kazakh and Russian, with the recordings that prove violations attached (п.14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings are kept for 3 years (п.12), then destroyed under dual control with a destruction act.</source>
        <translation>Recordings are kept for 3 years (п.12), then destroyed under dual control with a destruction act.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tamper-evident trail of every action, and a full verification of the stored recordings.</source>
        <translation>A tamper-evident trail of every action, and a full verification of the stored recordings.</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>Settings</name>
    <message>
        <location filename="../../inspector_app/settings.py" line="+60"/>
        <source>Database URL (empty: the local file)</source>
        <translation>Database URL (empty: the local file)</translation>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+63"/>
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
        <location filename="../../ui/dialogs/setup_wizard.py" line="+9"/>
        <source>Setting up the unit</source>
        <translation>Setting up the unit</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/sign_in_panel.py" line="+114"/>
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
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo unit. Passwords generated for this run:</source>
        <translation>Demo unit. Passwords generated for this run:</translation>
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
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-28"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Finish to create the unit. The head and the responsible person sign in with the passwords given; nobody else knows them.</source>
        <translation>Press Finish to create the unit. The head and the responsible person sign in with the passwords given; nobody else knows them.</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location line="-44"/>
        <source>The territorial unit</source>
        <translation>The territorial unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name appears on the journal cover and on every document.</source>
        <translation>The name appears on the journal cover and on every document.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users_page.py" line="+52"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
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
</TS>
