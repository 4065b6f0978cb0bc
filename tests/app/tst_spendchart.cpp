// The spending chart keeps its drawing inside the widget, draws bars to scale, and answers the mouse,
// the keyboard and a screen reader with the exact figure; checked on its geometry and its pixels.
#include "widgets/SpendChart.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using Style = SpendChartData::Style;

// Figures unlike each other from month to month, with the odd zero, as real bills have them.
SpendChartData sampleData(int months, int seriesCount, Style style = Style::StackedBars)
{
    SpendChartData data;
    data.style = style;
    for (int month = 0; month < months; ++month) {
        data.months.append(QStringLiteral("m%1\n2025").arg(month + 1));
        data.monthTitles.append(QStringLiteral("Month %1 of 2025").arg(month + 1));
    }
    for (int series = 0; series < seriesCount; ++series) {
        SpendChartSeries line{QStringLiteral("Series number %1 with a long name").arg(series + 1), {}};
        for (int month = 0; month < months; ++month)
            line.values.append((month * 7 + series * 3) % 5 == 4 ? 0 : 1050 + ((month + 1) * (series + 2) * 7919) % 250000);
        data.series.append(line);
    }
    data.partialMonth = months - 1;
    data.markedMonths = {0, months / 2};
    return data;
}

qint64 totalOf(const SpendChartData &data, int month)
{
    qint64 sum = 0;
    for (const SpendChartSeries &series : data.series)
        sum += series.values.value(month);
    return sum;
}

QString roubles(qint64 minor)
{
    return QLocale(QLocale::Russian).toString(double(minor) / 100.0, 'f', 2) + QStringLiteral(" \u20BD");
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    palette.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
    return palette;
}

bool inside(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - 0.5 && inner.top() >= outer.top() - 0.5
        && inner.right() <= outer.right() + 0.5 && inner.bottom() <= outer.bottom() + 0.5;
}

} // namespace

class TestSpendChart : public QObject
{
    Q_OBJECT

private slots:
    void barsAreToScale_data();
    void barsAreToScale();
    void drawsOnlyInsideItself_data();
    void drawsOnlyInsideItself();
    void labelsStayInside_data();
    void labelsStayInside();
    void labelsNeverOverlapAtAnyWidth();
    void keyboardMovesAndActivates();
    void clickOnBarActivatesIt_data();
    void clickOnBarActivatesIt();
    void hoverHighlightsUntilTheMouseLeaves();
    void descriptionReadsTheExactTotal();
    void newDataDropsAMonthItNoLongerHas();
    void savesPngAndSvg();
    void failedSaveLeavesNothing_data();
    void failedSaveLeavesNothing();
    void emptyDataDrawsAnEmptyPlot_data();
    void emptyDataDrawsAnEmptyPlot();
};

void TestSpendChart::barsAreToScale_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("series");
    QTest::addColumn<Style>("style");
    QTest::newRow("one month, one series") << 1 << 1 << Style::StackedBars;
    QTest::newRow("a year, three series") << 12 << 3 << Style::StackedBars;
    QTest::newRow("two years, nine series") << 24 << 9 << Style::StackedBars;
    QTest::newRow("lines, a year") << 12 << 4 << Style::Lines;
}

void TestSpendChart::barsAreToScale()
{
    QFETCH(int, months);
    QFETCH(int, series);
    QFETCH(Style, style);
    SpendChart chart;
    chart.resize(chart.sizeHint());
    const SpendChartData data = sampleData(months, series, style);
    chart.setData(data);

    const QRectF plot = chart.plotRect();
    QVERIFY(plot.width() > 0 && plot.height() > 0);
    QVERIFY(inside(plot, chart.rect()));
    int tallest = 0;
    for (int month = 1; month < months; ++month)
        tallest = totalOf(data, month) > totalOf(data, tallest) ? month : tallest;
    const qint64 largest = totalOf(data, tallest);
    QVERIFY(largest > 0);
    for (int month = 0; month < months; ++month) {
        const QRectF bar = chart.barRect(month);
        QVERIFY2(inside(bar, style == Style::Lines ? QRectF(chart.rect()) : plot), qPrintable(QString::number(month)));
        if (month > 0)
            QVERIFY(chart.barRect(month - 1).right() <= bar.left());
        if (style == Style::Lines)
            continue;
        QCOMPARE(bar.bottom(), plot.bottom());
        const qreal expected = chart.barRect(tallest).height() * double(totalOf(data, month)) / double(largest);
        QVERIFY2(std::abs(bar.height() - expected) <= 1.0, qPrintable(QString::number(month)));
    }
    QVERIFY(chart.barRect(tallest).height() >= plot.height() / 2); // the axis is not wasted above the bars
    QVERIFY(chart.barRect(-1).isNull());
    QVERIFY(chart.barRect(months).isNull());
}

