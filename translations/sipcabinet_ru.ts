<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SIP Cabinet</source>
        <translation>О программе SIP Cabinet</translation>
    </message>
    <message>
        <source>&lt;b&gt;SIP Cabinet&lt;/b&gt;, version %1</source>
        <translation>&lt;b&gt;SIP Cabinet&lt;/b&gt;, версия %1</translation>
    </message>
    <message>
        <source>The invoices of your SIP-telephony operator&apos;s personal account on your computer. Proprietary software: it may be used under the terms of the licence agreement supplied with it.</source>
        <translation>Счета личного кабинета вашего оператора SIP-телефонии на вашем компьютере. Программа является собственностью правообладателя и используется на условиях прилагаемого лицензионного соглашения.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>the windows, the network, the database</source>
        <translation>окна, работа с сетью, база данных</translation>
    </message>
    <message>
        <source>the preview of documents</source>
        <translation>просмотр документов</translation>
    </message>
    <message>
        <source>passwords in the system&apos;s keychain</source>
        <translation>пароли в связке ключей системы</translation>
    </message>
    <message>
        <source>ZIP packs of documents</source>
        <translation>выгрузка документов в ZIP</translation>
    </message>
    <message>
        <source>checksums of documents</source>
        <translation>контрольные суммы документов</translation>
    </message>
    <message>
        <source>the document archive</source>
        <translation>архив документов</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>общественное достояние</translation>
    </message>
    <message>
        <source>the demo operator, a separate program</source>
        <translation>демонстрационный оператор, отдельная программа</translation>
    </message>
    <message>
        <source>passwords of the demo operator</source>
        <translation>пароли демонстрационного оператора</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>Excel exports</source>
        <translation>выгрузка в Excel</translation>
    </message>
    <message>
        <source>reading the operator&apos;s e-mails</source>
        <translation>чтение писем оператора</translation>
    </message>
    <message>
        <source>the mailbox (IMAP)</source>
        <translation>почтовый ящик (IMAP)</translation>
    </message>
</context>
<context>
    <name>AccountMonthClose</name>
    <message>
        <source>The operator sends call details for the current and the previous month only.</source>
        <translation>Детализацию оператор присылает только за текущий и прошлый месяц.</translation>
    </message>
    <message>
        <source>The operator sends charges for the current month only.</source>
        <translation>Начисления оператор присылает только за текущий месяц.</translation>
    </message>
    <message>
        <source>The invoice&apos;s generation was cancelled.</source>
        <translation>Формирование счета отменено.</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>There is no password store (keychain) on this system: enter the password.</source>
        <translation>В системе нет хранилища паролей: введите пароль.</translation>
    </message>
    <message>
        <source>The password is not remembered: enter it.</source>
        <translation>Пароль не сохранен: введите его.</translation>
    </message>
</context>
<context>
    <name>AccountingFirm</name>
    <message>
        <source>The close of %1, interrupted when the app stopped, goes on.</source>
        <translation>Закрытие месяца за %1, прерванное при закрытии программы, продолжается.</translation>
    </message>
    <message>
        <source>A queued order was sent</source>
        <translation>Заказ из очереди отправлен</translation>
    </message>
    <message>
        <source>A queued order was not sent</source>
        <translation>Заказ из очереди не отправлен</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>Закрытие месяца</translation>
    </message>
</context>
<context>
    <name>AllAccountsInvoiceFetch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the operator. Check the Internet connection and try again.</source>
        <translation>Не удается связаться с оператором. Проверьте подключение к Интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>The operator did not answer in time. Try again a little later.</source>
        <translation>Оператор не ответил вовремя. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The operator&apos;s identity could not be verified: the secure connection was refused (%1). Nothing was sent.</source>
        <translation>Не удалось подтвердить подлинность сервера оператора: защищенное соединение отклонено (%1). Данные не отправлены.</translation>
    </message>
    <message>
        <source>The operator&apos;s server tried to send the request to another address. The program did not follow it, so your password and session stayed protected. Tell the operator&apos;s support.</source>
        <translation>Сервер оператора попытался перенаправить запрос на другой адрес. Программа не выполнила перенаправление, поэтому пароль и сеанс остались защищены. Сообщите об этом в службу поддержки оператора.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to it.</source>
        <translation>%1 Никакие данные по этому адресу не отправлялись.</translation>
    </message>
    <message>
        <source>The operator sent an answer the program cannot understand. Try again later; if it repeats, tell the operator&apos;s support.</source>
        <translation>Оператор прислал ответ, который программа не может разобрать. Повторите попытку позже; если ошибка повторится, сообщите в поддержку оператора.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Сеанс завершен. Войдите снова.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>This document or action belongs to another account.</source>
        <translation>Этот документ или действие относится к другой учетной записи.</translation>
    </message>
    <message>
        <source>The operator has no such item. It may have been removed; refresh the page.</source>
        <translation>У оператора нет такой записи. Возможно, она удалена; обновите страницу.</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>Срок действия ссылки для скачивания истек.</translation>
    </message>
    <message>
        <source>An invoice for this period cannot be ordered. Available periods: %1.</source>
        <translation>Счет за этот период заказать нельзя. Доступные периоды: %1.</translation>
    </message>
    <message>
        <source>An invoice for this period cannot be ordered.</source>
        <translation>Счет за этот период заказать нельзя.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it and try again.</source>
        <translation>Адрес электронной почты указан неверно. Проверьте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The phone number is not valid. Enter it as +7XXXXXXXXXX.</source>
        <translation>Номер телефона указан неверно. Введите его в виде +7XXXXXXXXXX.</translation>
    </message>
    <message>
        <source>Too many requests. Try again in %1 s.</source>
        <translation>Слишком много запросов. Повторите через %1 с.</translation>
    </message>
    <message>
        <source>Too many requests. Try again a little later.</source>
        <translation>Слишком много запросов. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The operator&apos;s service is temporarily unavailable. Try again a little later.</source>
        <translation>Сервис оператора временно недоступен. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The operator did not accept the data: %1.</source>
        <translation>Оператор не принял данные: %1.</translation>
    </message>
    <message>
        <source>The operator did not accept the data.</source>
        <translation>Оператор не принял данные.</translation>
    </message>
    <message>
        <source>The data is too large for the operator to accept.</source>
        <translation>Объем данных слишком велик для оператора.</translation>
    </message>
    <message>
        <source>This order was already sent with different data. Start the order again.</source>
        <translation>Этот заказ уже был отправлен с другими данными. Оформите заказ заново.</translation>
    </message>
    <message>
        <source>The invoice is already formed and can no longer be cancelled.</source>
        <translation>Счет уже сформирован, отменить его нельзя.</translation>
    </message>
    <message>
        <source>The invoice is not formed yet.</source>
        <translation>Счет еще не сформирован.</translation>
    </message>
    <message>
        <source>The operator refused the request (%1).</source>
        <translation>Оператор отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>Ordering is not available while invoices are being formed (days %1 to %2 of each month).</source>
        <translation>Заказ недоступен, пока формируются счета (с %1 по %2 число каждого месяца).</translation>
    </message>
    <message>
        <source>%1 It opens again on %2.</source>
        <translation>%1 Заказ снова станет доступен %2.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>New invoice in the archive</source>
        <translation>Новый счет в архиве</translation>
    </message>
    <message>
        <source>The invoice %1 for %2 was obtained automatically and is in the document archive.</source>
        <translation>Счет %1 за %2 получен автоматически и сохранен в архиве документов.</translation>
    </message>
    <message>
        <source>The new invoice was not obtained</source>
        <translation>Новый счет не получен</translation>
    </message>
    <message>
        <source>Not logged in: only the document archive works. «Exit» returns to the login form.</source>
        <translation>Вход не выполнен: работает только архив документов. «Выход» возвращает к форме входа.</translation>
    </message>
    <message>
        <source>%1 Enter the operator&apos;s address under «Advanced».</source>
        <translation>%1 Укажите адрес оператора в разделе «Дополнительно».</translation>
    </message>
    <message>
        <source>demo operator on this computer</source>
        <translation>демонстрационный оператор на этом компьютере</translation>
    </message>
    <message>
        <source>Documents from the mailbox</source>
        <translation>Документы из почты</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) from the operator&apos;s e-mails filed in the document archive.</source>
        <translation>
            <numerusform>%n документ из писем оператора сохранен в архиве документов.</numerusform>
            <numerusform>%n документа из писем оператора сохранены в архиве документов.</numerusform>
            <numerusform>%n документов из писем оператора сохранены в архиве документов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail was not checked: %1</source>
        <translation>Почта не проверена: %1</translation>
    </message>
    <message>
        <source>The invoice for %1 is reconciled</source>
        <translation>Счет за %1 сверен с начислениями</translation>
    </message>
    <message>
        <source>The cabinet of %1.</source>
        <translation>Кабинет организации %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveOpenReport</name>
    <message>
        <source>The document archive could not be opened: %1</source>
        <translation>Не удалось открыть архив документов: %1</translation>
    </message>
    <message>
        <source>Document archive</source>
        <translation>Архив документов</translation>
    </message>
    <message>
        <source>The document archive&apos;s database was damaged and has been rebuilt: %1 document(s) recovered from it and %2 from their files. The damaged file was kept as %3.</source>
        <translation>База данных архива документов была повреждена и восстановлена: документов из нее — %1, по их файлам — %2. Поврежденный файл сохранен как %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of the archive are missing or altered; they are marked when opened.</source>
        <translation>
            <numerusform>%n документ архива отсутствует или изменен; это будет указано при открытии.</numerusform>
            <numerusform>%n документа архива отсутствуют или изменены; это будет указано при открытии.</numerusform>
            <numerusform>%n документов архива отсутствуют или изменены; это будет указано при открытии.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Document archive</source>
        <translation>Архив документов</translation>
    </message>
    <message>
        <source>Every document the app has obtained, of all your accounts, kept on this computer: it opens without a network, and each file is checked against its checksum when it is opened.</source>
        <translation>Все документы, полученные приложением, по всем вашим лицевым счетам хранятся на этом компьютере: архив открывается без сети, а каждый файл при открытии сверяется с контрольной суммой.</translation>
    </message>
    <message>
        <source>Archive message</source>
        <translation>Сообщение архива</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find by number, period or amount</source>
        <translation>Поиск по номеру, периоду или сумме</translation>
    </message>
    <message>
        <source>Number, period or amount</source>
        <translation>Номер, период или сумма</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Лицевой счет:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation>Отбор по периоду</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Период с</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation>Выберите документ, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>Открыть в программе просмотра</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>No documents match the filter.</source>
        <translation>Нет документов, подходящих под отбор.</translation>
    </message>
    <message>
        <source>Month-end pack</source>
        <translation>Комплект документов за месяц</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Имена файлов:</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Шаблон имен файлов</translation>
    </message>
    <message>
        <source>Placeholders: {contract} {period} {kind} {number} {account} {organisation} {amount} {subscriber} {obtained}</source>
        <translation>Поля: {договор}, {период}, {вид}, {номер}, {лицевой_счет}, {организация}, {сумма}, {абонент}, {получен} — их можно вставить кнопкой «Вставить поле»</translation>
    </message>
    <message>
        <source>Pac&amp;k as:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Pack format</source>
        <translation>Формат выгрузки</translation>
    </message>
    <message>
        <source>Export the selected documents</source>
        <translation>Выгрузить выбранные документы</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>Выгрузить &amp;выбранные…</translation>
    </message>
    <message>
        <source>Export every document of the period</source>
        <translation>Выгрузить все документы за период</translation>
    </message>
    <message>
        <source>Every document of the period chosen above (and of the chosen account), not only the rows shown</source>
        <translation>Все документы за период, выбранный выше (и по выбранному лицевому счету), а не только показанные строки</translation>
    </message>
    <message>
        <source>Export the p&amp;eriod…</source>
        <translation>Выгрузить за п&amp;ериод…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход выгрузки</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Отменить выгрузку</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Сообщение о выгрузке</translation>
    </message>
    <message>
        <source>Obtain new invoices automatically</source>
        <translation>Получать новые счета автоматически</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Просмотр документа</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Сохранить документ как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the pack as</source>
        <translation>Сохранить комплект как</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Архивы ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Name the folder to create</source>
        <translation>Имя создаваемой папки</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>a ZIP file</source>
        <translation>ZIP-архив</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папку</translation>
    </message>
    <message>
        <source>Unknown in the file names: %1</source>
        <translation>Неизвестные подстановки в именах файлов: %1</translation>
    </message>
    <message>
        <source>The document archive could not be opened, so there is nothing to show.</source>
        <translation>Архив документов не удалось открыть, поэтому показать нечего.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все лицевые счета</translation>
    </message>
    <message>
        <source>(recovered, account unknown)</source>
        <translation>(восстановлено, лицевой счет неизвестен)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Сумма: %1</translation>
    </message>
    <message>
        <source>Contract: %1, %2</source>
        <translation>Договор: %1, %2</translation>
    </message>
    <message>
        <source>Obtained: %1</source>
        <translation>Получен: %1</translation>
    </message>
    <message>
        <source>The file of this document is missing from the archive folder.</source>
        <translation>Файла этого документа нет в папке архива.</translation>
    </message>
    <message>
        <source>The document was not saved: %1</source>
        <translation>Документ не сохранен: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Documents %1</source>
        <translation>Документы %1</translation>
    </message>
    <message>
        <source>There are no documents for %1 – %2.</source>
        <translation>Нет документов за %1 – %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n document(s)…</source>
        <translation>
            <numerusform>Выгрузка %n документа…</numerusform>
            <numerusform>Выгрузка %n документов…</numerusform>
            <numerusform>Выгрузка %n документов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) exported to %1, with index.csv.</source>
        <translation>
            <numerusform>%n документ выгружен в %1, с описью index.csv.</numerusform>
            <numerusform>%n документа выгружено в %1, с описью index.csv.</numerusform>
            <numerusform>%n документов выгружено в %1, с описью index.csv.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Выгрузка отменена, ничего не записано.</translation>
    </message>
    <message>
        <source>The archive has no documents yet: invoices you download, or that are fetched automatically, are kept here.</source>
        <translation>В архиве пока нет документов: здесь хранятся счета, которые вы загружаете или которые приходят автоматически.</translation>
    </message>
    <message>
        <source>Checksum (SHA-256) recorded when the document was obtained: %1</source>
        <translation>Контрольная сумма (SHA-256), записанная при получении документа: %1</translation>
    </message>
    <message>
        <source>This document&apos;s file has been altered or damaged since it was obtained (its checksum no longer matches). It is not shown or opened.</source>
        <translation>Файл этого документа изменен или поврежден после получения (контрольная сумма не совпадает). Документ не показывается и не открывается.</translation>
    </message>
    <message>
        <source>Nothing was exported: these documents have been altered since they were obtained (their checksums no longer match): %1.</source>
        <translation>Ничего не выгружено: эти документы изменены после получения (контрольные суммы не совпадают): %1.</translation>
    </message>
    <message>
        <source>Obtain new regular invoices &amp;automatically</source>
        <translation>Получать новые регулярные счета &amp;автоматически</translation>
    </message>
    <message>
        <source>Each month&apos;s regular invoice comes into the archive by itself once the operator has formed it (after the 3rd)</source>
        <translation>Регулярный счет каждого месяца сам попадает в архив, как только оператор его сформирует (после 3-го числа)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) obtained more than once went in once.</source>
        <translation>
            <numerusform>%n документ, полученный несколько раз, включен один раз.</numerusform>
            <numerusform>%n документа, полученные несколько раз, включены по одному разу.</numerusform>
            <numerusform>%n документов, полученных несколько раз, включены по одному разу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert a field into the file names</source>
        <translation>Вставить поле в имена файлов</translation>
    </message>
    <message>
        <source>&amp;Insert a field</source>
        <translation>&amp;Вставить поле</translation>
    </message>
    <message>
        <source>Unknown in the file names: %1. Insert the fields from «%2».</source>
        <translation>Неизвестно в именах файлов: %1. Вставьте поля из меню «%2».</translation>
    </message>
    <message>
        <source>Came in the operator&apos;s e-mail.</source>
        <translation>Получен в письме оператора.</translation>
    </message>
