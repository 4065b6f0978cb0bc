#pragma once

#include "BillingCalendar.h"
#include "api/ApiError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class OperatorApi;

// Knows whether the operator takes orders right now, by the operator's clock (never the local one), and
// asks again exactly when that can change: when a blackout ends, and when the next one begins.
class InvoicingWindowWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InvoicingWindowWatcher(OperatorApi *api, QObject *parent = nullptr);

    void refresh();
    void stop();

    bool isKnown() const { return m_known; }
    bool isOpen() const { return m_open; }
    // When a closed window opens again (operator's moment; show it in the user's zone).
    QDateTime reopensAt() const { return m_reopensAt; }
    // The operator's clock, as best known now: its last answer moved on by the local monotonic time.
    QDateTime operatorNow() const;
    QTimeZone operatorZone() const { return m_zone; }
    std::optional<ApiError> lastError() const { return m_lastError; }

signals:
    void changed();

private:
    void scheduleNextCheck();

    OperatorApi *m_api;
    QTimer m_nextCheck;
    bool m_known = false;
    bool m_open = true;
    QDateTime m_reopensAt;
    QDateTime m_serverTime;
    QElapsedTimer m_sinceServerTime;
    QTimeZone m_zone;
    std::optional<ApiError> m_lastError;
};
