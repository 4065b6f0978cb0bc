#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

// A calendar month the operator bills for, written "YYYY-MM" on the wire.
class BillingPeriod
{
public:
    BillingPeriod() = default;
    BillingPeriod(int year, int month);

    static std::optional<BillingPeriod> fromString(QStringView text);
    static BillingPeriod containing(QDate date);

    bool isValid() const { return m_year > 0 && m_month >= 1 && m_month <= 12; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }

    BillingPeriod previous() const { return addMonths(-1); }
    BillingPeriod next() const { return addMonths(1); }
    BillingPeriod addMonths(int months) const;

    QString toString() const;

    friend auto operator<=>(const BillingPeriod &, const BillingPeriod &) = default;

private:
    int m_year = 0;
    int m_month = 0;
};