</context>
<context>
    <name>ArchiveTableModel</name>
    <message>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Начисления</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>not stated in the e-mail</source>
        <translation>не указана в письме</translation>
    </message>
</context>
<context>
    <name>CallCentrePage</name>
    <message>
        <source>Loading state</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Колл-центр</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Перезвоните мне</translation>
    </message>
    <message>
        <source>Your &amp;phone</source>
        <translation>Ваш &amp;телефон</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Ваш номер телефона</translation>
    </message>
    <message>
        <source>+7 916 123-45-67 or 8 (916) 123-45-67</source>
        <translation>+7 916 123-45-67 или 8 (916) 123-45-67</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>&amp;Комментарий</translation>
    </message>
    <message>
        <source>Comment for the call centre</source>
        <translation>Комментарий для колл-центра</translation>
    </message>
    <message>
        <source>Optional: what the call is about, a convenient time</source>
        <translation>Необязательно: тема звонка, удобное время</translation>
    </message>
    <message>
        <source>Re&amp;quest a call back</source>
        <translation>&amp;Заказать обратный звонок</translation>
    </message>
    <message>
        <source>Request a call back</source>
        <translation>Заказать обратный звонок</translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation>Отправка заявки</translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation>Часы работы: %1</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Заявка отправляется…</translation>
    </message>
    <message>
        <source>The call centre accepted request %1 on %2 and will call you back at %3.</source>
        <translation>Колл-центр принял заявку %1 (%2) и перезвонит вам по номеру %3.</translation>
    </message>
</context>
<context>
    <name>CallDetailsPage</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>C&amp;urrent month</source>
        <translation>&amp;Текущий месяц</translation>
    </message>
    <message>
        <source>Current month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>&amp;Прошлый месяц</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>SIP subscribers</source>
        <translation>SIP-абоненты</translation>
    </message>
    <message>
        <source>A&amp;ll SIP subscribers</source>
        <translation>В&amp;се SIP-абоненты</translation>
    </message>
    <message>
        <source>All SIP subscribers</source>
        <translation>Все SIP-абоненты</translation>
    </message>
    <message>
        <source>The c&amp;hosen subscriber</source>
        <translation>В&amp;ыбранный абонент</translation>
    </message>
    <message>
        <source>The chosen subscriber</source>
        <translation>Выбранный абонент</translation>
    </message>
    <message>
        <source>Ano&amp;ther subscriber:</source>
        <translation>Др&amp;угой абонент:</translation>
    </message>
    <message>
        <source>Another subscriber</source>
        <translation>Другой абонент</translation>
    </message>
    <message>
        <source>SIP subscriber</source>
        <translation>SIP-абонент</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>C&amp;SV</source>
        <translation>C&amp;SV</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Call details for the chosen month will be sent to your e-mail.</source>
        <translation>Детализация звонков за выбранный месяц будет отправлена на ваш e-mail.</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>Ожидание ответа оператора</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Back to menu</source>
        <translation>В меню</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказать</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказать</translation>
    </message>
    <message>
        <source>Order &amp;again</source>
        <translation>Заказать &amp;еще</translation>
    </message>
    <message>
        <source>Order again</source>
        <translation>Заказать еще</translation>
    </message>
    <message>
        <source>Call details for %1 (%2, %3) have been sent to %4.
Order number: %5.</source>
        <translation>Детализация звонков за %1 (%2, %3) отправлена на адрес %4.
Номер заказа: %5.</translation>
    </message>
    <message>
        <source>C&amp;urrent month (%1)</source>
        <translation>&amp;Текущий месяц (%1)</translation>
    </message>
    <message>
        <source>&amp;Previous month (%1)</source>
        <translation>&amp;Прошлый месяц (%1)</translation>
    </message>
    <message>
        <source>The c&amp;hosen subscriber: %1</source>
        <translation>В&amp;ыбранный абонент: %1</translation>
    </message>
    <message>
        <source>No subscriber is chosen in «%1». Choose one there or below.</source>
        <translation>В разделе «%1» абонент не выбран. Выберите его там или ниже.</translation>
    </message>
    <message>
        <source>The operator has no contact e-mail address for your organisation.</source>
        <translation>У оператора нет контактного адреса электронной почты вашей организации.</translation>
    </message>
    <message>
        <source>Call details will be sent to: %1</source>
        <translation>Детализация будет отправлена на адрес: %1</translation>
    </message>
    <message>
        <source>subscriber %1</source>
        <translation>абонент %1</translation>
    </message>
    <message>
        <source>all SIP subscribers</source>
        <translation>все SIP-абоненты</translation>
    </message>
    <message>
        <source>Month: %1
Subscribers: %2
Format: %3
E-mail: %4</source>
        <translation>Месяц: %1
Абоненты: %2
Формат: %3
E-mail: %4</translation>
    </message>
</context>
<context>
    <name>CloseMonthCommand</name>
    <message>
        <source>SIP Cabinet is open: close the month in its window, or quit it and run the command again.</source>
        <translation>SIP Cabinet открыт: закройте месяц в его окне или выйдите из программы и запустите команду снова.</translation>
    </message>
    <message>
        <source>Making the pack...</source>
        <translation>Выгрузка документов...</translation>
    </message>
    <message>
        <source>No account is remembered yet: log in to each organisation once in SIP Cabinet with «Remember me».</source>
        <translation>Программа еще не помнит ни одного лицевого счета: один раз войдите в SIP Cabinet от имени каждой организации с отметкой «Запомнить меня».</translation>
    </message>
    <message>
        <source>No remembered account is called %1.</source>
        <translation>Среди сохраненных лицевых счетов нет счета %1.</translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation>Не удалось открыть архив: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Missing for %1 (%2):</source>
        <translation>Не хватает для %1 (%2):</translation>
    </message>
    <message>
        <source>The pack: %1</source>
        <translation>Выгрузка: %1</translation>
    </message>
    <message>
        <source>The demo operator did not start.</source>
        <translation>Демонстрационный оператор не запустился.</translation>
    </message>
