#include "HelpTopics.h"

namespace HelpTopics {

QString of(PageId page)
{
    switch (page) {
    case PageId::PersonalInfo:
        return QStringLiteral("personal-info");
    case PageId::Payments:
        return QStringLiteral("payments");
    case PageId::Invoices:
        return QStringLiteral("invoices");
    case PageId::InvoiceEmailOrder:
        return QStringLiteral("invoice-email-order");
    case PageId::InvoiceDownload:
        return QStringLiteral("invoice-download");
    case PageId::DeliverySettings:
        return QStringLiteral("delivery-settings");
    case PageId::CallDetails:
        return QStringLiteral("call-details");
    case PageId::CurrentCharges:
        return QStringLiteral("current-charges");
    case PageId::Installments:
        return QStringLiteral("installments");
    case PageId::SubscriberChoice:
        return QStringLiteral("subscriber-choice");
    case PageId::Feedback:
        return QStringLiteral("feedback");
    case PageId::CallCentre:
        return QStringLiteral("call-centre");
    case PageId::Archive:
        return QStringLiteral("archive");
    case PageId::Spend:
        return QStringLiteral("spend");
    case PageId::Mail:
        return QStringLiteral("mail");
    case PageId::Organisations:
        return QStringLiteral("organisations");
    case PageId::Exit:
        return QStringLiteral("exit");
    }
    return Login;
}

} // namespace HelpTopics
