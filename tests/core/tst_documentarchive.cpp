// The archive's storage: migrations from every earlier schema, atomic store, altered content detected,
// interrupted writes cleaned up, and a damaged database moved aside and rebuilt.
#include "archive/ArchiveRecovery.h"
#include "archive/ArchiveSchema.h"
#include "archive/DocumentArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

ArchivedDocument sampleDocument(int i)
{
    ArchivedDocument d;
    d.accountId = i % 2 ? u"demo@127.0.0.1"_s : u"other@example.org"_s;
    d.organisation = u"ООО «Ромашка»"_s;
    d.contract = u"SIP-2019-0042"_s;
    d.period = BillingPeriod(2026, 1 + i % 12);
    d.number = u"СЧ-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
    d.amount = Money(123450 + i, u"RUB"_s);
    d.obtainedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    d.fileName = u"%1_%2_invoice_%3.pdf"_s.arg(d.contract, d.period.toString(), d.number);
    return d;
}

QByteArray contentOf(int i)
{
    return "%PDF-1.4\n% document " + QByteArray::number(i) + '\n' + QByteArray(2000, 'x') + "\n%%EOF\n";
}

// The layout of a database as SQLite describes it: every table's columns and every index, by name.
QStringList layoutOf(const QString &path)
{
    QStringList layout;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"layout"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(u"SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        while (query.next())
            layout.append(query.value(1).toString() + u' ' + query.value(0).toString());
        query.exec(u"SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('documents') ORDER BY name"_s);
        while (query.next())
            layout.append(u"column %1 %2 %3 %4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                                     query.value(2).toString(), query.value(3).toString()));
    }
    QSqlDatabase::removeDatabase(u"layout"_s);
    return layout;
}

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (info.isDir())
            copyFolder(info.filePath(), to + u'/' + info.fileName());
        else
            QFile::copy(info.filePath(), to + u'/' + info.fileName());
    }
}

} // namespace

class TestDocumentArchive : public QObject
{
    Q_OBJECT

private slots:
    void upgradesEveryEarlierVersion_data();
    void upgradesEveryEarlierVersion();
    void storesAtomicallyAndVerifies();
    void detectsAlteredContent();
    void verifiesInTheBackground();
    void cleansUpInterruptedWritesAtOpen();
    void reportsMissingFiles();
    void rebuildsADamagedDatabase_data();
    void rebuildsADamagedDatabase();
    void refusesANewerSchema();
    void describesAFileByItsName_data();
    void describesAFileByItsName();

private:
    void fill(DocumentArchive &archive, int count);
};

void TestDocumentArchive::fill(DocumentArchive &archive, int count)
{
    for (int i = 0; i < count; ++i) {
        QString error;
        QVERIFY2(archive.store(sampleDocument(i), contentOf(i), &error), qPrintable(error));
    }
}

void TestDocumentArchive::upgradesEveryEarlierVersion_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("rows");
    // One folder per earlier schema, each written by the code of its time (see make_v1_archive.cpp.txt).
    QTest::newRow("schema 1") << u"archive-v1"_s << 4;
}

void TestDocumentArchive::upgradesEveryEarlierVersion()
{
    QFETCH(QString, folder);
    QFETCH(int, rows);
    QTemporaryDir home;
    copyFolder(QStringLiteral(SIPCABINET_TEST_DATA) + u'/' + folder, home.filePath(u"old"_s));
    {
        DocumentArchive archive(home.filePath(u"old"_s));
        QString error;
        QVERIFY2(archive.open(&error), qPrintable(error));
        QVERIFY(!archive.openReport().wasRebuilt());
        QCOMPARE(archive.openReport().orphansRemoved, 0);
        const QList<ArchivedDocument> documents = archive.documents();
        QCOMPARE(documents.size(), rows);
        for (const ArchivedDocument &d : documents)
            QVERIFY2(archive.verify(d), qPrintable(d.fileName));
        // The new column is filled for the old rows: the text filter finds them by number, amount and period.
        ArchiveFilter filter;
        filter.text = u"сч-2026-08"_s; // the number is stored upper-case; the filter ignores case
        QCOMPARE(archive.count(filter), 1);
        filter.text = u"12345,50"_s;
        QCOMPARE(archive.count(filter), 1);
        filter.text = u"09.2026"_s;
        QCOMPARE(archive.count(filter), 2);
        QCOMPARE(archive.accountIds(), QStringList({u"demo@127.0.0.1"_s, u"other@example.org"_s}));
    }
    QTemporaryDir fresh;
    {
        DocumentArchive archive(fresh.path());
        QString error;
        QVERIFY(archive.open(&error));
    }
    // An upgraded archive is laid out exactly as a new one.
    QCOMPARE(layoutOf(home.filePath(u"old/archive.sqlite"_s)), layoutOf(fresh.filePath(u"archive.sqlite"_s)));
}

