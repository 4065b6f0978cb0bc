#include "MaildirOutbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Sandbox::MailAttachment;
using Sandbox::MaildirOutbox;
using Sandbox::OutgoingMail;

namespace {

QByteArray binaryData(int size)
{
    QRandomGenerator random(size);
    QByteArray data(size, Qt::Uninitialized);
    for (char &byte : data)
        byte = static_cast<char>(random.bounded(256));
    return data;
}

QStringList messageFiles(const QString &maildir, const QString &folder)
{
    return QDir(maildir + QLatin1Char('/') + folder).entryList(QDir::Files | QDir::Hidden);
}

// Python's email package reads the message, so the check does not share a bug with the writer.
QJsonObject parsedByPython(const QString &path, QString *failure)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral(PARSE_MAIL_SCRIPT), path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *failure = python.errorString() + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        *failure = error.errorString();
    return document.object();
}

} // namespace

class TestMaildirOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void deliversReadableMessage_data();
    void deliversReadableMessage();
    void everyDeliveryGetsItsOwnFile();
    void refusesUnusableAddress_data();
    void refusesUnusableAddress();
    void reportsUnwritableDirectory();

private:
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_maildir;
};

void TestMaildirOutbox::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_maildir = m_root->filePath(QStringLiteral("outbox"));
}

void TestMaildirOutbox::deliversReadableMessage_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expectedAddress");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("size");

    QTest::newRow("russian invoice")
        << QStringLiteral("Счет № СЧ-2025-01-000123 за январь 2025 г. — ООО «Ромашка», договор 77/15-АБ")
        << QStringLiteral("buh@romashka.example") << QStringLiteral("buh@romashka.example")
        << QStringLiteral("Счет_СЧ-2025-01-000123.pdf") << QStringLiteral("application/pdf") << 70001;
    QTest::newRow("named recipient, ascii csv")
        << QStringLiteral("Call details 2025-01") << QStringLiteral("Бухгалтерия «Ромашки» <buh@romashka.example>")
        << QStringLiteral("buh@romashka.example") << QStringLiteral("calls-2025-01.csv")
        << QStringLiteral("text/csv; charset=UTF-8") << 1000;
    QTest::newRow("long russian file name")
        << QStringLiteral("Детализация звонков") << QStringLiteral("ip.sidorov@mail.example")
        << QStringLiteral("ip.sidorov@mail.example")
        << QStringLiteral("Детализация звонков за январь 2025 года по всем абонентам договора 12-99.pdf")
        << QStringLiteral("application/pdf") << 57;
    QTest::newRow("empty attachment") << QStringLiteral("Начисления") << QStringLiteral("a@b.example")
                                      << QStringLiteral("a@b.example") << QStringLiteral("пусто.txt")
                                      << QStringLiteral("text/plain") << 0;
}

