#pragma once

#include "SpendChartReadout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <utility>

class QPaintDevice;

// Where every part of a SpendChart goes at one size: plot, ticks, bars, points, labels, legend and callout.
class SpendChartLayout
{
public:
    struct LegendEntry
    {
        QRectF box;
        QRectF text;
        QString name;
    };

    struct Callout
    {
        QRectF rect;
        QStringList lines; // elided to fit, the title first
        QList<int> series; // per line: the series whose colour box leads it, or -1
    };

    // Measured with the device's font metrics, so an export is laid out for its own resolution.
    SpendChartLayout(const SpendChartReadout &readout, const QFont &font, const QSize &size,
                     const QPaintDevice *device);

    const SpendChartReadout &readout() const { return m_readout; }
    const QFont &font() const { return m_font; }
    const QFont &boldFont() const { return m_bold; }
    const QFontMetricsF &metrics() const { return m_fm; }
    QRectF plot() const { return m_plot; }
    qreal margin() const { return m_margin; }
    qreal line() const { return m_line; }
    qreal box() const { return m_box; }
    qreal marker() const { return m_marker; }
    qreal markHeight() const { return m_markHeight; }
    int tickCount() const { return m_tickCount; }
    int tickLabelStep() const { return m_tickLabelStep; }
    int labelLines() const { return m_labelLines; }
    const QList<LegendEntry> &legend() const { return m_legend; }

    qreal valueY(qint64 value) const;
    qreal tickY(int tick) const { return valueY(tick * m_tickStep); }
    QString tickText(int tick) const { return m_readout.tickText(m_tickStep, tick); }
    QRectF tickLabelRect(int tick) const;
    QPointF point(int series, int month) const;
    QRectF barRect(int month) const;
    QRectF highlightBand(int month) const;
    QList<std::pair<int, QRectF>> monthLabelRects() const;
    QRectF emptyNoteRect(QString *text) const;
    Callout callout(int month) const;
    QList<QRectF> labelRects(int highlighted) const;
    int monthAt(const QPointF &pos) const;

private:
    int placeLegend(const QRectF &area, int columns);

    const SpendChartReadout m_readout;
    const SpendChartData &m_data;
    QFont m_font;
    QFont m_bold;
    QFontMetricsF m_fm;
    QFontMetricsF m_boldFm;
    QRectF m_bounds;
    QRectF m_plot;    // where values map: zero at the bottom, the top tick at the top
    QRectF m_columns; // where a month is hovered or clicked: the plot's width, from the marks to the month labels
    qreal m_margin = 0;
    qreal m_line = 0;
    qreal m_box = 0; // a colour box in the legend and the callout
    qreal m_tickWidth = 0;
    qreal m_labelWidth = 0; // the widest line of a month label
    qreal m_slot = 0;
    qreal m_barWidth = 0;
    qreal m_marker = 0; // a point's radius in Lines
    qreal m_markHeight = 0;
    qint64 m_tickStep = 100;
    int m_tickCount = 4;
    int m_tickLabelStep = 1; // on a short plot only every n-th gridline has its label, so labels never overlap
    int m_labelLines = 1;
    int m_labelStep = 1;
    QList<LegendEntry> m_legend;
};
