#include "SandboxHarness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Everything the sandbox sends to e-mail, ordered over real HTTP and read back from the Maildir with an
// independent parser (Python's email package); and a generated invoice downloaded over HTTP and checked
// with qpdf and pdftotext.
class TestSandboxMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invoiceRepeatGoesToTheInvoiceEmailWithTheServedPdf();
    void callDetails_data();
    void callDetails();
    void chargesGoToTheContactEmail();
    void downloadedInvoiceIsAValidPdfWithItsNumber();

private:
    struct ToolRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static ToolRun runTool(const QString &program, const QStringList &arguments);
    static QString onlyNewMessage(const SandboxHarness &sandbox);
    static QJsonObject parseMail(const QString &messagePath);
    static QByteArray attachment(const QString &messagePath);
    static QString pdfText(const QByteArray &pdf);
    static QJsonObject organisation(SandboxHarness &sandbox, const QString &token);
    static QJsonObject readyJob(SandboxHarness &sandbox, const QString &token, const QString &period);
    static void checkMailShape(const QJsonObject &mail);
};

TestSandboxMail::ToolRun TestSandboxMail::runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = program.toUtf8() + " could not be started: " + process.errorString().toUtf8();
        return run;
    }
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString TestSandboxMail::onlyNewMessage(const SandboxHarness &sandbox)
{
    const QDir inbox(sandbox.outboxDirectory() + u"/new"_s);
    const QStringList files = inbox.entryList(QDir::Files, QDir::Name);
    return files.size() == 1 ? inbox.filePath(files.constFirst()) : QString();
}

QJsonObject TestSandboxMail::parseMail(const QString &messagePath)
{
    const ToolRun run = runTool(u"python3"_s, {QStringLiteral(PARSE_MAIL_SCRIPT), messagePath});
    if (run.exitCode != 0)
        qWarning("parse_mail.py failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

QByteArray TestSandboxMail::attachment(const QString &messagePath)
{
    const ToolRun run = runTool(u"python3"_s, {QStringLiteral(MAIL_ATTACHMENT_SCRIPT), messagePath});
    if (run.exitCode != 0)
        qWarning("mail_attachment.py failed: %s", run.err.constData());
    return run.out;
}

QString TestSandboxMail::pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"document.pdf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return QString();
    file.close();
    const ToolRun run = runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file.fileName(), u"-"_s});
    return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
}

QJsonObject TestSandboxMail::organisation(SandboxHarness &sandbox, const QString &token)
{
    return sandbox.call("GET", u"/account"_s, {}, token).json.value(u"organisation"_s).toObject();
}

QJsonObject TestSandboxMail::readyJob(SandboxHarness &sandbox, const QString &token, const QString &period)
{
    const QString id =
        sandbox.call("POST", u"/invoice-documents"_s, SandboxHarness::json({{u"period"_s, period}}), token)
            .json.value(u"id"_s)
            .toString();
    QJsonObject job;
    for (int i = 0; i < 20 && job.value(u"status"_s).toString() != u"ready"_s; ++i)
        job = sandbox.call("GET", u"/invoice-documents/"_s + id, {}, token, {{"Prefer", "wait=5"}}).json;
    return job;
}

// What every message must be, whatever it carries: structurally clean, from the operator, one attachment.
void TestSandboxMail::checkMailShape(const QJsonObject &mail)
{
    QVERIFY2(!mail.isEmpty(), "the message could not be parsed");
    QCOMPARE(mail.value(u"defects"_s).toArray(), QJsonArray());
    QCOMPARE(mail.value(u"content_type"_s).toString(), u"multipart/mixed"_s);
    QCOMPARE(mail.value(u"from"_s).toArray(), QJsonArray{u"billing@operator.example"_s});
    QCOMPARE(mail.value(u"from_names"_s).toArray(), QJsonArray{u"Оператор связи"_s});
    QCOMPARE(mail.value(u"attachments"_s).toArray().size(), 1);
    const QString body = mail.value(u"body"_s).toString();
    QVERIFY2(body.startsWith(u"Здравствуйте!"_s), qPrintable(body));
    QVERIFY2(!body.contains(u".."_s), qPrintable(body));
}

