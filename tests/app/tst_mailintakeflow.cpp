// The loop mail intake closes, through the app's own pages. In demo mode as a newcomer sees it: the app
// starts its demo operator, the accountant orders call details, the demo operator "sends" them to its
// outbox, and the document ends filed in the archive with no action from the user — the page following the
// order through each stage, the archive saying where it came from. And with a real mailbox: the three
// e-mail orders placed through their pages, the operator's e-mails served by a real IMAP server (Dovecot,
// TLS), the password in the session's keychain, every document filed and every e-mail left unread.
#include "AppController.h"
#include "DovecotFixture.h"
#include "SandboxFixture.h"
#include "credentials/KeychainCredentialStore.h"
#include "mail/MailSettings.h"
#include "MainWindow.h"
#include "ManualSteps.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "format/OrderProgressText.h"
#include "mail/MailIntake.h"
#include "mail/MailIntakeService.h"
#include "pages/LoginPage.h"
#include "pages/MenuPage.h"
#include "format/SpendAnomalyText.h"
#include "spend/ChargesReconciliation.h"
#include "spend/SpendHistory.h"
#include "session/SessionController.h"
#include "widgets/OrderProgressLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 30000;
using ManualSteps::child;
} // namespace

class TestMailIntakeFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anOrderEndsFiledWithNoActionFromTheUser();
    void ordersThroughThePagesAreFiledFromAnImapMailbox();
    void theMonthsInvoiceFromTheMailboxIsReconciled();

private:
    bool setOperatorClock(const QUrl &api, const QDateTime &now);
    static AppController::Options demoOptions();
    // Starts the app in demo mode and waits until its demo operator listens and the form can log in.
    static bool startDemo(AppController &app);
    static void logIn(AppController &app);
    // Chooses as arrange() says, then «Далее» and «Заказать»; the page's result step once the operator answered.
    static bool order(MainWindow *window, PageId id, const std::function<void(MenuPage *)> &arrange = {});

    QTemporaryDir m_home;
};

void TestMailIntakeFlow::initTestCase()
{
    QVERIFY(m_home.isValid());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, m_home.filePath(QString::fromLatin1(name)).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"SIP Cabinet Test"_s);
    QCoreApplication::setApplicationName(u"tst_mailintakeflow"_s);
}

bool TestMailIntakeFlow::setOperatorClock(const QUrl &api, const QDateTime &now)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QNetworkRequest request(QUrl(api.toString(QUrl::StripTrailingSlash) + u"/admin/clock"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const std::unique_ptr<QNetworkReply> reply(network.post(
        request, QJsonDocument(QJsonObject{{u"now"_s, now.toUTC().toString(Qt::ISODate)}}).toJson()));
    return QTest::qWaitFor([&reply] { return reply->isFinished(); }, WaitMs)
           && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2;
}

AppController::Options TestMailIntakeFlow::demoOptions()
{
    AppController::Options options;
    options.demo = true;
    options.keychainService = u"SIP Cabinet tst_mailintakeflow"_s;
    return options;
}

bool TestMailIntakeFlow::startDemo(AppController &app)
{
    app.start();
    auto *logIn = child<QPushButton>(app.window()->loginPage(), "logInButton");
    return QTest::qWaitFor([&] { return logIn->isEnabled() && app.operatorUrl().isValid(); }, WaitMs);
}

void TestMailIntakeFlow::anOrderEndsFiledWithNoActionFromTheUser()
{
    AppController app(demoOptions());
    QVERIFY(startDemo(app));
    MainWindow *window = app.window();
    // Mid-month by the operator's clock, whatever day the test runs: ordering is open.
    QVERIFY(setOperatorClock(app.operatorUrl(), QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC)));
    TestMailIntakeFlow::logIn(app);
    QVERIFY(app.mailIntake()->intake()->isConfigured());

    QVERIFY(order(window, PageId::CallDetails,
                  [](MenuPage *page) { child<QRadioButton>(page, "previousMonthRadio")->click(); }));
    MenuPage *page = window->page(PageId::CallDetails);

    // No click from here on: the order is followed to the archive.
    auto *progress = child<OrderProgressLabel>(page, "progressLabel");
    QVERIFY(progress->isVisible());
    const QString accountId = app.sessionController()->currentAccount()->id();
    QVERIFY(QTest::qWaitFor([&] { return !app.orders()->hasOpenOrders(accountId); }, WaitMs));
    const QList<ArchivedDocument> documents = app.archive()->documents();
    QCOMPARE(documents.size(), 1);
    const ArchivedDocument &filed = documents.first();
    QCOMPARE(filed.kind, ArchivedDocument::Kind::CallDetails);
    QCOMPARE(filed.origin, ArchivedDocument::Origin::Mail);
    QCOMPARE(filed.period.toString(), u"2026-10"_s);
    QVERIFY(app.archive()->verifiedContent(filed).has_value());
    const std::optional<PlacedOrder> order = app.orders()->forDocument(filed.id);
    QVERIFY(order);
    QCOMPARE(order->stage(), PlacedOrder::Stage::Filed);
    QCOMPARE(progress->text(), OrderProgressText::of(*order, true));
    QVERIFY(progress->text().contains(OrderProgressText::tr("Filed in the archive")));

    // The archive says where it came from.
    window->showPage(PageId::Archive);
    MenuPage *archive = window->page(PageId::Archive);
    auto *view = child<QTableView>(archive, "documentsView");
    QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 1; }, WaitMs));
    view->setFocus();
    view->selectRow(0);
    QVERIFY(QTest::qWaitFor([&] { return child<QLabel>(archive, "factsLabel")->text().contains(
                                          QString::number(order->orderNumber)); },
                            WaitMs));
}

