#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// How regular invoices reach the customer.
enum class DeliveryMethod {
    Email,    // sent to an e-mail address
    InPerson, // collected at the office
};

// The contract's spelling: "email" / "in_person".
QString deliveryMethodToWire(DeliveryMethod method);
std::optional<DeliveryMethod> deliveryMethodFromWire(QStringView text);
