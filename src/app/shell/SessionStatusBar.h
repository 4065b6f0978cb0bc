#pragma once

#include <QObject>

struct Organisation;
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

    // The organisation and its contract, as the accountant knows them; never a login or a host.
    void showOrganisation(const Organisation &organisation);
    void clear();

private:
    QStatusBar *m_bar;
    QLabel *m_accountLabel;
    QLabel *m_subscriberLabel;
};
