#include "FocusRingStyle.h"

#include <QPainter>
#include <QStyleOption>

namespace {

void drawRing(QPainter *painter, const QRect &rect, const QColor &colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(colour, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 3, 3);
    painter->restore();
}

} // namespace

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    if (element != PE_FrameFocusRect)
        return QProxyStyle::drawPrimitive(element, option, painter, widget);
    // On a selected row the highlight colour would vanish: the ring takes the selection's text colour.
    const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
    const QColor highlight = option->palette.color(QPalette::Highlight);
    const bool onSelection = focus && focus->backgroundColor == highlight;
    drawRing(painter, option->rect,
             onSelection ? option->palette.color(QPalette::HighlightedText) : highlight.darker(120));
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButton && (option->state & State_HasFocus))
        drawRing(painter, option->rect, option->palette.color(QPalette::Highlight).darker(120));
}
