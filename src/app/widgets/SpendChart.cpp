#include "SpendChart.h"

#include "SpendChartLayout.h"
#include "SpendChartPainter.h"
#include "SpendChartReadout.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <utility>

namespace {

constexpr int exportPixelRatio = 2;

QString defaultMoney(qint64 minor)
{
    return QLocale().toString(double(minor) / 100.0, 'f', 2);
}

} // namespace

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent)
    , m_money(defaultMoney)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SpendChart::setData(const SpendChartData &data)
{
    m_data = data;
    setHighlightedMonth(m_highlighted); // drops a month the new data no longer has
    updateDescription();
    update();
}

void SpendChart::setMoneyFormatter(MoneyFormatter formatter)
{
    m_money = formatter ? std::move(formatter) : MoneyFormatter(defaultMoney);
    updateDescription();
    update();
}

void SpendChart::setHighlightedMonth(int month)
{
    if (month < 0 || month >= m_data.months.size())
        month = -1;
    if (month == m_highlighted)
        return;
    m_highlighted = month;
    updateDescription();
    update();
    emit monthHighlighted(month);
}

QRectF SpendChart::plotRect() const
{
    return layoutFor(size(), this).plot();
}

QRectF SpendChart::barRect(int month) const
{
    return layoutFor(size(), this).barRect(month);
}

QList<QRectF> SpendChart::labelRects() const
{
    return layoutFor(size(), this).labelRects(m_highlighted);
}

QSize SpendChart::sizeHint() const
{
    const int unit = fontMetrics().height();
    return {std::max(640, unit * 36), std::max(320, unit * 18)};
}

QSize SpendChart::minimumSizeHint() const
{
    const int unit = fontMetrics().height();
    return {std::max(320, unit * 18), std::max(200, unit * 11)};
}

SpendChartReadout SpendChart::readout() const
{
    return SpendChartReadout(m_data, m_money);
}

SpendChartLayout SpendChart::layoutFor(const QSize &size, const QPaintDevice *device) const
{
    return SpendChartLayout(readout(), font(), size, device);
}

void SpendChart::updateDescription()
{
    setAccessibleDescription(m_highlighted >= 0 ? readout().calloutTexts(m_highlighted).join(QLatin1Char('\n'))
                                                : QString());
}

int SpendChart::monthAt(const QPointF &pos) const
{
    return layoutFor(size(), this).monthAt(pos);
}

void SpendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setClipRect(rect());
    SpendChartPainter(layoutFor(size(), this), palette()).paint(painter, m_highlighted, hasFocus());
}

void SpendChart::mouseMoveEvent(QMouseEvent *event)
{
    const int month = monthAt(event->position());
    if (month >= 0 || !hasFocus())
        setHighlightedMonth(month);
}

void SpendChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressedMonth = monthAt(event->position());
}

// Activation on release over the month pressed, as a button does, so a press can still be dragged away.
void SpendChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const int month = monthAt(event->position());
    const int pressed = std::exchange(m_pressedMonth, -1);
    if (month < 0 || month != pressed)
        return;
    setHighlightedMonth(month);
    emit monthActivated(month);
}

void SpendChart::leaveEvent(QEvent *event)
{
    if (!hasFocus())
        setHighlightedMonth(-1);
    QWidget::leaveEvent(event);
}

void SpendChart::keyPressEvent(QKeyEvent *event)
{
    const int last = int(m_data.months.size()) - 1;
    const int current = m_highlighted;
    switch (event->key()) {
    case Qt::Key_Left:
        setHighlightedMonth(current < 0 ? last : std::max(0, current - 1));
        break;
    case Qt::Key_Right:
        setHighlightedMonth(current < 0 ? 0 : std::min(last, current + 1));
        break;
    case Qt::Key_Home:
        setHighlightedMonth(0);
        break;
    case Qt::Key_End:
        setHighlightedMonth(last);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (current < 0)
            return QWidget::keyPressEvent(event);
        emit monthActivated(current);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

// Tabbing in highlights the newest month, so a screen reader has a figure to read at once.
void SpendChart::focusInEvent(QFocusEvent *event)
{
    const bool byKeyboard = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (byKeyboard && m_highlighted < 0)
        setHighlightedMonth(int(m_data.months.size()) - 1);
    QWidget::focusInEvent(event);
}

void SpendChart::focusOutEvent(QFocusEvent *event)
{
    if (!underMouse())
        setHighlightedMonth(-1);
    QWidget::focusOutEvent(event);
}

QSize SpendChart::exportSize() const
{
    return size().expandedTo(minimumSizeHint());
}

bool SpendChart::saveImage(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not save the chart to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool png = suffix == QLatin1String("png");
    if (!png && suffix != QLatin1String("svg"))
        return fail(tr("only PNG and SVG pictures can be saved."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!(png ? writePng(file) : writeSvg(file))) {
        file.cancelWriting();
        return fail(tr("the picture could not be drawn."));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

// Twice the pixels, so the picture stays sharp on high-density screens and in documents.
bool SpendChart::writePng(QIODevice &device) const
{
    const QSize size = exportSize();
    QImage image(size * exportPixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(exportPixelRatio);
    image.setDotsPerMeterX(qRound(logicalDpiX() / 0.0254));
    image.setDotsPerMeterY(qRound(logicalDpiY() / 0.0254));
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setClipRect(QRect(QPoint(0, 0), size));
    SpendChartPainter(layoutFor(size, &image), palette()).paint(painter, -1, false);
    painter.end();
    return image.save(&device, "PNG");
}

bool SpendChart::writeSvg(QIODevice &device) const
{
    const QSize size = exportSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(logicalDpiX()); // text as large as on screen, where the layout was measured
    svg.setTitle(accessibleName().isEmpty() ? tr("Spending by month") : accessibleName());
    const SpendChartReadout figures = readout();
    QStringList totals;
    for (int month = 0; month < m_data.months.size(); ++month)
        totals.append(tr("%1: %2", "month: total").arg(figures.monthTitle(month), m_money(figures.total(month))));
    svg.setDescription(totals.join(QLatin1String("; ")));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
    SpendChartPainter(layoutFor(size, &svg), palette()).paint(painter, -1, false);
    return painter.end();
}
