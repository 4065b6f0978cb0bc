// The month-end close for many organisations against the real sandbox with twelve of them and the test
// session's real keychain: every account signed in at once, one pack with a folder per organisation, one
// wrong password and one failing generation that stop nobody else, a restart halfway that orders nothing
// twice, and a second run that fetches only what is missing.
#include "RememberedFirm.h"
#include "SandboxFixture.h"
#include "accounts/AccountList.h"
#include "api/ApiError.h"
#include "archive/ArchivePreferences.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "close/AllAccountsInvoiceFetch.h"
#include "close/MonthClose.h"
#include "close/MonthCloseRecord.h"
#include "close/MonthCloseDocuments.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"
#include "documents/PendingDocumentJobs.h"
#include "session/AccountSessions.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Organisations = 12;

// What one start of the app builds for the close: its sessions and the parts they share.
struct CloseStart
{
    CloseStart(AccountList *accounts, AccountSecrets *secrets, DocumentArchive *archive, OrderJournal *orders,
               PendingDocumentJobs *pending)
        : sessions(accounts, secrets)
        , close(&sessions, {archive, pending, orders, false}, ExportNameTemplate(u"{period}_{kind}_{number}.pdf"_s))
    {
    }

    AccountSessions sessions;
    MonthClose close;
};
} // namespace

class TestMonthClose : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signsEveryAccountInAtOnce();
    void closesEveryOrganisationIntoOnePack();
    void aRestartHalfwayOrdersNothingTwice();
    void documentKeysAreReadStrictly();
    void fetchesEveryAccountsNewInvoiceOnce();
    void anInterruptedCloseIsKeptUntilItEnds();
    void aStoppedCloseStopsEveryAccountOnce();

private:
    bool rememberAll(const QString &wrongPasswordFor = {})
    {
        return m_firm->remember(m_sandbox->baseUrl(), Organisations, wrongPasswordFor);
    }
    int invoiceDocumentOrders();
    std::unique_ptr<CloseStart> startApp();
    static bool runToEnd(MonthClose &close, const MonthClose::Request &request);
    MonthClose::Request octoberInvoices() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RememberedFirm> m_firm;
    std::unique_ptr<DocumentArchive> m_archive;
    std::unique_ptr<OrderJournal> m_orders;
    PendingDocumentJobs m_pending;
};

void TestMonthClose::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start(SandboxFixture::defaultNow(), 300, 600, Organisations));
    m_firm = std::make_unique<RememberedFirm>(u"SIP Cabinet test "_s + QUuid::createUuid().toString());
    m_archive = std::make_unique<DocumentArchive>(m_dir->filePath(u"archive"_s));
    QString error;
    QVERIFY2(m_archive->open(&error), qPrintable(error));
    m_orders = std::make_unique<OrderJournal>(m_archive.get());
}

void TestMonthClose::cleanup()
{
    if (m_firm)
        QVERIFY(m_firm->forgetAll());
    m_orders.reset();
    m_archive.reset();
    m_firm.reset();
    m_sandbox.reset();
    m_dir.reset();
}

int TestMonthClose::invoiceDocumentOrders()
{
    int orders = 0;
    for (const QJsonValue &order : m_sandbox->orders())
        orders += order.toObject().value(u"kind"_s).toString() == u"invoice_document"_s;
    return orders;
}

std::unique_ptr<CloseStart> TestMonthClose::startApp()
{
    return std::make_unique<CloseStart>(&m_firm->accounts(), m_firm->secrets(), m_archive.get(), m_orders.get(), &m_pending);
}

MonthClose::Request TestMonthClose::octoberInvoices() const
{
    MonthClose::Request request;
    request.period = BillingPeriod(2026, 10);
    request.kinds = {ArchivedDocument::Kind::Invoice};
    request.packFolder = m_dir->filePath(u"packs"_s);
    QDir().mkpath(request.packFolder);
    return request;
}

