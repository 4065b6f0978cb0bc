#include "server/OperatorSandbox.h"

#include "routes/AccountRoutes.h"
#include "routes/AdminRoutes.h"
#include "server/ApiDispatcher.h"
#include "routes/CallDetailsRoutes.h"
#include "routes/ChargesRoutes.h"
#include "routes/ContactRoutes.h"
#include "billing/DeliveryHistory.h"
#include "routes/DeliveryRoutes.h"
#include "storage/DemoDataSeeder.h"
#include "orders/DocumentJobQueue.h"
#include "routes/DownloadRoutes.h"
#include "server/FaultInjector.h"
#include "routes/FeedbackRoutes.h"
#include "server/GuardedTcpServer.h"
#include "orders/IdempotencyStore.h"
#include "routes/InstallmentRoutes.h"
#include "routes/InvoiceDocumentRoutes.h"
#include "billing/InvoiceLedger.h"
#include "routes/InvoiceRoutes.h"
#include "MaildirOutbox.h"
#include "orders/RegularInvoiceRun.h"
#include "orders/OrderGate.h"
#include "orders/OrderLog.h"
#include "billing/OrganisationDirectory.h"
#include "routes/PaymentRoutes.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"
#include "routes/SessionRoutes.h"
#include "security/SessionService.h"
#include "SignedLink.h"

#include <QTimer>
#include <QDir>
#include <QFileInfo>
#include <QHttpServer>

using namespace Qt::StringLiterals;