</context>
<context>
    <name>CloseMonthOptions</name>
    <message>
        <source>Close the month YYYY-MM for the remembered accounts, without a window.</source>
        <translation>Закрыть месяц ГГГГ-ММ для сохраненных лицевых счетов без окна программы.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>The accounts: all (the default) or logins separated by commas.</source>
        <translation>Лицевые счета: all (все, по умолчанию) или логины через запятую.</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>счета</translation>
    </message>
    <message>
        <source>The documents: invoice (the default), call_details, charges.</source>
        <translation>Документы: invoice (счет, по умолчанию), call_details (детализация), charges (начисления).</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <source>The folder the pack is put in.</source>
        <translation>Папка, в которую помещается выгрузка.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Make the pack a ZIP file instead of a folder.</source>
        <translation>Сделать выгрузку ZIP-архивом, а не папкой.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Вывести итог в формате JSON.</translation>
    </message>
    <message>
        <source>Language of the messages: ru or en.</source>
        <translation>Язык сообщений: ru или en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Лишний аргумент: %1.</translation>
    </message>
    <message>
        <source>The month must be given as YYYY-MM, e.g. 2026-10.</source>
        <translation>Месяц нужно указать в виде ГГГГ-ММ, например 2026-10.</translation>
    </message>
    <message>
        <source>--accounts needs all or a list of logins.</source>
        <translation>Для --accounts укажите all или список логинов.</translation>
    </message>
    <message>
        <source>--documents takes invoice, call_details and charges, separated by commas.</source>
        <translation>Для --documents укажите invoice, call_details и charges через запятую.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <source>Usage: sipcabinet --close-month YYYY-MM [--accounts all|LOGIN,...] [--documents invoice,call_details,charges] [--output FOLDER] [--zip] [--json] [--demo]</source>
        <translation>Использование: sipcabinet --close-month ГГГГ-ММ [--accounts all|ЛОГИН,...] [--documents invoice,call_details,charges] [--output ПАПКА] [--zip] [--json] [--demo]</translation>
    </message>
    <message>
        <source>Start the demo operator and close the month for the demo firm&apos;s organisations.</source>
        <translation>Запустить демонстрационного оператора и закрыть месяц для организаций демонстрационной бухгалтерской фирмы.</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>SIP Cabinet: invoices of your SIP-telephony operator&apos;s personal account.</source>
        <translation>SIP Cabinet: счета личного кабинета вашего оператора SIP-телефонии.</translation>
    </message>
    <message>
        <source>Language of the interface: ru or en (default: the system&apos;s).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Address of the operator&apos;s API, e.g. https://api.operator.example/api/v1.</source>
        <translation>Адрес API оператора, например https://api.operator.example/api/v1.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>Demo mode: run the operator&apos;s sandbox inside the app and use it.</source>
        <translation>Демонстрационный режим: запустить песочницу оператора внутри программы и работать с ней.</translation>
    </message>
    <message>
        <source>Close the month YYYY-MM for the remembered accounts without a window (also --accounts, --documents, --output, --zip, --json; see the manual page).</source>
        <translation>Закрыть месяц ГГГГ-ММ для сохраненных лицевых счетов без окна программы (а также --accounts, --documents, --output, --zip, --json; см. страницу руководства man).</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
</context>
<context>
    <name>CurrentChargesPage</name>
    <message>
        <source>Charges per subscriber</source>
        <translation>Начисления по абонентам</translation>
    </message>
    <message>
        <source>Order the charges of</source>
        <translation>Заказать начисления</translation>
    </message>
    <message>
        <source>A&amp;ll subscribers</source>
        <translation>По &amp;всем абонентам</translation>
    </message>
    <message>
        <source>All subscribers</source>
        <translation>По всем абонентам</translation>
    </message>
    <message>
        <source>Only the chec&amp;ked subscribers</source>
        <translation>Только по о&amp;тмеченным абонентам</translation>
    </message>
    <message>
        <source>Only the checked subscribers</source>
        <translation>Только по отмеченным абонентам</translation>
    </message>
    <message>
        <source>The information on charges will be sent to your e-mail.</source>
        <translation>Информация о начислениях будет отправлена на ваш e-mail.</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>Ожидание ответа оператора</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Back to menu</source>
        <translation>В меню</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Order by e-mail</source>
        <translation>&amp;Заказать на e-mail</translation>
    </message>
    <message>
        <source>Order by e-mail</source>
        <translation>Заказать на e-mail</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказать</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказать</translation>
    </message>
    <message>
        <source>Order &amp;again</source>
        <translation>Заказать &amp;еще</translation>
    </message>
    <message>
        <source>Order again</source>
        <translation>Заказать еще</translation>
    </message>
    <message>
        <source>The charges for %1 (%2) have been sent to %3.
Order number: %4.</source>
        <translation>Начисления за %1 (%2) отправлены на адрес %3.
Номер заказа: %4.</translation>
    </message>
    <message>
        <source>Charges for %1 so far, per subscriber:</source>
        <translation>Начисления за %1 на текущий момент по абонентам:</translation>
    </message>
    <message numerus="yes">
        <source>Total for %n subscriber(s): %1</source>
        <translation>
            <numerusform>Итого по %n абоненту: %1</numerusform>
            <numerusform>Итого по %n абонентам: %1</numerusform>
            <numerusform>Итого по %n абонентам: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The operator has no contact e-mail address for your organisation.</source>
        <translation>У оператора нет контактного адреса электронной почты вашей организации.</translation>
    </message>
    <message>
        <source>The information will be sent to: %1</source>
        <translation>Информация будет отправлена на адрес: %1</translation>
    </message>
    <message numerus="yes">
        <source>all %n subscriber(s), %1</source>
        <translation>
            <numerusform>все абоненты (%n), %1</numerusform>
            <numerusform>все абоненты (%n), %1</numerusform>
            <numerusform>все абоненты (%n), %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s): %1; %2</source>
        <translation>
            <numerusform>%n абонент: %1; %2</numerusform>
            <numerusform>%n абонента: %1; %2</numerusform>
            <numerusform>%n абонентов: %1; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1
Charges of: %2
E-mail: %3</source>
        <translation>Период: %1
Начисления: %2
E-mail: %3</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Экспорт в &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>charges_%1</source>
        <translation>начисления_%1</translation>
    </message>
    <message>
        <source>Export charges</source>
        <translation>Экспорт начислений</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s) saved to %1.</source>
        <translation>
            <numerusform>%n абонент сохранен в файл %1.</numerusform>
            <numerusform>%n абонента сохранены в файл %1.</numerusform>
            <numerusform>%n абонентов сохранены в файл %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSizeText</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
<context>
    <name>DeliverySettingsPage</name>
    <message>
        <source>Change delivery method/address</source>
        <translation>Изменить способ/адрес доставки</translation>
    </message>
    <message>
        <source>Loading message</source>
        <translation>Сообщение о загрузке</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Повторить загрузку</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>По e-mail</translation>
    </message>
    <message>
        <source>In &amp;person (at the office)</source>
        <translation>&amp;На руки (в офисе)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>На руки</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Адрес e-mail:</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the delivery settings</source>
        <translation>Сохранить способ доставки</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>A regular invoice goes to the address in force when it is formed, at the start of the next month. If the delivery address changes several times during a month, the regular invoice for the past billing period is sent to the address in force when it is formed.</source>
        <translation>Регулярный счет направляется на адрес, действующий в момент его формирования, в начале следующего месяца. При неоднократном изменении адреса доставки счетов в течение месяца регулярный счет будет направлен Компанией на адрес, указанный на момент формирования счета за прошедший расчетный период.</translation>
    </message>
    <message>
        <source>History of &amp;changes:</source>
        <translation>&amp;История изменений:</translation>
    </message>
    <message>
        <source>History of delivery changes</source>
        <translation>История изменений доставки</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Back to menu</source>
        <translation>В меню</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>на руки</translation>
    </message>
    <message>
        <source>Pick-up &amp;address:</source>
        <translation>&amp;Адрес получения:</translation>
    </message>
    <message>
        <source>The next regular invoice (for %1) will be sent by e-mail to: %2</source>
        <translation>Следующий регулярный счет (за %1) будет направлен на e-mail: %2</translation>
    </message>
    <message>
        <source>The next regular invoice (for %1) will be handed over in person at: %2</source>
        <translation>Следующий регулярный счет (за %1) будет выдан на руки по адресу: %2</translation>
    </message>
    <message>
        <source>Enter the address where the invoices will be collected.</source>
        <translation>Укажите адрес, по которому вы будете получать счета.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved. Invoices will be sent by e-mail to %1.</source>
        <translation>Сохранено. Счета будут направляться на e-mail %1.</translation>
    </message>
    <message>
        <source>Saved. Invoices will be handed over in person at %1.</source>
        <translation>Сохранено. Счета будут выдаваться на руки по адресу: %1.</translation>
    </message>
    <message>
        <source>No delivery address is set: the next regular invoice (for %1) has nowhere to go.</source>
        <translation>Адрес доставки не указан: следующий регулярный счет (за %1) некуда направить.</translation>
    </message>
    <message>
        <source>e.g. buh@romashka.ru</source>
        <translation>например, buh@romashka.ru</translation>
    </message>
    <message>
        <source>city, street, building, office: where you receive the invoices</source>
        <translation>город, улица, дом, офис: где вы будете получать счета</translation>
    </message>
    <message>
        <source>The invoices will be sent to this address.</source>
        <translation>Счета будут отправляться на этот адрес.</translation>
    </message>
    <message>
        <source>The paper invoices will be handed over to you at this address: give the city, street, building and office.</source>
        <translation>По этому адресу вам будут вручать бумажные счета: укажите город, улицу, дом и офис.</translation>
    </message>
</context>
<context>
    <name>DemoOperator</name>
    <message>
        <source>Cannot create the demo operator&apos;s folder %1.</source>
        <translation>Не удается создать папку демонстрационного оператора %1.</translation>
    </message>
    <message>
        <source>The demo operator stopped, so the demo cannot go on. Start the program again.</source>
        <translation>Демонстрационный оператор остановился, продолжить демонстрацию нельзя. Запустите программу заново.</translation>
    </message>
    <message>
        <source>Demo mode: the operator runs on this computer. Log in as «demo» with the password «demo-password» (ООО «Ромашка») or as «demo2» with «demo2-password» (ИП Сидоров).</source>
        <translation>Демонстрационный режим: оператор работает на этом компьютере. Войдите как «demo» с паролем «demo-password» (ООО «Ромашка») или как «demo2» с паролем «demo2-password» (ИП Сидоров).</translation>
    </message>
    <message>
        <source>The demo operator could not be started. Reinstall the program.</source>
        <translation>Не удалось запустить демонстрационного оператора. Переустановите программу.</translation>
    </message>
    <message>
        <source>The demo operator is not installed with the program. Reinstall the program.</source>
        <translation>Демонстрационный оператор не установлен вместе с программой. Переустановите программу.</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Back to menu</source>
        <translation>В меню</translation>
    </message>
</context>
<context>
    <name>DesktopOpenProblem</name>
    <message>
        <source>No program to open PDF files was found on this computer. Use «Save as…».</source>
        <translation>На этом компьютере не найдена программа для открытия PDF. Воспользуйтесь кнопкой «Сохранить как…».</translation>
    </message>
    <message>
        <source>No file manager was found on this computer to show the folder. Use «Save as…» to put a copy where you want it.</source>
        <translation>На этом компьютере не найден файловый менеджер, чтобы показать папку. Нажмите «Сохранить как…», чтобы сохранить копию в нужное место.</translation>
    </message>
