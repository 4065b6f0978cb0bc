// The invoice-document fetches end to end against the real sandbox: ordered, followed, downloaded, verified,
// archived; cancelled at the operator; resumed after a restart; a cut download, an expired link, a bad copy.
#include "ApiAwait.h"
#include "SandboxFixture.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "archive/DocumentArchive.h"
#include "documents/DocumentFetchQueue.h"
#include "documents/PendingDocumentJobs.h"
#include "session/OperatorSession.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDocumentFetchQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fetchesToAVerifiedArchivedFile();
    void startingTwiceOrdersOnce();
    void cancelsTheJobAtTheOperator();
    void resumesAGenerationAfterARestart();
    void sendsAgainAnOrderCutShortByAStop();
    void ordersAgainAJobTheOperatorLost();
    void finishesAJobTheOperatorKeptAcrossItsRestart();
    void startsOverWhenTheRestComesFromElsewhere();
    void retriesADownloadCutInTheMiddle_data();
    void retriesADownloadCutInTheMiddle();
    void renewsAnExpiredLinkByItself();
    void rejectsACorruptedDownload();
    void exportsAVerifiedCopy();

private:
    bool startSandbox(int generationDelayMs = 300, int linkLifetimeSeconds = 600);
    bool connectAndLogIn();
    std::unique_ptr<DocumentFetchQueue> makeQueue();
    // Orders October and closes the app while the operator forms it; the job's id.
    QString closeMidGeneration();
    InvoiceDocumentFetch::Owner owner() const { return {u"demo@sandbox"_s, u"ООО «Ромашка»"_s, u"Д-2019-0457"_s}; }
    QString jobStatusAtSandbox(const QString &jobId);
    int invoiceDocumentOrders() const;
    static bool waitFor(InvoiceDocumentFetch *fetch, int timeoutMs = 30000);

    const BillingPeriod m_october{2026, 10};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<OperatorConnection> m_connection;
    OperatorApi *m_api = nullptr;
    std::unique_ptr<DocumentArchive> m_archive;
    PendingDocumentJobs m_pending;
};

void TestDocumentFetchQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    m_archive = std::make_unique<DocumentArchive>(m_dir->filePath(u"archive"_s));
    QString error;
    QVERIFY2(m_archive->open(&error), qPrintable(error));
}

void TestDocumentFetchQueue::cleanup()
{
    m_connection.reset();
    m_archive.reset();
    m_sandbox.reset();
    m_dir.reset();
}

bool TestDocumentFetchQueue::startSandbox(int generationDelayMs, int linkLifetimeSeconds)
{
    m_sandbox = std::make_unique<SandboxFixture>();
    return m_sandbox->start(SandboxFixture::defaultNow(), generationDelayMs, linkLifetimeSeconds) && connectAndLogIn();
}

bool TestDocumentFetchQueue::connectAndLogIn()
{
    m_connection = std::make_unique<OperatorConnection>();
    m_connection->setBaseUrl(m_sandbox->baseUrl());
    m_api = new OperatorApi(m_connection.get(), m_connection.get());
    auto *session = new OperatorSession(m_connection.get(), m_connection.get());
    const auto tokens = awaitResult<SessionTokens>([session](QObject *context, auto done) {
        session->logIn(u"demo"_s, u"demo-password"_s, context, done);
    });
    return tokens.isOk();
}

QString TestDocumentFetchQueue::closeMidGeneration()
{
    auto queue = makeQueue();
    InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
    if (!QTest::qWaitFor([fetch] { return fetch->stage() == InvoiceDocumentFetch::Stage::Generating; }, 10000))
        return {};
    return fetch->jobId(); // and the queue goes, as when the app closes
}

std::unique_ptr<DocumentFetchQueue> TestDocumentFetchQueue::makeQueue()
{
    return std::make_unique<DocumentFetchQueue>(m_api, m_archive.get(), &m_pending);
}

