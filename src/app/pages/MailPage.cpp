#include "MailPage.h"

#include "format/DateText.h"
#include "mail/MailIntake.h"
#include "mail/MailIntakeLog.h"
#include "mail/MailIntakeService.h"
#include "navigation/MenuCatalog.h"
#include "widgets/FileDialogs.h"
#include "ui_mailpage.h"

#include <QDir>
#include <QHeaderView>

namespace {
constexpr quint16 TlsPort = 993;
constexpr quint16 PlainPort = 143;
} // namespace

MailPage::MailPage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::MailPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    const MenuEntry entry = MenuCatalog::entry(PageId::Mail);
    setObjectName(entry.key);
    m_ui->titleLabel->setText(entry.title);
    m_ui->descriptionLabel->setText(entry.description);
    fillChoices();
    m_ui->notRecognisedView->setHorizontalHeaderLabels({tr("Received"), tr("Subject"), tr("Why not recognised")});
    m_ui->notRecognisedView->horizontalHeader()->setStretchLastSection(true);
    m_ui->notRecognisedView->verticalHeader()->hide();
    m_ui->checkBar->hide();
    m_ui->cancelButton->hide();

    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &MailPage::showSourceFields);
    connect(m_ui->securityCombo, &QComboBox::currentIndexChanged, this, &MailPage::onSecurityChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &MailPage::chooseMaildir);
    connect(m_ui->testButton, &QPushButton::clicked, this, &MailPage::testConnection);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MailPage::save);
    connect(m_ui->menuButton, &QPushButton::clicked, this, &MenuPage::menuRequested);
    if (MailIntakeService *service = m_context.mailService) {
        MailIntake *intake = service->intake();
        connect(m_ui->checkButton, &QPushButton::clicked, intake, &MailIntake::check);
        connect(m_ui->cancelButton, &QPushButton::clicked, intake, &MailIntake::cancel);
        connect(intake, &MailIntake::checkStarted, this, &MailPage::showCheckState);
        connect(intake, &MailIntake::configurationChanged, this, &MailPage::showCheckState);
        connect(intake, &MailIntake::progressChanged, this, [this](int done, int total) {
            m_ui->checkBar->setRange(0, total);
            m_ui->checkBar->setValue(done);
        });
        connect(intake, &MailIntake::checkFinished, this, &MailPage::onCheckFinished);
        connect(service, &MailIntakeService::stateChanged, this, &MailPage::showCheckState);
    }
    showSettings(m_context.mailService ? m_context.mailService->settings() : MailSettings());
    showCheckState();
}

MailPage::~MailPage() = default;

void MailPage::fillChoices()
{
    m_ui->sourceCombo->addItem(tr("nowhere: documents are not taken from mail"), int(MailSettings::Source::Off));
    m_ui->sourceCombo->addItem(tr("a mailbox on a mail server (IMAP)"), int(MailSettings::Source::Imap));
    m_ui->sourceCombo->addItem(tr("a Maildir folder on this computer"), int(MailSettings::Source::Maildir));
    m_ui->securityCombo->addItem(tr("SSL/TLS"), int(ImapSettings::Security::Tls));
    m_ui->securityCombo->addItem(tr("STARTTLS"), int(ImapSettings::Security::StartTls));
    m_ui->securityCombo->addItem(tr("none (a server on this computer only)"), int(ImapSettings::Security::None));
}

void MailPage::activate()
{
    if (!m_settingsBusy && m_context.mailService)
        showSettings(m_context.mailService->settings());
    showCheckState();
    showNotRecognised();
}

void MailPage::showSettings(const MailSettings &settings)
{
    m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(int(settings.source)));
    m_ui->hostEdit->setText(settings.imap.host);
    m_ui->securityCombo->setCurrentIndex(m_ui->securityCombo->findData(int(settings.imap.security)));
    m_ui->portSpin->setValue(settings.imap.port);
    m_ui->loginEdit->setText(settings.imap.login);
    m_ui->folderEdit->setText(settings.imap.folder);
    m_ui->maildirEdit->setText(QDir::toNativeSeparators(settings.maildir));
    // In demo mode the mailbox is the demo operator's outbox folder, a detail of this computer, not a setting.
    const bool demo = m_context.mailService && m_context.mailService->isDemo();
    m_ui->mailboxGroup->setVisible(!demo);
    m_ui->testButton->setVisible(!demo);
    m_ui->saveButton->setVisible(!demo);
    if (demo) {
        m_ui->demoNote->showInfo(tr("Demo mode: the demo operator's e-mails are taken from its outgoing mail folder "
                                    "on this computer. The mailbox is set up here outside demo mode."));
    } else {
        m_ui->demoNote->clear();
    }
    showSourceFields();
}

