#include "SpendHistory.h"

#include "archive/DocumentArchive.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The columns are NOT NULL; a null QString would be bound as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error)
{
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// Runs work(query) in one transaction: committed when it returns true, rolled back otherwise.
bool inTransaction(const QString &connectionName, QString *error, const std::function<bool(QSqlQuery &)> &work)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (work(query) && db.commit())
        return true;
    if (error->isEmpty())
        *error = db.lastError().text();
    db.rollback();
    return false;
}

QString accountCondition(const QStringList &accountIds, QVariantList *values, const QString &column = QStringLiteral("account_id"))
{
    if (accountIds.isEmpty())
        return QStringLiteral("1");
    QStringList marks;
    for (const QString &id : accountIds) {
        marks.append(QStringLiteral("?"));
        values->append(id);
    }
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
}

} // namespace

SpendHistory::SpendHistory(DocumentArchive *archive)
    : m_connectionName(archive->connectionName())
{
}

bool SpendHistory::keepInvoice(const QString &accountId, const QString &organisation, const Invoice &invoice,
                               QString *error)
{
    const QString period = invoice.period.toString();
    return inTransaction(m_connectionName, error, [&](QSqlQuery &query) {
        if (!exec(query, QStringLiteral("INSERT OR REPLACE INTO invoice_totals (account_id, period, organisation, "
                                         "number, amount_minor, currency, formed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {text(accountId), period, text(organisation), text(invoice.number), invoice.amount.minorUnits(),
                   text(invoice.amount.currency()), timeText(invoice.formedAt)},
                  error)
            || !exec(query, QStringLiteral("DELETE FROM invoice_lines WHERE account_id = ? AND period = ?"),
                     {text(accountId), period}, error))
            return false;
        for (const InvoiceLine &line : invoice.lines) {
            if (!exec(query, QStringLiteral("INSERT OR REPLACE INTO invoice_lines (account_id, period, subscriber_id, "
                                             "subscriber_number, label, amount_minor) VALUES (?, ?, ?, ?, ?, ?)"),
                      {text(accountId), period, text(line.subscriberId), text(line.number), text(line.label),
                       line.amount.minorUnits()},
                      error))
                return false;
        }
        return true;
    });
}

bool SpendHistory::keepCharges(const QString &accountId, const CurrentCharges &charges, const QDateTime &seenAt,
                               QString *error)
{
    const QString period = charges.period.toString();
    return inTransaction(m_connectionName, error, [&](QSqlQuery &query) {
        if (!exec(query, QStringLiteral("DELETE FROM charges_seen WHERE account_id = ? AND period = ?"),
                  {text(accountId), period}, error))
            return false;
        for (const SubscriberCharge &item : charges.items) {
            if (!exec(query, QStringLiteral("INSERT OR REPLACE INTO charges_seen (account_id, period, subscriber_id, "
                                             "subscriber_number, label, amount_minor, currency, seen_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {text(accountId), period, text(item.subscriberId), text(item.number), text(item.label),
                       item.amount.minorUnits(), text(item.amount.currency()), timeText(seenAt)},
                      error))
                return false;
        }
        return true;
    });
}

QList<BillingPeriod> SpendHistory::keptPeriods(const QString &accountId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QList<BillingPeriod> periods;
    if (!exec(query, QStringLiteral("SELECT period FROM invoice_totals WHERE account_id = ? ORDER BY period"),
              {text(accountId)}, nullptr))
        return periods;
    while (query.next()) {
        if (const auto period = BillingPeriod::fromString(query.value(0).toString()))
            periods.append(*period);
    }
    return periods;
}

QList<SpendHistory::Account> SpendHistory::accounts() const
{
    // The organisation's name as its newest invoice gives it.
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QList<Account> accounts;
    if (!exec(query, QStringLiteral("SELECT account_id, organisation FROM invoice_totals t WHERE period = "
                                     "(SELECT MAX(period) FROM invoice_totals WHERE account_id = t.account_id) "
                                     "ORDER BY organisation, account_id"),
              {}, nullptr))
        return accounts;
    while (query.next())
        accounts.append({query.value(0).toString(), query.value(1).toString()});
    return accounts;
}

std::optional<BillingPeriod> SpendHistory::newestPeriod(const QStringList &accountIds) const
{
    QVariantList values;
    const QString condition = accountCondition(accountIds, &values);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!exec(query, QStringLiteral("SELECT MAX(period) FROM invoice_totals WHERE %1").arg(condition), values,
              nullptr)
        || !query.next())
        return std::nullopt;
    return BillingPeriod::fromString(query.value(0).toString());
}

