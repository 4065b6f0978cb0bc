#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// The operator's phone rule for call-back requests: a Russian number, written any of the usual ways
// (+7 916 123-45-67, 8 (916) 123-45-67, 7-916-..., (916) 123 45 67), sent as +7 and ten digits.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // +7XXXXXXXXXX, or nothing if the text is not a Russian phone number.
    static std::optional<QString> normalised(QStringView text);
    // +7XXXXXXXXXX as people read it: "+7 916 123-45-67"; anything else unchanged.
    static QString displayText(const QString &normalisedNumber);
    // What is wrong with a number that normalised() refuses, said so that the user can fix it: a letter,
    // digits missing, digits too many, or a country other than Russia. Empty for a good number.
    static QString problemWith(QStringView text);
};
