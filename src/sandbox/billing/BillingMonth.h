#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Sandbox {

// A billing period "YYYY-MM" as the operator counts it (calendar month in the billing zone).
class BillingMonth
{
public:
    BillingMonth() = default;
    BillingMonth(int year, int month);

    static std::optional<BillingMonth> parse(const QString &text);
    static BillingMonth containing(const QDateTime &instant);

    int year() const { return m_year; }
    int month() const { return m_month; }
    bool isValid() const { return m_month >= 1 && m_month <= 12 && m_year > 0; }
    BillingMonth addMonths(int count) const;
    QString toString() const;
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    // The regular invoice of this period is formed on the 1st of the next month, 03:00 billing time.
    QDateTime invoiceFormedAt() const;

    friend bool operator==(const BillingMonth &a, const BillingMonth &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month;
    }

private:
    int m_year = 0;
    int m_month = 0;
};

} // namespace Sandbox
