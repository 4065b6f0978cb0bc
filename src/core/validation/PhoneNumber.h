#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The operator's phone rule for call-back requests: a Russian number, written any of the usual ways
// (+7 916 123-45-67, 8 (916) 123-45-67, 7-916-..., (916) 123 45 67), sent as +7 and ten digits.
class PhoneNumber
{
public:
    // +7XXXXXXXXXX, or nothing if the text is not a Russian phone number.
    static std::optional<QString> normalised(QStringView text);
    // +7XXXXXXXXXX as people read it: "+7 916 123-45-67"; anything else unchanged.
    static QString displayText(const QString &normalisedNumber);
};
