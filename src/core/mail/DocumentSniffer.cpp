#include "DocumentSniffer.h"


namespace DocumentSniffer {

namespace {

// A PDF reader accepts the header anywhere in the first kilobyte.
bool isPdf(const QByteArray &bytes)
{
    const qsizetype at = bytes.left(1024).indexOf("%PDF-");
    return at >= 0 && bytes.size() >= at + 8;
}

// Text in UTF-8 (or a single-byte Cyrillic code page) whose first lines split into the same number (more
// than one) of fields on ';' or ','.
bool isCsv(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.contains('\0'))
        return false;
    const QByteArray head = bytes.left(8192);
    QList<QByteArray> lines = head.split('\n');
    if (head.size() == 8192 && lines.size() > 1)
        lines.removeLast(); // cut in the middle
    for (const char separator : {';', ','}) {
        qsizetype fields = -1;
        int checked = 0;
        bool consistent = true;
        for (const QByteArray &raw : std::as_const(lines)) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype count = line.count(separator) + 1;
            if (fields < 0)
                fields = count;
            consistent = consistent && count == fields;
            ++checked;
        }
        if (consistent && fields > 1 && checked >= 1)
            return true;
    }
    return false;
}

} // namespace

ParsedMail::DocumentType typeOf(const QByteArray &bytes)
{
    if (isPdf(bytes))
        return ParsedMail::DocumentType::Pdf;
    if (isCsv(bytes))
        return ParsedMail::DocumentType::Csv;
    return ParsedMail::DocumentType::Other;
}

} // namespace DocumentSniffer
