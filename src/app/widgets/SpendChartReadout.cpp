#include "SpendChartReadout.h"

#include <QRegularExpression>

#include <algorithm>

SpendChartReadout::SpendChartReadout(const SpendChartData &data, const SpendChart::MoneyFormatter &money)
    : m_data(data)
    , m_money(money)
{
}

qint64 SpendChartReadout::value(int series, int month) const
{
    const QList<qint64> &values = m_data.series.at(series).values;
    return month < values.size() ? std::max<qint64>(0, values.at(month)) : 0;
}

qint64 SpendChartReadout::total(int month) const
{
    qint64 sum = 0;
    for (int series = 0; series < m_data.series.size(); ++series)
        sum += value(series, month);
    return sum;
}

qint64 SpendChartReadout::largestValue() const
{
    qint64 largest = 0;
    for (int month = 0; month < m_data.months.size(); ++month) {
        if (m_data.style == SpendChartData::Style::StackedBars) {
            largest = std::max(largest, total(month));
            continue;
        }
        for (int series = 0; series < m_data.series.size(); ++series)
            largest = std::max(largest, value(series, month));
    }
    return largest;
}

QString SpendChartReadout::monthTitle(int month) const
{
    const QString title = m_data.monthTitles.value(month);
    return title.isEmpty() ? QString(m_data.months.at(month)).replace(QLatin1Char('\n'), QLatin1Char(' ')) : title;
}

QString SpendChartReadout::tickText(qint64 tickStep, int tick) const
{
    QString text = m_money(tick * tickStep);
    // Whole-rouble ticks read better without ",00"; every figure still comes from the page's one formatter.
    if (tickStep % 100 == 0) {
        static const QRegularExpression zeroKopecks(QStringLiteral("[.,]00(?!\\d)"));
        text.remove(zeroKopecks);
    }
    return text;
}

QString SpendChartReadout::emptyNote() const
{
    return tr("No charges to show");
}

QStringList SpendChartReadout::calloutTexts(int month, QList<int> *seriesOfLine) const
{
    const QString title = monthTitle(month);
    QStringList lines{month == m_data.partialMonth ? tr("%1 (so far)", "month title").arg(title) : title,
                      tr("Total: %1").arg(m_money(total(month)))};
    QList<int> series{-1, -1};
    if (m_data.series.size() > 1) {
        for (int s = 0; s < m_data.series.size(); ++s) {
            const qint64 amount = value(s, month);
            if (amount == 0 && m_data.style == SpendChartData::Style::StackedBars)
                continue;
            lines.append(tr("%1: %2", "series name: amount").arg(m_data.series.at(s).name, m_money(amount)));
            series.append(s);
        }
    }
    if (m_data.markedMonths.contains(month)) {
        lines.append(tr("Unusual amount for this month"));
        series.append(-1);
    }
    if (seriesOfLine)
        *seriesOfLine = series;
    return lines;
}
