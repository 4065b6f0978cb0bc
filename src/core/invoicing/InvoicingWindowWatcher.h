#pragma once

#include "BillingCalendar.h"
#include "api/ApiError.h"
#include "time/OperatorTime.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

class OperatorApi;

// Knows whether the operator takes orders right now, by the operator's clock (never the local one), and
// asks the operator again exactly when the calendar says the answer changes.
class InvoicingWindowWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InvoicingWindowWatcher(OperatorApi *api, QObject *parent = nullptr,
                                    const Clock &clock = Clock::system());

    void refresh();
    // Asks again if the last answer is more than a minute old: a closed page being looked at must not wait
    // for the planned look when the operator may have reopened or corrected its clock.
    void refreshIfStale();
    void stop();

    bool isKnown() const { return m_time.isKnown(); }
    bool isOpen() const;
    // When a closed window opens again (operator's moment; show it in the user's zone).
    QDateTime reopensAt() const;
    QDateTime operatorNow() const { return m_time.now(); }
    QTimeZone operatorZone() const { return m_time.zone(); }
    BillingCalendar calendar() const { return BillingCalendar(m_time.zone()); }
    BillingPeriod currentPeriod() const { return calendar().currentPeriod(operatorNow()); }
    QDate operatorToday() const { return calendar().operatorToday(operatorNow()); }
    // How long the watcher chose to wait, at its last answer, before it looks at the operator's clock again;
    // negative when no look is planned.
    std::chrono::milliseconds nextCheckInterval() const;
    std::optional<ApiError> lastError() const { return m_lastError; }

signals:
    void changed();

private:
    void scheduleNextCheck();

    OperatorApi *m_api;
    const Clock &m_clock;
    OperatorTime m_time;
    qint64 m_askedAtMs = -1; // by the monotonic clock; -1 before the first question
    QTimer m_nextCheck;
    // The operator may keep ordering closed longer than its calendar says (a late invoice run); its own
    // answer then wins until the moment it gave.
    QDateTime m_operatorClosedUntil;
    std::optional<ApiError> m_lastError;
};
