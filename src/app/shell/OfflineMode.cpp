#include "OfflineMode.h"

#include "MainWindow.h"
#include "pages/LoginPage.h"
#include "session/SessionController.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

OfflineMode::OfflineMode(MainWindow *window, SessionController *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
}

bool OfflineMode::isActive() const
{
    return !m_label.isNull();
}

void OfflineMode::enter(const QString &message)
{
    if (!isActive()) {
        m_label = new QLabel(m_window);
        m_label->setObjectName(QStringLiteral("offlineLabel"));
        m_window->statusBar()->addWidget(m_label, 1);
        m_retryButton = new QPushButton(tr("&Retry login"), m_window);
        m_retryButton->setObjectName(QStringLiteral("retryLoginButton"));
        m_retryButton->setAccessibleName(tr("Retry login"));
        connect(m_retryButton, &QPushButton::clicked, m_session, &SessionController::retry);
        m_window->statusBar()->addPermanentWidget(m_retryButton);
        m_retryTimer = new QTimer(this);
        m_retryTimer->setInterval(std::chrono::seconds(RetrySeconds));
        connect(m_retryTimer, &QTimer::timeout, m_session, &SessionController::retry);
        m_retryTimer->start();
    }
    m_label->setText(tr("Offline: %1 Only the document archive works until the operator can be reached.").arg(message));
    m_window->loginPage()->setBusy(false);
    m_window->showArchiveOnly();
}

void OfflineMode::leave()
{
    delete m_label;
    delete m_retryButton;
    delete m_retryTimer;
}
