#include "InvoicingWindowWatcher.h"

#include "api/OperatorApi.h"

#include <algorithm>

namespace {
constexpr qint64 RetryAfterErrorMs = 60 * 1000;
constexpr qint64 MaxWaitMs = 6 * 60 * 60 * 1000; // a periodic look also catches a changed server clock
constexpr qint64 SlackMs = 1000;
} // namespace

InvoicingWindowWatcher::InvoicingWindowWatcher(OperatorApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_nextCheck.setSingleShot(true);
    connect(&m_nextCheck, &QTimer::timeout, this, &InvoicingWindowWatcher::refresh);
}

void InvoicingWindowWatcher::refresh()
{
    m_api->clock(this, [this](const ApiResult<OperatorClock> &result) {
        if (!result.isOk()) {
            m_lastError = result.error();
            m_nextCheck.start(std::chrono::milliseconds(RetryAfterErrorMs));
            emit changed();
            return;
        }
        const OperatorClock &clock = result.value();
        m_lastError.reset();
        m_known = true;
        m_open = clock.invoicing.open;
        m_reopensAt = clock.invoicing.reopensAt;
        m_serverTime = clock.serverTime;
        m_sinceServerTime.start();
        m_zone = clock.billingTimeZone;
        scheduleNextCheck();
        emit changed();
    });
}

void InvoicingWindowWatcher::stop()
{
    m_nextCheck.stop();
    m_known = false;
}

QDateTime InvoicingWindowWatcher::operatorNow() const
{
    if (!m_serverTime.isValid())
        return {};
    return m_serverTime.addMSecs(m_sinceServerTime.elapsed());
}

void InvoicingWindowWatcher::scheduleNextCheck()
{
    QDateTime nextChange;
    if (!m_open && m_reopensAt.isValid()) {
        nextChange = m_reopensAt;
    } else {
        // The next blackout starts at midnight on the 1st, operator time.
        const QDate today = m_serverTime.toTimeZone(m_zone).date();
        const QDate firstOfNextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
        nextChange = QDateTime(firstOfNextMonth, QTime(0, 0), m_zone);
    }
    const qint64 waitMs = std::clamp<qint64>(m_serverTime.msecsTo(nextChange) + SlackMs, SlackMs, MaxWaitMs);
    m_nextCheck.start(std::chrono::milliseconds(waitMs));
}
