#include "DemoOperator.h"

#include <QCoreApplication>
#include <QDir>

#include "accounts/AccountList.h"
#include "credentials/AccountSecrets.h"

#include <memory>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
constexpr int stopWaitMs = 3000;

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-operator");
}
} // namespace

DemoOperator::DemoOperator(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoOperator::onOutput);
    connect(&m_process, &QProcess::finished, this, &DemoOperator::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        qWarning("demo operator: %s", qPrintable(m_process.errorString()));
        emit failed(tr("The demo operator could not be started. Reinstall the program."));
    });
}

DemoOperator::~DemoOperator()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    disconnect(&m_process, nullptr, this, nullptr);
    m_process.closeWriteChannel(); // the child's signal to end, the same one a crash of the app gives it
    if (!m_process.waitForFinished(stopWaitMs)) {
        m_process.kill();
        m_process.waitForFinished(stopWaitMs);
    }
}

QString DemoOperator::executable()
{
    const QString name = QStringLiteral("operator-sandbox");
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        appDir.filePath(name),
        appDir.filePath(QStringLiteral("../libexec/sipcabinet/") + name),
#ifdef SIPCABINET_BUILD_TREE_SANDBOX
        QStringLiteral(SIPCABINET_BUILD_TREE_SANDBOX),
#endif
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return QString();
}

void DemoOperator::start()
{
    const QDir data(dataFolder());
    if (!QDir().mkpath(data.path())) {
        emit failed(tr("Cannot create the demo operator's folder %1.").arg(QDir::toNativeSeparators(data.path())));
        return;
    }
    if (executable().isEmpty()) {
        qWarning("demo operator: operator-sandbox is neither beside the program nor in its libexec folder");
        emit failed(tr("The demo operator is not installed with the program. Reinstall the program."));
        return;
    }
    launch(PreferredPort);
}

void DemoOperator::launch(quint16 port)
{
    m_port = port;
    m_output.clear();
    const QDir data(dataFolder());
    m_process.start(executable(),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"),
                     data.filePath(QStringLiteral("operator.sqlite")), QStringLiteral("--outbox"), outboxDirectory(),
                     QStringLiteral("--organisations"), QString::number(Organisations),
                     QStringLiteral("--exit-with-parent")});
}

void DemoOperator::onOutput()
{
    m_output += m_process.readAllStandardOutput();
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch() || isReady())
        return;
    m_baseUrl = QUrl(match.captured(1));
    emit ready(m_baseUrl);
}

void DemoOperator::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!isReady() && m_port != 0) {
        launch(0); // the preferred port is taken: any free one
        return;
    }
    // What the program said is for the log; the user reads what it means for them.
    qWarning("demo operator ended (%s, code %d): %s", status == QProcess::CrashExit ? "crashed" : "exited",
             exitCode, m_process.readAllStandardError().trimmed().constData());
    m_baseUrl.clear();
    emit failed(tr("The demo operator stopped, so the demo cannot go on. Start the program again."));
}

QString DemoOperator::outboxDirectory()
{
    return QDir(dataFolder()).filePath(QStringLiteral("outbox"));
}

MailIntakeService::OperatorIdentity DemoOperator::mailIdentity()
{
    // As the sandbox's EmailComposer signs (the contract's «E-mail the operator sends»).
    return {{QStringLiteral("billing@operator.example")}, QStringLiteral("Оператор связи")};
}

QList<std::pair<QString, QString>> DemoOperator::accountingFirm()
{
    QList<std::pair<QString, QString>> accounts;
    for (int n = 1; n <= Organisations; ++n) {
        const QString login = n == 1 ? QStringLiteral("demo") : QStringLiteral("demo%1").arg(n);
        accounts.append({login, login + QStringLiteral("-password")});
    }
    return accounts;
}

QStringList DemoOperator::rememberFirm(AccountList *accounts, AccountSecrets *secrets, const QUrl &baseUrl,
                                       QObject *context, std::function<void()> done)
{
    QStringList ids;
    QList<std::pair<OperatorAccount, QString>> toKeep;
    for (const auto &[login, password] : accountingFirm()) {
        const OperatorAccount account{login, baseUrl, {}};
        ids.append(account.id());
        if (!accounts->find(account.id())) {
            accounts->remember(account);
            toKeep.append({account, password});
        }
    }
    if (toKeep.isEmpty()) {
        done();
        return ids;
    }
    auto left = std::make_shared<int>(int(toKeep.size()));
    for (const auto &[account, password] : std::as_const(toKeep)) {
        secrets->savePassword(account, password, context, [left, done](const CredentialStore::Result &) {
            if (--*left == 0)
                done();
        });
    }
    return ids;
}

QString DemoOperator::loginHint()
{
    return tr("Demo mode: the operator runs on this computer. Log in as «demo» with the password «demo-password» "
              "(ООО «Ромашка») or as «demo2» with «demo2-password» (ИП Сидоров).");
}
