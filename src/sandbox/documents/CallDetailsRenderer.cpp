#include "CallDetailsRenderer.h"

#include "CsvTable.h"
#include "DocumentHtml.h"
#include "DocumentPeriod.h"
#include "HtmlPdfWriter.h"
#include "MoneyText.h"
#include "OperatorTimeZone.h"

namespace Sandbox {

namespace {

QString durationText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QByteArray CallDetailsRenderer::renderCsv(const CallDetailsContent &details)
{
    const QTimeZone zone = OperatorTimeZone::zone();
    CsvTable table({QStringLiteral("started_at"), QStringLiteral("subscriber_number"), QStringLiteral("called_number"),
                    QStringLiteral("duration_seconds"), QStringLiteral("cost")});
    for (const CallRecord &call : details.calls) {
        table.addRow({call.startedAt.toTimeZone(zone).toString(Qt::ISODate), call.subscriberNumber, call.calledNumber,
                      QString::number(call.durationSeconds), MoneyText::decimal(call.costKopecks)});
    }
    return table.toUtf8();
}

QByteArray CallDetailsRenderer::renderPdf(const CallDetailsContent &details)
{
    const QTimeZone zone = OperatorTimeZone::zone();
    const QString title = QStringLiteral("Детализация звонков за %1").arg(DocumentPeriod::russianMonthYear(details.period));
    QList<QStringList> rows;
    qint64 totalCost = 0;
    qint64 totalSeconds = 0;
    for (const CallRecord &call : details.calls) {
        rows.append({call.startedAt.toTimeZone(zone).toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")),
                     call.subscriberNumber, call.calledNumber, durationText(call.durationSeconds),
                     MoneyText::russian(call.costKopecks, QString())});
        totalCost += call.costKopecks;
        totalSeconds += call.durationSeconds;
    }
    const QStringList header = {QStringLiteral("Дата и время (МСК)"), QStringLiteral("Абонент"),
                                QStringLiteral("Вызываемый номер"), QStringLiteral("Длительность"),
                                QStringLiteral("Стоимость")};
    const QString body =
        DocumentHtml::requisites({{QStringLiteral("Организация"), details.organisationName},
                                  {QStringLiteral("Договор"), details.contractNumber},
                                  {QStringLiteral("Звонков"), QString::number(details.calls.size())},
                                  {QStringLiteral("Общая длительность"), durationText(totalSeconds)}})
        + DocumentHtml::table(header, rows)
        + DocumentHtml::emphasisedLine(
            QStringLiteral("Итого: %1").arg(MoneyText::russian(totalCost, QString())));
    return HtmlPdfWriter::render(DocumentHtml::page(title, body), title);
}

} // namespace Sandbox