void TestSpendChart::drawsOnlyInsideItself_data()
{
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<Style>("style");
    for (const qreal ratio : {1.0, 2.0}) {
        for (const bool dark : {false, true}) {
            for (const Style style : {Style::StackedBars, Style::Lines}) {
                QTest::addRow("dpr %g, %s, %s", ratio, dark ? "dark" : "light",
                              style == Style::Lines ? "lines" : "bars")
                    << ratio << dark << style;
            }
        }
    }
}

// A transparent margin around the widget's place in a larger image must stay transparent.
void TestSpendChart::drawsOnlyInsideItself()
{
    QFETCH(qreal, ratio);
    QFETCH(bool, dark);
    QFETCH(Style, style);
    SpendChart chart;
    if (dark)
        chart.setPalette(darkPalette());
    chart.resize(chart.minimumSizeHint());
    const SpendChartData data = sampleData(24, 9, style);
    chart.setData(data);
    chart.setHighlightedMonth(23); // the callout near the right edge

    const int margin = 20;
    QImage image((chart.size() + QSize(2 * margin, 2 * margin)) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    chart.render(&image, QPoint(margin, margin));

    const QRect drawn(QPoint(margin, margin) * ratio, chart.size() * ratio);
    int outside = 0;
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool transparent = qAlpha(image.pixel(x, y)) == 0;
            outside += !drawn.contains(x, y) && !transparent;
            inked += drawn.contains(x, y) && image.pixel(x, y) != chart.palette().color(QPalette::Window).rgba();
        }
    }
    QCOMPARE(outside, 0);
    QVERIFY(inked > 0);

    if (style == Style::StackedBars) {
        int tallest = 0;
        for (int month = 1; month < 24; ++month)
            tallest = totalOf(data, month) > totalOf(data, tallest) ? month : tallest;
        const QPoint middle = ((chart.barRect(tallest).center() + QPointF(margin, margin)) * ratio).toPoint();
        QVERIFY(image.pixel(middle) != chart.palette().color(QPalette::Window).rgba());
    }
}

void TestSpendChart::labelsStayInside_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("pointSize");
    QTest::newRow("minimum, two years, nine series") << QSize(320, 200) << 24 << 9 << 0;
    QTest::newRow("minimum, one month") << QSize(320, 200) << 1 << 1 << 0;
    QTest::newRow("usual, a year") << QSize(640, 320) << 12 << 3 << 0;
    QTest::newRow("usual, large font") << QSize(640, 320) << 12 << 9 << 20;
    QTest::newRow("wide, two years") << QSize(1400, 360) << 24 << 2 << 0;
}

