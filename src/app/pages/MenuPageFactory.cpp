#include "MenuPageFactory.h"

#include "ArchivePage.h"
#include "CallCentrePage.h"
#include "CallDetailsPage.h"
#include "CurrentChargesPage.h"
#include "SpendPage.h"
#include "DeliverySettingsPage.h"
#include "FeedbackPage.h"
#include "InstallmentsPage.h"
#include "InvoiceDownloadPage.h"
#include "InvoiceEmailOrderPage.h"
#include "MailPage.h"
#include "MenuPage.h"
#include "OrganisationsPage.h"
#include "PaymentsPage.h"
#include "PersonalInfoPage.h"
#include "SubscriberChoicePage.h"

MenuPageFactory::MenuPageFactory(const PageContext &context)
    : m_context(context)
{
}

MenuPage *MenuPageFactory::create(PageId id, QWidget *parent) const
{
    switch (id) {
    case PageId::PersonalInfo:
        return new PersonalInfoPage(m_context, parent);
    case PageId::Payments:
        return new PaymentsPage(m_context, parent);
    case PageId::InvoiceEmailOrder:
        return new InvoiceEmailOrderPage(m_context, parent);
    case PageId::InvoiceDownload:
        return new InvoiceDownloadPage(m_context, parent);
    case PageId::DeliverySettings:
        return new DeliverySettingsPage(m_context, parent);
    case PageId::CallDetails:
        return new CallDetailsPage(m_context, parent);
    case PageId::CurrentCharges:
        return new CurrentChargesPage(m_context, parent);
    case PageId::Installments:
        return new InstallmentsPage(m_context, parent);
    case PageId::SubscriberChoice:
        return new SubscriberChoicePage(m_context, parent);
    case PageId::Feedback:
        return new FeedbackPage(m_context, parent);
    case PageId::CallCentre:
        return new CallCentrePage(m_context, parent);
    case PageId::Archive:
        return new ArchivePage(m_context, parent);
    case PageId::Spend:
        return new SpendPage(m_context, parent);
    case PageId::Mail:
        return new MailPage(m_context, parent);
    case PageId::Organisations:
        if (m_context.accountSessions && m_context.monthClose)
            return new OrganisationsPage(m_context, parent);
        return nullptr;
    default:
        return nullptr;
    }
}
