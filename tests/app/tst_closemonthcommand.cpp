// `sipcabinet --close-month`, the real program run as a timer would run it: against the sandbox with twelve
// organisations, the accounts and passwords it finds remembered (the test session's keychain), its exit codes,
// its JSON summary and the pack it leaves.
#include "RememberedFirm.h"
#include "SandboxFixture.h"
#include "accounts/AccountList.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Organisations = 12;
const QString KeychainService = u"SIP Cabinet"_s; // the program's own
} // namespace

class TestCloseMonthCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void everythingFiledExitsZero();
    void somethingMissingExitsOneAndIsListed();
    void demoModeClosesTheDemoFirm();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QString packs() const { return m_home.filePath(u"packs"_s); }

    QTemporaryDir m_home;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RememberedFirm> m_firm;
};

void TestCloseMonthCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The program's settings, archive and keychain entries, seen from here: same names, same folders.
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"SIP Cabinet"_s);
    QCoreApplication::setApplicationName(u"SIP Cabinet"_s);
    QVERIFY(QDir().mkpath(packs()));

    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start(SandboxFixture::defaultNow(), 300, 600, Organisations));
    QCOMPARE(m_sandbox->send("POST", u"/admin/failing-generations"_s, {{u"login"_s, u"demo7"_s}}).status, 200);
    m_firm = std::make_unique<RememberedFirm>(KeychainService);
    QVERIFY(m_firm->remember(m_sandbox->baseUrl(), Organisations, u"demo5"_s));
}

void TestCloseMonthCommand::cleanupTestCase()
{
    // Its own accounts and the demo firm the program remembered with --demo.
    QVERIFY(m_firm->forgetAll());
}

TestCloseMonthCommand::Run TestCloseMonthCommand::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s); // it needs none
    environment.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SIPCABINET_EXECUTABLE), QStringList{u"--lang"_s, u"en"_s} + arguments);
    Run result;
    // The sandbox answers from this process: the event loop turns while the program runs.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 180000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCloseMonthCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no month") << QStringList{u"--close-month"_s};
    QTest::newRow("not a month") << QStringList{u"--close-month"_s, u"2026-13"_s};
    QTest::newRow("unknown document") << QStringList{u"--close-month"_s, u"2026-10"_s, u"--documents"_s, u"receipts"_s};
    QTest::newRow("unknown account") << QStringList{u"--close-month"_s, u"2026-10"_s, u"--accounts"_s, u"demo,nobody"_s};
    QTest::newRow("unknown option") << QStringList{u"--close-month"_s, u"2026-10"_s, u"--quickly"_s};
    QTest::newRow("no such folder") << QStringList{u"--close-month"_s, u"2026-10"_s, u"--output"_s, u"/nonexistent/x"_s};
}

void TestCloseMonthCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments.size() > 1 && !arguments.contains(u"--output"_s)
                               ? arguments + QStringList{u"--output"_s, packs()}
                               : arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("Usage: sipcabinet --close-month"));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_sandbox->orders().size(), 0); // nothing was ordered
}

void TestCloseMonthCommand::everythingFiledExitsZero()
{
    const Run result = run({u"--close-month"_s, u"2026-10"_s, u"--accounts"_s, u"demo,demo2"_s, u"--output"_s, packs()});
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QVERIFY2(result.out.contains("2 of 2 organisations closed for October 2026."), result.out);
    QVERIFY(result.out.contains("ООО «Ромашка» (demo): Invoice: obtained"));
    QVERIFY(result.out.contains("The pack: "));
    QCOMPARE(QDir(packs()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{u"Month close 2026-10"_s});
}

void TestCloseMonthCommand::somethingMissingExitsOneAndIsListed()
{
    const Run result = run({u"--close-month"_s, u"2026-10"_s, u"--json"_s, u"--zip"_s, u"--output"_s, packs()});
    QCOMPARE(result.exitCode, 1);
    // Progress goes to the error stream, so that the standard output is JSON alone.
    QVERIFY(result.err.contains("Invoice: obtained"));
    QJsonParseError error;
    const QJsonObject summary = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QString::fromUtf8(result.out)));
    QCOMPARE(summary.value(u"period"_s).toString(), u"2026-10"_s);
    QCOMPARE(summary.value(u"complete"_s).toBool(), false);
    QCOMPARE(summary.value(u"organisations"_s).toInt(), Organisations);
    QCOMPARE(summary.value(u"organisations_complete"_s).toInt(), Organisations - 2);
    QMap<QString, QString> statusOf;
    for (const QJsonValue &account : summary.value(u"accounts"_s).toArray()) {
        const QJsonObject invoice = account[u"documents"_s].toArray().at(0).toObject();
        QCOMPARE(invoice.value(u"kind"_s).toString(), u"invoice"_s);
        statusOf.insert(account[u"login"_s].toString(), invoice.value(u"status"_s).toString());
    }
    QCOMPARE(statusOf.value(u"demo"_s), u"already_filed"_s); // the first run's
    QCOMPARE(statusOf.value(u"demo3"_s), u"filed"_s);
    QCOMPARE(statusOf.value(u"demo5"_s), u"failed"_s);       // wrong password
    QCOMPARE(statusOf.value(u"demo7"_s), u"failed"_s);       // its generation fails
    QCOMPARE(statusOf.size(), Organisations);
    const QString pack = summary.value(u"pack"_s).toString();
    QVERIFY2(pack.endsWith(u"Month close 2026-10.zip"_s), qPrintable(pack));
    QVERIFY(QFileInfo(pack).isFile());
    // Nothing ordered twice: one invoice document per organisation that got as far as ordering.
    int invoiceDocuments = 0;
    for (const QJsonValue &order : m_sandbox->orders())
        invoiceDocuments += order[u"kind"_s].toString() == u"invoice_document"_s;
    QCOMPARE(invoiceDocuments, Organisations - 1);
}

// `--demo`: the demo operator as the app starts it (its own clock: today's), and only the demo firm is closed.
void TestCloseMonthCommand::demoModeClosesTheDemoFirm()
{
    const Run result = run({u"--demo"_s, u"--close-month"_s, u"2026-10"_s, u"--json"_s, u"--output"_s, packs()});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err);
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(summary.value(u"organisations"_s).toInt(), 12); // the firm, not the twelve this test remembered too
    QStringList ownIds; // the accounts this test remembered, at its own sandbox
    for (int n = 1; n <= Organisations; ++n)
        ownIds.append(m_firm->idOf(RememberedFirm::loginOf(n)));
    QStringList logins;
    for (const QJsonValue &account : summary.value(u"accounts"_s).toArray()) {
        logins.append(account[u"login"_s].toString());
        QVERIFY2(!ownIds.contains(account[u"account"_s].toString()), qPrintable(account[u"account"_s].toString()));
        const QJsonObject invoice = account[u"documents"_s].toArray().at(0).toObject();
        // October's invoice by the demo operator's clock, which is today's: from the 1st to the 3rd the operator
        // takes no orders, and says so.
        const QString status = invoice.value(u"status"_s).toString();
        QVERIFY2(status == u"filed"_s || status == u"already_filed"_s
                     || invoice.value(u"message"_s).toString().contains(u"being formed"_s),
                 qPrintable(status + u": "_s + invoice.value(u"message"_s).toString()));
    }
    QStringList firm;
    for (int n = 1; n <= Organisations; ++n)
        firm.append(RememberedFirm::loginOf(n));
    logins.sort();
    firm.sort();
    QCOMPARE(logins, firm);
}

QTEST_MAIN(TestCloseMonthCommand)
#include "tst_closemonthcommand.moc"