void TestMaildirOutbox::deliversReadableMessage()
{
    QFETCH(QString, subject);
    QFETCH(QString, to);
    QFETCH(QString, expectedAddress);
    QFETCH(QString, fileName);
    QFETCH(QString, contentType);
    QFETCH(int, size);

    const QByteArray data = binaryData(size);
    const QString body = QStringLiteral("Здравствуйте!\nВо вложении документ, который вы заказали.\n\n-- \nОператор");
    OutgoingMail mail{QStringLiteral("Оператор связи <noreply@operator.example>"), to, subject, body,
                      {MailAttachment{fileName, contentType, data}}, {}, {}};
    MaildirOutbox outbox(m_maildir);
    QCOMPARE(outbox.directory(), m_maildir);
    QString error;
    QVERIFY2(outbox.deliver(mail, &error), qPrintable(error));

    QVERIFY(messageFiles(m_maildir, QStringLiteral("tmp")).isEmpty());
    QVERIFY(QDir(m_maildir + QStringLiteral("/cur")).exists());
    const QStringList delivered = messageFiles(m_maildir, QStringLiteral("new"));
    QCOMPARE(delivered.size(), 1);
    static const QRegularExpression maildirName(QStringLiteral("^\\d+\\.\\d+_\\d+\\.[^/:]+$"));
    QVERIFY2(maildirName.match(delivered.constFirst()).hasMatch(), qPrintable(delivered.constFirst()));

    const QString path = m_maildir + QStringLiteral("/new/") + delivered.constFirst();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.endsWith("\r\n"));
    const QList<QByteArray> lines = raw.chopped(2).split('\n');
    for (const QByteArray &line : lines) {
        QVERIFY2(line.endsWith('\r') || &line == &lines.constLast(), "every line must end with CRLF");
        QVERIFY2(line.size() <= 79, line.constData()); // 78 characters plus the CR
    }

    QString failure;
    const QJsonObject parsed = parsedByPython(path, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(parsed.value(QStringLiteral("defects")).toArray(), QJsonArray());
    QCOMPARE(parsed.value(QStringLiteral("to")).toArray(), QJsonArray{expectedAddress});
    QCOMPARE(parsed.value(QStringLiteral("from")).toArray(), QJsonArray{QStringLiteral("noreply@operator.example")});
    QCOMPARE(parsed.value(QStringLiteral("from_names")).toArray(), QJsonArray{QStringLiteral("Оператор связи")});
    QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), subject);
    QCOMPARE(parsed.value(QStringLiteral("mime_version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(parsed.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/mixed"));
    QVERIFY(parsed.value(QStringLiteral("message_id")).toString().endsWith(QStringLiteral("@operator.example>")));
    QVERIFY(!parsed.value(QStringLiteral("date")).toString().isEmpty());
    QCOMPARE(parsed.value(QStringLiteral("body")).toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n")),
             body);

    const QJsonArray attachments = parsed.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    const QJsonObject attachment = attachments.first().toObject();
    QCOMPARE(attachment.value(QStringLiteral("filename")).toString(), fileName);
    QCOMPARE(attachment.value(QStringLiteral("content_type")).toString(), contentType.section(QLatin1Char(';'), 0, 0));
    QCOMPARE(attachment.value(QStringLiteral("size")).toInt(), size);
    QCOMPARE(attachment.value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void TestMaildirOutbox::everyDeliveryGetsItsOwnFile()
{
    MaildirOutbox outbox(m_maildir);
    const OutgoingMail mail{QStringLiteral("noreply@operator.example"), QStringLiteral("a@b.example"),
                            QStringLiteral("Тест"), QStringLiteral("Текст"), {}, {}, {}};
    for (int i = 0; i < 3; ++i)
        QVERIFY(outbox.deliver(mail));
    QCOMPARE(messageFiles(m_maildir, QStringLiteral("new")).size(), 3);
    QVERIFY(messageFiles(m_maildir, QStringLiteral("tmp")).isEmpty());
}

void TestMaildirOutbox::refusesUnusableAddress_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    QTest::newRow("no at sign") << QStringLiteral("noreply@operator.example") << QStringLiteral("romashka.example");
    QTest::newRow("empty recipient") << QStringLiteral("noreply@operator.example") << QString();
    QTest::newRow("header injection") << QStringLiteral("noreply@operator.example")
                                      << QStringLiteral("a@b.example\r\nBcc: victim@c.example");
    QTest::newRow("two recipients") << QStringLiteral("noreply@operator.example")
                                    << QStringLiteral("a@b.example, c@d.example");
    QTest::newRow("bad sender") << QStringLiteral("Оператор") << QStringLiteral("a@b.example");
}

void TestMaildirOutbox::refusesUnusableAddress()
{
    QFETCH(QString, from);
    QFETCH(QString, to);

    MaildirOutbox outbox(m_maildir);
    QString error;
    QVERIFY(!outbox.deliver(OutgoingMail{from, to, QStringLiteral("Тест"), QString(), {}, {}, {}}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(messageFiles(m_maildir, QStringLiteral("new")).isEmpty());
}

void TestMaildirOutbox::reportsUnwritableDirectory()
{
    QFile blocker(m_root->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MaildirOutbox outbox(blocker.fileName() + QStringLiteral("/outbox"));
    QString error;
    QVERIFY(!outbox.deliver(OutgoingMail{QStringLiteral("noreply@operator.example"), QStringLiteral("a@b.example"),
                                         QStringLiteral("Тест"), QString(), {}, {}, {}},
                            &error));
    QVERIFY2(error.contains(QStringLiteral("blocker")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMaildirOutbox)
#include "tst_maildiroutbox.moc"
