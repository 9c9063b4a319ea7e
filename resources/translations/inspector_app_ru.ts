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
    <name>AuditDetails</name>
    <message>
        <location filename="../../ui/pages/audit_details.py" line="+42"/>
        <source>Selected event</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected event</source>
        <translation>Сведения о выбранном событии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an event to see all of it: its details, its hash and its signature.</source>
        <translation>Выберите событие, чтобы увидеть его целиком: подробности, хеш и подпись.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.: {0}</source>
        <translation>№: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: {0} (UTC {1})</source>
        <translation>Время: {0} (UTC {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event: {0} ({1})</source>
        <translation>Событие: {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the program</source>
        <translation>программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: {0}</source>
        <translation>Объект: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording: {0}</source>
        <translation>Видеозапись: № {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details:</source>
        <translation>Подробности:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous hash: {0}</source>
        <translation>Предыдущий хеш: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash: {0}</source>
        <translation>Хеш: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key: {0}</source>
        <translation>Ключ: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature: {0}</source>
        <translation>Подпись: {0}</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="+78"/>
        <source>Recording No.</source>
        <translation>№ видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in subjects, details and names</source>
        <translation>Поиск по объектам, подробностям и именам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Вид события</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../ui/audit_labels.py" line="+16"/>
        <source>Sign-in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked</source>
        <translation>Блокировка учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User changed</source>
        <translation>Изменение пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder changed</source>
        <translation>Изменение видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder issued</source>
        <translation>Выдача видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder returned</source>
        <translation>Сдача видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault report</source>
        <translation>Сообщение о неисправности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal correction</source>
        <translation>Исправление записи журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal volume</source>
        <translation>Том журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder docked</source>
        <translation>Подключение видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording stored</source>
        <translation>Сохранение видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording viewed</source>
        <translation>Просмотр видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access refused</source>
        <translation>Отказ в доступе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Изменение настроек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording destroyed</source>
        <translation>Уничтожение видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity verification</source>
        <translation>Проверка целостности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC clock anomaly</source>
        <translation>Сбой часов компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC clock confirmed</source>
        <translation>Подтверждение часов компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation key created</source>
        <translation>Создание ключа установки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password</source>
        <translation>Пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark on a recording</source>
        <translation>Закладка в видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuity review decision</source>
        <translation>Решение по проверке непрерывности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection or violation changed</source>
        <translation>Изменена проверка или нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act or prescription issued or signed</source>
        <translation>Выдан или подписан акт либо предписание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation eliminated</source>
        <translation>Нарушение устранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue of normative acts imported</source>
        <translation>Импортирован каталог нормативных актов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule changed</source>
        <translation>Изменено правило хранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hold placed or released</source>
        <translation>Запрет уничтожения установлен или снят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made or restored</source>
        <translation>Резервная копия создана или восстановлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database moved to a server</source>
        <translation>База данных перенесена на сервер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recordings</source>
        <translation>Видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored files</source>
        <translation>Сохранённые файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seals</source>
        <translation>Печати видеозаписей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal signatures</source>
        <translation>Подписи в журнале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamps</source>
        <translation>Метки времени</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it ran backwards past the latest time already recorded</source>
        <translation>они показывают время раньше последнего уже записанного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumped far ahead of the latest time recorded</source>
        <translation>они ушли далеко вперёд от последнего записанного времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was moved back while the program was running</source>
        <translation>их перевели назад во время работы программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was moved ahead while the program was running</source>
        <translation>их перевели вперёд во время работы программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it differs from the trusted time of the time-stamp authority</source>
        <translation>они расходятся с доверенным временем службы меток времени</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="+157"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of the audit trail</source>
        <translation>События журнала аудита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Выгрузить в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Выгрузить в CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the audit trail as</source>
        <translation>Выгрузить журнал аудита как</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting the audit trail</source>
        <translation>Выгрузка журнала аудита</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail is exported</source>
        <translation>Журнал аудита выгружен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {0}
Events: {1}
SHA-256 of the file: {2}</source>
        <translation>Сохранено в {0}
Событий: {1}
SHA-256 файла: {2}</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the program</source>
        <translation>программа</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="+203"/>
        <source>Print the badge</source>
        <translation>Печать нагрудного знака</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 sheet of eight badges of 90 × 55 mm, worn beside the recorder (п.15, п.16).</source>
        <translation>Лист A4 из восьми нагрудных знаков 90 × 55 мм; носится рядом с видеорегистратором (п.15, п.16).</translation>
    </message>
</context>
<context>
    <name>BindSerialDialog</name>
    <message>
        <location filename="../../ui/dialogs/bind_serial_dialog.py" line="+48"/>
        <source>serial {0}</source>
        <translation>серийный номер {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown recorder</source>
        <translation>Неизвестный видеорегистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder with serial {0} was docked: which registered recorder is it? Its recordings are stored once it is bound (п.7).</source>
        <translation>К док-станции подключен видеорегистратор с серийным номером {0}: какой это из зарегистрированных видеорегистраторов? Его записи будут сохранены после привязки к инвентарному номеру (п.7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all recorders, also those with a serial number</source>
        <translation>Показать все видеорегистраторы, в том числе с уже указанным серийным номером</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="+112"/>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (from the start)</source>
        <translation>Момент (от начала)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A range, up to</source>
        <translation>Отрезок, до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the act&apos;s number, if any</source>
        <translation>номер акта, если есть</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <location filename="../../ui/pages/catalogue_import.py" line="+33"/>
        <source>Import catalogue…</source>
        <translation>Импорт каталога…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue of normative legal acts that violations cite (a UTF-8 CSV)</source>
        <translation>Каталог нормативных правовых актов, на которые ссылаются нарушения (CSV в UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the catalogue of normative legal acts</source>
        <translation>Импорт каталога нормативных правовых актов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue not imported</source>
        <translation>Каталог не импортирован</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read {0}: {1}</source>
        <translation>Не удалось прочитать {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue imported: {0} added, {1} updated.</source>
        <translation>Каталог импортирован: добавлено {0}, обновлено {1}.</translation>
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
    <name>ChangeStoragePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="+157"/>
        <source>Change my storage password</source>
        <translation>Сменить мой пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set my storage password</source>
        <translation>Задать мой пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only you know your storage password; the other holder&apos;s and the recovery key do not change.</source>
        <translation>Ваш пароль хранилища знаете только вы; пароль второго владельца и ключ восстановления не меняются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current storage password</source>
        <translation>Текущий пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New storage password</source>
        <translation>Новый пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New storage password again</source>
        <translation>Повторите новый пароль хранилища</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../ui/pages/clock_banner.py" line="+68"/>
        <source>Confirm the PC clock…</source>
        <translation>Подтвердить часы компьютера…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch time-stamps now</source>
        <translation>Получить метки времени сейчас</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the PC clock</source>
        <translation>Проверка часов компьютера</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PC clock is not trusted: {0}. Decisions that depend on the date (the end of the retention period) wait until the head confirms the clock.</source>
        <translation>Часам компьютера нельзя доверять: {0}. Решения, зависящие от даты (окончание срока хранения), ждут, пока руководитель не подтвердит часы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the head of the unit.</source>
        <translation>Сообщите руководителю подразделения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time-stamps waiting for the time-stamp authority: {0}</source>
        <translation>Метки времени, ожидающие службы меток времени: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fetching…</source>
        <translation>Получение…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetching time-stamps</source>
        <translation>Получение меток времени</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The authority cannot be reached; they stay pending ({0})</source>
        <translation>Служба недоступна; метки остаются в очереди ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received: {0}, refused: {1}</source>
        <translation>Получено: {0}, отказано: {1}</translation>
    </message>
</context>
<context>
    <name>CloseVolumeDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_correction_dialogs.py" line="+122"/>
        <source>Close the journal volume</source>
        <translation>Закрытие тома журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration index of the next volume</source>
        <translation>Регистрационный индекс следующего тома</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No journal volume is open.</source>
        <translation>Открытого тома журнала нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open now: volume {0} (registration index {1}), started {2}; entries made: {3}.</source>
        <translation>Сейчас открыт: том {0} (регистрационный индекс {1}), начат {2}; внесено записей: {3}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume {0} is closed today: its end date is set and no entry can be added to it. Volume {1} starts with entry № 1 under the registration index the office gave it. On the last page of the paper volume write how many pages it has; it is numbered, bound and sealed (п.9).</source>
        <translation>Том {0} закрывается сегодня: указывается дата его окончания, и вносить в него записи больше нельзя. Том {1} начинается с записи № 1 под регистрационным индексом, присвоенным канцелярией. На последней странице бумажного тома укажите количество листов; том нумеруется, прошнуровывается и скрепляется печатью (п.9).</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/widgets.py" line="+101"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>ConfirmClockDialog</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="+161"/>
        <source>Confirm the PC clock</source>
        <translation>Подтверждение часов компьютера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PC clock is not trusted: {0}. Check it against a trusted source (an exact-time service, a mobile phone network) and set it right first. PC clock now: {1}.</source>
        <translation>Часам компьютера нельзя доверять: {0}. Сначала сверьте их с надёжным источником (служба точного времени, сеть сотовой связи) и выставьте верное время. Сейчас на часах компьютера: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was checked</source>
        <translation>Как проверено</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_correction_dialogs.py" line="-65"/>
        <source>Correct a journal entry</source>
        <translation>Исправление записи журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is struck through and a corrected entry is made with the values below; nothing is erased (п.9).</source>
        <translation>Эта запись зачеркивается, и вносится исправленная запись с указанными ниже значениями; ничего не стирается (п.9).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued at</source>
        <translation>Дата и время выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge</source>
        <translation>Заряд аккумулятора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock offset</source>
        <translation>Расхождение часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned at</source>
        <translation>Дата и время сдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was wrong (required); it goes into the remarks column</source>
        <translation>Что было указано неверно (обязательно); вносится в графу «Примечание»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person receiving</source>
        <translation>Получает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected by</source>
        <translation>Исправление вносит</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the recorder</source>
        <translation>Выберите видеорегистратор</translation>
    </message>
</context>
<context>
    <name>CourtActions</name>
    <message>
        <location filename="../../ui/pages/inspection_court.py" line="+43"/>
        <source>Hold for a court…</source>
        <translation>Запретить уничтожение для суда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal hold on every recording the violations cite: none of them is destroyed while it lasts</source>
        <translation>Запрет уничтожения каждой записи, на которую ссылаются нарушения: пока он действует, ни одна не уничтожается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence package…</source>
        <translation>Пакет доказательств…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hold for a court</source>
        <translation>Запрет уничтожения для суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the materials go, and the reference (e.g. a court&apos;s case number):</source>
        <translation>Куда направляются материалы и ссылка (например, номер судебного дела):</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln recording(s) held.</source>
        <translation>
            <numerusform>Запрет наложен на %Ln запись.</numerusform>
            <numerusform>Запрет наложен на %Ln записи.</numerusform>
            <numerusform>Запрет наложен на %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <source>Evidence package</source>
        <translation>Пакет доказательств</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The violations of this inspection cite no recording.</source>
        <translation>Нарушения этой проверки не ссылаются ни на одну запись.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the package</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the evidence package…</source>
        <translation>Пакет доказательств записывается…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written and verified: {0}</source>
        <translation>Записан и проверен: {0}</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <location filename="../../ui/pages/database_panel.py" line="+122"/>
        <source>This PC&apos;s database and footage vault</source>
        <translation>База данных и хранилище видеозаписей этого компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this PC keeps the unit: its own file, or the unit&apos;s database on a PostgreSQL server shared by the unit&apos;s PCs. A change takes effect at the next start of the program.</source>
        <translation>Где этот компьютер хранит данные подразделения: в собственном файле или в базе данных подразделения на сервере PostgreSQL, общем для компьютеров подразделения. Изменение вступает в силу при следующем запуске программы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s own file</source>
        <translation>Собственный файл этого компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PostgreSQL server</source>
        <translation>Сервер PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the server offers it (prefer)</source>
        <translation>Если сервер предлагает (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always (require)</source>
        <translation>Всегда (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, with the server&apos;s certificate checked (verify-full)</source>
        <translation>Всегда, с проверкой сертификата сервера (verify-full)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>База данных</translation>
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
        <translation>Имя базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit schema</source>
        <translation>Схема подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS encryption</source>
        <translation>Шифрование TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Shared vault folder</source>
        <translation>Общая папка хранилища</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When several units share the server: the schema its administrator made for this unit (such as unit_ala)</source>
        <translation>Если на сервере несколько подразделений: схема, созданная администратором сервера для этого подразделения (например, unit_ala)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the credential store</source>
        <translation>сохранён в хранилище учётных данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password in the system&apos;s credential store</source>
        <translation>Запомнить пароль в системном хранилище учётных данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the vault in this PC&apos;s data folder</source>
        <translation>пусто — хранилище в папке данных этого компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Connecting to {0}…</source>
        <translation>Подключение к {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the database connection</source>
        <translation>Проверка подключения к базе данных</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected: PostgreSQL {0}.</source>
        <translation>Подключено: PostgreSQL {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted connection (TLS): {0}.</source>
        <translation>Зашифрованное подключение (TLS): {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty database: the program will set it up.</source>
        <translation>Пустая база данных: программа подготовит её сама.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema revision {0}: this program&apos;s.</source>
        <translation>Версия схемы {0}: та же, что у этой программы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema revision {0}: the program brings it to {1} at its next start.</source>
        <translation>Версия схемы {0}: программа обновит её до {1} при следующем запуске.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision {0} is newer than this program ({1}): update the program first.</source>
        <translation>Версия схемы {0} новее, чем у этой программы ({1}): сначала обновите программу.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. The program opens the database and the vault from there at its next start.</source>
        <translation>Сохранено. При следующем запуске программа откроет базу данных и хранилище оттуда.</translation>
    </message>
</context>
<context>
    <name>DayRange</name>
    <message>
        <location filename="../../ui/pages/day_range.py" line="+32"/>
        <source>First day</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Последний день периода</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="+25"/>
        <source>Decide a continuity flag</source>
        <translation>Решение по отметке непрерывности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>DestructionListsPanel</name>
    <message>
        <location filename="../../ui/pages/retention_lists.py" line="+75"/>
        <source>Approve and destroy…</source>
        <translation>Утвердить и уничтожить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save act (kk)…</source>
        <translation>Сохранить акт (kk)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save act (ru)…</source>
        <translation>Сохранить акт (ru)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the act with a key file…</source>
        <translation>Подписать акт файлом ключа…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A list is approved by someone other than the person who proposed it</source>
        <translation>Список утверждает не тот, кто его предложил</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Acts of destruction: {0}</source>
        <translation>Акты уничтожения: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acts of destruction are issued once the head approves the list.</source>
        <translation>Акты уничтожения составляются после утверждения списка руководителем.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve and destroy</source>
        <translation>Утвердить и уничтожить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List No. {0}: {1} recording(s) will be destroyed for ever. Their files and keys are erased and cannot be recovered; a record of each and the act of destruction stay.</source>
        <translation>Список № {0}: видеозаписей будет уничтожено навсегда: {1}. Их файлы и ключи стираются без возможности восстановления; остаются сведения о каждой и акт уничтожения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Destroy {0} recording(s) for ever</source>
        <translation>Уничтожить навсегда (записей: {0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destroying recordings</source>
        <translation>Уничтожение видеозаписей</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject the list</source>
        <translation>Отклонить список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List No. {0} is rejected: its {1} recording(s) stay stored.</source>
        <translation>Список № {0} отклоняется: его видеозаписи ({1}) остаются на хранении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the act of destruction as</source>
        <translation>Сохранить акт уничтожения как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving the act of destruction</source>
        <translation>Сохранение акта уничтожения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by {0}</source>
        <translation>Подписал: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved to {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/pages/inspection_documents_panel.py" line="+90"/>
        <source>Documents of the inspection</source>
        <translation>Документы проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue act…</source>
        <translation>Выдать акт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue prescription…</source>
        <translation>Выдать предписание…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with key file…</source>
        <translation>Подписать файлом ключа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with NCALayer</source>
        <translation>Подписать через NCALayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer is not running on this PC</source>
        <translation>NCALayer на этом компьютере не запущен</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Issued № {0} (SHA-256 {1}…).</source>
        <translation>Выдан № {0} (SHA-256 {1}…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuing the document…</source>
        <translation>Документ выдаётся…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft act…</source>
        <translation>Черновик акта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft prescription…</source>
        <translation>Черновик предписания…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Save the draft as</source>
        <translation>Сохранить черновик как</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rendering the draft…</source>
        <translation>Черновик формируется…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft saved to {0}</source>
        <translation>Черновик сохранён: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the document as</source>
        <translation>Сохранить документ как</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Waiting for NCALayer: choose the key and enter its PIN there…</source>
        <translation>Ожидание NCALayer: выберите в нём ключ и введите PIN-код…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by {0}.</source>
        <translation>Подписал(а): {0}.</translation>
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
    <name>EliminationDialog</name>
    <message>
        <location filename="../../ui/pages/follow_up_page.py" line="+35"/>
        <source>Mark the violation eliminated</source>
        <translation>Отметить нарушение устранённым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violation {0} of the inspection of {1}: {2}</source>
        <translation>Нарушение {0} по проверке {1}: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminated on</source>
        <translation>Дата устранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof (a letter, photos, a follow-up visit)</source>
        <translation>Подтверждение (письмо, фотографии, повторное посещение)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="+19"/>
        <source>No journal entries to show. A recorder issued with Issue… (Ctrl+N) appears here; if filters are set, widen them.</source>
        <translation>Нет записей журнала для показа. Видеорегистратор, выданный кнопкой «Выдать…» (Ctrl+N), появится здесь; если заданы фильтры, расширьте их.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recorders are registered yet. Register each recorder with its inventory and serial numbers (Register…) before it is issued (п.7).</source>
        <translation>Видеорегистраторы ещё не зарегистрированы. Зарегистрируйте каждый видеорегистратор с инвентарным и серийным номерами («Зарегистрировать…») до выдачи (п.7).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a recorder above to see its history.</source>
        <translation>Выберите видеорегистратор выше, чтобы увидеть его историю.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recordings to show. Dock a returned recorder to charge: its footage is stored by itself (п.11). If filters are set, widen them.</source>
        <translation>Нет видеозаписей для показа. Подключите сданный видеорегистратор к док-станции для зарядки: его видеозаписи сохранятся сами (п.11). Если заданы фильтры, расширьте их.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events match the filters.</source>
        <translation>Нет событий, соответствующих фильтрам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No inspections yet. Start one with New…; its acts and prescriptions are made from it.</source>
        <translation>Проверок пока нет. Начните проверку кнопкой «Новая…»; по ней составляются акты и предписания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violations recorded for the selected inspection (Add violation…).</source>
        <translation>По выбранной проверке нарушения не записаны («Добавить нарушение…»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No acts or prescriptions have been made for it yet.</source>
        <translation>По ней ещё не составлено ни актов, ни предписаний.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prescriptions are due.</source>
        <translation>Нет предписаний с наступившим сроком.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording reaches the end of its retention within 30 days.</source>
        <translation>Нет видеозаписей, срок хранения которых истекает в течение 30 дней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording reaches the end of its retention within 90 days.</source>
        <translation>Нет видеозаписей, срок хранения которых истекает в течение 90 дней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording is past its retention: nothing awaits destruction.</source>
        <translation>Нет видеозаписей с истёкшим сроком хранения: уничтожения ничто не ожидает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recording is held.</source>
        <translation>Нет видеозаписей под запретом уничтожения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No destruction lists. Expired recordings proposed for destruction are listed here for the head&apos;s approval.</source>
        <translation>Списков на уничтожение нет. Видеозаписи с истёкшим сроком, предложенные к уничтожению, перечисляются здесь для утверждения руководителем.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_texts_accounts.py" line="+14"/>
        <source>Not found: {what} {id}</source>
        <translation>Не найдено: {what} {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: {what}</source>
        <translation>Не найдено: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the unfinished part was undone</source>
        <translation>Отменено: всё, что не было завершено, возвращено как было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {path} does not exist: choose another one</source>
        <translation>Папка {path} не существует: выберите другую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change clashes with stored data, so nothing was saved: try again, and tell the administrator if it happens again</source>
        <translation>Изменение противоречит сохранённым данным, поэтому ничего не сохранено: повторите попытку, а если это повторится, сообщите администратору</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another event was recorded at the same moment: try again</source>
        <translation>В тот же момент было записано другое событие: повторите попытку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must not be empty</source>
        <translation>Поле «{field}» не может быть пустым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too long: {length} characters, at most {max}</source>
        <translation>Поле «{field}» слишком длинное: символов — {length}, допускается не более {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is too long</source>
        <translation>Текст слишком длинный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} contains control characters</source>
        <translation>Поле «{field}» содержит управляющие символы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text contains control characters</source>
        <translation>Текст содержит управляющие символы</translation>
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
        <source>The password is too short</source>
        <translation>Пароль слишком короткий</translation>
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
    <message>
        <location line="+41"/>
        <source>Serial number {value} already belongs to recorder {inventory}</source>
        <translation>Серийный номер {value} уже принадлежит видеорегистратору {inventory}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recorder has the inventory number {value}</source>
        <translation>Нет видеорегистратора с инвентарным номером {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown recorder status: {value}</source>
        <translation>Неизвестный статус видеорегистратора: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown interface language: {value}</source>
        <translation>Неизвестный язык интерфейса: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of the setting {key} is not valid</source>
        <translation>Значение настройки {key} недопустимо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setting {key} is not kept here</source>
        <translation>Настройка {key} здесь не хранится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown setting: {key}</source>
        <translation>Неизвестная настройка: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file of this PC cannot be read: it is damaged; tell the administrator</source>
        <translation>Файл настроек этого компьютера не читается: он повреждён; сообщите администратору</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key of this person is protected in a way this program does not know: tell the administrator</source>
        <translation>Ключ подписи этого человека защищён способом, неизвестным этой программе: сообщите администратору</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored signing key of this person is damaged (it does not match its public half): tell the administrator</source>
        <translation>Сохранённый ключ подписи этого человека повреждён (не соответствует своей открытой части): сообщите администратору</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_vault.py" line="+40"/>
        <source>The shorter period touches {recordings} stored recording(s): it is made only when confirmed a second time</source>
        <translation>Более короткий срок затрагивает хранимые видеозаписи ({recordings}): он устанавливается только после повторного подтверждения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not every recording chosen may be destroyed now: each must have expired, must not be held and must not be on a list awaiting the head</source>
        <translation>Не все выбранные видеозаписи можно уничтожить сейчас: срок хранения каждой должен истечь, на ней не должно быть запрета уничтожения, и она не должна быть в списке, ожидающем решения руководителя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A destruction needs two people: a list is approved by someone other than the person who proposed it</source>
        <translation>Уничтожение требует двух человек: список утверждает не тот, кто его предложил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This destruction list is already decided</source>
        <translation>По этому списку на уничтожение решение уже принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This legal hold is already released</source>
        <translation>Этот запрет уничтожения уже снят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the recordings to hold</source>
        <translation>Выберите видеозаписи, на которые налагается запрет уничтожения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC clock is in doubt: the head confirms it in the Audit section first</source>
        <translation>Часы компьютера вызывают сомнение: сначала руководитель подтверждает их в разделе «Аудит»</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_accounts.py" line="-51"/>
        <source>Unknown value: {value}</source>
        <translation>Неизвестное значение: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first</source>
        <translation>Сначала войдите в систему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge must be between 0 and 100 %</source>
        <translation>Заряд аккумулятора должен быть от 0 до 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The battery is at {value} %, below the unit&apos;s minimum of {min} %: charge it, or give a reason to issue it anyway</source>
        <translation>Заряд аккумулятора {value} %, что ниже установленного в подразделении минимума {min} %: зарядите аккумулятор или укажите причину, по которой видеорегистратор все же выдается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recorder clock is {offset:+d} s off the PC clock (at most {max} s allowed): set the recorder clock first (п.17)</source>
        <translation>Часы видеорегистратора расходятся с часами компьютера на {offset:+d} с (допускается не более {max} с): сначала настройте часы видеорегистратора (п.17)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder {inventory} is not in store</source>
        <translation>Видеорегистратор {inventory} не находится на хранении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder cannot be issued to oneself</source>
        <translation>Нельзя выдать видеорегистратор самому себе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person issuing the recorder signs as the issuer</source>
        <translation>В качестве выдающего подписывается лицо, которое выдает видеорегистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who signs for receipt must be the person receiving</source>
        <translation>Подпись о получении должно ставить лицо, которое получает видеорегистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person receiving the recorder back signs as the receiver</source>
        <translation>В качестве принимающего подписывается лицо, которое принимает сданный видеорегистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder is returned by the person it was issued to</source>
        <translation>Видеорегистратор сдает лицо, которому он был выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is not an open issue</source>
        <translation>По этой записи видеорегистратор не числится выданным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder {inventory} is already returned</source>
        <translation>Видеорегистратор {inventory} уже сдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data of this entry is already marked stored</source>
        <translation>Информация по этой записи уже отмечена как сохраненная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the fault</source>
        <translation>Опишите неисправность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person reporting the fault signs the report</source>
        <translation>Сообщение о неисправности подписывает лицо, которое о ней сообщает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the inspector holding the recorder, or the responsible person, reports its fault</source>
        <translation>О неисправности видеорегистратора сообщает только инспектор, у которого он находится, или ответственное лицо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This notification is already acknowledged</source>
        <translation>Это уведомление уже принято к сведению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No journal volume is open: open one with its registration index first</source>
        <translation>Нет открытого тома журнала: сначала откройте том, указав его регистрационный индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal volume is already open: close it to start the next</source>
        <translation>Том журнала уже открыт: закройте его, чтобы начать следующий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit is not set up</source>
        <translation>Подразделение не настроено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person correcting the journal signs the correction</source>
        <translation>Исправление подписывает лицо, которое вносит его в журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only issue entries are corrected this way</source>
        <translation>Таким способом исправляются только записи о выдаче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is already struck through</source>
        <translation>Эта запись уже зачеркнута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The struck entry was returned: give the right date and time of return</source>
        <translation>По зачеркнутой записи видеорегистратор был сдан: укажите правильные дату и время сдачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return cannot come before the issue</source>
        <translation>Сдача не может быть раньше выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature pad is empty: sign with the mouse, a finger or a pen</source>
        <translation>Поле для подписи пустое: распишитесь мышью, пальцем или пером</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature drawing is not valid: clear it and sign again</source>
        <translation>Изображение подписи некорректно: очистите поле и распишитесь заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature drawing is too large: clear it and sign again</source>
        <translation>Изображение подписи слишком большое: очистите поле и распишитесь заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person has no signing key yet: they sign in once to make it</source>
        <translation>У этого сотрудника еще нет ключа подписи: для его создания сотруднику нужно один раз войти в систему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN or password is wrong: the signers enter theirs again (wrong tries lock the account)</source>
        <translation>Неверный PIN-код или пароль: подписывающие заново вводят свои PIN-коды или пароли (неудачные попытки приводят к блокировке учетной записи)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_vault.py" line="-39"/>
        <source>Wrong storage password</source>
        <translation>Неверный пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong recovery key: type the 32 letters and digits from the sheet in the unit&apos;s safe</source>
        <translation>Неверный ключ восстановления: введите 32 буквы и цифры с листа из сейфа подразделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a recovery key: 32 letters and digits in groups of four</source>
        <translation>Это не ключ восстановления: в нём 32 буквы и цифры, группами по четыре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage is locked: enter the storage password first</source>
        <translation>Видеозаписи закрыты: сначала введите пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit has no storage password yet: the head sets it</source>
        <translation>У подразделения ещё нет пароля хранилища: его задаёт руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage password is set already</source>
        <translation>Пароль хранилища уже задан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the head and the responsible person hold a storage password (п.6)</source>
        <translation>Пароль хранилища есть только у руководителя и ответственного лица (п.6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the appointed responsible person holds the storage password</source>
        <translation>Пароль хранилища есть только у назначенного ответственного лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the head may set another person&apos;s storage password</source>
        <translation>Задать пароль хранилища другого человека может только руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage password must differ from the sign-in password</source>
        <translation>Пароль хранилища должен отличаться от пароля входа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The head and the responsible person each have a storage password of their own</source>
        <translation>У руководителя и ответственного лица должны быть разные, у каждого свой, пароли хранилища</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note needs some text</source>
        <translation>В заметке нужен текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is too long: at most {max} characters</source>
        <translation>Заметка слишком длинная: не более {max} символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection reference is too long</source>
        <translation>Ссылка на проверку слишком длинная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of a range must not come before its start</source>
        <translation>Конец отрезка не может быть раньше его начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note lies beyond the end of the recording</source>
        <translation>Заметка выходит за конец записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That note has already been corrected</source>
        <translation>Эта заметка уже исправлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a decision</source>
        <translation>Выберите решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision needs a comment</source>
        <translation>К решению нужен комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment is too long: at most {max} characters</source>
        <translation>Комментарий слишком длинный: не более {max} символов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A retention period is a whole number of months, at least 1</source>
        <translation>Срок хранения задаётся целым числом месяцев, не менее 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one recording for the destruction list</source>
        <translation>Выберите хотя бы одну видеозапись для списка на уничтожение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the chosen recordings are already destroyed: a legal hold cannot be placed on them</source>
        <translation>Некоторые из выбранных видеозаписей уже уничтожены: запрет уничтожения на них установить нельзя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk of the footage vault is full: free some space and try again</source>
        <translation>Диск хранилища видеозаписей заполнен: освободите место и повторите попытку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC may not write to the footage vault folder: ask the administrator for access</source>
        <translation>Этому компьютеру нельзя записывать в папку хранилища видеозаписей: попросите доступ у администратора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage vault could not be read or written: check that its disk or network folder is reachable and try again</source>
        <translation>Не удалось прочитать хранилище видеозаписей или записать в него: проверьте, доступен ли его диск или сетевая папка, и повторите попытку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the file {path} (was the recorder disconnected?): try again</source>
        <translation>Не удалось прочитать файл {path} (не отключён ли видеорегистратор?): повторите попытку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the files of the recorder (was it disconnected?): dock it again</source>
        <translation>Не удалось прочитать файлы видеорегистратора (не отключён ли он?): подключите его к док-станции снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorder gave {size} bytes instead of {expected}, so nothing was stored: dock it again</source>
        <translation>Видеорегистратор передал {size} байт вместо {expected}, поэтому ничего не сохранено: подключите его к док-станции снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored file {sha256} is missing from the footage vault: run the verification in the Audit section and tell the head</source>
        <translation>Сохранённого файла {sha256} нет в хранилище видеозаписей: запустите проверку в разделе «Аудит» и сообщите руководителю</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recording was destroyed: its key is shredded and nobody can read it any more</source>
        <translation>Эта видеозапись уничтожена: её ключ стёрт, и прочитать её больше не может никто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of the footage vault was changed or damaged: tell the head at once and run the verification in the Audit section</source>
        <translation>Файл хранилища видеозаписей изменён или повреждён: немедленно сообщите руководителю и запустите проверку в разделе «Аудит»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage vault folder {path} belongs to another unit or installation: set this unit&apos;s vault folder in the settings</source>
        <translation>Папка хранилища видеозаписей {path} принадлежит другому подразделению или установке: укажите в настройках папку хранилища этого подразделения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage vault folder {path} is empty and has no mark of this unit: is the unit&apos;s network folder connected? Check the vault folder in the settings</source>
        <translation>Папка хранилища видеозаписей {path} пуста и не помечена как хранилище этого подразделения: подключена ли сетевая папка подразделения? Проверьте папку хранилища в настройках</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«{value}» is not the name of a stored file: those are 64 hexadecimal digits</source>
        <translation>«{value}» — не имя сохранённого файла: такие имена состоят из 64 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key file of the footage vault is damaged: restore it from a backup, and tell the head</source>
        <translation>Файл ключа хранилища видеозаписей повреждён: восстановите его из резервной копии и сообщите руководителю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key of this file does not open with the vault key: the file is from another vault or damaged</source>
        <translation>Ключ этого файла не открывается ключом хранилища: файл из другого хранилища или повреждён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item does not open with the vault key: it is from another vault or damaged</source>
        <translation>Этот элемент не открывается ключом хранилища: он из другого хранилища или повреждён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recording is already stored (SHA-256 {sha256})</source>
        <translation>Эта видеозапись уже сохранена (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ingest run {run_id} has already ended: dock the recorder again</source>
        <translation>Загрузка записей № {run_id} уже завершена: подключите видеорегистратор к док-станции снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one recording for the evidence package</source>
        <translation>Выберите хотя бы одну видеозапись для пакета доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists: choose a new name for the package</source>
        <translation>{path} уже существует: выберите для пакета новое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An evidence package is in Kazakh or Russian, not «{lang}»</source>
        <translation>Пакет доказательств составляется на казахском или русском языке, а не «{lang}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording {id} read from the vault does not match its sealed SHA-256, so it is not exported: tell the head at once</source>
        <translation>Видеозапись № {id}, прочитанная из хранилища, не совпадает со своим опечатанным SHA-256, поэтому не экспортируется: немедленно сообщите руководителю</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {id} has no seal: it cannot be exported as evidence</source>
        <translation>У видеозаписи № {id} нет печати: её нельзя экспортировать как доказательство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The written package does not verify, so it was not kept: try again, and tell the head if it happens again</source>
        <translation>Записанный пакет не прошёл проверку, поэтому не сохранён: повторите попытку, а если это повторится, сообщите руководителю</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_documents.py" line="+13"/>
        <source>Enter the BIN or IIN of the subject of control</source>
        <translation>Введите БИН/ИИН субъекта контроля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN must be digits only, not «{value}»</source>
        <translation>БИН/ИИН состоит только из цифр, а не «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN has 12 digits, not {length}</source>
        <translation>БИН/ИИН состоит из 12 цифр, а не из {length}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN or IIN {value} is not valid: its check digit does not match (a typing mistake?)</source>
        <translation>БИН/ИИН {value} недействителен: не сходится контрольная цифра (опечатка?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is neither a valid BIN nor a valid IIN</source>
        <translation>{value} не является ни действительным БИН, ни ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IIN {value} is not valid: its 7th digit must be 1 to 6</source>
        <translation>ИИН {value} недействителен: 7-я цифра должна быть от 1 до 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IIN {value} is not valid: it holds no real date of birth</source>
        <translation>ИИН {value} недействителен: в нём нет реальной даты рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its 5th digit must be 4, 5 or 6</source>
        <translation>БИН {value} недействителен: 5-я цифра должна быть 4, 5 или 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its 6th digit must be 0 to 3</source>
        <translation>БИН {value} недействителен: 6-я цифра должна быть от 0 до 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BIN {value} is not valid: its registration month is impossible</source>
        <translation>БИН {value} недействителен: невозможный месяц регистрации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the lead inspector of the inspection</source>
        <translation>Выберите инспектора — руководителя проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection ends before it begins</source>
        <translation>Проверка заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The act of appointment is dated after the inspection began</source>
        <translation>Акт о назначении датирован позже начала проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An inspector makes only inspections they take part in</source>
        <translation>Инспектор оформляет только проверки, в которых участвует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only active inspectors take part in an inspection</source>
        <translation>В проверке участвуют только действующие инспекторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only issues of recorders in the journal can be linked</source>
        <translation>Привязать можно только записи журнала о выдаче видеорегистраторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A linked journal issue must be to one of the inspection&apos;s inspectors</source>
        <translation>Привязанная выдача должна быть выдачей одному из инспекторов проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The violation checked by this visit does not exist</source>
        <translation>Проверяемое этим посещением нарушение не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This inspection is another inspector&apos;s</source>
        <translation>Эта проверка другого инспектора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the violation</source>
        <translation>Опишите нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the requirement breached from the catalogue</source>
        <translation>Выберите нарушенное требование из каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue has no requirement «{requirement}»</source>
        <translation>В каталоге нет требования «{requirement}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deadline to eliminate a violation cannot come before the inspection ends or the document is drawn up</source>
        <translation>Срок устранения нарушения не может быть раньше окончания проверки или составления документа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A violation printed in an issued document stays: issue a replacing document instead</source>
        <translation>Нарушение из выданного документа не удаляется: выдайте взамен новый документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This violation is already marked eliminated</source>
        <translation>Это нарушение уже отмечено устранённым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of elimination is in the future</source>
        <translation>Дата устранения — в будущем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That recording is not from this inspection&apos;s recorders</source>
        <translation>Эта запись не с видеорегистраторов этой проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That bookmark is not on the recording chosen</source>
        <translation>Эта закладка не относится к выбранной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That still was not taken from the recording chosen</source>
        <translation>Этот кадр взят не из выбранной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A still&apos;s SHA-256 must be 64 hexadecimal digits</source>
        <translation>SHA-256 кадра должен состоять из 64 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prescription follows an issued act: issue the act first</source>
        <translation>Предписание выдаётся после акта: сначала выдайте акт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prescription needs at least one violation</source>
        <translation>В предписании должно быть хотя бы одно нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document is in Kazakh, Russian or both</source>
        <translation>Документ составляется на казахском, русском или на обоих языках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document cannot be dated before the inspection began</source>
        <translation>Документ не может быть датирован раньше начала проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection names no representative of the subject: add one to the inspection first</source>
        <translation>В проверке не указан представитель субъекта контроля: сначала добавьте его в проверку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored document no longer matches its SHA-256: tell the head at once</source>
        <translation>Сохранённый документ не совпадает со своим SHA-256: немедленно сообщите руководителю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents are being issued elsewhere at the same moment: try again</source>
        <translation>В этот момент документы выдаются в другом месте: повторите попытку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document replaced must be this inspection&apos;s, of the same kind</source>
        <translation>Заменяемый документ должен быть этой проверки и того же вида</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That document is already replaced</source>
        <translation>Этот документ уже заменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file (.p12 or .pfx)</source>
        <translation>Выберите файл ключа (.p12 или .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password for the key file</source>
        <translation>Неверный пароль файла ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a PKCS#12 key file (.p12, .pfx)</source>
        <translation>Файл не является файлом ключа PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file holds no private key with its certificate</source>
        <translation>В файле ключа нет закрытого ключа с сертификатом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is not an RSA key; only RSA keys are supported</source>
        <translation>Ключ не RSA; поддерживаются только ключи RSA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate in the key file is not the key&apos;s</source>
        <translation>Сертификат в файле ключа не относится к этому ключу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the key has expired</source>
        <translation>Срок действия сертификата ключа истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the key is not valid yet</source>
        <translation>Сертификат ключа ещё не действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer is not running or cannot be reached: start NCALayer and try again</source>
        <translation>NCALayer не запущен или недоступен: запустите NCALayer и повторите попытку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer did not answer in time</source>
        <translation>NCALayer не ответил вовремя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer closed the connection</source>
        <translation>NCALayer закрыл соединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing was cancelled in NCALayer</source>
        <translation>Подписание отменено в NCALayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCALayer refused to sign</source>
        <translation>NCALayer отказал в подписании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature was made over another document</source>
        <translation>Подпись сделана под другим документом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not verify</source>
        <translation>Подпись не проходит проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue file has mistakes; nothing was imported</source>
        <translation>В файле каталога есть ошибки; ничего не импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue file must be a UTF-8 CSV of at most 5 MB</source>
        <translation>Файл каталога должен быть CSV в UTF-8 не более 5 МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not work with inspections</source>
        <translation>Ваша роль не работает с проверками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A badge is in Kazakh, Russian or both</source>
        <translation>Нагрудный знак — на казахском, русском или на обоих языках</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document template {kind}/{lang} is missing or damaged: reinstall the program</source>
        <translation>Шаблон документа {kind}/{lang} отсутствует или повреждён: переустановите программу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document template is damaged (its entry «{key}»): reinstall the program</source>
        <translation>Шаблон документа повреждён (его запись «{key}»): переустановите программу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no document template in the language «{lang}»</source>
        <translation>Шаблона документа на языке «{lang}» нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is printed in Kazakh or Russian, not «{lang}»</source>
        <translation>Журнал печатается на казахском или русском языке, а не «{lang}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is printed in Kazakh or Russian only</source>
        <translation>Это печатается только на казахском или русском языке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is exported to a .pdf or a .csv file: choose one</source>
        <translation>Журнал аудита экспортируется в файл .pdf или .csv: выберите один из них</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A text of the catalogue is in Kazakh (kk) or Russian (ru), not «{lang}»</source>
        <translation>Текст каталога бывает на казахском (kk) или русском (ru) языке, а не «{lang}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is a BIN (of a legal entity): the IIN of a person is expected here</source>
        <translation>{value} — БИН юридического лица: здесь ожидается ИИН физического лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is an IIN (of a person): the BIN of a legal entity is expected here</source>
        <translation>{value} — ИИН физического лица: здесь ожидается БИН юридического лица</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature is damaged or is not a CMS signature</source>
        <translation>Подпись повреждена или не является подписью CMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signature must have exactly one signer; this one has {count}</source>
        <translation>У подписи должен быть ровно один подписант; у этой их {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is made in a way this program does not check: only SHA-256 with RSA is supported</source>
        <translation>Подпись сделана способом, который эта программа не проверяет: поддерживается только SHA-256 с RSA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate is not in the signature</source>
        <translation>Сертификата подписанта нет в подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate is not meant for signing</source>
        <translation>Сертификат подписанта не предназначен для подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate of the signature was not valid at the signing time: {subject}</source>
        <translation>Сертификат подписи был недействителен на момент подписания: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate does not lead to a trusted root certificate (issued by {issuer})</source>
        <translation>Сертификат подписанта не ведёт к доверенному корневому сертификату (издатель: {issuer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate does not lead to a trusted root certificate</source>
        <translation>Сертификат подписанта не ведёт к доверенному корневому сертификату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signing time must carry a time zone</source>
        <translation>Во времени подписания должен быть указан часовой пояс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NCALayer address must start with wss:// or ws://</source>
        <translation>Адрес NCALayer должен начинаться с wss:// или ws://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown NCALayer language: {locale}</source>
        <translation>Неизвестный язык NCALayer: {locale}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to sign</source>
        <translation>Подписывать нечего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer did not accept the request ({ncalayer_code}): update NCALayer and try again</source>
        <translation>NCALayer не принял запрос ({ncalayer_code}): обновите NCALayer и повторите попытку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCALayer gave an answer this program does not understand: update NCALayer and try again</source>
        <translation>NCALayer дал ответ, который эта программа не понимает: обновите NCALayer и повторите попытку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time-stamp authority address must start with http:// or https://</source>
        <translation>Адрес службы меток времени должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a PEM certificate: the text must contain -----BEGIN CERTIFICATE-----</source>
        <translation>Это не сертификат PEM: текст должен содержать -----BEGIN CERTIFICATE-----</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of the time-stamp authority in the settings is not valid PEM: set it again</source>
        <translation>Сертификат службы меток времени в настройках — недопустимый PEM: задайте его заново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A time-stamp is asked for a SHA-256 digest of 32 bytes</source>
        <translation>Метка времени запрашивается для хэша SHA-256 длиной 32 байта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time-stamp authority answered with HTTP error {http_status}: the time-stamps wait and are asked for again later</source>
        <translation>Служба меток времени ответила ошибкой HTTP {http_status}: метки времени ожидают и будут запрошены позже снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time-stamp authority cannot be reached: the time-stamps wait and are asked for again later</source>
        <translation>Служба меток времени недоступна: метки времени ожидают и будут запрошены позже снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time-stamp authority refused the request (status {status}): check its address in the settings</source>
        <translation>Служба меток времени отклонила запрос (статус {status}): проверьте её адрес в настройках</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer of the time-stamp authority is not a valid time-stamp, so it was not kept: check its address and certificate in the settings</source>
        <translation>Ответ службы меток времени — не действительная метка времени, поэтому он не сохранён: проверьте её адрес и сертификат в настройках</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts_server.py" line="+14"/>
        <source>The database server refused the password of {account}</source>
        <translation>Сервер базы данных не принял пароль {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server needs a password: enter it and try again</source>
        <translation>Серверу базы данных нужен пароль: введите его и повторите попытку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server of {account} cannot be reached: {reason}</source>
        <translation>Сервер базы данных {account} недоступен: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no schema for this unit that this user may use: ask its administrator</source>
        <translation>На сервере нет схемы подразделения, доступной этому пользователю: обратитесь к администратору сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown kind of database: give a PostgreSQL server or this PC&apos;s file</source>
        <translation>Неизвестный вид базы данных: укажите сервер PostgreSQL или файл этого компьютера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server database needs a host, a user and a database name</source>
        <translation>Для базы данных на сервере нужны хост, пользователь и имя базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port must be a number from 1 to 65535</source>
        <translation>Порт должен быть числом от 1 до 65535</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit&apos;s schema must be 2 to 41 small Latin letters, digits or _ and start with a letter</source>
        <translation>Схема подразделения — от 2 до 41 строчной латинской буквы, цифры или _, первой должна быть буква</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database password is not kept in the settings: it goes to the system&apos;s credential store, or is asked for at start-up</source>
        <translation>Пароль базы данных не хранится в настройках: он попадает в системное хранилище учётных данных или запрашивается при запуске</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the password of the database server</source>
        <translation>Введите пароль сервера базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s credential store could not keep the password; untick the box to type it at each start</source>
        <translation>Системное хранилище учётных данных не смогло сохранить пароль; снимите отметку, чтобы вводить его при каждом запуске</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault folder {path} does not exist or is not reachable from this PC</source>
        <translation>Папка хранилища {path} не существует или недоступна с этого компьютера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown TLS mode of the database connection: {value}</source>
        <translation>Неизвестный режим TLS подключения к базе данных: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database (schema {revision}) was made by a newer version of this program: update the program</source>
        <translation>База данных (схема {revision}) создана более новой версией этой программы: обновите программу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit&apos;s database on the server needs an upgrade this account may not make: the server&apos;s administrator runs «inspector-app server upgrade-unit»</source>
        <translation>Базу данных подразделения на сервере нужно обновить, но этой учётной записи это не разрешено: администратор сервера выполняет «inspector-app server upgrade-unit»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} must be 2 to 41 small Latin letters, digits or _ and start with a letter</source>
        <translation>{what}: имя должно состоять из 2–41 строчных латинских букв, цифр или _ и начинаться с буквы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server already has a role {role}</source>
        <translation>На сервере уже есть роль {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server already has a schema {schema}</source>
        <translation>На сервере уже есть схема {schema}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This unit already works on a server database</source>
        <translation>Это подразделение уже работает с базой данных на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server database already holds a unit&apos;s data: give an empty database (or schema) for this unit</source>
        <translation>В базе данных на сервере уже есть данные подразделения: укажите для этого подразделения пустую базу данных (или схему)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy on the server differs from this database in the tables {tables}, so nothing was kept on the server: try again</source>
        <translation>Копия на сервере отличается от этой базы данных в таблицах {tables}, поэтому на сервере ничего не сохранено: повторите попытку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tool} was not found: install the PostgreSQL client tools on this PC</source>
        <translation>{tool} не найден: установите на этот компьютер клиентские инструменты PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tool} failed: ask the administrator of the database server</source>
        <translation>{tool} завершился с ошибкой: обратитесь к администратору сервера базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists: a backup goes into a new folder</source>
        <translation>{path} уже существует: резервная копия записывается в новую папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file of this unit is missing: no backup was made</source>
        <translation>Файл базы данных этого подразделения отсутствует: резервная копия не создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault file {path} is damaged, so no backup was made: run the verification in the Audit section</source>
        <translation>Файл хранилища {path} повреждён, поэтому резервная копия не создана: запустите проверку в разделе «Аудит»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup does not verify, so it is not used: make a new backup or restore another one</source>
        <translation>Резервная копия не проходит проверку, поэтому не используется: создайте новую резервную копию или восстановите другую</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of files of the backup names a file outside the backup: the backup cannot be trusted</source>
        <translation>В списке файлов резервной копии назван файл вне резервной копии: этой резервной копии нельзя доверять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} changed while it was being restored: the backup cannot be trusted</source>
        <translation>Файл {path} изменился во время восстановления: этой резервной копии нельзя доверять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a backup of a PostgreSQL database: name the new, empty database to restore it into</source>
        <translation>Это резервная копия базы данных PostgreSQL: укажите новую пустую базу данных, в которую её восстановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a backup of a SQLite database: it is restored into the data folder alone, not into a database server</source>
        <translation>Это резервная копия базы данных SQLite: она восстанавливается только в папку данных, а не на сервер базы данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database address holds a password: give the password in PGPASSWORD instead</source>
        <translation>Адрес базы данных содержит пароль: вместо этого передайте пароль через PGPASSWORD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database to restore into cannot be opened: check its address and password</source>
        <translation>Базу данных, в которую выполняется восстановление, не удаётся открыть: проверьте её адрес и пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty: a backup is restored only into a new data folder; nothing was touched</source>
        <translation>Папка {path} не пуста: резервная копия восстанавливается только в новую папку данных; ничего не изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is not empty: a backup is restored only into a new, empty database; nothing was touched</source>
        <translation>База данных не пуста: резервная копия восстанавливается только в новую пустую базу данных; ничего не изменено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation key cannot be unlocked on this PC: its secret is missing or belongs to another installation; tell the administrator</source>
        <translation>Ключ установки не удаётся разблокировать на этом компьютере: его секрет отсутствует или принадлежит другой установке; сообщите администратору</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored installation key is damaged (it does not match its public half): tell the administrator</source>
        <translation>Сохранённый ключ установки повреждён (не соответствует своей открытой части): сообщите администратору</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows refused to protect or unprotect the installation secret: tell the administrator</source>
        <translation>Windows отказалась защитить или раскрыть секрет установки: сообщите администратору</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installation secret of this PC is damaged: tell the administrator</source>
        <translation>Секрет установки на этом компьютере повреждён: сообщите администратору</translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <location filename="../../ui/pages/evidence_export.py" line="+115"/>
        <source>Export evidence package…</source>
        <translation>Выгрузить пакет доказательств…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Exporting an evidence package</source>
        <translation>Выгрузка пакета доказательств</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Evidence package</source>
        <translation>Пакет доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) written to {1} and verified.
SHA-256 of manifest.json: {2}</source>
        <translation>Видеозаписей: {0}, записаны в {1} и проверены.
SHA-256 файла manifest.json: {2}</translation>
    </message>
</context>
<context>
    <name>EvidenceExportDialog</name>
    <message>
        <location line="-131"/>
        <source>Export evidence package</source>
        <translation>Выгрузка пакета доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recording ({0})</source>
        <translation>Эта видеозапись ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {0} recordings of its issue</source>
        <translation>Все видеозаписи её выдачи ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ZIP file</source>
        <translation>Один ZIP-файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recordings:</source>
        <translation>Видеозаписи:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custody sheet language:</source>
        <translation>Язык акта о цепочке хранения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder (USB stick, network share):</source>
        <translation>Папка (USB-накопитель, сетевая папка):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package name:</source>
        <translation>Имя пакета:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where to write the package</source>
        <translation>Куда записать пакет</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_return_dialogs.py" line="+100"/>
        <source>Report a fault</source>
        <translation>Сообщение о неисправности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the fault</source>
        <translation>Описание неисправности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened and when</source>
        <translation>Что произошло и когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The head and the responsible person are notified at once, and the fault is entered in the journal (п.20).</source>
        <translation>Руководитель и ответственное лицо уведомляются незамедлительно, а неисправность вносится в журнал (п.20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported by</source>
        <translation>Сообщает о неисправности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the recorder</source>
        <translation>Выберите видеорегистратор</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+24"/>
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
    <message>
        <location line="+1"/>
        <source>Registration index</source>
        <translation>Регистрационный индекс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the fault</source>
        <translation>Описание неисправности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility&apos;s address</source>
        <translation>Адрес объекта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The facility&apos;s name</source>
        <translation>Наименование объекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility&apos;s type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The subject&apos;s name</source>
        <translation>Наименование субъекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The number of the act of appointment</source>
        <translation>Номер акта о назначении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proof of elimination</source>
        <translation>Подтверждение устранения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason for the hold</source>
        <translation>Причина запрета уничтожения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reason for the release</source>
        <translation>Причина снятия запрета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The registration of the act</source>
        <translation>Регистрация акта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The representative</source>
        <translation>Представитель</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/pages/follow_up_page.py" line="+35"/>
        <source>Deadlines shown</source>
        <translation>Показываемые сроки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due and overdue</source>
        <translation>В сроке и просроченные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark eliminated…</source>
        <translation>Отметить устранённым…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln violation(s) shown</source>
        <translation>
            <numerusform>показано %Ln нарушение</numerusform>
            <numerusform>показано %Ln нарушения</numerusform>
            <numerusform>показано %Ln нарушений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>просрочено: %Ln</numerusform>
            <numerusform>просрочено: %Ln</numerusform>
            <numerusform>просрочено: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FootageDetails</name>
    <message>
        <location filename="../../ui/pages/footage_details.py" line="+71"/>
        <source>Selected recording</source>
        <translation>Выбранная видеозапись</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a recording to see its hash, times and the continuity of its issue.</source>
        <translation>Выберите видеозапись, чтобы просмотреть ее хеш, время и непрерывность записи за период выдачи видеорегистратора.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File on the recorder: {0}</source>
        <translation>Файл на видеорегистраторе: {0}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Details of the selected recording</source>
        <translation>Сведения о выбранной видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start: {0} (recorder&apos;s text: {1})</source>
        <translation>Начало: {0} (по данным видеорегистратора: {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration {0}, size {1}</source>
        <translation>Длительность {0}, размер {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored: {0}</source>
        <translation>Дата и время сохранения: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The footage is locked: its frame and file open once the storage password is entered.</source>
        <translation>Видеозаписи закрыты: кадр и файл откроются после ввода пароля хранилища.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be decoded; it is stored byte for byte all the same.</source>
        <translation>Файл не удалось декодировать; тем не менее он сохранен побайтно без изменений.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Made while the recorder was not issued: no journal entry.</source>
        <translation>Сделана в период, когда видеорегистратор не был выдан: записи в журнале нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuity of {0}</source>
        <translation>Непрерывность видеозаписи — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry {0}</source>
        <translation>запись журнала {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked yet</source>
        <translation>еще не проверено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no breaks</source>
        <translation>перерывов нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The issue has no recording at all</source>
        <translation>За период выдачи видеорегистратора нет ни одной видеозаписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gap of {0} after {1}</source>
        <translation>Перерыв {0} после {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… {0} gaps in all</source>
        <translation>… всего перерывов: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing file numbers: {0}</source>
        <translation>Отсутствуют файлы с номерами: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} recording(s) made while the recorder was not issued</source>
        <translation>Видеозаписей, сделанных в период, когда видеорегистратор не был выдан: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} recording(s) with no known start</source>
        <translation>Видеозаписей с неизвестным временем начала: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorder clock: not checked yet</source>
        <translation>Часы видеорегистратора: еще не проверены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock at the dock of {0}: unknown</source>
        <translation>Расхождение часов видеорегистратора при подключении к док-станции {0}: неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder clock at the dock of {0}: {1:+d} s (tolerance {2} s)</source>
        <translation>Расхождение часов видеорегистратора при подключении к док-станции {0}: {1:+d} с (допуск {2} с)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock at the dock of {0}: at least {1:+d} s, from its newest file (tolerance {2} s)</source>
        <translation>Расхождение часов видеорегистратора при подключении к док-станции {0}: не менее {1:+d} с, по последнему файлу (допуск {2} с)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the recorder clock (п.17)</source>
        <translation>настройте часы видеорегистратора (п.17)</translation>
    </message>
</context>
<context>
    <name>FootageFilters</name>
    <message>
        <location filename="../../ui/pages/footage_filters.py" line="+22"/>
        <source>Gap in recording</source>
        <translation>Разрыв в записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder clock off</source>
        <translation>Часы видеорегистратора неточны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded while not issued</source>
        <translation>Записано, когда не был выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (bookmarked or cited)</source>
        <translation>Доказательство (есть закладка или ссылка в нарушении)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under a legal hold</source>
        <translation>Под запретом уничтожения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroyed</source>
        <translation>Уничтожена</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in notes, file names and hashes</source>
        <translation>Поиск в заметках, именах файлов и хэшах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal issue</source>
        <translation>Выдача по журналу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Признак</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by issue</source>
        <translation>Группировать по выдаче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One visit at a time: each journal issue with its segments in order</source>
        <translation>По одному выезду: каждая выдача журнала со своими фрагментами по порядку</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All recorders</source>
        <translation>Все видеорегистраторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All inspectors</source>
        <translation>Все инспекторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All journal entries</source>
        <translation>Все записи журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any recording</source>
        <translation>Все видеозаписи</translation>
    </message>
</context>
<context>
    <name>FootagePage</name>
    <message>
        <location filename="../../ui/pages/footage_page.py" line="+177"/>
        <source>Stored footage</source>
        <translation>Сохраненные видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Видеозаписи</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln recording(s)</source>
        <translation>
            <numerusform>%Ln видеозапись</numerusform>
            <numerusform>%Ln видеозаписи</numerusform>
            <numerusform>%Ln видеозаписей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No. {0} of volume {1}: {2}, {3}, {4}</source>
        <translation>№ {0} (том {1}): {2}, {3}, {4}</translation>
    </message>
</context>
<context>
    <name>IngestPanel</name>
    <message>
        <location filename="../../ui/pages/ingest_panel.py" line="+189"/>
        <source>Docked recorders</source>
        <translation>Видеорегистраторы на док-станциях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recorder is docked. Recordings are stored automatically while a recorder charges on its dock (п.11).</source>
        <translation>Ни один видеорегистратор не подключен к док-станции. Записи сохраняются автоматически во время зарядки видеорегистратора на док-станции (п.11).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no serial number</source>
        <translation>нет серийного номера</translation>
    </message>
</context>
<context>
    <name>IngestRow</name>
    <message>
        <location line="-109"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for another recorder&apos;s ingest to end</source>
        <translation>Ожидание завершения загрузки записей с другого видеорегистратора</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0:.0f} of {1:.0f} MB</source>
        <translation>{0:.0f} из {1:.0f} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:.1f} MB/s</source>
        <translation>{0:.1f} MB/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}:{1:02d} left</source>
        <translation>осталось {0}:{1:02d}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed: {0}</source>
        <translation>Ошибка: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} stored, {1} already there</source>
        <translation>сохранено файлов: {0}, уже было в хранилище: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0}</source>
        <translation>Завершено ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: {0}; the rest comes at the next dock</source>
        <translation>Отменено ({0}); остальные файлы будут загружены при следующем подключении к док-станции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial {0} is not in the register: bind it to an inventory number (п.7)</source>
        <translation>Серийный номер {0} не зарегистрирован: привяжите его к инвентарному номеру (п.7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: {0}. {1}</source>
        <translation>Остановлено ({0}). {1}</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/inspection_dialog.py" line="+221"/>
        <source>Change the inspection</source>
        <translation>Изменение проверки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New inspection</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject and facility</source>
        <translation>Субъект и объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis and inspectors</source>
        <translation>Основание и инспекторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings and recorders</source>
        <translation>Результаты и видеорегистраторы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject of control</source>
        <translation>Субъект контроля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazardous production facility</source>
        <translation>Опасный производственный объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of facility</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility address</source>
        <translation>Адрес объекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number of the facility</source>
        <translation>Регистрационный номер объекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative of the subject</source>
        <translation>Представитель субъекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s position</source>
        <translation>Должность представителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of control</source>
        <translation>Вид контроля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of appointment: number</source>
        <translation>Акт о назначении: номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of appointment: date</source>
        <translation>Акт о назначении: дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration of the act (legal statistics)</source>
        <translation>Регистрация акта (правовая статистика)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection from</source>
        <translation>Проверка с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection to</source>
        <translation>Проверка по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other inspectors</source>
        <translation>Другие инспекторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drawing up</source>
        <translation>Место составления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorders taken (journal issues)</source>
        <translation>Взятые видеорегистраторы (выдачи по журналу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations of earlier prescriptions this visit checks</source>
        <translation>Нарушения прежних предписаний, проверяемые этим посещением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act of appointment is registered</source>
        <translation>Акт о назначении зарегистрирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal has no issue of a recorder to the inspectors chosen.</source>
        <translation>В журнале нет выдачи видеорегистратора выбранным инспекторам.</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <location filename="../../ui/models/inspection_models.py" line="+16"/>
        <source>Preventive control with a visit</source>
        <translation>Профилактический контроль с посещением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-based inspection</source>
        <translation>Проверка на основе оценки рисков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unscheduled inspection</source>
        <translation>Внеплановая проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation of an accident or incident</source>
        <translation>Расследование аварии, инцидента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check of compliance with permit requirements</source>
        <translation>Проверка на соответствие разрешительным требованиям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescription</source>
        <translation>Предписание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>В сроке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminated</source>
        <translation>Устранено</translation>
    </message>
</context>
<context>
    <name>InspectionModels</name>
    <message>
        <location line="+35"/>
        <source>Subject of control</source>
        <translation>Субъект контроля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of control</source>
        <translation>Вид контроля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead inspector</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents issued</source>
        <translation>Выдано документов</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+8"/>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Deadline</source>
        <translation>Срок устранения</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued at</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminated on</source>
        <translation>Дата устранения</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{0} (replaces an earlier one)</source>
        <translation>{0} (взамен прежнего)</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../ui/pages/inspections_page.py" line="+110"/>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections and acts</source>
        <translation>Проверки и акты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up of prescriptions</source>
        <translation>Исполнение предписаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Новая…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Print the badge…</source>
        <translation>Печать нагрудного знака…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations found</source>
        <translation>Выявленные нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add violation…</source>
        <translation>Добавить нарушение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln inspection(s)</source>
        <translation>
            <numerusform>%Ln проверка</numerusform>
            <numerusform>%Ln проверки</numerusform>
            <numerusform>%Ln проверок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Remove the violation</source>
        <translation>Удаление нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove violation {0}?</source>
        <translation>Удалить нарушение {0}?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the badges as</source>
        <translation>Сохранить нагрудные знаки как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges saved to {0}</source>
        <translation>Нагрудные знаки сохранены: {0}</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <location filename="../../ui/pages/integrity_panel.py" line="+71"/>
        <source>Verify everything…</source>
        <translation>Проверить всё…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Verifying…</source>
        <translation>Идёт проверка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying the store</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK: no problem found</source>
        <translation>В порядке: проблем не найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found: {0}</source>
        <translation>Найдено проблем: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verification cancelled</source>
        <translation>Проверка отменена</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="-89"/>
        <source>The verification was cancelled before it ended.</source>
        <translation>Проверка отменена до завершения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found: {0}</source>
        <translation>Найдено проблем: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK: everything is in order, no problem found.</source>
        <translation>В порядке: всё цело, проблем не найдено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked:</source>
        <translation>Проверено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-hashed: {0}</source>
        <translation>Заново хешировано: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamps still pending: {0}</source>
        <translation>Ещё ожидают меток времени: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the audit trail as event No. {0}.</source>
        <translation>Записано в журнал аудита как событие № {0}.</translation>
    </message>
</context>
<context>
    <name>IntegrityReportDialog</name>
    <message>
        <location line="+48"/>
        <source>Verification report</source>
        <translation>Отчёт о проверке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the store, the audit trail and the journal are intact.</source>
        <translation>В порядке: хранилище, журнал аудита и журнал выдачи целы.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_issue_dialog.py" line="+87"/>
        <source>Issue a recorder</source>
        <translation>Выдача видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charge</source>
        <translation>Заряд аккумулятора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read yet</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the charge off the recorder when handing it over (п.20)</source>
        <translation>При выдаче проверьте заряд аккумулятора по показаниям видеорегистратора (п.20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue anyway, reason:</source>
        <translation>Выдать несмотря на это, причина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the recorder is issued with a low battery</source>
        <translation>Почему видеорегистратор выдается с низким зарядом аккумулятора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock offset</source>
        <translation>Расхождение часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds the recorder clock is ahead (+) or behind (−) the PC clock</source>
        <translation>На сколько секунд часы видеорегистратора спешат (+) или отстают (−) от часов компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector receiving</source>
        <translation>Получает инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing over</source>
        <translation>Выдает</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Below the unit&apos;s minimum of {0} %: charge the recorder, or give a reason to issue it anyway</source>
        <translation>Ниже установленного в подразделении минимума {0} %: зарядите видеорегистратор или укажите причину, по которой он все же выдается</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More than {0} s off: set the recorder clock before issuing it (п.17)</source>
        <translation>Расхождение больше {0} с: перед выдачей настройте часы видеорегистратора (п.17)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the recorder clock with the PC clock (п.17). PC clock now: {0}</source>
        <translation>Сверьте часы видеорегистратора с часами компьютера (п.17). Время на компьютере: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no recorder in store to issue</source>
        <translation>Нет видеорегистраторов на хранении для выдачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the battery charge read off the recorder (п.20)</source>
        <translation>Введите заряд аккумулятора по показаниям видеорегистратора (п.20)</translation>
    </message>
</context>
<context>
    <name>IssueDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="-127"/>
        <source>Issue: {0}</source>
        <translation>Выдача: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left blank (filled in by hand)</source>
        <translation>Оставить пустым (заполняется от руки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by the representative</source>
        <translation>Представитель ознакомлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The representative refused to sign</source>
        <translation>Представитель отказался от подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of drawing up</source>
        <translation>Место составления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn up at</source>
        <translation>Дата и время составления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the refusal</source>
        <translation>Отметка об отказе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: a new document</source>
        <translation>Ничего: новый документ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>№ {0} of {1} ({2})</source>
        <translation>№ {0} от {1} ({2})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Representative: {0}</source>
        <translation>Представитель: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection names no representative: add one to the inspection first.</source>
        <translation>В проверке не указан представитель: сначала добавьте его в проверку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refusal is recorded by the lead inspector, {0}.</source>
        <translation>Отказ отмечает руководитель группы {0}.</translation>
    </message>
</context>
<context>
    <name>JournalDetails</name>
    <message>
        <location filename="../../ui/pages/journal_details.py" line="+51"/>
        <source>Selected entry</source>
        <translation>Выбранная запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected entry</source>
        <translation>Сведения о выбранной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify signatures</source>
        <translation>Проверить подписи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an entry to see its remarks and signatures.</source>
        <translation>Выберите запись, чтобы просмотреть ее примечания и подписи.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume {0}, entry No. {1}</source>
        <translation>Том {0}, запись № {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose: {0}</source>
        <translation>Цель: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery: {0} %</source>
        <translation>Заряд аккумулятора: {0} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorder clock: {0:+d} s</source>
        <translation>Расхождение часов видеорегистратора: {0:+d} с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned: {0}</source>
        <translation>Сдан: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition on return: {0}</source>
        <translation>Состояние при сдаче: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data stored: {0}</source>
        <translation>Информация сохранена: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Struck through {0}: {1}</source>
        <translation>Запись зачеркнута {0}, причина: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No remarks</source>
        <translation>Примечаний нет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No signatures</source>
        <translation>Подписей нет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All signatures are valid ({0} checked)</source>
        <translation>Все подписи действительны (проверено: {0})</translation>
    </message>
</context>
<context>
    <name>JournalDialogs</name>
    <message>
        <location filename="../../ui/dialogs/journal_fields.py" line="+49"/>
        <source>Entry № {0} (volume {1}): recorder {2}, {3}, issued {4}</source>
        <translation>Запись № {0} (том {1}): видеорегистратор {2}, {3}, выдан {4}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, returned {0}</source>
        <translation>, сдан {0}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ui/pages/journal_page.py" line="+217"/>
        <source>Journal of issue and return of recorders</source>
        <translation>Журнал учета выдачи и сдачи видеорегистратора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open issues only</source>
        <translation>Только несданные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>Сдать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a fault…</source>
        <translation>Сообщить о неисправности…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike and correct…</source>
        <translation>Зачеркнуть и исправить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close volume…</source>
        <translation>Закрыть том…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a recorder to an inspector</source>
        <translation>Выдать видеорегистратор инспектору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected recorder back</source>
        <translation>Принять выбранный видеорегистратор обратно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a volume of the journal to PDF</source>
        <translation>Напечатать том журнала в PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No journal volume is open.</source>
        <translation>Открытого тома журнала нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {0}, registration index {1}, started {2}</source>
        <translation>Том {0}, регистрационный индекс {1}, начат {2}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All volumes</source>
        <translation>Все тома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume {0}</source>
        <translation>Том {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All recorders</source>
        <translation>Все видеорегистраторы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Save the journal as</source>
        <translation>Сохранить журнал как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Printing the journal</source>
        <translation>Печать журнала</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal is printed</source>
        <translation>Журнал напечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {0}
Pages: {1}, entries: {2}</source>
        <translation>Сохранено в файл {0}
Листов: {1}, записей: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal is not printed</source>
        <translation>Журнал не напечатан</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../ui/models/journal_table_model.py" line="+34"/>
        <source>No.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder inventory number</source>
        <translation>Инвентарный номер видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the user</source>
        <translation>Ф.И.О. пользователя видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, time and signature of receipt</source>
        <translation>Дата и время, подпись о получении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, time and signature of return</source>
        <translation>Дата и время, подпись о сдаче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time the data was stored</source>
        <translation>Дата и время сохранения информации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not returned</source>
        <translation>не сдан</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Struck through: {0}</source>
        <translation>Запись зачеркнута, причина: {0}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Volume {0}, entry {1}</source>
        <translation>Том {0}, запись № {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: not returned in time</source>
        <translation>Просрочено: видеорегистратор не сдан вовремя</translation>
    </message>
</context>
<context>
    <name>KeyFileSignDialog</name>
    <message>
        <location filename="../../ui/dialogs/document_dialogs.py" line="+44"/>
        <source>Sign with a key file</source>
        <translation>Подпись файлом ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} № {1}</source>
        <translation>{0} № {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file (.p12, .pfx)</source>
        <translation>Файл ключа (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the key</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the key file</source>
        <translation>Выбор файла ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>KeySlotsTableModel</name>
    <message>
        <location filename="../../ui/models/key_slots_table_model.py" line="+19"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key (sheet in the safe)</source>
        <translation>Ключ восстановления (лист в сейфе)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>Задан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Кем задан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked {0}</source>
        <translation>отозван {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoked by {0}</source>
        <translation>Отозвал: {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+12"/>
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
    <message>
        <location line="+3"/>
        <source>Preventive control with a visit</source>
        <translation>Профилактический контроль с посещением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation</source>
        <translation>Расследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not returned</source>
        <translation>Не сдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned, not yet stored</source>
        <translation>Сдан, информация еще не сохранена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored</source>
        <translation>Информация сохранена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault report</source>
        <translation>Запись о неисправности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Struck through</source>
        <translation>Зачеркнута</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Неисправность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued with a low battery</source>
        <translation>Выдан при низком заряде аккумулятора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Состояние при сдаче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received the recorder</source>
        <translation>Получение видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued the recorder</source>
        <translation>Выдача видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned the recorder</source>
        <translation>Сдача видеорегистратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received it back</source>
        <translation>Прием сданного видеорегистратора</translation>
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
        <location filename="../../ui/main_window.py" line="+441"/>
        <source>Recorder journal and footage</source>
        <translation>Журнал видеорегистраторов и видеозаписи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+69"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Recorder journal and footage, version {0}.
Order No. 444 of the Minister of Emergency Situations of the Republic of Kazakhstan.</source>
        <translation>Журнал видеорегистраторов и видеозаписи, версия {0}.
Приказ Министра по чрезвычайным ситуациям Республики Казахстан № 444.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="+27"/>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new recovery key replaces the one on the sheet in the safe: the old sheet stops opening the footage. Print the new sheet, put it in the safe and destroy the old one.</source>
        <translation>Новый ключ восстановления заменяет ключ с листа в сейфе: старый лист перестаёт открывать видеозаписи. Распечатайте новый лист, положите его в сейф, а старый уничтожьте.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new key</source>
        <translation>Создать новый ключ</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../ui/notifications_bar.py" line="+26"/>
        <source>Recorder fault</source>
        <translation>Неисправность видеорегистратора</translation>
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
        <translation>Принять к сведению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen: it disappears for everyone</source>
        <translation>Отметить как принятое к сведению: уведомление исчезнет у всех пользователей</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/dialogs/person_fields.py" line="+29"/>
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
        <location filename="../../ui/dialogs/setup_wizard.py" line="+80"/>
        <source>Order of appointment (number and date)</source>
        <translation>Приказ о назначении (номер и дата)</translation>
    </message>
    <message>
        <location line="+40"/>
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
    <name>PlayerBookmarks</name>
    <message>
        <location filename="../../ui/player/player_bookmarks.py" line="+55"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note here…</source>
        <translation>Заметка здесь…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note at the current moment of the recording on screen</source>
        <translation>Заметка к текущему моменту видеозаписи на экране</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>segment {0}: </source>
        <translation>фрагмент {0}: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet</source>
        <translation>Заметок пока нет</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <location filename="../../ui/player/player_dialog.py" line="+39"/>
        <source>Footage: {0}</source>
        <translation>Видеозапись: {0}</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../../ui/player/player_widget.py" line="+126"/>
        <source>◀| Frame back</source>
        <translation>◀| Кадр назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame |▶</source>
        <translation>Кадр |▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame back</source>
        <translation>На кадр назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame forward</source>
        <translation>На кадр вперед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a still…</source>
        <translation>Сохранить кадр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position in the recording</source>
        <translation>Позиция в видеозаписи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The recording cannot be played</source>
        <translation>Запись невозможно воспроизвести</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Recorder time unknown</source>
        <translation>Время регистратора неизвестно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(corrected {0}, clock {1:+d} s)</source>
        <translation>(с поправкой {0}, часы {1:+d} с)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>segment {0} of {1}</source>
        <translation>фрагмент {0} из {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorder {0}, file {1}</source>
        <translation>Регистратор {0}, файл {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: {0}</source>
        <translation>Время: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a still</source>
        <translation>Сохранить кадр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no frame to save yet: play the recording first</source>
        <translation>Кадра для сохранения ещё нет: сначала воспроизведите запись</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The still could not be saved: {0}</source>
        <translation>Не удалось сохранить кадр: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../ui/pages/journal_print.py" line="+45"/>
        <source>Volume {0} ({1}), from {2}</source>
        <translation>Том {0} ({1}), с {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {0} ({1}), {2} – {3}</source>
        <translation>Том {0} ({1}), {2} – {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the journal</source>
        <translation>Печать журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the journal</source>
        <translation>Язык журнала</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/dialogs/recorder_dialogs.py" line="+38"/>
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
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln recorder(s)</source>
        <translation>
            <numerusform>%Ln видеорегистратор</numerusform>
            <numerusform>%Ln видеорегистратора</numerusform>
            <numerusform>%Ln видеорегистраторов</numerusform>
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
    <name>RecordingsTableModel</name>
    <message>
        <location filename="../../ui/models/recordings_table_model.py" line="+29"/>
        <source>Frame</source>
        <translation>Кадр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from</source>
        <translation>Источник времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>held</source>
        <translation>запрет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroyed</source>
        <translation>уничтожена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video header</source>
        <translation>заголовок видеофайла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file time</source>
        <translation>время файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+147"/>
        <source>not issued</source>
        <translation>не выдан</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gap</source>
        <translation>разрыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock</source>
        <translation>часы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence</source>
        <translation>доказательство</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>no issue</source>
        <translation>вне выдачи</translation>
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
            <numerusform>№ {0} тома {1}: {2}, {3}, {4}, %Ln фрагмент</numerusform>
            <numerusform>№ {0} тома {1}: {2}, {3}, {4}, %Ln фрагмента</numerusform>
            <numerusform>№ {0} тома {1}: {2}, {3}, {4}, %Ln фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>locked</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The frame is hidden while the footage is locked: enter the storage password</source>
        <translation>Пока видеозаписи закрыты, кадр не показывается: введите пароль хранилища</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_key_dialog.py" line="+152"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location line="-58"/>
        <source>Language of the sheet</source>
        <translation>Язык листа восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the recovery key of the footage storage. It opens all the footage when both storage passwords are lost. It is shown only now: print the recovery sheet and keep it sealed in the unit&apos;s safe.</source>
        <translation>Это ключ восстановления хранилища видеозаписей. Он открывает все видеозаписи, если утрачены оба пароля хранилища. Ключ показывается только сейчас: распечатайте лист восстановления и храните его опечатанным в сейфе подразделения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the storage key (on the sheet too): {0}</source>
        <translation>Отпечаток ключа хранилища (есть и на листе): {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone holding this key can open all the footage. If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>Любой, у кого есть этот ключ, может открыть все видеозаписи. Если утрачены оба пароля хранилища и лист восстановления, видеозаписи потеряны навсегда: их не сможет открыть никто и никогда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the recovery sheet…</source>
        <translation>Распечатать лист восстановления…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery sheet is printed (or the key written down) for the unit&apos;s safe</source>
        <translation>Лист восстановления распечатан (или ключ записан) для сейфа подразделения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the recovery sheet as</source>
        <translation>Сохранить лист восстановления как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved as {0}. Print it now, then delete the file: a copy on a computer opens the footage as well as the sheet does.</source>
        <translation>Сохранено как {0}. Распечатайте его сейчас, а файл удалите: копия на компьютере открывает видеозаписи так же, как и лист.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_storage_pages.py" line="+109"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown only now. Print the sheet for the unit&apos;s safe before you finish.</source>
        <translation>Показывается только сейчас. Перед завершением распечатайте лист для сейфа подразделения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit is created, but its storage password is not set: {0}. The head sets it in Settings.</source>
        <translation>Подразделение создано, но пароль хранилища не задан: {0}. Руководитель задаёт его в разделе «Настройки».</translation>
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
    <name>ResponsibleSlotDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-77"/>
        <source>Storage password of the responsible person</source>
        <translation>Пароль хранилища ответственного лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is now the responsible person.</source>
        <translation>{0} теперь назначен(а) ответственным лицом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The responsible person types their own storage password twice, here, in your session; nobody else sees it. With it they see the footage (п.6, п.13).</source>
        <translation>Ответственное лицо дважды вводит свой пароль хранилища здесь, в вашем сеансе; никто другой его не видит. С ним оно видит видеозаписи (п.6, п.13).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their storage password</source>
        <translation>Его (её) пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their storage password again</source>
        <translation>Повтор его (её) пароля хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../ui/pages/retention_tables.py" line="+27"/>
        <source>Check of permit requirements</source>
        <translation>Проверка на соответствие разрешительным требованиям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive control with a visit</source>
        <translation>Профилактический контроль с посещением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection or investigation</source>
        <translation>Проверка или расследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative offence case</source>
        <translation>Дело об административном правонарушении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other recordings</source>
        <translation>Прочие видеозаписи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting the head&apos;s decision</source>
        <translation>Ожидает решения руководителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved, destroyed</source>
        <translation>Утверждён, уничтожено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason of the hold</source>
        <translation>Основание запрета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed by</source>
        <translation>Кем установлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed at</source>
        <translation>Когда установлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed by</source>
        <translation>Кем предложен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed at</source>
        <translation>Когда предложен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Видеозаписей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Кем решено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at</source>
        <translation>Когда решено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note and comment</source>
        <translation>Примечание и комментарий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of recording</source>
        <translation>Вид видеозаписи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept, months</source>
        <translation>Хранится, месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed at</source>
        <translation>Когда изменено</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="+130"/>
        <source>Retention and destruction of recordings</source>
        <translation>Хранение и уничтожение видеозаписей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place a hold…</source>
        <translation>Запретить уничтожение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose for destruction…</source>
        <translation>Предложить к уничтожению…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release…</source>
        <translation>Снять запрет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PC clock is in doubt, so no recording is judged expiring or expired. The head confirms the clock in the Audit section; then this page shows them again.</source>
        <translation>Часы компьютера вызывают сомнение, поэтому ни одна видеозапись не считается истекающей или истёкшей. Руководитель подтверждает часы в разделе «Аудит»; после этого страница снова их покажет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expires in 30 days ({0})</source>
        <translation>Истекает за 30 дней ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in 90 days ({0})</source>
        <translation>Истекает за 90 дней ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired, awaiting destruction ({0})</source>
        <translation>Срок истёк, ожидают уничтожения ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held ({0})</source>
        <translation>Под запретом уничтожения ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction lists ({0})</source>
        <translation>Списки на уничтожение ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Правила хранения</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only the head releases a legal hold</source>
        <translation>Запрет уничтожения снимает только руководитель</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tick the recordings to propose for destruction first.</source>
        <translation>Сначала отметьте видеозаписи, предлагаемые к уничтожению.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose for destruction</source>
        <translation>Предложить к уничтожению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} expired recording(s) go on a destruction list. Nothing is destroyed until the head approves the list.</source>
        <translation>Видеозаписи с истёкшим сроком ({0}) включаются в список на уничтожение. Ничего не уничтожается, пока руководитель не утвердит список.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick the recordings to hold first.</source>
        <translation>Сначала отметьте видеозаписи, на которые налагается запрет уничтожения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place a legal hold</source>
        <translation>Запрет уничтожения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) are kept, whatever their age, until the head releases the hold.</source>
        <translation>Видеозаписи ({0}) хранятся независимо от срока, пока руководитель не снимет запрет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Place the hold</source>
        <translation>Установить запрет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Release the legal hold</source>
        <translation>Снять запрет уничтожения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hold on {0} · {1} is released; the recording is kept for its period again.</source>
        <translation>Запрет на {0} · {1} снимается; видеозапись снова хранится в течение своего срока.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Снять запрет</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/journal_return_dialogs.py" line="-65"/>
        <source>Return a recorder</source>
        <translation>Сдача видеорегистратора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorder is faulty</source>
        <translation>Видеорегистратор неисправен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector returning</source>
        <translation>Сдает инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving back</source>
        <translation>Принимает</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description of the fault</source>
        <translation>Описание неисправности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong with the recorder (required): the head and the responsible person are notified</source>
        <translation>В чем неисправность видеорегистратора (обязательно): руководитель и ответственное лицо получат уведомление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition of the recorder on return (optional)</source>
        <translation>Состояние видеорегистратора при сдаче (необязательно)</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <location filename="../../ui/pages/review_panel.py" line="-104"/>
        <source>Explained</source>
        <translation>Объяснено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation of п.19</source>
        <translation>Нарушение п.19</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device fault</source>
        <translation>Неисправность устройства</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location line="+26"/>
        <source>Gap of {0} s</source>
        <translation>Разрыв {0} с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing file number {0}</source>
        <translation>Нет файла с номером {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {0} made while the recorder was not issued</source>
        <translation>Запись {0} сделана, когда видеорегистратор не был выдан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issue has no recording at all</source>
        <translation>За время выдачи нет ни одной записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording {0} with no known start</source>
        <translation>У записи {0} неизвестно время начала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder clock off by {0:+d} s</source>
        <translation>Часы видеорегистратора сбиты на {0:+d} с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {0}</source>
        <translation>запись {0}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Bookmarks and notes</source>
        <translation>Закладки и заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note…</source>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note is never changed: the correction is a new note that replaces this one, both kept</source>
        <translation>Заметка никогда не меняется: исправление — новая заметка вместо этой, обе сохраняются</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity review</source>
        <translation>Проверка непрерывности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide…</source>
        <translation>Принять решение…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added {0}</source>
        <translation>Добавлено {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct a note</source>
        <translation>Исправить заметку</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No open flags</source>
        <translation>Открытых отметок нет</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/dialogs/retention_dialogs.py" line="+95"/>
        <source>Change the retention period</source>
        <translation>Изменить срок хранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of recording: {0}, now {1} months</source>
        <translation>Вид видеозаписи: {0}, сейчас {1} мес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep for, months</source>
        <translation>Хранить, месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shorten the period of stored recordings?</source>
        <translation>Сократить срок хранимых видеозаписей?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period of {0} goes down from {1} to {2} months. It touches {3} stored recording(s): they may expire and be destroyed sooner.

Shorten it all the same?</source>
        <translation>Срок «{0}» сокращается с {1} до {2} мес. Это затрагивает хранимые видеозаписи ({3}): их срок может истечь, и они могут быть уничтожены раньше.

Всё равно сократить?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shorten</source>
        <translation>Сократить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as it is</source>
        <translation>Оставить как есть</translation>
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
        <source>Retention</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/server_password_dialog.py" line="+37"/>
        <source>Database server password</source>
        <translation>Пароль сервера базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit&apos;s database is on a server that asks for a password. Enter the password of this user of the database server:</source>
        <translation>База данных подразделения находится на сервере, который запрашивает пароль. Введите пароль этого пользователя сервера базы данных:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system&apos;s credential store</source>
        <translation>Запомнить пароль в системном хранилище учётных данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the program</source>
        <translation>Закрыть программу</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+83"/>
        <source>Signed in as {0}</source>
        <translation>Вход выполнен: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docked recorders: {0}</source>
        <translation>Видеорегистраторы на док-станциях: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storing: {0}</source>
        <translation>сохраняются: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorders docked to this PC; their footage is stored as they charge. Click to open the footage.</source>
        <translation>Видеорегистраторы, подключённые к док-станциям этого компьютера; их видеозаписи сохраняются во время зарядки. Нажмите, чтобы открыть видеозаписи.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Footage: unlocked</source>
        <translation>Видеозаписи: разблокированы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The storage password was entered in this session.</source>
        <translation>Пароль хранилища введён в этом сеансе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footage: locked</source>
        <translation>Видеозаписи: заблокированы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage cannot be opened until the storage password is entered. Click to enter it.</source>
        <translation>Видеозаписи нельзя открыть, пока не введён пароль хранилища. Нажмите, чтобы ввести его.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Time-stamps pending: {0}</source>
        <translation>Ожидают меток времени: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seals waiting for the time-stamp authority&apos;s token; they are fetched when it answers.</source>
        <translation>Печати, ожидающие метки службы меток времени; они будут получены, когда служба ответит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time-stamps: all received</source>
        <translation>Метки времени: все получены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every seal has its time-stamp token.</source>
        <translation>У каждой печати есть метка времени.</translation>
    </message>
</context>
<context>
    <name>SetStoragePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-44"/>
        <source>Set the storage password</source>
        <translation>Задать пароль хранилища</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage password protects the stored footage (п.6): only you and the responsible person will know it, each their own. Every recording is stored encrypted; without a storage password nobody can look at it. A recovery key is made with it, to print and keep in the unit&apos;s safe.</source>
        <translation>Пароль хранилища защищает хранимые видеозаписи (п.6): его будете знать только вы и ответственное лицо, каждый свой. Каждая видеозапись хранится зашифрованной; без пароля хранилища её никто не сможет посмотреть. Вместе с ним создаётся ключ восстановления: его нужно распечатать и хранить в сейфе подразделения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>Если утрачены оба пароля хранилища и лист восстановления, видеозаписи потеряны навсегда: их не сможет открыть никто и никогда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage password</source>
        <translation>Пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password again</source>
        <translation>Повторите пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../inspector_app/settings.py" line="+76"/>
        <source>Database URL (empty: the local file)</source>
        <translation>Адрес базы данных (пусто — локальный файл)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footage vault folder, shared by the unit&apos;s PCs (empty: the data folder&apos;s)</source>
        <translation>Папка хранилища видеозаписей, общая для компьютеров подразделения (пусто — в папке данных)</translation>
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
    <message>
        <location line="+2"/>
        <source>Lowest battery charge for issuing a recorder, %</source>
        <translation>Минимальный заряд аккумулятора для выдачи видеорегистратора, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest recorder clock offset allowed at issue, seconds</source>
        <translation>Максимально допустимое при выдаче расхождение часов видеорегистратора, секунд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest pause between recording segments not reported as a gap, seconds</source>
        <translation>Наибольшая пауза между сегментами записи, не считающаяся разрывом, секунд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PC clock may move ahead at most this many days between two uses</source>
        <translation>Часы компьютера могут уйти вперёд между двумя запусками не более чем на столько дней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-stamp authority (RFC 3161) URL, empty: none</source>
        <translation>URL службы меток времени (RFC 3161), пусто: нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted certificate of the time-stamp authority (PEM)</source>
        <translation>Доверенный сертификат службы меток времени (PEM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-check every stored file at least every this many days</source>
        <translation>Перепроверять каждый сохранённый файл не реже чем раз в столько дней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recorder not returned after this many hours is overdue</source>
        <translation>Срок, после которого несданный видеорегистратор считается просроченным, часов</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+106"/>
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
        <location filename="../../ui/dialogs/setup_wizard.py" line="+13"/>
        <source>Setting up the unit</source>
        <translation>Настройка подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="+18"/>
        <source>Issue a recorder (journal)</source>
        <translation>Выдать видеорегистратор (журнал)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a recorder back (journal)</source>
        <translation>Принять видеорегистратор (журнал)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the journal</source>
        <translation>Напечатать журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the page again</source>
        <translation>Обновить страницу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen</source>
        <translation>Заблокировать экран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a section, in the order of the list</source>
        <translation>Перейти к разделу по порядку списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list of keys</source>
        <translation>Этот список клавиш</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>SignActDialog</name>
    <message>
        <location filename="../../ui/dialogs/retention_dialogs.py" line="+31"/>
        <source>Sign the act of destruction</source>
        <translation>Подписать акт уничтожения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act in Kazakh</source>
        <translation>Акт на казахском языке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Act in Russian</source>
        <translation>Акт на русском языке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file (.p12, .pfx)</source>
        <translation>Файл ключа (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the key file</source>
        <translation>Пароль файла ключа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Файлы ключей (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/sign_in_panel.py" line="+113"/>
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
        <location line="+6"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage password</source>
        <translation>Пароль хранилища</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo unit. Passwords generated for this run:</source>
        <translation>Демонстрационное подразделение. Пароли, созданные для этого запуска:</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="+61"/>
        <source>Sign here</source>
        <translation>Распишитесь здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Erase the signature and sign again</source>
        <translation>Стереть подпись и расписаться заново</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Signature pad</source>
        <translation>Поле для подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign here with a pen, a finger or the mouse, as on paper. Delete or the Clear button erases the signature.</source>
        <translation>Распишитесь здесь пером, пальцем или мышью, как на бумаге. Клавиша Delete или кнопка «Очистить» стирает подпись.</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../ui/dialogs/signer_box.py" line="+63"/>
        <location line="+1"/>
        <source>PIN or password</source>
        <translation>PIN-код или пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs</source>
        <translation>Подписывающее лицо</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: choose who signs</source>
        <translation>{0}: выберите подписывающее лицо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: the signature pad is empty, sign on it with the mouse, a finger or a pen</source>
        <translation>{0}: поле для подписи пустое, распишитесь в нем мышью, пальцем или пером</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: type the PIN or password</source>
        <translation>{0}: введите PIN-код или пароль</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+164"/>
        <source>Recorder journal and footage</source>
        <translation>Журнал видеорегистраторов и видеозаписи</translation>
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
    <name>StoragePasswordForms</name>
    <message>
        <location filename="../../ui/dialogs/storage_password_dialogs.py" line="-76"/>
        <source>Your storage password</source>
        <translation>Ваш пароль хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The footage is locked: first enter your own storage password.</source>
        <translation>Видеозаписи закрыты: сначала введите свой пароль хранилища.</translation>
    </message>
</context>
<context>
    <name>StoragePasswordPanel</name>
    <message>
        <location filename="../../ui/pages/storage_password_panel.py" line="+99"/>
        <source>Storage password of the footage (п.6)</source>
        <translation>Пароль хранилища видеозаписей (п.6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the storage password…</source>
        <translation>Задать пароль хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the footage…</source>
        <translation>Открыть видеозаписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my storage password…</source>
        <translation>Сменить мой пароль хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set my storage password…</source>
        <translation>Задать мой пароль хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage password of the responsible person…</source>
        <translation>Пароль хранилища ответственного лица…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key…</source>
        <translation>Новый ключ восстановления…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fingerprint of the storage key: {0}</source>
        <translation>Отпечаток ключа хранилища: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unit has no storage password yet: the footage is stored unencrypted and anyone with access to this PC&apos;s disk can copy it.</source>
        <translation>У подразделения ещё нет пароля хранилища: видеозаписи хранятся незашифрованными, и любой, у кого есть доступ к диску этого компьютера, может их скопировать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The head sets the storage password.</source>
        <translation>Пароль хранилища задаёт руководитель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage is encrypted and unlocked in this session; it locks again when you sign out or the screen locks.</source>
        <translation>Видеозаписи зашифрованы и открыты в этом сеансе; они снова закроются при выходе из системы или блокировке экрана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was opened with the recovery key: set your storage password and make a new recovery key.</source>
        <translation>Хранилище открыто ключом восстановления: задайте свой пароль хранилища и создайте новый ключ восстановления.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The footage is encrypted and locked: enter the storage password to see it.</source>
        <translation>Видеозаписи зашифрованы и закрыты: чтобы их увидеть, введите пароль хранилища.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The footage is encrypted; you have no storage password yet: the head sets it with you.</source>
        <translation>Видеозаписи зашифрованы; у вас ещё нет пароля хранилища: его задаёт руководитель вместе с вами.</translation>
    </message>
</context>
<context>
    <name>StoragePasswordsPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_storage_pages.py" line="-59"/>
        <source>Storage passwords</source>
        <translation>Пароли хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored footage is protected by a special password known only to the responsible person and the head (п.6).</source>
        <translation>Хранимые видеозаписи защищены специальным паролем, известным только ответственному лицу и руководителю (п.6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each types their own storage password twice, the other looking away. It is not the sign-in password: it opens the footage, which is stored encrypted. A recovery key is made with them, to print next.</source>
        <translation>Каждый дважды вводит свой пароль хранилища, пока другой не смотрит. Это не пароль входа: он открывает видеозаписи, которые хранятся зашифрованными. Вместе с ними создаётся ключ восстановления, его вы распечатаете на следующем шаге.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can open it, ever.</source>
        <translation>Если утрачены оба пароля хранилища и лист восстановления, видеозаписи потеряны навсегда: их не сможет открыть никто и никогда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage password of the head</source>
        <translation>Пароль хранилища руководителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Storage password of the responsible person</source>
        <translation>Пароль хранилища ответственного лица</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-41"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Create to set up the unit. The head and the responsible person sign in with the passwords given and open the footage with their storage passwords; nobody else knows them. The recovery key is shown next.</source>
        <translation>Нажмите «Создать», чтобы создать подразделение. Руководитель и ответственное лицо входят в систему с указанными паролями и открывают видеозаписи своими паролями хранилища; больше их никто не знает. Затем будет показан ключ восстановления.</translation>
    </message>
</context>
<context>
    <name>Things</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+4"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Видеозапись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hold</source>
        <translation>Запрет уничтожения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destruction list</source>
        <translation>Список на уничтожение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruction act</source>
        <translation>Акт уничтожения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal volume</source>
        <translation>Том журнала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../ui/tray.py" line="+71"/>
        <source>Recorder journal and footage</source>
        <translation>Журнал видеорегистраторов и видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the window</source>
        <translation>Показать окно</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Recorder footage</source>
        <translation>Видеозаписи регистратора</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>An ingest ended. Unlock the screen to see it.</source>
        <translation>Сохранение записей завершено. Разблокируйте экран, чтобы увидеть результат.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{0} file(s) stored, {1} already there</source>
        <translation>Сохранено файлов: {0}, уже было: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footage stored: {0}</source>
        <translation>Видеозаписи сохранены: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest stopped: {0}</source>
        <translation>Сохранение остановлено: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; the rest is stored at the next dock.</source>
        <translation>{0}; остальное сохранится при следующем подключении к док-станции.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown recorder: {0}</source>
        <translation>Неизвестный видеорегистратор: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its serial number is not in the register: bind it to an inventory number.</source>
        <translation>Его серийного номера нет в реестре: привяжите его к инвентарному номеру.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Ingest failed: {0}</source>
        <translation>Сохранение не удалось: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the journal to see it.</source>
        <translation>Откройте журнал, чтобы увидеть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recorder was reported faulty</source>
        <translation>Сообщено о неисправности видеорегистратора</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../ui/dialogs/setup_wizard.py" line="-51"/>
        <source>The territorial unit</source>
        <translation>Территориальное подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name appears on the journal cover and on every document.</source>
        <translation>Наименование указывается на обложке журнала и в каждом документе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC keeps the unit&apos;s journal and footage. Five steps set the unit up: its names, the head, the responsible person, their storage passwords and a recovery sheet. Have at hand the unit&apos;s official names in Kazakh and Russian, the order appointing the responsible person, and a printer. Each of the two signs in with a password of their own and opens the encrypted footage with a second one, the storage password; the printed recovery sheet opens the footage if both storage passwords are lost.</source>
        <translation>Этот компьютер ведёт журнал и хранит видеозаписи подразделения. Подразделение настраивается в пять шагов: наименование, руководитель, ответственное лицо, их пароли хранилища и лист восстановления. Приготовьте официальные наименования подразделения на казахском и русском языках, приказ о назначении ответственного лица и принтер. Каждый из двоих входит в систему со своим паролем, а зашифрованные видеозаписи открывает вторым — паролем хранилища; если оба пароля хранилища утеряны, видеозаписи открывает распечатанный лист восстановления.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Registration index of the journal (п.9)</source>
        <translation>Регистрационный индекс журнала (п.9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
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
        <translation>Пароль хранилища</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The stored footage is locked. Enter your storage password to see it in this session (п.6, п.13). Recordings are stored all the same while it stays locked.</source>
        <translation>Хранимые видеозаписи закрыты. Введите свой пароль хранилища, чтобы видеть их в этом сеансе (п.6, п.13). Пока хранилище закрыто, видеозаписи всё равно сохраняются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have no storage password of your own yet. Open the footage with the recovery key from the sheet in the unit&apos;s safe, then set your storage password in Settings.</source>
        <translation>У вас ещё нет своего пароля хранилища. Откройте видеозаписи ключом восстановления с листа из сейфа подразделения, затем задайте свой пароль хранилища в разделе «Настройки».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the recovery key (the sheet in the unit&apos;s safe)</source>
        <translation>Использовать ключ восстановления (лист в сейфе подразделения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users_page.py" line="+58"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+2"/>
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
<context>
    <name>VaultBanner</name>
    <message>
        <location filename="../../ui/pages/vault_banner.py" line="+37"/>
        <source>Unlock…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The footage is locked: enter the storage password. Until then the recordings are listed without their frames and none can be opened; new ones are stored all the same.</source>
        <translation>Видеозаписи закрыты: введите пароль хранилища. До тех пор записи показываются без кадров и ни одну нельзя открыть; новые всё равно сохраняются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The footage is locked and you have no storage password yet: the head sets it with you (Settings, storage password of the responsible person).</source>
        <translation>Видеозаписи закрыты, а у вас ещё нет пароля хранилища: его задаёт руководитель вместе с вами («Настройки», пароль хранилища ответственного лица).</translation>
    </message>
</context>
<context>
    <name>VaultConversionPanel</name>
    <message>
        <location filename="../../ui/pages/vault_conversion_panel.py" line="+55"/>
        <source>Encrypt the footage stored earlier…</source>
        <translation>Зашифровать ранее сохранённые видеозаписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Encrypt the footage stored earlier</source>
        <translation>Зашифровать ранее сохранённые видеозаписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} recording(s) were stored before the storage password was set and lie on the disk unencrypted. The store is verified first, then each is encrypted in place and the store verified again. On a large store this takes a while; you can go on working, or cancel and go on later where it stopped.</source>
        <translation>Видеозаписей, сохранённых до того, как был задан пароль хранилища: {0}; они лежат на диске незашифрованными. Сначала проверяется хранилище, затем каждая запись шифруется на месте, и хранилище проверяется снова. На большом хранилище это займёт время; можно продолжать работу или отменить и продолжить позже с того же места.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying the store before encrypting…</source>
        <translation>Проверка хранилища перед шифрованием…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting the footage</source>
        <translation>Шифрование видеозаписей</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypting: {0} of {1}</source>
        <translation>Шифрование: {0} из {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: {0} file(s) encrypted, {1} thumbnail(s) sealed; the store was verified before and after.</source>
        <translation>Готово: зашифровано файлов — {0}, кадров — {1}; хранилище проверено до и после.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not encrypted: the verification found problems; see the audit section.</source>
        <translation>Не зашифровано: проверка нашла проблемы; см. раздел «Аудит».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: what is encrypted stays so; start again to go on.</source>
        <translation>Отменено: зашифрованное остаётся зашифрованным; чтобы продолжить, запустите снова.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln recording(s) stored before the storage password are not encrypted yet.</source>
        <translation>
            <numerusform>%Ln видеозапись, сохранённая до пароля хранилища, ещё не зашифрована.</numerusform>
            <numerusform>%Ln видеозаписи, сохранённые до пароля хранилища, ещё не зашифрованы.</numerusform>
            <numerusform>%Ln видеозаписей, сохранённых до пароля хранилища, ещё не зашифрованы.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/integrity_dialogs.py" line="-76"/>
        <source>Verify the store</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every stored file is read again and hashed, and its seal, the audit trail, the journal&apos;s signatures and the time-stamps are checked. On a large store this takes minutes; the program stays usable and the check can be cancelled.</source>
        <translation>Каждый сохранённый файл читается заново и хешируется, проверяются его печать, журнал аудита, подписи в журнале и метки времени. В большом хранилище это занимает минуты; программой можно пользоваться, проверку можно отменить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling check: recordings not verified in this many days</source>
        <translation>Плановая проверка: записи, не проверявшиеся столько дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../../ui/dialogs/violation_dialog.py" line="+79"/>
        <source>Change the violation</source>
        <translation>Изменение нарушения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a violation</source>
        <translation>Добавление нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a requirement</source>
        <translation>Поиск требования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code, act or words of the requirement</source>
        <translation>Код, акт или слова требования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement breached</source>
        <translation>Нарушенное требование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a deadline to eliminate it</source>
        <translation>Установить срок устранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminate by</source>
        <translation>Устранить до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorder</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Bookmark {0}: {1}</source>
        <translation>Закладка {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still at {0}</source>
        <translation>Кадр на {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recordings: link the journal issues of the visit to the inspection first</source>
        <translation>Записей нет: сначала привяжите к проверке выдачи видеорегистраторов по журналу</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../ui/pages/footage_page.py" line="-129"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
</context>
</TS>
