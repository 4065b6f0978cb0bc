// Mail intake's IMAP source against a real Dovecot (DovecotFixture) over real TLS, STARTTLS and plain
// loopback IMAP: the folder's numbering, the UIDs after the last one, a message's exact bytes with its unread
// state kept, every failure the user has to be told about in its own words, the size limit, cp1251 names, a
// cancel; and what it accepts of a server's answers.
#include "DovecotFixture.h"
#include "MaildirOutbox.h"
#include "mail/ImapAnswer.h"
#include "mail/ImapSource.h"
#include "mail/MailLimits.h"
#include "mail/MailParser.h"
#include "orders/EmailComposer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ImapSettings::Security)
Q_DECLARE_METATYPE(ImapSource::Failure)

namespace {

const QByteArray Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const QDateTime SentAt(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
constexpr qint64 QuickMs = 5000; // far above what a loopback answer takes, far below a hang

using Failure = ImapSource::Failure;

QByteArray cp1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    return encoder.encode(text);
}

// An operator's e-mail whose attachment names are cp1251, once as RFC 2047 words, once as bare 8-bit bytes.
QByteArray cp1251Mail(const QString &name)
{
    const QByteArray part = "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n";
    return "From: billing@operator.example\r\nTo: buh@romashka.example\r\nSubject: invoice\r\n"
           "Message-ID: <cp1251@operator.example>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
           "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee attached.\r\n"
           "--b1\r\n" + part + "Content-Disposition: attachment; filename=\"=?windows-1251?B?"
           + cp1251(name).toBase64() + "?=\"\r\n\r\n" + Pdf.toBase64() + "\r\n"
           "--b1\r\n" + part + "Content-Disposition: attachment; filename=\"" + cp1251(name) + "\"\r\n\r\n"
           + Pdf.toBase64() + "\r\n--b1--\r\n";
}

} // namespace

class TestImapSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsWhatArrives_data();
    void listsWhatArrives();
    void fetchesTheExactBytesAndKeepsTheUnreadUnread();
    void readsAFolderNamedInCyrillic();
    void refusesAWrongPassword();
    void reportsWhatItCannotReach_data();
    void reportsWhatItCannotReach();
    void refusesPlainImapBeyondThisComputer();
    void reportsAMissingFolder();
    void reportsAMessageNoLongerThere();
    void refusesSettingsThatWouldTurnIntoSyntax_data();
    void refusesSettingsThatWouldTurnIntoSyntax();
    void seesTheFolderRenumbered();
    void reportsTheServerGoingAway();
    void refusesAnOversizeMessageUnread();
    void keepsACp1251AttachmentName();
    void stopsWhenCancelled();
    void acceptsOnlyWellFormedAnswers_data();
    void acceptsOnlyWellFormedAnswers();

private:
    bool deliver(int count);
    QStringList messageFiles() const;

    std::unique_ptr<QTemporaryDir> m_mail;
    QString m_maildir;
    std::unique_ptr<DovecotFixture> m_dovecot;
};

void TestImapSource::init()
{
    // What a server may answer, and what is refused before connecting, need no server.
    for (const char *offline : {"acceptsOnlyWellFormedAnswers", "refusesSettingsThatWouldTurnIntoSyntax"}) {
        if (qstrcmp(QTest::currentTestFunction(), offline) == 0)
            return;
    }
    m_mail = std::make_unique<QTemporaryDir>();
    QVERIFY(m_mail->isValid());
    m_maildir = m_mail->filePath(u"Maildir"_s);
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY2(m_dovecot->start(m_maildir), "Dovecot did not start; is dovecot-imapd installed?");
}

void TestImapSource::cleanup()
{
    if (QTest::currentTestFailed() && m_dovecot)
        qInfo().noquote() << "Dovecot's log:\n" << m_dovecot->log();
    m_dovecot.reset();
    m_mail.reset();
}

bool TestImapSource::deliver(int count)
{
    Sandbox::MaildirOutbox outbox(m_maildir);
    for (int i = 0; i < count; ++i) {
        const QString period = u"2026-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        if (!outbox.deliver(Sandbox::EmailComposer::charges(u"buh@romashka.example"_s, period, Pdf, SentAt)))
            return false;
    }
    return true;
}