QString TestDocumentFetchQueue::jobStatusAtSandbox(const QString &jobId)
{
    const QString token = m_sandbox->logIn();
    return m_sandbox->send("GET", u"/invoice-documents/"_s + jobId, {}, token)
        .json.object().value(u"status"_s).toString();
}

int TestDocumentFetchQueue::invoiceDocumentOrders() const
{
    int orders = 0;
    for (const QJsonValue &order : m_sandbox->orders())
        orders += order.toObject().value(u"kind"_s).toString() == u"invoice_document"_s;
    return orders;
}

bool TestDocumentFetchQueue::waitFor(InvoiceDocumentFetch *fetch, int timeoutMs)
{
    return QTest::qWaitFor([fetch] { return fetch->isFinished(); }, timeoutMs);
}

void TestDocumentFetchQueue::fetchesToAVerifiedArchivedFile()
{
    QVERIFY(startSandbox());
    auto queue = makeQueue();
    QSignalSpy started(queue.get(), &DocumentFetchQueue::fetchStarted);
    QSignalSpy finished(queue.get(), &DocumentFetchQueue::fetchFinished);
    InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
    QSignalSpy generation(fetch, &InvoiceDocumentFetch::generationProgressChanged);
    QSignalSpy download(fetch, &InvoiceDocumentFetch::downloadProgressChanged);
    QCOMPARE(started.size(), 1);
    QVERIFY(waitFor(fetch));
    QVERIFY2(fetch->stage() == InvoiceDocumentFetch::Stage::Done, qPrintable(fetch->errorMessage()));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!generation.isEmpty());
    QCOMPARE(generation.constLast().at(0).toInt(), 100);
    QVERIFY(!download.isEmpty());
    QCOMPARE(download.constLast().at(0).toLongLong(), download.constLast().at(1).toLongLong());

    const auto document = fetch->document();
    QVERIFY(document.has_value());
    QVERIFY(m_archive->verify(*document));
    QVERIFY(!document->number.isEmpty());
    // The contract's letters stay in the file's name: Cyrillic is a file name's right, only what file systems
    // forbid is replaced.
    QVERIFY2(document->fileName.startsWith(u"Д-2019-0457_2026-10_invoice_"_s), qPrintable(document->fileName));
    QVERIFY(m_archive->findInvoice(owner().accountId, m_october).has_value());
    QVERIFY(!QFile::exists(m_archive->pathOf(document->fileName) + u".part"_s));
    QVERIFY(m_pending.jobs(owner().accountId).isEmpty());
    QCOMPARE(jobStatusAtSandbox(fetch->jobId()), u"ready"_s);
    QCOMPARE(queue->latest(owner().accountId), fetch);
    QVERIFY(queue->activeFetches(owner().accountId).isEmpty());
}

void TestDocumentFetchQueue::startingTwiceOrdersOnce()
{
    QVERIFY(startSandbox(2000));
    auto queue = makeQueue();
    InvoiceDocumentFetch *first = queue->start(owner(), m_october);
    QCOMPARE(queue->start(owner(), m_october), first);
    QVERIFY(waitFor(first));
    QCOMPARE(first->stage(), InvoiceDocumentFetch::Stage::Done);
    QCOMPARE(invoiceDocumentOrders(), 1);
}

