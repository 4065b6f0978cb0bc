#pragma once

#include <QPalette>

class QPainter;
class SpendChartLayout;
class SpendChartReadout;

// Draws a SpendChart as laid out, in its palette's colours: grid, bars or lines, marks, labels, legend, callout.
class SpendChartPainter
{
public:
    SpendChartPainter(const SpendChartLayout &layout, const QPalette &palette);

    // highlighted: a month to mark and explain in a callout, or -1; focused: the band gets a focus frame.
    void paint(QPainter &painter, int highlighted, bool focused) const;

private:
    void drawHighlight(QPainter &painter, int month, bool focused) const;
    void drawGrid(QPainter &painter) const;
    void drawBars(QPainter &painter) const;
    void drawLines(QPainter &painter) const;
    void drawMarks(QPainter &painter) const;
    void drawLabels(QPainter &painter) const;
    void drawCallout(QPainter &painter, int month) const;

    const SpendChartLayout &m_layout;
    const SpendChartReadout &m_readout;
    QPalette m_palette;
};
