#include "InvoicePdfRenderer.h"

#include "DocumentHtml.h"
#include "DocumentPeriod.h"
#include "HtmlPdfWriter.h"
#include "MoneyText.h"
#include "OperatorTimeZone.h"

namespace Sandbox {

namespace {

QList<QPair<QString, QString>> requisites(const InvoiceContent &invoice)
{
    QList<QPair<QString, QString>> rows = {
        {QStringLiteral("Организация"), invoice.organisationName},
        {QStringLiteral("Договор"), invoice.contractNumber},
        {QStringLiteral("ИНН"), invoice.taxpayerNumber},
        {QStringLiteral("Адрес"), invoice.organisationAddress},
    };
    if (invoice.formedAt.isValid()) {
        const QDateTime formed = invoice.formedAt.toTimeZone(OperatorTimeZone::zone());
        rows.append({QStringLiteral("Дата формирования"), formed.toString(QStringLiteral("dd.MM.yyyy"))});
    }
    return rows;
}

} // namespace

QByteArray InvoicePdfRenderer::render(const InvoiceContent &invoice)
{
    const QString title = QStringLiteral("Счет № %1 за %2")
                              .arg(invoice.number, DocumentPeriod::russianMonthYear(invoice.period));
    QList<QStringList> rows;
    qint64 total = 0;
    for (const ChargeLine &line : invoice.lines) {
        rows.append({QString::number(rows.size() + 1), line.subscriberNumber, line.label,
                     MoneyText::russian(line.amountKopecks, invoice.currency)});
        total += line.amountKopecks;
    }
    rows.append({QString(), QString(), QStringLiteral("Итого"), MoneyText::russian(total, invoice.currency)});

    const QStringList header = {QStringLiteral("№"), QStringLiteral("Номер абонента"),
                                QStringLiteral("Услуги"), QStringLiteral("Сумма")};
    const QString body = DocumentHtml::requisites(requisites(invoice)) + DocumentHtml::table(header, rows)
        + DocumentHtml::emphasisedLine(
            QStringLiteral("Итого к оплате: %1").arg(MoneyText::russian(total, invoice.currency)));
    return HtmlPdfWriter::render(DocumentHtml::page(title, body), title, invoice.formedAt);
}

} // namespace Sandbox
