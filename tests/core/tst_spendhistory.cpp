// The invoice numbers kept in a real archive, fetched from the real sandbox over loopback HTTP.
#include "ApiAwait.h"
#include "SandboxFixture.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "archive/DocumentArchive.h"
#include "session/OperatorSession.h"
#include "spend/ChargesReconciliation.h"
#include "spend/SpendHistory.h"
#include "spend/SpendHistorySync.h"
#include "time/Clock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSpendHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keepsThirteenMonthsOfInvoiceLines();
    void asksOnlyForWhatIsMissing();
    void catchesUpAfterAFailedSync();
    void reconcilesTheMonthsInvoiceWithTheChargesSeen();
    void keepsAccountsApart();
    void forgetsTheSyncOfAnAccountThatLoggedOut();

private:
    bool syncAndWait(QString *problem = nullptr);
    void logIn();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<OperatorConnection> m_connection;
    OperatorApi *m_api = nullptr;
    OperatorSession *m_session = nullptr;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<DocumentArchive> m_archive;
    std::unique_ptr<SpendHistory> m_history;
    std::unique_ptr<SpendHistorySync> m_sync;
};

void TestSpendHistory::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<OperatorConnection>();
    m_connection->setBaseUrl(m_sandbox->baseUrl());
    m_api = new OperatorApi(m_connection.get(), m_connection.get());
    m_session = new OperatorSession(m_connection.get(), m_connection.get());
    m_home = std::make_unique<QTemporaryDir>();
    m_archive = std::make_unique<DocumentArchive>(m_home->path());
    QString error;
    QVERIFY2(m_archive->open(&error), qPrintable(error));
    m_history = std::make_unique<SpendHistory>(m_archive.get());
    m_sync = std::make_unique<SpendHistorySync>(m_api, m_history.get(), Clock::system());
    logIn();
    m_sync->setOwner(SpendHistorySync::Owner{u"demo@sandbox"_s, u"ООО «Ромашка»"_s});
}

void TestSpendHistory::cleanup()
{
    m_sync.reset();
    m_history.reset();
    m_archive.reset();
    m_home.reset();
    m_connection.reset();
    m_sandbox.reset();
}

void TestSpendHistory::logIn()
{
    const auto result = awaitResult<SessionTokens>([this](QObject *context, auto done) {
        m_session->logIn(u"demo"_s, u"demo-password"_s, context, done);
    });
    QVERIFY(result.isOk());
}

bool TestSpendHistory::syncAndWait(QString *problem)
{
    QSignalSpy finished(m_sync.get(), &SpendHistorySync::finished);
    m_sync->sync();
    if (!finished.wait(20000))
        return false;
    if (problem)
        *problem = finished.constFirst().constFirst().toString();
    return true;
}