</context>
<context>
    <name>DocumentArchive</name>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>не удалось создать папку %1</translation>
    </message>
    <message>
        <source>the archive was written by a newer version of the program; update the program to open it</source>
        <translation>архив записан более новой версией программы; обновите программу, чтобы открыть его</translation>
    </message>
    <message>
        <source>the damaged archive database could not be moved aside</source>
        <translation>не удалось отложить поврежденную базу данных архива</translation>
    </message>
    <message>
        <source>the written copy differs from the document (checked by its checksum)</source>
        <translation>записанная копия отличается от документа (проверено по контрольной сумме)</translation>
    </message>
    <message>
        <source>the archived file has been altered since it was obtained (checked by its checksum)</source>
        <translation>файл в архиве изменен после получения (проверено по контрольной сумме)</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Адрес электронной почты не может содержать пробелы.</translation>
    </message>
    <message>
        <source>An e-mail address needs an &quot;@&quot; between the name and the domain, e.g. buh@example.ru.</source>
        <translation>В адресе электронной почты между именем и доменом нужен знак «@», например buh@example.ru.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one &quot;@&quot;.</source>
        <translation>В адресе электронной почты должен быть ровно один знак «@».</translation>
    </message>
    <message>
        <source>The mailbox name before &quot;@&quot; is missing.</source>
        <translation>Не указано имя почтового ящика перед «@».</translation>
    </message>
    <message>
        <source>The mailbox name before &quot;@&quot; may contain only Latin letters, digits and . _ - + characters, with no dot at its start, at its end or twice in a row.</source>
        <translation>Имя почтового ящика перед «@» может содержать только латинские буквы, цифры и символы . _ - +; точка не может стоять в начале, в конце или дважды подряд.</translation>
    </message>
    <message>
        <source>The domain after &quot;@&quot; is missing.</source>
        <translation>Не указан домен после «@».</translation>
    </message>
    <message>
        <source>The domain after &quot;@&quot; is not valid: check for doubled dots, a dot or hyphen at the edges, or stray characters.</source>
        <translation>Домен после «@» указан неверно: проверьте, нет ли двойных точек, точки или дефиса по краям или лишних символов.</translation>
    </message>
    <message>
        <source>The domain after &quot;@&quot; needs a zone, e.g. &quot;.ru&quot;.</source>
        <translation>В домене после «@» нужна зона, например «.ru».</translation>
    </message>
    <message>
        <source>The e-mail address is too long (at most 254 characters).</source>
        <translation>Адрес электронной почты слишком длинный (не более 254 символов).</translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <source>Also &amp;forget the saved password</source>
        <translation>Также &amp;забыть сохраненный пароль</translation>
    </message>
    <message>
        <source>Also forget the saved password</source>
        <translation>Также забыть сохраненный пароль</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>ExportNameTemplate</name>
    <message>
        <source>{contract}_{period}_{kind}_{number}.pdf</source>
        <translation>{договор}_{период}_{вид}_{номер}.pdf</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Loading state</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Новое сообщение</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>For example: a question about an invoice</source>
        <translation>Например: вопрос по счету</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Прикрепить файл…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>&amp;Убрать файл</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Убрать прикрепленный файл</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Отп&amp;равить</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>От&amp;менить отправку</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Отменить отправку</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Sent &amp;messages</source>
        <translation>Отправленные &amp;сообщения</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Отправленные сообщения</translation>
    </message>
    <message>
        <source>“%1” is %2; the operator accepts attachments of at most %3. Choose a smaller file.</source>
        <translation>Размер файла «%1» — %2, а оператор принимает вложения не больше %3. Выберите файл меньшего размера.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Не удалось прочитать файл «%1»: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation>Файл больше %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file attached (up to %1)</source>
        <translation>Файл не прикреплен (до %1)</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Сообщение отправляется…</translation>
    </message>
    <message>
        <source>Sending was cancelled. Your message is kept.</source>
        <translation>Отправка отменена. Ваше сообщение сохранено.</translation>
    </message>
    <message>
        <source>The message was not sent: %1 Your text is kept; send it again when you are ready.</source>
        <translation>Сообщение не отправлено: %1 Ваш текст сохранен — отправьте его снова, когда будете готовы.</translation>
    </message>
    <message>
        <source>The message “%1” was sent on %2. Its status is in the list below.</source>
        <translation>Сообщение «%1» отправлено %2. Его статус — в списке ниже.</translation>
    </message>
    <message>
        <source>Choose a message to read it and the answer.</source>
        <translation>Выберите сообщение, чтобы прочитать его и ответ оператора.</translation>
    </message>
    <message>
        <source>«%1», sent %2:
%3</source>
        <translation>«%1», отправлено %2:
%3</translation>
    </message>
    <message>
        <source>The operator&apos;s answer of %1:
%2</source>
        <translation>Ответ оператора от %1:
%2</translation>
    </message>
    <message>
        <source>The operator answered by e-mail.</source>
        <translation>Оператор ответил по e-mail.</translation>
    </message>
    <message>
        <source>The operator has not answered yet.</source>
        <translation>Оператор еще не ответил.</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual — SIP Cabinet</source>
        <translation>Руководство пользователя — SIP Cabinet</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>ImapSource</name>
    <message>
        <source>The mailbox settings cannot be used: the server, port, login and folder must all be filled in, and none of them, nor the password, may contain line breaks or other control characters.</source>
        <translation>Настройки почтового ящика нельзя использовать: должны быть заполнены сервер, порт, логин и папка, и ни в них, ни в пароле не должно быть переводов строки и других управляющих символов.</translation>
    </message>
    <message>
        <source>The mail server %1 is not on this computer, so the connection to it must be encrypted: choose TLS or STARTTLS in the mailbox settings. Nothing was sent to the server.</source>
        <translation>Почтовый сервер %1 находится не на этом компьютере, поэтому соединение с ним должно быть зашифровано: выберите в настройках почтового ящика TLS или STARTTLS. На сервер ничего не отправлено.</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server %1 on port %2. Check the server name and port in the mailbox settings and the Internet connection, then try again.</source>
        <translation>Не удается подключиться к почтовому серверу %1 через порт %2. Проверьте адрес сервера и порт в настройках почтового ящика и подключение к Интернету, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time. Try again later; if it keeps happening, check the server name and port in the mailbox settings.</source>
        <translation>Почтовый сервер %1 не ответил вовремя. Повторите попытку позже; если это повторяется, проверьте адрес сервера и порт в настройках почтового ящика.</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 broke off. Try again later.</source>
        <translation>Соединение с почтовым сервером %1 прервалось. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The mail server %1 could not prove its identity, so the program did not log in (%2). Check the server name and the encryption setting; if your company uses its own certificate authority, give its certificate in the mailbox settings.</source>
        <translation>Почтовый сервер %1 не подтвердил свою подлинность, поэтому программа не стала входить (%2). Проверьте адрес сервера и настройку шифрования; если в вашей организации свой удостоверяющий центр, укажите его сертификат в настройках почтового ящика.</translation>
    </message>
    <message>
        <source>The mail server refused the login and password. Check the password; if the mailbox uses an app password, it may have expired: create a new one in the mail service&apos;s settings.</source>
        <translation>Почтовый сервер не принял логин и пароль. Проверьте пароль; если для почтового ящика используется пароль приложения, возможно, срок его действия истек: создайте новый в настройках почтового сервиса.</translation>
    </message>
    <message>
        <source>The mailbox has no folder «%1». Check the folder name in the mailbox settings.</source>
        <translation>В почтовом ящике нет папки «%1». Проверьте название папки в настройках почтового ящика.</translation>
    </message>
    <message>
        <source>The message is no longer in the folder «%1»: it was probably moved or deleted meanwhile.</source>
        <translation>Письма уже нет в папке «%1»: вероятно, за это время его переместили или удалили.</translation>
    </message>
    <message>
        <source>The message is larger than %1, so it was not read. Documents from the operator are much smaller; look at this message in your mail program.</source>
        <translation>Письмо больше %1, поэтому оно не прочитано. Документы оператора намного меньше; откройте это письмо в почтовой программе.</translation>
    </message>
    <message>
        <source>The mail check was cancelled.</source>
        <translation>Проверка почты отменена.</translation>
    </message>
    <message>
        <source>The mail server %1 answered in a way the program cannot understand (%2). Try again later; if it keeps happening, tell whoever runs the mailbox.</source>
        <translation>Почтовый сервер %1 прислал ответ, который программа не может разобрать (%2). Повторите попытку позже; если это повторяется, сообщите тому, кто обслуживает почтовый ящик.</translation>
    </message>
</context>
<context>
    <name>InstallmentScheduleModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
</context>
<context>
    <name>InstallmentTableModel</name>
    <message>
        <source>Device</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Следующий платеж</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>Погашена</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 до %2</translation>
    </message>
    <message>
        <source>Overdue: %1, due on %2</source>
        <translation>Просрочен: %1, срок оплаты %2</translation>
    </message>
</context>
<context>
    <name>InstallmentsPage</name>
    <message>
        <source>Loading state</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <source>Installment &amp;plans</source>
        <translation>&amp;Рассрочки</translation>
    </message>
    <message>
        <source>Installment plans</source>
        <translation>Рассрочки</translation>
    </message>
    <message>
        <source>Payment &amp;schedule</source>
        <translation>&amp;График платежей</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>График платежей</translation>
    </message>
    <message>
        <source>You have no installment plans.</source>
        <translation>У вас нет рассрочек.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocumentFetch</name>
    <message>
        <source>The operator could not form the invoice. Try ordering it again.</source>
        <translation>Оператору не удалось сформировать счет. Попробуйте заказать его еще раз.</translation>
    </message>
    <message>
        <source>The downloaded invoice did not match the operator&apos;s checksum and was discarded. Try again.</source>
        <translation>Скачанный счет не совпал с контрольной суммой оператора и был удален. Повторите попытку.</translation>
    </message>
    <message>
        <source>The invoice could not be saved on this computer: %1</source>
        <translation>Не удалось сохранить счет на этом компьютере: %1</translation>
    </message>
    <message>
        <source>The download was interrupted. Check the connection and try again; what was already downloaded is kept.</source>
        <translation>Загрузка прервалась. Проверьте подключение и повторите попытку; уже скачанная часть сохранена.</translation>
    </message>
    <message>
        <source>The operator keeps refusing the download link. Try again later.</source>
        <translation>Оператор отклоняет ссылку для скачивания. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The invoice was downloaded but could not be recorded in the archive: %1</source>
        <translation>Счет скачан, но его не удалось записать в архив: %1</translation>
    </message>
    <message>
        <source>The operator no longer had the invoice that was being formed, so it has been ordered again.</source>
        <translation>У оператора больше нет счета, который формировался, поэтому он заказан повторно.</translation>
    </message>
</context>
<context>
    <name>InvoiceDownloadPage</name>
    <message>
        <source>Download an invoice by link</source>
        <translation>Загрузить счет по ссылке</translation>
    </message>
    <message>
        <source>Ordering is closed</source>
        <translation>Заказ закрыт</translation>
    </message>
    <message>
        <source>Choose the invoice &amp;period:</source>
        <translation>Выберите &amp;период счета:</translation>
    </message>
    <message>
        <source>Invoice period</source>
        <translation>Период счета</translation>
    </message>
    <message>
        <source>Already in the archive</source>
        <translation>Уже в архиве</translation>
    </message>
    <message>
        <source>Open the &amp;archived copy</source>
        <translation>Открыть копию из &amp;архива</translation>
    </message>
    <message>
        <source>Open the archived copy</source>
        <translation>Открыть копию из архива</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказать</translation>
    </message>
    <message>
        <source>Order the invoice</source>
        <translation>Заказать счет</translation>
    </message>
    <message>
        <source>Forming the invoice…</source>
        <translation>Формирование счета…</translation>
    </message>
    <message>
        <source>Forming progress</source>
        <translation>Ход формирования счета</translation>
    </message>
    <message>
        <source>Downloading the invoice…</source>
        <translation>Загрузка счета…</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Ход загрузки счета</translation>
    </message>
    <message>
        <source>Choose another &amp;period</source>
        <translation>Выбрать другой &amp;период</translation>
    </message>
    <message>
        <source>Choose another period</source>
        <translation>Выбрать другой период</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Cancel the invoice</source>
        <translation>Отменить заказ счета</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the invoice</source>
        <translation>Открыть счет</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Save the invoice as</source>
        <translation>Сохранить счет как</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Show the invoice in its folder</source>
        <translation>Показать счет в папке</translation>
    </message>
    <message>
        <source>Order &amp;another invoice</source>
        <translation>Заказать &amp;другой счет</translation>
    </message>
    <message>
        <source>Order another invoice</source>
        <translation>Заказать другой счет</translation>
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Back to menu</source>
        <translation>В меню</translation>
    </message>
    <message>
        <source>The invoice for %1 is already in the archive (downloaded %2). You can open it, or order it again.</source>
        <translation>Счет за %1 уже есть в архиве (загружен %2). Его можно открыть или заказать заново.</translation>
    </message>
    <message>
        <source>The operator will form the invoice for communication services for %1. As soon as it is formed, it will be downloaded to this computer, checked and kept in the archive. Forming takes some time; you can cancel it or go to other pages meanwhile.</source>
        <translation>Оператор сформирует счет за услуги связи за %1. Как только счет будет сформирован, он будет загружен на этот компьютер, проверен и сохранен в архиве. Формирование счета занимает определенное время; его можно отменить или тем временем перейти к другим разделам.</translation>
    </message>
    <message>
        <source>The order was cancelled: the operator stopped forming the invoice.</source>
        <translation>Заказ отменен: оператор прекратил формирование счета.</translation>
    </message>
    <message>
        <source>Sending the order for %1…</source>
        <translation>Отправка заказа счета за %1…</translation>
    </message>
    <message>
        <source>Forming the invoice for %1…</source>
        <translation>Формирование счета за %1…</translation>
    </message>
    <message>
        <source>The download starts as soon as the invoice is formed.</source>
        <translation>Загрузка начнется, как только счет будет сформирован.</translation>
    </message>
    <message>
        <source>Downloading the invoice: %1 of %2</source>
        <translation>Загрузка счета: %1 из %2</translation>
    </message>
    <message>
        <source>The invoice for %1 (No. %2, %3) is downloaded, checked against the operator&apos;s checksum and saved in the archive:
