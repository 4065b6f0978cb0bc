#include "ArchiveRow.h"

#include "ArchiveSchema.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

QString ArchiveRow::selectColumns(Columns columns)
{
    return QStringLiteral("SELECT id, account_id, organisation, contract, period, number, amount_minor, currency, "
                          "kind, obtained_at, size, sha256, file_name%1 FROM documents")
        .arg(columns == Columns::Current ? QStringLiteral(", subscriber_number, origin, amount_known") : QString());
}

ArchivedDocument ArchiveRow::documentFrom(const QSqlQuery &query)
{
    ArchivedDocument d;
    d.id = query.value(0).toLongLong();
    d.accountId = query.value(1).toString();
    d.organisation = query.value(2).toString();
    d.contract = query.value(3).toString();
    d.period = BillingPeriod::fromString(query.value(4).toString()).value_or(BillingPeriod());
    d.number = query.value(5).toString();
    d.amount = Money(query.value(6).toLongLong(), query.value(7).toString());
    d.kind = ArchivedDocument::kindFromKey(query.value(8).toString());
    d.obtainedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    d.size = query.value(10).toLongLong();
    d.sha256 = query.value(11).toString().toLatin1();
    d.fileName = query.value(12).toString();
    if (query.record().count() > 13) {
        d.subscriberNumber = query.value(13).toString();
        d.origin = ArchivedDocument::originFromKey(query.value(14).toString());
        d.amountKnown = query.value(15).toBool();
    }
    return d;
}

QString ArchiveRow::insertStatement(bool withId)
{
    return QStringLiteral("INSERT INTO documents (%1account_id, organisation, contract, period, number, amount_minor, "
                          "currency, kind, obtained_at, size, sha256, file_name, subscriber_number, search_text, origin, "
                          "amount_known) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral("?, ") : QString());
}

namespace {
// The columns are NOT NULL; a null QString would be bound as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
} // namespace

void ArchiveRow::bindAll(QSqlQuery &query, const ArchivedDocument &d, bool withId)
{
    if (withId)
        query.addBindValue(d.id);
    for (const QVariant &value :
         {text(d.accountId), text(d.organisation), text(d.contract), text(d.period.toString()), text(d.number),
          QVariant(d.amount.minorUnits()), text(d.amount.currency()), text(ArchivedDocument::keyOf(d.kind)),
          text(d.obtainedAt.toUTC().toString(Qt::ISODateWithMs)), QVariant(d.size),
          text(QString::fromLatin1(d.sha256)), text(d.fileName), text(d.subscriberNumber),
          text(ArchiveSchema::searchTextOf(d)), text(ArchivedDocument::keyOf(d.origin)), QVariant(d.amountKnown ? 1 : 0)})
        query.addBindValue(value);
}
