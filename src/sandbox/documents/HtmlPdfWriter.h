#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

// Prints rich-text HTML onto A4 pages of a PDF file that carries its title.
class HtmlPdfWriter
{
public:
    // Needs a QGuiApplication (fonts come from the platform); without one it warns and returns nothing.
    static QByteArray render(const QString &html, const QString &title);
};

} // namespace Sandbox
