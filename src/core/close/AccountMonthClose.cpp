#include "AccountMonthClose.h"

#include "BillingCalendar.h"
#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "archive/ArchiveFilter.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "documents/InvoiceDocumentFetch.h"
#include "documents/PendingDocumentJobs.h"
#include "session/AccountSession.h"

bool AccountMonthClose::Item::isFinal(bool mailIntakeRuns) const
{
    switch (status) {
    case Status::Waiting:
    case Status::Working:
        return false;
    case Status::AwaitingMail:
        return !mailIntakeRuns;
    default:
        return true;
    }
}

AccountMonthClose::AccountMonthClose(AccountSession *session, const Parts &parts, const BillingPeriod &period,
                                     const QList<ArchivedDocument::Kind> &kinds, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_parts(parts)
    , m_period(period)
{
    for (ArchivedDocument::Kind kind : kinds) {
        Item item;
        item.kind = kind;
        m_items.append(item);
    }
}

AccountMonthClose::~AccountMonthClose()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
    delete m_fetch; // leaves its generation pending at the operator
}

QString AccountMonthClose::accountId() const
{
    return m_session->accountId();
}

bool AccountMonthClose::isComplete() const
{
    return std::all_of(m_items.cbegin(), m_items.cend(), [](const Item &item) { return item.isFiled(); });
}

int AccountMonthClose::percent() const
{
    if (m_items.isEmpty())
        return 100;
    int sum = 0;
    for (const Item &item : m_items)
        sum += item.isFinal(m_parts.mailIntakeRuns) ? 100 : item.percent;
    return sum / int(m_items.size());
}

void AccountMonthClose::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(m_session, &AccountSession::stateChanged, this, &AccountMonthClose::onSessionChanged);
    connect(m_parts.orders, &OrderJournal::changed, this, &AccountMonthClose::onOrderChanged);
    onSessionChanged();
}

void AccountMonthClose::onSessionChanged()
{
    if (m_finished || m_cancelled)
        return;
    switch (m_session->state()) {
    case AccountSession::State::Ready:
        return next();
    case AccountSession::State::PasswordNeeded:
    case AccountSession::State::Unreachable:
        return failAll(m_session->problem());
    case AccountSession::State::SignedOut:
        m_session->signIn();
        return;
    case AccountSession::State::SigningIn:
        return;
    }
}

AccountMonthClose::Item *AccountMonthClose::itemOf(ArchivedDocument::Kind kind)
{
    for (Item &item : m_items) {
        if (item.kind == kind)
            return &item;
    }
    return nullptr;
}

void AccountMonthClose::next()
{
    // One document at a time per account: the accounts themselves run side by side.
    for (Item &item : m_items) {
        if (item.status == Item::Status::Working)
            return;
    }
    for (Item &item : m_items) {
        if (item.status != Item::Status::Waiting)
            continue;
        item.status = Item::Status::Working;
        emit changed();
        if (const std::optional<ArchivedDocument> kept = archived(item.kind))
            return settle(item, Item::Status::AlreadyFiled, QString(), kept->id);
        switch (item.kind) {
        case ArchivedDocument::Kind::Invoice:
            return getInvoice(item);
        case ArchivedDocument::Kind::CallDetails:
            return getCallDetails(item);
        case ArchivedDocument::Kind::Charges:
            return getCharges(item);
        }
    }
    finishIfDone();
}

