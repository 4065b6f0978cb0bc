// The automatic fetch: the previous month's regular invoice, after the 3rd, once, only when asked for,
// against the real sandbox.
#include "ApiAwait.h"
#include "SandboxFixture.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "archive/ArchivePreferences.h"
#include "archive/AutomaticInvoiceFetch.h"
#include "archive/DocumentArchive.h"
#include "documents/DocumentFetchQueue.h"
#include "documents/PendingDocumentJobs.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "session/OperatorSession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAutomaticInvoiceFetch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fetchesTheLastMonthOnceWhenAskedFor();
    void doesNothingWhenNotAskedFor();
    void waitsForTheOperatorDuringTheBlackout();

private:
    bool start(const QDateTime &now);
    InvoiceDocumentFetch::Owner owner() const { return {u"demo@sandbox"_s, u"ООО «Ромашка»"_s, u"D-1"_s}; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<OperatorConnection> m_connection;
    OperatorApi *m_api = nullptr;
    std::unique_ptr<DocumentArchive> m_archive;
    PendingDocumentJobs m_pending;
    std::unique_ptr<DocumentFetchQueue> m_queue;
    std::unique_ptr<InvoicingWindowWatcher> m_watcher;
    std::unique_ptr<AutomaticInvoiceFetch> m_automatic;
};

void TestAutomaticInvoiceFetch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    m_archive = std::make_unique<DocumentArchive>(m_dir->filePath(u"archive"_s));
    QString error;
    QVERIFY2(m_archive->open(&error), qPrintable(error));
}

void TestAutomaticInvoiceFetch::cleanup()
{
    m_automatic.reset();
    m_watcher.reset();
    m_queue.reset();
    m_connection.reset();
    m_archive.reset();
    m_sandbox.reset();
    m_dir.reset();
}

bool TestAutomaticInvoiceFetch::start(const QDateTime &now)
{
    m_sandbox = std::make_unique<SandboxFixture>();
    if (!m_sandbox->start(now, 200, 600))
        return false;
    m_connection = std::make_unique<OperatorConnection>();
    m_connection->setBaseUrl(m_sandbox->baseUrl());
    m_api = new OperatorApi(m_connection.get(), m_connection.get());
    auto *session = new OperatorSession(m_connection.get(), m_connection.get());
    const auto tokens = awaitResult<SessionTokens>([session](QObject *context, auto done) {
        session->logIn(u"demo"_s, u"demo-password"_s, context, done);
    });
    m_queue = std::make_unique<DocumentFetchQueue>(m_api, m_archive.get(), &m_pending);
    m_watcher = std::make_unique<InvoicingWindowWatcher>(m_api);
    m_automatic = std::make_unique<AutomaticInvoiceFetch>(m_queue.get(), m_archive.get(), m_watcher.get());
    return tokens.isOk();
}

void TestAutomaticInvoiceFetch::fetchesTheLastMonthOnceWhenAskedFor()
{
    ArchivePreferences::setAutomaticFetch(true);
    QVERIFY(start(SandboxFixture::defaultNow())); // 25 November: ordering open, October formed
    QSignalSpy obtained(m_automatic.get(), &AutomaticInvoiceFetch::obtained);
    m_automatic->setOwner(owner()); // at log-in
    m_watcher->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(obtained.size(), 1, 30000);
    const auto document = obtained.constFirst().at(0).value<ArchivedDocument>();
    QCOMPARE(document.period, BillingPeriod(2026, 10));
    QVERIFY(m_archive->findInvoice(owner().accountId, BillingPeriod(2026, 10)).has_value());
    // Once it is in the archive, nothing more is ordered: not at the next check, not at the next log-in.
    QVERIFY(!m_automatic->check());
    m_automatic->setOwner(owner());
    QCOMPARE(m_queue->fetches(owner().accountId).size(), 1);
    QVERIFY(m_archive->verify(document));
}

void TestAutomaticInvoiceFetch::doesNothingWhenNotAskedFor()
{
    ArchivePreferences::setAutomaticFetch(false);
    QVERIFY(start(SandboxFixture::defaultNow()));
    m_automatic->setOwner(owner());
    m_watcher->refresh();
    QTRY_VERIFY(m_watcher->isKnown());
    QVERIFY(!m_automatic->check());
    QVERIFY(m_queue->fetches(owner().accountId).isEmpty());
}

void TestAutomaticInvoiceFetch::waitsForTheOperatorDuringTheBlackout()
{
    ArchivePreferences::setAutomaticFetch(true);
    QVERIFY(start(QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC)));
    m_automatic->setOwner(owner());
    m_watcher->refresh();
    QTRY_VERIFY(m_watcher->isKnown());
    QVERIFY(!m_watcher->isOpen());
    QVERIFY(!m_automatic->check());
    QVERIFY(m_queue->fetches(owner().accountId).isEmpty());
}

QTEST_MAIN(TestAutomaticInvoiceFetch)
#include "tst_automaticinvoicefetch.moc"
