#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

// An independent judge between the client and the operator: Stoplight Prism in proxy mode, checking
// every request the client sends and every answer the sandbox gives against docs/operator-api.yaml.
// With --errors, a violation replaces the answer with Prism's own error, so the test that caused it
// fails where it happened. One Prism serves the whole test process (it takes seconds to start);
// a relay in front of it follows whichever sandbox the current test started.
class ContractValidator : public QObject
{
public:
    // The process's validator when SIPCABINET_CONTRACT_VALIDATOR names Prism's executable; otherwise
    // none, and tests talk to the sandbox directly.
    static ContractValidator *fromEnvironment();

    // Where the client should send its requests (Prism's address; the contract's paths below it).
    QUrl url() const { return m_url; }
    // The sandbox that Prism's requests go to from now on. Connections kept alive to the one before are
    // cut at once, so that Prism cannot send a request into a sandbox that is gone.
    void forwardTo(quint16 sandboxPort);
    // Every violation Prism reported so far, as it wrote them.
    QStringList violations() const { return m_violations; }

private:
    ContractValidator() = default;
    bool start(const QString &prism, QString *error);
    void relay(QTcpSocket *client);
    void readLog();

    QTcpServer m_relay;
    QList<QPointer<QTcpSocket>> m_relayed;
    QProcess m_prism;
    QUrl m_url;
    quint16 m_sandboxPort = 0;
    QByteArray m_log;      // output not yet read as whole lines
    QByteArray m_startLog; // what it printed, for when it does not start
    bool m_listening = false;
    QStringList m_violations;
};
