#pragma once

#include "SpendChartData.h"

#include <QList>
#include <QRectF>
#include <QWidget>

#include <functional>
#include <utility>

class QIODevice;
class SpendChartLayout;
class SpendChartReadout;

// Monthly spending as stacked bars or lines, drawn with QPainter; a month can be highlighted, read out and activated.
class SpendChart : public QWidget
{
    Q_OBJECT

public:
    using MoneyFormatter = std::function<QString(qint64 minor)>;

    explicit SpendChart(QWidget *parent = nullptr);

    void setData(const SpendChartData &data);
    const SpendChartData &data() const { return m_data; }
    void setMoneyFormatter(MoneyFormatter formatter);

    int highlightedMonth() const { return m_highlighted; }
    void setHighlightedMonth(int month);

    // Geometry in widget coordinates, public so tests can check what the user would see.
    QRectF plotRect() const;
    QRectF barRect(int month) const;
    QList<QRectF> labelRects() const;

    bool saveImage(const QString &path, QString *error) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void monthHighlighted(int month);
    void monthActivated(int month);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    SpendChartReadout readout() const;
    SpendChartLayout layoutFor(const QSize &size, const QPaintDevice *device) const;
    int monthAt(const QPointF &pos) const;
    void updateDescription();

    bool writePng(QIODevice &device) const;
    bool writeSvg(QIODevice &device) const;
    QSize exportSize() const;

    SpendChartData m_data;
    MoneyFormatter m_money;
    int m_highlighted = -1;
    int m_pressedMonth = -1;
};