bool TestMonthClose::runToEnd(MonthClose &close, const MonthClose::Request &request)
{
    QSignalSpy finished(&close, &MonthClose::finished);
    close.start(request);
    return finished.wait(90000) || !finished.isEmpty();
}

void TestMonthClose::signsEveryAccountInAtOnce()
{
    QVERIFY(rememberAll(u"demo5"_s));
    auto app = startApp();
    QSignalSpy settled(&app->sessions, &AccountSessions::settled);
    app->sessions.start();
    QVERIFY(settled.wait(60000));
    QCOMPARE(app->sessions.count(), Organisations);
    int ready = 0;
    for (const AccountSession *session : app->sessions.sessions()) {
        if (session->account().login == u"demo5"_s) {
            QCOMPARE(session->state(), AccountSession::State::PasswordNeeded);
            QCOMPARE(session->problem(), ApiError::problem(u"invalid_credentials"_s, 401).userMessage());
            continue;
        }
        QVERIFY2(session->isReady(), qPrintable(session->account().login + u": "_s + session->problem()));
        ++ready;
    }
    QCOMPARE(ready, Organisations - 1);
    // Each is its own organisation at the operator, not the first one twelve times.
    QCOMPARE(app->sessions.find(m_firm->idOf(u"demo"_s))->organisation(),
             u"ООО «Ромашка»"_s);
    QSet<QString> names;
    for (const AccountSession *session : app->sessions.sessions())
        names.insert(session->info().organisation.name);
    QCOMPARE(names.size(), Organisations); // demo5's is empty: not signed in
    // A typed password puts the refused one right, and is kept for the next start.
    AccountSession *demo5 = app->sessions.find(m_firm->idOf(u"demo5"_s));
    QSignalSpy changed(demo5, &AccountSession::stateChanged);
    demo5->signInWith(u"demo5-password"_s, true);
    QTRY_VERIFY_WITH_TIMEOUT(demo5->isReady(), 20000);
    std::optional<QString> kept;
    m_firm->secrets()->loadPassword(demo5->account(), this,
                            [&](const CredentialStore::Result &, const QString &password) { kept = password; });
    QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 20000);
    QCOMPARE(*kept, u"demo5-password"_s);
}

