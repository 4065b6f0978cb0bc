#include "AccountList.h"

#include <QSettings>
#include <QUrl>

namespace {
const QString GroupKey = QStringLiteral("accounts");
const QString LastUsedKey = QStringLiteral("accounts/lastUsed");

QString lastSeenKey(const QString &id)
{
    return QStringLiteral("accountsLastSeen/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void write(QSettings &settings, const QList<OperatorAccount> &accounts)
{
    settings.beginWriteArray(GroupKey, static_cast<int>(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("login"), accounts.at(i).login);
        settings.setValue(QStringLiteral("apiUrl"), accounts.at(i).apiUrl.toString());
        settings.setValue(QStringLiteral("organisation"), accounts.at(i).organisationName);
    }
    settings.endArray();
}
} // namespace

QList<OperatorAccount> AccountList::accounts() const
{
    QSettings settings;
    QList<OperatorAccount> accounts;
    const int size = settings.beginReadArray(GroupKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        OperatorAccount account;
        account.login = settings.value(QStringLiteral("login")).toString();
        account.apiUrl = QUrl(settings.value(QStringLiteral("apiUrl")).toString());
        account.organisationName = settings.value(QStringLiteral("organisation")).toString();
        if (!account.login.isEmpty() && account.apiUrl.isValid())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

std::optional<OperatorAccount> AccountList::find(const QString &id) const
{
    for (const OperatorAccount &account : accounts()) {
        if (account.id() == id)
            return account;
    }
    return std::nullopt;
}

void AccountList::remember(const OperatorAccount &account)
{
    QList<OperatorAccount> all = accounts();
    const auto it = std::find(all.begin(), all.end(), account);
    if (it != all.end())
        *it = account;
    else
        all.append(account);
    QSettings settings;
    write(settings, all);
}

void AccountList::forget(const QString &id)
{
    QList<OperatorAccount> all = accounts();
    all.removeIf([&id](const OperatorAccount &account) { return account.id() == id; });
    QSettings settings;
    write(settings, all);
    if (settings.value(LastUsedKey).toString() == id)
        settings.remove(LastUsedKey);
}

std::optional<OperatorAccount> AccountList::lastUsed() const
{
    return find(QSettings().value(LastUsedKey).toString());
}

void AccountList::setLastUsed(const QString &id)
{
    QSettings().setValue(LastUsedKey, id);
}

QDateTime AccountList::lastSeen(const QString &id) const
{
    return QDateTime::fromString(QSettings().value(lastSeenKey(id)).toString(), Qt::ISODateWithMs);
}

void AccountList::setLastSeen(const QString &id, const QDateTime &when)
{
    QSettings().setValue(lastSeenKey(id), when.toUTC().toString(Qt::ISODateWithMs));
}
