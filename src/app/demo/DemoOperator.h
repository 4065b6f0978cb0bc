#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

namespace Sandbox {
class OperatorSandbox;
}

// The demo mode's operator: the sandbox running inside the app on loopback, with its data kept in the
// app's data folder so demo work (ordered invoices, changed addresses) survives a restart.
class DemoOperator : public QObject
{
    Q_OBJECT

public:
    // A fixed port keeps the demo account's identity stable between runs; any free port if it is taken.
    static constexpr quint16 PreferredPort = 47610;

    explicit DemoOperator(QObject *parent = nullptr);
    ~DemoOperator() override;

    bool start(QString *error);
    QUrl baseUrl() const;
    static QString loginHint();

private:
    Sandbox::OperatorSandbox *m_sandbox = nullptr;
};
