#pragma once

#include <QProxyStyle>

// The keyboard's place always visible, whatever the platform style: a two-pixel ring round the focused
// control and the current row of a list or the menu (Fusion draws it only after a Tab, and faintly, so
// in the sidebar it could not be seen, and a focused button looked like the default one).
class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};
