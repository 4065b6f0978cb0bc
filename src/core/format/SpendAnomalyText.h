#pragma once

#include "spend/SpendAnomaly.h"
#include "spend/SpendTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What the «Расходы» page says about a month, as short sentences with the figures:
// "Абонент +7 495 200-01-07 (Техподдержка): 4 812,00 ₽, в 3,1 раза больше обычного".
class SpendAnomalyText
{
    Q_DECLARE_TR_FUNCTIONS(SpendAnomalyText)

public:
    static QString sentence(const SpendAnomaly &anomaly, const SpendTable &table, int periodIndex);
    // A row as people name it: "+7 495 200-01-07 (Техподдержка)", or the organisation for a row per organisation.
    static QString rowName(const SpendTable::Row &row);
    // The reconciliation in one sentence, for the page and for the notice when the invoice arrives.
    static QString reconciliationSummary(int differing, const QDateTime &seenAt);
    // Minor units of the table's currency, as every sum on the page is written.
    static QString money(qint64 minorUnits, const QString &currency);

private:
    // Rounded to whole per cent; 0 when there is nothing to compare with.
    static qint64 percentChange(qint64 amount, qint64 reference);
};
