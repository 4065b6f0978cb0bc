#include "ImapAnswer.h"

#include <QByteArrayView>
#include <QMap>

#include <algorithm>

namespace {

constexpr qint64 MaxCount = 999'999'999'999'999; // message counts and sizes: far beyond any real mailbox
constexpr int MaxDigits = 18;                     // keeps every number read inside qint64

char upper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

bool isAtomChar(char c)
{
    // RFC 3501 ATOM-CHAR: printable ASCII but the atom-specials.
    return c > 0x20 && c < 0x7f && !QByteArrayView("(){%*\"\\]").contains(c);
}

// One untagged line, read front to back; every step matches exactly or reports that it did not.
class LineReader
{
public:
    explicit LineReader(QByteArrayView line)
        : m_rest(line)
    {
    }

    bool atEnd() const { return m_rest.isEmpty(); }
    bool peek(char c) const { return !m_rest.isEmpty() && m_rest.front() == c; }

    // Keywords are case-insensitive in IMAP; the expected text is given in upper case.
    bool take(QByteArrayView expected)
    {
        if (m_rest.size() < expected.size())
            return false;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (upper(m_rest[i]) != expected[i])
                return false;
        }
        m_rest = m_rest.sliced(expected.size());
        return true;
    }

    std::optional<qint64> number(qint64 max)
    {
        qsizetype length = 0;
        qint64 value = 0;
        while (length < m_rest.size() && m_rest[length] >= '0' && m_rest[length] <= '9') {
            if (length == MaxDigits)
                return std::nullopt;
            value = value * 10 + (m_rest[length] - '0');
            ++length;
        }
        if (length == 0 || value > max)
            return std::nullopt;
        m_rest = m_rest.sliced(length);
        return value;
    }

    QByteArray atom()
    {
        qsizetype length = 0;
        while (length < m_rest.size() && isAtomChar(m_rest[length]))
            ++length;
        const QByteArray atom = m_rest.first(length).toByteArray().toUpper();
        m_rest = m_rest.sliced(length);
        return atom;
    }

    bool skipQuoted()
    {
        if (!take("\""))
            return false;
        for (qsizetype i = 0; i < m_rest.size(); ++i) {
            if (m_rest[i] == '\\')
                ++i;
            else if (m_rest[i] == '"') {
                m_rest = m_rest.sliced(i + 1);
                return true;
            }
        }
        return false;
    }

    // A mailbox name: a quoted string or an astring (atom characters and ']'). Literals are not accepted.
    bool skipMailbox()
    {
        if (peek('"'))
            return skipQuoted();
        qsizetype length = 0;
        while (length < m_rest.size() && (isAtomChar(m_rest[length]) || m_rest[length] == ']'))
            ++length;
        m_rest = m_rest.sliced(length);
        return length > 0;
    }

    // A value this reader does not need: an atom, a number, a quoted string or a parenthesised list of them.
    bool skipValue()
    {
        if (peek('"'))
            return skipQuoted();
        if (!take("("))
            return !atom().isEmpty();
        bool first = true;
        while (!take(")")) {
            if ((!first && !take(" ")) || !skipValue())
                return false;
            first = false;
        }
        return true;
    }

    // "(\Seen \Answered $Label)", in upper case.
    std::optional<QList<QByteArray>> flags()
    {
        if (!take("("))
            return std::nullopt;
        QList<QByteArray> flags;
        while (!take(")")) {
            if (!flags.isEmpty() && !take(" "))
                return std::nullopt;
            const bool system = take("\\");
            const QByteArray name = system && take("*") ? QByteArray("*") : atom();
            if (name.isEmpty())
                return std::nullopt;
            flags.append(system ? '\\' + name : name);
        }
        return flags;
    }

private:
    QByteArrayView m_rest;
};