%4</source>
        <translation>Счет за %1 (№ %2, %3) загружен, сверен с контрольной суммой оператора и сохранен в архиве:
%4</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The invoice was saved as %1.</source>
        <translation>Счет сохранен как %1.</translation>
    </message>
    <message>
        <source>The invoice could not be saved as %1: %2</source>
        <translation>Не удалось сохранить счет как %1: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceEmailOrderPage</name>
    <message>
        <source>Choose the invoice &amp;period:</source>
        <translation>Выберите &amp;период счета:</translation>
    </message>
    <message>
        <source>Invoice period</source>
        <translation>Период счета</translation>
    </message>
    <message>
        <source>The invoice for the specified period will be sent to your e-mail.</source>
        <translation>Счет за указанный период будет отправлен на ваш e-mail.</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>Ожидание ответа оператора</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Back to menu</source>
        <translation>В меню</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказать</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказать</translation>
    </message>
    <message>
        <source>Order &amp;again</source>
        <translation>Заказать &amp;еще</translation>
    </message>
    <message>
        <source>Order again</source>
        <translation>Заказать еще</translation>
    </message>
    <message>
        <source>%1 — invoice No. %2, %3</source>
        <translation>%1 — счет № %2, %3</translation>
    </message>
    <message>
        <source>The operator has no invoices for this account yet.</source>
        <translation>У оператора пока нет счетов по этому лицевому счету.</translation>
    </message>
    <message>
        <source>No e-mail address for invoices is given. Set one in «%1».</source>
        <translation>Адрес электронной почты для счетов не указан. Укажите его в разделе «%1».</translation>
    </message>
    <message>
        <source>The copy of the invoice will be sent to: %1</source>
        <translation>Копия счета будет отправлена на адрес: %1</translation>
    </message>
    <message>
        <source>Period: %1
Invoice: No. %2, %3
E-mail: %4</source>
        <translation>Период: %1
Счет: № %2, %3
E-mail: %4</translation>
    </message>
    <message>
        <source>The invoice for %1 has been sent to %2.
Order number: %3.</source>
        <translation>Счет за %1 отправлен на адрес %2.
Номер заказа: %3.</translation>
    </message>
    <message>
        <source>The regular invoice for %1 was sent by e-mail to %2: the address in force when it was formed (%3).</source>
        <translation>Регулярный счет за %1 был направлен на e-mail %2 — адрес, указанный на момент формирования счета (%3).</translation>
    </message>
    <message>
        <source>The regular invoice for %1 was handed over in person at %2: the address in force when it was formed (%3).</source>
        <translation>Регулярный счет за %1 был выдан на руки по адресу: %2 — адрес, указанный на момент формирования счета (%3).</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in to the personal account</source>
        <translation>Вход в личный кабинет</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Учетная запись:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <translation>&amp;Запомнить меня</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Запомнить меня</translation>
    </message>
    <message>
        <source>Operator &amp;address:</source>
        <translation>&amp;Адрес оператора:</translation>
    </message>
    <message>
        <source>Operator address</source>
        <translation>Адрес оператора</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Выполняется вход</translation>
    </message>
    <message>
        <source>Another account…</source>
        <translation>Другая учетная запись…</translation>
    </message>
    <message>
        <source>Enter the login of your personal account.</source>
        <translation>Введите логин личного кабинета.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Document &amp;archive</source>
        <translation>Архив &amp;документов</translation>
    </message>
    <message>
        <source>Document archive without logging in</source>
        <translation>Архив документов без входа</translation>
    </message>
    <message>
        <source>The documents already obtained, kept on this computer: no login and no network needed.</source>
        <translation>Уже полученные документы, хранящиеся на этом компьютере: ни вход, ни сеть не нужны.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <source>The address of the operator&apos;s service: change it only if the operator asks you to.</source>
        <translation>Адрес сервиса оператора: меняйте его, только если об этом просит оператор.</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>Operator: %1. Support: %2</source>
        <translation>Оператор: %1. Служба поддержки: %2</translation>
    </message>
</context>
<context>
    <name>MailFiler</name>
    <message>
        <source>The message is damaged and could not be read.</source>
        <translation>Письмо повреждено, прочитать его не удалось.</translation>
    </message>
    <message>
        <source>The message or its attachment is larger than the app accepts.</source>
        <translation>Письмо или вложение в нем больше, чем допускает программа.</translation>
    </message>
    <message>
        <source>The message has too many parts to be read safely.</source>
        <translation>В письме слишком много частей, чтобы его можно было безопасно прочитать.</translation>
    </message>
    <message>
        <source>The message has messages nested too deep inside it to be read safely.</source>
        <translation>В письмо вложены другие письма со слишком большой глубиной вложенности, чтобы его можно было безопасно прочитать.</translation>
    </message>
    <message>
        <source>The document could not be filed in the archive: %1</source>
        <translation>Документ не удалось сохранить в архиве: %1</translation>
    </message>
</context>
<context>
    <name>MailIntakeLog</name>
    <message>
        <source>The mail record was written by a newer version of the program.</source>
        <translation>Журнал почты записан более новой версией программы.</translation>
    </message>
