#pragma once

#include "DeliveryMethod.h"

#include <QString>

// A delivery method with its address: an e-mail address for Email, the office address text for InPerson.
struct DeliveryTarget
{
    DeliveryMethod method = DeliveryMethod::Email;
    QString address;
};
