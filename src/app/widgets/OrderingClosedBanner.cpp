#include "OrderingClosedBanner.h"

#include "invoicing/InvoicingWindowWatcher.h"

#include <QLocale>

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
        const QDateTime reopens = m_watcher->reopensAt().toLocalTime();
        setText(tr("Ordering is not available while invoices for communication services are being formed "
                   "(from the 1st to the 3rd of each month). It opens again on %1 at %2 (your time).")
                    .arg(QLocale().toString(reopens.date(), QLocale::LongFormat),
                         QLocale().toString(reopens.time(), QStringLiteral("HH:mm"))));
        setAccessibleDescription(text());
        show();
    }
    emit orderingOpenChanged(open);
}
