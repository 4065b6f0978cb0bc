#include "DemoOperator.h"

#include "OperatorSandbox.h"

#include <QDir>
#include <QStandardPaths>

DemoOperator::DemoOperator(QObject *parent)
    : QObject(parent)
{
}

DemoOperator::~DemoOperator() = default;

bool DemoOperator::start(QString *error)
{
    const QDir dataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                       + QStringLiteral("/demo-operator"));
    if (!QDir().mkpath(dataDir.path())) {
        *error = tr("Cannot create the demo operator's folder %1.").arg(QDir::toNativeSeparators(dataDir.path()));
        return false;
    }
    Sandbox::OperatorSandbox::Options options;
    options.databasePath = dataDir.filePath(QStringLiteral("operator.sqlite"));
    options.outboxDirectory = dataDir.filePath(QStringLiteral("outbox"));

    for (const quint16 port : {PreferredPort, quint16(0)}) {
        delete m_sandbox;
        m_sandbox = new Sandbox::OperatorSandbox(this);
        options.port = port;
        QString problem;
        if (m_sandbox->start(options, &problem))
            return true;
        *error = tr("The demo operator could not start: %1").arg(problem);
    }
    return false;
}

QUrl DemoOperator::baseUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

QString DemoOperator::loginHint()
{
    return tr("Demo mode: the operator runs inside the app. Log in as «demo» with the password «demo-password» "
              "(ООО «Ромашка») or as «demo2» with «demo2-password» (ИП Сидоров).");
}
