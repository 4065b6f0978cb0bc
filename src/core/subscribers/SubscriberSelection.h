#pragma once

#include <QObject>
#include <QString>

// The SIP subscriber the user chose for the functions that work per subscriber, remembered per account.
class SubscriberSelection : public QObject
{
    Q_OBJECT

public:
    struct Choice
    {
        QString id;
        QString number;
        QString label;
        bool isEmpty() const { return id.isEmpty(); }
    };

    using QObject::QObject;

    // Reads the remembered choice of this account (empty if none).
    void setAccount(const QString &accountId);
    QString accountId() const { return m_accountId; }
    Choice current() const { return m_current; }
    void choose(const Choice &choice);
    void clear();

signals:
    void changed(const SubscriberSelection::Choice &choice);

private:
    QString settingsGroup() const;

    QString m_accountId;
    Choice m_current;
};
