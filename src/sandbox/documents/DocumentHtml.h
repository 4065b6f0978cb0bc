#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sandbox {

// The HTML building blocks every sandbox document is made of, escaped once here.
class DocumentHtml
{
public:
    static QString page(const QString &heading, const QString &body);
    // Label/value rows such as "Организация" / "ООО «Ромашка»".
    static QString requisites(const QList<QPair<QString, QString>> &rows);
    // A bordered table with a header repeated on every page; the last column is right-aligned.
    static QString table(const QStringList &header, const QList<QStringList> &rows);
    static QString emphasisedLine(const QString &text);
};

} // namespace Sandbox
