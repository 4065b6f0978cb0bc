#pragma once

#include <QDateTime>

#include <QByteArray>
#include <QString>

namespace Sandbox {

// Prints rich-text HTML onto A4 pages of a PDF file that carries its title.
class HtmlPdfWriter
{
public:
    // Needs a QGuiApplication (fonts come from the platform); without one it warns and returns nothing.
    // With a valid createdAt the file says it was created then (the sandbox's clock), not now.
    static QByteArray render(const QString &html, const QString &title, const QDateTime &createdAt = {});
};

} // namespace Sandbox
