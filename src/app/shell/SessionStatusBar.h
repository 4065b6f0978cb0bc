#pragma once

#include <QObject>

class OperatorAccount;
class QLabel;
class QStatusBar;
class SubscriberSelection;

// The status bar's permanent facts about the session: whose account, at which operator, and the SIP
// subscriber chosen in «Выбор SIP-абонента».
class SessionStatusBar : public QObject
{
    Q_OBJECT

public:
    SessionStatusBar(QStatusBar *bar, SubscriberSelection *subscriber);

    void showAccount(const OperatorAccount &account);
    void clear();

private:
    QStatusBar *m_bar;
    QLabel *m_accountLabel;
    QLabel *m_subscriberLabel;
};
