// The watcher against the real sandbox with a manual local clock: it learns the operator's time once and
// then knows, without asking, when ordering opens; it asks again exactly when the calendar says so.
#include "ApiAwait.h"
#include "Instant.h"
#include "ManualClock.h"
#include "SandboxFixture.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "session/OperatorSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

using Instant::utc;

class TestInvoicingWindowWatcher : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheFourthWithoutAsking();
    void asksAgainWhenTheNextClosureBegins();
    void errorIsRememberedAndRetried();
    void noticesTheOperatorsClockMovedBack();

private:
    bool start(const QDateTime &operatorNow, const QDateTime &localClock);
    bool refreshed();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<OperatorConnection> m_connection;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<InvoicingWindowWatcher> m_watcher;
};

bool TestInvoicingWindowWatcher::start(const QDateTime &operatorNow, const QDateTime &localClock)
{
    m_sandbox = std::make_unique<SandboxFixture>();
    if (!m_sandbox->start(operatorNow))
        return false;
    m_connection = std::make_unique<OperatorConnection>();
    m_connection->setBaseUrl(m_sandbox->baseUrl());
    auto *api = new OperatorApi(m_connection.get(), m_connection.get());
    auto *session = new OperatorSession(m_connection.get(), m_connection.get());
    const auto tokens = awaitResult<SessionTokens>([session](QObject *context, auto done) {
        return session->logIn(QStringLiteral("demo"), QStringLiteral("demo-password"), context, done);
    });
    if (!tokens.isOk())
        return false;
    m_clock = std::make_unique<ManualClock>(localClock);
    m_watcher = std::make_unique<InvoicingWindowWatcher>(api, nullptr, *m_clock);
    return true;
}

bool TestInvoicingWindowWatcher::refreshed()
{
    QSignalSpy changed(m_watcher.get(), &InvoicingWindowWatcher::changed);
    m_watcher->refresh();
    return changed.wait(10000);
}

void TestInvoicingWindowWatcher::opensOnTheFourthWithoutAsking()
{
    // 23:59 on the 3rd in Moscow; the computer's clock thinks it is a day later.
    QVERIFY(start(utc("2026-12-03T20:59:00Z"), utc("2026-12-04T20:59:00Z")));
    QVERIFY(!m_watcher->isKnown());
    QVERIFY(refreshed());
    QVERIFY(m_watcher->isKnown());
    QVERIFY(!m_watcher->isOpen());
    QCOMPARE(m_watcher->operatorToday(), QDate(2026, 12, 3));
    QCOMPARE(m_watcher->reopensAt().toUTC(), utc("2026-12-03T21:00:00Z"));
    // The next look is due right after midnight: one minute and a second of slack, by the operator's clock.
    QCOMPARE(m_watcher->nextCheckInterval(), 61s);

    QSignalSpy requests(m_connection.get(), &OperatorConnection::requestSent);
    m_clock->advance(61s);
    QVERIFY(m_watcher->isOpen());
    QCOMPARE(m_watcher->operatorToday(), QDate(2026, 12, 4));
    QCOMPARE(m_watcher->currentPeriod(), BillingPeriod(2026, 12));
    QVERIFY(!m_watcher->reopensAt().isValid());
    QCOMPARE(requests.size(), 0);
}

void TestInvoicingWindowWatcher::asksAgainWhenTheNextClosureBegins()
{
    // Late on the 30th, Moscow: open, and the next change is the closure at midnight; a wait longer than six
    // hours is capped so a changed server clock is noticed.
    QVERIFY(start(utc("2026-11-30T20:00:00Z"), utc("2026-11-30T20:00:00Z")));
    QVERIFY(refreshed());
    QVERIFY(m_watcher->isOpen());
    QCOMPARE(m_watcher->nextCheckInterval(), 60min + 1s);
    m_clock->advance(1h);
    QVERIFY(!m_watcher->isOpen());
    QCOMPARE(m_watcher->reopensAt().toUTC(), utc("2026-12-03T21:00:00Z"));

    QVERIFY(start(SandboxFixture::defaultNow(), SandboxFixture::defaultNow()));
    QVERIFY(refreshed());
    QCOMPARE(m_watcher->nextCheckInterval(), 6h);
}

void TestInvoicingWindowWatcher::errorIsRememberedAndRetried()
{
    QVERIFY(start(SandboxFixture::defaultNow(), SandboxFixture::defaultNow()));
    QVERIFY(m_sandbox->addFault(QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/clock")},
                                            {QStringLiteral("kind"), QStringLiteral("status")},
                                            {QStringLiteral("status"), 500},
                                            {QStringLiteral("count"), 1}}));
    QVERIFY(refreshed());
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY(m_watcher->lastError().has_value());
    QVERIFY(!m_watcher->isKnown());
    QCOMPARE(m_watcher->nextCheckInterval(), 60s);
}

void TestInvoicingWindowWatcher::noticesTheOperatorsClockMovedBack()
{
    // The operator's clock ran ahead into the closure (the 2nd), then was put back to the 25th.
    QVERIFY(start(utc("2026-12-02T09:00:00Z"), utc("2026-12-02T09:00:00Z")));
    QVERIFY(refreshed());
    QVERIFY(!m_watcher->isOpen());
    // Closed, it looks again within ten minutes, not at the reopening a day and a half away.
    QCOMPARE(m_watcher->nextCheckInterval(), 10min);
    QVERIFY(m_sandbox->setClock(utc("2026-11-25T09:00:00Z")));

    QSignalSpy requests(m_connection.get(), &OperatorConnection::requestSent);
    m_watcher->refreshIfStale(); // a page shown right after the answer: no new question
    QCOMPARE(requests.size(), 0);
    m_clock->advance(61s);
    QSignalSpy changed(m_watcher.get(), &InvoicingWindowWatcher::changed);
    m_watcher->refreshIfStale(); // shown a minute later: the operator is asked, and ordering opens
    QVERIFY(changed.wait(10000));
    QCOMPARE(requests.size(), 1);
    QVERIFY(m_watcher->isOpen());
    QCOMPARE(m_watcher->operatorToday(), QDate(2026, 11, 25));
}

QTEST_MAIN(TestInvoicingWindowWatcher)
#include "tst_invoicingwindowwatcher.moc"
