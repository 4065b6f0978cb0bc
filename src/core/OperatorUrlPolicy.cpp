#include "OperatorUrlPolicy.h"

#include <QHostAddress>

bool OperatorUrlPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString OperatorUrlPolicy::problemWith(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The operator address \"%1\" is not a valid web address.").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopback(url))
        return {};
    if (scheme == QLatin1String("http"))
        return tr("The operator address \"%1\" must use a secure connection (https://).")
            .arg(url.toDisplayString());
    return tr("The operator address \"%1\" must start with https://.").arg(url.toDisplayString());
}
