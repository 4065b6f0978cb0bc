// `operator-sandbox --organisations N`: an accounting firm's clients, each with its own login and data, the same
// on every run, and the first two exactly as before.
#include "SandboxFixture.h"
#include "storage/DemoOrganisations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Organisations = 12;

// The taxpayer number's check digits, as the tax service defines them.
bool hasValidCheckDigits(const QString &inn)
{
    const auto digit = [&inn](int weights[], int count) {
        int sum = 0;
        for (int i = 0; i < count; ++i)
            sum += weights[i] * inn.at(i).digitValue();
        return sum % 11 % 10;
    };
    int ten[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    int eleven[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    int twelve[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (inn.size() == 10)
        return digit(ten, 9) == inn.at(9).digitValue();
    return inn.size() == 12 && digit(eleven, 10) == inn.at(10).digitValue()
           && digit(twelve, 11) == inn.at(11).digitValue();
}

QString loginOf(int number)
{
    return number == 1 ? u"demo"_s : u"demo%1"_s.arg(number);
}

} // namespace

class TestSandboxOrganisations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOrganisationLogsInToItsOwnData();
    void theFirstTwoAreAsBefore();
    void theSameOnEveryRun();
    void taxpayerNumbersHaveTheirCheckDigits_data();
    void taxpayerNumbersHaveTheirCheckDigits();
    void refusesACountOutOfRange();

private:
    SandboxFixture m_sandbox;
};

void TestSandboxOrganisations::initTestCase()
{
    QVERIFY(m_sandbox.start(SandboxFixture::defaultNow(), 300, 600, Organisations));
}

void TestSandboxOrganisations::everyOrganisationLogsInToItsOwnData()
{
    QSet<QString> names;
    QSet<QString> contracts;
    QSet<QString> numbers;
    for (int number = 1; number <= Organisations; ++number) {
        const QString token = m_sandbox.logIn(loginOf(number), loginOf(number) + u"-password"_s);
        QVERIFY2(!token.isEmpty(), qPrintable(loginOf(number)));
        const QJsonObject organisation =
            m_sandbox.send("GET", u"/account"_s, {}, token).json.object().value(u"organisation"_s).toObject();
        names.insert(organisation.value(u"name"_s).toString());
        contracts.insert(organisation.value(u"contract_number"_s).toString());
        QVERIFY2(hasValidCheckDigits(organisation.value(u"taxpayer_number"_s).toString()),
                 qPrintable(organisation.value(u"taxpayer_number"_s).toString()));
        const QJsonArray subscribers = m_sandbox.send("GET", u"/subscribers"_s, {}, token).json.object()
                                           .value(u"items"_s).toArray();
        QVERIFY(subscribers.size() >= 3 && subscribers.size() <= 20);
        for (const QJsonValue &subscriber : subscribers)
            numbers.insert(subscriber.toObject().value(u"number"_s).toString());
        const QJsonArray invoices = m_sandbox.send("GET", u"/invoices"_s, {}, token).json.object()
                                        .value(u"items"_s).toArray();
        QVERIFY(invoices.size() >= 13);
    }
    QCOMPARE(names.size(), Organisations);
    QCOMPARE(contracts.size(), Organisations);
    QVERIFY(numbers.size() >= Organisations * 3); // no subscriber number is shared
}

void TestSandboxOrganisations::theFirstTwoAreAsBefore()
{
    const QList<Sandbox::DemoOrganisation> first = Sandbox::DemoOrganisations::first(2);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).login, u"demo"_s);
    QCOMPARE(first.at(0).name, u"ООО «Ромашка»"_s);
    QCOMPARE(first.at(1).login, u"demo2"_s);
    QCOMPARE(first.at(1).name, u"ИП Сидоров"_s);
    const QString token = m_sandbox.logIn();
    const QJsonObject organisation =
        m_sandbox.send("GET", u"/account"_s, {}, token).json.object().value(u"organisation"_s).toObject();
    QCOMPARE(organisation.value(u"name"_s).toString(), u"ООО «Ромашка»"_s);
}

void TestSandboxOrganisations::theSameOnEveryRun()
{
    SandboxFixture again;
    QVERIFY(again.start(SandboxFixture::defaultNow(), 300, 600, Organisations));
    const auto invoicesOf = [](SandboxFixture &sandbox) {
        const QString token = sandbox.logIn(u"demo7"_s, u"demo7-password"_s);
        return sandbox.send("GET", u"/invoices"_s, {}, token).json.object().value(u"items"_s).toArray();
    };
    const QJsonArray first = invoicesOf(m_sandbox);
    QVERIFY(!first.isEmpty());
    QCOMPARE(invoicesOf(again), first);
}

void TestSandboxOrganisations::taxpayerNumbersHaveTheirCheckDigits_data()
{
    QTest::addColumn<QString>("inn");
    QTest::newRow("a sole trader") << Sandbox::DemoOrganisations::taxpayerNumber(5001007322, true);
    // A company's number known from the register, rebuilt from its first nine digits.
    QTest::newRow("known") << Sandbox::DemoOrganisations::taxpayerNumber(770708389, false);
}

void TestSandboxOrganisations::taxpayerNumbersHaveTheirCheckDigits()
{
    QFETCH(QString, inn);
    QVERIFY2(hasValidCheckDigits(inn), qPrintable(inn));
    if (QByteArray(QTest::currentDataTag()) == "known")
        QCOMPARE(inn, u"7707083893"_s);
}

void TestSandboxOrganisations::refusesACountOutOfRange()
{
    QProcess sandbox;
    sandbox.start(QStringLiteral(SIPCABINET_SANDBOX_EXECUTABLE),
                  {u"--organisations"_s, u"0"_s, u"--db"_s, m_sandbox.workDirectory() + u"/x.sqlite"_s,
                   u"--outbox"_s, m_sandbox.workDirectory() + u"/x-outbox"_s});
    QVERIFY(sandbox.waitForFinished(30000));
    QCOMPARE(sandbox.exitCode(), 2);
    QVERIFY(sandbox.readAllStandardError().contains("--organisations"));
}

QTEST_MAIN(TestSandboxOrganisations)
#include "tst_sandboxorganisations.moc"