namespace Sandbox {

// Everything one running sandbox owns, declared in construction order.
struct OperatorSandbox::Parts
{
    SandboxClock clock;
    SandboxDatabase database;
    FaultInjector faults;
    SignedLink links;
    IdempotencyStore idempotency;
    std::unique_ptr<MaildirOutbox> outbox;
    std::unique_ptr<SessionService> sessions;
    std::unique_ptr<OrganisationDirectory> organisations;
    std::unique_ptr<DeliveryHistory> delivery;
    std::unique_ptr<InvoiceLedger> invoices;
    std::unique_ptr<DocumentJobQueue> jobs;
    std::unique_ptr<OrderLog> orders;
    std::unique_ptr<OrderGate> orderGate;
    std::unique_ptr<RegularInvoiceRun> regularInvoices;
    // The operator's monthly run follows the clock: real time passes the 1st at 03:00 by itself.
    QTimer regularInvoiceTimer;
    SandboxServices services;
    QUrl listenUrl;
    HttpRouter router;
    std::unique_ptr<SessionRoutes> sessionRoutes;
    std::unique_ptr<AccountRoutes> accountRoutes;
    std::unique_ptr<InvoiceRoutes> invoiceRoutes;
    std::unique_ptr<InvoiceDocumentRoutes> invoiceDocumentRoutes;
    std::unique_ptr<DownloadRoutes> downloadRoutes;
    std::unique_ptr<DeliveryRoutes> deliveryRoutes;
    std::unique_ptr<CallDetailsRoutes> callDetailsRoutes;
    std::unique_ptr<ChargesRoutes> chargesRoutes;
    std::unique_ptr<PaymentRoutes> paymentRoutes;
    std::unique_ptr<InstallmentRoutes> installmentRoutes;
    std::unique_ptr<FeedbackRoutes> feedbackRoutes;
    std::unique_ptr<ContactRoutes> contactRoutes;
    std::unique_ptr<AdminRoutes> adminRoutes;
    std::unique_ptr<ApiDispatcher> dispatcher;
    std::unique_ptr<QHttpServer> server;
};

OperatorSandbox::OperatorSandbox(QObject *parent)
    : QObject(parent)
{
}

OperatorSandbox::~OperatorSandbox()
{
    // Connections die before the parts their handlers use.
    if (m_parts)
        m_parts->server.reset();
}

bool OperatorSandbox::start(const Options &options, QString *error)
{
    if (m_parts) {
        *error = u"The sandbox is already running."_s;
        return false;
    }
    m_parts = std::make_unique<Parts>();
    if (options.fixedNow)
        m_parts->clock.setFixed(*options.fixedNow);
    if (!openDatabase(options, error)) {
        m_parts.reset();
        return false;
    }
    createServices(options);
    registerRoutes();
    m_parts->server = std::make_unique<QHttpServer>();
    m_parts->server->setMissingHandler(
        [dispatcher = m_parts->dispatcher.get()](const QHttpServerRequest &request,
                                                 QHttpServerResponder &&responder) {
            dispatcher->dispatch(request, std::move(responder));
        });
    auto *listener = new GuardedTcpServer;
    if (!listener->listen(options.address, options.port)) {
        *error = u"Cannot listen on %1:%2."_s.arg(options.address.toString()).arg(options.port);
        delete listener;
        m_parts.reset();
        return false;
    }
    const quint16 port = listener->serverPort();
    m_parts->server->bind(listener); // the HTTP server takes it as its child
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(options.address.toString());
    url.setPort(port);
    url.setPath(QString(ApiDispatcher::basePath));
    m_parts->listenUrl = url;
    m_parts->services.publicBaseUrl = options.publicBaseUrl.isEmpty() ? url : options.publicBaseUrl;
    return true;
}

QUrl OperatorSandbox::baseUrl() const
{
    return m_parts ? m_parts->listenUrl : QUrl();
}

int OperatorSandbox::faultHits() const
{
    return m_parts ? m_parts->faults.hits() : 0;
}

bool OperatorSandbox::openDatabase(const Options &options, QString *error)
{
    if (options.databasePath.isEmpty() || options.outboxDirectory.isEmpty()) {
        *error = u"A database path and an outbox directory are required."_s;
        return false;
    }
    QDir().mkpath(QFileInfo(options.databasePath).absolutePath());
    if (!m_parts->database.open(options.databasePath, error))
        return false;
    if (m_parts->database.hasOrganisations())
        return true;
    if (!DemoDataSeeder(m_parts->database, m_parts->clock.now(), options.organisations).seed()) {
        *error = u"The demo data could not be written."_s;
        return false;
    }
    return true;
}

void OperatorSandbox::createServices(const Options &options)
{
    Parts &p = *m_parts;
    p.outbox = std::make_unique<MaildirOutbox>(options.outboxDirectory);
    p.sessions = std::make_unique<SessionService>(p.database, p.clock,
                                                  options.accessTokenLifetimeSeconds);
    p.organisations = std::make_unique<OrganisationDirectory>(p.database);
    p.delivery = std::make_unique<DeliveryHistory>(p.database);
    p.invoices = std::make_unique<InvoiceLedger>(p.database, *p.delivery, *p.organisations);
    const QString documents = QFileInfo(options.databasePath).absolutePath() + u"/"_s
        + QFileInfo(options.databasePath).completeBaseName() + u"-documents"_s;
    p.jobs = std::make_unique<DocumentJobQueue>(p.database, p.clock, *p.invoices, documents,
                                                qMax(0, options.generationDelayMs));
    p.orders = std::make_unique<OrderLog>(p.database);
    p.orderGate = std::make_unique<OrderGate>(p.clock, p.idempotency);
    p.regularInvoices = std::make_unique<RegularInvoiceRun>(p.database, *p.organisations, *p.delivery,
                                                            *p.invoices, *p.outbox);
    p.regularInvoices->formDue(p.clock.now());
    p.regularInvoiceTimer.setInterval(std::chrono::seconds(30));
    QObject::connect(&p.regularInvoiceTimer, &QTimer::timeout, &p.regularInvoiceTimer,
                     [&p] { p.regularInvoices->formDue(p.clock.now()); });
    p.regularInvoiceTimer.start();
    p.services = SandboxServices{&p.database, &p.clock, p.sessions.get(), p.organisations.get(),
                                 p.delivery.get(), p.invoices.get(), p.jobs.get(), &p.links,
                                 &p.faults, p.orders.get(), p.orderGate.get(), p.outbox.get(),
                                 p.regularInvoices.get(), options.linkLifetimeSeconds, QUrl()};
}

void OperatorSandbox::registerRoutes()
{
    Parts &p = *m_parts;
    SandboxServices &s = p.services;
    p.sessionRoutes = std::make_unique<SessionRoutes>(s);
    p.accountRoutes = std::make_unique<AccountRoutes>(s);
    p.invoiceRoutes = std::make_unique<InvoiceRoutes>(s);
    p.invoiceDocumentRoutes = std::make_unique<InvoiceDocumentRoutes>(s);
    p.downloadRoutes = std::make_unique<DownloadRoutes>(s);
    p.deliveryRoutes = std::make_unique<DeliveryRoutes>(s);
    p.callDetailsRoutes = std::make_unique<CallDetailsRoutes>(s);
    p.chargesRoutes = std::make_unique<ChargesRoutes>(s);
    p.paymentRoutes = std::make_unique<PaymentRoutes>(s);
    p.installmentRoutes = std::make_unique<InstallmentRoutes>(s);
    p.feedbackRoutes = std::make_unique<FeedbackRoutes>(s);
    p.contactRoutes = std::make_unique<ContactRoutes>(s);
    p.adminRoutes = std::make_unique<AdminRoutes>(s);
    p.sessionRoutes->registerIn(p.router);
    p.accountRoutes->registerIn(p.router);
    p.invoiceRoutes->registerIn(p.router);
    p.invoiceDocumentRoutes->registerIn(p.router);
    p.downloadRoutes->registerIn(p.router);
    p.deliveryRoutes->registerIn(p.router);
    p.callDetailsRoutes->registerIn(p.router);
    p.chargesRoutes->registerIn(p.router);
    p.paymentRoutes->registerIn(p.router);
    p.installmentRoutes->registerIn(p.router);
    p.feedbackRoutes->registerIn(p.router);
    p.contactRoutes->registerIn(p.router);
    p.adminRoutes->registerIn(p.router);
    p.dispatcher = std::make_unique<ApiDispatcher>(p.router, s);
}

} // namespace Sandbox
