#include "LoginPage.h"

#include "OperatorUrlPolicy.h"
#include "ui_loginpage.h"

LoginPage::LoginPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginPage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("login"));
    m_ui->progressBar->hide();
    m_ui->demoHintLabel->hide();
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &LoginPage::onAccountChosen);
    connect(m_ui->logInButton, &QPushButton::clicked, this, &LoginPage::onLogInClicked);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &LoginPage::archiveRequested);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginPage::onLogInClicked);
    connect(m_ui->loginEdit, &QLineEdit::returnPressed, this, [this] { m_ui->passwordEdit->setFocus(); });
    connect(m_ui->advancedButton, &QToolButton::toggled, this, [this](bool shown) {
        m_advancedChosen = shown;
        showAdvanced(shown);
    });
    m_ui->operatorLabel->hide();
    showAdvanced(false);
    setAccounts({}, {});
}

LoginPage::~LoginPage() = default;

void LoginPage::setAccounts(const QList<OperatorAccount> &accounts, const QString &currentId)
{
    m_accounts = accounts;
    const QSignalBlocker blocker(m_ui->accountCombo);
    m_ui->accountCombo->clear();
    int current = 0;
    for (const OperatorAccount &account : accounts) {
        if (account.id() == currentId)
            current = m_ui->accountCombo->count();
        m_ui->accountCombo->addItem(account.displayName(), account.id());
    }
    m_ui->accountCombo->addItem(tr("Another account…"));
    m_ui->accountCombo->setCurrentIndex(current);
    onAccountChosen(current);
}

void LoginPage::setDefaultApiUrl(const QUrl &url)
{
    m_defaultApiUrl = url;
    if (m_ui->accountCombo->currentIndex() >= m_accounts.size())
        m_ui->apiUrlEdit->setText(url.toString());
    showAdvancedIfNeeded();
}

void LoginPage::setOperator(const QString &name, const QString &supportPhone)
{
    const QString text = supportPhone.isEmpty() ? tr("Operator: %1").arg(name)
                                                : tr("Operator: %1. Support: %2").arg(name, supportPhone);
    m_ui->operatorLabel->setText(text);
    m_ui->operatorLabel->setVisible(!name.isEmpty());
}

void LoginPage::showAdvanced(bool shown)
{
    const QSignalBlocker blocker(m_ui->advancedButton);
    m_ui->advancedButton->setChecked(shown);
    m_ui->advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->formLayout->setRowVisible(m_ui->apiUrlEdit, shown);
}

void LoginPage::showAdvancedIfNeeded()
{
    const QUrl shown = QUrl::fromUserInput(m_ui->apiUrlEdit->text().trimmed());
    showAdvanced(m_advancedChosen || m_defaultApiUrl.isEmpty() || shown != m_defaultApiUrl);
}

void LoginPage::setDemoHint(const QString &hint)
{
    m_ui->demoHintLabel->setText(hint);
    m_ui->demoHintLabel->setVisible(!hint.isEmpty());
}

void LoginPage::onAccountChosen(int index)
{
    const bool known = index >= 0 && index < m_accounts.size();
    m_ui->loginEdit->setText(known ? m_accounts.at(index).login : QString());
    m_ui->apiUrlEdit->setText(known ? m_accounts.at(index).apiUrl.toString() : m_defaultApiUrl.toString());
    m_ui->passwordEdit->clear();
    (known ? m_ui->passwordEdit : m_ui->loginEdit)->setFocus();
    showAdvancedIfNeeded();
}

void LoginPage::onLogInClicked()
{
    OperatorAccount account;
    account.login = m_ui->loginEdit->text().trimmed();
    account.apiUrl = QUrl::fromUserInput(m_ui->apiUrlEdit->text().trimmed());
    const int index = m_ui->accountCombo->currentIndex();
    if (index >= 0 && index < m_accounts.size() && m_accounts.at(index) == account)
        account.organisationName = m_accounts.at(index).organisationName;

    if (account.login.isEmpty()) {
        m_ui->loginEdit->setFocus();
        return showError(tr("Enter the login of your personal account."));
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->passwordEdit->setFocus();
        return showError(tr("Enter the password."));
    }
    if (const QString problem = OperatorUrlPolicy::problemWith(account.apiUrl); !problem.isEmpty()) {
        showAdvanced(true);
        m_ui->apiUrlEdit->setFocus();
        return showError(problem);
    }
    emit logInRequested(account, m_ui->passwordEdit->text(), m_ui->rememberCheck->isChecked());
}

void LoginPage::setBusy(bool busy)
{
    m_ui->progressBar->setVisible(busy);
    for (QWidget *control : {static_cast<QWidget *>(m_ui->accountCombo), static_cast<QWidget *>(m_ui->loginEdit),
                             static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->rememberCheck),
                             static_cast<QWidget *>(m_ui->apiUrlEdit), static_cast<QWidget *>(m_ui->advancedButton),
                             static_cast<QWidget *>(m_ui->logInButton),
                             static_cast<QWidget *>(m_ui->archiveButton)})
        control->setEnabled(!busy);
    // Disabled fields cannot take the focus, so it is given when the form opens up: typing at start goes
    // where it is needed, and Enter logs in.
    if (!busy && !m_ui->loginEdit->hasFocus() && !m_ui->passwordEdit->hasFocus())
        (m_ui->loginEdit->text().isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
    if (busy)
        showMessage(tr("Logging in…"), false);
    else if (m_ui->messageLabel->text() == tr("Logging in…"))
        showMessage(QString(), false);
}

void LoginPage::showError(const QString &message)
{
    showMessage(message, true);
}

void LoginPage::showNotice(const QString &message)
{
    showMessage(message, false);
}

void LoginPage::showMessage(const QString &message, bool isError)
{
    if (message.isEmpty())
        m_ui->messageLabel->clear();
    else
        m_ui->messageLabel->show(isError ? InlineMessage::Tone::Error : InlineMessage::Tone::Info, message);
}

void LoginPage::clearPassword()
{
    m_ui->passwordEdit->clear();
}