std::optional<ArchivedDocument> AccountMonthClose::archived(ArchivedDocument::Kind kind) const
{
    if (kind == ArchivedDocument::Kind::Invoice)
        return m_parts.archive->findInvoice(accountId(), m_period);
    ArchiveFilter filter;
    filter.accountId = accountId();
    filter.from = m_period;
    filter.to = m_period;
    filter.kind = kind;
    const QList<ArchivedDocument> found = m_parts.archive->page(filter, 0, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void AccountMonthClose::getInvoice(Item &item)
{
    const BillingCalendar calendar(m_session->info().billingTimeZone);
    if (!calendar.downloadablePeriods(m_session->operatorNow()).contains(m_period)) {
        return getByMail(item, [this](QObject *context, auto done) {
            return m_session->api()->repeatInvoice(m_period, context, std::move(done));
        });
    }
    const InvoiceDocumentFetch::Owner owner{accountId(), m_session->organisation(),
                                            m_session->info().organisation.contractNumber};
    m_fetch = new InvoiceDocumentFetch(m_session->api(), m_parts.archive, m_parts.pending, owner, this);
    connect(m_fetch, &InvoiceDocumentFetch::generationProgressChanged, this, [this](int percent) {
        if (Item *invoice = itemOf(ArchivedDocument::Kind::Invoice)) {
            invoice->percent = percent * 9 / 10; // the download is the last tenth
            emit changed();
        }
    });
    connect(m_fetch, &InvoiceDocumentFetch::finished, this, [this] {
        Item *invoice = itemOf(ArchivedDocument::Kind::Invoice);
        const InvoiceDocumentFetch *fetch = m_fetch;
        m_fetch->deleteLater();
        if (fetch->stage() == InvoiceDocumentFetch::Stage::Done && fetch->document())
            settle(*invoice, Item::Status::Filed, QString(), fetch->document()->id);
        else if (fetch->stage() != InvoiceDocumentFetch::Stage::Cancelled)
            settle(*invoice, Item::Status::Failed, fetch->errorMessage());
        else // the generation was cancelled elsewhere (the operator, or «Отмена» on the invoice's page)
            settle(*invoice, Item::Status::Failed, tr("The invoice's generation was cancelled."));
    });
    // A generation this account left pending (a run stopped halfway) is followed, never ordered again.
    for (const PendingDocumentJobs::Job &job : m_parts.pending->jobs(accountId())) {
        if (job.period != m_period)
            continue;
        if (job.jobId.isEmpty())
            m_fetch->resumeOrder(job.orderKey, m_period);
        else
            m_fetch->resume(job.jobId, m_period);
        return;
    }
    m_fetch->start(m_period);
}

void AccountMonthClose::getCallDetails(Item &item)
{
    const BillingCalendar calendar(m_session->info().billingTimeZone);
    const BillingPeriod current = calendar.currentPeriod(m_session->operatorNow());
    if (m_period != current && m_period != current.previous())
        return settle(item, Item::Status::Unavailable, tr("The operator sends call details for the current and the "
                                                          "previous month only."));
    const auto month = m_period == current ? OperatorApi::CallDetailsMonth::Current
                                           : OperatorApi::CallDetailsMonth::Previous;
    getByMail(item, [this, month](QObject *context, auto done) {
        return m_session->api()->orderCallDetails(month, std::nullopt, OperatorApi::DocumentFormat::Pdf, context,
                                                  std::move(done));
    });
}

void AccountMonthClose::getCharges(Item &item)
{
    const BillingCalendar calendar(m_session->info().billingTimeZone);
    if (m_period != calendar.currentPeriod(m_session->operatorNow()))
        return settle(item, Item::Status::Unavailable, tr("The operator sends charges for the current month only."));
    m_call = m_session->api()->subscribers(this, [this](const ApiResult<QList<Subscriber>> &result) {
        Item *charges = itemOf(ArchivedDocument::Kind::Charges);
        if (!result.isOk())
            return settle(*charges, Item::Status::Failed, result.error().userMessage());
        QStringList ids;
        for (const Subscriber &subscriber : result.value())
            ids.append(subscriber.id);
        getByMail(*charges, [this, ids](QObject *context, auto done) {
            return m_session->api()->orderCurrentCharges(ids, context, std::move(done));
        });
    });
}

void AccountMonthClose::getByMail(
    Item &item, const std::function<ApiCall *(QObject *, std::function<void(const ApiResult<OrderReceipt> &)>)> &place)
{
    // An order placed earlier and not answered by e-mail yet is waited for, not placed again.
    if (const std::optional<PlacedOrder> open = m_parts.orders->oldestOpen(accountId(), item.kind, m_period))
        return awaitOrder(item.kind, open->orderId);
    const ArchivedDocument::Kind kind = item.kind;
    m_call = place(this, [this, kind](const ApiResult<OrderReceipt> &result) {
        Item *ordered = itemOf(kind);
        if (!result.isOk())
            return settle(*ordered, Item::Status::Failed, result.error().userMessage());
        const PlacedOrder order = PlacedOrder::from(result.value(), accountId(), kind, m_period);
        QString error;
        if (!m_parts.orders->record(order, &error))
            return settle(*ordered, Item::Status::Failed, error);
        awaitOrder(kind, order.orderId);
    });
}

void AccountMonthClose::awaitOrder(ArchivedDocument::Kind kind, const QString &orderId)
{
    m_awaitedOrders.insert(orderId, kind);
    Item *item = itemOf(kind);
    item->percent = 50;
    settle(*item, Item::Status::AwaitingMail);
    onOrderChanged(orderId); // it may have been filed already
}

void AccountMonthClose::onOrderChanged(const QString &orderId)
{
    const auto awaited = m_awaitedOrders.constFind(orderId);
    if (awaited == m_awaitedOrders.cend())
        return;
    const std::optional<PlacedOrder> order = m_parts.orders->find(orderId);
    if (!order || order->stage() != PlacedOrder::Stage::Filed)
        return;
    Item *item = itemOf(*awaited);
    m_awaitedOrders.remove(orderId);
    settle(*item, Item::Status::Filed, QString(), order->documentId);
}

void AccountMonthClose::settle(Item &item, Item::Status status, const QString &message, qint64 documentId)
{
    if (m_cancelled)
        return;
    item.status = status;
    item.message = message;
    item.documentId = documentId;
    if (item.isFinal(m_parts.mailIntakeRuns))
        item.percent = 100;
    emit changed();
    if (status != Item::Status::Working)
        next();
}

void AccountMonthClose::failAll(const QString &message)
{
    for (Item &item : m_items) {
        if (!item.isFinal(m_parts.mailIntakeRuns)) {
            item.status = Item::Status::Failed;
            item.message = message;
        }
    }
    emit changed();
    finishIfDone();
}

void AccountMonthClose::finishIfDone()
{
    if (m_finished)
        return;
    for (const Item &item : m_items) {
        if (!item.isFinal(m_parts.mailIntakeRuns))
            return;
    }
    m_finished = true;
    emit finished();
}

void AccountMonthClose::cancel()
{
    if (m_finished)
        return;
    // First: a cancelled call answers at once, and its answer must not start the next document.
    m_cancelled = true;
    m_finished = true;
    if (m_call)
        m_call->cancel();
    delete m_fetch;
    for (Item &item : m_items) {
        if (!item.isFinal(m_parts.mailIntakeRuns))
            item.status = Item::Status::Cancelled;
    }
    emit changed();
    emit finished();
}
