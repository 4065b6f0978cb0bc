#include "OrderingClosedBanner.h"

#include "format/DateText.h"
#include "invoicing/InvoicingWindowWatcher.h"

OrderingClosedBanner::OrderingClosedBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAccessibleName(tr("Ordering is closed"));
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
        setText(tr("Ordering is not available while invoices for communication services are being formed, "
                   "from %1 to %2. It opens again on %3 at %4 (your time).")
                    .arg(DateText::dayAndMonth(closure.firstDay), DateText::dayAndMonth(closure.lastDay),
                         DateText::longDay(reopens.toLocalTime().date()), DateText::timeOfDay(reopens)));
        setAccessibleDescription(text());
        show();
    }
    emit orderingOpenChanged(open);
}