</context>
<context>
    <name>MailIntakeService</name>
    <message>
        <source>The settings are saved, but the password could not be kept in the system&apos;s keychain: it will be asked for after a restart.</source>
        <translation>Настройки сохранены, но пароль не удалось сохранить в связке ключей системы: после перезапуска программы его нужно будет ввести снова.</translation>
    </message>
    <message>
        <source>Choose where the operator&apos;s e-mails come from.</source>
        <translation>Выберите, откуда брать письма оператора.</translation>
    </message>
    <message numerus="yes">
        <source>The folder can be read: %n e-mail(s) in it.</source>
        <translation>
            <numerusform>Папка доступна: в ней %n письмо.</numerusform>
            <numerusform>Папка доступна: в ней %n письма.</numerusform>
            <numerusform>Папка доступна: в ней %n писем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n e-mail(s) in the folder.</source>
        <translation>
            <numerusform>Соединение установлено: в папке %n письмо.</numerusform>
            <numerusform>Соединение установлено: в папке %n письма.</numerusform>
            <numerusform>Соединение установлено: в папке %n писем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Demo mode note</source>
        <translation>Примечание о демонстрационном режиме</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>&amp;Documents come from:</source>
        <translation>&amp;Откуда брать документы:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>imap.example.ru</source>
        <translation>imap.example.ru</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>accounts@example.ru</source>
        <translation>accounts@example.ru</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system&apos;s keychain</source>
        <translation>Хранить пароль в св&amp;язке ключей системы</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>Mail &amp;folder:</source>
        <translation>Па&amp;пка с письмами:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the mail folder</source>
        <translation>Выбрать папку с письмами</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Проверить сое&amp;динение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Mailbox settings message</source>
        <translation>Сообщение о настройках почтового ящика</translation>
    </message>
    <message>
        <source>Chec&amp;k mail now</source>
        <translation>Проверить по&amp;чту</translation>
    </message>
    <message>
        <source>Mail check progress</source>
        <translation>Ход проверки почты</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Cancel the mail check</source>
        <translation>Отменить проверку почты</translation>
    </message>
    <message>
        <source>Mail check message</source>
        <translation>Сообщение о проверке почты</translation>
    </message>
    <message>
        <source>E-mails that look like the operator&apos;s but were &amp;not recognised:</source>
        <translation>Письма, похожие на письма оператора, но &amp;не распознанные:</translation>
    </message>
    <message>
        <source>E-mails not recognised</source>
        <translation>Нераспознанные письма</translation>
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Why not recognised</source>
        <translation>Почему не распознано</translation>
    </message>
    <message>
        <source>nowhere: documents are not taken from mail</source>
        <translation>ниоткуда: документы из почты не берутся</translation>
    </message>
    <message>
        <source>a mailbox on a mail server (IMAP)</source>
        <translation>почтовый ящик на сервере (IMAP)</translation>
    </message>
    <message>
        <source>a Maildir folder on this computer</source>
        <translation>папка Maildir на этом компьютере</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>none (a server on this computer only)</source>
        <translation>без шифрования (только сервер на этом компьютере)</translation>
    </message>
    <message>
        <source>Demo mode: the demo operator&apos;s e-mails are taken from its outgoing mail folder on this computer. The mailbox is set up here outside demo mode.</source>
        <translation>Демонстрационный режим: письма демонстрационного оператора берутся из его папки исходящих писем на этом компьютере. Почтовый ящик настраивается здесь вне демонстрационного режима.</translation>
    </message>
    <message>
        <source>Choose the mail folder (Maildir)</source>
        <translation>Выберите папку с письмами (Maildir)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Saved. Mail is checked every ten minutes, and more often after an order.</source>
        <translation>Сохранено. Почта проверяется каждые десять минут, а после заказа — чаще.</translation>
    </message>
    <message>
        <source>Checking mail…</source>
        <translation>Проверка почты…</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password above and press «Save»: it is not kept on this computer.</source>
        <translation>Введите выше пароль почтового ящика и нажмите «Сохранить»: на этом компьютере он не хранится.</translation>
    </message>
    <message>
        <source>The check was cancelled; the rest is taken next time.</source>
        <translation>Проверка отменена; остальные письма будут прочитаны в следующий раз.</translation>
    </message>
    <message>
        <source>Checked at %1: no new e-mail.</source>
        <translation>Проверено в %1: новых писем нет.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1: %n new e-mail(s) read, documents filed: %2.</source>
        <translation>
            <numerusform>Проверено в %1: прочитано %n новое письмо, сохранено документов: %2.</numerusform>
            <numerusform>Проверено в %1: прочитано %n новых письма, сохранено документов: %2.</numerusform>
            <numerusform>Проверено в %1: прочитано %n новых писем, сохранено документов: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is checked once you are logged in to the personal account.</source>
        <translation>Почта будет проверяться после входа в личный кабинет.</translation>
    </message>
    <message>
        <source>Mail is not checked: choose where the operator&apos;s e-mails come from and press «Save».</source>
        <translation>Почта не проверяется: выберите, откуда брать письма оператора, и нажмите «Сохранить».</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>Choose the mail folder.</source>
        <translation>Выберите папку с письмами.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s address.</source>
        <translation>Укажите адрес почтового сервера.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s login.</source>
        <translation>Укажите логин почтового ящика.</translation>
    </message>
    <message>
        <source>Enter the folder to read, usually INBOX.</source>
        <translation>Укажите папку, из которой брать письма, обычно INBOX.</translation>
    </message>
    <message>
        <source>Without encryption the password would cross the network readable by anyone: choose SSL/TLS or STARTTLS. Only a server on this computer may be used without encryption.</source>
        <translation>Без шифрования пароль передавался бы по сети в открытом виде: выберите SSL/TLS или STARTTLS. Без шифрования можно подключаться только к серверу на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>MaildirSource</name>
    <message>
        <source>«%1» is not a mail folder in the Maildir format (it has no cur and new folders).</source>
        <translation>Папка «%1» не является почтовой папкой в формате Maildir (в ней нет папок cur и new).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Cabinet</source>
        <translation>SIP Cabinet</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <source>%1 — SIP Cabinet</source>
        <translation>%1 — SIP Cabinet</translation>
    </message>
    <message>
        <source>Log in — SIP Cabinet</source>
        <translation>Вход — SIP Cabinet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User manual</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About SIP Cabinet</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>MenuCatalog</name>
    <message>
        <source>Personal information</source>
        <translation>Персональная информация</translation>
    </message>
    <message>
        <source>Your organisation&apos;s details as the operator keeps them: name, contract, taxpayer number, address, contacts and the e-mail invoices are sent to.</source>
        <translation>Данные вашей организации в том виде, в каком их хранит оператор: наименование, договор, ИНН, адрес, контакты и адрес электронной почты для счетов.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>The balance of your personal account and the history of your payments.</source>
        <translation>Баланс лицевого счета и история ваших платежей.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>This section holds information about the customer&apos;s invoices. Here you can order an invoice to your e-mail address or download an invoice by a link. The service is not available while invoices for communication services are being formed (from the 1st to the 3rd of each month). In this section you can also change the address and/or the delivery method of invoices.</source>
        <translation>Раздел включает информацию, связанную со счетами клиента. Здесь вы можете заказать счет на адрес электронной почты или загрузить счет по ссылке. Услуга не оказывается в период формирования счетов за услуги связи (с 1 по 3 число каждого месяца). Также в этом разделе можно изменить адрес и/или способ доставки счетов.</translation>
    </message>
    <message>
        <source>Order an invoice by e-mail</source>
        <translation>Заказать счет на E-mail</translation>
    </message>
    <message>
        <source>You can order a repeated sending of regular invoices for communication services for the period you are interested in. The invoice is sent to the e-mail address currently given in the Personal account. If the invoice delivery address was changed several times during a month, the Company sends the regular invoice to the address that was given at the time the invoice for the past billing period was formed.</source>
        <translation>Вы можете заказать повторную отправку регулярных счетов за услуги связи за интересующий период. Счет высылается на адрес электронной почты, указанный на настоящий момент в Личном кабинете. При неоднократном изменении адреса доставки счетов в течение месяца, регулярный счет будет направлен Компанией на адрес, указанный на момент формирования счета за прошедший расчетный период.</translation>
    </message>
    <message>
        <source>Download an invoice by link</source>
        <translation>Загрузить счет по ссылке</translation>
    </message>
    <message>
        <source>You can order an invoice for communication services (for the 2 previous months). Once the invoice has been formed, you can download it by the corresponding link. Attention! Forming an invoice takes some time, so please wait until the process is complete.</source>
        <translation>Вы можете заказать счет за услуги связи (за 2 предыдущих месяца). После того, как счет будет сформирован, его можно будет «скачать» по соответствующей ссылке. Внимание! Формирование счета занимает определенное время, поэтому дождитесь окончания процесса.</translation>
    </message>
    <message>
        <source>Change delivery method/address</source>
        <translation>Изменить способ/адрес доставки</translation>
    </message>
    <message>
        <source>In this section you can change the delivery method of invoices, choosing the one most convenient for you (e-mail, in person).</source>
        <translation>В этом разделе Вам предоставляется возможность изменить способ доставки счетов, выбрав наиболее удобный для Вас (e-mail, на руки).</translation>
    </message>
    <message>
        <source>Call details by e-mail</source>
        <translation>Детализация на E-mail</translation>
    </message>
    <message>
        <source>You can order call details for the current and the previous month. Call details can be ordered to the customer&apos;s e-mail address.</source>
        <translation>Вы можете заказать детализацию звонков за текущий и прошлый месяц. Получение детализации звонков можно заказать на электронный адрес клиента.</translation>
    </message>
    <message>
        <source>Charges for the current period</source>
        <translation>Начисления за текущий период</translation>
    </message>
    <message>
        <source>You can order information about the charges of the current month per subscriber. The information will be sent to the customer&apos;s e-mail address.</source>
        <translation>Вы можете заказать информацию о начислениях в текущем месяце по абонентам. Информация будет отправлена на адрес электронной почты клиента.</translation>
    </message>
    <message>
        <source>Installment information</source>
        <translation>Информация по рассрочке</translation>
    </message>
    <message>
        <source>Your installment plans: the device, the total, what is paid and what remains, and the schedule of payments.</source>
        <translation>Ваши рассрочки: устройство, полная стоимость, оплачено и осталось, график платежей.</translation>
    </message>
    <message>
        <source>Choose a SIP subscriber</source>
        <translation>Выбор SIP-абонента</translation>
    </message>
    <message>
        <source>The SIP subscribers of your account. The chosen subscriber is used by the functions that work per subscriber, such as call details and charges.</source>
        <translation>SIP-абоненты вашего лицевого счета. Выбранный абонент используется функциями, которые работают по абонентам, например детализацией звонков и начислениями.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>Write to the operator and follow the status of the messages you have sent.</source>
        <translation>Напишите оператору и следите за статусом отправленных сообщений.</translation>
    </message>
    <message>
        <source>Mobile call centre</source>
        <translation>Мобильный колл-центр</translation>
    </message>
    <message>
        <source>The operator&apos;s phone numbers and working hours, and a request for a call back.</source>
        <translation>Телефоны и часы работы оператора, заказ обратного звонка.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Finish working with the personal account.</source>
        <translation>Завершить работу с личным кабинетом.</translation>
    </message>
    <message>
        <source>Document archive</source>
        <translation>Архив документов</translation>
    </message>
    <message>
        <source>Every invoice and document the app has obtained, of all your accounts, kept on this computer: search by number, period or amount, preview, open or save a copy, and export the month&apos;s documents to a folder or a ZIP file for the accountant. Works without a network.</source>
        <translation>Все счета и документы, полученные приложением, по всем вашим лицевым счетам хранятся на этом компьютере: поиск по номеру, периоду или сумме, просмотр, открытие или сохранение копии и выгрузка документов за месяц в папку или ZIP-архив для бухгалтерии. Работает без сети.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>The documents the operator sends by e-mail (invoice repeats, call details, charges, the regular invoice) are taken from your mailbox and filed in the document archive by themselves. Here you choose the mailbox, check the connection and see the e-mails that were not recognised.</source>
        <translation>Документы, которые оператор присылает по e-mail (повторные счета, детализация звонков, начисления, регулярный счет), сами берутся из вашего почтового ящика и сохраняются в архиве документов. Здесь выбирается почтовый ящик, проверяется соединение и видны письма, которые не удалось распознать.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Where the money goes: a year of regular invoices as a chart and a table, per subscriber or per organisation, this month so far, what changed in a month and why, and the invoice against the charges seen during the month. The figures are kept on this computer and can be exported to Excel.</source>
        <translation>Куда уходят деньги: регулярные счета за год в виде диаграммы и таблицы, по SIP-абонентам или по организациям, начисления за текущий период, что изменилось за месяц и почему, и сверка счета с начислениями, которые программа видела в течение месяца. Данные хранятся на этом компьютере, их можно выгрузить в Excel.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Every organisation whose account the app remembers, at a glance: balance, whether ordering is open, last month&apos;s invoice, new documents and what needs attention. «Close the month» gets the month&apos;s documents of all of them into one pack, a folder per organisation.</source>
        <translation>Все организации, лицевые счета которых помнит программа, на одной странице: баланс, открыт ли заказ документов, счет за прошлый месяц, новые документы и то, что требует внимания. «Закрыть месяц» собирает документы за месяц по всем организациям в одну выгрузку, в каждой организации своя папка.</translation>
    </message>
</context>
<context>
    <name>MonthClose</name>
    <message>
        <source>Month close %1</source>
        <translation>Закрытие месяца %1</translation>
    </message>
    <message>
        <source>No document of the month was obtained, so there is no pack.</source>
        <translation>Ни одного документа за месяц не получено, поэтому выгрузки нет.</translation>
    </message>
    <message>
        <source>These documents were altered in the archive and were not packed: %1.</source>
        <translation>Эти документы были изменены в архиве и не выгружены: %1.</translation>
    </message>
</context>
<context>
    <name>MonthCloseDialog</name>
    <message>
        <source>Regular &amp;invoice</source>
        <translation>Регулярный &amp;счет</translation>
    </message>
    <message>
        <source>Call &amp;details</source>
        <translation>&amp;Детализация</translation>
    </message>
    <message>
        <source>C&amp;harges per subscriber</source>
        <translation>&amp;Начисления по абонентам</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Закрытие месяца</translation>
    </message>
    <message>
        <source>Organisations to close</source>
        <translation>Организации для закрытия месяца</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папку</translation>
    </message>
    <message>
        <source>a ZIP file</source>
        <translation>ZIP-архив</translation>
    </message>
    <message>
        <source>Folder for the pack</source>
        <translation>Папка для выгрузки</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>&amp;Организации:</translation>
    </message>
    <message>
        <source>&amp;Pack as:</source>
        <translation>&amp;Выгрузить в:</translation>
    </message>
    <message>
        <source>&amp;Put it in:</source>
        <translation>&amp;Поместить в:</translation>
    </message>
    <message>
        <source>&amp;Close the month</source>
        <translation>&amp;Закрыть месяц</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Where to put the pack</source>
        <translation>Куда поместить выгрузку</translation>
    </message>
</context>
<context>
    <name>MonthCloseText</name>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>being obtained, %1%</source>
        <translation>получение, %1%</translation>
    </message>
    <message>
        <source>ordered to e-mail, awaiting the letter</source>
        <translation>заказ отправлен на E-mail, ожидается письмо</translation>
    </message>
    <message>
        <source>obtained</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>already in the archive</source>
        <translation>уже в архиве</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>недоступно: %1</translation>
    </message>
    <message>
        <source>not obtained: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>in the archive</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>arrived by e-mail</source>
        <translation>пришел по почте</translation>
    </message>
    <message>
        <source>being formed by the operator</source>
        <translation>формируется оператором</translation>
    </message>
    <message>
        <source>ordered by e-mail</source>
        <translation>заказан на E-mail</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>closed until %1, %2 (operator&apos;s time)</source>
        <translation>закрыт до %1, %2 (по времени оператора)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>%1 of %2 obtained; %3</source>
        <translation>получено %1 из %2; %3</translation>
    </message>
    <message>
        <source>%1 of %2 obtained; the rest ordered by e-mail</source>
        <translation>получено %1 из %2; остальное заказано на E-mail</translation>
    </message>
    <message>
        <source>%1 of %2 obtained</source>
        <translation>получено %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) closed for %2.</source>
        <translation>
            <numerusform>За %2 закрыто организаций: %1 из %n.</numerusform>
            <numerusform>За %2 закрыто организаций: %1 из %n.</numerusform>
            <numerusform>За %2 закрыто организаций: %1 из %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New invoices: %n organisation(s)</source>
        <translation>
            <numerusform>Новые счета: %n организация</numerusform>
            <numerusform>Новые счета: %n организации</numerusform>
            <numerusform>Новые счета: %n организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoices for %1 are in the document archive: %2</source>
        <translation>Счета за %1 в архиве документов: %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и еще %n</numerusform>
            <numerusform> и еще %n</numerusform>
            <numerusform> и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not obtained: %1.</source>
        <translation>Не получены: %1.</translation>
    </message>
</context>
<context>
    <name>MonthEndIndexWorkbook</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Лицевой счет</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>SIP-абонент</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>Контрольная сумма (SHA-256)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>MonthEndPack</name>
    <message>
        <source>There are no documents to export.</source>
        <translation>Нет документов для выгрузки.</translation>
    </message>
    <message>
        <source>The folder %1 already exists; choose another name.</source>
        <translation>Папка %1 уже существует, выберите другое имя.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be written.</source>
        <translation>Не удалось записать папку %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Лицевой счет</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>SIP-абонент</translation>
    </message>
    <message>
        <source>obtained_at</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Размер, байт</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>Контрольная сумма (SHA-256)</translation>
    </message>
    <message>
        <source>The ZIP file could not be created.</source>
        <translation>Не удалось создать ZIP-архив.</translation>
    </message>
    <message>
        <source>The ZIP file could not be written (the disk may be full).</source>
        <translation>Не удалось записать ZIP-архив (возможно, на диске нет места).</translation>
    </message>
    <message>
        <source>The index for Excel could not be made: %1</source>
        <translation>Не удалось составить опись для Excel: %1</translation>
    </message>
    <message>
        <source>total for the organisation</source>
        <translation>итого по организации</translation>
    </message>
