// Orders queued while ordering is closed, against the sandbox and a real archive: nothing goes before the
// operator's window opens by its own clock, then each goes once, with the key it was queued with; an order
// whose answer a stop cut off goes again as the same order; a cancelled one never goes; a queued month close
// comes back as the request it was.
#include "RememberedFirm.h"
#include "SandboxFixture.h"
#include "accounts/AccountList.h"
#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "BillingCalendar.h"
#include "close/OrderQueue.h"
#include "close/QueuedOrderSender.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"
#include "session/AccountSessions.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestOrderQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsNothingBeforeTheWindowOpensThenEachOnce();
    void anOrderCutShortByAStopGoesAgainAsTheSameOrder();
    void aCancelledOrderNeverGoes();
    void aQueuedCloseComesBackAsItsRequest();

private:
    QueuedOrder repeatFor(const QString &login) const;
    int ordersWithKey(const QString &key);
    bool look(QueuedOrderSender &sender);
    QString idOf(const QString &login) const { return m_firm->idOf(login); }

    const QDateTime m_closed = QDateTime::fromString(u"2026-12-02T09:00:00Z"_s, Qt::ISODate);
    // The 4th, 00:00:30 in Moscow: the window has just opened.
    const QDateTime m_opened = QDateTime::fromString(u"2026-12-03T21:00:30Z"_s, Qt::ISODate);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RememberedFirm> m_firm;
    std::unique_ptr<DocumentArchive> m_archive;
    std::unique_ptr<OrderJournal> m_orders;
    std::unique_ptr<OrderQueue> m_queue;
    std::unique_ptr<AccountSessions> m_sessions;
};

void TestOrderQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start(m_closed));
    m_firm = std::make_unique<RememberedFirm>(u"SIP Cabinet test "_s + QUuid::createUuid().toString());
    QVERIFY(m_firm->remember(m_sandbox->baseUrl(), 2));
    m_archive = std::make_unique<DocumentArchive>(m_dir->filePath(u"archive"_s));
    QString error;
    QVERIFY2(m_archive->open(&error), qPrintable(error));
    m_orders = std::make_unique<OrderJournal>(m_archive.get());
    m_queue = std::make_unique<OrderQueue>(m_archive.get());
    m_sessions = std::make_unique<AccountSessions>(&m_firm->accounts(), m_firm->secrets());
    QSignalSpy settled(m_sessions.get(), &AccountSessions::settled);
    m_sessions->start();
    QVERIFY(settled.wait(30000));
}

