#include "PdfInspector.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

PdfInspector::PdfInspector(const QByteArray &pdf)
    : m_path(m_directory.filePath(QStringLiteral("document.pdf")))
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        m_path.clear();
}

bool PdfInspector::isReady() const
{
    return m_directory.isValid() && !m_path.isEmpty();
}

int PdfInspector::qpdfCheck(QString *report) const
{
    QByteArray output;
    const int exitCode = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_path}, &output);
    if (report)
        *report = QString::fromUtf8(output);
    return exitCode;
}

QString PdfInspector::text() const
{
    QByteArray output;
    if (run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path, QStringLiteral("-")},
            &output) != 0) {
        return {};
    }
    static const QRegularExpression spaces(QStringLiteral("[ \\x{00A0}\\x{202F}]+"));
    return QString::fromUtf8(output).replace(spaces, QStringLiteral(" "));
}

QString PdfInspector::info(const QString &field) const
{
    QByteArray output;
    if (run(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path}, &output) != 0)
        return {};
    const QString prefix = field + QLatin1Char(':');
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

int PdfInspector::run(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        *output = process.readAll() + process.errorString().toUtf8();
        return -1;
    }
    *output = process.readAll();
    return process.exitCode();
}