</context>
<context>
    <name>OfflineMode</name>
    <message>
        <source>&amp;Retry login</source>
        <translation>&amp;Повторить вход</translation>
    </message>
    <message>
        <source>Retry login</source>
        <translation>Повторить вход</translation>
    </message>
    <message>
        <source>Offline: %1 Only the document archive works until the operator can be reached.</source>
        <translation>Нет связи: %1 Пока оператор недоступен, работает только архив документов.</translation>
    </message>
</context>
<context>
    <name>OperatorDataLoader</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Loading from the operator</source>
        <translation>Загрузка данных оператора</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load the data from the operator again (F5)</source>
        <translation>Загрузить данные оператора заново (F5)</translation>
    </message>
    <message>
        <source>%1 Press “Refresh” to try again.</source>
        <translation>%1 Нажмите «Обновить», чтобы повторить попытку.</translation>
    </message>
</context>
<context>
    <name>OperatorMailRecognizer</name>
    <message>
        <source>The message could not be read safely.</source>
        <translation>Письмо не удалось безопасно прочитать.</translation>
    </message>
    <message>
        <source>It signs as the operator but comes from another address: %1.</source>
        <translation>Письмо подписано как письмо оператора, но отправлено с другого адреса: %1.</translation>
    </message>
    <message>
        <source>It is addressed to none of this account&apos;s e-mail addresses.</source>
        <translation>Письмо адресовано не на адреса e-mail этой учетной записи.</translation>
    </message>
    <message>
        <source>Its subject names no document the operator sends: «%1».</source>
        <translation>В теме письма не назван документ, который отправляет оператор: «%1».</translation>
    </message>
    <message>
        <source>It does not say which month it is for.</source>
        <translation>В письме не указано, за какой месяц документ.</translation>
    </message>
    <message>
        <source>No PDF or CSV document is attached.</source>
        <translation>К письму не приложен документ PDF или CSV.</translation>
    </message>
</context>
<context>
    <name>OperatorPreset</name>
    <message>
        <source>The operator&apos;s settings file is too large.</source>
        <translation>Файл настроек оператора слишком большой.</translation>
    </message>
    <message>
        <source>The operator&apos;s settings file is damaged.</source>
        <translation>Файл настроек оператора поврежден.</translation>
    </message>
    <message>
        <source>The operator&apos;s settings file has no operator name.</source>
        <translation>В файле настроек оператора не указано название оператора.</translation>
    </message>
    <message>
        <source>The operator&apos;s settings file cannot be read: %1.</source>
        <translation>Файл настроек оператора не удалось открыть: %1.</translation>
    </message>
</context>
<context>
    <name>OperatorUrlPolicy</name>
    <message>
        <source>The operator address &quot;%1&quot; is not a valid web address.</source>
        <translation>Адрес оператора «%1» не является корректным веб-адресом.</translation>
    </message>
    <message>
        <source>The operator address &quot;%1&quot; must use a secure connection (https://).</source>
        <translation>Адрес оператора «%1» должен использовать защищенное соединение (https://).</translation>
    </message>
    <message>
        <source>The operator address &quot;%1&quot; must start with https://.</source>
        <translation>Адрес оператора «%1» должен начинаться с https://.</translation>
    </message>
</context>
<context>
    <name>OrderProgressText</name>
    <message>
        <source>awaited</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказан</translation>
    </message>
    <message>
        <source>Sent by the operator</source>
        <translation>Отправлен оператором</translation>
    </message>
    <message>
        <source>Received from the mailbox</source>
        <translation>Получен из почтового ящика</translation>
    </message>
    <message>
        <source>Filed in the archive</source>
        <translation>Сохранен в архиве</translation>
    </message>
    <message>
        <source>The document will be filed in the archive by itself once the operator&apos;s e-mail arrives.</source>
        <translation>Документ сам сохранится в архиве, как только придет письмо оператора.</translation>
    </message>
    <message>
        <source>To have the document filed in the archive by itself, set up the «Mail» section.</source>
        <translation>Чтобы документ сам сохранялся в архиве, настройте раздел «Почта».</translation>
    </message>
    <message>
        <source>Came by e-mail for order No. %1 of %2; received %3.</source>
        <translation>Получен по e-mail по заказу № %1 от %2; письмо получено %3.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>еще нет</translation>
    </message>
</context>
<context>
    <name>OrderRecipient</name>
    <message>
        <source>It goes to your organisation&apos;s contact e-mail, not to the invoice delivery address: the operator sends only invoices there. The contact e-mail is shown under «Personal information».</source>
        <translation>Отправляется на контактный e-mail организации, а не на адрес доставки счетов: туда оператор направляет только счета. Контактный e-mail указан в разделе «Персональная информация».</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <source>The order could not be queued: %1</source>
        <translation>Не удалось поставить заказ в очередь: %1</translation>
    </message>
    <message>
        <source>Ordering is closed while the invoices are being formed. The order is queued and %1; you can cancel it in «%2» until then.</source>
        <translation>Пока формируются счета, заказ недоступен. Заказ поставлен в очередь и %1; до этого его можно отменить в разделе «%2».</translation>
    </message>
    <message>
        <source>&amp;Queue the order</source>
        <translation>Поставить в &amp;очередь</translation>
    </message>
</context>
<context>
    <name>OrderingClosedBanner</name>
    <message>
        <source>Ordering is not available while invoices for communication services are being formed, from %1 to %2.</source>
        <translation>Заказ недоступен, пока формируются счета за услуги связи: с %1 по %2.</translation>
    </message>
    <message>
        <source>It opens again on %1 at %2.</source>
        <translation>Заказ снова станет доступен %1 в %2.</translation>
    </message>
    <message>
        <source>It opens again on %1 at %2 by the operator&apos;s clock, that is on %3 at %4 by yours.</source>
        <translation>Заказ снова станет доступен %1 в %2 по времени оператора — это %3 в %4 по вашему времени.</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Invoice for %1</source>
        <translation>Счет за %1</translation>
    </message>
    <message>
        <source>Last month&apos;s invoice</source>
        <translation>Счет за прошлый месяц</translation>
    </message>
    <message>
        <source>New documents</source>
        <translation>Новые документы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>Закрытие месяца</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>signing in…</source>
        <translation>вход…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <source>password needed: %1</source>
        <translation>нужен пароль: %1</translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation>нет связи: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>пусто</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find an organisation</source>
        <translation>Найти организацию</translation>
    </message>
    <message>
        <source>Organisation or login</source>
        <translation>Организация или логин</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Queued orders</source>
        <translation>Заказы в очереди</translation>
    </message>
    <message>
        <source>Cancel the or&amp;der</source>
        <translation>Отменить &amp;заказ</translation>
    </message>
    <message>
        <source>Cancel the queued order</source>
        <translation>Отменить заказ из очереди</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>Закрытие месяца</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Ос&amp;тановить</translation>
    </message>
    <message>
        <source>Stop the month close</source>
        <translation>Остановить закрытие месяца</translation>
    </message>
    <message>
        <source>Show the pac&amp;k</source>
        <translation>Показать в&amp;ыгрузку</translation>
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Enter the &amp;password…</source>
        <translation>Ввести &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Open the cabinet</source>
        <translation>&amp;Открыть кабинет</translation>
    </message>
    <message>
        <source>&amp;Close the month…</source>
        <translation>&amp;Закрыть месяц…</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s), %1 signed in</source>
        <translation>
            <numerusform>Организаций: %n, вход выполнен: %1</numerusform>
            <numerusform>Организаций: %n, вход выполнен: %1</numerusform>
            <numerusform>Организаций: %n, вход выполнен: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The password of %1 (%2):</source>
        <translation>Пароль организации %1 (%2):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The close could not be queued: %1</source>
        <translation>Не удалось поставить закрытие месяца в очередь: %1</translation>
    </message>
    <message>
        <source>Ordering is closed until the invoices are formed. The close of %1 is queued and %2.</source>
        <translation>Пока формируются счета, заказ недоступен. Закрытие месяца за %1 поставлено в очередь: заказ %2.</translation>
    </message>
    <message>
        <source>The close of %1 was stopped. Close the month again to go on: what was obtained stays.</source>
        <translation>Закрытие месяца за %1 остановлено. Чтобы продолжить, закройте месяц снова: полученные документы сохранятся.</translation>
    </message>
    <message>
        <source>%1 The pack is ready.</source>
        <translation>%1 Выгрузка готова.</translation>
    </message>
    <message>
        <source>%1 The pack holds what was obtained; the table says what is missing and why.</source>
        <translation>%1 В выгрузке то, что удалось получить; чего не хватает и почему, написано в таблице.</translation>
    </message>
    <message>
        <source>The order is being sent already and can no longer be cancelled.</source>
        <translation>Заказ уже отправляется, отменить его нельзя.</translation>
    </message>
    <message>
        <source>No file manager was found on this computer to show the pack. It is in %1.</source>
        <translation>На компьютере не найден файловый менеджер, чтобы показать выгрузку. Она находится здесь: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Closing %1: %2 of %n organisation(s) done.</source>
        <translation>
            <numerusform>Закрытие месяца за %1: готово %2 из %n.</numerusform>
            <numerusform>Закрытие месяца за %1: готово %2 из %n.</numerusform>
            <numerusform>Закрытие месяца за %1: готово %2 из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new invoices are being fetched for every organisation right now. Close the month again in a minute.</source>
        <translation>Сейчас программа загружает новые счета по всем организациям. Закройте месяц еще раз через минуту.</translation>
    </message>
</context>
<context>
    <name>PackPeriodDialog</name>
    <message>
        <source>Export the period</source>
        <translation>Выгрузка за период</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Loading state</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Пок&amp;азать</translation>
    </message>
    <message>
        <source>Show payments for the period</source>
        <translation>Показать платежи за период</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation>История платежей</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
        <source>A negative balance is a debt to the operator.</source>
        <translation>Отрицательный баланс — задолженность перед оператором.</translation>
    </message>
    <message>
        <source>No payments in this period.</source>
        <translation>За этот период платежей нет.</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Экспорт платежей</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) saved to %1.</source>
        <translation>
            <numerusform>%n платеж сохранен в %1.</numerusform>
            <numerusform>%n платежа сохранено в %1.</numerusform>
            <numerusform>%n платежей сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Экспорт &amp;в Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>payments_%1_%2</source>
        <translation>платежи_%1_%2</translation>
    </message>
