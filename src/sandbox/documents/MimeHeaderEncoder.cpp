#include "MimeHeaderEncoder.h"

#include <QList>

#include <algorithm>

namespace Sandbox {

namespace {

constexpr int maxEncodedWordLength = 75; // RFC 2047, section 2
constexpr int encodedWordOverhead = 12;  // "=?UTF-8?B?" + "?="
constexpr int maxParameterSegment = 48; // leaves room for " filename*NN*=UTF-8''" and ";"
constexpr qsizetype maxFallbackLength = 60;

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

int utf8BytesFitting(int room)
{
    return (std::min(maxEncodedWordLength, room) - encodedWordOverhead) / 4 * 3;
}

// An encoded-word must hold whole characters (RFC 2047, section 5), so chunks never split one.
QList<QByteArray> utf8Chunks(const QString &text, int firstLimit, int limit)
{
    QList<QByteArray> chunks;
    QByteArray current;
    int currentLimit = firstLimit;
    for (qsizetype i = 0; i < text.size();) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QByteArray character = text.mid(i, pair ? 2 : 1).toUtf8();
        i += pair ? 2 : 1;
        if (!current.isEmpty() && current.size() + character.size() > currentLimit) {
            chunks.append(current);
            current.clear();
            currentLimit = limit;
        }
        current += character;
    }
    if (!current.isEmpty())
        chunks.append(current);
    return chunks;
}

// Encoded-words for the text, one per line; the first line has firstLineRoom characters left.
QList<QByteArray> encodedWords(const QString &text, int firstLineRoom)
{
    const QList<QByteArray> chunks = utf8Chunks(text, utf8BytesFitting(firstLineRoom),
                                                utf8BytesFitting(MimeHeaderEncoder::maxLineLength - 1));
    QList<QByteArray> words;
    for (const QByteArray &chunk : chunks)
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words;
}

QByteArray quotedString(const QString &text)
{
    QByteArray escaped = text.toLatin1();
    escaped.replace("\\", "\\\\").replace("\"", "\\\"");
    return '"' + escaped + '"';
}

QString withoutLineBreaks(QString text)
{
    return text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString transliterated(QChar c)
{
    static const QString cyrillic = QStringLiteral("абвгдеёжзийклмнопрстуфхцчшщъыьэюя");
    static const char *const latin[] = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i",
                                        "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
                                        "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"};
    const qsizetype index = cyrillic.indexOf(c.toLower());
    if (index < 0)
        return QStringLiteral("_");
    QString result = QLatin1String(latin[index]);
    if (c.isUpper() && !result.isEmpty())
        result[0] = result.at(0).toUpper();
    return result;
}

QString shortened(const QString &fileName)
{
    if (fileName.size() <= maxFallbackLength)
        return fileName;
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && fileName.size() - dot <= 10 ? fileName.mid(dot) : QString();
    return fileName.left(maxFallbackLength - extension.size()) + extension;
}

} // namespace

QByteArray MimeHeaderEncoder::unstructured(const QByteArray &name, const QString &value)
{
    const QString clean = withoutLineBreaks(value);
    const int firstLineRoom = maxLineLength - int(name.size()) - 2;
    // "=?" in plain text would read as the start of an encoded-word, so such text gets encoded too.
    if (isPrintableAscii(clean) && clean.size() <= firstLineRoom && !clean.contains(QLatin1String("=?")))
        return name + ": " + clean.toLatin1();
    return name + ": " + encodedWords(clean, firstLineRoom).join("\r\n ");
}

QByteArray MimeHeaderEncoder::address(const QByteArray &name, const QString &displayName, const QString &addrSpec)
{
    const QByteArray angleAddress = '<' + addrSpec.toLatin1() + '>';
    const QString cleanName = withoutLineBreaks(displayName).trimmed();
    if (cleanName.isEmpty())
        return name + ": " + addrSpec.toLatin1();
    const int firstLineRoom = maxLineLength - int(name.size()) - 2;
    const bool plain = isPrintableAscii(cleanName) && quotedString(cleanName).size() <= firstLineRoom;
    QList<QByteArray> lines = plain ? QList<QByteArray>{quotedString(cleanName)} : encodedWords(cleanName, firstLineRoom);
    const qsizetype lastLineLength = (lines.size() == 1 ? name.size() + 2 : 1) + lines.constLast().size();
    if (lastLineLength + 1 + angleAddress.size() <= maxLineLength)
        lines.last() += ' ' + angleAddress;
    else
        lines.append(angleAddress);
    return name + ": " + lines.join("\r\n ");
}

QByteArray MimeHeaderEncoder::attachmentDisposition(const QString &fileName)
{
    const QString fallback = asciiFileName(fileName);
    QByteArray header = "Content-Disposition: attachment;";
    if (fallback == fileName)
        return header + "\r\n filename=" + quotedString(fallback);
    // RFC 2231 name first: readers that understand it use it, and Python's email takes the first one.
    const QByteArray encoded = fileName.toUtf8().toPercentEncoding();
    QList<QByteArray> segments;
    for (qsizetype start = 0; start < encoded.size();) {
        qsizetype length = std::min<qsizetype>(maxParameterSegment, encoded.size() - start);
        // Never cut a %XX triplet in two.
        const qsizetype percent = encoded.lastIndexOf('%', start + length - 1);
        if (percent >= start && percent + 3 > start + length)
            length = percent - start;
        segments.append(encoded.mid(start, length));
        start += length;
    }
    if (segments.size() == 1) {
        header += "\r\n filename*=UTF-8''" + segments.constFirst() + ';';
    } else {
        for (qsizetype i = 0; i < segments.size(); ++i) {
            header += "\r\n filename*" + QByteArray::number(i) + "*=" + (i == 0 ? "UTF-8''" : "")
                + segments.at(i) + ';';
        }
    }
    return header + "\r\n filename=" + quotedString(fallback);
}

QByteArray MimeHeaderEncoder::attachmentContentType(const QString &contentType, const QString &fileName)
{
    const QString type = withoutLineBreaks(contentType).trimmed();
    const bool usable = isPrintableAscii(type) && type.contains(QLatin1Char('/'))
        && type.size() <= maxLineLength - 15;
    return "Content-Type: " + (usable ? type.toLatin1() : QByteArrayLiteral("application/octet-stream"))
        + ";\r\n name=" + quotedString(asciiFileName(fileName));
}

QString MimeHeaderEncoder::asciiFileName(const QString &fileName)
{
    QString result;
    for (const QChar c : fileName) {
        const bool safe = c.unicode() >= 0x20 && c.unicode() < 0x7F && c != QLatin1Char('"')
            && c != QLatin1Char('\\') && c != QLatin1Char('/');
        result += safe ? QString(c) : transliterated(c);
    }
    return result.isEmpty() ? QStringLiteral("attachment") : shortened(result);
}

} // namespace Sandbox
