#include "SessionStatusBar.h"

#include "validation/PhoneNumber.h"
#include "domain/Organisation.h"
#include "subscribers/SubscriberSelection.h"

#include <QLabel>
#include <QStatusBar>

SessionStatusBar::SessionStatusBar(QStatusBar *bar, SubscriberSelection *subscriber)
    : QObject(bar)
    , m_bar(bar)
    , m_accountLabel(new QLabel(bar))
    , m_subscriberLabel(new QLabel(bar))
{
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    bar->addPermanentWidget(m_accountLabel);
    m_subscriberLabel->setObjectName(QStringLiteral("subscriberLabel"));
    bar->addPermanentWidget(m_subscriberLabel);
    connect(subscriber, &SubscriberSelection::changed, m_subscriberLabel,
            [this](const SubscriberSelection::Choice &choice) {
        m_subscriberLabel->setText(choice.isEmpty() ? QString()
                                                    : tr("SIP subscriber: %1 %2")
                                                          .arg(PhoneNumber::displayText(choice.number), choice.label));
    });
}

void SessionStatusBar::showOrganisation(const Organisation &organisation)
{
    m_accountLabel->setText(tr("%1, contract No. %2").arg(organisation.name, organisation.contractNumber));
}

void SessionStatusBar::clear()
{
    m_subscriberLabel->clear();
    m_accountLabel->clear();
    m_bar->clearMessage();
}