</context>
<context>
    <name>PersonalInfoPage</name>
    <message>
        <source>Loading state</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Наименование организации</translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation>&amp;Договор</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>&amp;Taxpayer number (INN)</source>
        <translation>&amp;ИНН</translation>
    </message>
    <message>
        <source>Taxpayer number (INN)</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Legal a&amp;ddress</source>
        <translation>&amp;Юридический адрес</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail</source>
        <translation>Контактный &amp;e-mail</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Контактный e-mail</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>Контактный &amp;телефон</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Контактный телефон</translation>
    </message>
    <message>
        <source>&amp;Invoice e-mail</source>
        <translation>E-mail для &amp;счетов</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>E-mail для счетов</translation>
    </message>
    <message>
        <source>Delivery &amp;method</source>
        <translation>Спосо&amp;б доставки</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>Deli&amp;very address</source>
        <translation>&amp;Адрес доставки</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>C&amp;hange delivery method or address</source>
        <translation>Из&amp;менить способ/адрес доставки</translation>
    </message>
    <message>
        <source>Change delivery method or address</source>
        <translation>Изменить способ/адрес доставки</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>По электронной почте</translation>
    </message>
    <message>
        <source>Collected at the operator&apos;s office</source>
        <translation>Получение в офисе оператора</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>for example +7 916 123-45-67 or 8 (916) 123-45-67</source>
        <translation>например +7 916 123-45-67 или 8 (916) 123-45-67</translation>
    </message>
    <message>
        <source>Enter the phone number with digits only, %1.</source>
        <translation>Введите номер телефона только цифрами, %1.</translation>
    </message>
    <message>
        <source>Only Russian numbers (+7) can be called back: enter a Russian number, %1.</source>
        <translation>Обратный звонок возможен только на российский номер (+7): введите российский номер, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The number has %n digit(s), but %1 are needed: enter it in full, %2.</source>
        <translation>
            <numerusform>В номере %n цифра, а нужно %1: введите номер полностью, %2.</numerusform>
            <numerusform>В номере %n цифры, а нужно %1: введите номер полностью, %2.</numerusform>
            <numerusform>В номере %n цифр, а нужно %1: введите номер полностью, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The number has %n digit(s), but %1 are needed: check it, %2.</source>
        <translation>
            <numerusform>В номере %n цифра, а нужно %1: проверьте номер, %2.</numerusform>
            <numerusform>В номере %n цифры, а нужно %1: проверьте номер, %2.</numerusform>
            <numerusform>В номере %n цифр, а нужно %1: проверьте номер, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPluginLoader</name>
    <message>
        <source>The preview is not available: its part of the program is missing or damaged. Open the document instead, or reinstall the program.</source>
        <translation>Предварительный просмотр недоступен: его модуль отсутствует или поврежден. Откройте документ или переустановите программу.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>SIP Cabinet</source>
        <translation>SIP Cabinet</translation>
    </message>
    <message>
        <source>SIP Cabinet is already running; its window was brought to the front.</source>
        <translation>SIP Cabinet уже запущен; его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>SIP Cabinet is already running for this user. Switch to its window.</source>
        <translation>SIP Cabinet уже запущен этим пользователем. Перейдите в его окно.</translation>
    </message>
</context>
<context>
    <name>QueuedOrderText</name>
    <message>
        <source>Invoice repeat for %1</source>
        <translation>Повтор счета за %1</translation>
    </message>
    <message>
        <source>Call details for %1</source>
        <translation>Детализация за %1</translation>
    </message>
    <message>
        <source>Charges for %1</source>
        <translation>Начисления за %1</translation>
    </message>
    <message>
        <source>Month close for %1</source>
        <translation>Закрытие месяца за %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>will be sent on %1 at %2 (operator&apos;s time)</source>
        <translation>будет отправлен %1 в %2 (по времени оператора)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 — заказ %2</translation>
    </message>
    <message>
        <source>%1: being sent</source>
        <translation>%1 — заказ отправляется</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1 — начато</translation>
    </message>
    <message>
        <source>%1: sent, order number %2</source>
        <translation>%1 — заказ отправлен, номер %2</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1 — заказ не отправлен: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1 — заказ отменен</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Сеанс завершен. Войдите снова.</translation>
    </message>
    <message>
        <source>There is no password store (keychain) on this system, so the password cannot be remembered: please enter it.</source>
        <translation>В системе нет хранилища паролей (связки ключей), поэтому пароль нельзя запомнить: введите его.</translation>
    </message>
    <message>
        <source>There is no password store (keychain) on this system, so the password cannot be remembered. You will be asked for it at each start.</source>
        <translation>В системе нет хранилища паролей (связки ключей), поэтому пароль нельзя запомнить. Он будет запрашиваться при каждом запуске.</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>SIP subscriber: %1 %2</source>
        <translation>SIP-абонент: %1 %2</translation>
    </message>
    <message>
        <source>%1, contract No. %2</source>
        <translation>%1, договор № %2</translation>
    </message>
</context>
<context>
    <name>SpendAnomalyText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total for %1: %2, %3 % more than for %4 (%5).</source>
        <translation>Итого за %1: %2, на %3 % больше, чем за %4 (%5).</translation>
    </message>
    <message>
        <source>Total for %1: %2, %3 % less than for %4 (%5).</source>
        <translation>Итого за %1: %2, на %3 % меньше, чем за %4 (%5).</translation>
    </message>
    <message>
        <source>Total for %1: %2, about the same as for %3 (%4).</source>
        <translation>Итого за %1: %2, примерно столько же, сколько за %3 (%4).</translation>
    </message>
    <message>
        <source>A year earlier, for %1: %2; this year %3 % more.</source>
        <translation>Годом ранее, за %1: %2; в этом году на %3 % больше.</translation>
    </message>
    <message>
        <source>A year earlier, for %1: %2; this year %3 % less.</source>
        <translation>Годом ранее, за %1: %2; в этом году на %3 % меньше.</translation>
    </message>
    <message>
        <source>A year earlier, for %1: %2, about the same.</source>
        <translation>Годом ранее, за %1: %2, примерно столько же.</translation>
    </message>
    <message>
        <source>Subscriber %1: %2, %3 times the usual month (%4).</source>
        <translation>Абонент %1: %2, в %3 раза больше обычного (%4).</translation>
    </message>
    <message>
        <source>New subscriber %1: %2.</source>
        <translation>Новый абонент %1: %2.</translation>
    </message>
    <message>
        <source>Subscriber %1 is no longer on the invoice (the month before: %2).</source>
        <translation>Абонента %1 больше нет в счете (месяцем ранее: %2).</translation>
    </message>
    <message>
        <source>The invoice agrees with the charges seen on %1.</source>
        <translation>Счет совпадает с начислениями, которые программа видела %1.</translation>
    </message>
    <message numerus="yes">
        <source>The invoice against the charges seen on %1: %n subscriber(s) differ.</source>
        <translation>
            <numerusform>Сверка счета с начислениями, которые программа видела %1: суммы различаются у %n абонента.</numerusform>
            <numerusform>Сверка счета с начислениями, которые программа видела %1: суммы различаются у %n абонентов.</numerusform>
            <numerusform>Сверка счета с начислениями, которые программа видела %1: суммы различаются у %n абонентов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendBreakdown</name>
    <message>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>No charges to show</source>
        <translation>Нет начислений</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>month title</comment>
        <translation>%1 (текущий период)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>series name: amount</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unusual amount for this month</source>
        <translation>В этом месяце есть необычные суммы</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: %2</source>
        <translation>Не удалось сохранить диаграмму в файл %1: %2</translation>
    </message>
    <message>
        <source>only PNG and SVG pictures can be saved.</source>
        <translation>сохранить можно только изображение PNG или SVG.</translation>
    </message>
    <message>
        <source>the picture could not be drawn.</source>
        <translation>не удалось построить изображение.</translation>
    </message>
    <message>
        <source>Spending by month</source>
        <translation>Расходы по месяцам</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>month: total</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SpendHistorySync</name>
    <message>
        <source>The invoice&apos;s figures could not be saved in the archive.</source>
        <translation>Данные счета не удалось сохранить в архиве.</translation>
    </message>
</context>
<context>
    <name>SpendMonthsModel</name>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (текущий период)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
</context>
<context>
    <name>SpendPage</name>
    <message>
        <source>&amp;Organisations:</source>
        <translation>&amp;Организации:</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Save the c&amp;hart…</source>
        <translation>Сохранить диа&amp;грамму…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Сохранить диаграмму как изображение</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Экспорт &amp;в Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Loading the invoices&apos; figures</source>
        <translation>Загрузка данных счетов</translation>
    </message>
    <message>
        <source>Spend chart</source>
        <translation>Диаграмма расходов</translation>
    </message>
    <message>
        <source>Subscribers on the chart</source>
        <translation>Абоненты на диаграмме</translation>
    </message>
    <message>
        <source>Spend by month</source>
        <translation>Расходы по месяцам</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Invoice against the charges seen</source>
        <translation>Сверка счета с начислениями</translation>
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation>В &amp;меню</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Charges seen</source>
        <translation>Начислено по данным программы</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счет</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message numerus="yes">
        <source>by subscriber: the %n largest and the others</source>
        <translation>
            <numerusform>по абонентам: %n самый крупный и прочие</numerusform>
            <numerusform>по абонентам: %n самых крупных и прочие</numerusform>
            <numerusform>по абонентам: %n самых крупных и прочие</numerusform>
        </translation>
    </message>
    <message>
        <source>trend of the subscribers chosen</source>
        <translation>динамика отмеченных абонентов</translation>
    </message>
    <message>
        <source>Loading the invoices&apos; figures from the operator…</source>
        <translation>Загружаются данные счетов от оператора…</translation>
    </message>
    <message>
        <source>Not every invoice&apos;s figures were loaded: %1 The page shows what the archive has.</source>
        <translation>Данные не всех счетов загружены: %1 Показано то, что есть в архиве.</translation>
    </message>
    <message>
        <source>This month&apos;s charges were not loaded: %1</source>
        <translation>Начисления за текущий период не загружены: %1</translation>
    </message>
    <message>
        <source>all organisations in the archive</source>
        <translation>все организации в архиве</translation>
    </message>
    <message>
        <source>The archive has no invoice figures yet. They are loaded from the operator when you log in; then they stay on this computer.</source>
        <translation>В архиве еще нет данных счетов. Они загружаются от оператора при входе и затем хранятся на этом компьютере.</translation>
    </message>
    <message>
        <source>Spend chart: %1, %2</source>
        <translation>Диаграмма расходов: %1, %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1, текущий период</translation>
    </message>
    <message>
        <source>Charged from the start of the month until %1: %2.</source>
        <translation>Начислено с начала месяца по %1: %2.</translation>
    </message>
    <message>
        <source>What changed in %1</source>
        <translation>Что изменилось за %1</translation>
    </message>
    <message>
        <source>The archive has no month before this one to compare with.</source>
        <translation>В архиве нет предыдущего месяца для сравнения.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>spend_%1_%2</source>
        <translation>расходы_%1_%2</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>Не удалось сохранить диаграмму: %1</translation>
    </message>
    <message>
        <source>The chart is saved to %1.</source>
        <translation>Диаграмма сохранена в файл %1.</translation>
    </message>
    <message>
        <source>Export spend</source>
        <translation>Экспорт расходов</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) saved to %1.</source>
        <translation>
            <numerusform>%n месяц сохранен в файл %1.</numerusform>
            <numerusform>%n месяца сохранены в файл %1.</numerusform>
            <numerusform>%n месяцев сохранены в файл %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriberChargesModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>SubscriberChoicePage</name>
    <message>
        <source>Loading state</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Search subscribers</source>
        <translation>Поиск абонентов</translation>
    </message>
    <message>
        <source>Number or label</source>
        <translation>Номер или название</translation>
    </message>
    <message>
        <source>SIP subscribers</source>
        <translation>SIP-абоненты</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Choose the selected subscriber</source>
        <translation>Выбрать выделенного абонента</translation>
    </message>
    <message>
        <source>No subscriber matches “%1”.</source>
        <translation>Нет абонентов, подходящих под «%1».</translation>
    </message>
    <message>
        <source>%1 (%2) is now the chosen subscriber.</source>
        <translation>Выбран абонент %1 (%2).</translation>
    </message>
    <message>
        <source>No subscriber is chosen yet.</source>
        <translation>Абонент еще не выбран.</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation>Выбран: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SubscriberTableModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлен</translation>
    </message>
</context>
<context>
    <name>UserManual</name>
    <message>
        <source>The user manual is not installed. Reinstall the program to get it back.</source>
        <translation>Руководство пользователя не установлено. Переустановите программу, чтобы восстановить его.</translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>the file could not be created</source>
        <translation>файл не удалось создать</translation>
    </message>
    <message>
        <source>the file was not started</source>
        <translation>файл не был создан</translation>
    </message>
</context>
</TS>