void TestDocumentArchive::storesAtomicallyAndVerifies()
{
    QTemporaryDir home;
    DocumentArchive archive(home.path());
    QString error;
    QVERIFY(archive.open(&error));
    fill(archive, 3);
    // The same wanted name twice gets a second name, never overwrites the first document.
    const std::optional<qint64> again = archive.store(sampleDocument(0), "%PDF-1.4 other", &error);
    QVERIFY(again);
    const std::optional<ArchivedDocument> stored = archive.find(*again);
    QVERIFY(stored);
    QVERIFY(stored->fileName.endsWith(u"-2.pdf"_s));
    QCOMPARE(stored->sha256, QCryptographicHash::hash("%PDF-1.4 other", QCryptographicHash::Sha256).toHex());
    QCOMPARE(archive.documents().size(), 4);
    for (const ArchivedDocument &d : archive.documents())
        QVERIFY(archive.verify(d));
    QCOMPARE(QDir(archive.documentsDirectory()).entryList(QDir::Files).size(), 4); // no staging file left
}

void TestDocumentArchive::detectsAlteredContent()
{
    QTemporaryDir home;
    DocumentArchive archive(home.path());
    QString error;
    QVERIFY(archive.open(&error));
    fill(archive, 2);
    const ArchivedDocument d = archive.documents().constFirst();
    QFile file(archive.pathOf(d.fileName));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(20);
    file.write("y"); // same size, one byte different
    file.close();
    QVERIFY(!archive.verify(d));
    const QString copy = home.filePath(u"copy.pdf"_s);
    QVERIFY(!archive.exportTo(d, copy, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(copy)); // nothing of an altered copy leaves the archive
    QVERIFY(archive.verify(archive.documents().constLast()));
}

void TestDocumentArchive::verifiesInTheBackground()
{
    QTemporaryDir home;
    DocumentArchive archive(home.path());
    QString error;
    QVERIFY(archive.open(&error));
    fill(archive, 2);
    const ArchivedDocument intact = archive.documents().constFirst();
    ArchivedDocument altered = archive.documents().constLast();
    altered.sha256 = QByteArray(64, '0');

    QObject context;
    std::optional<bool> intactAnswer;
    std::optional<bool> alteredAnswer;
    Qt::HANDLE answeredOn = nullptr;
    archive.verifyInBackground(intact, &context, [&](bool ok) {
        intactAnswer = ok;
        answeredOn = QThread::currentThreadId();
    });
    archive.verifyInBackground(altered, &context, [&](bool ok) { alteredAnswer = ok; });
    QTRY_VERIFY(intactAnswer && alteredAnswer);
    QVERIFY(*intactAnswer);
    QVERIFY(!*alteredAnswer);
    QCOMPARE(answeredOn, QThread::currentThreadId()); // the answer comes back to the caller's thread

    // A page closed before the answer: nothing is called.
    bool called = false;
    auto *gone = new QObject;
    archive.verifyInBackground(intact, gone, [&](bool) { called = true; });
    delete gone;
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestDocumentArchive::cleansUpInterruptedWritesAtOpen()
{
    QTemporaryDir home;
    {
        DocumentArchive archive(home.path());
        QString error;
        QVERIFY(archive.open(&error));
        fill(archive, 2);
        // What a kill leaves: a half-written staging file, a renamed file whose row was never committed,
        // and a resumable download that belongs to a pending job.
        for (const char *name : {"half.pdf.storing", "renamed-no-row.pdf", "download.pdf.part"}) {
            QFile f(archive.pathOf(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 partial");
        }
    }
    DocumentArchive archive(home.path());
    QString error;
    QVERIFY(archive.open(&error));
    QCOMPARE(archive.openReport().orphansRemoved, 1);
    const QStringList files = QDir(archive.documentsDirectory()).entryList(QDir::Files);
    QVERIFY(!files.contains(u"half.pdf.storing"_s));
    QVERIFY(!files.contains(u"renamed-no-row.pdf"_s));
    QVERIFY(files.contains(u"download.pdf.part"_s));
    QCOMPARE(files.size(), 3);
}

void TestDocumentArchive::reportsMissingFiles()
{
    QTemporaryDir home;
    QString gone;
    {
        DocumentArchive archive(home.path());
        QString error;
        QVERIFY(archive.open(&error));
        fill(archive, 3);
        gone = archive.documents().constFirst().fileName;
        QVERIFY(QFile::remove(archive.pathOf(gone)));
    }
    DocumentArchive archive(home.path());
    QString error;
    QVERIFY(archive.open(&error));
    QCOMPARE(archive.openReport().damaged.size(), 1);
    QCOMPARE(archive.openReport().damaged.constFirst().fileName, gone);
}

void TestDocumentArchive::rebuildsADamagedDatabase_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("length");
    QTest::newRow("header destroyed: nothing readable, all from the folder") << qint64(0) << 100;
    QTest::newRow("pages in the middle destroyed") << qint64(4096 * 6) << 4096 * 3;
}

void TestDocumentArchive::rebuildsADamagedDatabase()
{
    QFETCH(qint64, offset);
    QFETCH(int, length);
    constexpr int Count = 300;
    QTemporaryDir home;
    {
        DocumentArchive archive(home.path());
        QString error;
        QVERIFY(archive.open(&error));
        fill(archive, Count);
    } // closing the last connection checkpoints the WAL into the file
    {
        QFile db(home.filePath(u"archive.sqlite"_s));
        QVERIFY(db.size() > offset + length);
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.seek(offset);
        db.write(QByteArray(length, '\x5a'));
    }
    DocumentArchive archive(home.path());
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    const DocumentArchive::OpenReport &report = archive.openReport();
    QVERIFY(report.wasRebuilt());
    QVERIFY(QFile::exists(report.corruptCopy)); // kept, never deleted
    QVERIFY(report.corruptCopy.contains(u"archive.sqlite.corrupt-"_s));
    // Every document is back: from the rows that survived, the rest described again from their files.
    QCOMPARE(report.recoveredRows + report.recoveredFiles, Count);
    if (offset > 0)
        QVERIFY(report.recoveredRows > 0);
    const QList<ArchivedDocument> documents = archive.documents();
    QCOMPARE(documents.size(), Count);
    for (const ArchivedDocument &d : documents)
        QVERIFY(archive.verify(d));
    // A document described from its file keeps what its name told.
    ArchiveFilter filter;
    filter.text = u"сч-00007"_s;
    const QList<ArchivedDocument> found = archive.page(filter, 0, 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().period, BillingPeriod(2026, 8));
    QCOMPARE(found.constFirst().contract, u"SIP-2019-0042"_s);
    // And the rebuilt archive is healthy at the next start.
    QString again;
    DocumentArchive reopened(home.path());
    QVERIFY2(reopened.open(&again), qPrintable(again));
    QVERIFY(!reopened.openReport().wasRebuilt());
    QCOMPARE(reopened.documents().size(), Count);
}

void TestDocumentArchive::refusesANewerSchema()
{
    QTemporaryDir home;
    {
        DocumentArchive archive(home.path());
        QString error;
        QVERIFY(archive.open(&error));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(archive.databasePath());
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    DocumentArchive archive(home.path());
    QString error;
    QVERIFY(!archive.open(&error));
    QVERIFY(error.contains(u"newer"_s));
    QVERIFY(QFile::exists(archive.databasePath())); // a newer archive is left alone, never "repaired"
}

void TestDocumentArchive::describesAFileByItsName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("contract");
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("number");
    QTest::newRow("as the fetch names it") << u"SIP-2019-0042_2026-10_invoice_СЧ-2026-10-0042_job-5118f724.pdf"_s
                                           << u"SIP-2019-0042"_s << u"2026-10"_s << 0 << u"СЧ-2026-10-0042"_s;
    QTest::newRow("call details, no job") << u"D-1_2026-09_call_details_CD-7.pdf"_s << u"D-1"_s << u"2026-09"_s << 1
                                          << u"CD-7"_s;
    QTest::newRow("any other name") << u"scan.pdf"_s << QString() << QString() << 0 << u"scan"_s;
}

void TestDocumentArchive::describesAFileByItsName()
{
    QFETCH(QString, name);
    QFETCH(QString, contract);
    QFETCH(QString, period);
    QFETCH(int, kind);
    QFETCH(QString, number);
    QTemporaryDir home;
    QFile file(home.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 lost row");
    file.close();
    const ArchivedDocument d = ArchiveRecovery::describeFile(name, file.fileName());
    QCOMPARE(d.contract, contract);
    if (!period.isEmpty())
        QCOMPARE(d.period.toString(), period);
    QCOMPARE(int(d.kind), kind);
    QCOMPARE(d.number, number);
    QCOMPARE(d.size, qint64(17));
    QCOMPARE(d.sha256, QCryptographicHash::hash("%PDF-1.4 lost row", QCryptographicHash::Sha256).toHex());
}

QTEST_GUILESS_MAIN(TestDocumentArchive)
#include "tst_documentarchive.moc"
