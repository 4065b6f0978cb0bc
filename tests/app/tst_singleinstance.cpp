// One running app owns the archive: the real executable started twice; the second start asks the first to
// come to the front and ends, and the first keeps running.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void aSecondStartRaisesTheFirstAndEnds();

private:
    QProcessEnvironment environment() const;
    QTemporaryDir m_home;
};

QProcessEnvironment TestSingleInstance::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    // No session bus: the first start goes to the login form without waiting for a keychain.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/sipcabinet-no-bus"_s);
    return env;
}

void TestSingleInstance::aSecondStartRaisesTheFirstAndEnds()
{
    QVERIFY(m_home.isValid());
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(QStringLiteral(SIPCABINET_EXECUTABLE), {u"--lang"_s, u"en"_s});
    QVERIFY(first.waitForStarted());
    const QString lock = m_home.filePath(u"data/SIP Cabinet/SIP Cabinet/archive/archive.lock"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 20000);

    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(QStringLiteral(SIPCABINET_EXECUTABLE), {u"--lang"_s, u"en"_s});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardError().contains("already running"), "the second start says why it ends");
    QCOMPARE(first.state(), QProcess::Running); // the owner is untouched

    first.kill(); // a killed owner leaves a stale lock: the next start takes the archive over
    QVERIFY(first.waitForFinished(5000));
    QProcess third;
    third.setProcessEnvironment(environment());
    third.start(QStringLiteral(SIPCABINET_EXECUTABLE), {u"--lang"_s, u"en"_s});
    QVERIFY(third.waitForStarted());
    QVERIFY(!third.waitForFinished(3000)); // still running: it owns the archive now
    third.kill();
    third.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