void TestMailIntakeFlow::theMonthsInvoiceFromTheMailboxIsReconciled()
{
    AppController app(demoOptions());
    QVERIFY(startDemo(app));
    MainWindow *window = app.window();
    // The demo operator's invoices end with last month's (it was seeded on the day the test first ran): this
    // month is the one being charged.
    const QDate today = QDate::currentDate();
    const BillingPeriod month(today.year(), today.month());
    QVERIFY(setOperatorClock(app.operatorUrl(), QDateTime(QDate(today.year(), today.month(), 20), QTime(9, 0), Qt::UTC)));
    TestMailIntakeFlow::logIn(app);
    const QString accountId = app.sessionController()->currentAccount()->id();

    // The accountant looks at this month's charges: the app keeps what it saw.
    window->showPage(PageId::CurrentCharges);
    QVERIFY(QTest::qWaitFor([&] { return app.spendHistory()->chargesSeen(accountId, month).has_value(); }, WaitMs));

    // The operator forms the month's invoice on the 1st and e-mails it; mail intake files it, its figures are
    // fetched, and the app says how it compares with the charges seen.
    QVERIFY(setOperatorClock(app.operatorUrl(), QDateTime(month.next().firstDay().addDays(3), QTime(9, 0), Qt::UTC)));
    app.mailIntake()->intake()->check();
    QVERIFY(QTest::qWaitFor([&] { return app.spendHistory()->invoice(accountId, month).has_value(); }, WaitMs));
    const std::optional<Invoice> invoice = app.spendHistory()->invoice(accountId, month);
    const std::optional<SpendHistory::SeenCharges> seen = app.spendHistory()->chargesSeen(accountId, month);
    QVERIFY(seen);
    const QString expected = SpendAnomalyText::reconciliationSummary(
        int(ChargesReconciliation::compare(*invoice, seen->charges).size()), seen->seenAt);
    QVERIFY(QTest::qWaitFor([&] { return window->statusBar()->currentMessage() == expected; }, WaitMs));
}

void TestMailIntakeFlow::logIn(AppController &app)
{
    LoginPage *login = app.window()->loginPage();
    auto *accounts = child<QComboBox>(login, "accountCombo");
    accounts->setCurrentIndex(accounts->count() - 1); // «Другая учетная запись»: the first test's is remembered
    child<QLineEdit>(login, "loginEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(login, "loginEdit"), u"demo"_s);
    QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), u"demo-password"_s);
    QTest::mouseClick(child<QPushButton>(login, "logInButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !app.window()->isShowingLogin(); }, WaitMs));
}

bool TestMailIntakeFlow::order(MainWindow *window, PageId id, const std::function<void(MenuPage *)> &arrange)
{
    window->showPage(id);
    MenuPage *page = window->page(id);
    auto *next = child<QPushButton>(page, "nextButton");
    auto *stack = child<QStackedWidget>(page, "stepStack");
    if (!QTest::qWaitFor([&] { return next->isEnabled() && !child<QWidget>(page, "busyBar")->isVisible(); }, WaitMs))
        return false;
    if (arrange)
        arrange(page);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page, "orderButton"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return stack->currentWidget() == child<QWidget>(page, "resultStep"); }, WaitMs);
}

