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

QByteArray HtmlPdfWriter::render(const QString &html, const QString &title)
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
    return buffer.data();
}

} // namespace Sandbox
