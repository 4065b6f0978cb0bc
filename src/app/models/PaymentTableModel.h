#pragma once

#include "RecordTableModel.h"
#include "domain/Payment.h"

#include <QCoreApplication>

// The payment history as a table: date, amount, method, document; and the same rows as a CSV file.
class PaymentTableModel : public RecordTableModel<Payment>
{
    Q_DECLARE_TR_FUNCTIONS(PaymentTableModel)

public:
    enum Column { DateColumn, AmountColumn, MethodColumn, DocumentColumn };

    using RecordTableModel::RecordTableModel;

    // RFC 4180 CSV (see CsvWriter), in the rows' order: ISO dates and "1234.50" amounts, so a
    // spreadsheet reads them as dates and numbers whatever its locale.
    QByteArray toCsv() const;
    // The same rows as an Excel workbook at path, with a totals row; false with the reason in *error.
    bool writeXlsx(const QString &path, QString *error) const;
    static QString methodText(const QString &method);

protected:
    QStringList headers() const override;
    QVariant cell(const Payment &payment, int column, int role) const override;
};