QStringList TestImapSource::messageFiles() const
{
    QStringList files;
    for (const QString &folder : {u"new"_s, u"cur"_s}) {
        const QDir dir(QDir(m_maildir).filePath(folder));
        for (const QString &name : dir.entryList(QDir::Files))
            files.append(dir.filePath(name));
    }
    return files;
}

void TestImapSource::listsWhatArrives_data()
{
    QTest::addColumn<ImapSettings::Security>("security");
    QTest::newRow("implicit TLS") << ImapSettings::Security::Tls;
    QTest::newRow("STARTTLS") << ImapSettings::Security::StartTls;
    QTest::newRow("plain IMAP on loopback") << ImapSettings::Security::None;
}

void TestImapSource::listsWhatArrives()
{
    QFETCH(ImapSettings::Security, security);
    QVERIFY(deliver(2));
    ImapSource source(m_dovecot->imapSettings(security), m_dovecot->password());

    const std::optional<ImapSource::FolderStatus> status = source.status();
    QVERIFY2(status, qPrintable(source.failureDetail()));
    QCOMPARE(status->messages, 2);
    QCOMPARE(status->unseen, 2);
    QCOMPARE(status->uidNext, 3);
    QVERIFY(status->uidValidity > 0);
    QCOMPARE(source.uidsAfter(0), QList<qint64>({1, 2}));
    // "2:*" and "3:*" both answer the highest UID, 2: neither is new.
    QCOMPARE(source.uidsAfter(1), QList<qint64>({2}));
    QCOMPARE(source.uidsAfter(2), QList<qint64>());
    QCOMPARE(source.failure(), Failure::None);

    QVERIFY(deliver(1));
    ImapSource nextCheck(m_dovecot->imapSettings(security), m_dovecot->password());
    QCOMPARE(nextCheck.uidsAfter(2), QList<qint64>({3}));
    const std::optional<ImapSource::FolderStatus> next = nextCheck.status();
    QVERIFY2(next, qPrintable(nextCheck.failureDetail()));
    QCOMPARE(next->uidValidity, status->uidValidity);
}

