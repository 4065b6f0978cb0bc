#include "ChargesRenderer.h"

#include "DocumentHtml.h"
#include "DocumentPeriod.h"
#include "HtmlPdfWriter.h"
#include "MoneyText.h"

namespace Sandbox {

QByteArray ChargesRenderer::renderPdf(const ChargesContent &charges)
{
    const QString title = QStringLiteral("Начисления за %1").arg(DocumentPeriod::russianMonthYear(charges.period));
    QList<QStringList> rows;
    qint64 total = 0;
    for (const ChargeLine &line : charges.lines) {
        rows.append({QString::number(rows.size() + 1), line.subscriberNumber, line.label,
                     MoneyText::russian(line.amountKopecks, charges.currency)});
        total += line.amountKopecks;
    }
    const QStringList header = {QStringLiteral("№"), QStringLiteral("Номер абонента"),
                                QStringLiteral("Абонент"), QStringLiteral("Начислено")};
    const QString body =
        DocumentHtml::requisites({{QStringLiteral("Организация"), charges.organisationName},
                                  {QStringLiteral("Договор"), charges.contractNumber}})
        + DocumentHtml::table(header, rows)
        // The period is still open, so this is a running total, not an amount due.
        + DocumentHtml::emphasisedLine(
            QStringLiteral("Начислено с начала периода: %1").arg(MoneyText::russian(total, charges.currency)));
    return HtmlPdfWriter::render(DocumentHtml::page(title, body), title);
}

} // namespace Sandbox
