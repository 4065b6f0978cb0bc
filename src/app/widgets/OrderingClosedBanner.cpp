#include "OrderingClosedBanner.h"

#include "format/DateText.h"
#include "invoicing/InvoicingWindowWatcher.h"

OrderingClosedBanner::OrderingClosedBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral(
        "background: #fff4d6; border: 1px solid #e0b54b; border-radius: 4px; padding: 6px; color: #5a4300;"));
    hide();
}

void OrderingClosedBanner::setWatcher(InvoicingWindowWatcher *watcher)
{
    m_watcher = watcher;
    connect(watcher, &InvoicingWindowWatcher::changed, this, &OrderingClosedBanner::update);
    update();
}

void OrderingClosedBanner::showEvent(QShowEvent *event)
{
    QLabel::showEvent(event);
    if (m_watcher)
        m_watcher->refreshIfStale();
}

bool OrderingClosedBanner::isOrderingOpen() const
{
    return !m_watcher || !m_watcher->isKnown() || m_watcher->isOpen();
}

void OrderingClosedBanner::update()
{
    const bool open = isOrderingOpen();
    if (open) {
        hide();
    } else {
        const BillingCalendar::Closure closure = m_watcher->calendar().currentOrNextClosure(m_watcher->operatorNow());
        const QDateTime reopens = m_watcher->reopensAt();
        const QDateTime atOperator = reopens.toTimeZone(m_watcher->operatorZone());
        const QDateTime atUser = reopens.toLocalTime();
        const QString closed = tr("Ordering is not available while invoices for communication services are being "
                                  "formed, from %1 to %2.")
                                   .arg(DateText::dayAndMonth(closure.firstDay), DateText::dayAndMonth(closure.lastDay));
        // Where the user's clock reads differently, both: "from the 1st to the 3rd" is the operator's calendar,
        // and "the 3rd at 21:00" alone would seem to contradict it.
        const bool sameClock = atOperator.date() == atUser.date() && atOperator.time() == atUser.time();
        const QString opens =
            sameClock ? tr("It opens again on %1 at %2.").arg(DateText::longDay(atUser.date()), DateText::timeOfDay(reopens))
                      : tr("It opens again on %1 at %2 by the operator's clock, that is on %3 at %4 by yours.")
                            .arg(DateText::longDay(atOperator.date()),
                                 DateText::timeOfDay(reopens, m_watcher->operatorZone()),
                                 DateText::longDay(atUser.date()), DateText::timeOfDay(reopens));
        setText(closed + QLatin1Char(' ') + opens);
        show();
    }
    emit orderingOpenChanged(open);
}
