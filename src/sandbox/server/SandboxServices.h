#pragma once

#include <QUrl>

namespace Sandbox {

class DeliveryHistory;
class DocumentJobQueue;
class FaultInjector;
class InvoiceLedger;
class MaildirOutbox;
class OrderGate;
class OrderLog;
class OrganisationDirectory;
class RegularInvoiceRun;
class SandboxClock;
class SandboxDatabase;
class SessionService;
class SignedLink;

// The parts of one running sandbox that route handlers work with; OperatorSandbox owns them all.
struct SandboxServices
{
    SandboxDatabase *database = nullptr;
    SandboxClock *clock = nullptr;
    SessionService *sessions = nullptr;
    OrganisationDirectory *organisations = nullptr;
    DeliveryHistory *delivery = nullptr;
    InvoiceLedger *invoices = nullptr;
    DocumentJobQueue *jobs = nullptr;
    SignedLink *links = nullptr;
    FaultInjector *faults = nullptr;
    OrderLog *orders = nullptr;
    OrderGate *orderGate = nullptr;
    MaildirOutbox *outbox = nullptr;
    RegularInvoiceRun *regularInvoices = nullptr;
    int linkLifetimeSeconds = 600;
    QUrl publicBaseUrl; // where clients reach the API: the base of the download links handed out
};

} // namespace Sandbox
