#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Asks the command-line PDF tools (qpdf, poppler) about a PDF, as an independent reader would.
class PdfInspector
{
public:
    explicit PdfInspector(const QByteArray &pdf);

    bool isReady() const;
    // The exit code of `qpdf --check`; 0 means a well-formed file.
    int qpdfCheck(QString *report) const;
    // The text pdftotext extracts, with runs of spaces (no-break ones too) squeezed to one.
    QString text() const;
    // The value of one `pdfinfo` field, e.g. "Title" or "Pages".
    QString info(const QString &field) const;

private:
    static int run(const QString &program, const QStringList &arguments, QByteArray *output);

    QTemporaryDir m_directory;
    QString m_path;
};
