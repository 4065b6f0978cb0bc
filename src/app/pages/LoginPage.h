#pragma once

#include "accounts/OperatorAccount.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LoginPage;
}

// The login form: which account, its password, «Запомнить меня»; the operator's address under «Дополнительно».
class LoginPage : public QWidget
{
    Q_OBJECT

public:
    explicit LoginPage(QWidget *parent = nullptr);
    ~LoginPage() override;

    void setAccounts(const QList<OperatorAccount> &accounts, const QString &currentId);
    void setDefaultApiUrl(const QUrl &url);
    // The operator the package is set up for: its name and support phone above the form.
    void setOperator(const QString &name, const QString &supportPhone);
    void setDemoHint(const QString &hint);
    void setBusy(bool busy);
    void showError(const QString &message);
    void showNotice(const QString &message);
    void clearPassword();

signals:
    void logInRequested(const OperatorAccount &account, const QString &password, bool remember);
    // The archive needs neither a session nor the network: it can be opened from here.
    void archiveRequested();

private:
    void onAccountChosen(int index);
    void onLogInClicked();
    void showMessage(const QString &message, bool isError);
    // The address is for the rare customer who needs another: shown on request, or when it differs
    // from the operator's, is missing or is wrong.
    void showAdvanced(bool shown);
    void showAdvancedIfNeeded();

    std::unique_ptr<Ui::LoginPage> m_ui;
    QList<OperatorAccount> m_accounts;
    QUrl m_defaultApiUrl;
    bool m_advancedChosen = false;
};
