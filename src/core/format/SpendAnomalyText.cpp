#include "SpendAnomalyText.h"

#include "DateText.h"
#include "PeriodTitle.h"
#include "domain/Money.h"
#include "validation/PhoneNumber.h"

#include <QLocale>


QString SpendAnomalyText::money(qint64 minorUnits, const QString &currency)
{
    return Money(minorUnits, currency).toDisplayString();
}

QString SpendAnomalyText::reconciliationSummary(int differing, const QDateTime &seenAt)
{
    if (differing == 0)
        return tr("The invoice agrees with the charges seen on %1.").arg(DateText::moment(seenAt));
    return tr("The invoice against the charges seen on %1: %n subscriber(s) differ.", nullptr, differing)
        .arg(DateText::moment(seenAt));
}

QString SpendAnomalyText::rowName(const SpendTable::Row &row)
{
    if (row.subscriberId.isEmpty())
        return row.organisation;
    const QString number = PhoneNumber::displayText(row.number);
    return row.label.isEmpty() ? number : tr("%1 (%2)").arg(number, row.label);
}

qint64 SpendAnomalyText::percentChange(qint64 amount, qint64 reference)
{
    if (reference <= 0)
        return 0;
    return qRound64(double(amount - reference) * 100.0 / double(reference));
}

QString SpendAnomalyText::sentence(const SpendAnomaly &anomaly, const SpendTable &table, int periodIndex)
{
    const QString currency = table.currency;
    const BillingPeriod period = table.periods.value(periodIndex);
    switch (anomaly.kind) {
    case SpendAnomaly::Kind::TotalAgainstPreviousMonth: {
        const QString month = PeriodTitle::inText(period);
        const QString before = PeriodTitle::inText(period.previous());
        const QString total = money(anomaly.amount, currency);
        const QString previous = money(anomaly.reference, currency);
        const qint64 percent = percentChange(anomaly.amount, anomaly.reference);
        if (percent > 0)
            return tr("Total for %1: %2, %3 % more than for %4 (%5).").arg(month, total).arg(percent).arg(before, previous);
        if (percent < 0)
            return tr("Total for %1: %2, %3 % less than for %4 (%5).").arg(month, total).arg(-percent).arg(before, previous);
        return tr("Total for %1: %2, about the same as for %3 (%4).").arg(month, total, before, previous);
    }
    case SpendAnomaly::Kind::TotalAgainstYearAgo: {
        const QString month = PeriodTitle::inText(period.addMonths(-12));
        const QString then = money(anomaly.reference, currency);
        const qint64 percent = percentChange(anomaly.amount, anomaly.reference);
        if (percent > 0)
            return tr("A year earlier, for %1: %2; this year %3 % more.").arg(month, then).arg(percent);
        if (percent < 0)
            return tr("A year earlier, for %1: %2; this year %3 % less.").arg(month, then).arg(-percent);
        return tr("A year earlier, for %1: %2, about the same.").arg(month, then);
    }
    case SpendAnomaly::Kind::AboveUsual:
        return tr("Subscriber %1: %2, %3 times the usual month (%4).")
            .arg(rowName(table.rows.at(anomaly.row)), money(anomaly.amount, currency),
                 QLocale().toString(anomaly.ratio(), 'f', 1), money(anomaly.reference, currency));
    case SpendAnomaly::Kind::NewSubscriber:
        return tr("New subscriber %1: %2.").arg(rowName(table.rows.at(anomaly.row)), money(anomaly.amount, currency));
    case SpendAnomaly::Kind::RemovedSubscriber:
        return tr("Subscriber %1 is no longer on the invoice (the month before: %2).")
            .arg(rowName(table.rows.at(anomaly.row)), money(anomaly.amount, currency));
    }
    return {};
}
