#include "PaymentTableModel.h"

#include "export/CsvWriter.h"
#include "export/XlsxTable.h"
#include "format/DateText.h"

#include <QLocale>


QStringList PaymentTableModel::headers() const
{
    return {tr("Date"), tr("Amount"), tr("Method"), tr("Document")};
}

QVariant PaymentTableModel::cell(const Payment &payment, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case DateColumn:
        return role == SortRole ? QVariant(payment.date) : QVariant(DateText::day(payment.date));
    case AmountColumn:
        return role == SortRole ? QVariant(payment.amount.minorUnits()) : QVariant(payment.amount.toDisplayString());
    case MethodColumn:
        return methodText(payment.method);
    case DocumentColumn:
        return payment.document;
    default:
        return {};
    }
}

QString PaymentTableModel::methodText(const QString &method)
{
    if (method == QLatin1String("bank_transfer"))
        return tr("Bank transfer");
    if (method == QLatin1String("card"))
        return tr("Bank card");
    if (method == QLatin1String("cash"))
        return tr("Cash");
    return method; // free text in the contract: show what the operator wrote
}

bool PaymentTableModel::writeXlsx(const QString &path, QString *error) const
{
    XlsxTable table(path, tr("Payments"),
                    {{tr("Date"), XlsxTable::Type::Date}, {tr("Amount"), XlsxTable::Type::Money, true},
                     {tr("Method"), XlsxTable::Type::Text}, {tr("Document"), XlsxTable::Type::Text}});
    if (!table.open(int(records().size()), error))
        return false;
    for (const Payment &payment : records())
        table.addRow({payment.date, QVariant::fromValue(payment.amount), methodText(payment.method), payment.document});
    return table.finish(tr("Total"), error);
}

QByteArray PaymentTableModel::toCsv() const
{
    CsvWriter csv(CsvWriter::Dialect::forLocale(QLocale()));
    csv.addRecord({tr("Date"), tr("Amount"), tr("Currency"), tr("Method"), tr("Document")});
    for (const Payment &payment : records()) {
        csv.addRecord({payment.date.toString(Qt::ISODate), csv.number(payment.amount.toDecimalString()),
                       payment.amount.currency(),
                       methodText(payment.method), payment.document});
    }
    return csv.toUtf8();
}
