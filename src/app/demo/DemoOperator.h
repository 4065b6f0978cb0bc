#pragma once

#include "mail/MailIntakeService.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <functional>

class AccountList;
class AccountSecrets;

// The demo mode's operator: the stand-alone operator-sandbox program, started as a child process on a
// loopback port, with its data in the app's data folder so demo work (ordered invoices, changed
// addresses) survives a restart. The app does not link the sandbox (nor Qt HTTP Server). The child
// ends with the app: it is stopped at exit, and after a crash it sees its standard input close.
class DemoOperator : public QObject
{
    Q_OBJECT

public:
    // A fixed port keeps the demo account's identity stable between runs; any free port if it is taken.
    static constexpr quint16 PreferredPort = 47610;
    // The demo accounting firm's clients: demo (ООО «Ромашка»), demo2 (ИП Сидоров), then demo3 ... demo12.
    static constexpr int Organisations = 12;

    explicit DemoOperator(QObject *parent = nullptr);
    ~DemoOperator() override;

    // Starts the child; ends in ready() or failed().
    void start();
    QUrl baseUrl() const { return m_baseUrl; }
    bool isReady() const { return m_baseUrl.isValid(); }
    static QString loginHint();
    // The demo accounting firm's clients: each login with its password, as the demo operator seeds them.
    static QList<std::pair<QString, QString>> accountingFirm();
    // Remembers the firm's organisations at the demo operator's address, with their (public) passwords in the
    // keychain, so that «Организации» and the month close have clients from the first start; done() once the
    // keychain has them. Returns the firm's account ids.
    static QStringList rememberFirm(AccountList *accounts, AccountSecrets *secrets, const QUrl &baseUrl,
                                    QObject *context, std::function<void()> done);
    // The Maildir the demo operator delivers its e-mail to: demo mode's mailbox, read by mail intake.
    static QString outboxDirectory();
    // Who the demo operator's e-mail comes from.
    static MailIntakeService::OperatorIdentity mailIdentity();
    // Where operator-sandbox is looked for: beside the app, in the package's libexec folder, in the build tree.
    static QString executable();

signals:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void launch(quint16 port);
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
    quint16 m_port = PreferredPort;
};
