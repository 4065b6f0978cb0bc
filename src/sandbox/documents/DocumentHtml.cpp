#include "DocumentHtml.h"

namespace Sandbox {

namespace {

QString cells(const QStringList &fields, const QString &tag)
{
    QString html;
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const bool amount = column == fields.size() - 1;
        html += QStringLiteral("<%1%2>%3</%1>")
                    .arg(tag, amount ? QStringLiteral(" align=\"right\"") : QString(),
                         fields.at(column).toHtmlEscaped());
    }
    return html;
}

} // namespace

QString DocumentHtml::page(const QString &heading, const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"></head>"
                          "<body style=\"font-family: 'DejaVu Sans'; font-size: 9pt;\">"
                          "<h2>%1</h2>%2</body></html>")
        .arg(heading.toHtmlEscaped(), body);
}

QString DocumentHtml::requisites(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellpadding=\"2\">");
    for (const auto &[label, value] : rows) {
        html += QStringLiteral("<tr><td><b>%1:</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    return html + QStringLiteral("</table><br>");
}

QString DocumentHtml::table(const QStringList &header, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                  "<thead><tr>%1</tr></thead>")
                       .arg(cells(header, QStringLiteral("th")));
    for (const QStringList &row : rows)
        html += QStringLiteral("<tr>%1</tr>").arg(cells(row, QStringLiteral("td")));
    return html + QStringLiteral("</table>");
}

QString DocumentHtml::emphasisedLine(const QString &text)
{
    return QStringLiteral("<p align=\"right\" style=\"font-size: 11pt;\"><b>%1</b></p>").arg(text.toHtmlEscaped());
}

} // namespace Sandbox
