#include "OrderProgressLabel.h"

#include "archive/OrderJournal.h"
#include "format/OrderProgressText.h"
#include "mail/MailIntake.h"

OrderProgressLabel::OrderProgressLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("orderProgressLabel"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void OrderProgressLabel::setSources(OrderJournal *journal, MailIntake *intake)
{
    m_journal = journal;
    m_intake = intake;
    if (m_journal) {
        connect(m_journal, &OrderJournal::changed, this, [this](const QString &orderId) {
            if (orderId == m_orderId)
                refresh();
        });
    }
    if (m_intake)
        connect(m_intake, &MailIntake::configurationChanged, this, &OrderProgressLabel::refresh);
}

void OrderProgressLabel::follow(const QString &orderId)
{
    m_orderId = orderId;
    refresh();
}

void OrderProgressLabel::clearOrder()
{
    m_orderId.clear();
    refresh();
}

void OrderProgressLabel::refresh()
{
    const std::optional<PlacedOrder> order = m_journal && !m_orderId.isEmpty() ? m_journal->find(m_orderId)
                                                                              : std::nullopt;
    setVisible(order.has_value());
    if (order)
        setText(OrderProgressText::of(*order, m_intake && m_intake->isConfigured()));
}
