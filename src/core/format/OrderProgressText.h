#pragma once

#include "archive/PlacedOrder.h"

#include <QCoreApplication>
#include <QString>

// How far an e-mail order has come, as the order pages and the archive say it: one line per stage with its
// time, the stages not reached yet as awaited.
class OrderProgressText
{
    Q_DECLARE_TR_FUNCTIONS(OrderProgressText)

public:
    // Several lines; `intakeOn` tells whether mail intake is set up to bring the document in by itself.
    static QString of(const PlacedOrder &order, bool intakeOn);
    // One line for the archive: how a filed document came ("from the operator's e-mail of …, order No. …").
    static QString originOf(const PlacedOrder &order);
};
