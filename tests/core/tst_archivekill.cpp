// A kill at any moment of a write leaves the archive consistent: a child process stores documents in a
// loop and is killed with SIGKILL at random points (fixed seed, bounded number of rounds); after each kill
// the archive opens, every row's file verifies, and no half-written file is left in it.
#include "archive/DocumentArchive.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestArchiveKill : public QObject
{
    Q_OBJECT

private slots:
    void survivesKillsDuringWrites();
};

void TestArchiveKill::survivesKillsDuringWrites()
{
    constexpr int Rounds = 30;
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QRandomGenerator random(20261126);
    int previousRows = 0;
    int killedWithHalfFile = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(ARCHIVE_TEST_CHILD), {u"write"_s, home.path()});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 10000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        // Anywhere from mid-first-document to a few dozen documents in.
        QTest::qWait(int(random.bounded(5, 120)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QStringList left = QDir(home.filePath(u"documents"_s)).entryList(QDir::Files);
        killedWithHalfFile += left.filter(u".storing"_s).size();

        DocumentArchive archive(home.path());
        QString error;
        QVERIFY2(archive.open(&error), qPrintable(error));
        QVERIFY(!archive.openReport().wasRebuilt());
        QVERIFY(archive.openReport().damaged.isEmpty());
        const QList<ArchivedDocument> documents = archive.documents();
        QVERIFY(documents.size() >= previousRows); // nothing committed is ever lost
        previousRows = int(documents.size());
        QSet<QString> recorded;
        for (const ArchivedDocument &d : documents) {
            QVERIFY2(archive.verify(d), qPrintable(u"round %1: %2"_s.arg(round).arg(d.fileName)));
            recorded.insert(d.fileName);
        }
        for (const QString &name : QDir(archive.documentsDirectory()).entryList(QDir::Files))
            QVERIFY2(recorded.contains(name), qPrintable(u"round %1: stray %2"_s.arg(round).arg(name)));
    }
    QVERIFY(previousRows > 0);
    qInfo("%d documents after %d kills; %d kills landed while a file was being written", previousRows, Rounds,
          killedWithHalfFile);
}

QTEST_GUILESS_MAIN(TestArchiveKill)
#include "tst_archivekill.moc"
