<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="+27"/>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>AppointDialog</name>
    <message>
        <location line="+45"/>
        <source>Appoint the responsible person</source>
        <translation>Назначение ответственного лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of appointment (number and date)</source>
        <translation>Приказ о назначении (номер и дата)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="+35"/>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Повторите новый пароль</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/widgets.py" line="+45"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_dialogs.py" line="-24"/>
        <source>Edit user</source>
        <translation>Редактирование пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account active</source>
        <translation>Учетная запись активна</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+14"/>
        <source>{field} must not be empty</source>
        <translation>Поле «{field}» не может быть пустым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is too long: {length} characters, at most {max}</source>
        <translation>Поле «{field}» слишком длинное: символов — {length}, допускается не более {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} contains control characters</source>
        <translation>Поле «{field}» содержит управляющие символы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login must be 2 to 32 Latin letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Логин должен содержать от 2 до 32 символов: латинские буквы, цифры, &apos;.&apos;, &apos;-&apos; или &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role: {value}</source>
        <translation>Неизвестная роль: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login {login} is already taken</source>
        <translation>Логин {login} уже занят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number {value} is already registered</source>
        <translation>Инвентарный номер {value} уже зарегистрирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed tries: the account is locked for 5 minutes</source>
        <translation>Слишком много неудачных попыток: учетная запись заблокирована на 5 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is disabled</source>
        <translation>Эта учетная запись отключена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow this</source>
        <translation>Ваша роль не позволяет выполнить это действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must be at least {min} characters</source>
        <translation>Пароль должен содержать не менее {min} символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must be at most {max} characters</source>
        <translation>Пароль должен содержать не более {max} символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password must contain at least one letter and one digit</source>
        <translation>Пароль должен содержать хотя бы одну букву и одну цифру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong</source>
        <translation>Текущий пароль указан неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must differ from the current one</source>
        <translation>Новый пароль должен отличаться от текущего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords do not match</source>
        <translation>Введенные пароли не совпадают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder already has this status</source>
        <translation>Видеорегистратор уже имеет этот статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This status change is not allowed</source>
        <translation>Такое изменение статуса не допускается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recorder is written off; its record is closed</source>
        <translation>Видеорегистратор списан: его запись закрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed</source>
        <translation>Изменений нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown vendor profile: {value}</source>
        <translation>Неизвестный профиль производителя: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head and the responsible person must be different people</source>
        <translation>Руководитель и ответственное лицо должны быть разными сотрудниками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit is already set up</source>
        <translation>Подразделение уже настроено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account</source>
        <translation>Нельзя отключить собственную учетную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appoint another responsible person before disabling this one</source>
        <translation>Перед отключением этой учетной записи назначьте другое ответственное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already the responsible person</source>
        <translation>Этот сотрудник уже является ответственным лицом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head cannot be appointed the responsible person</source>
        <translation>Руководитель не может быть назначен ответственным лицом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled account cannot be appointed</source>
        <translation>Нельзя назначить отключенную учетную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The responsible person is appointed by the head</source>
        <translation>Ответственное лицо назначается руководителем территориального подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value must be between {min} and {max}</source>
        <translation>Значение должно быть от {min} до {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown time zone: {name}</source>
        <translation>Неизвестный часовой пояс: {name}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="+5"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor profile</source>
        <translation>Профиль производителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit name (Kazakh)</source>
        <translation>Наименование подразделения (на казахском языке)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit name (Russian)</source>
        <translation>Наименование подразделения (на русском языке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Код подразделения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order reference</source>
        <translation>Реквизиты приказа</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+11"/>
        <source>Head of the unit</source>
        <translation>Руководитель территориального подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State inspector</source>
        <translation>Государственный инспектор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In store</source>
        <translation>На хранении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faulty</source>
        <translation>Неисправен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under repair</source>
        <translation>В ремонте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Списан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details changed</source>
        <translation>Сведения изменены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Статус изменен</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="+41"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Выйти из системы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+220"/>
        <source>Recorder journal and footage</source>
        <translation>Журнал видеорегистраторов и видеозаписи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The screen is locked.</source>
        <translation>Экран заблокирован.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen</source>
        <translation>Заблокировать экран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Выйти из системы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Signed in as {0}</source>
        <translation>Вход выполнен: {0}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Recorder journal and footage, version {0}.
Order No. 444 of the Minister of Emergency Situations of the Republic of Kazakhstan.</source>
        <translation>Журнал видеорегистраторов и видеозаписи, версия {0}.
Приказ Министра по чрезвычайным ситуациям Республики Казахстан № 444.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/dialogs/person_fields.py" line="+33"/>
        <source>Login (Latin letters)</source>
        <translation>Логин (латинскими буквами)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Повторите пароль</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="+56"/>
        <source>Order of appointment (number and date)</source>
        <translation>Приказ о назначении (номер и дата)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Head of the unit</source>
        <translation>Руководитель территориального подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head appoints the responsible person and has full access to the footage (п.6, п.13).</source>
        <translation>Руководитель назначает ответственное лицо и имеет полный доступ к видеозаписям (п.6, п.13).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the recorders, issues them against signature and stores the recordings (п.6, п.8).</source>
        <translation>Хранит видеорегистраторы, выдает их под подпись и обеспечивает хранение записей (п.6, п.8).</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder_page.py" line="+32"/>
        <source>This section is not built yet. It comes in a later version of the program.</source>
        <translation>Этот раздел еще не готов. Он появится в одной из следующих версий программы.</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+37"/>
        <source>Edit recorder</source>
        <translation>Редактирование видеорегистратора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a recorder</source>
        <translation>Регистрация видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor profile</source>
        <translation>Профиль производителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>RecorderHistoryTableModel</name>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="+14"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor profile</source>
        <translation>Профиль производителя</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>RecordersPage</name>
    <message>
        <location filename="../../ui/pages/recorders_page.py" line="+83"/>
        <source>Recorders</source>
        <translation>Видеорегистраторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by inventory number, serial or model</source>
        <translation>Поиск по инвентарному номеру, серийному номеру или модели</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the selected recorder</source>
        <translation>История выбранного видеорегистратора</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n recorder(s)</source>
        <translation>
            <numerusform>%n видеорегистратор</numerusform>
            <numerusform>%n видеорегистратора</numerusform>
            <numerusform>%n видеорегистраторов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordersTableModel</name>
    <message>
        <location filename="../../ui/models/recorders_table_model.py" line="+29"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor profile</source>
        <translation>Профиль производителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialogs.py" line="-27"/>
        <source>Set a new password</source>
        <translation>Установка нового пароля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Повторите новый пароль</translation>
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
        <translation>Журнал учета выдачи и сдачи видеорегистратора (приложение 1 к приказу № 444): выдача под подпись, сдача, сообщения о неисправностях, исправление записей зачеркиванием и печатная форма журнала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorders</source>
        <translation>Видеорегистраторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footage</source>
        <translation>Видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings are stored automatically while a recorder charges (п.11), hashed and sealed so that nobody can change them or their date and time (п.13). Only the responsible person and the head may see them.</source>
        <translation>Записи сохраняются автоматически во время зарядки аккумулятора видеорегистратора (п.11), хешируются и опечатываются, чтобы никто не мог изменить ни сами записи, ни их дату и время (п.13). Доступ к ним имеют только ответственное лицо и руководитель территориального подразделения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspections &amp; acts</source>
        <translation>Проверки и акты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection acts and prescriptions in Kazakh and Russian, with the recordings that prove violations attached (п.14).</source>
        <translation>Акты о результатах проверок и предписания об устранении нарушений на казахском и русском языках с приложением записей, подтверждающих нарушения (п.14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings are kept for 3 years (п.12), then destroyed under dual control with a destruction act.</source>
        <translation>Записи хранятся 3 года (п.12), затем уничтожаются под двойным контролем с составлением акта об уничтожении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tamper-evident trail of every action, and a full verification of the stored recordings.</source>
        <translation>Протокол всех действий, защищенный от незаметных изменений, и полная проверка сохраненных записей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../inspector_app/settings.py" line="+60"/>
        <source>Database URL (empty: the local file)</source>
        <translation>Адрес базы данных (пусто — локальный файл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone of the unit</source>
        <translation>Часовой пояс подразделения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the screen after this many idle minutes</source>
        <translation>Время бездействия до блокировки экрана, минут</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+63"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language (this PC)</source>
        <translation>Язык интерфейса (на этом компьютере)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone of the unit</source>
        <translation>Часовой пояс подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen after idle minutes</source>
        <translation>Время бездействия до блокировки экрана, минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save unit settings</source>
        <translation>Сохранить настройки подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password…</source>
        <translation>Сменить свой пароль…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password changed.</source>
        <translation>Пароль изменен.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="+9"/>
        <source>Setting up the unit</source>
        <translation>Настройка подразделения</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/sign_in_panel.py" line="+114"/>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo unit. Passwords generated for this run:</source>
        <translation>Демонстрационное подразделение. Пароли, созданные для этого запуска:</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+25"/>
        <source>Change status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder {0}: now {1}</source>
        <translation>Видеорегистратор {0}, текущий статус: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-28"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Finish to create the unit. The head and the responsible person sign in with the passwords given; nobody else knows them.</source>
        <translation>Нажмите «Завершить», чтобы создать подразделение. Руководитель и ответственное лицо входят в систему с выданными паролями; больше их никто не знает.</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location line="-44"/>
        <source>The territorial unit</source>
        <translation>Территориальное подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name appears on the journal cover and on every document.</source>
        <translation>Наименование указывается на обложке журнала и в каждом документе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском языке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Russian</source>
        <translation>Наименование на русском языке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Код подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users_page.py" line="+52"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password…</source>
        <translation>Задать пароль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appoint responsible…</source>
        <translation>Назначить ответственное лицо…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Appointments of the responsible person:</source>
        <translation>Назначения ответственного лица:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>по настоящее время</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../ui/models/users_table_model.py" line="+17"/>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
</TS>