void TestSandboxMail::invoiceRepeatGoesToTheInvoiceEmailWithTheServedPdf()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isRunning());
    const QString token = sandbox.logIn();
    const QString period = u"2026-04"_s; // the previous month on 2026-05-10: a document can be ordered too
    const QString number =
        sandbox.call("GET", u"/invoices/"_s + period, {}, token).json.value(u"number"_s).toString();
    QVERIFY(!number.isEmpty());

    const HttpAnswer order = sandbox.call("POST", u"/invoices/%1/repeat"_s.arg(period), {}, token);
    QCOMPARE(order.status, 202);
    const QString invoiceEmail = organisation(sandbox, token).value(u"invoice_email"_s).toString();
    QCOMPARE(order.json.value(u"sent_to"_s).toString(), invoiceEmail);

    const QString message = onlyNewMessage(sandbox);
    QVERIFY2(!message.isEmpty(), "exactly one message in the outbox");
    const QJsonObject mail = parseMail(message);
    checkMailShape(mail);
    QCOMPARE(mail.value(u"to"_s).toArray(), QJsonArray{invoiceEmail});
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Счет № %1 за апрель 2026 г."_s.arg(number));
    // The order's id rides along, so that the client's mail intake can match the message to its order.
    QCOMPARE(mail.value(u"operator_order_id"_s).toString(), order.json.value(u"order_id"_s).toString());
    const QJsonObject file = mail.value(u"attachments"_s).toArray().first().toObject();
    QCOMPARE(file.value(u"filename"_s).toString(), u"invoice-2026-04.pdf"_s);
    QCOMPARE(file.value(u"content_type"_s).toString(), u"application/pdf"_s);

    // The attachment is byte for byte the invoice document the API serves for the same period.
    const QJsonObject link = readyJob(sandbox, token, period).value(u"download"_s).toObject();
    const HttpAnswer served = sandbox.callUrl("GET", QUrl(link.value(u"url"_s).toString()), {}, token, {});
    QCOMPARE(served.status, 200);
    const QByteArray attached = attachment(message);
    QCOMPARE(attached.size(), served.body.size());
    QVERIFY(attached == served.body);
    QCOMPARE(file.value(u"sha256"_s).toString(), link.value(u"sha256"_s).toString());
    QVERIFY(pdfText(attached).contains(number));
}

void TestSandboxMail::callDetails_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<bool>("oneSubscriber");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("contentType");
    QTest::newRow("current, all, PDF")
        << u"current"_s << false << u"pdf"_s << u"Детализация звонков за май 2026 г."_s
        << u"call-details-2026-05.pdf"_s << u"application/pdf"_s;
    QTest::newRow("previous, one, CSV")
        << u"previous"_s << true << u"csv"_s << u"Детализация звонков за апрель 2026 г."_s
        << u"call-details-2026-04.csv"_s << u"text/csv"_s;
}

void TestSandboxMail::callDetails()
{
    QFETCH(QString, month);
    QFETCH(bool, oneSubscriber);
    QFETCH(QString, format);
    QFETCH(QString, subject);
    QFETCH(QString, fileName);
    QFETCH(QString, contentType);
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QJsonObject subscriber =
        sandbox.call("GET", u"/subscribers"_s, {}, token).json.value(u"items"_s).toArray().at(2).toObject();
    const QJsonValue subscriberId = oneSubscriber ? subscriber.value(u"id"_s) : QJsonValue();
    const HttpAnswer order =
        sandbox.call("POST", u"/call-details"_s,
                     SandboxHarness::json(
                         {{u"month"_s, month}, {u"subscriber_id"_s, subscriberId}, {u"format"_s, format}}),
                     token);
    QCOMPARE(order.status, 202);
    const QString contactEmail = organisation(sandbox, token).value(u"contact_email"_s).toString();
    QCOMPARE(order.json.value(u"sent_to"_s).toString(), contactEmail);

    const QString message = onlyNewMessage(sandbox);
    QVERIFY(!message.isEmpty());
    const QJsonObject mail = parseMail(message);
    checkMailShape(mail);
    QCOMPARE(mail.value(u"to"_s).toArray(), QJsonArray{contactEmail});
    QCOMPARE(mail.value(u"subject"_s).toString(), subject);
    const QJsonObject file = mail.value(u"attachments"_s).toArray().first().toObject();
    QCOMPARE(file.value(u"filename"_s).toString(), fileName);
    QCOMPARE(file.value(u"content_type"_s).toString(), contentType);

    const QByteArray document = attachment(message);
    QVERIFY(document.size() > 0);
    if (format == u"pdf"_s) {
        QVERIFY(document.startsWith("%PDF-"));
        QVERIFY(!pdfText(document).isEmpty());
        return;
    }
    // RFC 4180 in UTF-8: CRLF records, one subscriber's number in every record after the header.
    const QString text = QString::fromUtf8(document);
    QVERIFY(text.toUtf8() == document);
    const QStringList records = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY2(records.size() > 1, document.left(300).constData());
    const QString number = subscriber.value(u"number"_s).toString();
    for (const QString &record : records.mid(1))
        QVERIFY2(record.contains(number), qPrintable(record));
}

