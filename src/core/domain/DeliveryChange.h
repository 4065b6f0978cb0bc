#pragma once

#include "DeliveryMethod.h"

#include <QDateTime>
#include <QString>

// One change of the delivery settings and the moment it took effect.
struct DeliveryChange
{
    DeliveryMethod method = DeliveryMethod::Email;
    QString address;
    QDateTime effectiveAt;
};
