#include "storage/DemoDataSeeder.h"

#include "billing/SubscriberCharges.h"
#include "security/PasswordHasher.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr quint32 demoSeed = 20240917;
constexpr int expensiveSubscriberIndex = 6; // «Техподдержка», +7 495 200-01-07
constexpr int newSubscriberIndex = 9;       // «Переговорная»

const char *const labels[] = {
    "Приемная", "Бухгалтерия", "Директор", "Отдел продаж 1", "Отдел продаж 2",
    "Склад", "Техподдержка", "Отдел кадров", "Юрист", "Переговорная",
    "Маркетинг", "Логистика", "Охрана", "Факс",
};

QString subscriberId(const QString &organisationId, int index)
{
    return u"%1-sub-%2"_s.arg(organisationId).arg(index + 1, 2, 10, QLatin1Char('0'));
}

int subscriberIndex(const QString &organisationId, const QString &id)
{
    return id.mid(organisationId.size() + 5).toInt() - 1; // "<organisation>-sub-NN"
}

} // namespace

DemoDataSeeder::DemoDataSeeder(SandboxDatabase &database, const QDateTime &now, int organisations)
    : m_database(database),
      m_now(now),
      m_currentMonth(BillingMonth::containing(now)),
      m_random(demoSeed),
      m_organisations(organisations)
{
}

bool DemoDataSeeder::seed()
{
    return m_database.transaction([&] {
        for (const DemoOrganisation &organisation : DemoOrganisations::first(m_organisations)) {
            if (!seedOrganisation(organisation))
                return false;
            if (organisation.showcase) {
                seedInstallment(organisation.id);
                seedFeedback(organisation.id);
            }
        }
        return true;
    });
}

bool DemoDataSeeder::seedOrganisation(const DemoOrganisation &organisation)
{
    const PasswordHash password = PasswordHasher::hash(organisation.password);
    const QSqlQuery insert = m_database.run(
        u"INSERT INTO organisations (id, login, password_salt, password_hash, name,"
        " contract_number, taxpayer_number, address, contact_email, contact_phone,"
        " invoice_prefix) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {organisation.id, organisation.login, password.salt, password.hash, organisation.name,
         organisation.contract, organisation.taxpayerNumber, organisation.address, organisation.contactEmail,
         organisation.contactPhone, organisation.prefix});
    if (!insert.isActive())
        return false;
    seedSubscribers(organisation);
    seedInvoices(organisation);
    seedDelivery(organisation);
    seedPayments(organisation);
    return true;
}

void DemoDataSeeder::seedSubscribers(const DemoOrganisation &organisation)
{
    const int base = organisation.numberBase;
    constexpr int labelCount = int(std::size(labels));
    for (int i = 0; i < organisation.subscriberCount; ++i) {
        const QString status = i == 12 ? u"blocked"_s : i == 13 ? u"suspended"_s : u"active"_s;
        const qint64 fee = 30000 + qint64(m_random.bounded(120000));
        m_database.run(u"INSERT INTO subscribers (id, organisation_id, number, label, status,"
                       " monthly_fee_kopecks) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {subscriberId(organisation.id, i), organisation.id,
                        u"+7495%1"_s.arg(base + i + 1),
                        i < labelCount ? QString::fromUtf8(labels[i])
                                       : u"%1 %2"_s.arg(QString::fromUtf8(labels[i % labelCount])).arg(i / labelCount + 1),
                        status, fee});
    }
}

void DemoDataSeeder::seedInvoices(const DemoOrganisation &organisation)
{
    // Each month's invoice bills what that month's charges came to, so the history, the current period's
    // charges and the invoices the run forms later all agree.
    const SubscriberCharges charges(m_database);
    const bool large = organisation.showcase;
    for (int back = 24; back >= 1; --back) {
        const BillingMonth period = m_currentMonth.addMonths(-back);
        const QString number = u"%1-%2%3-%4"_s.arg(organisation.prefix)
                                   .arg(period.year())
                                   .arg(period.month(), 2, 10, QLatin1Char('0'))
                                   .arg(1000 + 25 - back);
        m_database.run(u"INSERT INTO invoices (organisation_id, period, number, formed_at)"
                       " VALUES (?, ?, ?, ?)"_s,
                       {organisation.id, period.toString(), number,
                        SandboxClock::toRfc3339(period.invoiceFormedAt())});
        const QList<SubscriberCharge> month = charges.wholeMonth(organisation.id, period);
        for (const SubscriberCharge &charge : month) {
            const int index = subscriberIndex(organisation.id, charge.subscriberId);
            // Something for the spend page to explain: the meeting room's line was added two months
            // ago, and support's last month cost about three times its usual one.
            if (large && index == newSubscriberIndex && back > 2)
                continue;
            qint64 amount = charge.amountKopecks;
            if (large && index == expensiveSubscriberIndex && back == 1)
                amount = amount * 31 / 10;
            m_database.run(u"INSERT INTO invoice_lines (organisation_id, period, subscriber_id,"
                           " amount_kopecks) VALUES (?, ?, ?, ?)"_s,
                           {organisation.id, period.toString(), charge.subscriberId, amount});
        }
    }
}