void TestMonthClose::closesEveryOrganisationIntoOnePack()
{
    QVERIFY(rememberAll(u"demo5"_s));
    QCOMPARE(m_sandbox->send("POST", u"/admin/failing-generations"_s, {{u"login"_s, u"demo7"_s}}).status, 200);
    auto app = startApp();
    app->sessions.start();
    const MonthClose::Request request = octoberInvoices();
    QVERIFY(runToEnd(app->close, request));

    const MonthClose::Outcome &outcome = app->close.outcome();
    QCOMPARE(outcome.accounts, Organisations);
    QCOMPARE(outcome.complete, Organisations - 2);
    QVERIFY(!outcome.isComplete());
    QVERIFY2(outcome.packError.isEmpty(), qPrintable(outcome.packError));
    for (const AccountMonthClose *account : app->close.accounts()) {
        const AccountMonthClose::Item &invoice = account->items().constFirst();
        const QString login = account->session()->account().login;
        if (login == u"demo5"_s || login == u"demo7"_s) {
            QCOMPARE(invoice.status, AccountMonthClose::Item::Status::Failed);
            QVERIFY(!invoice.message.isEmpty());
        } else {
            QVERIFY2(invoice.status == AccountMonthClose::Item::Status::Filed, qPrintable(login + invoice.message));
        }
    }
    // demo5 never got as far as an order; demo7's was made and failed at the operator.
    QCOMPARE(invoiceDocumentOrders(), Organisations - 1);

    // One folder per organisation, each with its invoice, and one index with a total for each.
    QDir pack(outcome.packPath);
    QVERIFY(pack.exists());
    QCOMPARE(pack.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), Organisations - 2);
    QVERIFY(pack.exists(u"ООО «Ромашка»"_s));
    int pdfs = 0;
    for (QDirIterator it(outcome.packPath, {u"*.pdf"_s}, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++pdfs;
    QCOMPARE(pdfs, Organisations - 2);
    QFile index(pack.filePath(u"index.csv"_s));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(index.readAll());
    QCOMPARE(csv.count(u"total for the organisation"_s), Organisations - 2);
    QVERIFY(csv.contains(u"ООО «Ромашка»/"_s));
    QVERIFY(pack.exists(u"index.xlsx"_s));

    // Once the password is put right and the operator mends, the same month again fetches only those two.
    QCOMPARE(m_sandbox->send("POST", u"/admin/clock"_s, {{u"now"_s, u"2026-11-25T11:00:00Z"_s}}).status, 200);
    auto fixed = startApp();
    fixed->sessions.start();
    AccountSession *demo5 = fixed->sessions.find(m_firm->idOf(u"demo5"_s));
    QTRY_COMPARE_WITH_TIMEOUT(demo5->state(), AccountSession::State::PasswordNeeded, 20000);
    demo5->signInWith(u"demo5-password"_s, false);
    QVERIFY(runToEnd(fixed->close, request));
    QCOMPARE(fixed->close.outcome().complete, Organisations - 1); // demo7's generations still fail
    QCOMPARE(invoiceDocumentOrders(), Organisations + 1);         // demo5's first, demo7's second
    int alreadyFiled = 0;
    for (const AccountMonthClose *account : fixed->close.accounts())
        alreadyFiled += account->items().constFirst().status == AccountMonthClose::Item::Status::AlreadyFiled;
    QCOMPARE(alreadyFiled, Organisations - 2);
    QVERIFY(fixed->close.outcome().packPath != outcome.packPath); // the first pack is not overwritten
}

void TestMonthClose::aRestartHalfwayOrdersNothingTwice()
{
    QVERIFY(rememberAll());
    {
        auto app = startApp();
        app->sessions.start();
        app->close.start(octoberInvoices());
        // The app stops while the operator forms the documents of the first accounts.
        QTRY_VERIFY_WITH_TIMEOUT(invoiceDocumentOrders() >= 3, 30000);
        QVERIFY(app->close.isRunning());
    }
    const int orderedBeforeTheStop = invoiceDocumentOrders();
    QVERIFY(orderedBeforeTheStop < Organisations);
    auto again = startApp();
    again->sessions.start();
    QVERIFY(runToEnd(again->close, octoberInvoices()));
    QCOMPARE(again->close.outcome().complete, Organisations);
    QVERIFY(again->close.outcome().isComplete());
    // Every organisation's invoice document was ordered exactly once, across the two starts.
    QSet<QString> organisations;
    for (const QJsonValue &order : m_sandbox->orders()) {
        if (order.toObject().value(u"kind"_s).toString() == u"invoice_document"_s)
            organisations.insert(order.toObject().value(u"organisation_id"_s).toString());
    }
    QCOMPARE(invoiceDocumentOrders(), Organisations);
    QCOMPARE(organisations.size(), Organisations);
}

void TestMonthClose::documentKeysAreReadStrictly()
{
    QCOMPARE(MonthCloseDocuments::fromKeys(u"invoice"_s), QList{ArchivedDocument::Kind::Invoice});
    QCOMPARE(MonthCloseDocuments::fromKeys(u"invoice, call_details,invoice"_s),
             (QList{ArchivedDocument::Kind::Invoice, ArchivedDocument::Kind::CallDetails}));
    QVERIFY(!MonthCloseDocuments::fromKeys(u"invoice,receipts"_s));
    QVERIFY(!MonthCloseDocuments::fromKeys(u""_s));
    QCOMPARE(MonthCloseDocuments::keysOf(MonthCloseDocuments::all()),
             (QStringList{u"invoice"_s, u"call_details"_s, u"charges"_s}));
}

void TestMonthClose::fetchesEveryAccountsNewInvoiceOnce()
{
    QVERIFY(rememberAll(u"demo5"_s));
    AccountSessions sessions(&m_firm->accounts(), m_firm->secrets());
    AllAccountsInvoiceFetch fetch(&sessions, {m_archive.get(), &m_pending, m_orders.get(), false});
    QSignalSpy finished(&fetch, &AllAccountsInvoiceFetch::finished);
    ArchivePreferences::setAutomaticFetch(true); // the user's choice, on the archive page
    fetch.setEnabled(true); // nothing signed in yet: nothing to do
    QVERIFY(!fetch.isRunning());
    sessions.start();       // once they have signed in, it looks
    QVERIFY(finished.wait(90000));
    const auto outcome = finished.first().first().value<AllAccountsInvoiceFetch::Outcome>();
    QCOMPARE(outcome.period, BillingPeriod(2026, 10)); // the newest formed by the 25th of November
    QCOMPARE(outcome.obtained.size(), Organisations - 1);
    QVERIFY(outcome.obtained.contains(u"ООО «Ромашка»"_s));
    QVERIFY(outcome.failed.isEmpty()); // demo5 is not signed in: it is not tried, and says so on «Организации»
    QCOMPARE(invoiceDocumentOrders(), Organisations - 1);
    // Nothing is missing now: a second look gets nothing and says nothing.
    fetch.check();
    QVERIFY(!fetch.isRunning());
    QCOMPARE(finished.size(), 1);
    // No pack was made: the invoices went to the archive only.
    QVERIFY(!QDir(m_dir->filePath(u"packs"_s)).exists());
}

void TestMonthClose::anInterruptedCloseIsKeptUntilItEnds()
{
    QVERIFY(!MonthCloseRecord::load());
    MonthClose::Request request = octoberInvoices();
    request.accountIds = {u"demo@host"_s, u"demo2@host"_s};
    request.kinds = {ArchivedDocument::Kind::Invoice, ArchivedDocument::Kind::Charges};
    request.format = MonthEndPack::Format::Zip;
    MonthCloseRecord::save(request);
    const std::optional<MonthClose::Request> kept = MonthCloseRecord::load();
    QVERIFY(kept);
    QCOMPARE(kept->period, request.period);
    QCOMPARE(kept->accountIds, request.accountIds);
    QCOMPARE(kept->kinds, request.kinds);
    QCOMPARE(kept->packFolder, request.packFolder);
    QCOMPARE(kept->format, MonthEndPack::Format::Zip);
    MonthCloseRecord::clear();
    QVERIFY(!MonthCloseRecord::load());
}

// «Остановить» while the operator is slow to answer: every account's documents end cancelled (not failed), the
// close ends once, and no order goes out after it.
void TestMonthClose::aStoppedCloseStopsEveryAccountOnce()
{
    QVERIFY(rememberAll());
    QVERIFY(m_sandbox->addFault({{u"path_prefix"_s, u"/invoices/"_s}, {u"kind"_s, u"latency"_s}, {u"latency_ms"_s, 5000}}));
    auto app = startApp();
    QSignalSpy settled(&app->sessions, &AccountSessions::settled);
    app->sessions.start();
    QVERIFY(settled.wait(60000));
    MonthClose::Request request = octoberInvoices();
    request.kinds = {ArchivedDocument::Kind::Invoice, ArchivedDocument::Kind::CallDetails};
    QSignalSpy finished(&app->close, &MonthClose::finished);
    QVERIFY(app->close.start(request));
    QTRY_VERIFY(m_sandbox->faultHits() >= MonthClose::ConcurrentAccounts); // the first accounts wait on the operator
    app->close.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(app->close.outcome().cancelled);
    QVERIFY(!app->close.isRunning());
    for (const AccountMonthClose *account : app->close.accounts()) {
        QVERIFY(account->isFinished());
        for (const AccountMonthClose::Item &item : account->items())
            QCOMPARE(item.status, AccountMonthClose::Item::Status::Cancelled);
    }
    QVERIFY(m_sandbox->clearFaults());
    QCOMPARE(m_sandbox->orders().size(), 0);
}

QTEST_MAIN(TestMonthClose)
#include "tst_monthclose.moc"