void TestDocumentFetchQueue::cancelsTheJobAtTheOperator()
{
    QVERIFY(startSandbox(20000));
    auto queue = makeQueue();
    InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
    QTRY_COMPARE_WITH_TIMEOUT(fetch->stage(), InvoiceDocumentFetch::Stage::Generating, 10000);
    const QString jobId = fetch->jobId();
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(m_pending.jobs(owner().accountId).size(), 1);

    fetch->cancel();
    QCOMPARE(fetch->stage(), InvoiceDocumentFetch::Stage::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(jobStatusAtSandbox(jobId), u"cancelled"_s, 10000);
    QVERIFY(m_pending.jobs(owner().accountId).isEmpty());
    QVERIFY(m_archive->documents().isEmpty());
}

void TestDocumentFetchQueue::resumesAGenerationAfterARestart()
{
    QVERIFY(startSandbox(3000));
    const QString jobId = closeMidGeneration();
    QVERIFY(!jobId.isEmpty());
    const QString statusAfterClose = jobStatusAtSandbox(jobId);
    QVERIFY2(statusAfterClose == u"generating"_s || statusAfterClose == u"queued"_s, qPrintable(statusAfterClose));
    QCOMPARE(m_pending.jobs(owner().accountId).size(), 1);

    auto queue = makeQueue(); // the next start
    QCOMPARE(queue->resumePending(owner()), 1);
    QCOMPARE(queue->resumePending(owner()), 0);
    InvoiceDocumentFetch *fetch = queue->findJob(jobId);
    QVERIFY(fetch);
    QCOMPARE(fetch->period(), m_october);
    QVERIFY(waitFor(fetch));
    QVERIFY2(fetch->stage() == InvoiceDocumentFetch::Stage::Done, qPrintable(fetch->errorMessage()));
    QVERIFY(m_archive->verify(*fetch->document()));
    QVERIFY(m_pending.jobs(owner().accountId).isEmpty());
    QCOMPARE(m_sandbox->orders().size(), 1); // picked up, not ordered again
}

void TestDocumentFetchQueue::sendsAgainAnOrderCutShortByAStop()
{
    QVERIFY(startSandbox(1000));
    // The operator takes its time over the order: the app closes before the answer comes.
    QVERIFY(m_sandbox->addFault({{u"path_prefix"_s, u"/invoice-documents"_s}, {u"kind"_s, u"latency"_s},
                                 {u"latency_ms"_s, 2500}, {u"count"_s, 1}}));
    {
        auto queue = makeQueue();
        InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pending.jobs(owner().accountId).isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->faultHits(), 1, 10000); // the order reached the sandbox, which holds it
        QCOMPARE(fetch->stage(), InvoiceDocumentFetch::Stage::Ordering);
        QCOMPARE(invoiceDocumentOrders(), 0);
        const PendingDocumentJobs::Job onItsWay = m_pending.jobs(owner().accountId).constFirst();
        QVERIFY(onItsWay.jobId.isEmpty());
        QVERIFY(!onItsWay.orderKey.isEmpty());
    }
    // The operator started the job all the same; nobody is there to hear of it.
    QTRY_COMPARE_WITH_TIMEOUT(invoiceDocumentOrders(), 1, 10000);
    QCOMPARE(m_pending.jobs(owner().accountId).size(), 1);

    auto queue = makeQueue(); // the next start
    QCOMPARE(queue->resumePending(owner()), 1);
    QCOMPARE(queue->resumePending(owner()), 0);
    InvoiceDocumentFetch *fetch = queue->find(owner().accountId, m_october);
    QVERIFY(fetch);
    QVERIFY(waitFor(fetch));
    QVERIFY2(fetch->stage() == InvoiceDocumentFetch::Stage::Done, qPrintable(fetch->errorMessage()));
    QVERIFY(m_archive->verify(*fetch->document()));
    QCOMPARE(invoiceDocumentOrders(), 1); // the same order answered again, not a second one
    QVERIFY(m_pending.jobs(owner().accountId).isEmpty());
}

void TestDocumentFetchQueue::ordersAgainAJobTheOperatorLost()
{
    // The app remembers a generation the operator no longer has (its operator stopped and forgot it): the next
    // start does not end in «no such item»; it orders once more, says so, and gets the document.
    QVERIFY(startSandbox(300));
    m_pending.add(owner().accountId, {u"job-the-operator-lost"_s, m_october, u"an-old-order-key"_s});
    auto queue = makeQueue();
    QCOMPARE(queue->resumePending(owner()), 1);
    InvoiceDocumentFetch *fetch = queue->findJob(u"job-the-operator-lost"_s);
    QVERIFY(fetch);
    QSignalSpy notices(fetch, &InvoiceDocumentFetch::noticeChanged);
    QVERIFY(waitFor(fetch));
    QVERIFY2(fetch->stage() == InvoiceDocumentFetch::Stage::Done, qPrintable(fetch->errorMessage()));
    QCOMPARE(notices.size(), 1);
    QVERIFY(!fetch->notice().isEmpty());
    QVERIFY(m_archive->verify(*fetch->document()));
    QCOMPARE(invoiceDocumentOrders(), 1); // one new order, nothing twice
    QVERIFY(m_pending.jobs(owner().accountId).isEmpty());
}