void TestMailIntakeFlow::ordersThroughThePagesAreFiledFromAnImapMailbox()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    DovecotFixture dovecot;
    QVERIFY(dovecot.start(sandbox.outboxDirectory()));
    // As the package installs it for this operator: its sending address is how its e-mail is known.
    QVERIFY(QDir().mkpath(m_home.filePath(u"XDG_DATA_HOME/sipcabinet"_s)));
    QFile preset(m_home.filePath(u"XDG_DATA_HOME/sipcabinet/operator.json"_s));
    QVERIFY(preset.open(QIODevice::WriteOnly));
    preset.write(QJsonDocument(QJsonObject{{u"name"_s, u"Оператор связи"_s},
                                           {u"api_url"_s, sandbox.baseUrl().toString()},
                                           {u"mail_senders"_s, QJsonArray{u"billing@operator.example"_s}},
                                           {u"mail_name"_s, u"Оператор связи"_s}})
                     .toJson());
    preset.close();
    // The mailbox as the «Почта» page left it at the last run: settings kept, the password in the keychain.
    MailSettings mailbox;
    mailbox.source = MailSettings::Source::Imap;
    mailbox.imap = dovecot.imapSettings(ImapSettings::Security::Tls);
    mailbox.save();
    const QString keychainService = u"SIP Cabinet tst_mailintakeflow "_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    KeychainCredentialStore keychain(keychainService);
    bool stored = false;
    QObject context;
    keychain.write(MailSettings::passwordKey(mailbox.imap), dovecot.password().toUtf8(), &context,
                   [&stored](const CredentialStore::Result &result) { stored = result.isOk(); });
    QVERIFY(QTest::qWaitFor([&stored] { return stored; }, WaitMs));

    AppController::Options options;
    options.apiUrl = sandbox.baseUrl();
    options.keychainService = keychainService;
    AppController app(options);
    app.start();
    MainWindow *window = app.window();
    QVERIFY(QTest::qWaitFor([&] { return child<QPushButton>(window->loginPage(), "logInButton")->isEnabled(); },
                            WaitMs));
    logIn(app);
    QVERIFY(QTest::qWaitFor([&] { return app.mailIntake()->intake()->isConfigured(); }, WaitMs));
    const qsizetype before = app.archive()->documents().size(); // the demo test's, when it ran first

    QVERIFY(order(window, PageId::InvoiceEmailOrder));
    QVERIFY(order(window, PageId::CallDetails));
    QVERIFY(order(window, PageId::CurrentCharges));
    const QString accountId = app.sessionController()->currentAccount()->id();
    QVERIFY(QTest::qWaitFor([&] { return !app.orders()->hasOpenOrders(accountId); }, WaitMs));

    QList<ArchivedDocument> documents = app.archive()->documents();
    QCOMPARE(documents.size(), before + 3);
    documents.removeIf([accountId](const ArchivedDocument &document) { return document.accountId != accountId; });
    QSet<ArchivedDocument::Kind> kinds;
    for (const ArchivedDocument &document : std::as_const(documents)) {
        QCOMPARE(document.origin, ArchivedDocument::Origin::Mail);
        QVERIFY(app.orders()->forDocument(document.id).has_value());
        kinds.insert(document.kind);
    }
    QCOMPARE(kinds.size(), 3);
    for (const PageId id : {PageId::InvoiceEmailOrder, PageId::CallDetails, PageId::CurrentCharges}) {
        auto *progress = child<OrderProgressLabel>(window->page(id), "progressLabel");
        QVERIFY2(progress->text().contains(OrderProgressText::tr("Filed in the archive") + u": "_s),
                 qPrintable(progress->text()));
        QVERIFY(!progress->text().contains(OrderProgressText::tr("awaited")));
    }
    QCOMPARE(dovecot.unseenOnDisk(), 3); // the accountant's mail program still shows them as new
}

QTEST_MAIN(TestMailIntakeFlow)
#include "tst_mailintakeflow.moc"
