#pragma once

class AccountList;
class AccountSessions;
class DocumentArchive;
class DocumentFetchQueue;
class InvoicingWindowWatcher;
class MailIntake;
class MailIntakeService;
class MonthClose;
class OrderQueue;
class OrderJournal;
class OperatorApi;
class PendingDocumentJobs;
class SessionController;
class SpendHistory;
class SpendHistorySync;
class SubscriberSelection;

// What the pages of the menu work with: all of it lives in the core or the session, none of it in a page.
struct PageContext
{
    OperatorApi *api = nullptr;
    SessionController *session = nullptr;       // the account and its information, log-in/log-out signals
    InvoicingWindowWatcher *invoicing = nullptr; // is ordering open, by the operator's clock
    SubscriberSelection *subscriber = nullptr;   // the SIP subscriber chosen in «Выбор SIP-абонента»
    DocumentArchive *archive = nullptr;          // check isOpen(): it may have failed to open
    PendingDocumentJobs *pendingJobs = nullptr;
    // The invoice-document fetches, kept across pages; resumePending() at log-in, abandonAll() at log-out.
    DocumentFetchQueue *documentFetches = nullptr;
    OrderJournal *orders = nullptr;   // the e-mail orders and how far each has come; beside the archive
    MailIntake *mailIntake = nullptr; // brings the operator's e-mails into the archive, when set up
    MailIntakeService *mailService = nullptr; // its mailbox settings, password and schedule
    SpendHistory *spendHistory = nullptr;     // the invoices' figures, beside the archive
    SpendHistorySync *spendSync = nullptr;    // keeps them up to date for the logged-in account
    AccountList *accounts = nullptr;             // the remembered accounts, and when each was last looked at
    AccountSessions *accountSessions = nullptr;  // every remembered account signed in on its own
    MonthClose *monthClose = nullptr;            // «Закрыть месяц» for many organisations, kept across pages
    OrderQueue *orderQueue = nullptr;            // orders asked for on the 1st to the 3rd, sent on the 4th
};
