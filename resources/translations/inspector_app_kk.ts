<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="+27"/>
        <source>Add a user</source>
        <translation>Пайдаланушыны қосу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
</context>
<context>
    <name>AppointDialog</name>
    <message>
        <location line="+45"/>
        <source>Appoint the responsible person</source>
        <translation>Жауапты тұлғаны тағайындау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of appointment (number and date)</source>
        <translation>Тағайындау туралы бұйрық (нөмірі және күні)</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../ui/pages/audit_details.py" line="+42"/>
        <source>Selected event</source>
        <translation>Таңдалған оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected event</source>
        <translation>Таңдалған оқиғаның мәліметтері</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an event to see all of it: its details, its hash and its signature.</source>
        <translation>Оқиғаны толық (мәліметтерін, хэшін және қолтаңбасын) көру үшін оны кестеден таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.: {0}</source>
        <translation>№: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: {0} (UTC {1})</source>
        <translation>Уақыты: {0} (UTC {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event: {0} ({1})</source>
        <translation>Оқиға: {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {0}</source>
        <translation>Пайдаланушы: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the program</source>
        <translation>бағдарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: {0}</source>
        <translation>Нысан: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording: {0}</source>
        <translation>Бейнежазба: № {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details:</source>
        <translation>Мәліметтер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous hash: {0}</source>
        <translation>Алдыңғы хэш: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash: {0}</source>
        <translation>Хэш: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key: {0}</source>
        <translation>Кілт: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature: {0}</source>
        <translation>Қолтаңба: {0}</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="+78"/>
        <source>Recording No.</source>
        <translation>Бейнежазба №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in subjects, details and names</source>
        <translation>Нысандар, мәліметтер және аты-жөндер бойынша іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Оқиға түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All users</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events</source>
        <translation>Барлық оқиғалар</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../ui/audit_labels.py" line="+16"/>
        <source>Sign-in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>Сәтсіз кіру әрекеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked</source>
        <translation>Тіркелгінің бұғатталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Құпия сөзді ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User changed</source>
        <translation>Пайдаланушының өзгеруі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder changed</source>
        <translation>Бейнетіркеуіштің өзгеруі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder issued</source>
        <translation>Бейнетіркеуішті беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder returned</source>
        <translation>Бейнетіркеуішті тапсыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault report</source>
        <translation>Ақаулық туралы хабарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal correction</source>
        <translation>Журнал жазбасын түзету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal volume</source>
        <translation>Журнал томы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder docked</source>
        <translation>Бейнетіркеуішті қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording stored</source>
        <translation>Бейнежазбаны сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording viewed</source>
        <translation>Бейнежазбаны қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access refused</source>
        <translation>Қолжетімділіктен бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Баптауларды өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording destroyed</source>
        <translation>Бейнежазбаны жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity verification</source>
        <translation>Тұтастықты тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC clock anomaly</source>
        <translation>Компьютер сағатының ақауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC clock confirmed</source>
        <translation>Компьютер сағатын растау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation key created</source>
        <translation>Орнату кілтін жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password</source>
        <translation>Қойманың құпия сөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark on a recording</source>
        <translation>Бейнежазбадағы бетбелгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuity review decision</source>
        <translation>Үздіксіздікті тексеру шешімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection or violation changed</source>
        <translation>Тексеру немесе бұзушылық өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act or prescription issued or signed</source>
        <translation>Акт немесе нұсқама берілді не қол қойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation eliminated</source>
        <translation>Бұзушылық жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue of normative acts imported</source>
        <translation>Нормативтік актілер каталогы жүктелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule changed</source>
        <translation>Сақтау ережесі өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hold placed or released</source>
        <translation>Жою тыйымы қойылды немесе алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made or restored</source>
        <translation>Сақтық көшірме жасалды немесе қалпына келтірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database moved to a server</source>
        <translation>Дерекқор серверге көшірілді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recordings</source>
        <translation>Бейнежазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored files</source>
        <translation>Сақталған файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seals</source>
        <translation>Бейнежазбалардың мөрлері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal signatures</source>
        <translation>Журналдағы қолтаңбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamps</source>
        <translation>Уақыт белгілері</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it ran backwards past the latest time already recorded</source>
        <translation>ол бұрын тіркелген соңғы уақыттан ертерек уақытты көрсетеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumped far ahead of the latest time recorded</source>
        <translation>ол соңғы тіркелген уақыттан тым алға кетті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was moved back while the program was running</source>
        <translation>бағдарлама жұмыс істеп тұрғанда ол артқа жылжытылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was moved ahead while the program was running</source>
        <translation>бағдарлама жұмыс істеп тұрғанда ол алға жылжытылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it differs from the trusted time of the time-stamp authority</source>
        <translation>ол уақыт белгілерін беру қызметінің сенімді уақытынан өзгеше</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="+157"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of the audit trail</source>
        <translation>Аудит журналының оқиғалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>PDF-ке экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln оқиға</numerusform>
            <numerusform>%Ln оқиға</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV кестелері (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the audit trail as</source>
        <translation>Аудит журналын сақтау</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail is exported</source>
        <translation>Аудит журналы экспортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {0}
Events: {1}
SHA-256 of the file: {2}</source>
        <translation>Сақталған орны: {0}
Оқиғалар саны: {1}
Файлдың SHA-256 хэші: {2}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/models/audit_table_model.py" line="+31"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Хэш</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the program</source>
        <translation>бағдарлама</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="+203"/>
        <source>Print the badge</source>
        <translation>Төсбелгіні басып шығару</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 sheet of eight badges of 90 × 55 mm, worn beside the recorder (п.15, п.16).</source>
        <translation>90 × 55 мм өлшемді сегіз төсбелгісі бар A4 парағы; бейнетіркеуіштің қасына тағылады (15, 16-тармақтар).</translation>
    </message>
</context>
<context>
    <name>BindSerialDialog</name>
    <message>
        <location filename="../../ui/dialogs/bind_serial_dialog.py" line="+48"/>
        <source>serial {0}</source>
        <translation>сериялық нөмірі {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown recorder</source>
        <translation>Белгісіз бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder with serial {0} was docked: which registered recorder is it? Its recordings are stored once it is bound (п.7).</source>
        <translation>Док-станцияға сериялық нөмірі {0} бейнетіркеуіш қосылды: бұл тіркелген бейнетіркеуіштердің қайсысы? Оның жазбалары түгендеу нөмірімен байланыстырылғаннан кейін сақталады (п.7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all recorders, also those with a serial number</source>
        <translation>Барлық бейнетіркеуіштерді, оның ішінде сериялық нөмірі көрсетілгендерін де көрсету</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="+112"/>
        <source>Add a note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (from the start)</source>
        <translation>Басынан бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A range, up to</source>
        <translation>Аралық, дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Аяғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the act&apos;s number, if any</source>
        <translation>актінің нөмірі, бар болса</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <location filename="../../ui/pages/catalogue_import.py" line="+33"/>
        <source>Import catalogue…</source>
        <translation>Каталогты жүктеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue of normative legal acts that violations cite (a UTF-8 CSV)</source>
        <translation>Бұзушылықтарда сілтеме жасалатын нормативтік құқықтық актілер каталогы (UTF-8 CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the catalogue of normative legal acts</source>
        <translation>Нормативтік құқықтық актілер каталогын жүктеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line {0}: {1}</source>
        <translation>{0}-жол: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue not imported</source>
        <translation>Каталог жүктелмеді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read {0}: {1}</source>
        <translation>{0} оқылмады: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue imported: {0} added, {1} updated.</source>
        <translation>Каталог жүктелді: {0} қосылды, {1} жаңартылды.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="+35"/>
        <source>Change password</source>
        <translation>Құпия сөзді өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Ағымдағы құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Жаңа құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Жаңа құпия сөзді қайталаңыз</translation>
    </message>
</context>
<context>
    <name>ChangeStoragePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="+157"/>
        <source>Change my storage password</source>
        <translation>Қойманың құпия сөзімді өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set my storage password</source>
        <translation>Қойманың құпия сөзімді орнату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only you know your storage password; the other holder&apos;s and the recovery key do not change.</source>
        <translation>Қойманың құпия сөзіңізді тек сіз білесіз; екінші иесінің құпия сөзі мен қалпына келтіру кілті өзгермейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current storage password</source>
        <translation>Қойманың ағымдағы құпия сөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New storage password</source>
        <translation>Қойманың жаңа құпия сөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New storage password again</source>
        <translation>Қойманың жаңа құпия сөзін қайталаңыз</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../ui/pages/clock_banner.py" line="+68"/>
        <source>Confirm the PC clock…</source>
        <translation>Компьютер сағатын растау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch time-stamps now</source>
        <translation>Уақыт белгілерін қазір алу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the PC clock</source>
        <translation>Компьютер сағатын тексеру</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PC clock is not trusted: {0}. Decisions that depend on the date (the end of the retention period) wait until the head confirms the clock.</source>
        <translation>Компьютер сағатына сенуге болмайды: {0}. Күнге байланысты шешімдер (сақтау мерзімінің аяқталуы) басшы сағатты растағанға дейін күтеді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the head of the unit.</source>
        <translation>Аумақтық бөлімшенің басшысына хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time-stamps waiting for the time-stamp authority: {0}</source>
        <translation>Уақыт белгілерін беру қызметінен күтілетін уақыт белгілері: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fetching…</source>
        <translation>Алынуда…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetching time-stamps</source>
        <translation>Уақыт белгілерін алу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The authority cannot be reached; they stay pending ({0})</source>
        <translation>Қызметпен байланыс жоқ; уақыт белгілері кезекте қалады ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received: {0}, refused: {1}</source>
        <translation>Алынғаны: {0}, қабылданбағаны: {1}</translation>
    </message>
</context>
<context>
    <name>CloseVolumeDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_correction_dialogs.py" line="+122"/>
        <source>Close the journal volume</source>
        <translation>Журнал томын жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration index of the next volume</source>
        <translation>Келесі томның тіркеу индексі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No journal volume is open.</source>
        <translation>Журналдың ашық томы жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open now: volume {0} (registration index {1}), started {2}; entries made: {3}.</source>
        <translation>Қазір ашық: {0}-том (тіркеу индексі {1}), {2} басталған; енгізілген жазбалар саны: {3}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume {0} is closed today: its end date is set and no entry can be added to it. Volume {1} starts with entry № 1 under the registration index the office gave it. On the last page of the paper volume write how many pages it has; it is numbered, bound and sealed (п.9).</source>
        <translation>{0}-том бүгін жабылады: оның аяқталған күні белгіленеді және оған бұдан былай жазба енгізуге болмайды. {1}-том кеңсе берген тіркеу индексімен № 1 жазбадан басталады. Қағаз томның соңғы бетінде оның парақ санын жазыңыз; том нөмірленеді, тігіледі және мөрмен бекітіледі (п.9).</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/widgets.py" line="+101"/>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
</context>
<context>
    <name>ConfirmClockDialog</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="+161"/>
        <source>Confirm the PC clock</source>
        <translation>Компьютер сағатын растау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PC clock is not trusted: {0}. Check it against a trusted source (an exact-time service, a mobile phone network) and set it right first. PC clock now: {1}.</source>
        <translation>Компьютер сағатына сенуге болмайды: {0}. Алдымен оны сенімді дереккөзбен (дәл уақыт қызметі, ұялы байланыс желісі) салыстырып, дұрыс уақытқа қойыңыз. Компьютердегі қазіргі уақыт: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was checked</source>
        <translation>Қалай тексерілді</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_correction_dialogs.py" line="-65"/>
        <source>Correct a journal entry</source>
        <translation>Журналдағы жазбаны түзету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is struck through and a corrected entry is made with the values below; nothing is erased (п.9).</source>
        <translation>Бұл жазба сызылады және төмендегі мәндермен түзетілген жаңа жазба енгізіледі; ештеңе өшірілмейді (п.9).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued at</source>
        <translation>Берілген күні мен уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge</source>
        <translation>Аккумулятор қуаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock offset</source>
        <translation>Сағат ауытқуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned at</source>
        <translation>Тапсырылған күні мен уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction</source>
        <translation>Түзету себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was wrong (required); it goes into the remarks column</source>
        <translation>Не қате жазылғанын көрсетіңіз (міндетті түрде); бұл «Ескертпе» бағанына жазылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person receiving</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected by</source>
        <translation>Түзетуді жүргізуші</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the recorder</source>
        <translation>Бейнетіркеуішті таңдаңыз</translation>
    </message>
</context>
<context>
    <name>CourtActions</name>
    <message>
        <location filename="../../ui/pages/inspection_court.py" line="+43"/>
        <source>Hold for a court…</source>
        <translation>Сот үшін жоюға тыйым салу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal hold on every recording the violations cite: none of them is destroyed while it lasts</source>
        <translation>Бұзушылықтарда аталған әр жазбаға жоюға тыйым: ол сақталғанша ешқайсысы жойылмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence package…</source>
        <translation>Дәлелдер пакеті…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hold for a court</source>
        <translation>Сот үшін жоюға тыйым салу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the materials go, and the reference (e.g. a court&apos;s case number):</source>
        <translation>Материалдар қайда жіберіледі және сілтеме (мысалы, сот ісінің нөмірі):</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln recording(s) held.</source>
        <translation>
            <numerusform>%Ln жазбаға тыйым салынды.</numerusform>
            <numerusform>%Ln жазбаға тыйым салынды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <source>Evidence package</source>
        <translation>Дәлелдер пакеті</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The violations of this inspection cite no recording.</source>
        <translation>Бұл тексерудің бұзушылықтарында бірде-бір жазба аталмаған.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the package</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the evidence package…</source>
        <translation>Дәлелдер пакеті жазылуда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written and verified: {0}</source>
        <translation>Жазылды және тексерілді: {0}</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <location filename="../../ui/pages/database_panel.py" line="+122"/>
        <source>This PC&apos;s database and footage vault</source>
        <translation>Осы компьютердің дерекқоры және бейнежазбалар қоймасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this PC keeps the unit: its own file, or the unit&apos;s database on a PostgreSQL server shared by the unit&apos;s PCs. A change takes effect at the next start of the program.</source>
        <translation>Осы компьютер бөлімшенің деректерін қайда сақтайды: өз файлында немесе бөлімше компьютерлеріне ортақ PostgreSQL серверіндегі бөлімше дерекқорында. Өзгеріс бағдарлама келесі рет іске қосылғанда күшіне енеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s own file</source>
        <translation>Осы компьютердің өз файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PostgreSQL server</source>
        <translation>PostgreSQL сервері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the server offers it (prefer)</source>
        <translation>Сервер ұсынса (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always (require)</source>
        <translation>Әрқашан (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, with the server&apos;s certificate checked (verify-full)</source>
        <translation>Әрқашан, сервер сертификатын тексеріп (verify-full)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server (host)</source>
        <translation>Сервер (хост)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database name</source>
        <translation>Дерекқор атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit schema</source>
        <translation>Бөлімше схемасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS encryption</source>
        <translation>TLS шифрлау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Shared vault folder</source>
        <translation>Қойманың ортақ қалтасы</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When several units share the server: the schema its administrator made for this unit (such as unit_ala)</source>
        <translation>Бір серверде бірнеше бөлімше болса: сервер әкімшісі осы бөлімшеге жасаған схема (мысалы, unit_ala)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the credential store</source>
        <translation>құпия сөздер сақтағышында сақтаулы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password in the system&apos;s credential store</source>
        <translation>Құпия сөзді жүйенің құпия сөздер сақтағышында есте сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the vault in this PC&apos;s data folder</source>
        <translation>бос болса — осы компьютердің деректер қалтасындағы қойма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check connection</source>
        <translation>Қосылымды тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Connecting to {0}…</source>
        <translation>Қосылу: {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the database connection</source>
        <translation>Дерекқорға қосылымды тексеру</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check cancelled.</source>
        <translation>Тексеру тоқтатылды.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected: PostgreSQL {0}.</source>
        <translation>Қосылды: PostgreSQL {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted connection (TLS): {0}.</source>
        <translation>Шифрланған қосылым (TLS): {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty database: the program will set it up.</source>
        <translation>Бос дерекқор: бағдарлама оны өзі дайындайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema revision {0}: this program&apos;s.</source>
        <translation>Схема нұсқасы {0}: осы бағдарламаның нұсқасы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema revision {0}: the program brings it to {1} at its next start.</source>
        <translation>Схема нұсқасы {0}: бағдарлама келесі іске қосылғанда оны {1} нұсқасына жаңартады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision {0} is newer than this program ({1}): update the program first.</source>
        <translation>Схема нұсқасы {0} осы бағдарламаның нұсқасынан ({1}) жаңа: алдымен бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. The program opens the database and the vault from there at its next start.</source>
        <translation>Сақталды. Бағдарлама келесі іске қосылғанда дерекқор мен қойманы сол жерден ашады.</translation>
    </message>
</context>
<context>
    <name>DayRange</name>
    <message>
        <location filename="../../ui/pages/day_range.py" line="+32"/>
        <source>First day</source>
        <translation>Кезеңнің бірінші күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Кезеңнің соңғы күні</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="+25"/>
        <source>Decide a continuity flag</source>
        <translation>Үздіксіздік белгісі бойынша шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
</context>
<context>
    <name>DestructionListsPanel</name>
    <message>
        <location filename="../../ui/pages/retention_lists.py" line="+75"/>
        <source>Approve and destroy…</source>
        <translation>Бекіту және жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Қабылдамау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save act (kk)…</source>
        <translation>Актіні сақтау (kk)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save act (ru)…</source>
        <translation>Актіні сақтау (ru)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the act with a key file…</source>
        <translation>Актіге кілт файлымен қол қою…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A list is approved by someone other than the person who proposed it</source>
        <translation>Тізімді оны ұсынған адамнан басқа адам бекітеді</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Acts of destruction: {0}</source>
        <translation>Жою актілері: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acts of destruction are issued once the head approves the list.</source>
        <translation>Жою актілері басшы тізімді бекіткеннен кейін жасалады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve and destroy</source>
        <translation>Бекіту және жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List No. {0}: {1} recording(s) will be destroyed for ever. Their files and keys are erased and cannot be recovered; a record of each and the act of destruction stay.</source>
        <translation>№ {0} тізім: {1} бейнежазба біржола жойылады. Олардың файлдары мен кілттері өшіріледі және қалпына келтірілмейді; әрқайсысы туралы жазба мен жою актісі сақталады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Destroy {0} recording(s) for ever</source>
        <translation>{0} бейнежазбаны біржола жою</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destroying recordings</source>
        <translation>Бейнежазбаларды жою</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject the list</source>
        <translation>Тізімді қабылдамау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List No. {0} is rejected: its {1} recording(s) stay stored.</source>
        <translation>№ {0} тізім қабылданбайды: оның {1} бейнежазбасы сақтала береді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the act of destruction as</source>
        <translation>Жою актісін сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving the act of destruction</source>
        <translation>Жою актісін сақтау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by {0}</source>
        <translation>Қол қойған: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved to {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/pages/inspection_documents_panel.py" line="+90"/>
        <source>Documents of the inspection</source>
        <translation>Тексеру құжаттары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue act…</source>
        <translation>Акт беру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue prescription…</source>
        <translation>Нұсқама беру…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with key file…</source>
        <translation>Кілт файлымен қол қою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with NCALayer</source>
        <translation>NCALayer арқылы қол қою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer is not running on this PC</source>
        <translation>Бұл компьютерде NCALayer іске қосылмаған</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Issued № {0} (SHA-256 {1}…).</source>
        <translation>№ {0} берілді (SHA-256 {1}…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuing the document…</source>
        <translation>Құжат берілуде…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft act…</source>
        <translation>Акт жобасы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft prescription…</source>
        <translation>Нұсқама жобасы…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Save the draft as</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rendering the draft…</source>
        <translation>Жоба жасалуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft saved to {0}</source>
        <translation>Жоба сақталды: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the document as</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0} жазылмады: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Waiting for NCALayer: choose the key and enter its PIN there…</source>
        <translation>NCALayer күтілуде: онда кілтті таңдап, PIN-кодын енгізіңіз…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by {0}.</source>
        <translation>Қол қойған: {0}.</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="-24"/>
        <source>Edit user</source>
        <translation>Пайдаланушыны өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account active</source>
        <translation>Есептік жазба белсенді</translation>
    </message>
</context>
<context>
    <name>EliminationDialog</name>
    <message>
        <location filename="../../ui/pages/follow_up_page.py" line="+35"/>
        <source>Mark the violation eliminated</source>
        <translation>Бұзушылықты жойылды деп белгілеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violation {0} of the inspection of {1}: {2}</source>
        <translation>{1} тексеруінің {0}-бұзушылығы: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminated on</source>
        <translation>Жойылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof (a letter, photos, a follow-up visit)</source>
        <translation>Дәлел (хат, фотосуреттер, қайта бару)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="+19"/>
        <source>No journal entries to show. A recorder issued with Issue… (Ctrl+N) appears here; if filters are set, widen them.</source>
        <translation>Көрсетілетін журнал жазбалары жоқ. «Беру…» (Ctrl+N) арқылы берілген бейнетіркеуіш осында шығады; сүзгілер қойылса, оларды кеңейтіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recorders are registered yet. Register each recorder with its inventory and serial numbers (Register…) before it is issued (п.7).</source>
        <translation>Әзірге бірде-бір бейнетіркеуіш тіркелмеген. Әр бейнетіркеуішті берер алдында түгендеу және сериялық нөмірлерімен тіркеңіз («Тіркеу…») (п.7).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a recorder above to see its history.</source>
        <translation>Тарихын көру үшін жоғарыдан бейнетіркеуішті таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recordings to show. Dock a returned recorder to charge: its footage is stored by itself (п.11). If filters are set, widen them.</source>
        <translation>Көрсетілетін бейнежазбалар жоқ. Тапсырылған бейнетіркеуішті қуаттау үшін док-станцияға қосыңыз: оның бейнежазбалары өздігінен сақталады (п.11). Сүзгілер қойылса, оларды кеңейтіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events match the filters.</source>
        <translation>Сүзгілерге сәйкес оқиғалар жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No inspections yet. Start one with New…; its acts and prescriptions are made from it.</source>
        <translation>Әзірге тексерулер жоқ. Тексеруді «Жаңа…» арқылы бастаңыз; оның актілері мен нұсқамалары содан жасалады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violations recorded for the selected inspection (Add violation…).</source>
        <translation>Таңдалған тексеру бойынша бұзушылықтар тіркелмеген («Бұзушылық қосу…»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No acts or prescriptions have been made for it yet.</source>
        <translation>Ол бойынша әлі акт те, нұсқама да жасалмаған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prescriptions are due.</source>
        <translation>Мерзімі жеткен нұсқамалар жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording reaches the end of its retention within 30 days.</source>
        <translation>30 күн ішінде сақтау мерзімі аяқталатын бейнежазба жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording reaches the end of its retention within 90 days.</source>
        <translation>90 күн ішінде сақтау мерзімі аяқталатын бейнежазба жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording is past its retention: nothing awaits destruction.</source>
        <translation>Сақтау мерзімі өткен бейнежазба жоқ: жоюды күтіп тұрған ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording is held.</source>
        <translation>Жоюға тыйым салынған бейнежазба жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No destruction lists. Expired recordings proposed for destruction are listed here for the head&apos;s approval.</source>
        <translation>Жою тізімдері жоқ. Жоюға ұсынылған мерзімі өткен бейнежазбалар басшының бекітуі үшін осында тізімделеді.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_texts_accounts.py" line="+14"/>
        <source>Not found: {what} {id}</source>
        <translation>Табылмады: {what} {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: {what}</source>
        <translation>Табылмады: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the unfinished part was undone</source>
        <translation>Тоқтатылды: аяқталмаған нәрсенің бәрі бұрынғы күйіне қайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {path} does not exist: choose another one</source>
        <translation>{path} қалтасы жоқ: басқа қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change clashes with stored data, so nothing was saved: try again, and tell the administrator if it happens again</source>
        <translation>Өзгеріс сақталған деректерге қайшы келеді, сондықтан ештеңе сақталмады: қайталап көріңіз, бұл тағы қайталанса, әкімшіге хабарлаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another event was recorded at the same moment: try again</source>
        <translation>Дәл сол сәтте басқа оқиға жазылды: қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must not be empty</source>
        <translation>«{field}» өрісі бос болмауы тиіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too long: {length} characters, at most {max}</source>
        <translation>«{field}» өрісі тым ұзын: {length} таңба, ең көбі {max} таңба болуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is too long</source>
        <translation>Мәтін тым ұзын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} contains control characters</source>
        <translation>«{field}» өрісінде басқарушы таңбалар бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text contains control characters</source>
        <translation>Мәтінде басқару таңбалары бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login must be 2 to 32 Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Логин латын әріптерінен, цифрлардан, &apos;.&apos;, &apos;-&apos; немесе &apos;_&apos; таңбаларынан тұруы және ұзындығы 2-ден 32 таңбаға дейін болуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role: {value}</source>
        <translation>Белгісіз рөл: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login {login} is already taken</source>
        <translation>{login} логині бұрыннан пайдаланылуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number {value} is already registered</source>
        <translation>{value} түгендеу нөмірі бұрын тіркелген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong login or password</source>
        <translation>Логин немесе құпия сөз қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed tries: the account is locked for 5 minutes</source>
        <translation>Сәтсіз әрекеттер тым көп: есептік жазба 5 минутқа бұғатталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is disabled</source>
        <translation>Бұл есептік жазба өшірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow this</source>
        <translation>Сіздің рөліңіз бұл әрекетті орындауға рұқсат бермейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must be at least {min} characters</source>
        <translation>Құпия сөз кемінде {min} таңбадан тұруы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too short</source>
        <translation>Құпия сөз тым қысқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must be at most {max} characters</source>
        <translation>Құпия сөз {max} таңбадан аспауы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must contain at least one letter and one digit</source>
        <translation>Құпия сөзде кемінде бір әріп және бір цифр болуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong</source>
        <translation>Ағымдағы құпия сөз қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must differ from the current one</source>
        <translation>Жаңа құпия сөз ағымдағы құпия сөзден өзгеше болуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords do not match</source>
        <translation>Енгізілген құпия сөздер сәйкес келмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder already has this status</source>
        <translation>Бейнетіркеуіш қазірдің өзінде осы мәртебеде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This status change is not allowed</source>
        <translation>Мәртебені бұлай өзгертуге жол берілмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recorder is written off; its record is closed</source>
        <translation>Бұл бейнетіркеуіш есептен шығарылған: оның жазбасы жабылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed</source>
        <translation>Ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown vendor profile: {value}</source>
        <translation>Белгісіз өндіруші профилі: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head and the responsible person must be different people</source>
        <translation>Аумақтық бөлімшенің басшысы мен жауапты тұлға әртүрлі адамдар болуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit is already set up</source>
        <translation>Бөлімше бұрын бапталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account</source>
        <translation>Өз есептік жазбаңызды өшіруге болмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appoint another responsible person before disabling this one</source>
        <translation>Бұл есептік жазбаны өшірмес бұрын басқа жауапты тұлғаны тағайындаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already the responsible person</source>
        <translation>Бұл қызметкер қазірдің өзінде жауапты тұлға болып табылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head cannot be appointed the responsible person</source>
        <translation>Аумақтық бөлімшенің басшысы жауапты тұлға болып тағайындала алмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled account cannot be appointed</source>
        <translation>Өшірілген есептік жазбаны тағайындауға болмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The responsible person is appointed by the head</source>
        <translation>Жауапты тұлғаны аумақтық бөлімшенің басшысы тағайындайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value must be between {min} and {max}</source>
        <translation>Мән {min}–{max} аралығында болуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown time zone: {name}</source>
        <translation>Белгісіз уақыт белдеуі: {name}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Serial number {value} already belongs to recorder {inventory}</source>
        <translation>{value} сериялық нөмірі {inventory} бейнетіркеуішіне тиесілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recorder has the inventory number {value}</source>
        <translation>Түгендеу нөмірі {value} бейнетіркеуіш жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown recorder status: {value}</source>
        <translation>Бейнетіркеуіштің белгісіз мәртебесі: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown interface language: {value}</source>
        <translation>Интерфейстің белгісіз тілі: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of the setting {key} is not valid</source>
        <translation>{key} баптауының мәні жарамсыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setting {key} is not kept here</source>
        <translation>{key} баптауы мұнда сақталмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown setting: {key}</source>
        <translation>Белгісіз баптау: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file of this PC cannot be read: it is damaged; tell the administrator</source>
        <translation>Осы компьютердің баптаулар файлын оқу мүмкін емес: ол зақымдалған; әкімшіге хабарлаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key of this person is protected in a way this program does not know: tell the administrator</source>
        <translation>Бұл адамның қол қою кілті осы бағдарлама білмейтін тәсілмен қорғалған: әкімшіге хабарлаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored signing key of this person is damaged (it does not match its public half): tell the administrator</source>
        <translation>Бұл адамның сақталған қол қою кілті зақымдалған (ашық бөлігіне сәйкес келмейді): әкімшіге хабарлаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_vault.py" line="+40"/>
        <source>The shorter period touches {recordings} stored recording(s): it is made only when confirmed a second time</source>
        <translation>Қысқа мерзім сақталған {recordings} бейнежазбаға қатысты: ол екінші рет расталғанда ғана белгіленеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not every recording chosen may be destroyed now: each must have expired, must not be held and must not be on a list awaiting the head</source>
        <translation>Таңдалған бейнежазбалардың бәрін қазір жоюға болмайды: әрқайсысының мерзімі өтуі, жою тыйымы болмауы және басшының шешімін күтетін тізімде тұрмауы тиіс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A destruction needs two people: a list is approved by someone other than the person who proposed it</source>
        <translation>Жою екі адамның қатысуымен жүргізіледі: тізімді оны ұсынған адамнан басқа адам бекітеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This destruction list is already decided</source>
        <translation>Бұл жою тізімі бойынша шешім қабылданып қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This legal hold is already released</source>
        <translation>Бұл жою тыйымы алынып қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the recordings to hold</source>
        <translation>Жоюға тыйым салынатын бейнежазбаларды таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC clock is in doubt: the head confirms it in the Audit section first</source>
        <translation>Компьютер сағатына күмән бар: алдымен басшы оны «Аудит» бөлімінде растайды</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_accounts.py" line="-51"/>
        <source>Unknown value: {value}</source>
        <translation>Белгісіз мән: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first</source>
        <translation>Алдымен жүйеге кіріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge must be between 0 and 100 %</source>
        <translation>Аккумулятор қуаты 0–100 % аралығында болуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The battery is at {value} %, below the unit&apos;s minimum of {min} %: charge it, or give a reason to issue it anyway</source>
        <translation>Аккумулятор қуаты {value} %, бұл бөлімшеде белгіленген ең төменгі {min} % мәнінен төмен: аккумуляторды қуаттаңыз немесе бейнетіркеуішті соған қарамастан беру себебін көрсетіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recorder clock is {offset:+d} s off the PC clock (at most {max} s allowed): set the recorder clock first (п.17)</source>
        <translation>Бейнетіркеуіш сағаты компьютер сағатынан {offset:+d} с ауытқыған (ең көбі {max} с рұқсат етіледі): алдымен бейнетіркеуіштің сағатын дәлдеңіз (п.17)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder {inventory} is not in store</source>
        <translation>{inventory} бейнетіркеуіші сақтауда емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder cannot be issued to oneself</source>
        <translation>Бейнетіркеуішті өзіне-өзі беруге болмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person issuing the recorder signs as the issuer</source>
        <translation>Беруші ретінде бейнетіркеуішті беретін тұлғаның өзі қол қояды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who signs for receipt must be the person receiving</source>
        <translation>Алғаны туралы бейнетіркеуішті алатын тұлғаның өзі қол қоюы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person receiving the recorder back signs as the receiver</source>
        <translation>Қабылдаушы ретінде тапсырылған бейнетіркеуішті қабылдайтын тұлғаның өзі қол қояды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder is returned by the person it was issued to</source>
        <translation>Бейнетіркеуішті оны алған тұлға тапсырады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is not an open issue</source>
        <translation>Бұл жазба бойынша бейнетіркеуіш берілген болып есептелмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder {inventory} is already returned</source>
        <translation>{inventory} бейнетіркеуіші бұрын тапсырылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data of this entry is already marked stored</source>
        <translation>Бұл жазба бойынша ақпарат сақталды деп бұрын белгіленген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the fault</source>
        <translation>Ақауды сипаттаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person reporting the fault signs the report</source>
        <translation>Ақау туралы хабарламаға хабарлаушы тұлғаның өзі қол қояды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the inspector holding the recorder, or the responsible person, reports its fault</source>
        <translation>Бейнетіркеуіштің ақауы туралы оны алған инспектор немесе жауапты тұлға ғана хабарлай алады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This notification is already acknowledged</source>
        <translation>Бұл хабарлама бұрын назарға алынған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No journal volume is open: open one with its registration index first</source>
        <translation>Журналдың ашық томы жоқ: алдымен тіркеу индексін көрсетіп, томды ашыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal volume is already open: close it to start the next</source>
        <translation>Журналдың томы қазірдің өзінде ашық: келесі томды бастау үшін оны жабыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit is not set up</source>
        <translation>Бөлімше бапталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person correcting the journal signs the correction</source>
        <translation>Түзетуге журналды түзететін тұлғаның өзі қол қояды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only issue entries are corrected this way</source>
        <translation>Осы тәсілмен тек бейнетіркеуішті беру туралы жазбалар ғана түзетіледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is already struck through</source>
        <translation>Бұл жазба бұрын сызылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The struck entry was returned: give the right date and time of return</source>
        <translation>Сызылған жазба бойынша бейнетіркеуіш тапсырылған: тапсырудың дұрыс күні мен уақытын көрсетіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return cannot come before the issue</source>
        <translation>Тапсыру уақыты беру уақытынан ерте болуы мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature pad is empty: sign with the mouse, a finger or a pen</source>
        <translation>Қол қою алаңы бос: тінтуірмен, саусақпен немесе қаламмен қол қойыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature drawing is not valid: clear it and sign again</source>
        <translation>Қолтаңба бейнесі жарамсыз: алаңды тазалап, қайта қол қойыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature drawing is too large: clear it and sign again</source>
        <translation>Қолтаңба бейнесі тым үлкен: алаңды тазалап, қайта қол қойыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person has no signing key yet: they sign in once to make it</source>
        <translation>Бұл қызметкердің әлі қол қою кілті жоқ: кілтті жасау үшін ол жүйеге бір рет кіруі тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN or password is wrong: the signers enter theirs again (wrong tries lock the account)</source>
        <translation>PIN-код немесе құпия сөз қате: қол қоюшылар өз PIN-кодын немесе құпия сөзін қайта енгізеді (қате әрекеттер есептік жазбаны бұғаттайды)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_vault.py" line="-39"/>
        <source>Wrong storage password</source>
        <translation>Қойманың құпия сөзі қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong recovery key: type the 32 letters and digits from the sheet in the unit&apos;s safe</source>
        <translation>Қалпына келтіру кілті қате: бөлімше сейфіндегі парақта жазылған 32 әріп пен цифрды теріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a recovery key: 32 letters and digits in groups of four</source>
        <translation>Бұл қалпына келтіру кілті емес: ол төрттен топталған 32 әріп пен цифрдан тұрады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage is locked: enter the storage password first</source>
        <translation>Бейнежазбалар құлыптаулы: алдымен қойманың құпия сөзін енгізіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit has no storage password yet: the head sets it</source>
        <translation>Бөлімшеде қойманың құпия сөзі әлі жоқ: оны басшы орнатады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage password is set already</source>
        <translation>Қойманың құпия сөзі бұрын орнатылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the head and the responsible person hold a storage password (п.6)</source>
        <translation>Қойманың құпия сөзі тек басшы мен жауапты тұлғада болады (п.6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the appointed responsible person holds the storage password</source>
        <translation>Қойманың құпия сөзі тек тағайындалған жауапты тұлғада болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the head may set another person&apos;s storage password</source>
        <translation>Басқа адамның қойма құпия сөзін тек басшы орната алады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage password must differ from the sign-in password</source>
        <translation>Қойманың құпия сөзі жүйеге кіру құпия сөзінен өзгеше болуы тиіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The head and the responsible person each have a storage password of their own</source>
        <translation>Басшы мен жауапты тұлғаның әрқайсысының қойма құпия сөзі өзінікі болуы тиіс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note needs some text</source>
        <translation>Жазбаға мәтін керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is too long: at most {max} characters</source>
        <translation>Жазба тым ұзын: ең көбі {max} таңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection reference is too long</source>
        <translation>Тексеру сілтемесі тым ұзын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of a range must not come before its start</source>
        <translation>Аралықтың аяғы басынан бұрын болмауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note lies beyond the end of the recording</source>
        <translation>Жазба бейнежазбаның соңынан тыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That note has already been corrected</source>
        <translation>Бұл жазба бұрын түзетілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a decision</source>
        <translation>Шешімді таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision needs a comment</source>
        <translation>Шешімге түсініктеме керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment is too long: at most {max} characters</source>
        <translation>Түсініктеме тым ұзын: ең көбі {max} таңба</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A retention period is a whole number of months, at least 1</source>
        <translation>Сақтау мерзімі айлардың бүтін санымен беріледі, кемінде 1 ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one recording for the destruction list</source>
        <translation>Жою тізіміне кемінде бір бейнежазба таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the chosen recordings are already destroyed: a legal hold cannot be placed on them</source>
        <translation>Таңдалған бейнежазбалардың кейбірі жойылып қойған: оларға жою тыйымын қоюға болмайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk of the footage vault is full: free some space and try again</source>
        <translation>Бейнежазбалар қоймасының дискісі толы: орын босатып, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC may not write to the footage vault folder: ask the administrator for access</source>
        <translation>Бұл компьютерге бейнежазбалар қоймасының қалтасына жазуға рұқсат жоқ: әкімшіден рұқсат сұраңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage vault could not be read or written: check that its disk or network folder is reachable and try again</source>
        <translation>Бейнежазбалар қоймасын оқу немесе оған жазу мүмкін болмады: оның дискісі немесе желілік қалтасы қолжетімді екенін тексеріп, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the file {path} (was the recorder disconnected?): try again</source>
        <translation>{path} файлын оқу мүмкін болмады (бейнетіркеуіш ажыратылып қалған жоқ па?): қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the files of the recorder (was it disconnected?): dock it again</source>
        <translation>Бейнетіркеуіштің файлдарын оқу мүмкін болмады (ол ажыратылып қалған жоқ па?): оны док-станцияға қайта қосыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder gave {size} bytes instead of {expected}, so nothing was stored: dock it again</source>
        <translation>Бейнетіркеуіш {expected} байттың орнына {size} байт берді, сондықтан ештеңе сақталмады: оны док-станцияға қайта қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored file {sha256} is missing from the footage vault: run the verification in the Audit section and tell the head</source>
        <translation>Сақталған {sha256} файлы бейнежазбалар қоймасында жоқ: «Аудит» бөлімінде тексеруді іске қосып, басшыға хабарлаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recording was destroyed: its key is shredded and nobody can read it any more</source>
        <translation>Бұл бейнежазба жойылған: оның кілті өшірілген, оны енді ешкім оқи алмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of the footage vault was changed or damaged: tell the head at once and run the verification in the Audit section</source>
        <translation>Бейнежазбалар қоймасындағы файл өзгертілген немесе зақымдалған: бірден басшыға хабарлап, «Аудит» бөлімінде тексеруді іске қосыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage vault folder {path} belongs to another unit or installation: set this unit&apos;s vault folder in the settings</source>
        <translation>{path} бейнежазбалар қоймасының қалтасы басқа бөлімшеге немесе орнатуға тиесілі: баптауларда осы бөлімшенің қойма қалтасын көрсетіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage vault folder {path} is empty and has no mark of this unit: is the unit&apos;s network folder connected? Check the vault folder in the settings</source>
        <translation>{path} бейнежазбалар қоймасының қалтасы бос және онда осы бөлімшенің белгісі жоқ: бөлімшенің желілік қалтасы қосылған ба? Баптаулардағы қойма қалтасын тексеріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«{value}» is not the name of a stored file: those are 64 hexadecimal digits</source>
        <translation>«{value}» — сақталған файлдың атауы емес: олар 64 он алтылық цифрдан тұрады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key file of the footage vault is damaged: restore it from a backup, and tell the head</source>
        <translation>Бейнежазбалар қоймасының кілт файлы зақымдалған: оны сақтық көшірмеден қалпына келтіріп, басшыға хабарлаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key of this file does not open with the vault key: the file is from another vault or damaged</source>
        <translation>Бұл файлдың кілті қойма кілтімен ашылмайды: файл басқа қоймадан немесе зақымдалған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item does not open with the vault key: it is from another vault or damaged</source>
        <translation>Бұл элемент қойма кілтімен ашылмайды: ол басқа қоймадан немесе зақымдалған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recording is already stored (SHA-256 {sha256})</source>
        <translation>Бұл бейнежазба сақталып қойған (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ingest run {run_id} has already ended: dock the recorder again</source>
        <translation>№ {run_id} жазбаларды жүктеу аяқталып қойған: бейнетіркеуішті док-станцияға қайта қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one recording for the evidence package</source>
        <translation>Дәлелдер пакетіне кемінде бір бейнежазба таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists: choose a new name for the package</source>
        <translation>{path} бұрыннан бар: пакетке жаңа атау таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An evidence package is in Kazakh or Russian, not «{lang}»</source>
        <translation>Дәлелдер пакеті қазақ немесе орыс тілінде жасалады, «{lang}» тілінде емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording {id} read from the vault does not match its sealed SHA-256, so it is not exported: tell the head at once</source>
        <translation>Қоймадан оқылған № {id} бейнежазба мөрленген SHA-256 мәніне сәйкес келмейді, сондықтан ол экспортталмайды: бірден басшыға хабарлаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {id} has no seal: it cannot be exported as evidence</source>
        <translation>№ {id} бейнежазбаның мөрі жоқ: оны дәлел ретінде экспорттауға болмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The written package does not verify, so it was not kept: try again, and tell the head if it happens again</source>
        <translation>Жазылған пакет тексеруден өтпеді, сондықтан ол сақталмады: қайталап көріңіз, бұл тағы қайталанса, басшыға хабарлаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_documents.py" line="+13"/>
        <source>Enter the BIN or IIN of the subject of control</source>
        <translation>Бақылау субъектісінің БСН/ЖСН-ін енгізіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN must be digits only, not «{value}»</source>
        <translation>БСН/ЖСН тек цифрлардан тұрады, «{value}» емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN has 12 digits, not {length}</source>
        <translation>БСН/ЖСН 12 цифрдан тұрады, {length} емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN {value} is not valid: its check digit does not match (a typing mistake?)</source>
        <translation>{value} БСН/ЖСН жарамсыз: бақылау цифры сәйкес келмейді (қате терілген бе?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is neither a valid BIN nor a valid IIN</source>
        <translation>{value} жарамды БСН да, ЖСН да емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IIN {value} is not valid: its 7th digit must be 1 to 6</source>
        <translation>{value} ЖСН жарамсыз: 7-цифры 1-ден 6-ға дейін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IIN {value} is not valid: it holds no real date of birth</source>
        <translation>{value} ЖСН жарамсыз: онда нақты туған күн жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its 5th digit must be 4, 5 or 6</source>
        <translation>{value} БСН жарамсыз: 5-цифры 4, 5 немесе 6 болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its 6th digit must be 0 to 3</source>
        <translation>{value} БСН жарамсыз: 6-цифры 0-ден 3-ке дейін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its registration month is impossible</source>
        <translation>{value} БСН жарамсыз: тіркелген айы мүмкін емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lead inspector of the inspection</source>
        <translation>Тексерудің топ басшысы инспекторды таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection ends before it begins</source>
        <translation>Тексеру басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The act of appointment is dated after the inspection began</source>
        <translation>Тағайындау туралы акт тексеру басталғаннан кейінгі күнмен жасалған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An inspector makes only inspections they take part in</source>
        <translation>Инспектор тек өзі қатысатын тексеруді жасайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only active inspectors take part in an inspection</source>
        <translation>Тексеруге тек белсенді инспекторлар қатысады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only issues of recorders in the journal can be linked</source>
        <translation>Тек журналдағы бейнетіркеуішті беру жазбаларын байланыстыруға болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A linked journal issue must be to one of the inspection&apos;s inspectors</source>
        <translation>Байланыстырылған беру жазбасы тексеру инспекторларының біріне берілген болуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The violation checked by this visit does not exist</source>
        <translation>Осы барумен тексерілетін бұзушылық жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This inspection is another inspector&apos;s</source>
        <translation>Бұл тексеру басқа инспектордікі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the violation</source>
        <translation>Бұзушылықты сипаттаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the requirement breached from the catalogue</source>
        <translation>Бұзылған талапты каталогтан таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue has no requirement «{requirement}»</source>
        <translation>Каталогта «{requirement}» талабы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deadline to eliminate a violation cannot come before the inspection ends or the document is drawn up</source>
        <translation>Бұзушылықты жою мерзімі тексеру аяқталғаннан немесе құжат жасалғаннан бұрын болмауы керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A violation printed in an issued document stays: issue a replacing document instead</source>
        <translation>Берілген құжатқа енген бұзушылық өшірілмейді: оның орнына жаңа құжат беріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This violation is already marked eliminated</source>
        <translation>Бұл бұзушылық жойылды деп белгіленген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of elimination is in the future</source>
        <translation>Жойылған күні болашақта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That recording is not from this inspection&apos;s recorders</source>
        <translation>Бұл жазба осы тексерудің бейнетіркеуіштерінен емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That bookmark is not on the recording chosen</source>
        <translation>Бұл бетбелгі таңдалған жазбада жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That still was not taken from the recording chosen</source>
        <translation>Бұл кадр таңдалған жазбадан алынбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A still&apos;s SHA-256 must be 64 hexadecimal digits</source>
        <translation>Кадрдың SHA-256 мәні 64 он алтылық цифр болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prescription follows an issued act: issue the act first</source>
        <translation>Нұсқама берілген акттен кейін жасалады: алдымен актіні беріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prescription needs at least one violation</source>
        <translation>Нұсқамада кемінде бір бұзушылық болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document is in Kazakh, Russian or both</source>
        <translation>Құжат қазақ, орыс тілінде немесе екі тілде жасалады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document cannot be dated before the inspection began</source>
        <translation>Құжаттың күні тексеру басталғанға дейін болмауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection names no representative of the subject: add one to the inspection first</source>
        <translation>Тексеруде бақылау субъектісінің өкілі көрсетілмеген: алдымен оны тексеруге қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored document no longer matches its SHA-256: tell the head at once</source>
        <translation>Сақталған құжат өзінің SHA-256 мәніне сәйкес келмейді: бірден басшыға хабарлаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents are being issued elsewhere at the same moment: try again</source>
        <translation>Дәл осы сәтте басқа жерде құжаттар берілуде: қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document replaced must be this inspection&apos;s, of the same kind</source>
        <translation>Ауыстырылатын құжат осы тексерудікі және сол түрдегі болуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That document is already replaced</source>
        <translation>Бұл құжат бұрын ауыстырылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file (.p12 or .pfx)</source>
        <translation>Кілт файлын таңдаңыз (.p12 немесе .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password for the key file</source>
        <translation>Кілт файлының құпиясөзі қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a PKCS#12 key file (.p12, .pfx)</source>
        <translation>Файл PKCS#12 кілт файлы емес (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file holds no private key with its certificate</source>
        <translation>Кілт файлында сертификатымен бірге жабық кілт жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is not an RSA key; only RSA keys are supported</source>
        <translation>Кілт RSA кілті емес; тек RSA кілттеріне қолдау көрсетіледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate in the key file is not the key&apos;s</source>
        <translation>Кілт файлындағы сертификат бұл кілттікі емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the key has expired</source>
        <translation>Кілт сертификатының мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the key is not valid yet</source>
        <translation>Кілт сертификаты әлі күшіне енбеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer is not running or cannot be reached: start NCALayer and try again</source>
        <translation>NCALayer іске қосылмаған немесе қолжетімсіз: NCALayer-ді іске қосып, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer did not answer in time</source>
        <translation>NCALayer уақытында жауап бермеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer closed the connection</source>
        <translation>NCALayer байланысты жапты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing was cancelled in NCALayer</source>
        <translation>NCALayer-де қол қою тоқтатылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer refused to sign</source>
        <translation>NCALayer қол қоюдан бас тартты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature was made over another document</source>
        <translation>Қолтаңба басқа құжатқа қойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not verify</source>
        <translation>Қолтаңба тексеруден өтпейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue file has mistakes; nothing was imported</source>
        <translation>Каталог файлында қателер бар; ештеңе жүктелмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue file must be a UTF-8 CSV of at most 5 MB</source>
        <translation>Каталог файлы 5 МБ-тан аспайтын UTF-8 CSV болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not work with inspections</source>
        <translation>Сіздің рөліңіз тексерулермен жұмыс істемейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A badge is in Kazakh, Russian or both</source>
        <translation>Төсбелгі қазақ, орыс тілінде немесе екі тілде болады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document template {kind}/{lang} is missing or damaged: reinstall the program</source>
        <translation>{kind}/{lang} құжат үлгісі жоқ немесе зақымдалған: бағдарламаны қайта орнатыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document template is damaged (its entry «{key}»): reinstall the program</source>
        <translation>Құжат үлгісі зақымдалған («{key}» жазбасы): бағдарламаны қайта орнатыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no document template in the language «{lang}»</source>
        <translation>«{lang}» тіліндегі құжат үлгісі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is printed in Kazakh or Russian, not «{lang}»</source>
        <translation>Журнал қазақ немесе орыс тілінде басып шығарылады, «{lang}» тілінде емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is printed in Kazakh or Russian only</source>
        <translation>Бұл тек қазақ немесе орыс тілінде басып шығарылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is exported to a .pdf or a .csv file: choose one</source>
        <translation>Аудит журналы .pdf немесе .csv файлына экспортталады: біреуін таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A text of the catalogue is in Kazakh (kk) or Russian (ru), not «{lang}»</source>
        <translation>Анықтамалықтың мәтіні қазақ (kk) немесе орыс (ru) тілінде болады, «{lang}» тілінде емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is a BIN (of a legal entity): the IIN of a person is expected here</source>
        <translation>{value} — заңды тұлғаның БСН-і: мұнда жеке тұлғаның ЖСН-і күтіледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is an IIN (of a person): the BIN of a legal entity is expected here</source>
        <translation>{value} — жеке тұлғаның ЖСН-і: мұнда заңды тұлғаның БСН-і күтіледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature is damaged or is not a CMS signature</source>
        <translation>Қолтаңба зақымдалған немесе CMS қолтаңбасы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signature must have exactly one signer; this one has {count}</source>
        <translation>Қолтаңбаның дәл бір қол қоюшысы болуы тиіс; бұл қолтаңбада олар {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is made in a way this program does not check: only SHA-256 with RSA is supported</source>
        <translation>Қолтаңба осы бағдарлама тексермейтін тәсілмен жасалған: тек RSA кілтімен SHA-256 қолдау көрсетіледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate is not in the signature</source>
        <translation>Қол қоюшының сертификаты қолтаңбада жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate is not meant for signing</source>
        <translation>Қол қоюшының сертификаты қол қоюға арналмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate of the signature was not valid at the signing time: {subject}</source>
        <translation>Қолтаңбаның сертификаты қол қойылған уақытта жарамсыз болған: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate does not lead to a trusted root certificate (issued by {issuer})</source>
        <translation>Қол қоюшының сертификаты сенімді түбірлік сертификатқа жеткізбейді (берген: {issuer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate does not lead to a trusted root certificate</source>
        <translation>Қол қоюшының сертификаты сенімді түбірлік сертификатқа жеткізбейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signing time must carry a time zone</source>
        <translation>Қол қою уақытында уақыт белдеуі көрсетілуі тиіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NCALayer address must start with wss:// or ws://</source>
        <translation>NCALayer мекенжайы wss:// немесе ws:// деп басталуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown NCALayer language: {locale}</source>
        <translation>NCALayer-дің белгісіз тілі: {locale}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to sign</source>
        <translation>Қол қоятын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer did not accept the request ({ncalayer_code}): update NCALayer and try again</source>
        <translation>NCALayer сұрауды қабылдамады ({ncalayer_code}): NCALayer-ді жаңартып, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer gave an answer this program does not understand: update NCALayer and try again</source>
        <translation>NCALayer осы бағдарлама түсінбейтін жауап берді: NCALayer-ді жаңартып, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time-stamp authority address must start with http:// or https://</source>
        <translation>Уақыт белгілерін беру қызметінің мекенжайы http:// немесе https:// деп басталуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a PEM certificate: the text must contain -----BEGIN CERTIFICATE-----</source>
        <translation>Бұл PEM сертификаты емес: мәтінде -----BEGIN CERTIFICATE----- жолы болуы тиіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of the time-stamp authority in the settings is not valid PEM: set it again</source>
        <translation>Баптаулардағы уақыт белгілерін беру қызметінің сертификаты жарамды PEM емес: оны қайта енгізіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A time-stamp is asked for a SHA-256 digest of 32 bytes</source>
        <translation>Уақыт белгісі 32 байттық SHA-256 хэші үшін сұралады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time-stamp authority answered with HTTP error {http_status}: the time-stamps wait and are asked for again later</source>
        <translation>Уақыт белгілерін беру қызметі HTTP {http_status} қатесімен жауап берді: уақыт белгілері күтуде, олар кейін қайта сұралады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time-stamp authority cannot be reached: the time-stamps wait and are asked for again later</source>
        <translation>Уақыт белгілерін беру қызметіне қосылу мүмкін емес: уақыт белгілері күтуде, олар кейін қайта сұралады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time-stamp authority refused the request (status {status}): check its address in the settings</source>
        <translation>Уақыт белгілерін беру қызметі сұрауды қабылдамады (мәртебесі {status}): баптаулардағы оның мекенжайын тексеріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer of the time-stamp authority is not a valid time-stamp, so it was not kept: check its address and certificate in the settings</source>
        <translation>Уақыт белгілерін беру қызметінің жауабы жарамды уақыт белгісі емес, сондықтан ол сақталмады: баптаулардағы оның мекенжайы мен сертификатын тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_server.py" line="+14"/>
        <source>The database server refused the password of {account}</source>
        <translation>Дерекқор сервері {account} құпия сөзін қабылдамады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server needs a password: enter it and try again</source>
        <translation>Дерекқор серверіне құпия сөз қажет: оны енгізіп, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server of {account} cannot be reached: {reason}</source>
        <translation>{account} дерекқор серверіне қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no schema for this unit that this user may use: ask its administrator</source>
        <translation>Серверде бұл пайдаланушыға рұқсат етілген бөлімше схемасы жоқ: сервер әкімшісіне хабарласыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown kind of database: give a PostgreSQL server or this PC&apos;s file</source>
        <translation>Дерекқордың белгісіз түрі: PostgreSQL серверін немесе осы компьютердің файлын көрсетіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server database needs a host, a user and a database name</source>
        <translation>Сервердегі дерекқор үшін хост, пайдаланушы және дерекқор атауы қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port must be a number from 1 to 65535</source>
        <translation>Порт 1-ден 65535-ке дейінгі сан болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit&apos;s schema must be 2 to 41 small Latin letters, digits or _ and start with a letter</source>
        <translation>Бөлімше схемасы 2–41 кіші латын әрпінен, цифрдан немесе _ таңбасынан тұрып, әріптен басталуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database password is not kept in the settings: it goes to the system&apos;s credential store, or is asked for at start-up</source>
        <translation>Дерекқордың құпия сөзі баптауларда сақталмайды: ол жүйенің құпия сөздер сақтағышына түседі немесе іске қосу кезінде сұралады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the password of the database server</source>
        <translation>Дерекқор серверінің құпия сөзін енгізіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s credential store could not keep the password; untick the box to type it at each start</source>
        <translation>Жүйенің құпия сөздер сақтағышы құпия сөзді сақтай алмады; оны әр іске қосқанда теру үшін белгіні алып тастаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault folder {path} does not exist or is not reachable from this PC</source>
        <translation>{path} қойма қалтасы жоқ немесе осы компьютерден қолжетімсіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown TLS mode of the database connection: {value}</source>
        <translation>Дерекқорға қосылудың белгісіз TLS режимі: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database (schema {revision}) was made by a newer version of this program: update the program</source>
        <translation>Дерекқорды (схемасы {revision}) осы бағдарламаның жаңа нұсқасы жасаған: бағдарламаны жаңартыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit&apos;s database on the server needs an upgrade this account may not make: the server&apos;s administrator runs «inspector-app server upgrade-unit»</source>
        <translation>Сервердегі бөлімше дерекқорын жаңарту қажет, бірақ бұл есептік жазбаға оған рұқсат жоқ: сервер әкімшісі «inspector-app server upgrade-unit» командасын орындайды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} must be 2 to 41 small Latin letters, digits or _ and start with a letter</source>
        <translation>{what}: атауы 2–41 кіші латын әрпінен, цифрдан немесе _ таңбасынан тұрып, әріптен басталуы тиіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server already has a role {role}</source>
        <translation>Серверде {role} рөлі бұрыннан бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server already has a schema {schema}</source>
        <translation>Серверде {schema} схемасы бұрыннан бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This unit already works on a server database</source>
        <translation>Бұл бөлімше сервердегі дерекқормен жұмыс істеп тұр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server database already holds a unit&apos;s data: give an empty database (or schema) for this unit</source>
        <translation>Сервердегі дерекқорда бөлімшенің деректері бұрыннан бар: осы бөлімше үшін бос дерекқорды (немесе схеманы) көрсетіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy on the server differs from this database in the tables {tables}, so nothing was kept on the server: try again</source>
        <translation>Сервердегі көшірме осы дерекқордан {tables} кестелерінде өзгеше, сондықтан серверде ештеңе сақталмады: қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tool} was not found: install the PostgreSQL client tools on this PC</source>
        <translation>{tool} табылмады: осы компьютерге PostgreSQL клиенттік құралдарын орнатыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tool} failed: ask the administrator of the database server</source>
        <translation>{tool} қатемен аяқталды: дерекқор серверінің әкімшісіне хабарласыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists: a backup goes into a new folder</source>
        <translation>{path} бұрыннан бар: сақтық көшірме жаңа қалтаға жазылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file of this unit is missing: no backup was made</source>
        <translation>Осы бөлімшенің дерекқор файлы жоқ: сақтық көшірме жасалмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault file {path} is damaged, so no backup was made: run the verification in the Audit section</source>
        <translation>{path} қойма файлы зақымдалған, сондықтан сақтық көшірме жасалмады: «Аудит» бөлімінде тексеруді іске қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup does not verify, so it is not used: make a new backup or restore another one</source>
        <translation>Сақтық көшірме тексеруден өтпейді, сондықтан ол пайдаланылмайды: жаңа сақтық көшірме жасаңыз немесе басқасын қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of files of the backup names a file outside the backup: the backup cannot be trusted</source>
        <translation>Сақтық көшірменің файлдар тізімінде сақтық көшірмеден тыс файл аталған: бұл сақтық көшірмеге сенуге болмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} changed while it was being restored: the backup cannot be trusted</source>
        <translation>{path} файлы қалпына келтіру кезінде өзгерді: бұл сақтық көшірмеге сенуге болмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a backup of a PostgreSQL database: name the new, empty database to restore it into</source>
        <translation>Бұл PostgreSQL дерекқорының сақтық көшірмесі: оны қалпына келтіретін жаңа, бос дерекқорды көрсетіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a backup of a SQLite database: it is restored into the data folder alone, not into a database server</source>
        <translation>Бұл SQLite дерекқорының сақтық көшірмесі: ол дерекқор серверіне емес, тек деректер қалтасына қалпына келтіріледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database address holds a password: give the password in PGPASSWORD instead</source>
        <translation>Дерекқор мекенжайында құпия сөз бар: құпия сөзді оның орнына PGPASSWORD арқылы беріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database to restore into cannot be opened: check its address and password</source>
        <translation>Қалпына келтірілетін дерекқорды ашу мүмкін емес: оның мекенжайы мен құпия сөзін тексеріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty: a backup is restored only into a new data folder; nothing was touched</source>
        <translation>{path} қалтасы бос емес: сақтық көшірме тек жаңа деректер қалтасына қалпына келтіріледі; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is not empty: a backup is restored only into a new, empty database; nothing was touched</source>
        <translation>Дерекқор бос емес: сақтық көшірме тек жаңа, бос дерекқорға қалпына келтіріледі; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation key cannot be unlocked on this PC: its secret is missing or belongs to another installation; tell the administrator</source>
        <translation>Орнату кілтін осы компьютерде ашу мүмкін емес: оның құпиясы жоқ немесе басқа орнатуға тиесілі; әкімшіге хабарлаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored installation key is damaged (it does not match its public half): tell the administrator</source>
        <translation>Сақталған орнату кілті зақымдалған (ашық бөлігіне сәйкес келмейді): әкімшіге хабарлаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows refused to protect or unprotect the installation secret: tell the administrator</source>
        <translation>Windows орнату құпиясын қорғаудан немесе оны ашудан бас тартты: әкімшіге хабарлаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installation secret of this PC is damaged: tell the administrator</source>
        <translation>Осы компьютердің орнату құпиясы зақымдалған: әкімшіге хабарлаңыз</translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <location filename="../../ui/pages/evidence_export.py" line="+115"/>
        <source>Export evidence package…</source>
        <translation>Дәлелдемелер пакетін шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Exporting an evidence package</source>
        <translation>Дәлелдемелер пакеті шығарылуда</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Evidence package</source>
        <translation>Дәлелдемелер пакеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) written to {1} and verified.
SHA-256 of manifest.json: {2}</source>
        <translation>{0} бейнежазба {1} ішіне жазылып, тексерілді.
manifest.json SHA-256 хеші: {2}</translation>
    </message>
</context>
<context>
    <name>EvidenceExportDialog</name>
    <message>
        <location line="-131"/>
        <source>Export evidence package</source>
        <translation>Дәлелдемелер пакетін шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recording ({0})</source>
        <translation>Осы бейнежазба ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {0} recordings of its issue</source>
        <translation>Оның берілуіндегі барлық {0} бейнежазба</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ZIP file</source>
        <translation>Бір ZIP файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recordings:</source>
        <translation>Бейнежазбалар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custody sheet language:</source>
        <translation>Сақтау тізбегі актісінің тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder (USB stick, network share):</source>
        <translation>Қалта (USB жинақтағыш, желілік қалта):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package name:</source>
        <translation>Пакет атауы:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where to write the package</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_return_dialogs.py" line="+100"/>
        <source>Report a fault</source>
        <translation>Ақау туралы хабарлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the fault</source>
        <translation>Ақаудың сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened and when</source>
        <translation>Не болды және қашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head and the responsible person are notified at once, and the fault is entered in the journal (п.20).</source>
        <translation>Аумақтық бөлімшенің басшысы мен жауапты тұлғаға дереу хабарланады, ал ақау журналға енгізіледі (п.20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported by</source>
        <translation>Хабарлаушы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the recorder</source>
        <translation>Бейнетіркеуішті таңдаңыз</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+24"/>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor profile</source>
        <translation>Өндіруші профилі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit name (Kazakh)</source>
        <translation>Бөлімшенің атауы (қазақ тілінде)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit name (Russian)</source>
        <translation>Бөлімшенің атауы (орыс тілінде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Бөлімше коды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order reference</source>
        <translation>Бұйрықтың деректемелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration index</source>
        <translation>Тіркеу индексі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the fault</source>
        <translation>Ақаудың сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility&apos;s address</source>
        <translation>Объектінің мекенжайы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The facility&apos;s name</source>
        <translation>Объектінің атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility&apos;s type</source>
        <translation>Объектінің түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The subject&apos;s name</source>
        <translation>Субъектінің атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal address</source>
        <translation>Заңды мекенжайы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The number of the act of appointment</source>
        <translation>Тағайындау туралы актінің нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proof of elimination</source>
        <translation>Жойылғанының дәлелі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reason for the change</source>
        <translation>Өзгерту себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason for the hold</source>
        <translation>Жою тыйымының себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reason for the release</source>
        <translation>Тыйымды алу себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The registration of the act</source>
        <translation>Актіні тіркеу деректері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The representative</source>
        <translation>Өкілі</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/pages/follow_up_page.py" line="+35"/>
        <source>Deadlines shown</source>
        <translation>Көрсетілетін мерзімдер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due and overdue</source>
        <translation>Мерзімі келетін және өткен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark eliminated…</source>
        <translation>Жойылды деп белгілеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln violation(s) shown</source>
        <translation>
            <numerusform>%Ln бұзушылық көрсетілген</numerusform>
            <numerusform>%Ln бұзушылық көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>мерзімі өткені: %Ln</numerusform>
            <numerusform>мерзімі өткені: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FootageDetails</name>
    <message>
        <location filename="../../ui/pages/footage_details.py" line="+71"/>
        <source>Selected recording</source>
        <translation>Таңдалған бейнежазба</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a recording to see its hash, times and the continuity of its issue.</source>
        <translation>Хэшін, уақытын және бейнетіркеуіш берілген кезеңдегі жазбаның үздіксіздігін көру үшін бейнежазбаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File on the recorder: {0}</source>
        <translation>Бейнетіркеуіштегі файл: {0}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Details of the selected recording</source>
        <translation>Таңдалған бейнежазбаның мәліметтері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start: {0} (recorder&apos;s text: {1})</source>
        <translation>Басталуы: {0} (бейнетіркеуіштің көрсетуі бойынша: {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration {0}, size {1}</source>
        <translation>Ұзақтығы {0}, көлемі {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored: {0}</source>
        <translation>Сақталған күні мен уақыты: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The footage is locked: its frame and file open once the storage password is entered.</source>
        <translation>Бейнежазбалар құлыптаулы: кадры мен файлы қойманың құпия сөзі енгізілгенде ашылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be decoded; it is stored byte for byte all the same.</source>
        <translation>Файлды декодтау мүмкін болмады; соған қарамастан ол байтпа-байт өзгеріссіз сақталды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Made while the recorder was not issued: no journal entry.</source>
        <translation>Бейнетіркеуіш берілмеген кезде түсірілген: журналда жазба жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuity of {0}</source>
        <translation>Бейнежазбаның үздіксіздігі — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry {0}</source>
        <translation>журнал жазбасы {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked yet</source>
        <translation>әлі тексерілмеген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no breaks</source>
        <translation>үзілістер жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The issue has no recording at all</source>
        <translation>Бейнетіркеуіш берілген кезеңде бірде-бір бейнежазба жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gap of {0} after {1}</source>
        <translation>{1} уақытынан кейін {0} үзіліс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… {0} gaps in all</source>
        <translation>… барлық үзілістер саны: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing file numbers: {0}</source>
        <translation>Жетіспейтін файл нөмірлері: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} recording(s) made while the recorder was not issued</source>
        <translation>Бейнетіркеуіш берілмеген кезде түсірілген бейнежазбалар саны: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} recording(s) with no known start</source>
        <translation>Басталу уақыты белгісіз бейнежазбалар саны: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorder clock: not checked yet</source>
        <translation>Бейнетіркеуіш сағаты: әлі тексерілмеген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock at the dock of {0}: unknown</source>
        <translation>{0} док-станцияға қосылған кездегі бейнетіркеуіш сағатының ауытқуы: белгісіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder clock at the dock of {0}: {1:+d} s (tolerance {2} s)</source>
        <translation>{0} док-станцияға қосылған кездегі бейнетіркеуіш сағатының ауытқуы: {1:+d} с (рұқсат етілген шегі {2} с)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock at the dock of {0}: at least {1:+d} s, from its newest file (tolerance {2} s)</source>
        <translation>{0} док-станцияға қосылған кездегі бейнетіркеуіш сағатының ауытқуы: кемінде {1:+d} с, соңғы файл бойынша (рұқсат етілген шегі {2} с)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the recorder clock (п.17)</source>
        <translation>бейнетіркеуіштің сағатын дәлдеңіз (п.17)</translation>
    </message>
</context>
<context>
    <name>FootageFilters</name>
    <message>
        <location filename="../../ui/pages/footage_filters.py" line="+22"/>
        <source>Gap in recording</source>
        <translation>Жазбада үзіліс бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Оқылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder clock off</source>
        <translation>Бейнетіркеуіш сағаты дәл емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded while not issued</source>
        <translation>Берілмеген кезде түсірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (bookmarked or cited)</source>
        <translation>Дәлел (белгі қойылған немесе бұзушылықта келтірілген)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under a legal hold</source>
        <translation>Жоюға тыйым салынған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroyed</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in notes, file names and hashes</source>
        <translation>Жазбалардан, файл атауларынан және хэштерден іздеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal issue</source>
        <translation>Журнал бойынша беру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by issue</source>
        <translation>Беру бойынша топтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One visit at a time: each journal issue with its segments in order</source>
        <translation>Әр бару бөлек: журналдағы әр беру өз бөліктерімен ретімен</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All recorders</source>
        <translation>Барлық бейнетіркеуіштер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All inspectors</source>
        <translation>Барлық инспекторлар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All journal entries</source>
        <translation>Журналдың барлық жазбалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any recording</source>
        <translation>Барлық бейнежазбалар</translation>
    </message>
</context>
<context>
    <name>FootagePage</name>
    <message>
        <location filename="../../ui/pages/footage_page.py" line="+177"/>
        <source>Stored footage</source>
        <translation>Сақталған бейнежазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Бейнежазбалар</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln recording(s)</source>
        <translation>
            <numerusform>%Ln бейнежазба</numerusform>
            <numerusform>%Ln бейнежазба</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No. {0} of volume {1}: {2}, {3}, {4}</source>
        <translation>№ {0} ({1}-том): {2}, {3}, {4}</translation>
    </message>
</context>
<context>
    <name>IngestPanel</name>
    <message>
        <location filename="../../ui/pages/ingest_panel.py" line="+189"/>
        <source>Docked recorders</source>
        <translation>Док-станциядағы бейнетіркеуіштер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recorder is docked. Recordings are stored automatically while a recorder charges on its dock (п.11).</source>
        <translation>Док-станцияға бірде-бір бейнетіркеуіш қосылмаған. Жазбалар бейнетіркеуіш док-станцияда қуатталып жатқанда автоматты режимде сақталады (п.11).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no serial number</source>
        <translation>сериялық нөмірі жоқ</translation>
    </message>
</context>
<context>
    <name>IngestRow</name>
    <message>
        <location line="-109"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for another recorder&apos;s ingest to end</source>
        <translation>Басқа бейнетіркеуіштен жазбаларды жүктеудің аяқталуы күтілуде</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0:.0f} of {1:.0f} MB</source>
        <translation>{0:.0f} / {1:.0f} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:.1f} MB/s</source>
        <translation>{0:.1f} MB/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}:{1:02d} left</source>
        <translation>{0}:{1:02d} қалды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed: {0}</source>
        <translation>Қате: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} stored, {1} already there</source>
        <translation>{0} файл сақталды, {1} файл бұрыннан сақтауда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0}</source>
        <translation>Аяқталды ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: {0}; the rest comes at the next dock</source>
        <translation>Болдырылмады ({0}); қалған файлдар бейнетіркеуіш келесі жолы док-станцияға қосылғанда жүктеледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial {0} is not in the register: bind it to an inventory number (п.7)</source>
        <translation>{0} сериялық нөмірі тіркелмеген: оны түгендеу нөмірімен байланыстырыңыз (п.7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: {0}. {1}</source>
        <translation>Тоқтатылды ({0}). {1}</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/inspection_dialog.py" line="+221"/>
        <source>Change the inspection</source>
        <translation>Тексеруді өзгерту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New inspection</source>
        <translation>Жаңа тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject and facility</source>
        <translation>Субъект және объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis and inspectors</source>
        <translation>Негіздеме және инспекторлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings and recorders</source>
        <translation>Нәтижелер және бейнетіркеуіштер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject of control</source>
        <translation>Бақылау субъектісі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal address</source>
        <translation>Заңды мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazardous production facility</source>
        <translation>Қауіпті өндірістік объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of facility</source>
        <translation>Объектінің түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility address</source>
        <translation>Объектінің мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number of the facility</source>
        <translation>Объектінің тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative of the subject</source>
        <translation>Субъектінің өкілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s position</source>
        <translation>Өкілдің лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of control</source>
        <translation>Бақылау түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of appointment: number</source>
        <translation>Тағайындау туралы акт: нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of appointment: date</source>
        <translation>Тағайындау туралы акт: күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration of the act (legal statistics)</source>
        <translation>Актінің тіркелуі (құқықтық статистика)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection from</source>
        <translation>Тексеру басталған күн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection to</source>
        <translation>Тексеру аяқталған күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Топ басшысы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other inspectors</source>
        <translation>Басқа инспекторлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drawing up</source>
        <translation>Жасалған орны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Тексеру нәтижелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorders taken (journal issues)</source>
        <translation>Алынған бейнетіркеуіштер (журналдағы беру жазбалары)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations of earlier prescriptions this visit checks</source>
        <translation>Осы бару тексеретін бұрынғы нұсқамалардың бұзушылықтары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act of appointment is registered</source>
        <translation>Тағайындау туралы акт тіркелген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal has no issue of a recorder to the inspectors chosen.</source>
        <translation>Журналда таңдалған инспекторларға бейнетіркеуіш беру жазбасы жоқ.</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <location filename="../../ui/models/inspection_models.py" line="+16"/>
        <source>Preventive control with a visit</source>
        <translation>Бару арқылы профилактикалық бақылау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-based inspection</source>
        <translation>Тәуекелдерді бағалау негізінде тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unscheduled inspection</source>
        <translation>Жоспардан тыс тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation of an accident or incident</source>
        <translation>Аварияны, инцидентті тергеп-тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check of compliance with permit requirements</source>
        <translation>Рұқсат беру талаптарына сәйкестігін тексеру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescription</source>
        <translation>Нұсқама</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh and Russian</source>
        <translation>Қазақша және орысша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Мерзімі келмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminated</source>
        <translation>Жойылған</translation>
    </message>
</context>
<context>
    <name>InspectionModels</name>
    <message>
        <location line="+35"/>
        <source>Subject of control</source>
        <translation>Бақылау субъектісі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of control</source>
        <translation>Бақылау түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead inspector</source>
        <translation>Топ басшысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents issued</source>
        <translation>Берілген құжаттар</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Requirement</source>
        <translation>Талап</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+8"/>
        <source>Violation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Deadline</source>
        <translation>Жою мерзімі</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>State</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued at</source>
        <translation>Берілген уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminated on</source>
        <translation>Жойылған күні</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{0} (replaces an earlier one)</source>
        <translation>{0} (алдыңғысының орнына)</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../ui/pages/inspections_page.py" line="+110"/>
        <source>Inspections</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections and acts</source>
        <translation>Тексерулер және актілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up of prescriptions</source>
        <translation>Нұсқамалардың орындалуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Print the badge…</source>
        <translation>Төсбелгіні басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations found</source>
        <translation>Анықталған бұзушылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add violation…</source>
        <translation>Бұзушылық қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Өшіру</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln inspection(s)</source>
        <translation>
            <numerusform>%Ln тексеру</numerusform>
            <numerusform>%Ln тексеру</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Remove the violation</source>
        <translation>Бұзушылықты өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove violation {0}?</source>
        <translation>{0}-бұзушылық өшірілсін бе?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the badges as</source>
        <translation>Төсбелгілерді сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges saved to {0}</source>
        <translation>Төсбелгілер сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <location filename="../../ui/pages/integrity_panel.py" line="+71"/>
        <source>Verify everything…</source>
        <translation>Барлығын тексеру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying the store</source>
        <translation>Қойманы тексеру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK: no problem found</source>
        <translation>Дұрыс: ешбір ақау табылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found: {0}</source>
        <translation>Табылған ақаулар: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verification cancelled</source>
        <translation>Тексеру тоқтатылды</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="-89"/>
        <source>The verification was cancelled before it ended.</source>
        <translation>Тексеру аяқталмай тұрып тоқтатылды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found: {0}</source>
        <translation>Табылған ақаулар: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK: everything is in order, no problem found.</source>
        <translation>Дұрыс: бәрі тәртіпте, ешбір ақау табылмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked:</source>
        <translation>Тексерілгені:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-hashed: {0}</source>
        <translation>Қайта хэштелгені: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamps still pending: {0}</source>
        <translation>Әлі күтілетін уақыт белгілері: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the audit trail as event No. {0}.</source>
        <translation>Аудит журналына № {0} оқиға ретінде жазылды.</translation>
    </message>
</context>
<context>
    <name>IntegrityReportDialog</name>
    <message>
        <location line="+48"/>
        <source>Verification report</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the store, the audit trail and the journal are intact.</source>
        <translation>Дұрыс: қойма, аудит журналы және беру журналы бүтін.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_issue_dialog.py" line="+87"/>
        <source>Issue a recorder</source>
        <translation>Бейнетіркеуішті беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge</source>
        <translation>Аккумулятор қуаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read yet</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the charge off the recorder when handing it over (п.20)</source>
        <translation>Бейнетіркеуішті берген кезде аккумулятор қуатын құрылғының өзінен қарап алыңыз (п.20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue anyway, reason:</source>
        <translation>Соған қарамастан беру, себебі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the recorder is issued with a low battery</source>
        <translation>Бейнетіркеуіштің аккумулятор қуаты төмен күйде неліктен берілетіні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock offset</source>
        <translation>Сағат ауытқуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds the recorder clock is ahead (+) or behind (−) the PC clock</source>
        <translation>Бейнетіркеуіш сағатының компьютер сағатынан алда (+) немесе артта (−) екені, секунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector receiving</source>
        <translation>Алушы инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing over</source>
        <translation>Беруші</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Below the unit&apos;s minimum of {0} %: charge the recorder, or give a reason to issue it anyway</source>
        <translation>Бөлімшеде белгіленген ең төменгі {0} % мәнінен төмен: бейнетіркеуішті қуаттаңыз немесе соған қарамастан беру себебін көрсетіңіз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More than {0} s off: set the recorder clock before issuing it (п.17)</source>
        <translation>Ауытқу рұқсат етілген {0} с шегінен асады: бейнетіркеуішті бермес бұрын оның сағатын дәлдеңіз (п.17)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the recorder clock with the PC clock (п.17). PC clock now: {0}</source>
        <translation>Бейнетіркеуіш сағатын компьютер сағатымен салыстырыңыз (п.17). Компьютердегі қазіргі уақыт: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no recorder in store to issue</source>
        <translation>Беру үшін сақтауда бейнетіркеуіш жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the battery charge read off the recorder (п.20)</source>
        <translation>Бейнетіркеуіштен қарап алынған аккумулятор қуатын енгізіңіз (п.20)</translation>
    </message>
</context>
<context>
    <name>IssueDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="-127"/>
        <source>Issue: {0}</source>
        <translation>Беру: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left blank (filled in by hand)</source>
        <translation>Бос қалдырылады (қолмен толтырылады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by the representative</source>
        <translation>Өкіл танысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The representative refused to sign</source>
        <translation>Өкіл қол қоюдан бас тартты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drawing up</source>
        <translation>Жасалған орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn up at</source>
        <translation>Жасалған күні мен уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement</source>
        <translation>Танысу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the refusal</source>
        <translation>Бас тарту туралы белгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Ауыстыратын құжаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: a new document</source>
        <translation>Жоқ: жаңа құжат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>№ {0} of {1} ({2})</source>
        <translation>{1} № {0} ({2})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Representative: {0}</source>
        <translation>Өкіл: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection names no representative: add one to the inspection first.</source>
        <translation>Тексеруде өкіл көрсетілмеген: алдымен оны тексеруге қосыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refusal is recorded by the lead inspector, {0}.</source>
        <translation>Бас тартуды топ басшысы {0} белгілейді.</translation>
    </message>
</context>
<context>
    <name>JournalDetails</name>
    <message>
        <location filename="../../ui/pages/journal_details.py" line="+51"/>
        <source>Selected entry</source>
        <translation>Таңдалған жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected entry</source>
        <translation>Таңдалған жазбаның мәліметтері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify signatures</source>
        <translation>Қолтаңбаларды тексеру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an entry to see its remarks and signatures.</source>
        <translation>Ескертпелер мен қолтаңбаларды көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume {0}, entry No. {1}</source>
        <translation>{0}-том, № {1} жазба</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose: {0}</source>
        <translation>Мақсаты: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery: {0} %</source>
        <translation>Аккумулятор қуаты: {0} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder clock: {0:+d} s</source>
        <translation>Бейнетіркеуіш сағатының ауытқуы: {0:+d} с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned: {0}</source>
        <translation>Тапсырылды: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition on return: {0}</source>
        <translation>Тапсыру кезіндегі жай-күйі: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data stored: {0}</source>
        <translation>Ақпарат сақталды: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Struck through {0}: {1}</source>
        <translation>Жазба {0} сызылды, себебі: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remarks</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No remarks</source>
        <translation>Ескертпелер жоқ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No signatures</source>
        <translation>Қолтаңбалар жоқ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All signatures are valid ({0} checked)</source>
        <translation>Барлық қолтаңбалар жарамды (тексерілгені: {0})</translation>
    </message>
</context>
<context>
    <name>JournalDialogs</name>
    <message>
        <location filename="../../ui/dialogs/journal_fields.py" line="+49"/>
        <source>Entry № {0} (volume {1}): recorder {2}, {3}, issued {4}</source>
        <translation>№ {0} жазба ({1}-том): {2} бейнетіркеуіші, {3}, берілген уақыты: {4}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, returned {0}</source>
        <translation>, тапсырылған уақыты: {0}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ui/pages/journal_page.py" line="+217"/>
        <source>Journal of issue and return of recorders</source>
        <translation>Бейнетіркеуішті беруді және тапсыруды есепке алу журналы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open issues only</source>
        <translation>Тек тапсырылмағандары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue…</source>
        <translation>Беру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>Тапсыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a fault…</source>
        <translation>Ақау туралы хабарлау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike and correct…</source>
        <translation>Сызып, түзету…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close volume…</source>
        <translation>Томды жабу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a recorder to an inspector</source>
        <translation>Бейнетіркеуішті инспекторға беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected recorder back</source>
        <translation>Таңдалған бейнетіркеуішті қайтарып алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a volume of the journal to PDF</source>
        <translation>Журнал томын PDF-ке басып шығару</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No journal volume is open.</source>
        <translation>Журналдың ашық томы жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {0}, registration index {1}, started {2}</source>
        <translation>{0}-том, тіркеу индексі {1}, {2} басталған</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln жазба</numerusform>
            <numerusform>%Ln жазба</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All volumes</source>
        <translation>Барлық томдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume {0}</source>
        <translation>{0}-том</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All recorders</source>
        <translation>Барлық бейнетіркеуіштер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Save the journal as</source>
        <translation>Журналды сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Printing the journal</source>
        <translation>Журналды басып шығару</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal is printed</source>
        <translation>Журнал басып шығарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {0}
Pages: {1}, entries: {2}</source>
        <translation>Сақталған орны: {0}
Парақ саны: {1}, жазба саны: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal is not printed</source>
        <translation>Журнал басып шығарылмады</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../ui/models/journal_table_model.py" line="+34"/>
        <source>No.</source>
        <translation>№ р/с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder inventory number</source>
        <translation>Бейнетіркеуіштің түгендеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the user</source>
        <translation>Бейнетіркеуішті пайдаланушының Т.А.Ә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, time and signature of receipt</source>
        <translation>Күні және уақыты, алғаны туралы қол қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, time and signature of return</source>
        <translation>Күні және уақыты, тапсырғаны туралы қол қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time the data was stored</source>
        <translation>Ақпаратты сақтау күні және уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not returned</source>
        <translation>тапсырылмаған</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Struck through: {0}</source>
        <translation>Жазба сызылды, себебі: {0}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Volume {0}, entry {1}</source>
        <translation>{0}-том, № {1} жазба</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: not returned in time</source>
        <translation>Мерзімі өтті: бейнетіркеуіш уақытында тапсырылмаған</translation>
    </message>
</context>
<context>
    <name>KeyFileSignDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="+44"/>
        <source>Sign with a key file</source>
        <translation>Кілт файлымен қол қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} № {1}</source>
        <translation>{0} № {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file (.p12, .pfx)</source>
        <translation>Кілт файлы (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the key</source>
        <translation>Кілттің құпиясөзі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the key file</source>
        <translation>Кілт файлын таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Кілт файлдары (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>KeySlotsTableModel</name>
    <message>
        <location filename="../../ui/models/key_slots_table_model.py" line="+19"/>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key (sheet in the safe)</source>
        <translation>Қалпына келтіру кілті (сейфтегі парақ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Holder</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>Орнатылған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Орнатқан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>active</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked {0}</source>
        <translation>{0} бастап жарамсыз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoked by {0}</source>
        <translation>Күшін жойған: {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+12"/>
        <source>Head of the unit</source>
        <translation>Аумақтық бөлімшенің басшысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State inspector</source>
        <translation>Мемлекеттік инспектор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In store</source>
        <translation>Сақтауда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty</source>
        <translation>Ақаулы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under repair</source>
        <translation>Жөндеуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Есептен шығарылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed</source>
        <translation>Мәліметтер өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Мәртебе өзгертілді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preventive control with a visit</source>
        <translation>Бару арқылы профилактикалық бақылау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation</source>
        <translation>Тергеп-тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Өзге</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not returned</source>
        <translation>Тапсырылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned, not yet stored</source>
        <translation>Тапсырылған, ақпарат әлі сақталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored</source>
        <translation>Ақпарат сақталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault report</source>
        <translation>Ақау туралы жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Struck through</source>
        <translation>Сызылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued with a low battery</source>
        <translation>Аккумулятор қуаты төмен болса да берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Тапсыру кезіндегі жай-күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received the recorder</source>
        <translation>Бейнетіркеуішті алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued the recorder</source>
        <translation>Бейнетіркеуішті беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned the recorder</source>
        <translation>Бейнетіркеуішті тапсыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received it back</source>
        <translation>Тапсырылған бейнетіркеуішті қабылдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="+41"/>
        <source>Locked</source>
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Жүйеден шығу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+441"/>
        <source>Recorder journal and footage</source>
        <translation>Бейнетіркеуіштер журналы және бейнежазбалар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen is locked.</source>
        <translation>Экран бұғатталған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen</source>
        <translation>Экранды бұғаттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Бағдарламадан шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Recorder journal and footage, version {0}.
Order No. 444 of the Minister of Emergency Situations of the Republic of Kazakhstan.</source>
        <translation>Бейнетіркеуіштер журналы және бейнежазбалар, {0} нұсқасы.
Қазақстан Республикасы Төтенше жағдайлар министрінің № 444 бұйрығы.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="+27"/>
        <source>New recovery key</source>
        <translation>Жаңа қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new recovery key replaces the one on the sheet in the safe: the old sheet stops opening the footage. Print the new sheet, put it in the safe and destroy the old one.</source>
        <translation>Жаңа қалпына келтіру кілті сейфтегі парақтағы кілттің орнын басады: ескі парақ бейнежазбаларды бұдан былай ашпайды. Жаңа парақты басып шығарып, сейфке салыңыз, ал ескісін жойыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new key</source>
        <translation>Жаңа кілт жасау</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../ui/notifications_bar.py" line="+26"/>
        <source>Recorder fault</source>
        <translation>Бейнетіркеуіш ақауы</translation>
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
        <translation>Назарға алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen: it disappears for everyone</source>
        <translation>Назарға алынды деп белгілеу: хабарлама барлық пайдаланушыларда жоғалады</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/dialogs/person_fields.py" line="+29"/>
        <source>Login (Latin letters)</source>
        <translation>Логин (латын әріптерімен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Құпия сөзді қайталаңыз</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="+80"/>
        <source>Order of appointment (number and date)</source>
        <translation>Тағайындау туралы бұйрық (нөмірі және күні)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Head of the unit</source>
        <translation>Аумақтық бөлімшенің басшысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head appoints the responsible person and has full access to the footage (п.6, п.13).</source>
        <translation>Аумақтық бөлімшенің басшысы жауапты тұлғаны тағайындайды және бейнежазбаларға толық қол жеткізе алады (п.6, п.13).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the recorders, issues them against signature and stores the recordings (п.6, п.8).</source>
        <translation>Бейнетіркеуіштерді сақтайды, оларды қол қойғызып береді және жазбаларды сақтауды жүргізеді (п.6, п.8).</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder_page.py" line="+32"/>
        <source>This section is not built yet. It comes in a later version of the program.</source>
        <translation>Бұл бөлім әлі дайын емес. Ол бағдарламаның келесі нұсқаларының бірінде қосылады.</translation>
    </message>
</context>
<context>
    <name>PlayerBookmarks</name>
    <message>
        <location filename="../../ui/player/player_bookmarks.py" line="+55"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to</source>
        <translation>Өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note here…</source>
        <translation>Осы жерге жазба…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note at the current moment of the recording on screen</source>
        <translation>Экрандағы бейнежазбаның осы сәтіне жазба</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>segment {0}: </source>
        <translation>{0}-бөлік: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet</source>
        <translation>Әзірге жазба жоқ</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <location filename="../../ui/player/player_dialog.py" line="+39"/>
        <source>Footage: {0}</source>
        <translation>Бейнежазба: {0}</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../../ui/player/player_widget.py" line="+126"/>
        <source>◀| Frame back</source>
        <translation>◀| Кадр артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame |▶</source>
        <translation>Кадр |▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame back</source>
        <translation>Бір кадр артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame forward</source>
        <translation>Бір кадр алға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Дыбыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a still…</source>
        <translation>Кадрды сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Толық экран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Ойнату жылдамдығы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position in the recording</source>
        <translation>Бейнежазбадағы орын</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The recording cannot be played</source>
        <translation>Жазбаны ойнату мүмкін емес</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Recorder time unknown</source>
        <translation>Тіркеуіш уақыты белгісіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(corrected {0}, clock {1:+d} s)</source>
        <translation>(түзетілген {0}, сағат {1:+d} с)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>segment {0} of {1}</source>
        <translation>{1} бөліктің {0}-і</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorder {0}, file {1}</source>
        <translation>Тіркеуіш {0}, файл {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: {0}</source>
        <translation>Уақыты: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a still</source>
        <translation>Кадрды сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no frame to save yet: play the recording first</source>
        <translation>Сақтайтын кадр әлі жоқ: алдымен жазбаны ойнатыңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The still could not be saved: {0}</source>
        <translation>Кадр сақталмады: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../ui/pages/journal_print.py" line="+45"/>
        <source>Volume {0} ({1}), from {2}</source>
        <translation>{0}-том ({1}), {2} бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {0} ({1}), {2} – {3}</source>
        <translation>{0}-том ({1}), {2} – {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the journal</source>
        <translation>Журналды басып шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the journal</source>
        <translation>Журнал тілі</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+38"/>
        <source>Edit recorder</source>
        <translation>Бейнетіркеуішті өңдеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a recorder</source>
        <translation>Бейнетіркеуішті тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor profile</source>
        <translation>Өндіруші профилі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Өзгерту себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>RecorderHistoryTableModel</name>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="+14"/>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor profile</source>
        <translation>Өндіруші профилі</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date and time</source>
        <translation>Күні және уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>RecordersPage</name>
    <message>
        <location filename="../../ui/pages/recorders_page.py" line="+83"/>
        <source>Recorders</source>
        <translation>Бейнетіркеуіштер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by inventory number, serial or model</source>
        <translation>Түгендеу нөмірі, сериялық нөмірі немесе моделі бойынша іздеу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status…</source>
        <translation>Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the selected recorder</source>
        <translation>Таңдалған бейнетіркеуіштің тарихы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln recorder(s)</source>
        <translation>
            <numerusform>%Ln бейнетіркеуіш</numerusform>
            <numerusform>%Ln бейнетіркеуіш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordersTableModel</name>
    <message>
        <location filename="../../ui/models/recorders_table_model.py" line="+29"/>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor profile</source>
        <translation>Өндіруші профилі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
</context>
<context>
    <name>RecordingsTableModel</name>
    <message>
        <location filename="../../ui/models/recordings_table_model.py" line="+29"/>
        <source>Frame</source>
        <translation>Кадр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Ажыратымдылығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from</source>
        <translation>Уақыт көзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>held</source>
        <translation>тыйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroyed</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file name</source>
        <translation>файл атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video header</source>
        <translation>бейнефайл тақырыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file time</source>
        <translation>файл уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+147"/>
        <source>not issued</source>
        <translation>берілмеген</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gap</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock</source>
        <translation>сағат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence</source>
        <translation>дәлел</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>no issue</source>
        <translation>берусіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. {0}/{1}</source>
        <translation>№ {0}/{1}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No. {0} of volume {1}: {2}, {3}, {4}, %Ln segment(s)</source>
        <translation>
            <numerusform>{1}-томның № {0} жазбасы: {2}, {3}, {4}, %Ln бөлік</numerusform>
            <numerusform>{1}-томның № {0} жазбасы: {2}, {3}, {4}, %Ln бөлік</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>locked</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The frame is hidden while the footage is locked: enter the storage password</source>
        <translation>Бейнежазбалар құлыптаулы тұрғанда кадр көрсетілмейді: қойманың құпия сөзін енгізіңіз</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_key_dialog.py" line="+152"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location line="-58"/>
        <source>Language of the sheet</source>
        <translation>Қалпына келтіру парағының тілі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the recovery key of the footage storage. It opens all the footage when both storage passwords are lost. It is shown only now: print the recovery sheet and keep it sealed in the unit&apos;s safe.</source>
        <translation>Бұл — бейнежазбалар қоймасының қалпына келтіру кілті. Қойманың екі құпия сөзі де жоғалса, ол барлық бейнежазбаларды ашады. Кілт тек қазір көрсетіледі: қалпына келтіру парағын басып шығарып, мөрлеп, бөлімшенің сейфінде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the storage key (on the sheet too): {0}</source>
        <translation>Қойма кілтінің саусақ ізі (парақта да бар): {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone holding this key can open all the footage. If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>Бұл кілт кімнің қолында болса, сол барлық бейнежазбаларды аша алады. Қойманың екі құпия сөзі де, қалпына келтіру парағы да жоғалса, бейнежазбалар біржола жоғалады: оларды ешкім ешқашан аша алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the recovery sheet…</source>
        <translation>Қалпына келтіру парағын басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery sheet is printed (or the key written down) for the unit&apos;s safe</source>
        <translation>Қалпына келтіру парағы бөлімше сейфі үшін басып шығарылды (немесе кілт жазып алынды)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the recovery sheet as</source>
        <translation>Қалпына келтіру парағын сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved as {0}. Print it now, then delete the file: a copy on a computer opens the footage as well as the sheet does.</source>
        <translation>{0} ретінде сақталды. Оны қазір басып шығарыңыз да, файлды жойыңыз: компьютердегі көшірме де бейнежазбаларды парақ сияқты ашады.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_storage_pages.py" line="+109"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown only now. Print the sheet for the unit&apos;s safe before you finish.</source>
        <translation>Тек қазір көрсетіледі. Аяқтамас бұрын бөлімше сейфі үшін парақты басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit is created, but its storage password is not set: {0}. The head sets it in Settings.</source>
        <translation>Бөлімше құрылды, бірақ қойманың құпия сөзі орнатылмады: {0}. Оны басшы «Баптаулар» бөлімінде орнатады.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="-27"/>
        <source>Set a new password</source>
        <translation>Жаңа құпия сөз орнату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Жаңа құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Жаңа құпия сөзді қайталаңыз</translation>
    </message>
</context>
<context>
    <name>ResponsibleSlotDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-77"/>
        <source>Storage password of the responsible person</source>
        <translation>Жауапты тұлғаның қойма құпия сөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is now the responsible person.</source>
        <translation>{0} енді жауапты тұлға болып тағайындалды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The responsible person types their own storage password twice, here, in your session; nobody else sees it. With it they see the footage (п.6, п.13).</source>
        <translation>Жауапты тұлға қойманың өз құпия сөзін осы жерде, сіздің сеансыңызда екі рет тереді; оны басқа ешкім көрмейді. Осы құпия сөзбен ол бейнежазбаларды көреді (п.6, п.13).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their storage password</source>
        <translation>Оның қойма құпия сөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their storage password again</source>
        <translation>Оның қойма құпия сөзін қайталау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Орнату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../ui/pages/retention_tables.py" line="+27"/>
        <source>Check of permit requirements</source>
        <translation>Рұқсат беру талаптарына сәйкестігін тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive control with a visit</source>
        <translation>Бару арқылы профилактикалық бақылау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection or investigation</source>
        <translation>Тексеру немесе тергеп-тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative offence case</source>
        <translation>Әкімшілік құқық бұзушылық туралы іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other recordings</source>
        <translation>Басқа бейнежазбалар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the head&apos;s decision</source>
        <translation>Басшының шешімін күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved, destroyed</source>
        <translation>Бекітілді, жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Мерзімі өтеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason of the hold</source>
        <translation>Тыйым себебі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed by</source>
        <translation>Кім қойды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed at</source>
        <translation>Қойылған уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed by</source>
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed at</source>
        <translation>Ұсынылған уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Бейнежазбалар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Кім шешті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at</source>
        <translation>Шешім уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note and comment</source>
        <translation>Ескертпе және түсініктеме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of recording</source>
        <translation>Бейнежазба түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept, months</source>
        <translation>Сақталады, ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed at</source>
        <translation>Өзгертілген уақыты</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="+130"/>
        <source>Retention and destruction of recordings</source>
        <translation>Бейнежазбаларды сақтау және жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place a hold…</source>
        <translation>Жоюға тыйым салу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose for destruction…</source>
        <translation>Жоюға ұсыну…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release…</source>
        <translation>Тыйымды алу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PC clock is in doubt, so no recording is judged expiring or expired. The head confirms the clock in the Audit section; then this page shows them again.</source>
        <translation>Компьютер сағатына күмән бар, сондықтан бірде-бір бейнежазбаның мерзімі өтуде немесе өтті деп есептелмейді. Басшы сағатты «Аудит» бөлімінде растайды; содан кейін бұл бет оларды қайта көрсетеді.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expires in 30 days ({0})</source>
        <translation>30 күнде мерзімі өтеді ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in 90 days ({0})</source>
        <translation>90 күнде мерзімі өтеді ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired, awaiting destruction ({0})</source>
        <translation>Мерзімі өтті, жоюды күтуде ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held ({0})</source>
        <translation>Жоюға тыйым салынған ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction lists ({0})</source>
        <translation>Жою тізімдері ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Сақтау ережелері</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only the head releases a legal hold</source>
        <translation>Жою тыйымын тек басшы алады</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tick the recordings to propose for destruction first.</source>
        <translation>Алдымен жоюға ұсынылатын бейнежазбаларды белгілеңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose for destruction</source>
        <translation>Жоюға ұсыну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} expired recording(s) go on a destruction list. Nothing is destroyed until the head approves the list.</source>
        <translation>Мерзімі өткен {0} бейнежазба жою тізіміне енгізіледі. Басшы тізімді бекітпейінше ештеңе жойылмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Propose</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick the recordings to hold first.</source>
        <translation>Алдымен жоюға тыйым салынатын бейнежазбаларды белгілеңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place a legal hold</source>
        <translation>Жоюға тыйым салу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) are kept, whatever their age, until the head releases the hold.</source>
        <translation>{0} бейнежазба мерзіміне қарамастан басшы тыйымды алғанша сақталады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Place the hold</source>
        <translation>Тыйым салу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Release the legal hold</source>
        <translation>Жою тыйымын алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hold on {0} · {1} is released; the recording is kept for its period again.</source>
        <translation>{0} · {1} бейнежазбасынан тыйым алынады; ол қайтадан өз мерзімі бойы сақталады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Тыйымды алу</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_return_dialogs.py" line="-65"/>
        <source>Return a recorder</source>
        <translation>Бейнетіркеуішті тапсыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorder is faulty</source>
        <translation>Бейнетіркеуіш ақаулы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector returning</source>
        <translation>Тапсырушы инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving back</source>
        <translation>Қабылдаушы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description of the fault</source>
        <translation>Ақаудың сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong with the recorder (required): the head and the responsible person are notified</source>
        <translation>Бейнетіркеуіштің ақауы неде (міндетті түрде): аумақтық бөлімшенің басшысы мен жауапты тұлғаға хабарланады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition of the recorder on return (optional)</source>
        <translation>Тапсыру кезіндегі бейнетіркеуіштің жай-күйі (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="-104"/>
        <source>Explained</source>
        <translation>Түсіндірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation of п.19</source>
        <translation>19-тармақты бұзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device fault</source>
        <translation>Құрылғы ақауы</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location line="+26"/>
        <source>Gap of {0} s</source>
        <translation>{0} с үзіліс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing file number {0}</source>
        <translation>{0} нөмірлі файл жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {0} made while the recorder was not issued</source>
        <translation>{0} бейнежазба бейнетіркеуіш берілмеген кезде түсірілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issue has no recording at all</source>
        <translation>Беру кезінде бірде-бір бейнежазба жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {0} with no known start</source>
        <translation>{0} бейнежазбаның басталу уақыты белгісіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock off by {0:+d} s</source>
        <translation>Бейнетіркеуіш сағаты {0:+d} с ауытқыған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {0}</source>
        <translation>{0} жазба</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Bookmarks and notes</source>
        <translation>Бетбелгілер мен жазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note…</source>
        <translation>Жазба қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note is never changed: the correction is a new note that replaces this one, both kept</source>
        <translation>Жазба ешқашан өзгертілмейді: түзету — оның орнына келетін жаңа жазба, екеуі де сақталады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity review</source>
        <translation>Үздіксіздікті тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide…</source>
        <translation>Шешім қабылдау…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added {0}</source>
        <translation>Қосылған уақыты: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct a note</source>
        <translation>Жазбаны түзету</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No open flags</source>
        <translation>Шешімі жоқ белгілер жоқ</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/dialogs/retention_dialogs.py" line="+95"/>
        <source>Change the retention period</source>
        <translation>Сақтау мерзімін өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of recording: {0}, now {1} months</source>
        <translation>Бейнежазба түрі: {0}, қазір {1} ай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep for, months</source>
        <translation>Сақтау мерзімі, ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Өзгерту себебі</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shorten the period of stored recordings?</source>
        <translation>Сақталған бейнежазбалардың мерзімін қысқарту керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period of {0} goes down from {1} to {2} months. It touches {3} stored recording(s): they may expire and be destroyed sooner.

Shorten it all the same?</source>
        <translation>«{0}» мерзімі {1} айдан {2} айға дейін қысқарады. Бұл сақталған {3} бейнежазбаға қатысты: олардың мерзімі ертерек өтіп, ертерек жойылуы мүмкін.

Бәрібір қысқарту керек пе?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shorten</source>
        <translation>Қысқарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as it is</source>
        <translation>Өзгертпеу</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/main_window.py" line="-463"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorders</source>
        <translation>Бейнетіркеуіштер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footage</source>
        <translation>Бейнежазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings are stored automatically while a recorder charges (п.11), hashed and sealed so that nobody can change them or their date and time (п.13). Only the responsible person and the head may see them.</source>
        <translation>Жазбалар бейнетіркеуіштің аккумуляторы қуатталып жатқанда автоматты режимде сақталады (п.11), ешкім оларды және олардың күні мен уақытын өзгерте алмауы үшін хэштеліп, мөрленеді (п.13). Оларды тек жауапты тұлға және аумақтық бөлімшенің басшысы ғана көре алады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspections &amp; acts</source>
        <translation>Тексерулер және актілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Сақтау мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/server_password_dialog.py" line="+37"/>
        <source>Database server password</source>
        <translation>Дерекқор серверінің құпия сөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit&apos;s database is on a server that asks for a password. Enter the password of this user of the database server:</source>
        <translation>Бөлімшенің дерекқоры құпия сөз сұрайтын серверде. Дерекқор серверінің осы пайдаланушысының құпия сөзін енгізіңіз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system&apos;s credential store</source>
        <translation>Құпия сөзді жүйенің құпия сөздер сақтағышында есте сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the program</source>
        <translation>Бағдарламаны жабу</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+83"/>
        <source>Signed in as {0}</source>
        <translation>Жүйеге кірген: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docked recorders: {0}</source>
        <translation>Док-станциядағы бейнетіркеуіштер: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storing: {0}</source>
        <translation>сақталуда: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorders docked to this PC; their footage is stored as they charge. Click to open the footage.</source>
        <translation>Осы компьютердің док-станцияларына қосылған бейнетіркеуіштер; олардың бейнежазбалары қуатталу кезінде сақталады. Бейнежазбаларды ашу үшін басыңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Footage: unlocked</source>
        <translation>Бейнежазбалар: құлпы ашық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The storage password was entered in this session.</source>
        <translation>Қойманың құпия сөзі осы сеанста енгізілді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footage: locked</source>
        <translation>Бейнежазбалар: құлыпталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage cannot be opened until the storage password is entered. Click to enter it.</source>
        <translation>Қойманың құпия сөзі енгізілгенше бейнежазбаларды ашуға болмайды. Енгізу үшін басыңыз.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Time-stamps pending: {0}</source>
        <translation>Күтілетін уақыт белгілері: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seals waiting for the time-stamp authority&apos;s token; they are fetched when it answers.</source>
        <translation>Уақыт белгілерін беру қызметінің белгісін күтіп тұрған мөрлер; қызмет жауап бергенде алынады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time-stamps: all received</source>
        <translation>Уақыт белгілері: барлығы алынды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every seal has its time-stamp token.</source>
        <translation>Әр мөрдің уақыт белгісі бар.</translation>
    </message>
</context>
<context>
    <name>SetStoragePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-44"/>
        <source>Set the storage password</source>
        <translation>Қойманың құпия сөзін орнату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage password protects the stored footage (п.6): only you and the responsible person will know it, each their own. Every recording is stored encrypted; without a storage password nobody can look at it. A recovery key is made with it, to print and keep in the unit&apos;s safe.</source>
        <translation>Қойманың құпия сөзі сақталған бейнежазбаларды қорғайды (п.6): оны тек сіз бен жауапты тұлға біледі, әрқайсыңыз өз құпия сөзіңізді. Әрбір бейнежазба шифрланып сақталады; қойманың құпия сөзінсіз оны ешкім көре алмайды. Онымен бірге қалпына келтіру кілті жасалады: оны басып шығарып, бөлімшенің сейфінде сақтайсыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>Қойманың екі құпия сөзі де, қалпына келтіру парағы да жоғалса, бейнежазбалар біржола жоғалады: оларды ешкім ешқашан аша алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage password</source>
        <translation>Қойманың құпия сөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password again</source>
        <translation>Қойманың құпия сөзін қайталаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Орнату</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../inspector_app/settings.py" line="+76"/>
        <source>Database URL (empty: the local file)</source>
        <translation>Дерекқор мекенжайы (бос болса — жергілікті файл)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footage vault folder, shared by the unit&apos;s PCs (empty: the data folder&apos;s)</source>
        <translation>Бөлімше компьютерлеріне ортақ бейнежазбалар қоймасының қалтасы (бос болса — деректер қалтасындағы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone of the unit</source>
        <translation>Бөлімшенің уақыт белдеуі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the screen after this many idle minutes</source>
        <translation>Экранды бұғаттауға дейінгі әрекетсіздік уақыты, минут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest battery charge for issuing a recorder, %</source>
        <translation>Бейнетіркеуішті беруге болатын ең төменгі аккумулятор қуаты, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest recorder clock offset allowed at issue, seconds</source>
        <translation>Беру кезінде рұқсат етілетін бейнетіркеуіш сағатының ең үлкен ауытқуы, секунд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest pause between recording segments not reported as a gap, seconds</source>
        <translation>Үзіліс ретінде көрсетілмейтін жазба сегменттері арасындағы ең ұзақ үзіліс, секунд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PC clock may move ahead at most this many days between two uses</source>
        <translation>Екі пайдалану арасында компьютер сағаты ең көбі осынша күнге алға жылжуы мүмкін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-stamp authority (RFC 3161) URL, empty: none</source>
        <translation>Уақыт белгілерін беру қызметінің (RFC 3161) URL мекенжайы, бос болса: жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted certificate of the time-stamp authority (PEM)</source>
        <translation>Уақыт белгілерін беру қызметінің сенімді сертификаты (PEM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-check every stored file at least every this many days</source>
        <translation>Әрбір сақталған файлды кемінде осынша күн сайын қайта тексеру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recorder not returned after this many hours is overdue</source>
        <translation>Тапсырылмаған бейнетіркеуіштің мерзімі өткен деп есептелетін уақыт, сағат</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+106"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language (this PC)</source>
        <translation>Интерфейс тілі (осы компьютерде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone of the unit</source>
        <translation>Бөлімшенің уақыт белдеуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen after idle minutes</source>
        <translation>Экранды бұғаттауға дейінгі әрекетсіздік уақыты, минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save unit settings</source>
        <translation>Бөлімше баптауларын сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password…</source>
        <translation>Құпия сөзімді өзгерту…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password changed.</source>
        <translation>Құпия сөз өзгертілді.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="+13"/>
        <source>Setting up the unit</source>
        <translation>Бөлімшені баптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="+18"/>
        <source>Issue a recorder (journal)</source>
        <translation>Бейнетіркеуішті беру (журнал)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a recorder back (journal)</source>
        <translation>Бейнетіркеуішті қайтарып алу (журнал)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the journal</source>
        <translation>Журналды басып шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the page again</source>
        <translation>Бетті қайта оқу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen</source>
        <translation>Экранды бұғаттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a section, in the order of the list</source>
        <translation>Тізімдегі ретімен бөлімге өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list of keys</source>
        <translation>Осы пернелер тізімі</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
</context>
<context>
    <name>SignActDialog</name>
    <message>
        <location filename="../../ui/dialogs/retention_dialogs.py" line="+31"/>
        <source>Sign the act of destruction</source>
        <translation>Жою актісіне қол қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act in Kazakh</source>
        <translation>Қазақ тіліндегі акт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Act in Russian</source>
        <translation>Орыс тіліндегі акт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file (.p12, .pfx)</source>
        <translation>Кілт файлы (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the key file</source>
        <translation>Кілт файлының құпиясөзі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Кілт файлдары (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/sign_in_panel.py" line="+113"/>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage password</source>
        <translation>Қойманың құпия сөзі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo unit. Passwords generated for this run:</source>
        <translation>Демонстрациялық бөлімше. Осы іске қосу үшін жасалған құпия сөздер:</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="+61"/>
        <source>Sign here</source>
        <translation>Осы жерге қол қойыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Erase the signature and sign again</source>
        <translation>Қолтаңбаны өшіріп, қайта қол қою</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Signature pad</source>
        <translation>Қол қою алаңы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign here with a pen, a finger or the mouse, as on paper. Delete or the Clear button erases the signature.</source>
        <translation>Қағаздағыдай, осы жерге стилуспен, саусақпен немесе тінтуірмен қол қойыңыз. Delete пернесі немесе «Тазалау» батырмасы қолтаңбаны өшіреді.</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../ui/dialogs/signer_box.py" line="+63"/>
        <location line="+1"/>
        <source>PIN or password</source>
        <translation>PIN-код немесе құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: choose who signs</source>
        <translation>{0}: қол қоюшыны таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: the signature pad is empty, sign on it with the mouse, a finger or a pen</source>
        <translation>{0}: қол қою алаңы бос, оған тінтуірмен, саусақпен немесе қаламмен қол қойыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: type the PIN or password</source>
        <translation>{0}: PIN-кодты немесе құпия сөзді енгізіңіз</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+164"/>
        <source>Recorder journal and footage</source>
        <translation>Бейнетіркеуіштер журналы және бейнежазбалар</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+25"/>
        <source>Change status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder {0}: now {1}</source>
        <translation>Бейнетіркеуіш {0}, ағымдағы мәртебесі: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New status</source>
        <translation>Жаңа мәртебе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>StoragePasswordForms</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-76"/>
        <source>Your storage password</source>
        <translation>Қойманың сіздің құпия сөзіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage is locked: first enter your own storage password.</source>
        <translation>Бейнежазбалар құлыптаулы: алдымен қойманың өз құпия сөзіңізді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>StoragePasswordPanel</name>
    <message>
        <location filename="../../ui/pages/storage_password_panel.py" line="+99"/>
        <source>Storage password of the footage (п.6)</source>
        <translation>Бейнежазбалар қоймасының құпия сөзі (п.6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the storage password…</source>
        <translation>Қойманың құпия сөзін орнату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the footage…</source>
        <translation>Бейнежазбаларды ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my storage password…</source>
        <translation>Қойманың құпия сөзімді өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set my storage password…</source>
        <translation>Қойманың құпия сөзімді орнату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password of the responsible person…</source>
        <translation>Жауапты тұлғаның қойма құпия сөзі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key…</source>
        <translation>Жаңа қалпына келтіру кілті…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fingerprint of the storage key: {0}</source>
        <translation>Қойма кілтінің саусақ ізі: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unit has no storage password yet: the footage is stored unencrypted and anyone with access to this PC&apos;s disk can copy it.</source>
        <translation>Бөлімшеде қойманың құпия сөзі әлі жоқ: бейнежазбалар шифрланбай сақталады, осы компьютердің дискісіне қол жеткізген кез келген адам оларды көшіре алады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head sets the storage password.</source>
        <translation>Қойманың құпия сөзін басшы орнатады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage is encrypted and unlocked in this session; it locks again when you sign out or the screen locks.</source>
        <translation>Бейнежазбалар шифрланған және осы сеанста ашық; жүйеден шыққанда немесе экран бұғатталғанда қайта құлыпталады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was opened with the recovery key: set your storage password and make a new recovery key.</source>
        <translation>Қойма қалпына келтіру кілтімен ашылды: қойманың өз құпия сөзіңізді орнатып, жаңа қалпына келтіру кілтін жасаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage is encrypted and locked: enter the storage password to see it.</source>
        <translation>Бейнежазбалар шифрланған және құлыптаулы: оларды көру үшін қойманың құпия сөзін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage is encrypted; you have no storage password yet: the head sets it with you.</source>
        <translation>Бейнежазбалар шифрланған; сізде қойманың құпия сөзі әлі жоқ: оны басшы сізбен бірге орнатады.</translation>
    </message>
</context>
<context>
    <name>StoragePasswordsPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_storage_pages.py" line="-59"/>
        <source>Storage passwords</source>
        <translation>Қойманың құпия сөздері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored footage is protected by a special password known only to the responsible person and the head (п.6).</source>
        <translation>Сақталған бейнежазбалар тек жауапты тұлға мен басшы білетін арнайы құпия сөзбен қорғалады (п.6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each types their own storage password twice, the other looking away. It is not the sign-in password: it opens the footage, which is stored encrypted. A recovery key is made with them, to print next.</source>
        <translation>Әрқайсысы қойманың өз құпия сөзін екі рет тереді, ал екіншісі бұл кезде қарамайды. Бұл жүйеге кіру құпия сөзі емес: ол шифрланып сақталатын бейнежазбаларды ашады. Олармен бірге қалпына келтіру кілті жасалады, оны келесі қадамда басып шығарасыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>Қойманың екі құпия сөзі де, қалпына келтіру парағы да жоғалса, бейнежазбалар біржола жоғалады: оларды ешкім ешқашан аша алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage password of the head</source>
        <translation>Басшының қойма құпия сөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Again</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Storage password of the responsible person</source>
        <translation>Жауапты тұлғаның қойма құпия сөзі</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-41"/>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Create to set up the unit. The head and the responsible person sign in with the passwords given and open the footage with their storage passwords; nobody else knows them. The recovery key is shown next.</source>
        <translation>Бөлімшені құру үшін «Құру» батырмасын басыңыз. Басшы мен жауапты тұлға жүйеге берілген құпия сөздермен кіреді, ал бейнежазбаларды қойманың өз құпия сөздерімен ашады; оларды басқа ешкім білмейді. Келесі қадамда қалпына келтіру кілті көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>Things</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+4"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Бейнежазба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark</source>
        <translation>Бетбелгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hold</source>
        <translation>Жою тыйымы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destruction list</source>
        <translation>Жою тізімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction act</source>
        <translation>Жою актісі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal entry</source>
        <translation>Журналдағы жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal volume</source>
        <translation>Журнал томы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The role</source>
        <translation>Рөл</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../ui/tray.py" line="+71"/>
        <source>Recorder journal and footage</source>
        <translation>Бейнетіркеуіштер журналы және бейнежазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the window</source>
        <translation>Терезені көрсету</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Recorder footage</source>
        <translation>Бейнетіркеуіш жазбалары</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>An ingest ended. Unlock the screen to see it.</source>
        <translation>Жазбаларды сақтау аяқталды. Көру үшін экранның құлпын ашыңыз.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{0} file(s) stored, {1} already there</source>
        <translation>Сақталған файлдар: {0}, бұрыннан бар: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footage stored: {0}</source>
        <translation>Бейнежазбалар сақталды: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest stopped: {0}</source>
        <translation>Сақтау тоқтатылды: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; the rest is stored at the next dock.</source>
        <translation>{0}; қалғаны келесі жолы док-станцияға қосқанда сақталады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown recorder: {0}</source>
        <translation>Белгісіз бейнетіркеуіш: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its serial number is not in the register: bind it to an inventory number.</source>
        <translation>Оның сериялық нөмірі тізілімде жоқ: оны түгендеу нөмірімен байланыстырыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Ingest failed: {0}</source>
        <translation>Сақтау сәтсіз аяқталды: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the journal to see it.</source>
        <translation>Көру үшін журналды ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder was reported faulty</source>
        <translation>Бейнетіркеуіштің ақауы туралы хабарланды</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-51"/>
        <source>The territorial unit</source>
        <translation>Аумақтық бөлімше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name appears on the journal cover and on every document.</source>
        <translation>Атауы журналдың мұқабасында және әрбір құжатта көрсетіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC keeps the unit&apos;s journal and footage. Five steps set the unit up: its names, the head, the responsible person, their storage passwords and a recovery sheet. Have at hand the unit&apos;s official names in Kazakh and Russian, the order appointing the responsible person, and a printer. Each of the two signs in with a password of their own and opens the encrypted footage with a second one, the storage password; the printed recovery sheet opens the footage if both storage passwords are lost.</source>
        <translation>Бұл компьютер бөлімшенің журналы мен бейнежазбаларын сақтайды. Бөлімше бес қадаммен бапталады: атауы, басшы, жауапты тұлға, олардың қойманың құпия сөздері және қалпына келтіру парағы. Бөлімшенің қазақ және орыс тілдеріндегі ресми атауларын, жауапты тұлғаны тағайындау туралы бұйрықты және принтерді дайындап қойыңыз. Екеуінің әрқайсысы жүйеге өз құпия сөзімен кіреді, ал шифрланған бейнежазбаларды екінші құпия сөзбен — қойманың құпия сөзі арқылы ашады; қойманың екі құпия сөзі де жоғалса, басып шығарылған қалпына келтіру парағы бейнежазбаларды ашады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Kazakh</source>
        <translation>Қазақ тіліндегі атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Russian</source>
        <translation>Орыс тіліндегі атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Бөлімше коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration index of the journal (п.9)</source>
        <translation>Журналдың тіркеу индексі (п.9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../ui/formats.py" line="+25"/>
        <source>kB</source>
        <translation>кБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
</context>
<context>
    <name>UnlockVaultDialog</name>
    <message>
        <location filename="../../ui/dialogs/vault_unlock_dialog.py" line="+52"/>
        <location line="+10"/>
        <source>Storage password</source>
        <translation>Қойманың құпия сөзі</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The stored footage is locked. Enter your storage password to see it in this session (п.6, п.13). Recordings are stored all the same while it stays locked.</source>
        <translation>Сақталған бейнежазбалар құлыптаулы. Оларды осы сеанста көру үшін қойманың құпия сөзін енгізіңіз (п.6, п.13). Қойма құлыптаулы тұрса да, бейнежазбалар бәрібір сақтала береді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have no storage password of your own yet. Open the footage with the recovery key from the sheet in the unit&apos;s safe, then set your storage password in Settings.</source>
        <translation>Сізде қойманың өз құпия сөзі әлі жоқ. Бейнежазбаларды бөлімше сейфіндегі парақта жазылған қалпына келтіру кілтімен ашыңыз, содан кейін «Баптаулар» бөлімінде қойманың өз құпия сөзіңізді орнатыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the recovery key (the sheet in the unit&apos;s safe)</source>
        <translation>Қалпына келтіру кілтін пайдалану (бөлімше сейфіндегі парақ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users_page.py" line="+58"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password…</source>
        <translation>Құпия сөзді орнату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appoint responsible…</source>
        <translation>Жауапты тұлғаны тағайындау…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Appointments of the responsible person:</source>
        <translation>Жауапты тұлғаны тағайындау тарихы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>қазіргі уақытқа дейін</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../ui/models/users_table_model.py" line="+17"/>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>VaultBanner</name>
    <message>
        <location filename="../../ui/pages/vault_banner.py" line="+37"/>
        <source>Unlock…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The footage is locked: enter the storage password. Until then the recordings are listed without their frames and none can be opened; new ones are stored all the same.</source>
        <translation>Бейнежазбалар құлыптаулы: қойманың құпия сөзін енгізіңіз. Оған дейін бейнежазбалар кадрсыз тізіледі және ешқайсысы ашылмайды; жаңалары бәрібір сақтала береді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The footage is locked and you have no storage password yet: the head sets it with you (Settings, storage password of the responsible person).</source>
        <translation>Бейнежазбалар құлыптаулы, ал сізде қойманың құпия сөзі әлі жоқ: оны басшы сізбен бірге орнатады («Баптаулар», жауапты тұлғаның қойма құпия сөзі).</translation>
    </message>
</context>
<context>
    <name>VaultConversionPanel</name>
    <message>
        <location filename="../../ui/pages/vault_conversion_panel.py" line="+55"/>
        <source>Encrypt the footage stored earlier…</source>
        <translation>Бұрын сақталған бейнежазбаларды шифрлау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Encrypt the footage stored earlier</source>
        <translation>Бұрын сақталған бейнежазбаларды шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) were stored before the storage password was set and lie on the disk unencrypted. The store is verified first, then each is encrypted in place and the store verified again. On a large store this takes a while; you can go on working, or cancel and go on later where it stopped.</source>
        <translation>Қойманың құпия сөзі орнатылғанға дейін сақталған бейнежазбалар саны: {0}; олар дискіде шифрланбай жатыр. Алдымен қойма тексеріледі, содан кейін әрбір бейнежазба өз орнында шифрланып, қойма қайта тексеріледі. Үлкен қоймада бұл біраз уақыт алады; осы уақытта жұмысты жалғастыра беруге немесе тоқтатып, кейін тоқтаған жерінен жалғастыруға болады.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying the store before encrypting…</source>
        <translation>Шифрлау алдында қойма тексерілуде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting the footage</source>
        <translation>Бейнежазбаларды шифрлау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypting: {0} of {1}</source>
        <translation>Шифрлануда: {1} ішінен {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: {0} file(s) encrypted, {1} thumbnail(s) sealed; the store was verified before and after.</source>
        <translation>Дайын: шифрланған файлдар — {0}, шифрланған кадрлар — {1}; қойма шифрлауға дейін де, кейін де тексерілді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not encrypted: the verification found problems; see the audit section.</source>
        <translation>Шифрланбады: тексеру ақауларды тапты; «Аудит» бөлімін қараңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: what is encrypted stays so; start again to go on.</source>
        <translation>Тоқтатылды: шифрланғаны шифрланған күйінде қалады; жалғастыру үшін қайта бастаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln recording(s) stored before the storage password are not encrypted yet.</source>
        <translation>
            <numerusform>Қойманың құпия сөзіне дейін сақталған %Ln бейнежазба әлі шифрланбаған.</numerusform>
            <numerusform>Қойманың құпия сөзіне дейін сақталған %Ln бейнежазба әлі шифрланбаған.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="-76"/>
        <source>Verify the store</source>
        <translation>Қойманы тексеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every stored file is read again and hashed, and its seal, the audit trail, the journal&apos;s signatures and the time-stamps are checked. On a large store this takes minutes; the program stays usable and the check can be cancelled.</source>
        <translation>Әрбір сақталған файл қайта оқылып, хэштеледі, сондай-ақ оның мөрі, аудит журналы, журналдағы қолтаңбалар және уақыт белгілері тексеріледі. Үлкен қоймада бұл бірнеше минутқа созылады; осы уақытта бағдарламамен жұмыс істей беруге болады, тексеруді тоқтатуға да болады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Барлығын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling check: recordings not verified in this many days</source>
        <translation>Кезекті тексеру: осынша күн ішінде тексерілмеген бейнежазбалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../../ui/dialogs/violation_dialog.py" line="+79"/>
        <source>Change the violation</source>
        <translation>Бұзушылықты өзгерту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a violation</source>
        <translation>Бұзушылық қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a requirement</source>
        <translation>Талапты іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code, act or words of the requirement</source>
        <translation>Коды, актісі немесе талап сөздері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement breached</source>
        <translation>Бұзылған талап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a deadline to eliminate it</source>
        <translation>Жою мерзімін белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminate by</source>
        <translation>Жою мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Бейнетіркеуіш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Bookmark {0}: {1}</source>
        <translation>Бетбелгі {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still at {0}</source>
        <translation>Кадр, {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recordings: link the journal issues of the visit to the inspection first</source>
        <translation>Жазбалар жоқ: алдымен барудың журналдағы беру жазбаларын тексеруге байланыстырыңыз</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../ui/pages/footage_page.py" line="-129"/>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
</context>
</TS>
