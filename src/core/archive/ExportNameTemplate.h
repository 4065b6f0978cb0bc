#pragma once

#include "ArchivedDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// File names for the month-end pack, from a template the user sets, e.g. {contract}_{period}_{kind}_{number}.pdf.
// Placeholders: {contract} {period} {kind} {number} {account} {organisation} {amount} {subscriber} {obtained},
// or the same in Russian ({договор} {период} {вид} {номер} {лицевой_счет} {организация} {сумма} {абонент}
// {получен}), in any case.
// Whatever a file system or an archiver could trip on is replaced; equal names get -2, -3… before the extension.
class ExportNameTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ExportNameTemplate)

public:
    // In the interface's language ({договор}_{период}_{вид}_{номер}.pdf in Russian): the same names either way.
    static QString defaultPattern();

    explicit ExportNameTemplate(const QString &pattern = defaultPattern());

    QString pattern() const { return m_pattern; }
    // Placeholders the pattern uses that do not exist; empty when the pattern is fine.
    QStringList unknownPlaceholders() const;
    // One name, safe for a file system (no folder part), ending in .pdf.
    QString render(const ArchivedDocument &document) const;
    // Names for all, in order, with duplicates numbered (case-insensitively, as Windows and ZIP readers compare).
    QStringList renderAll(const QList<ArchivedDocument> &documents) const;

    static QString safeFileName(const QString &name);
    // Each placeholder as the page offers it, "{период}", with its own name, "period".
    static QList<std::pair<QString, QString>> russianPlaceholders();

private:
    QString m_pattern;
};
