#include "api/RetryPolicy.h"

#include <QTest>

using namespace std::chrono;
using Repeat = ApiRequest::Repeat;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void growsExponentiallyWithJitter();
};

void TestRetryPolicy::decides_data()
{
    QTest::addColumn<int>("repeat");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("connectionFault");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("expectedMs"); // -1: no retry

    const int safe = int(Repeat::Safe), keyed = int(Repeat::Keyed), never = int(Repeat::Never);
    QTest::newRow("read, dropped connection") << safe << 1 << true << 0 << -1 << 200;
    QTest::newRow("keyed order, dropped connection") << keyed << 1 << true << 0 << -1 << 200;
    QTest::newRow("plain post, dropped connection") << never << 1 << true << 0 << -1 << -1;
    QTest::newRow("read, 502") << safe << 2 << false << 502 << -1 << 400;
    QTest::newRow("read, 504") << safe << 3 << false << 504 << -1 << 800;
    QTest::newRow("read, 503 with Retry-After") << safe << 1 << false << 503 << 3 << 3000;
    QTest::newRow("read, 429 with Retry-After") << safe << 1 << false << 429 << 1 << 1000;
    QTest::newRow("429 asking too long a wait") << safe << 1 << false << 429 << 600 << -1;
    QTest::newRow("read, 500") << safe << 1 << false << 500 << -1 << -1;
    QTest::newRow("read, 404") << safe << 1 << false << 404 << -1 << -1;
    QTest::newRow("read, 409") << safe << 1 << false << 409 << -1 << -1;
    QTest::newRow("last attempt") << safe << 4 << true << 0 << -1 << -1;
    QTest::newRow("plain post, 503 with Retry-After") << never << 1 << false << 503 << 1 << -1;
}

void TestRetryPolicy::decides()
{
    QFETCH(int, repeat);
    QFETCH(int, attempt);
    QFETCH(bool, connectionFault);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(int, expectedMs);

    RetryPolicy policy;
    RetryPolicy::Attempt a{Repeat(repeat), attempt};
    a.connectionFault = connectionFault;
    a.httpStatus = status;
    a.retryAfterSeconds = retryAfter;
    const auto delay = policy.delayBeforeNext(a, 0.0);
    QCOMPARE(delay.has_value(), expectedMs >= 0);
    if (delay)
        QCOMPARE(delay->count(), expectedMs);
}

void TestRetryPolicy::growsExponentiallyWithJitter()
{
    RetryPolicy policy;
    policy.maxAttempts = 20;
    RetryPolicy::Attempt a{Repeat::Safe, 1};
    a.connectionFault = true;
    milliseconds previousMax{0};
    for (int n = 1; n < 12; ++n) {
        a.number = n;
        const milliseconds low = *policy.delayBeforeNext(a, 0.0);
        const milliseconds high = *policy.delayBeforeNext(a, 0.999);
        QVERIFY(low <= high);
        QVERIFY(high <= policy.maxDelay);
        QVERIFY(low * 2 >= high - milliseconds(2));
        QVERIFY(high >= previousMax || high >= policy.maxDelay - milliseconds(10));
        previousMax = high;
    }
}

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
