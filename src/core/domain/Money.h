#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

// An amount of money in minor units (kopecks), as the operator writes it: "1234.50" plus a currency code.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    // Strict: an optional minus, digits, a dot and exactly two digits.
    static std::optional<Money> fromDecimalString(QStringView text, const QString &currency);

    qint64 minorUnits() const { return m_minorUnits; }
    QString currency() const { return m_currency; }
    QString toDecimalString() const;
    // "1 234,50 ₽" in the user's locale.
    QString toDisplayString() const;

    Money operator+(const Money &other) const { return Money(m_minorUnits + other.m_minorUnits, m_currency); }
    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minorUnits = 0;
    QString m_currency;
};
