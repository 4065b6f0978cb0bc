#pragma once

#include "SpendChart.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What a SpendChart says in figures and words: stacked totals, the scale's top, titles, tick and callout texts.
// A view over the chart's data and formatter, so it lives no longer than they do.
class SpendChartReadout
{
    // The chart's own context, so these texts keep their translations from before the split.
    Q_DECLARE_TR_FUNCTIONS(SpendChart)

public:
    SpendChartReadout(const SpendChartData &data, const SpendChart::MoneyFormatter &money);

    const SpendChartData &data() const { return m_data; }
    qint64 value(int series, int month) const;
    qint64 total(int month) const;
    qint64 largestValue() const;
    bool isEmpty() const { return largestValue() == 0; }

    QString money(qint64 minor) const { return m_money(minor); }
    QString monthTitle(int month) const;
    QString tickText(qint64 tickStep, int tick) const;
    QString emptyNote() const;
    QStringList calloutTexts(int month, QList<int> *seriesOfLine = nullptr) const;

private:
    const SpendChartData &m_data;
    const SpendChart::MoneyFormatter &m_money;
};
