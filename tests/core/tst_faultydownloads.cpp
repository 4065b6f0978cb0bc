// Invoice documents fetched while the operator misbehaves at random (a fixed seed, a bounded number of
// faults): dropped connections, 503 with Retry-After, truncated bodies and malformed JSON. At the end every
// document in the archive verifies, and nothing was ordered twice.
#include "ApiAwait.h"
#include "SandboxFixture.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "archive/DocumentArchive.h"
#include "documents/DocumentFetchQueue.h"
#include "documents/PendingDocumentJobs.h"
#include "session/OperatorSession.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFaultyDownloads : public QObject
{
    Q_OBJECT

private slots:
    void archivesEveryDocumentOnceDespiteFaults_data();
    void archivesEveryDocumentOnceDespiteFaults();

private:
    static QJsonObject randomFault(QRandomGenerator &random);
};

QJsonObject TestFaultyDownloads::randomFault(QRandomGenerator &random)
{
    static const QStringList paths = {u"/invoice-documents"_s, u"/downloads"_s, u"/invoices/"_s};
    static const QStringList kinds = {u"drop"_s, u"truncate"_s, u"status"_s, u"malformed_json"_s};
    QJsonObject fault{{u"path_prefix"_s, paths.at(random.bounded(int(paths.size())))},
                      {u"kind"_s, kinds.at(random.bounded(int(kinds.size())))},
                      {u"count"_s, 1}};
    if (fault.value(u"kind"_s).toString() == u"status"_s) {
        fault.insert(u"status"_s, 503);
        fault.insert(u"retry_after"_s, 1);
    }
    return fault;
}

void TestFaultyDownloads::archivesEveryDocumentOnceDespiteFaults_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 20261126") << quint32(20261126);
    QTest::newRow("seed 7") << quint32(7);
    QTest::newRow("seed 424242") << quint32(424242);
}

void TestFaultyDownloads::archivesEveryDocumentOnceDespiteFaults()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(SandboxFixture::defaultNow(), 200));
    OperatorConnection connection;
    connection.setBaseUrl(sandbox.baseUrl());
    RetryPolicy quick;
    quick.baseDelay = std::chrono::milliseconds(20);
    connection.setRetryPolicy(quick);
    auto *api = new OperatorApi(&connection, &connection);
    auto *session = new OperatorSession(&connection, &connection);
    QVERIFY(awaitResult<SessionTokens>([session](QObject *c, auto done) {
                session->logIn(u"demo"_s, u"demo-password"_s, c, done);
            }).isOk());
    DocumentArchive archive(dir.filePath(u"archive"_s));
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    PendingDocumentJobs pending;
    DocumentFetchQueue queue(api, &archive, &pending);

    QRandomGenerator random(seed);
    for (int i = 0; i < 6; ++i)
        QVERIFY(sandbox.addFault(randomFault(random)));

    const InvoiceDocumentFetch::Owner owner{u"demo@sandbox"_s, u"ООО «Ромашка»"_s, u"D-1"_s};
    for (const BillingPeriod &period : {BillingPeriod(2026, 10), BillingPeriod(2026, 9)}) {
        InvoiceDocumentFetch *fetch = queue.start(owner, period);
        // The user presses «Повторить» after each failure, as many times as it takes (bounded).
        for (int attempt = 0; attempt < 10; ++attempt) {
            QVERIFY(QTest::qWaitFor([fetch] { return fetch->isFinished(); }, 60000));
            if (fetch->stage() != InvoiceDocumentFetch::Stage::Failed)
                break;
            fetch->retry();
        }
        QCOMPARE(fetch->stage(), InvoiceDocumentFetch::Stage::Done);
    }

    const QList<ArchivedDocument> documents = archive.documents();
    QCOMPARE(documents.size(), 2);
    for (const ArchivedDocument &document : documents)
        QVERIFY2(archive.verify(document), qPrintable(document.fileName));
    int documentOrders = 0;
    for (const QJsonValue &order : sandbox.orders())
        documentOrders += order.toObject().value(u"kind"_s).toString() == u"invoice_document"_s;
    QCOMPARE(documentOrders, 2);
}

QTEST_MAIN(TestFaultyDownloads)
#include "tst_faultydownloads.moc"
