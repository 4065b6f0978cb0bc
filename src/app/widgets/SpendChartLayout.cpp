#include "SpendChartLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace {

constexpr int maxLabelLines = 3;

QFont boldened(QFont font)
{
    font.setBold(true);
    return font;
}

qreal clamped(qreal value, qreal low, qreal high)
{
    return std::max(low, std::min(value, high));
}

// Steps of 1, 2, 2.5 or 5 times a power of ten give 3 to 5 intervals, i.e. 4 to 6 gridlines.
std::pair<qint64, int> niceTicks(qint64 largest)
{
    if (largest <= 0)
        return {100, 4};
    for (qint64 power = 1; power < std::numeric_limits<qint64>::max() / 100; power *= 10) {
        for (const qint64 tenths : {10, 20, 25, 50}) {
            const qint64 step = std::max<qint64>(1, power * tenths / 10);
            const qint64 intervals = largest / step + (largest % step ? 1 : 0);
            if (intervals <= 5)
                return {step, int(std::max<qint64>(intervals, 3))};
        }
    }
    return {largest, 1};
}

} // namespace

SpendChartLayout::SpendChartLayout(const SpendChartReadout &readout, const QFont &font, const QSize &size,
                                   const QPaintDevice *device)
    : m_readout(readout)
    , m_data(readout.data())
    , m_font(font)
    , m_bold(boldened(font))
    , m_fm(m_font, device)
    , m_boldFm(m_bold, device)
    , m_bounds(QPointF(0, 0), QSizeF(size))
{
    m_line = std::max(m_fm.lineSpacing(), m_boldFm.lineSpacing());
    m_margin = std::ceil(m_fm.height() / 2);
    m_box = std::round(m_fm.ascent() * 0.8);
    m_marker = std::max<qreal>(2.5, m_fm.height() / 6);
    m_markHeight = std::ceil(m_fm.ascent());
    const QRectF inner = m_bounds.adjusted(m_margin, m_margin, -m_margin, -m_margin);

    // The legend takes at most a quarter of the height: past that, an even grid with elided names.
    const int maxRows = std::max(1, int(inner.height() / 4 / m_line));
    int rows = placeLegend(inner, 0);
    if (rows > maxRows)
        rows = placeLegend(inner, int((m_data.series.size() + maxRows - 1) / maxRows));
    const qreal legendBottom = inner.top() + (rows > 0 ? rows * m_line + m_margin / 2 : 0);

    std::tie(m_tickStep, m_tickCount) = niceTicks(m_readout.largestValue());
    for (int tick = 0; tick <= m_tickCount; ++tick)
        m_tickWidth = std::max(m_tickWidth, m_fm.horizontalAdvance(tickText(tick)));
    m_tickWidth = std::min(std::ceil(m_tickWidth), inner.width() / 4);

    for (const QString &month : m_data.months) {
        const QStringList parts = month.split(QLatin1Char('\n'));
        m_labelLines = std::min(maxLabelLines, std::max(m_labelLines, int(parts.size())));
        for (const QString &part : parts)
            m_labelWidth = std::max(m_labelWidth, std::ceil(m_fm.horizontalAdvance(part)));
    }

    const qreal top = legendBottom + m_markHeight + m_marker + m_margin;
    const qreal bottom = inner.bottom() - m_labelLines * m_line - m_margin / 2;
    const qreal left = inner.left() + m_tickWidth + m_margin / 2;
    m_plot = QRectF(QPointF(left, top), QPointF(std::max(left, inner.right()), std::max(top, bottom)));
    m_columns = QRectF(QPointF(left, legendBottom), QPointF(m_plot.right(), std::max(m_plot.bottom(), inner.bottom())));

    const qreal tickSpacing = m_plot.height() / m_tickCount;
    m_tickLabelStep = tickSpacing > 0 ? std::max(1, int(std::ceil(m_fm.height() / tickSpacing))) : m_tickCount + 1;
    const int months = int(m_data.months.size());
    m_slot = m_plot.width() / std::max(1, months);
    m_barWidth = std::min(m_slot * 0.62, m_fm.height() * 3);
    if (m_slot > 0)
        m_labelStep = std::clamp(int(std::ceil((m_labelWidth + m_margin) / m_slot)), 1, std::max(1, months));
}

// Colour box + name per series; columns == 0 flows the entries at their natural width, else an even grid.
int SpendChartLayout::placeLegend(const QRectF &area, int columns)
{
    m_legend.clear();
    const qreal gap = m_box / 2;
    const qreal spacing = m_fm.height();
    const qreal cell = columns > 0 ? (area.width() + spacing) / columns - spacing : 0;
    qreal x = area.left();
    qreal y = area.top();
    int rows = m_data.series.isEmpty() ? 0 : 1;
    for (int series = 0; series < m_data.series.size(); ++series) {
        const QString &name = m_data.series.at(series).name;
        const qreal natural = m_box + gap + std::ceil(m_fm.horizontalAdvance(name));
        const qreal width = columns > 0 ? cell : std::min(natural, area.width());
        const bool wrap = columns > 0 ? series > 0 && series % columns == 0
                                      : x > area.left() && x + width > area.right();
        if (wrap) {
            x = area.left();
            y += m_line;
            ++rows;
        }
        const QRectF text(x + m_box + gap, y, std::max<qreal>(0, width - m_box - gap), m_line);
        m_legend.append({QRectF(x, y + (m_line - m_box) / 2, m_box, m_box), text,
                         m_fm.elidedText(name, Qt::ElideRight, text.width())});
        x += width + spacing;
    }
    return rows;
}

qreal SpendChartLayout::valueY(qint64 value) const
{
    const double top = double(m_tickStep) * m_tickCount;
    return m_plot.bottom() - m_plot.height() * (double(value) / top);
}