SpendTable SpendHistory::table(const QStringList &accountIds, const BillingPeriod &last, int months) const
{
    SpendTable table;
    for (int i = months - 1; i >= 0; --i)
        table.periods.append(last.addMonths(-i));
    QVariantList values;
    const QString condition = accountCondition(accountIds, &values, QStringLiteral("l.account_id"));
    values << table.periods.constFirst().toString() << last.toString();
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT l.account_id, t.organisation, l.subscriber_id, l.subscriber_number, l.label, "
                             "l.period, l.amount_minor, t.currency FROM invoice_lines l JOIN invoice_totals t "
                             "ON t.account_id = l.account_id AND t.period = l.period WHERE %1 AND l.period >= ? "
                             "AND l.period <= ? ORDER BY l.account_id, l.subscriber_number, l.period")
                  .arg(condition),
              values, nullptr))
        return table;
    QHash<QString, qsizetype> rowOf;
    while (query.next()) {
        const QString accountId = query.value(0).toString();
        const QString subscriberId = query.value(2).toString();
        const QString key = accountId + QChar(0) + subscriberId;
        auto it = rowOf.find(key);
        if (it == rowOf.end()) {
            it = rowOf.insert(key, table.rows.size());
            SpendTable::Row row{accountId, query.value(1).toString(), subscriberId, query.value(3).toString(),
                                query.value(4).toString(), {}};
            row.amounts.resize(table.periods.size());
            table.rows.append(row);
        }
        SpendTable::Row &row = table.rows[*it];
        // The newest invoice names the subscriber: numbers keep, labels get renamed.
        row.label = query.value(4).toString();
        row.organisation = query.value(1).toString();
        const int index = table.periodIndex(*BillingPeriod::fromString(query.value(5).toString()));
        if (index >= 0)
            row.amounts[index] = query.value(6).toLongLong();
        table.currency = query.value(7).toString();
    }
    return table;
}

SpendTable SpendHistory::organisationTable(const QStringList &accountIds, const BillingPeriod &last, int months) const
{
    SpendTable table;
    for (int i = months - 1; i >= 0; --i)
        table.periods.append(last.addMonths(-i));
    QVariantList values;
    const QString condition = accountCondition(accountIds, &values);
    values << table.periods.constFirst().toString() << last.toString();
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT account_id, organisation, period, amount_minor, currency FROM invoice_totals "
                             "WHERE %1 AND period >= ? AND period <= ? ORDER BY account_id, period")
                  .arg(condition),
              values, nullptr))
        return table;
    while (query.next()) {
        const QString accountId = query.value(0).toString();
        if (table.rows.isEmpty() || table.rows.constLast().accountId != accountId) {
            SpendTable::Row row{accountId, {}, {}, {}, {}, {}};
            row.amounts.resize(table.periods.size());
            table.rows.append(row);
        }
        SpendTable::Row &row = table.rows.last();
        row.organisation = query.value(1).toString(); // the newest invoice names it
        row.label = row.organisation;
        const int index = table.periodIndex(*BillingPeriod::fromString(query.value(2).toString()));
        if (index >= 0)
            row.amounts[index] = query.value(3).toLongLong();
        table.currency = query.value(4).toString();
    }
    return table;
}

std::optional<Invoice> SpendHistory::invoice(const QString &accountId, const BillingPeriod &period) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!exec(query, QStringLiteral("SELECT number, amount_minor, currency, formed_at FROM invoice_totals "
                                     "WHERE account_id = ? AND period = ?"),
              {text(accountId), period.toString()}, nullptr)
        || !query.next())
        return std::nullopt;
    Invoice invoice;
    invoice.period = period;
    invoice.number = query.value(0).toString();
    invoice.amount = Money(query.value(1).toLongLong(), query.value(2).toString());
    invoice.formedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    if (!exec(query, QStringLiteral("SELECT subscriber_id, subscriber_number, label, amount_minor FROM invoice_lines "
                                     "WHERE account_id = ? AND period = ? ORDER BY subscriber_number"),
              {text(accountId), period.toString()}, nullptr))
        return std::nullopt;
    while (query.next()) {
        invoice.lines.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              Money(query.value(3).toLongLong(), invoice.amount.currency())});
    }
    return invoice;
}

std::optional<SpendHistory::SeenCharges> SpendHistory::chargesSeen(const QString &accountId,
                                                                 const BillingPeriod &period) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!exec(query, QStringLiteral("SELECT subscriber_id, subscriber_number, label, amount_minor, currency, seen_at "
                                     "FROM charges_seen WHERE account_id = ? AND period = ? ORDER BY subscriber_number"),
              {text(accountId), period.toString()}, nullptr))
        return std::nullopt;
    SeenCharges seen;
    seen.charges.period = period;
    qint64 total = 0;
    QString currency;
    while (query.next()) {
        currency = query.value(4).toString();
        const Money amount(query.value(3).toLongLong(), currency);
        total += amount.minorUnits();
        seen.charges.items.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   amount});
        seen.seenAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    }
    if (seen.charges.items.isEmpty())
        return std::nullopt;
    seen.charges.total = Money(total, currency);
    return seen;
}