MailSettings MailPage::shownSettings() const
{
    MailSettings settings;
    settings.source = MailSettings::Source(m_ui->sourceCombo->currentData().toInt());
    settings.imap.host = m_ui->hostEdit->text().trimmed();
    settings.imap.port = quint16(m_ui->portSpin->value());
    settings.imap.security = ImapSettings::Security(m_ui->securityCombo->currentData().toInt());
    settings.imap.login = m_ui->loginEdit->text().trimmed();
    settings.imap.folder = m_ui->folderEdit->text().trimmed();
    settings.maildir = QDir::fromNativeSeparators(m_ui->maildirEdit->text().trimmed());
    if (m_context.mailService)
        settings.imap.caCertificatesFile = m_context.mailService->settings().imap.caCertificatesFile;
    return settings;
}

void MailPage::showSourceFields()
{
    const auto source = MailSettings::Source(m_ui->sourceCombo->currentData().toInt());
    const bool imap = source == MailSettings::Source::Imap;
    const bool maildir = source == MailSettings::Source::Maildir;
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->hostLabel), static_cast<QWidget *>(m_ui->hostEdit),
                            static_cast<QWidget *>(m_ui->portLabel), static_cast<QWidget *>(m_ui->portSpin),
                            static_cast<QWidget *>(m_ui->securityLabel), static_cast<QWidget *>(m_ui->securityCombo),
                            static_cast<QWidget *>(m_ui->loginLabel), static_cast<QWidget *>(m_ui->loginEdit),
                            static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->passwordEdit),
                            static_cast<QWidget *>(m_ui->rememberSpacerLabel),
                            static_cast<QWidget *>(m_ui->rememberCheck), static_cast<QWidget *>(m_ui->folderLabel),
                            static_cast<QWidget *>(m_ui->folderEdit)})
        widget->setVisible(imap);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->maildirLabel), static_cast<QWidget *>(m_ui->maildirEdit),
                            static_cast<QWidget *>(m_ui->browseButton)})
        widget->setVisible(maildir);
    const bool demo = m_context.mailService && m_context.mailService->isDemo();
    m_ui->testButton->setVisible(!demo && source != MailSettings::Source::Off);
}

void MailPage::onSecurityChanged()
{
    // Follow the usual port of the chosen encryption, unless the user typed another one.
    const auto security = ImapSettings::Security(m_ui->securityCombo->currentData().toInt());
    const quint16 usual = security == ImapSettings::Security::Tls ? TlsPort : PlainPort;
    if (m_ui->portSpin->value() == TlsPort || m_ui->portSpin->value() == PlainPort)
        m_ui->portSpin->setValue(usual);
}

void MailPage::chooseMaildir()
{
    const QString folder = FileDialogs::askExistingFolder(this, tr("Choose the mail folder (Maildir)"),
                                                          m_ui->maildirEdit->text());
    if (!folder.isEmpty())
        m_ui->maildirEdit->setText(QDir::toNativeSeparators(folder));
}

void MailPage::setSettingsBusy(bool busy)
{
    m_settingsBusy = busy;
    m_ui->testButton->setEnabled(!busy);
    m_ui->saveButton->setEnabled(!busy);
    m_ui->mailboxGroup->setEnabled(!busy);
}

std::optional<MailSettings> MailPage::usableSettings()
{
    if (!m_context.mailService || m_settingsBusy)
        return std::nullopt;
    const MailSettings settings = shownSettings();
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        m_ui->settingsMessage->showError(problem);
        return std::nullopt;
    }
    return settings;
}

