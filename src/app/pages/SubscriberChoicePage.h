#pragma once

#include "OperatorDataPage.h"
#include "domain/Subscriber.h"

#include <memory>

class QSortFilterProxyModel;
class SubscriberTableModel;

namespace Ui {
class SubscriberChoicePage;
}

// «Выбор SIP-абонента»: the account's SIP subscribers with a search; the one chosen (double-click, Enter
// or «Выбрать») is what the per-subscriber functions use, remembered per account by SubscriberSelection.
class SubscriberChoicePage : public OperatorDataPage
{
    Q_OBJECT

public:
    explicit SubscriberChoicePage(const PageContext &context, QWidget *parent = nullptr);
    ~SubscriberChoicePage() override;

private:
    void startLoading();
    void showSubscribers(const QList<Subscriber> &subscribers);
    void chooseRow(const QModelIndex &proxyIndex);
    void showCurrentChoice();
    void onSearchEdited(const QString &text);

    std::unique_ptr<Ui::SubscriberChoicePage> m_ui;
    SubscriberTableModel *m_subscribers;
    QSortFilterProxyModel *m_found;
};
