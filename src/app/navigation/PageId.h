#pragma once

// Every function of the operator's menu, in the manual's order.
enum class PageId {
    PersonalInfo,
    Payments,
    Invoices,
    InvoiceEmailOrder,
    InvoiceDownload,
    DeliverySettings,
    CallDetails,
    CurrentCharges,
    Installments,
    SubscriberChoice,
    Feedback,
    CallCentre,
    Archive, // not the operator's: the app's own archive of the documents it obtained
    Mail,    // not the operator's either: the mailbox the operator's e-mailed documents are taken from
    Spend,   // the app's own too: where the money went, from the invoices' figures
    Organisations, // every remembered account at once, and the month-end close for all of them
    Exit,
};
