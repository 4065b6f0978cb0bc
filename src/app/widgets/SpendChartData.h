#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One stack layer (StackedBars) or one line (Lines): a value per month, in minor units (kopecks), >= 0.
struct SpendChartSeries
{
    QString name;
    QList<qint64> values;
};

// What SpendChart draws, oldest month first; the page fills it, the chart never computes figures itself.
struct SpendChartData
{
    enum class Style { StackedBars, Lines };

    Style style = Style::StackedBars;
    QStringList months;              // short axis labels, e.g. "ноя\n2025" or "11.2025"
    QStringList monthTitles;         // long titles for the callout, e.g. "ноябрь 2025"
    QList<SpendChartSeries> series;  // stacked bottom-up in StackedBars; one line each in Lines
    int partialMonth = -1;           // a month counted "so far" (current charges): drawn hatched and lighter
    QList<int> markedMonths;         // months with an anomaly: a warning mark above the bar or point
};
