#include "ImapNames.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isPrintableAscii(char16_t c)
{
    return c >= 0x20 && c < 0x7f;
}

} // namespace

namespace ImapNames {

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"::1" || host == u"[::1]")
        return true;
    const QStringList parts = host.split(u'.');
    const auto isOctet = [](const QString &part) {
        return !part.isEmpty() && part.size() <= 3 && std::all_of(part.cbegin(), part.cend(), isAsciiDigit)
               && part.toInt() <= 255;
    };
    return parts.size() == 4 && parts.first() == u"127" && std::all_of(parts.cbegin(), parts.cend(), isOctet);
}

QByteArray urlHost(const QString &host)
{
    const QString bare = host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host;
    if (bare.contains(u':')) {
        const bool isAddress = std::all_of(bare.cbegin(), bare.cend(), [](QChar c) {
            return c == u':' || c == u'.' || isAsciiDigit(c) || (c >= u'a' && c <= u'f')
                   || (c >= u'A' && c <= u'F');
        });
        return isAddress ? '[' + bare.toLatin1() + ']' : QByteArray();
    }
    const QByteArray ace = QUrl::toAce(bare);
    const bool isName = std::all_of(ace.cbegin(), ace.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
               || c == '.' || c == '_';
    });
    return isName ? ace : QByteArray();
}

QByteArray modifiedUtf7(const QString &folder)
{
    QByteArray encoded;
    qsizetype i = 0;
    while (i < folder.size()) {
        const char16_t c = folder.at(i).unicode();
        if (isPrintableAscii(c)) {
            encoded += c == u'&' ? QByteArray("&-") : QByteArray(1, char(c));
            ++i;
            continue;
        }
        QByteArray utf16;
        for (; i < folder.size() && !isPrintableAscii(folder.at(i).unicode()); ++i) {
            utf16 += char(folder.at(i).unicode() >> 8);
            utf16 += char(folder.at(i).unicode() & 0xff);
        }
        encoded += '&' + utf16.toBase64(QByteArray::OmitTrailingEquals).replace('/', ',') + '-';
    }
    return encoded;
}

QByteArray urlPath(const QByteArray &folder)
{
    return folder.toPercentEncoding({}, ".");
}

QByteArray quoted(const QByteArray &folder)
{
    QByteArray escaped = folder;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

} // namespace ImapNames
