// The app's own files are private to the user (folders 0700, files 0600), whatever the user's umask;
// exports keep the permissions the user's own new files get.
#include "archive/DocumentArchive.h"
#include "archive/ExportNameTemplate.h"
#include "archive/MonthEndPack.h"
#include "storage/PrivateFiles.h"

#include "FileModes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h> // umask, to start from the usual 022
#endif

using namespace Qt::StringLiterals;

namespace {
using FileModes::modeOf;
using FileModes::notPrivate;

ArchivedDocument invoice(const QString &number)
{
    ArchivedDocument d;
    d.accountId = u"demo"_s;
    d.organisation = u"ООО «Ромашка»"_s;
    d.contract = u"SIP-1"_s;
    d.period = BillingPeriod(2026, 10);
    d.kind = ArchivedDocument::Kind::Invoice;
    d.number = number;
    d.amount = Money(1234550, u"RUB"_s);
    d.obtainedAt = QDateTime(QDate(2026, 11, 5), QTime(12, 0), Qt::UTC);
    d.fileName = number + u".pdf"_s;
    return d;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anOldTreeIsMadePrivateWithoutFollowingLinks();
    void theArchiveWritesPrivateFiles();
    void exportsGetTheUsualPermissions();
};

void TestPrivateFiles::initTestCase()
{
#ifdef Q_OS_UNIX
    ::umask(022); // the usual desktop default, under which the audit found 0755 and 0644
#else
    QSKIP("File modes are a Unix matter; elsewhere the user's profile is private by its ACL.");
#endif
}

void TestPrivateFiles::anOldTreeIsMadePrivateWithoutFollowingLinks()
{
    QTemporaryDir home;
    const QString root = home.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(root + u"/archive/documents"_s));
    QFile old(root + u"/archive/documents/old.pdf"_s);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("%PDF") == 4);
    old.close();
    QFile outside(home.filePath(u"outside.txt"_s));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.close();
    QVERIFY(QFile::link(outside.fileName(), root + u"/link-to-outside"_s));
    QCOMPARE(modeOf(root), 0755u);
    QCOMPARE(modeOf(old.fileName()), 0644u);

    PrivateFiles::makeTreePrivate(root);
    QCOMPARE(notPrivate(root), QStringList());
    QCOMPARE(modeOf(outside.fileName()), 0644u); // what a link points to is not the app's to change
}

void TestPrivateFiles::theArchiveWritesPrivateFiles()
{
    QTemporaryDir home;
    PrivateFiles::restrictNewFiles();
    const QString root = home.filePath(u"SIP Cabinet"_s);
    DocumentArchive archive(root + u"/archive"_s);
    QString error;
    QVERIFY2(archive.open(&error), qPrintable(error));
    QVERIFY2(archive.store(invoice(u"СЧ-1"_s), "%PDF-1.4 private", &error), qPrintable(error));
    QVERIFY(QFile::exists(archive.databasePath()));
    QVERIFY(!QDir(archive.documentsDirectory()).isEmpty());
    QCOMPARE(notPrivate(root), QStringList());
}

void TestPrivateFiles::exportsGetTheUsualPermissions()
{
    QTemporaryDir home;
    PrivateFiles::restrictNewFiles();
    DocumentArchive archive(home.filePath(u"app/archive"_s));
    QString error;
    QVERIFY(archive.open(&error));
    const std::optional<qint64> id = archive.store(invoice(u"СЧ-2"_s), "%PDF-1.4 shared", &error);
    QVERIFY(id);
    const ArchivedDocument stored = *archive.find(*id);

    const QString copy = home.filePath(u"exports/copy.pdf"_s);
    QVERIFY(QDir().mkpath(home.filePath(u"exports"_s)));
    QVERIFY2(archive.exportTo(stored, copy, &error), qPrintable(error));
    QCOMPARE(modeOf(copy), 0644u);

    const MonthEndPack pack(archive.documentsDirectory(), ExportNameTemplate());
    const QString zip = home.filePath(u"exports/pack.zip"_s);
    QVERIFY(pack.write({stored}, MonthEndPack::Format::Zip, zip, {}).ok);
    QCOMPARE(modeOf(zip), 0644u);
    const QString folder = home.filePath(u"exports/pack"_s);
    QVERIFY(pack.write({stored}, MonthEndPack::Format::Folder, folder, {}).ok);
    QCOMPARE(modeOf(folder), 0755u);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), 3); // the document, index.csv and index.xlsx
    for (const QString &name : files)
        QCOMPARE(modeOf(folder + u'/' + name), 0644u);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