void DemoDataSeeder::addDelivery(const QString &organisationId, const QString &method,
                                 const QString &address, const QDate &day, const QTime &time)
{
    const QDateTime at(day, time, SandboxClock::billingZone());
    m_database.run(u"INSERT INTO delivery_settings (organisation_id, method, address, effective_at)"
                   " VALUES (?, ?, ?, ?)"_s,
                   {organisationId, method, address, SandboxClock::toRfc3339(at)});
}

void DemoDataSeeder::seedDelivery(const DemoOrganisation &organisation)
{
    const QDate start = m_currentMonth.addMonths(-26).firstDay();
    addDelivery(organisation.id, u"email"_s, organisation.invoiceEmail, start, QTime(10, 0));
    if (!organisation.showcase)
        return;
    // Three changes in one month: the first lands before that month's invoice is formed (03:00
    // on the 1st), the last decides the next invoice.
    const QDate changeMonth = m_currentMonth.addMonths(-3).firstDay();
    addDelivery(organisation.id, u"email"_s, u"finance@romashka.example"_s, changeMonth,
                QTime(2, 0));
    addDelivery(organisation.id, u"in_person"_s,
                u"Офис оператора: г. Москва, ул. Льва Толстого, д. 16"_s, changeMonth.addDays(9),
                QTime(12, 0));
    addDelivery(organisation.id, u"email"_s, u"accounts@romashka.example"_s,
                changeMonth.addDays(16), QTime(15, 30));
}

void DemoDataSeeder::seedPayments(const DemoOrganisation &organisation)
{
    QSqlQuery totals = m_database.run(
        u"SELECT period, SUM(amount_kopecks) FROM invoice_lines WHERE organisation_id = ?"
        " GROUP BY period ORDER BY period"_s,
        {organisation.id});
    int documentNumber = organisation.firstPaymentDocument;
    while (totals.next()) {
        const BillingMonth period = *BillingMonth::parse(totals.value(0).toString());
        const QDate paidOn = period.addMonths(1).firstDay().addDays(9);
        if (QDateTime(paidOn, QTime(12, 0), SandboxClock::billingZone()) > m_now)
            continue;
        ++documentNumber;
        m_database.run(u"INSERT INTO payments (id, organisation_id, date, amount_kopecks, method,"
                       " document) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {u"pay-%1-%2"_s.arg(organisation.prefix.toLower(), period.toString()),
                        organisation.id, paidOn.toString(Qt::ISODate),
                        totals.value(1).toLongLong(), u"bank_transfer"_s,
                        u"Платежное поручение № %1"_s.arg(documentNumber)});
    }
}

void DemoDataSeeder::seedInstallment(const QString &organisationId)
{
    const QString id = u"inst-0001"_s;
    m_database.run(u"INSERT INTO installments (id, organisation_id, device) VALUES (?, ?, ?)"_s,
                   {id, organisationId, u"IP-телефоны Yealink T54W, 10 шт."_s});
    const QDate today = m_now.toTimeZone(SandboxClock::billingZone()).date();
    const QDate first = m_currentMonth.addMonths(-8).firstDay().addDays(14);
    for (int i = 0; i < 12; ++i) {
        const QDate due = first.addMonths(i);
        // One past instalment was missed, so the schedule shows an overdue line.
        const bool paid = due < today && i != 6;
        m_database.run(u"INSERT INTO installment_schedule (installment_id, date, amount_kopecks,"
                       " paid) VALUES (?, ?, ?, ?)"_s,
                       {id, due.toString(Qt::ISODate), 450000, paid ? 1 : 0});
    }
}

void DemoDataSeeder::seedFeedback(const QString &organisationId)
{
    const struct { const char *topic; const char *text; const char *status; int daysBack; const char *answer; } items[] = {
        {"Счет", "Прошу пояснить начисление за междугородние звонки в прошлом месяце.",
         "answered", 40,
         "Начисление относится к звонкам с номера +7 495 200-01-07 в Новосибирск 14 и 21 числа; детализацию "
         "звонков можно заказать в разделе «Детализация на E-mail»."},
        {"Качество связи", "На номере приемной пропадает звук при входящих звонках.",
         "in_progress", 12, nullptr},
        {"Договор", "Просим подготовить дополнительное соглашение на два новых номера.",
         "received", 2, nullptr},
    };
    int index = 0;
    for (const auto &item : items) {
        ++index;
        const QDateTime sentAt = m_now.addDays(-item.daysBack);
        m_database.run(u"INSERT INTO feedback (id, organisation_id, topic, text, sent_at, status,"
                       " attachment_name, answer, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {u"fb-%1"_s.arg(index, 4, 10, QLatin1Char('0')), organisationId,
                        QString::fromUtf8(item.topic), QString::fromUtf8(item.text),
                        SandboxClock::toRfc3339(sentAt), QString::fromUtf8(item.status), QVariant(),
                        item.answer ? QVariant(QString::fromUtf8(item.answer)) : QVariant(),
                        item.answer ? QVariant(SandboxClock::toRfc3339(sentAt.addDays(2))) : QVariant()});
    }
}

} // namespace Sandbox