void TestDocumentFetchQueue::finishesAJobTheOperatorKeptAcrossItsRestart()
{
    QVERIFY(startSandbox(3000));
    const QString jobId = closeMidGeneration();
    QVERIFY(!jobId.isEmpty());
    // The demo operator stops with the app; both start again, the operator on the same database.
    QVERIFY(m_sandbox->start(SandboxFixture::defaultNow(), 300));
    QVERIFY(connectAndLogIn());
    auto queue = makeQueue();
    QCOMPARE(queue->resumePending(owner()), 1);
    InvoiceDocumentFetch *fetch = queue->findJob(jobId);
    QVERIFY(fetch);
    QSignalSpy notices(fetch, &InvoiceDocumentFetch::noticeChanged);
    QVERIFY(waitFor(fetch));
    QVERIFY2(fetch->stage() == InvoiceDocumentFetch::Stage::Done, qPrintable(fetch->errorMessage()));
    QCOMPARE(fetch->jobId(), jobId); // the same job, which the operator finished after its restart
    QCOMPARE(notices.size(), 0);
    QVERIFY(m_archive->verify(*fetch->document()));
    QCOMPARE(invoiceDocumentOrders(), 1);
}

void TestDocumentFetchQueue::startsOverWhenTheRestComesFromElsewhere()
{
    QVERIFY(startSandbox());
    QCOMPARE(m_sandbox->send("POST", u"/admin/oversize-documents"_s, {{u"bytes"_s, 3 * 1024 * 1024}}).status, 200);
    // The first download is cut half-way; the resumed one answers 206 from the wrong place.
    QVERIFY(m_sandbox->addFault({{u"path_prefix"_s, u"/downloads"_s}, {u"kind"_s, u"drop"_s}, {u"count"_s, 1}}));
    QVERIFY(m_sandbox->addFault({{u"path_prefix"_s, u"/downloads"_s}, {u"kind"_s, u"range_mismatch"_s}, {u"count"_s, 1}}));
    auto queue = makeQueue();
    InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
    QSignalSpy progress(fetch, &InvoiceDocumentFetch::downloadProgressChanged);
    QVERIFY(waitFor(fetch, 60000));
    QVERIFY2(fetch->stage() == InvoiceDocumentFetch::Stage::Done, qPrintable(fetch->errorMessage()));
    QVERIFY(m_archive->verify(*fetch->document()));
    QVERIFY(fetch->document()->size >= 3 * 1024 * 1024);
    // It did resume once (the count went up, then back to the start), and finished with the whole file.
    qint64 highest = 0;
    bool startedOver = false;
    for (const QList<QVariant> &step : progress) {
        const qint64 received = step.at(0).toLongLong();
        startedOver = startedOver || received < highest;
        highest = std::max(highest, received);
    }
    QVERIFY2(startedOver, "the download never had to start over: the faults were not hit");
}

void TestDocumentFetchQueue::retriesADownloadCutInTheMiddle_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("truncated") << u"truncate"_s;
    QTest::newRow("dropped") << u"drop"_s;
}

void TestDocumentFetchQueue::retriesADownloadCutInTheMiddle()
{
    QFETCH(QString, kind);
    QVERIFY(startSandbox());
    QVERIFY(m_sandbox->addFault({{u"path_prefix"_s, u"/downloads"_s}, {u"kind"_s, kind}, {u"count"_s, 1}}));
    auto queue = makeQueue();
    InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
    QSignalSpy download(fetch, &InvoiceDocumentFetch::downloadProgressChanged);
    QVERIFY(waitFor(fetch));
    QVERIFY2(fetch->stage() == InvoiceDocumentFetch::Stage::Done, qPrintable(fetch->errorMessage()));
    QVERIFY(m_archive->verify(*fetch->document()));
    // The progress went back to none at no point: the second request continued where the first stopped.
    for (int i = 1; i < download.size(); ++i)
        QVERIFY(download.at(i).at(0).toLongLong() >= download.at(i - 1).at(0).toLongLong());
}