void TestOrderQueue::cleanup()
{
    m_sessions.reset();
    if (m_firm)
        QVERIFY(m_firm->forgetAll());
    m_queue.reset();
    m_orders.reset();
    m_archive.reset();
    m_firm.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QueuedOrder TestOrderQueue::repeatFor(const QString &login) const
{
    const AccountSession *session = m_sessions->find(idOf(login));
    QueuedOrder order;
    order.accountId = session->accountId();
    order.organisation = session->organisation();
    order.kind = QueuedOrder::Kind::InvoiceRepeat;
    order.period = BillingPeriod(2026, 10);
    order.queuedAt = QDateTime::currentDateTimeUtc();
    order.sendAt = BillingCalendar(session->info().billingTimeZone).reopensAt(session->operatorNow());
    return order;
}

int TestOrderQueue::ordersWithKey(const QString &key)
{
    int found = 0;
    for (const QJsonValue &order : m_sandbox->orders())
        found += order[u"idempotency_key"_s].toString() == key;
    return found;
}

bool TestOrderQueue::look(QueuedOrderSender &sender)
{
    QSignalSpy checked(&sender, &QueuedOrderSender::checked);
    sender.checkNow();
    return !checked.isEmpty() || checked.wait(20000);
}

void TestOrderQueue::sendsNothingBeforeTheWindowOpensThenEachOnce()
{
    QString error;
    const QueuedOrder wanted = repeatFor(u"demo"_s);
    // When it will go, said as the operator's clock says it: the 4th at midnight in Moscow.
    QCOMPARE(wanted.sendAt, QDateTime::fromString(u"2026-12-03T21:00:00Z"_s, Qt::ISODate));
    const std::optional<qint64> id = m_queue->add(wanted, &error);
    QVERIFY2(id, qPrintable(error));
    const QString key = m_queue->find(*id)->idempotencyKey;
    QVERIFY(!key.isEmpty());

    QueuedOrderSender sender(m_queue.get(), m_sessions.get(), m_orders.get(), [](const MonthClose::Request &) { return true; });
    QVERIFY(look(sender));
    QCOMPARE(m_sandbox->orders().size(), 0);
    QCOMPARE(m_queue->find(*id)->state, QueuedOrder::State::Queued);

    // The operator's clock reaches the 4th; this computer's clock is not asked.
    QVERIFY(m_sandbox->setClock(m_opened));
    QSignalSpy sent(&sender, &QueuedOrderSender::sent);
    QVERIFY(look(sender));
    QVERIFY(sent.wait(20000) || !sent.isEmpty());
    const QueuedOrder done = *m_queue->find(*id);
    QCOMPARE(done.state, QueuedOrder::State::Sent);
    QVERIFY(done.result.toLongLong() > 0); // the operator's order number
    QCOMPARE(ordersWithKey(key), 1);
    // Recorded as an e-mail order, so mail intake files its letter against it.
    QVERIFY(m_orders->oldestOpen(idOf(u"demo"_s), ArchivedDocument::Kind::Invoice, BillingPeriod(2026, 10)));

    // Another start of the app looks again: nothing goes twice.
    QueuedOrderSender again(m_queue.get(), m_sessions.get(), m_orders.get(), [](const MonthClose::Request &) { return true; });
    QVERIFY(look(again));
    QCOMPARE(m_sandbox->orders().size(), 1);
}

void TestOrderQueue::anOrderCutShortByAStopGoesAgainAsTheSameOrder()
{
    QString error;
    const std::optional<qint64> id = m_queue->add(repeatFor(u"demo2"_s), &error);
    QVERIFY(id);
    const QueuedOrder queued = *m_queue->find(*id);
    QVERIFY(m_sandbox->setClock(m_opened));
    // The first start took it and sent it; the answer never arrived, for the app stopped.
    QVERIFY(m_queue->claim(*id));
    QVERIFY(!m_queue->claim(*id)); // nobody else takes it meanwhile
    AccountSession *session = m_sessions->find(idOf(u"demo2"_s));
    bool answered = false;
    session->api()->repeatInvoice(queued.period, this, [&](const ApiResult<OrderReceipt> &) { answered = true; },
                                  queued.idempotencyKey);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QCOMPARE(ordersWithKey(queued.idempotencyKey), 1);

    // The next start finds it "being sent" and sends it again with its key: the operator knows the order.
    QueuedOrderSender next(m_queue.get(), m_sessions.get(), m_orders.get(), [](const MonthClose::Request &) { return true; });
    QSignalSpy sent(&next, &QueuedOrderSender::sent);
    next.start();
    QVERIFY(sent.wait(20000) || !sent.isEmpty());
    QCOMPARE(m_queue->find(*id)->state, QueuedOrder::State::Sent);
    QCOMPARE(ordersWithKey(queued.idempotencyKey), 1);
    QCOMPARE(m_sandbox->orders().size(), 1);
}

void TestOrderQueue::aCancelledOrderNeverGoes()
{
    QString error;
    const std::optional<qint64> id = m_queue->add(repeatFor(u"demo"_s), &error);
    QVERIFY(id);
    QVERIFY(m_queue->cancel(*id));
    QVERIFY(!m_queue->cancel(*id));
    QVERIFY(!m_queue->claim(*id));
    QCOMPARE(m_queue->pending().size(), 0);
    QVERIFY(m_sandbox->setClock(m_opened));
    QueuedOrderSender sender(m_queue.get(), m_sessions.get(), m_orders.get(), [](const MonthClose::Request &) { return true; });
    QVERIFY(look(sender));
    QCOMPARE(m_sandbox->orders().size(), 0);
    QCOMPARE(m_queue->find(*id)->state, QueuedOrder::State::Cancelled);
}

void TestOrderQueue::aQueuedCloseComesBackAsItsRequest()
{
    MonthClose::Request request;
    request.period = BillingPeriod(2026, 11);
    request.accountIds = {idOf(u"demo"_s), idOf(u"demo2"_s)};
    request.kinds = {ArchivedDocument::Kind::Invoice, ArchivedDocument::Kind::CallDetails};
    request.packFolder = m_dir->filePath(u"packs"_s);
    request.format = MonthEndPack::Format::Zip;
    QueuedOrder close;
    close.kind = QueuedOrder::Kind::MonthClose;
    close.period = request.period;
    close.details = request.toJson();
    close.queuedAt = QDateTime::currentDateTimeUtc();
    close.sendAt = repeatFor(u"demo"_s).sendAt;
    QString error;
    const std::optional<qint64> id = m_queue->add(close, &error);
    QVERIFY(id);

    QList<MonthClose::Request> started;
    bool closeRunning = true;
    QueuedOrderSender sender(m_queue.get(), m_sessions.get(), m_orders.get(), [&](const MonthClose::Request &r) {
        if (closeRunning)
            return false;
        started.append(r);
        return true;
    });
    QVERIFY(look(sender));
    QVERIFY(started.isEmpty()); // not yet the 4th
    QVERIFY(m_sandbox->setClock(m_opened));
    QVERIFY(look(sender));
    QVERIFY(started.isEmpty()); // another close runs: it waits for the next look
    QCOMPARE(m_queue->find(*id)->state, QueuedOrder::State::Queued);
    closeRunning = false;
    QVERIFY(look(sender));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().period, request.period);
    QCOMPARE(started.first().accountIds, request.accountIds);
    QCOMPARE(started.first().kinds, request.kinds);
    QCOMPARE(started.first().packFolder, request.packFolder);
    QCOMPARE(started.first().format, MonthEndPack::Format::Zip);
    QCOMPARE(m_queue->find(*id)->state, QueuedOrder::State::Sent);
}

QTEST_MAIN(TestOrderQueue)
#include "tst_orderqueue.moc"
