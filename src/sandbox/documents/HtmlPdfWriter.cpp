#include "HtmlPdfWriter.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Sandbox {

namespace {

// QPdfWriter (Qt 6.4) stamps /CreationDate with the real clock and has no setter for it. The stamp,
// "D:YYYYMMDDHHmmSS" then "Z" or "+HH'mm", is rewritten in place with one of equal length in the same
// offset, so the cross-reference offsets stay right and one invoice is the same file however fetched.
QByteArray stampCreationDate(QByteArray pdf, const QDateTime &createdAt)
{
    static const QByteArray key = QByteArrayLiteral("/CreationDate (D:");
    const qsizetype from = pdf.indexOf(key);
    const qsizetype end = from < 0 ? -1 : pdf.indexOf(')', from);
    if (end < 0)
        return pdf;
    const qsizetype start = from + key.size();
    const QByteArray stamp = pdf.mid(start, end - start);
    int offsetSeconds = 0;
    if (stamp.size() >= 20 && (stamp.at(14) == '+' || stamp.at(14) == '-')) {
        offsetSeconds = (stamp.mid(15, 2).toInt() * 60 + stamp.mid(18, 2).toInt()) * 60;
        if (stamp.at(14) == '-')
            offsetSeconds = -offsetSeconds;
    }
    const QByteArray fresh =
        createdAt.toOffsetFromUtc(offsetSeconds).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
        + stamp.mid(14);
    if (fresh.size() == stamp.size())
        pdf.replace(start, stamp.size(), fresh);
    return pdf;
}

} // namespace

QByteArray HtmlPdfWriter::render(const QString &html, const QString &title, const QDateTime &createdAt)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        qWarning("Sandbox::HtmlPdfWriter: PDF documents need a QGuiApplication");
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        // The writer finishes the file when it goes out of scope.
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("SIP Cabinet operator sandbox"));

        QTextDocument document;
        // DejaVu Sans covers Cyrillic and the rouble sign on every platform we ship to.
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        document.setHtml(html);
        document.print(&writer);
    }
    return createdAt.isValid() ? stampCreationDate(buffer.data(), createdAt) : buffer.data();
}

} // namespace Sandbox