void TestSpendChart::labelsStayInside()
{
    QFETCH(QSize, size);
    QFETCH(int, months);
    QFETCH(int, series);
    QFETCH(int, pointSize);
    SpendChart chart;
    if (pointSize > 0) {
        QFont font = chart.font();
        font.setPointSize(pointSize);
        chart.setFont(font);
    }
    chart.resize(size.expandedTo(chart.minimumSizeHint()));
    chart.setData(sampleData(months, series));
    // With no callout, no text covers another.
    const QList<QRectF> apart = chart.labelRects();
    for (int i = 0; i < apart.size(); ++i) {
        for (int j = i + 1; j < apart.size(); ++j)
            QVERIFY2(!apart.at(i).intersects(apart.at(j)), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
    }
    for (const int month : {-1, 0, months / 2, months - 1}) {
        chart.setHighlightedMonth(month);
        const QList<QRectF> labels = chart.labelRects();
        QVERIFY(labels.size() >= 2 + series); // the ticks, a month, the legend (and the callout)
        for (const QRectF &label : labels) {
            QVERIFY2(inside(label, chart.rect()),
                     qPrintable(QStringLiteral("highlight %1: %2,%3 %4x%5")
                                    .arg(month).arg(label.x()).arg(label.y()).arg(label.width()).arg(label.height())));
        }
    }
}

void TestSpendChart::labelsNeverOverlapAtAnyWidth()
{
    SpendChart chart;
    for (const int months : {5, 13, 24}) {
        chart.setData(sampleData(months, 3));
        for (int width = chart.minimumSizeHint().width(); width <= 1000; width += 3) {
            chart.resize(width, chart.minimumSizeHint().height());
            const QList<QRectF> labels = chart.labelRects();
            for (int i = 0; i < labels.size(); ++i) {
                QVERIFY(inside(labels.at(i), chart.rect()));
                for (int j = i + 1; j < labels.size(); ++j) {
                    QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                             qPrintable(QStringLiteral("%1 months, width %2").arg(months).arg(width)));
                }
            }
        }
    }
}

void TestSpendChart::keyboardMovesAndActivates()
{
    SpendChart chart;
    chart.resize(chart.sizeHint());
    chart.setData(sampleData(6, 2));
    chart.show();
    QVERIFY(QTest::qWaitForWindowActive(&chart));
    chart.setFocus();
    QVERIFY(chart.hasFocus());
    QSignalSpy highlighted(&chart, &SpendChart::monthHighlighted);
    QSignalSpy activated(&chart, &SpendChart::monthActivated);

    chart.setHighlightedMonth(2);
    QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(chart.highlightedMonth(), 3);
    QCOMPARE(highlighted.last().at(0).toInt(), 3);
    QTest::keyClick(&chart, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last().at(0).toInt(), 3);

    QTest::keyClick(&chart, Qt::Key_End);
    QCOMPARE(chart.highlightedMonth(), 5);
    QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(chart.highlightedMonth(), 5);
    QTest::keyClick(&chart, Qt::Key_Home);
    QCOMPARE(chart.highlightedMonth(), 0);
    QTest::keyClick(&chart, Qt::Key_Left);
    QCOMPARE(chart.highlightedMonth(), 0);
    QTest::keyClick(&chart, Qt::Key_Space);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().at(0).toInt(), 0);

    // The mouse leaving does not take the keyboard's month away.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(&chart, &leave);
    QCOMPARE(chart.highlightedMonth(), 0);
}

void TestSpendChart::clickOnBarActivatesIt_data()
{
    QTest::addColumn<Style>("style");
    QTest::addColumn<int>("month");
    QTest::newRow("bars, first") << Style::StackedBars << 0;
    QTest::newRow("bars, middle") << Style::StackedBars << 5;
    QTest::newRow("bars, last") << Style::StackedBars << 11;
    QTest::newRow("lines, middle") << Style::Lines << 7;
}

void TestSpendChart::clickOnBarActivatesIt()
{
    QFETCH(Style, style);
    QFETCH(int, month);
    SpendChart chart;
    chart.resize(chart.sizeHint());
    chart.setData(sampleData(12, 3, style));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy activated(&chart, &SpendChart::monthActivated);

    QTest::mouseClick(&chart, Qt::LeftButton, {}, chart.barRect(month).center().toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last().at(0).toInt(), month);
    QCOMPARE(chart.highlightedMonth(), month);

    QTest::mouseClick(&chart, Qt::RightButton, {}, chart.barRect(month).center().toPoint());
    QCOMPARE(activated.size(), 1);
}

void TestSpendChart::hoverHighlightsUntilTheMouseLeaves()
{
    SpendChart chart;
    chart.resize(chart.sizeHint());
    chart.setData(sampleData(12, 3));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.clearFocus();
    QSignalSpy highlighted(&chart, &SpendChart::monthHighlighted);

    QTest::mouseMove(&chart, chart.barRect(4).center().toPoint());
    QCOMPARE(chart.highlightedMonth(), 4);
    QCOMPARE(highlighted.last().at(0).toInt(), 4);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(&chart, &leave);
    QCOMPARE(chart.highlightedMonth(), -1);
    QCOMPARE(highlighted.last().at(0).toInt(), -1);
}

