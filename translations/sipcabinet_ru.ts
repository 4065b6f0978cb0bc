<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>The operator's identity could not be verified: the secure connection was refused (%1). Nothing was sent.</source>
        <translation>Не удалось подтвердить подлинность сервера оператора: защищенное соединение отклонено (%1). Данные не отправлены.</translation>
    </message>
    <message>
        <source>The operator sent an answer the program cannot understand. Try again later; if it repeats, tell the operator's support.</source>
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
        <source>Ordering is not available while invoices are being formed (from the 1st to the 3rd of each month). It opens again on %1.</source>
        <translation>Заказ недоступен, пока формируются счета (с 1 по 3 число каждого месяца). Заказ снова станет доступен %1.</translation>
    </message>
    <message>
        <source>Ordering is not available while invoices are being formed (from the 1st to the 3rd of each month).</source>
        <translation>Заказ недоступен, пока формируются счета (с 1 по 3 число каждого месяца).</translation>
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
        <source>The operator's service is temporarily unavailable. Try again a little later.</source>
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
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The document archive could not be opened: %1</source>
        <translation>Не удалось открыть архив документов: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>SIP Cabinet: invoices of your SIP-telephony operator's personal account.</source>
        <translation>SIP Cabinet: счета личного кабинета вашего оператора SIP-телефонии.</translation>
    </message>
    <message>
        <source>Language of the interface: ru or en (default: the system's).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Address of the operator's API, e.g. https://api.operator.example/api/v1.</source>
        <translation>Адрес API оператора, например https://api.operator.example/api/v1.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Unknown language "%1": use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>Demo mode: run the operator's sandbox inside the app and use it.</source>
        <translation>Демонстрационный режим: запустить песочницу оператора внутри программы и работать с ней.</translation>
    </message>
</context>
<context>
    <name>DemoOperator</name>
    <message>
        <source>Cannot create the demo operator's folder %1.</source>
        <translation>Не удается создать папку демонстрационного оператора %1.</translation>
    </message>
    <message>
        <source>The demo operator could not start: %1</source>
        <translation>Не удалось запустить демонстрационного оператора: %1</translation>
    </message>
    <message>
        <source>Demo mode: the operator runs inside the app. Log in as «demo» with the password «demo-password» (ООО «Ромашка») or as «demo2» with «demo2-password» (ИП Сидоров).</source>
        <translation>Демонстрационный режим: оператор работает внутри программы. Войдите как «demo» с паролем «demo-password» (ООО «Ромашка») или как «demo2» с паролем «demo2-password» (ИП Сидоров).</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <source>Page title</source>
        <translation>Заголовок страницы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
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
    <name>ExitPage</name>
    <message>
        <source>Page title</source>
        <translation>Заголовок страницы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
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
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>InvoiceDocumentFetch</name>
    <message>
        <source>The operator could not form the invoice. Try ordering it again.</source>
        <translation>Оператору не удалось сформировать счет. Попробуйте заказать его еще раз.</translation>
    </message>
    <message>
        <source>The downloaded invoice did not match the operator's checksum and was discarded. Try again.</source>
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
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Page title</source>
        <translation>Заголовок страницы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in to the personal account</source>
        <translation>Вход в личный кабинет</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Заголовок страницы</translation>
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
        <source>Message</source>
        <translation>Сообщение</translation>
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
        <source>Demo logins</source>
        <translation>Демонстрационные учетные записи</translation>
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
</context>
<context>
    <name>MenuCatalog</name>
    <message>
        <source>Personal information</source>
        <translation>Персональная информация</translation>
    </message>
    <message>
        <source>Your organisation's details as the operator keeps them: name, contract, taxpayer number, address, contacts and the e-mail invoices are sent to.</source>
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
        <source>This section holds information about the customer's invoices. Here you can order an invoice to your e-mail address or download an invoice by a link. The service is not available while invoices for communication services are being formed (from the 1st to the 3rd of each month). In this section you can also change the address and/or the delivery method of invoices.</source>
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
        <source>You can order call details for the current and the previous month. Call details can be ordered to the customer's e-mail address.</source>
        <translation>Вы можете заказать детализацию звонков за текущий и прошлый месяц. Получение детализации звонков можно заказать на электронный адрес клиента.</translation>
    </message>
    <message>
        <source>Charges for the current period</source>
        <translation>Начисления за текущий период</translation>
    </message>
    <message>
        <source>You can order information about the charges of the current month per subscriber. The information will be sent to the customer's e-mail address.</source>
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
        <source>The operator's phone numbers and working hours, and a request for a call back.</source>
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
</context>
<context>
    <name>OperatorUrlPolicy</name>
    <message>
        <source>The operator address "%1" is not a valid web address.</source>
        <translation>Адрес оператора «%1» не является корректным веб-адресом.</translation>
    </message>
    <message>
        <source>The operator address "%1" must use a secure connection (https://).</source>
        <translation>Адрес оператора «%1» должен использовать защищенное соединение (https://).</translation>
    </message>
    <message>
        <source>The operator address "%1" must start with https://.</source>
        <translation>Адрес оператора «%1» должен начинаться с https://.</translation>
    </message>
</context>
<context>
    <name>OrderingClosedBanner</name>
    <message>
        <source>Ordering is closed</source>
        <translation>Заказ закрыт</translation>
    </message>
    <message>
        <source>Ordering is not available while invoices for communication services are being formed (from the 1st to the 3rd of each month). It opens again on %1 at %2 (your time).</source>
        <translation>Заказ недоступен, пока формируются счета за услуги связи (с 1 по 3 число каждого месяца). Заказ снова станет доступен %1 в %2 (по вашему времени).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>SIP Cabinet</source>
        <translation>SIP Cabinet</translation>
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
</TS>
