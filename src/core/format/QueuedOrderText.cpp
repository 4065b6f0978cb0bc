#include "QueuedOrderText.h"

#include "format/DateText.h"
#include "format/PeriodTitle.h"

QString QueuedOrderText::title(const QueuedOrder &order)
{
    const QString month = PeriodTitle::inText(order.period);
    QString what;
    switch (order.kind) {
    case QueuedOrder::Kind::InvoiceRepeat:
        what = tr("Invoice repeat for %1").arg(month);
        break;
    case QueuedOrder::Kind::CallDetails:
        what = tr("Call details for %1").arg(month);
        break;
    case QueuedOrder::Kind::CurrentCharges:
        what = tr("Charges for %1").arg(month);
        break;
    case QueuedOrder::Kind::MonthClose:
        return tr("Month close for %1").arg(month);
    }
    return order.organisation.isEmpty() ? what : tr("%1 — %2").arg(what, order.organisation);
}

QString QueuedOrderText::whenSent(const QDateTime &sendAt, const QTimeZone &operatorZone)
{
    const QDateTime atOperator = sendAt.toTimeZone(operatorZone);
    return tr("will be sent on %1 at %2 (operator's time)")
        .arg(DateText::dayAndMonth(atOperator.date()), DateText::timeOfDay(sendAt, operatorZone));
}

QString QueuedOrderText::line(const QueuedOrder &order, const QTimeZone &operatorZone)
{
    switch (order.state) {
    case QueuedOrder::State::Queued:
        return tr("%1: %2").arg(title(order), whenSent(order.sendAt, operatorZone));
    case QueuedOrder::State::Sending:
        return tr("%1: being sent").arg(title(order));
    case QueuedOrder::State::Sent:
        if (order.kind == QueuedOrder::Kind::MonthClose)
            return tr("%1: started").arg(title(order));
        return tr("%1: sent, order number %2").arg(title(order), order.result);
    case QueuedOrder::State::Failed:
        return tr("%1: not sent: %2").arg(title(order), order.result);
    case QueuedOrder::State::Cancelled:
        return tr("%1: cancelled").arg(title(order));
    }
    return {};
}
