#include "EmailAddress.h"

#include <QRegularExpression>
#include <QUrl>

EmailAddress::Problem EmailAddress::check(const QString &address)
{
    const QString text = address.trimmed();
    if (text.isEmpty())
        return Problem::Empty;
    if (text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Problem::Spaces;
    if (text.size() > MaxLength)
        return Problem::TooLong;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at < 0)
        return Problem::NoAtSign;
    if (text.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return Problem::SeveralAtSigns;
    if (const Problem local = checkLocalPart(text.left(at)); local != Problem::None)
        return local;
    return checkDomain(text.mid(at + 1));
}

QString EmailAddress::toWire(const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0)
        return trimmed;
    const QByteArray ascii = QUrl::toAce(trimmed.mid(at + 1));
    return ascii.isEmpty() ? trimmed : trimmed.left(at + 1) + QString::fromLatin1(ascii);
}

QString EmailAddress::forDisplay(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return address;
    const QString domain = QUrl::fromAce(address.mid(at + 1).toLatin1());
    return domain.isEmpty() ? address : address.left(at + 1) + domain;
}

EmailAddress::Problem EmailAddress::checkLocalPart(const QString &local)
{
    if (local.isEmpty())
        return Problem::EmptyLocalPart;
    // RFC 5322 dot-atom: the printable ASCII a mailbox name may use, dots only between characters.
    static const QRegularExpression dotAtom(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (local.size() > MaxLocalPartLength || !dotAtom.match(local).hasMatch())
        return Problem::BadLocalPart;
    return Problem::None;
}

EmailAddress::Problem EmailAddress::checkDomain(const QString &domain)
{
    if (domain.isEmpty())
        return Problem::EmptyDomain;
    // An internationalised domain (ромашка.рф) is judged by its ASCII form, as mail servers see it.
    const QString ascii = QString::fromLatin1(QUrl::toAce(domain));
    if (ascii.isEmpty())
        return Problem::BadDomain;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = ascii.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return Problem::BadDomain;
    }
    if (labels.size() < 2)
        return Problem::NoTopLevelDomain;
    return Problem::None;
}

QString EmailAddress::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter an e-mail address.");
    case Problem::Spaces:
        return tr("An e-mail address cannot contain spaces.");
    case Problem::NoAtSign:
        return tr("An e-mail address needs an \"@\" between the name and the domain, e.g. buh@example.ru.");
    case Problem::SeveralAtSigns:
        return tr("An e-mail address has exactly one \"@\".");
    case Problem::EmptyLocalPart:
        return tr("The mailbox name before \"@\" is missing.");
    case Problem::BadLocalPart:
        return tr("The mailbox name before \"@\" may contain only Latin letters, digits and . _ - + characters, "
                  "with no dot at its start, at its end or twice in a row.");
    case Problem::EmptyDomain:
        return tr("The domain after \"@\" is missing.");
    case Problem::BadDomain:
        return tr("The domain after \"@\" is not valid: check for doubled dots, a dot or hyphen at the edges, or "
                  "stray characters.");
    case Problem::NoTopLevelDomain:
        return tr("The domain after \"@\" needs a zone, e.g. \".ru\".");
    case Problem::TooLong:
        return tr("The e-mail address is too long (at most 254 characters).");
    }
    return {};
}