QPointF SpendChartLayout::point(int series, int month) const
{
    return {m_plot.left() + (month + 0.5) * m_slot, valueY(m_readout.value(series, month))};
}

QRectF SpendChartLayout::barRect(int month) const
{
    if (month < 0 || month >= m_data.months.size())
        return {};
    const qreal centre = m_plot.left() + (month + 0.5) * m_slot;
    if (m_data.style == SpendChartData::Style::StackedBars) {
        const qreal half = m_barWidth / 2;
        return {QPointF(centre - half, valueY(m_readout.total(month))), QPointF(centre + half, m_plot.bottom())};
    }
    qreal top = m_plot.bottom();
    qreal bottom = m_data.series.isEmpty() ? top : m_plot.top();
    for (int series = 0; series < m_data.series.size(); ++series) {
        top = std::min(top, point(series, month).y());
        bottom = std::max(bottom, point(series, month).y());
    }
    return {QPointF(centre - m_marker, top - m_marker), QPointF(centre + m_marker, bottom + m_marker)};
}

QRectF SpendChartLayout::highlightBand(int month) const
{
    return {m_plot.left() + month * m_slot, m_columns.top(), m_slot, m_plot.bottom() - m_columns.top()};
}

QRectF SpendChartLayout::tickLabelRect(int tick) const
{
    const qreal y = tickY(tick);
    return {m_plot.left() - m_margin / 2 - m_tickWidth, y - m_fm.height() / 2, m_tickWidth, m_fm.height()};
}

// Every labelStep-th month counted back from the newest, so the current month always has its label; a label
// pushed in from the plot's edge that would then touch its newer neighbour is left out.
QList<std::pair<int, QRectF>> SpendChartLayout::monthLabelRects() const
{
    QList<std::pair<int, QRectF>> rects;
    const qreal width = std::min(m_labelWidth, m_plot.width());
    const qreal top = m_plot.bottom() + m_margin / 2;
    for (int month = int(m_data.months.size()) - 1; month >= 0; month -= m_labelStep) {
        const qreal centre = m_plot.left() + (month + 0.5) * m_slot;
        const QRectF rect(clamped(centre - width / 2, m_plot.left(), m_plot.right() - width), top, width,
                          m_labelLines * m_line);
        if (rects.isEmpty() || rect.right() + m_margin / 2 <= rects.first().second.left())
            rects.prepend({month, rect});
    }
    return rects;
}

QRectF SpendChartLayout::emptyNoteRect(QString *text) const
{
    const QString note = m_fm.elidedText(m_readout.emptyNote(), Qt::ElideRight, m_plot.width());
    if (text)
        *text = note;
    const qreal width = std::ceil(m_fm.horizontalAdvance(note));
    return {m_plot.center().x() - width / 2, m_plot.center().y() - m_fm.height() / 2, width, m_fm.height()};
}

// Beside the month's column, on whichever side has room, always inside the widget; lines that do not fit are cut.
SpendChartLayout::Callout SpendChartLayout::callout(int month) const
{
    Callout callout;
    QStringList texts = m_readout.calloutTexts(month, &callout.series);
    const qreal pad = m_margin / 2;
    const qreal lead = m_box * 1.5;
    const int fit = std::max(1, int((m_bounds.height() - 2 * m_margin - 2 * pad) / m_line));
    if (texts.size() > fit) {
        texts.resize(fit);
        callout.series.resize(fit);
        if (fit > 1) {
            texts.last() = QString(QChar(0x2026));
            callout.series.last() = -1;
        }
    }
    qreal width = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const qreal indent = callout.series.at(i) >= 0 ? lead : 0;
        width = std::max(width, (i == 0 ? m_boldFm : m_fm).horizontalAdvance(texts.at(i)) + indent);
    }
    width = std::max<qreal>(0, std::min(std::ceil(width) + 2 * pad, m_bounds.width() - 2 * m_margin));
    for (int i = 0; i < texts.size(); ++i) {
        const qreal room = width - 2 * pad - (callout.series.at(i) >= 0 ? lead : 0);
        callout.lines.append((i == 0 ? m_boldFm : m_fm).elidedText(texts.at(i), Qt::ElideRight, room));
    }
    const qreal height = texts.size() * m_line + 2 * pad;
    const qreal slotLeft = m_plot.left() + month * m_slot;
    qreal x = slotLeft + m_slot + pad;
    if (x + width > m_bounds.right() - m_margin)
        x = slotLeft - pad - width;
    x = clamped(x, m_margin, m_bounds.width() - m_margin - width);
    const qreal y = clamped(m_plot.top(), m_margin, m_bounds.height() - m_margin - height);
    callout.rect = QRectF(x, y, width, height);
    return callout;
}

// Every text the chart draws, and the callout when a month is highlighted (-1: none).
QList<QRectF> SpendChartLayout::labelRects(int highlighted) const
{
    QList<QRectF> rects;
    for (int tick = 0; tick <= m_tickCount; tick += m_tickLabelStep)
        rects.append(tickLabelRect(tick));
    for (const auto &[month, rect] : monthLabelRects())
        rects.append(rect);
    for (const LegendEntry &entry : m_legend)
        rects.append(entry.box.united(entry.text));
    if (m_readout.isEmpty())
        rects.append(emptyNoteRect(nullptr));
    if (highlighted >= 0)
        rects.append(callout(highlighted).rect);
    return rects;
}

int SpendChartLayout::monthAt(const QPointF &pos) const
{
    if (m_data.months.isEmpty() || m_slot <= 0 || !m_columns.contains(pos))
        return -1;
    return std::min(int(m_data.months.size()) - 1, int((pos.x() - m_columns.left()) / m_slot));
}