void MailPage::testConnection()
{
    const std::optional<MailSettings> settings = usableSettings();
    if (!settings)
        return;
    setSettingsBusy(true);
    m_ui->settingsMessage->showInfo(tr("Connecting…"));
    m_context.mailService->testConnection(*settings, m_ui->passwordEdit->text(), this,
                                          [this](bool ok, const QString &message) {
                                              setSettingsBusy(false);
                                              if (ok)
                                                  m_ui->settingsMessage->showSuccess(message);
                                              else
                                                  m_ui->settingsMessage->showError(message);
                                          });
}

void MailPage::save()
{
    const std::optional<MailSettings> settings = usableSettings();
    if (!settings)
        return;
    setSettingsBusy(true);
    m_context.mailService->apply(*settings, m_ui->passwordEdit->text(), m_ui->rememberCheck->isChecked(), this,
                                 [this](const QString &problem) {
                                     setSettingsBusy(false);
                                     m_ui->passwordEdit->clear();
                                     if (problem.isEmpty())
                                         m_ui->settingsMessage->showSuccess(tr("Saved. Mail is checked every ten "
                                                                               "minutes, and more often after an "
                                                                               "order."));
                                     else
                                         m_ui->settingsMessage->showError(problem);
                                     showCheckState();
                                 });
}

void MailPage::showCheckState()
{
    MailIntakeService *service = m_context.mailService;
    const bool checking = service && service->intake()->isChecking();
    const bool configured = service && service->intake()->isConfigured();
    m_ui->checkButton->setEnabled(configured && !checking);
    m_ui->checkBar->setVisible(checking);
    m_ui->cancelButton->setVisible(checking);
    if (checking) {
        m_ui->checkMessage->showInfo(tr("Checking mail…"));
        return;
    }
    if (service && service->needsPassword())
        m_ui->checkMessage->showError(tr("Enter the mailbox's password above and press «Save»: it is not kept on "
                                         "this computer."));
    else if (!configured && m_ui->checkMessage->tone() != InlineMessage::Tone::Error)
        m_ui->checkMessage->showInfo(service && service->settings().source != MailSettings::Source::Off
                                         ? tr("Mail is checked once you are logged in to the personal account.")
                                         : tr("Mail is not checked: choose where the operator's e-mails come from "
                                              "and press «Save»."));
}

void MailPage::onCheckFinished()
{
    const MailIntake::Summary summary = m_context.mailService->lastSummary();
    showCheckState();
    if (!summary.problem.isEmpty())
        m_ui->checkMessage->showError(summary.problem);
    else if (summary.cancelled)
        m_ui->checkMessage->showInfo(tr("The check was cancelled; the rest is taken next time."));
    else if (summary.looked == 0)
        m_ui->checkMessage->showSuccess(tr("Checked at %1: no new e-mail.").arg(DateText::timeOfDay(summary.finishedAt)));
    else
        m_ui->checkMessage->showSuccess(tr("Checked at %1: %n new e-mail(s) read, documents filed: %2.", "",
                                           summary.looked)
                                            .arg(DateText::timeOfDay(summary.finishedAt))
                                            .arg(summary.filed));
    showNotRecognised();
}

void MailPage::showNotRecognised()
{
    const QList<MailIntakeLog::Entry> entries =
        m_context.mailService && m_context.mailService->log() ? m_context.mailService->log()->notRecognised()
                                                              : QList<MailIntakeLog::Entry>();
    m_ui->notRecognisedView->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const MailIntakeLog::Entry &entry = entries.at(row);
        const QStringList cells{DateText::moment(entry.lookedAt), entry.subject, entry.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            m_ui->notRecognisedView->setItem(row, column, cell);
        }
    }
    m_ui->notRecognisedLabel->setVisible(!entries.isEmpty());
    m_ui->notRecognisedView->setVisible(!entries.isEmpty());
    // The list, when there is one, takes the page's free height; otherwise the space stays below the controls.
    m_ui->pageSpacer->changeSize(0, 0, QSizePolicy::Minimum,
                                 entries.isEmpty() ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    m_ui->pageLayout->invalidate();
    m_ui->notRecognisedView->resizeColumnToContents(0);
}
