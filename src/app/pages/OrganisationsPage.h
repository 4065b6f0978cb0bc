#pragma once

#include "MenuPage.h"
#include "PageContext.h"

#include <QTimer>

#include <functional>
#include <memory>

class AccountSession;
class OrganisationsModel;
class QSortFilterProxyModel;

namespace Ui {
class OrganisationsPage;
}

// «Организации»: every remembered account at a glance (balance, whether ordering is open, last month's
// invoice, new documents, what went wrong), sortable and filterable; Enter opens the account's cabinet, and
// «Закрыть месяц…» gets the month's documents of all of them into one pack, with progress per account.
class OrganisationsPage : public MenuPage
{
    Q_OBJECT

public:
    explicit OrganisationsPage(const PageContext &context, QWidget *parent = nullptr);
    ~OrganisationsPage() override;

    void activate() override;
    // Where the last pack was shown from; tests replace the desktop's file manager.
    void setFolderOpener(std::function<bool(const QString &)> open) { m_openFolder = std::move(open); }

private:
    void refreshRows();
    void scheduleRefresh();
    QString currentAccountId() const;
    void updateButtons();
    void openCabinet();
    void enterPassword();
    void closeMonth();
    void showCloseProgress();
    void showCloseOutcome();
    void showPack();
    void refreshQueue();
    void cancelQueued();
    // The operator's clock and calendar, as any signed-in account knows them.
    const AccountSession *clockSource() const;

    std::unique_ptr<Ui::OrganisationsPage> m_ui;
    PageContext m_context;
    OrganisationsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    std::function<bool(const QString &)> m_openFolder;
    QTimer m_refreshPending;
};