void TestDocumentFetchQueue::renewsAnExpiredLinkByItself()
{
    QVERIFY(startSandbox(300, 60));
    // The first download request waits at the operator while its clock moves past the link's expiry.
    QVERIFY(m_sandbox->addFault({{u"path_prefix"_s, u"/downloads"_s}, {u"kind"_s, u"latency"_s},
                                 {u"latency_ms"_s, 1500}, {u"count"_s, 1}}));
    auto queue = makeQueue();
    InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
    QTRY_COMPARE_WITH_TIMEOUT(fetch->stage(), InvoiceDocumentFetch::Stage::Downloading, 10000);
    QVERIFY(m_sandbox->setClock(SandboxFixture::defaultNow().addSecs(180)));
    QVERIFY(waitFor(fetch));
    QVERIFY2(fetch->stage() == InvoiceDocumentFetch::Stage::Done, qPrintable(fetch->errorMessage()));
    QVERIFY(m_archive->verify(*fetch->document()));
}

void TestDocumentFetchQueue::rejectsACorruptedDownload()
{
    QVERIFY(startSandbox());
    QVERIFY(m_sandbox->addFault({{u"path_prefix"_s, u"/downloads"_s}, {u"kind"_s, u"latency"_s},
                                 {u"latency_ms"_s, 1500}, {u"count"_s, 1}}));
    auto queue = makeQueue();
    InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
    QTRY_COMPARE_WITH_TIMEOUT(fetch->stage(), InvoiceDocumentFetch::Stage::Downloading, 10000);
    // The operator's stored copy goes bad after it announced its checksum.
    const QDir stored(m_sandbox->workDirectory() + u"/operator-documents"_s);
    QFile file(stored.filePath(fetch->jobId() + u".pdf"_s));
    QVERIFY2(file.open(QIODevice::ReadWrite), qPrintable(file.fileName()));
    file.seek(file.size() / 2);
    file.write("corrupted");
    file.close();

    QVERIFY(waitFor(fetch));
    QCOMPARE(fetch->stage(), InvoiceDocumentFetch::Stage::Failed);
    QVERIFY(fetch->errorMessage().contains(u"checksum"_s));
    QVERIFY(m_archive->documents().isEmpty());
    QVERIFY(QDir(m_archive->documentsDirectory()).entryList(QDir::Files).isEmpty());
}

void TestDocumentFetchQueue::exportsAVerifiedCopy()
{
    QVERIFY(startSandbox());
    auto queue = makeQueue();
    InvoiceDocumentFetch *fetch = queue->start(owner(), m_october);
    QVERIFY(waitFor(fetch));
    QCOMPARE(fetch->stage(), InvoiceDocumentFetch::Stage::Done);
    const QString destination = m_dir->filePath(u"copy.pdf"_s);
    QString error;
    QVERIFY2(m_archive->exportTo(*fetch->document(), destination, &error), qPrintable(error));
    QFile copy(destination);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.size(), fetch->document()->size);
    QVERIFY(copy.read(5).startsWith("%PDF"));

    ArchivedDocument tampered = *fetch->document();
    tampered.sha256 = QByteArray(64, '0');
    const QString second = m_dir->filePath(u"second.pdf"_s);
    QVERIFY(!m_archive->exportTo(tampered, second, &error));
    QVERIFY(!QFile::exists(second));
}

// A GUI application only because the sandbox renders its PDFs with Qt Gui; the queue itself needs none.
QTEST_MAIN(TestDocumentFetchQueue)
#include "tst_documentfetchqueue.moc"