void TestSpendHistory::keepsThirteenMonthsOfInvoiceLines()
{
    QSignalSpy kept(m_sync.get(), &SpendHistorySync::invoiceKept);
    QString problem;
    QVERIFY(syncAndWait(&problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(kept.size(), SpendHistorySync::KeptMonths);
    const QList<BillingPeriod> periods = m_history->keptPeriods(u"demo@sandbox"_s);
    QCOMPARE(periods.size(), SpendHistorySync::KeptMonths);
    QCOMPARE(periods.constLast(), BillingPeriod(2026, 10));
    QCOMPARE(periods.constFirst(), BillingPeriod(2025, 10));

    // What was kept is what the operator says, line by line, and the table adds up to the invoices' totals.
    const SpendTable table = m_history->table({u"demo@sandbox"_s}, BillingPeriod(2026, 10), 13);
    for (const BillingPeriod &period : periods) {
        const auto fromOperator = awaitResult<Invoice>([&](QObject *c, auto done) { return m_api->invoice(period, c, done); });
        QVERIFY(fromOperator.isOk());
        const std::optional<Invoice> local = m_history->invoice(u"demo@sandbox"_s, period);
        QVERIFY(local);
        QCOMPARE(local->number, fromOperator.value().number);
        QCOMPARE(local->amount, fromOperator.value().amount);
        QCOMPARE(local->lines.size(), fromOperator.value().lines.size());
        QCOMPARE(table.total(table.periodIndex(period)), fromOperator.value().amount.minorUnits());
    }
    QCOMPARE(table.currency, u"RUB"_s);
    QVERIFY(table.rows.size() >= 12);
}

void TestSpendHistory::asksOnlyForWhatIsMissing()
{
    QVERIFY(syncAndWait());
    QSignalSpy requests(m_connection->network(), &QNetworkAccessManager::finished);
    QSignalSpy kept(m_sync.get(), &SpendHistorySync::invoiceKept);
    QString problem;
    QVERIFY(syncAndWait(&problem));
    QVERIFY(problem.isEmpty());
    QCOMPARE(kept.size(), 0);
    QCOMPARE(requests.size(), 1); // the list only
}

void TestSpendHistory::catchesUpAfterAFailedSync()
{
    QVERIFY(m_sandbox->addFault({{u"path_prefix"_s, u"/invoices/2026-0"_s}, {u"kind"_s, u"malformed_json"_s},
                                 {u"count"_s, 1}}));
    QString problem;
    QVERIFY(syncAndWait(&problem));
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY(!problem.isEmpty());
    QVERIFY(m_history->keptPeriods(u"demo@sandbox"_s).size() < SpendHistorySync::KeptMonths);
    QVERIFY(syncAndWait(&problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_history->keptPeriods(u"demo@sandbox"_s).size(), SpendHistorySync::KeptMonths);
}

void TestSpendHistory::reconcilesTheMonthsInvoiceWithTheChargesSeen()
{
    QVERIFY(syncAndWait());
    const auto charges = awaitResult<CurrentCharges>([this](QObject *c, auto done) { return m_api->currentCharges(c, done); });
    QVERIFY(charges.isOk());
    QCOMPARE(charges.value().period, BillingPeriod(2026, 11));
    QSignalSpy chargesKept(m_sync.get(), &SpendHistorySync::chargesKept);
    m_sync->keepCharges(charges.value());
    QCOMPARE(chargesKept.size(), 1);
    const auto seen = m_history->chargesSeen(u"demo@sandbox"_s, BillingPeriod(2026, 11));
    QVERIFY(seen);
    QCOMPARE(seen->charges.items.size(), charges.value().items.size());
    QCOMPARE(seen->charges.total, charges.value().total);

    // The operator forms November's invoice on the 1st; the next sync brings it, and it is reconciled.
    QVERIFY(m_sandbox->setClock(QDateTime::fromString(u"2026-12-04T09:00:00Z"_s, Qt::ISODate)));
    QSignalSpy kept(m_sync.get(), &SpendHistorySync::invoiceKept);
    QVERIFY(syncAndWait());
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().at(1).value<BillingPeriod>(), BillingPeriod(2026, 11));
    const std::optional<Invoice> november = m_history->invoice(u"demo@sandbox"_s, BillingPeriod(2026, 11));
    QVERIFY(november);
    const QList<ChargesReconciliation::Difference> differences =
        ChargesReconciliation::compare(*november, seen->charges);
    QVERIFY(!differences.isEmpty());
    for (const ChargesReconciliation::Difference &difference : differences) {
        QVERIFY(difference.seen && difference.invoiced);
        QCOMPARE(difference.difference(), *difference.invoiced - *difference.seen);
        QVERIFY(difference.difference() != 0);
    }
}

void TestSpendHistory::keepsAccountsApart()
{
    QVERIFY(syncAndWait());
    const auto second = awaitResult<SessionTokens>([this](QObject *context, auto done) {
        m_session->logIn(u"demo2"_s, u"demo2-password"_s, context, done);
    });
    QVERIFY(second.isOk());
    m_sync->setOwner(SpendHistorySync::Owner{u"demo2@sandbox"_s, u"ИП Сидоров"_s});
    QVERIFY(syncAndWait());
    const QList<SpendHistory::Account> accounts = m_history->accounts();
    QCOMPARE(accounts.size(), 2);
    const SpendTable both = m_history->table({}, BillingPeriod(2026, 10), 13);
    const SpendTable first = m_history->table({u"demo@sandbox"_s}, BillingPeriod(2026, 10), 13);
    const SpendTable other = m_history->table({u"demo2@sandbox"_s}, BillingPeriod(2026, 10), 13);
    QCOMPARE(other.rows.size(), 3);
    QCOMPARE(both.rows.size(), first.rows.size() + other.rows.size());
    const SpendTable perOrganisation = m_history->organisationTable({}, BillingPeriod(2026, 10), 13);
    QCOMPARE(perOrganisation.rows.size(), 2);
    QCOMPARE(QSet<QString>({perOrganisation.rows.at(0).label, perOrganisation.rows.at(1).label}),
             QSet<QString>({u"ИП Сидоров"_s, u"ООО «Ромашка»"_s}));
    for (int i = 0; i < both.periods.size(); ++i) {
        QCOMPARE(both.total(i), first.total(i) + other.total(i));
        QCOMPARE(perOrganisation.total(i), both.total(i));
    }
}

void TestSpendHistory::forgetsTheSyncOfAnAccountThatLoggedOut()
{
    QSignalSpy finished(m_sync.get(), &SpendHistorySync::finished);
    QSignalSpy kept(m_sync.get(), &SpendHistorySync::invoiceKept);
    m_sync->sync();
    m_sync->sync(); // asked again while it runs: it would run once more
    QVERIFY(m_sync->isRunning());
    m_sync->setOwner(std::nullopt);
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.constFirst().constFirst().toString().isEmpty()); // not an error to show: nobody waits for it
    QVERIFY(!m_sync->isRunning());
    m_sync->sync(); // nobody logged in: nothing
    QVERIFY(!m_sync->isRunning());

    // The next account's sync runs once, with nothing left over from the first.
    m_sync->setOwner(SpendHistorySync::Owner{u"demo@sandbox"_s, u"ООО «Ромашка»"_s});
    QString problem;
    QVERIFY(syncAndWait(&problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(kept.size(), SpendHistorySync::KeptMonths);
    QCOMPARE(finished.size(), 2);
}

QTEST_GUILESS_MAIN(TestSpendHistory)
#include "tst_spendhistory.moc"
