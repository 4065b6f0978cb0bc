// One running app owns the archive: a second process asks the first to raise its window, and takes the
// archive over once the first has gone.
#include "archive/ArchiveLock.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArchiveLock : public QObject
{
    Q_OBJECT

private slots:
    void aSecondStartRaisesTheFirst();
    void aLockLeftByAKilledOwnerIsTakenOver();

private:
    static QByteArray claimInAnotherProcess(const QString &directory);
};

QByteArray TestArchiveLock::claimInAnotherProcess(const QString &directory)
{
    QProcess child;
    child.start(QStringLiteral(ARCHIVE_TEST_CHILD), {u"lock"_s, directory});
    // The owner answers from this event loop, so wait without blocking it.
    if (!QTest::qWaitFor([&child] { return child.state() == QProcess::NotRunning; }, 10000))
        return "timeout";
    return child.readAllStandardOutput().trimmed();
}

void TestArchiveLock::aSecondStartRaisesTheFirst()
{
    QTemporaryDir home;
    {
        ArchiveLock first(home.path());
        QCOMPARE(first.claim(), ArchiveLock::Claim::Owned);
        QSignalSpy raised(&first, &ArchiveLock::raiseRequested);
        QCOMPARE(claimInAnotherProcess(home.path()), QByteArray("raised"));
        QTRY_COMPARE(raised.size(), 1);
    }
    // Once the first has closed, the next start owns the archive.
    QCOMPARE(claimInAnotherProcess(home.path()), QByteArray("owned"));
}

void TestArchiveLock::aLockLeftByAKilledOwnerIsTakenOver()
{
    QTemporaryDir home;
    QFile stale(home.filePath(u"archive.lock"_s));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("999999\nsipcabinet\n" + QSysInfo::machineHostName().toUtf8() + '\n'); // no such process
    stale.close();
    ArchiveLock lock(home.path());
    QCOMPARE(lock.claim(), ArchiveLock::Claim::Owned);
}

QTEST_GUILESS_MAIN(TestArchiveLock)
#include "tst_archivelock.moc"
