#pragma once

#include "close/QueuedOrder.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

// How a queued order is named and its state said, on «Организации», on the order pages and in notifications.
class QueuedOrderText
{
    Q_DECLARE_TR_FUNCTIONS(QueuedOrderText)

public:
    // «Повтор счета за октябрь 2026 — ООО «Ромашка»», «Закрытие месяца за октябрь 2026».
    static QString title(const QueuedOrder &order);
    // «будет отправлен 4 декабря в 00:00 (по времени оператора)».
    static QString whenSent(const QDateTime &sendAt, const QTimeZone &operatorZone);
    // The whole line: title and where it stands (waits, being sent, sent with its number, failed and why).
    static QString line(const QueuedOrder &order, const QTimeZone &operatorZone);
};