QList<QByteArrayView> linesOf(const QByteArray &answer)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < answer.size()) {
        qsizetype end = answer.indexOf('\n', start);
        if (end < 0)
            end = answer.size();
        QByteArrayView line = QByteArrayView(answer).sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines.append(line);
        start = end + 1;
    }
    return lines;
}

} // namespace

namespace ImapAnswer {

std::optional<ImapSource::FolderStatus> status(const QByteArray &answer)
{
    std::optional<ImapSource::FolderStatus> found;
    for (const QByteArrayView line : linesOf(answer)) {
        LineReader reader(line);
        if (!reader.take("* STATUS "))
            continue;
        if (found || !reader.skipMailbox() || !reader.take(" ("))
            return std::nullopt;
        QMap<QByteArray, qint64> items;
        while (!reader.take(")")) {
            if (!items.isEmpty() && !reader.take(" "))
                return std::nullopt;
            const QByteArray name = reader.atom();
            const std::optional<qint64> value = reader.take(" ") ? reader.number(MaxCount) : std::nullopt;
            if (name.isEmpty() || !value || items.contains(name))
                return std::nullopt;
            items.insert(name, *value);
        }
        const qint64 uidValidity = items.value("UIDVALIDITY");
        const qint64 uidNext = items.value("UIDNEXT");
        if (!reader.atEnd() || uidValidity < 1 || uidValidity > MaxUid || uidNext < 1 || uidNext > MaxUid + 1
            || !items.contains("MESSAGES") || !items.contains("UNSEEN")) {
            return std::nullopt;
        }
        found = ImapSource::FolderStatus{uidValidity, uidNext, items.value("MESSAGES"),
                                         items.value("UNSEEN")};
    }
    return found;
}

std::optional<QList<qint64>> uidsAbove(const QByteArray &answer, qint64 lastUid)
{
    bool answered = false;
    QList<qint64> uids;
    for (const QByteArrayView line : linesOf(answer)) {
        LineReader reader(line);
        if (!reader.take("* SEARCH"))
            continue;
        if (!reader.atEnd() && !reader.peek(' '))
            return std::nullopt;
        answered = true;
        while (!reader.atEnd()) {
            const std::optional<qint64> uid = reader.take(" ") ? reader.number(MaxUid) : std::nullopt;
            if (!uid || *uid == 0)
                return std::nullopt;
            if (*uid > lastUid)
                uids.append(*uid);
        }
    }
    if (!answered)
        return std::nullopt;
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

std::optional<QList<ImapSource::Message>> messages(const QByteArray &answer, qint64 firstUid, qint64 lastUid)
{
    QMap<qint64, ImapSource::Message> byUid;
    for (const QByteArrayView line : linesOf(answer)) {
        LineReader reader(line);
        if (!reader.take("* ") || !reader.number(MaxUid) || !reader.take(" FETCH "))
            continue; // not a FETCH line: EXISTS, RECENT, EXPUNGE, OK
        if (!reader.take("("))
            return std::nullopt;
        std::optional<qint64> uid;
        std::optional<qint64> size;
        std::optional<QList<QByteArray>> flags;
        bool first = true;
        while (!reader.take(")")) {
            if (!first && !reader.take(" "))
                return std::nullopt;
            first = false;
            const QByteArray item = reader.atom();
            if (!reader.take(" "))
                return std::nullopt;
            bool read = false;
            if (item == "UID")
                read = (uid = reader.number(MaxUid)).has_value();
            else if (item == "RFC822.SIZE")
                read = (size = reader.number(MaxCount)).has_value();
            else if (item == "FLAGS")
                read = (flags = reader.flags()).has_value();
            else
                read = reader.skipValue();
            if (!read)
                return std::nullopt;
        }
        if (!reader.atEnd() || (uid && *uid == 0))
            return std::nullopt;
        if (!uid || !size || !flags || *uid < firstUid || *uid > lastUid)
            continue;
        byUid.insert(*uid, ImapSource::Message{*uid, *size, flags->contains("\\SEEN")});
    }
    return byUid.values();
}

} // namespace ImapAnswer