void TestImapSource::fetchesTheExactBytesAndKeepsTheUnreadUnread()
{
    QVERIFY(deliver(2));
    // A mail program has read the second one: it lies in cur/ flagged S.
    const QString read = messageFiles().constLast();
    const QString readName = QFileInfo(read).fileName();
    QVERIFY(QFile::rename(read, QDir(m_maildir).filePath(u"cur/"_s + readName + u":2,S"_s)));
    QSet<QByteArray> delivered;
    for (const QString &path : messageFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        delivered.insert(file.readAll());
    }
    QCOMPARE(m_dovecot->unseenOnDisk(), 1);

    ImapSource source(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    const std::optional<QList<ImapSource::Message>> messages = source.messages(1, 2);
    QVERIFY2(messages, qPrintable(source.failureDetail()));
    QCOMPARE(messages->size(), 2);
    QCOMPARE(std::count_if(messages->cbegin(), messages->cend(), [](const auto &m) { return m.seen; }), 1);
    QSet<QByteArray> fetched;
    for (const ImapSource::Message &message : *messages) {
        const std::optional<QByteArray> bytes = source.fetch(message);
        QVERIFY2(bytes, qPrintable(source.failureDetail()));
        QCOMPARE(bytes->size(), message.size);
        fetched.insert(*bytes);
    }
    QCOMPARE(fetched, delivered);

    // As Dovecot keeps the flags on disk, and as another client sees them.
    QCOMPARE(m_dovecot->unseenOnDisk(), 1);
    ImapSource other(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    const std::optional<ImapSource::FolderStatus> status = other.status();
    QVERIFY2(status, qPrintable(other.failureDetail()));
    QCOMPARE(status->unseen, 1);
    const std::optional<QList<ImapSource::Message>> after = other.messages(1, 2);
    QVERIFY(after);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(after->at(i).seen, messages->at(i).seen);

    m_dovecot->stop(); // its log complete
    QCOMPARE(m_dovecot->logins(), 2); // one connection for each check, whatever it asked
}

void TestImapSource::readsAFolderNamedInCyrillic()
{
    // Dovecot keeps a Maildir++ folder under its name in IMAP's modified UTF-7.
    const QString folder = QDir(m_maildir).filePath(u".&BCEERwQ1BEIEMA- 2026"_s);
    Sandbox::MaildirOutbox outbox(folder);
    QVERIFY(outbox.deliver(
        Sandbox::EmailComposer::charges(u"buh@romashka.example"_s, u"2026-11"_s, Pdf, SentAt)));
    QVERIFY(m_dovecot->restart()); // as root, the new folder is handed to the mail user

    ImapSettings settings = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    settings.folder = u"Счета 2026"_s;
    ImapSource source(settings, m_dovecot->password());
    const std::optional<ImapSource::FolderStatus> status = source.status();
    QVERIFY2(status, qPrintable(source.failureDetail()));
    QCOMPARE(status->messages, 1);
    const std::optional<QList<ImapSource::Message>> messages = source.messages(1, 1);
    QVERIFY2(messages && messages->size() == 1, qPrintable(source.failureDetail()));
    const std::optional<QByteArray> bytes = source.fetch(messages->constFirst());
    QVERIFY2(bytes, qPrintable(source.failureDetail()));
    QVERIFY(MailParser::parse(*bytes).subject.startsWith(u"Начисления"_s));
}

void TestImapSource::refusesAWrongPassword()
{
    QVERIFY(deliver(1));
    const ImapSettings settings = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    const QString wrong = u"not-the-password"_s;
    ImapSource asksStatus(settings, wrong);
    QVERIFY(!asksStatus.status());
    QCOMPARE(asksStatus.failure(), Failure::LoginDenied);
    // Through the folder (libcurl selects it first, and calls any refusal there a denied login).
    ImapSource asksUids(settings, wrong);
    QVERIFY(!asksUids.uidsAfter(0));
    QCOMPARE(asksUids.failure(), Failure::LoginDenied);
    for (const ImapSource *source : {&asksStatus, &asksUids}) {
        for (const QString &text : {source->userMessage(), source->failureDetail()})
            QVERIFY2(!text.contains(wrong), qPrintable(text));
    }
    QVERIFY(!asksStatus.userMessage().isEmpty());
}

void TestImapSource::reportsWhatItCannotReach_data()
{
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<bool>("trustsTheCertificate");
    QTest::addColumn<ImapSource::Failure>("expected");
    QTest::newRow("nothing listens") << true << true << Failure::Unreachable;
    QTest::newRow("a certificate nobody vouches for") << false << false << Failure::Tls;
}

void TestImapSource::reportsWhatItCannotReach()
{
    QFETCH(bool, closedPort);
    QFETCH(bool, trustsTheCertificate);
    QFETCH(ImapSource::Failure, expected);
    ImapSettings settings = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    if (closedPort) {
        m_dovecot->stop();
        QTcpSocket probe; // the fault fired: nothing answers there
        probe.connectToHost(settings.host, settings.port);
        QVERIFY(!probe.waitForConnected(QuickMs));
    }
    if (!trustsTheCertificate)
        settings.caCertificatesFile.clear();
    ImapSource source(settings, m_dovecot->password());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!source.status());
    QCOMPARE(source.failure(), expected);
    QVERIFY(clock.elapsed() < QuickMs);
    QVERIFY(!source.userMessage().isEmpty());
}

void TestImapSource::refusesPlainImapBeyondThisComputer()
{
    ImapSettings settings = m_dovecot->imapSettings(ImapSettings::Security::None);
    // Whatever answers there, nothing may be sent: the refusal comes before any connection.
    settings.host = u"192.0.2.1"_s; // TEST-NET-1: a connection would hang until the timeout, not fail at once
    ImapSource source(settings, m_dovecot->password());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!source.status());
    QCOMPARE(source.failure(), Failure::Unencrypted);
    QVERIFY(!source.uidsAfter(0));
    QCOMPARE(source.failure(), Failure::Unencrypted);
    QVERIFY(clock.elapsed() < 1000);

    settings.host = u"localhost"_s; // loopback by name: allowed
    ImapSource local(settings, m_dovecot->password());
    QVERIFY2(local.status(), qPrintable(local.failureDetail()));
}

