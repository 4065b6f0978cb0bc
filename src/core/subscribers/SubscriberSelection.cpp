#include "SubscriberSelection.h"

#include <QSettings>

QString SubscriberSelection::settingsGroup() const
{
    return QStringLiteral("chosenSubscriber/") + QString::fromLatin1(m_accountId.toUtf8().toPercentEncoding());
}

void SubscriberSelection::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    m_current = {settings.value(QStringLiteral("id")).toString(), settings.value(QStringLiteral("number")).toString(),
                 settings.value(QStringLiteral("label")).toString()};
    settings.endGroup();
    emit changed(m_current);
}

void SubscriberSelection::choose(const Choice &choice)
{
    m_current = choice;
    if (!m_accountId.isEmpty()) {
        QSettings settings;
        settings.beginGroup(settingsGroup());
        settings.setValue(QStringLiteral("id"), choice.id);
        settings.setValue(QStringLiteral("number"), choice.number);
        settings.setValue(QStringLiteral("label"), choice.label);
        settings.endGroup();
    }
    emit changed(m_current);
}

void SubscriberSelection::clear()
{
    choose({});
}
