#include "MailIntakeService.h"

#include "MailIntake.h"
#include "MailIntakeLog.h"
#include "MailPollSchedule.h"
#include "archive/OrderJournal.h"
#include "domain/AccountInfo.h"

MailIntakeService::MailIntakeService(DocumentArchive *archive, OrderJournal *orders, const QString &logPath,
                                     QObject *parent)
    : QObject(parent)
    , m_archive(archive)
    , m_orders(orders)
    , m_log(std::make_unique<MailIntakeLog>(logPath))
    , m_intake(std::make_unique<MailIntake>(m_log.get()))
    , m_schedule(new MailPollSchedule(this))
{
    connect(m_schedule, &MailPollSchedule::due, m_intake.get(), &MailIntake::check);
    connect(m_orders, &OrderJournal::recorded, m_schedule, [this] {
        if (m_schedule->isActive())
            m_schedule->hurry();
    });
}

MailIntakeService::~MailIntakeService()
{
    // The check's worker ends before the record it writes to.
    m_intake.reset();
}

bool MailIntakeService::open(QString *error)
{
    m_open = m_log->open(error);
    return m_open;
}

void MailIntakeService::setOperator(const OperatorIdentity &identity)
{
    m_operator = identity;
}

void MailIntakeService::setMaildir(const QString &directory)
{
    m_intake->setMaildir(directory);
}

void MailIntakeService::startFor(const QString &accountId, const AccountInfo &account)
{
    if (!m_open || m_operator.senders.isEmpty())
        return;
    const Organisation &organisation = account.organisation;
    QStringList ownAddresses;
    for (const QString &address : {organisation.invoiceEmail, organisation.contactEmail}) {
        if (!address.isEmpty())
            ownAddresses << address.toLower();
    }
    m_intake->cancel();
    m_intake->setFiler(std::make_shared<MailFiler>(
        m_archive, m_orders, MailFiler::Owner{accountId, organisation.name, organisation.contractNumber},
        OperatorMailRecognizer({m_operator.senders, m_operator.name, ownAddresses})));
    m_schedule->start();
    m_intake->check();
}

void MailIntakeService::stop()
{
    m_schedule->stop();
    m_intake->cancel();
    m_intake->setFiler(nullptr);
}
