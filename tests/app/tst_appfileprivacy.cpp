// The real executable, started by a user whose umask is the usual 022 and whose data were written by an
// older version (0755 folders, 0644 files): after the start, every file and folder of the app's own is
// private (0700/0600), those it found and those it made.
#include "FileModes.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h> // umask, to start from the usual 022
#endif

using namespace Qt::StringLiterals;

namespace {
using FileModes::modeOf;

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

class TestAppFilePrivacy : public QObject
{
    Q_OBJECT

private slots:
    void theAppsFilesArePrivateAfterAStart();
};

void TestAppFilePrivacy::theAppsFilesArePrivateAfterAStart()
{
#ifndef Q_OS_UNIX
    QSKIP("File modes are a Unix matter.");
#else
    ::umask(022);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString data = home.filePath(u"data/SIP Cabinet/SIP Cabinet"_s);
    const QString config = home.filePath(u"config/SIP Cabinet"_s);
    QVERIFY(writeFile(data + u"/archive/documents/old-invoice.pdf"_s, "%PDF-1.4 from an older version"));
    QVERIFY(writeFile(config + u"/SIP Cabinet.conf"_s, "[archive]\nautomaticFetch=false\n"));
    QCOMPARE(modeOf(data), 0755u);
    QCOMPARE(modeOf(config + u"/SIP Cabinet.conf"_s), 0644u);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/sipcabinet-no-bus"_s);
    env.insert(u"SIPCABINET_BENCH_FIRST_PAINT"_s, u"1"_s); // ends the app once its window is painted
    env.insert(u"SIPCABINET_BENCH_LINGER_MS"_s, u"1500"_s);
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SIPCABINET_EXECUTABLE), {u"--lang"_s, u"en"_s});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.readAllStandardOutput().contains("first-paint-ms"), "the window was painted");

    // Whatever the start wrote itself (the archive's database and folders once it opens after the first
    // paint, the window's settings at exit) is checked along with what it found.
    QCOMPARE(FileModes::notPrivate(data), QStringList());
    QCOMPARE(FileModes::notPrivate(config), QStringList());
#endif
}

QTEST_GUILESS_MAIN(TestAppFilePrivacy)
#include "tst_appfileprivacy.moc"