void TestSpendChart::descriptionReadsTheExactTotal()
{
    SpendChart chart;
    chart.resize(chart.sizeHint());
    chart.setMoneyFormatter(roubles);
    const SpendChartData data = sampleData(12, 4);
    chart.setData(data);
    QVERIFY(chart.accessibleDescription().isEmpty());

    for (const int month : {0, 6, 11}) {
        chart.setHighlightedMonth(month);
        const QString total = roubles(totalOf(data, month));
        QVERIFY2(chart.accessibleDescription().contains(total), qPrintable(chart.accessibleDescription()));
        QVERIFY(chart.accessibleDescription().contains(data.monthTitles.at(month)));
    }
    chart.setHighlightedMonth(-1);
    QVERIFY(chart.accessibleDescription().isEmpty());
}

void TestSpendChart::newDataDropsAMonthItNoLongerHas()
{
    SpendChart chart;
    chart.setData(sampleData(12, 2));
    chart.setHighlightedMonth(10);
    QSignalSpy highlighted(&chart, &SpendChart::monthHighlighted);
    chart.setData(sampleData(3, 2));
    QCOMPARE(chart.highlightedMonth(), -1);
    QCOMPARE(highlighted.size(), 1);
    QCOMPARE(highlighted.last().at(0).toInt(), -1);
    chart.setHighlightedMonth(3);
    QCOMPARE(chart.highlightedMonth(), -1);
}

void TestSpendChart::savesPngAndSvg()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SpendChart chart;
    chart.resize(500, 300);
    chart.setData(sampleData(12, 3));

    QString error;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY2(chart.saveImage(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1000, 600));

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY2(chart.saveImage(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary file left beside them
}

void TestSpendChart::failedSaveLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("missing directory, png") << QStringLiteral("missing/chart.png");
    QTest::newRow("missing directory, svg") << QStringLiteral("missing/chart.svg");
    QTest::newRow("unknown kind") << QStringLiteral("chart.bmp");
}

void TestSpendChart::failedSaveLeavesNothing()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SpendChart chart;
    chart.resize(400, 250);
    chart.setData(sampleData(6, 2));

    QString error;
    QVERIFY(!chart.saveImage(dir.filePath(name), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(name)));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestSpendChart::emptyDataDrawsAnEmptyPlot_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("series");
    QTest::addColumn<Style>("style");
    QTest::newRow("no months") << 0 << 0 << Style::StackedBars;
    QTest::newRow("months, no series") << 6 << 0 << Style::StackedBars;
    QTest::newRow("all zero bars") << 6 << 3 << Style::StackedBars;
    QTest::newRow("all zero lines") << 6 << 3 << Style::Lines;
    QTest::newRow("one zero month") << 1 << 1 << Style::StackedBars;
}

void TestSpendChart::emptyDataDrawsAnEmptyPlot()
{
    QFETCH(int, months);
    QFETCH(int, series);
    QFETCH(Style, style);
    SpendChartData data = sampleData(months, series, style);
    for (SpendChartSeries &line : data.series)
        line.values.fill(0);
    SpendChart chart;
    chart.resize(chart.minimumSizeHint());
    chart.setData(data);

    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    chart.render(&image);
    QVERIFY(chart.plotRect().height() > 0);
    for (int month = 0; month < months && style == Style::StackedBars; ++month) {
        QCOMPARE(chart.barRect(month).bottom(), chart.plotRect().bottom());
        QCOMPARE(chart.barRect(month).height(), 0.0);
    }
    for (const QRectF &label : chart.labelRects())
        QVERIFY(inside(label, chart.rect()));

    QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(chart.highlightedMonth(), months > 0 ? 0 : -1);
    chart.setHighlightedMonth(months - 1);
    chart.render(&image); // with the callout
    QTemporaryDir dir;
    QString error;
    QVERIFY2(chart.saveImage(dir.filePath(QStringLiteral("empty.svg")), &error), qPrintable(error));
}

QTEST_MAIN(TestSpendChart)
#include "tst_spendchart.moc"
