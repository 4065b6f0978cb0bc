// A Maildir as mail intake reads it: the sandbox's outbox delivers the operator's e-mails, the source lists
// them oldest first by a key that survives a reader moving them to cur/ and flagging them, reads them
// without changing the folder, and refuses what is not a Maildir, a key that is not a message, and a message
// over the size limit.
#include "MaildirOutbox.h"
#include "mail/MailLimits.h"
#include "mail/MailParser.h"
#include "mail/MaildirSource.h"
#include "orders/EmailComposer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const QDateTime SentAt(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);

QStringList filesIn(const QString &directory)
{
    QStringList files;
    for (const char *folder : {"new", "cur", "tmp"})
        files += QDir(QDir(directory).filePath(QLatin1String(folder))).entryList(QDir::Files);
    files.sort();
    return files;
}
} // namespace

class TestMaildirSource : public QObject
{
    Q_OBJECT

private slots:
    void listsAndReadsTheOperatorsMail();
    void keepsTheKeyWhenAReaderFlagsTheMessage();
    void refusesWhatIsNotAMaildirOrAMessage();
};

void TestMaildirSource::listsAndReadsTheOperatorsMail()
{
    QTemporaryDir maildir;
    Sandbox::MaildirOutbox outbox(maildir.path());
    QVERIFY(outbox.deliver(Sandbox::EmailComposer::invoiceRepeat(u"accounts@romashka.example"_s, u"RMS-1"_s,
                                                                 u"2026-09"_s, Pdf, SentAt)));
    QVERIFY(outbox.deliver(Sandbox::EmailComposer::charges(u"buh@romashka.example"_s, u"2026-11"_s, Pdf, SentAt)));
    const QStringList before = filesIn(maildir.path());

    const MaildirSource source(maildir.path());
    QString problem;
    QVERIFY(source.isReadable(&problem));
    const QStringList keys = source.keys();
    QCOMPARE(keys.size(), 2);
    const std::optional<QByteArray> first = source.read(keys.first());
    QVERIFY(first);
    QVERIFY(MailParser::parse(*first).subject.startsWith(u"Счет № RMS-1"_s)); // delivered first, listed first
    QVERIFY(MailParser::parse(*source.read(keys.last())).subject.startsWith(u"Начисления"_s));
    QCOMPARE(filesIn(maildir.path()), before); // read, not moved or flagged
}

void TestMaildirSource::keepsTheKeyWhenAReaderFlagsTheMessage()
{
    QTemporaryDir maildir;
    Sandbox::MaildirOutbox outbox(maildir.path());
    QVERIFY(outbox.deliver(Sandbox::EmailComposer::charges(u"buh@romashka.example"_s, u"2026-11"_s, Pdf, SentAt)));
    const MaildirSource source(maildir.path());
    const QString key = source.keys().constFirst();
    // A mail client reads it: moved to cur/ with its flags after ":2,".
    const QString name = QDir(maildir.filePath(u"new"_s)).entryList(QDir::Files).constFirst();
    QVERIFY(QFile::rename(maildir.filePath(u"new/"_s + name), maildir.filePath(u"cur/"_s + name + u":2,S"_s)));
    QCOMPARE(source.keys(), QStringList{key});
    QVERIFY(source.read(key).has_value());
}

void TestMaildirSource::refusesWhatIsNotAMaildirOrAMessage()
{
    QTemporaryDir plain;
    QString problem;
    QVERIFY(!MaildirSource(plain.path()).isReadable(&problem));
    QVERIFY(!problem.isEmpty());

    QTemporaryDir maildir;
    Sandbox::MaildirOutbox outbox(maildir.path());
    QVERIFY(outbox.deliver(Sandbox::EmailComposer::charges(u"buh@romashka.example"_s, u"2026-11"_s, Pdf, SentAt)));
    QFile secret(maildir.filePath(u"secret.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("not a message");
    secret.close();
    const MaildirSource source(maildir.path());
    for (const QString &key : {u"../secret.txt"_s, u"secret.txt"_s, u"*"_s, QString()})
        QVERIFY2(!source.read(key).has_value(), qPrintable(key));

    QFile huge(maildir.filePath(u"new/9999999999.huge.host"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(MailLimits::MaxMessageBytes + 1));
    huge.close();
    bool tooLarge = false;
    QVERIFY(!source.read(u"9999999999.huge.host"_s, &tooLarge).has_value());
    QVERIFY(tooLarge);
}

QTEST_GUILESS_MAIN(TestMaildirSource)
#include "tst_maildirsource.moc"
