#include "DeliveryMethod.h"

QString deliveryMethodToWire(DeliveryMethod method)
{
    switch (method) {
    case DeliveryMethod::Email:
        return QStringLiteral("email");
    case DeliveryMethod::InPerson:
        return QStringLiteral("in_person");
    }
    return {};
}

std::optional<DeliveryMethod> deliveryMethodFromWire(QStringView text)
{
    if (text == u"email")
        return DeliveryMethod::Email;
    if (text == u"in_person")
        return DeliveryMethod::InPerson;
    return std::nullopt;
}
