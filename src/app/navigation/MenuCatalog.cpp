#include "MenuCatalog.h"

#include <algorithm>

namespace {

MenuEntry makeEntry(PageId id, std::optional<PageId> parent, const char *key, const QString &title,
                    const QString &description, const char *icon)
{
    return MenuEntry{id, parent, QString::fromLatin1(key), title, description, QString::fromLatin1(icon)};
}

} // namespace

QList<MenuEntry> MenuCatalog::entries()
{
    const auto invoices = std::optional<PageId>(PageId::Invoices);
    return {
        makeEntry(PageId::PersonalInfo, std::nullopt, "personal-info", tr("Personal information"),
                  tr("Your organisation's details as the operator keeps them: name, contract, taxpayer "
                     "number, address, contacts and the e-mail invoices are sent to."),
                  "personal-info"),
        makeEntry(PageId::Payments, std::nullopt, "payments", tr("Payments"),
                  tr("The balance of your personal account and the history of your payments."), "payments"),
        makeEntry(PageId::Invoices, std::nullopt, "invoices", tr("Invoices"),
                  tr("This section holds information about the customer's invoices. Here you can order an "
                     "invoice to your e-mail address or download an invoice by a link. The service is not "
                     "available while invoices for communication services are being formed (from the 1st to "
                     "the 3rd of each month). In this section you can also change the address and/or the "
                     "delivery method of invoices."),
                  "invoices"),
        makeEntry(PageId::InvoiceEmailOrder, invoices, "invoices.email-order", tr("Order an invoice by e-mail"),
                  tr("You can order a repeated sending of regular invoices for communication services for the "
                     "period you are interested in. The invoice is sent to the e-mail address currently given "
                     "in the Personal account. If the invoice delivery address was changed several times "
                     "during a month, the Company sends the regular invoice to the address that was given at "
                     "the time the invoice for the past billing period was formed."),
                  "invoice-email"),
        makeEntry(PageId::InvoiceDownload, invoices, "invoices.download", tr("Download an invoice by link"),
                  tr("You can order an invoice for communication services (for the 2 previous months). Once "
                     "the invoice has been formed, you can download it by the corresponding link. Attention! "
                     "Forming an invoice takes some time, so please wait until the process is complete."),
                  "invoice-download"),
        makeEntry(PageId::DeliverySettings, invoices, "invoices.delivery", tr("Change delivery method/address"),
                  tr("In this section you can change the delivery method of invoices, choosing the one most "
                     "convenient for you (e-mail, in person)."),
                  "delivery"),
        makeEntry(PageId::CallDetails, invoices, "invoices.call-details", tr("Call details by e-mail"),
                  tr("You can order call details for the current and the previous month. Call details can be "
                     "ordered to the customer's e-mail address."),
                  "call-details"),
        makeEntry(PageId::CurrentCharges, invoices, "invoices.current-charges", tr("Charges for the current period"),
                  tr("You can order information about the charges of the current month per subscriber. The "
                     "information will be sent to the customer's e-mail address."),
                  "charges"),
        makeEntry(PageId::Installments, std::nullopt, "installments", tr("Installment information"),
                  tr("Your installment plans: the device, the total, what is paid and what remains, and the "
                     "schedule of payments."),
                  "installments"),
        makeEntry(PageId::SubscriberChoice, std::nullopt, "subscriber-choice", tr("Choose a SIP subscriber"),
                  tr("The SIP subscribers of your account. The chosen subscriber is used by the functions that "
                     "work per subscriber, such as call details and charges."),
                  "subscriber"),
        makeEntry(PageId::Feedback, std::nullopt, "feedback", tr("Feedback"),
                  tr("Write to the operator and follow the status of the messages you have sent."), "feedback"),
        makeEntry(PageId::CallCentre, std::nullopt, "call-centre", tr("Mobile call centre"),
                  tr("The operator's phone numbers and working hours, and a request for a call back."),
                  "call-centre"),
        makeEntry(PageId::Archive, std::nullopt, "archive", tr("Document archive"),
                  tr("Every invoice and document the app has obtained, of all your accounts, kept on this "
                     "computer: search by number, period or amount, preview, open or save a copy, and export the "
                     "month's documents to a folder or a ZIP file for the accountant. Works without a network."),
                  "archive"),
        makeEntry(PageId::Mail, std::nullopt, "mail", tr("Mail"),
                  tr("The documents the operator sends by e-mail (invoice repeats, call details, charges, the "
                     "regular invoice) are taken from your mailbox and filed in the document archive by "
                     "themselves. Here you choose the mailbox, check the connection and see the e-mails that "
                     "were not recognised."),
                  "mail"),
        makeEntry(PageId::Spend, std::nullopt, "spend", tr("Spend"),
                  tr("Where the money goes: a year of regular invoices as a chart and a table, per subscriber or "
                     "per organisation, this month so far, what changed in a month and why, and the invoice "
                     "against the charges seen during the month. The figures are kept on this computer and "
                     "can be exported to Excel."),
                  "spend"),
        makeEntry(PageId::Organisations, std::nullopt, "organisations", tr("Organisations"),
                  tr("Every organisation whose account the app remembers, at a glance: balance, whether ordering "
                     "is open, last month's invoice, new documents and what needs attention. «Close the month» gets "
                     "the month's documents of all of them into one pack, a folder per organisation."),
                  "organisations"),
        makeEntry(PageId::Exit, std::nullopt, "exit", tr("Exit"),
                  tr("Finish working with the personal account."), "exit"),
    };
}

MenuEntry MenuCatalog::entry(PageId id)
{
    const QList<MenuEntry> all = entries();
    const auto it = std::find_if(all.cbegin(), all.cend(), [id](const MenuEntry &e) { return e.id == id; });
    Q_ASSERT(it != all.cend());
    return *it;
}

std::optional<PageId> MenuCatalog::idForKey(const QString &key)
{
    for (const MenuEntry &e : entries()) {
        if (e.key == key)
            return e.id;
    }
    return std::nullopt;
}

QList<MenuEntry> MenuCatalog::childrenOf(PageId parent)
{
    QList<MenuEntry> children;
    for (const MenuEntry &e : entries()) {
        if (e.parent == parent)
            children.append(e);
    }
    return children;
}
