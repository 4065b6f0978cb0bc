#include "InvoicingWindowWatcher.h"

#include "api/OperatorApi.h"

#include <algorithm>

namespace {
constexpr qint64 RetryAfterErrorMs = 60 * 1000;
constexpr qint64 MaxWaitMs = 6 * 60 * 60 * 1000; // a periodic look also catches a changed server clock
// While closed, the operator may reopen early or correct a clock that ran ahead: look more often.
constexpr qint64 MaxWaitWhileClosedMs = 10 * 60 * 1000;
constexpr qint64 StaleAfterMs = 60 * 1000;
constexpr qint64 SlackMs = 1000;
} // namespace

InvoicingWindowWatcher::InvoicingWindowWatcher(OperatorApi *api, QObject *parent, const Clock &clock)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_time(clock)
{
    m_nextCheck.setSingleShot(true);
    connect(&m_nextCheck, &QTimer::timeout, this, &InvoicingWindowWatcher::refresh);
}

void InvoicingWindowWatcher::refreshIfStale()
{
    if (m_askedAtMs < 0 || m_clock.monotonicMs() - m_askedAtMs > StaleAfterMs)
        refresh();
}

void InvoicingWindowWatcher::refresh()
{
    m_askedAtMs = m_clock.monotonicMs();
    m_api->clock(this, [this](const ApiResult<OperatorClock> &result) {
        if (!result.isOk()) {
            m_lastError = result.error();
            m_nextCheck.start(std::chrono::milliseconds(RetryAfterErrorMs));
            emit changed();
            return;
        }
        const OperatorClock &clock = result.value();
        m_lastError.reset();
        m_time.synchronise(clock.serverTime, clock.billingTimeZone);
        m_operatorClosedUntil = clock.invoicing.open ? QDateTime() : clock.invoicing.reopensAt;
        scheduleNextCheck();
        emit changed();
    });
}

void InvoicingWindowWatcher::stop()
{
    m_nextCheck.stop();
    m_time.forget();
    m_operatorClosedUntil = {};
}

bool InvoicingWindowWatcher::isOpen() const
{
    const QDateTime now = operatorNow();
    if (m_operatorClosedUntil.isValid() && now < m_operatorClosedUntil)
        return false;
    return calendar().isOrderingOpen(now);
}

QDateTime InvoicingWindowWatcher::reopensAt() const
{
    if (isOpen())
        return {};
    const QDateTime byCalendar = calendar().reopensAt(operatorNow());
    if (!m_operatorClosedUntil.isValid() || (byCalendar.isValid() && byCalendar > m_operatorClosedUntil))
        return byCalendar;
    return m_operatorClosedUntil;
}

std::chrono::milliseconds InvoicingWindowWatcher::nextCheckInterval() const
{
    return m_nextCheck.isActive() ? m_nextCheck.intervalAsDuration() : std::chrono::milliseconds(-1);
}

void InvoicingWindowWatcher::scheduleNextCheck()
{
    const QDateTime now = operatorNow();
    const QDateTime nextChange = isOpen() ? calendar().nextClosureAt(now) : reopensAt();
    const qint64 waitMs = std::clamp<qint64>(now.msecsTo(nextChange) + SlackMs, SlackMs,
                                             isOpen() ? MaxWaitMs : MaxWaitWhileClosedMs);
    m_nextCheck.start(std::chrono::milliseconds(waitMs));
}