void TestSandboxMail::chargesGoToTheContactEmail()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QJsonObject charges = sandbox.call("GET", u"/charges/current"_s, {}, token).json;
    const QJsonObject first = charges.value(u"items"_s).toArray().first().toObject();
    const HttpAnswer order = sandbox.call(
        "POST", u"/charges/current/orders"_s,
        SandboxHarness::json({{u"subscriber_ids"_s, QJsonArray{first.value(u"subscriber_id"_s)}}}), token);
    QCOMPARE(order.status, 202);
    const QString contactEmail = organisation(sandbox, token).value(u"contact_email"_s).toString();
    QCOMPARE(order.json.value(u"sent_to"_s).toString(), contactEmail);

    const QString message = onlyNewMessage(sandbox);
    QVERIFY(!message.isEmpty());
    const QJsonObject mail = parseMail(message);
    checkMailShape(mail);
    QCOMPARE(mail.value(u"to"_s).toArray(), QJsonArray{contactEmail});
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Начисления за текущий период (май 2026 г.)"_s);
    const QJsonObject file = mail.value(u"attachments"_s).toArray().first().toObject();
    QCOMPARE(file.value(u"filename"_s).toString(),
             u"charges-%1.pdf"_s.arg(charges.value(u"period"_s).toString()));
    QCOMPARE(file.value(u"content_type"_s).toString(), u"application/pdf"_s);
    const QString text = pdfText(attachment(message));
    QVERIFY2(text.contains(first.value(u"label"_s).toString()), qPrintable(text));
}

void TestSandboxMail::downloadedInvoiceIsAValidPdfWithItsNumber()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QString period = u"2026-03"_s;
    const QJsonObject invoice = sandbox.call("GET", u"/invoices/"_s + period, {}, token).json;
    const QString number = invoice.value(u"number"_s).toString();
    const QJsonObject link = readyJob(sandbox, token, period).value(u"download"_s).toObject();
    QVERIFY(!link.isEmpty());
    const HttpAnswer served = sandbox.callUrl("GET", QUrl(link.value(u"url"_s).toString()), {}, token, {});
    QCOMPARE(served.status, 200);
    QCOMPARE(served.header("Content-Type"), QByteArray("application/pdf"));
    QCOMPARE(QCryptographicHash::hash(served.body, QCryptographicHash::Sha256).toHex(),
             link.value(u"sha256"_s).toString().toLatin1());

    QTemporaryDir dir;
    QFile file(dir.filePath(u"invoice.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(served.body);
    file.close();
    const ToolRun check = runTool(u"qpdf"_s, {u"--check"_s, file.fileName()});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    QVERIFY2(check.out.contains("No syntax or stream encoding errors"), check.out.constData());
    const QString text = pdfText(served.body);
    QVERIFY2(text.contains(number), qPrintable(text.left(500)));
    QVERIFY(text.contains(u"ООО «Ромашка»"_s));

    // The document says it was created when the invoice was formed (the sandbox's clock), not now.
    const ToolRun info = runTool(u"pdfinfo"_s, {u"-isodates"_s, file.fileName()});
    QCOMPARE(info.exitCode, 0);
    const QString created =
        QString::fromUtf8(info.out).section(u"CreationDate:"_s, 1).section(u'\n', 0, 0).trimmed();
    QCOMPARE(QDateTime::fromString(created, Qt::ISODate),
             QDateTime::fromString(invoice.value(u"formed_at"_s).toString(), Qt::ISODate));
}

QTEST_MAIN(TestSandboxMail)
#include "tst_sandboxmail.moc"