void TestImapSource::reportsAMissingFolder()
{
    ImapSettings settings = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    settings.folder = u"Нет такой \"папки\""_s;
    ImapSource asksStatus(settings, m_dovecot->password());
    QVERIFY(!asksStatus.status());
    QCOMPARE(asksStatus.failure(), Failure::FolderMissing);
    ImapSource asksUids(settings, m_dovecot->password());
    QVERIFY(!asksUids.uidsAfter(0));
    QCOMPARE(asksUids.failure(), Failure::FolderMissing);
    QVERIFY(asksUids.userMessage().contains(settings.folder));
}

void TestImapSource::reportsAMessageNoLongerThere()
{
    QVERIFY(deliver(1));
    ImapSource source(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    const std::optional<QList<ImapSource::Message>> messages = source.messages(1, 9);
    QVERIFY2(messages && messages->size() == 1, qPrintable(source.failureDetail()));
    ImapSource::Message gone = messages->constFirst();
    gone.uid = 9;
    QVERIFY(!source.fetch(gone));
    QCOMPARE(source.failure(), Failure::MessageMissing);
    QVERIFY(source.fetch(messages->constFirst())); // the connection is still good for the others
}

void TestImapSource::refusesSettingsThatWouldTurnIntoSyntax_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("password");
    const QString host = u"imap.example.org"_s;
    const QString login = u"buh@romashka.example"_s;
    const QString folder = u"INBOX"_s;
    const QString password = u"secret"_s;
    QTest::newRow("a path in the host") << u"imap.example.org/INBOX"_s << login << folder << password;
    QTest::newRow("credentials in the host") << u"user:pw@imap.example.org"_s << login << folder << password;
    QTest::newRow("no host") << QString() << login << folder << password;
    QTest::newRow("a second command in the folder")
        << host << login << u"INBOX\r\nA1 DELETE INBOX"_s << password;
    QTest::newRow("a line break in the login") << host << u"buh\n"_s << folder << password;
    QTest::newRow("a line break in the password") << host << login << folder << u"pass\r\nword"_s;
}

void TestImapSource::refusesSettingsThatWouldTurnIntoSyntax()
{
    QFETCH(QString, host);
    QFETCH(QString, login);
    QFETCH(QString, folder);
    QFETCH(QString, password);
    ImapSettings settings;
    settings.host = host;
    settings.login = login;
    settings.folder = folder;
    ImapSource source(settings, password);
    QVERIFY(!source.status());
    QCOMPARE(source.failure(), Failure::InvalidSettings);
    QVERIFY(!source.userMessage().isEmpty());
}

void TestImapSource::seesTheFolderRenumbered()
{
    QVERIFY(deliver(2));
    const ImapSettings settings = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    const auto status = [&] { return ImapSource(settings, m_dovecot->password()).status(); };
    const std::optional<ImapSource::FolderStatus> before = status();
    QVERIFY(before);
    QVERIFY(m_dovecot->renumber());
    const std::optional<ImapSource::FolderStatus> after = status();
    QVERIFY(after);
    QVERIFY(after->uidValidity != before->uidValidity);
    QCOMPARE(after->messages, 2);
}

void TestImapSource::reportsTheServerGoingAway()
{
    QVERIFY(deliver(2));
    ImapSource source(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    const std::optional<QList<ImapSource::Message>> messages = source.messages(1, 2);
    QVERIFY2(messages && messages->size() == 2, qPrintable(source.failureDetail()));
    QVERIFY(source.fetch(messages->at(0)));

    m_dovecot->stop();
    QVERIFY(!m_dovecot->isRunning());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!source.fetch(messages->at(1)));
    QVERIFY2(source.failure() == Failure::Unreachable || source.failure() == Failure::ConnectionLost,
             qPrintable(source.failureDetail()));
    QVERIFY(clock.elapsed() < QuickMs);
    QVERIFY(!source.userMessage().isEmpty());
}

