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
    <name>Common</name>
    <message>
        <location filename="../../ui/widgets.py" line="+45"/>
        <source>Error</source>
        <translation>Қате</translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+14"/>
        <source>{field} must not be empty</source>
        <translation>«{field}» өрісі бос болмауы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is too long: {length} characters, at most {max}</source>
        <translation>«{field}» өрісі тым ұзын: {length} таңба, ең көбі {max} таңба болуы тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} contains control characters</source>
        <translation>«{field}» өрісінде басқарушы таңбалар бар</translation>
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
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="+5"/>
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
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+11"/>
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
        <location filename="../../ui/main_window.py" line="+220"/>
        <source>Recorder journal and footage</source>
        <translation>Бейнетіркеуіштер журналы және бейнежазбалар</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+55"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Signed in as {0}</source>
        <translation>Жүйеге кірген пайдаланушы: {0}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Recorder journal and footage, version {0}.
Order No. 444 of the Minister of Emergency Situations of the Republic of Kazakhstan.</source>
        <translation>Бейнетіркеуіштер журналы және бейнежазбалар, {0} нұсқасы.
Қазақстан Республикасы Төтенше жағдайлар министрінің № 444 бұйрығы.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/dialogs/person_fields.py" line="+33"/>
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
        <location filename="../../ui/dialogs/setup_wizard.py" line="+56"/>
        <source>Order of appointment (number and date)</source>
        <translation>Тағайындау туралы бұйрық (нөмірі және күні)</translation>
    </message>
    <message>
        <location line="+32"/>
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
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+37"/>
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
    <message numerus="yes">
        <location line="+24"/>
        <source>%n recorder(s)</source>
        <translation>
            <numerusform>%n бейнетіркеуіш</numerusform>
            <numerusform>%n бейнетіркеуіш</numerusform>
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
    <name>Sections</name>
    <message>
        <location filename="../../ui/main_window.py" line="-241"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal of issue and return of recorders (Appendix 1 of order No. 444): issue against signature, return, malfunction reports, corrections by striking through, and the printed journal.</source>
        <translation>Бейнетіркеуішті беруді және тапсыруды есепке алу журналы (№ 444 бұйрыққа 1-қосымша): қол қойғызып беру, тапсыру, ақаулар туралы хабарлау, қате жазбаларды сызу арқылы түзету және журналдың баспа нысаны.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Inspection acts and prescriptions in Kazakh and Russian, with the recordings that prove violations attached (п.14).</source>
        <translation>Тексеру нәтижелері туралы актілер мен бұзушылықтарды жою туралы нұсқамалар қазақ және орыс тілдерінде, бұзушылықтарды растайтын жазбалар қоса беріледі (п.14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Сақтау мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings are kept for 3 years (п.12), then destroyed under dual control with a destruction act.</source>
        <translation>Жазбалар 3 жыл сақталады (п.12), содан кейін жою актісі жасала отырып, қосарлы бақылаумен жойылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tamper-evident trail of every action, and a full verification of the stored recordings.</source>
        <translation>Барлық әрекеттердің жасырын өзгертуден қорғалған хаттамасы және сақталған жазбалардың толық тексерісі.</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>Settings</name>
    <message>
        <location filename="../../inspector_app/settings.py" line="+60"/>
        <source>Database URL (empty: the local file)</source>
        <translation>Дерекқор мекенжайы (бос болса — жергілікті файл)</translation>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+63"/>
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
        <location filename="../../ui/dialogs/setup_wizard.py" line="+9"/>
        <source>Setting up the unit</source>
        <translation>Бөлімшені баптау</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/sign_in_panel.py" line="+114"/>
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
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo unit. Passwords generated for this run:</source>
        <translation>Демонстрациялық бөлімше. Осы іске қосу үшін жасалған құпия сөздер:</translation>
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
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-28"/>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Finish to create the unit. The head and the responsible person sign in with the passwords given; nobody else knows them.</source>
        <translation>Бөлімшені құру үшін «Аяқтау» батырмасын басыңыз. Аумақтық бөлімшенің басшысы мен жауапты тұлға жүйеге берілген құпия сөздермен кіреді; оларды басқа ешкім білмейді.</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location line="-44"/>
        <source>The territorial unit</source>
        <translation>Аумақтық бөлімше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name appears on the journal cover and on every document.</source>
        <translation>Атауы журналдың мұқабасында және әрбір құжатта көрсетіледі.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users_page.py" line="+52"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location line="+1"/>
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
</TS>
