#pragma once

#include "MenuPage.h"
#include "PageContext.h"
#include "mail/MailSettings.h"

#include <memory>
#include <optional>

namespace Ui {
class MailPage;
}

// «Почта»: which mailbox mail intake reads (an IMAP server, or a Maildir folder on this computer), its
// password kept under the keychain's rules, «Проверить соединение», a check by hand with its progress and
// cancel, and the e-mails that claim to be the operator's but were not recognised, each with its reason.
class MailPage : public MenuPage
{
    Q_OBJECT

public:
    explicit MailPage(const PageContext &context, QWidget *parent = nullptr);
    ~MailPage() override;

    void activate() override;

private:
    void fillChoices();
    void showSettings(const MailSettings &settings);
    MailSettings shownSettings() const;
    // The settings shown, when they can be used; otherwise nothing, and the page says why.
    std::optional<MailSettings> usableSettings();
    void showSourceFields();
    void onSecurityChanged();
    void chooseMaildir();
    void testConnection();
    void save();
    void setSettingsBusy(bool busy);
    void showCheckState();
    void onCheckFinished();
    void showNotRecognised();

    std::unique_ptr<Ui::MailPage> m_ui;
    PageContext m_context;
    bool m_settingsBusy = false;
};