void TestImapSource::refusesAnOversizeMessageUnread()
{
    // Written as a mailer would leave it; its bytes do not matter, only how many there are.
    QFile huge(QDir(m_maildir).filePath(u"new/1790000000.huge.test"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(MailLimits::MaxMessageBytes + 1));
    huge.close();

    ImapSource source(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    const std::optional<QList<ImapSource::Message>> messages = source.messages(1, 1);
    QVERIFY2(messages && messages->size() == 1, qPrintable(source.failureDetail()));
    QCOMPARE(messages->constFirst().size, MailLimits::MaxMessageBytes + 1);
    QVERIFY(!source.fetch(messages->constFirst()));
    QCOMPARE(source.failure(), Failure::TooLarge);

    // A server that understates the size is stopped by the literal's announced length, and the flag it set
    // by sending is taken off again.
    ImapSource::Message understated = messages->constFirst();
    understated.size = 1000;
    QVERIFY(!source.fetch(understated));
    QCOMPARE(source.failure(), Failure::TooLarge);

    QCOMPARE(m_dovecot->unseenOnDisk(), 1);
    ImapSource other(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    const std::optional<ImapSource::FolderStatus> status = other.status();
    QVERIFY2(status, qPrintable(other.failureDetail()));
    QCOMPARE(status->unseen, 1);
}

void TestImapSource::keepsACp1251AttachmentName()
{
    const QString name = u"Счет октябрь.pdf"_s;
    QFile file(QDir(m_maildir).filePath(u"new/1790000000.cp1251.test"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(cp1251Mail(name));
    file.close();

    ImapSource source(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    const std::optional<QList<ImapSource::Message>> messages = source.messages(1, 1);
    QVERIFY2(messages && messages->size() == 1, qPrintable(source.failureDetail()));
    const std::optional<QByteArray> bytes = source.fetch(messages->constFirst());
    QVERIFY2(bytes, qPrintable(source.failureDetail()));
    const ParsedMail mail = MailParser::parse(*bytes);
    QCOMPARE(mail.outcome, ParsedMail::Outcome::Read);
    QCOMPARE(mail.attachments.size(), 2);
    for (const ParsedMail::Attachment &attachment : mail.attachments)
        QCOMPARE(attachment.fileName, name);
}

void TestImapSource::stopsWhenCancelled()
{
    QVERIFY(deliver(1));
    std::atomic_bool cancelled = false;
    const ImapSettings settings = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    ImapSource source(settings, m_dovecot->password(), &cancelled);
    const std::optional<QList<ImapSource::Message>> messages = source.messages(1, 1);
    QVERIFY2(messages && messages->size() == 1, qPrintable(source.failureDetail()));

    cancelled = true; // as the user's Cancel would, from another thread, while the connection is open
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!source.fetch(messages->constFirst()));
    QCOMPARE(source.failure(), Failure::Cancelled);
    QVERIFY(clock.elapsed() < QuickMs);
    QVERIFY(!source.status());
    QCOMPARE(source.failure(), Failure::Cancelled);
}

void TestImapSource::acceptsOnlyWellFormedAnswers_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<qint64>("bound"); // SEARCH: the last UID seen; FETCH: the range 1 to bound
    QTest::addColumn<QString>("expected"); // what was read, or "refused"
    const auto row = [](const char *name, const char *command, const QByteArray &answer, qint64 bound,
                        const QString &expected) {
        QTest::newRow(name) << QByteArray(command) << answer << bound << expected;
    };
    const QString refused = u"refused"_s;

    row("STATUS as Dovecot answers", "STATUS",
        "* STATUS INBOX (MESSAGES 2 UIDNEXT 3 UIDVALIDITY 1796040386 UNSEEN 2)\r\n", 0,
        u"1796040386 3 2 2"_s);
    row("STATUS of a quoted name, in lower case", "STATUS",
        "* 3 EXISTS\r\n* status \"a \\\"(b)\\\"\" (uidvalidity 7 uidnext 1 messages 0 unseen 0)\r\n", 0,
        u"7 1 0 0"_s);
    row("STATUS without UNSEEN", "STATUS", "* STATUS INBOX (MESSAGES 2 UIDNEXT 3 UIDVALIDITY 9)\r\n", 0,
        refused);
    row("STATUS with UIDVALIDITY 0", "STATUS",
        "* STATUS INBOX (MESSAGES 0 UIDNEXT 1 UIDVALIDITY 0 UNSEEN 0)\r\n", 0, refused);
    row("STATUS with a 33-bit UIDVALIDITY", "STATUS",
        "* STATUS INBOX (MESSAGES 0 UIDNEXT 1 UIDVALIDITY 4294967296 UNSEEN 0)\r\n", 0, refused);
    row("STATUS with a number of 30 digits", "STATUS",
        "* STATUS INBOX (MESSAGES 123456789012345678901234567890 UIDNEXT 1 UIDVALIDITY 5 UNSEEN 0)", 0,
        refused);
    row("STATUS twice", "STATUS",
        "* STATUS A (MESSAGES 0 UIDNEXT 1 UIDVALIDITY 5 UNSEEN 0)\r\n"
        "* STATUS B (MESSAGES 0 UIDNEXT 1 UIDVALIDITY 6 UNSEEN 0)\r\n",
        0, refused);
    row("STATUS with more after it", "STATUS",
        "* STATUS A (MESSAGES 0 UIDNEXT 1 UIDVALIDITY 5 UNSEEN 0) x\r\n", 0, refused);
    row("no STATUS at all", "STATUS", "* OK still here\r\n", 0, refused);

    row("SEARCH, unordered, repeated, among other lines", "SEARCH", "* 3 EXISTS\r\n* SEARCH 3 1 2 2\r\n", 1,
        u"2 3"_s);
    row("SEARCH n:* answering the highest UID below n", "SEARCH", "* SEARCH 2\r\n", 2, QString());
    row("SEARCH finding nothing", "SEARCH", "* SEARCH\r\n", 0, QString());
    row("SEARCH with a word", "SEARCH", "* SEARCH 1 x\r\n", 0, refused);
    row("SEARCH with UID 0", "SEARCH", "* SEARCH 0\r\n", 0, refused);
    row("SEARCH glued to a number", "SEARCH", "* SEARCH1\r\n", 0, refused);
    row("no SEARCH at all", "SEARCH", {}, 0, refused);

    row("FETCH as Dovecot answers", "FETCH",
        "* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE 33)\r\n"
        "* 2 FETCH (UID 2 FLAGS () RFC822.SIZE 35)\r\n",
        2, u"1:33:seen 2:35:unseen"_s);
    row("FETCH among volunteered flags, with MODSEQ", "FETCH",
        "* 1 FETCH (FLAGS (\\Seen))\r\n* 2 FETCH (UID 2 MODSEQ (12) FLAGS ($Label) RFC822.SIZE 35)", 2,
        u"2:35:unseen"_s);
    row("FETCH of a UID not asked for", "FETCH", "* 5 FETCH (UID 5 FLAGS () RFC822.SIZE 35)\r\n", 2,
        QString());
    row("FETCH with a literal", "FETCH", "* 1 FETCH (UID 1 FLAGS () RFC822.SIZE 35 BODY[] {5}\r\n", 2,
        refused);
    row("FETCH cut short", "FETCH", "* 1 FETCH (UID 1 FLAGS () RFC822.SIZE 35\r\n", 2, refused);
    row("FETCH with UID 0", "FETCH", "* 1 FETCH (UID 0 FLAGS () RFC822.SIZE 35)\r\n", 2, refused);
}

void TestImapSource::acceptsOnlyWellFormedAnswers()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, answer);
    QFETCH(qint64, bound);
    QFETCH(QString, expected);
    QStringList read;
    if (command == "STATUS") {
        if (const std::optional<ImapSource::FolderStatus> status = ImapAnswer::status(answer)) {
            for (const qint64 value :
                 {status->uidValidity, status->uidNext, status->messages, status->unseen}) {
                read.append(QString::number(value));
            }
        } else {
            read.append(u"refused"_s);
        }
    } else if (command == "SEARCH") {
        const std::optional<QList<qint64>> uids = ImapAnswer::uidsAbove(answer, bound);
        for (const qint64 uid : uids.value_or(QList<qint64>{}))
            read.append(QString::number(uid));
        if (!uids)
            read.append(u"refused"_s);
    } else {
        const std::optional<QList<ImapSource::Message>> messages = ImapAnswer::messages(answer, 1, bound);
        for (const ImapSource::Message &message : messages.value_or(QList<ImapSource::Message>{})) {
            const QString seen = message.seen ? u"seen"_s : u"unseen"_s;
            read.append(u"%1:%2:%3"_s.arg(message.uid).arg(message.size).arg(seen));
        }
        if (!messages)
            read.append(u"refused"_s);
    }
    QCOMPARE(read.join(u' '), expected);
}

QTEST_MAIN(TestImapSource)
#include "tst_imapsource.moc"
