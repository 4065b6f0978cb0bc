#include "SpendChartPainter.h"

#include "SpendChartLayout.h"

#include <QPainter>

#include <algorithm>
#include <iterator>

namespace {

// Tableau 10: mid-tone hues that keep their contrast on a white base and on a dark one alike.
constexpr QRgb seriesColors[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
constexpr QRgb warningFill = 0xf0a30a;
constexpr QRgb warningInk = 0x3d2a00;

QColor seriesColor(int series)
{
    return QColor(seriesColors[series % std::size(seriesColors)]);
}

QColor mixed(const QColor &from, const QColor &to, float share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
                            from.greenF() + (to.greenF() - from.greenF()) * share,
                            from.blueF() + (to.blueF() - from.blueF()) * share);
}

// Hatching computed line by line: pattern brushes and clipping do not survive the SVG export.
void hatch(QPainter &painter, const QRectF &rect, const QColor &color, qreal spacing)
{
    painter.setPen(QPen(color, 1.0, Qt::SolidLine, Qt::FlatCap));
    for (qreal c = rect.left() + rect.top() + spacing; c < rect.right() + rect.bottom(); c += spacing) {
        const qreal x0 = std::max(rect.left(), c - rect.bottom());
        const qreal x1 = std::min(rect.right(), c - rect.top());
        if (x0 < x1)
            painter.drawLine(QPointF(x0, c - x0), QPointF(x1, c - x1));
    }
}

void drawWarning(QPainter &painter, const QPointF &tip, qreal height)
{
    const qreal half = height * 0.58;
    painter.setPen(QPen(QColor(warningInk), 1.0));
    painter.setBrush(QColor(warningFill));
    painter.drawPolygon(QPolygonF({tip, tip + QPointF(half, height), tip + QPointF(-half, height)}));
    painter.setPen(QPen(QColor(warningInk), std::max(1.0, height / 8), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(tip + QPointF(0, height * 0.38), tip + QPointF(0, height * 0.64));
    painter.drawPoint(tip + QPointF(0, height * 0.82));
}

} // namespace

SpendChartPainter::SpendChartPainter(const SpendChartLayout &layout, const QPalette &palette)
    : m_layout(layout)
    , m_readout(layout.readout())
    , m_palette(palette)
{
}

void SpendChartPainter::paint(QPainter &painter, int highlighted, bool focused) const
{
    painter.save();
    painter.setFont(m_layout.font());
    if (highlighted >= 0)
        drawHighlight(painter, highlighted, focused);
    drawGrid(painter);
    if (m_readout.data().style == SpendChartData::Style::StackedBars)
        drawBars(painter);
    else
        drawLines(painter);
    drawMarks(painter);
    drawLabels(painter);
    if (highlighted >= 0)
        drawCallout(painter, highlighted);
    painter.restore();
}

void SpendChartPainter::drawHighlight(QPainter &painter, int month, bool focused) const
{
    const QRectF band = m_layout.highlightBand(month);
    QColor fill = m_palette.color(QPalette::Highlight);
    fill.setAlpha(48);
    painter.fillRect(band, fill);
    if (focused) {
        painter.setPen(QPen(m_palette.color(QPalette::Highlight), 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(band.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void SpendChartPainter::drawGrid(QPainter &painter) const
{
    const QColor text = m_palette.color(QPalette::WindowText);
    for (int tick = 0; tick <= m_layout.tickCount(); ++tick) {
        const qreal y = m_layout.tickY(tick);
        painter.setPen(QPen(tick == 0 ? text : m_palette.color(QPalette::Mid), 1.0));
        painter.drawLine(QPointF(m_layout.plot().left(), y), QPointF(m_layout.plot().right(), y));
        if (tick % m_layout.tickLabelStep() != 0)
            continue;
        const QRectF label = m_layout.tickLabelRect(tick);
        painter.setPen(text);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         m_layout.metrics().elidedText(m_layout.tickText(tick), Qt::ElideLeft, label.width()));
    }
}

void SpendChartPainter::drawBars(QPainter &painter) const
{
    const SpendChartData &data = m_readout.data();
    const QColor base = m_palette.color(QPalette::Base);
    for (int month = 0; month < data.months.size(); ++month) {
        const QRectF bar = m_layout.barRect(month);
        qint64 below = 0;
        for (int series = 0; series < data.series.size(); ++series) {
            const qint64 amount = m_readout.value(series, month);
            if (amount == 0)
                continue;
            const QRectF segment(QPointF(bar.left(), m_layout.valueY(below + amount)),
                                 QPointF(bar.right(), m_layout.valueY(below)));
            below += amount;
            const QColor color = seriesColor(series);
            if (month != data.partialMonth) {
                painter.fillRect(segment, color);
                continue;
            }
            painter.fillRect(segment, mixed(color, base, 0.6f));
            hatch(painter, segment, color, std::max<qreal>(3, m_layout.metrics().height() / 3));
        }
    }
}

// The line into and out of the partial month is dashed and its point hollow: that figure will still grow.
void SpendChartPainter::drawLines(QPainter &painter) const
{
    const SpendChartData &data = m_readout.data();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const qreal width = std::max<qreal>(2, m_layout.metrics().height() / 8);
    const int partial = data.partialMonth;
    const auto drawRun = [&painter](const QPolygonF &points) {
        if (points.size() > 1)
            painter.drawPolyline(points);
    };
    for (int series = 0; series < data.series.size(); ++series) {
        const QColor color = seriesColor(series);
        QPolygonF points;
        for (int month = 0; month < data.months.size(); ++month)
            points.append(m_layout.point(series, month));
        painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (partial < 0 || partial >= points.size()) {
            drawRun(points);
        } else {
            drawRun(points.mid(0, partial));
            drawRun(points.mid(partial + 1));
            painter.setPen(QPen(color, width, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
            drawRun(points.mid(std::max(0, partial - 1), partial == 0 ? 2 : 3));
        }
        painter.setPen(QPen(color, width / 1.5));
        for (int month = 0; month < points.size(); ++month) {
            painter.setBrush(month == partial ? m_palette.color(QPalette::Base) : color);
            painter.drawEllipse(points.at(month), m_layout.marker(), m_layout.marker());
        }
        painter.setBrush(Qt::NoBrush);
    }
    painter.restore();
}

void SpendChartPainter::drawMarks(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal height = m_layout.markHeight();
    for (const int month : m_readout.data().markedMonths) {
        const QRectF anchor = m_layout.barRect(month);
        if (anchor.isNull())
            continue;
        drawWarning(painter, QPointF(anchor.center().x(), anchor.top() - m_layout.margin() / 4 - height), height);
    }
    painter.restore();
}

void SpendChartPainter::drawLabels(QPainter &painter) const
{
    const QFontMetricsF &fm = m_layout.metrics();
    painter.setPen(m_palette.color(QPalette::WindowText));
    for (const auto &[month, rect] : m_layout.monthLabelRects()) {
        QStringList parts = m_readout.data().months.at(month).split(QLatin1Char('\n')).mid(0, m_layout.labelLines());
        for (QString &part : parts)
            part = fm.elidedText(part, Qt::ElideRight, rect.width());
        painter.drawText(rect, Qt::AlignHCenter | Qt::AlignTop, parts.join(QLatin1Char('\n')));
    }
    for (int series = 0; series < m_layout.legend().size(); ++series) {
        const SpendChartLayout::LegendEntry &entry = m_layout.legend().at(series);
        painter.fillRect(entry.box, seriesColor(series));
        painter.drawText(entry.text, Qt::AlignLeft | Qt::AlignVCenter, entry.name);
    }
    if (m_readout.isEmpty()) {
        QString note;
        const QRectF rect = m_layout.emptyNoteRect(&note);
        painter.drawText(rect, Qt::AlignCenter, note);
    }
}

void SpendChartPainter::drawCallout(QPainter &painter, int month) const
{
    const SpendChartLayout::Callout callout = m_layout.callout(month);
    painter.setPen(QPen(m_palette.color(QPalette::Mid), 1.0));
    painter.setBrush(m_palette.color(QPalette::Base));
    painter.drawRect(callout.rect.adjusted(0.5, 0.5, -0.5, -0.5));
    const qreal pad = m_layout.margin() / 2;
    const qreal line = m_layout.line();
    const qreal box = m_layout.box();
    qreal y = callout.rect.top() + pad;
    painter.setPen(m_palette.color(QPalette::Text));
    for (int i = 0; i < callout.lines.size(); ++i) {
        qreal x = callout.rect.left() + pad;
        if (callout.series.at(i) >= 0) {
            painter.fillRect(QRectF(x, y + (line - box) / 2, box, box), seriesColor(callout.series.at(i)));
            x += box * 1.5;
        }
        painter.setFont(i == 0 ? m_layout.boldFont() : m_layout.font());
        painter.drawText(QRectF(x, y, callout.rect.right() - pad - x, line), Qt::AlignLeft | Qt::AlignVCenter,
                         callout.lines.at(i));
        y += line;
    }
    painter.setFont(m_layout.font());
}
