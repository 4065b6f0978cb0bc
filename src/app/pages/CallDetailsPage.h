#pragma once

#include "MenuPage.h"
#include "PageContext.h"
#include "api/OperatorApi.h"

#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class CallDetailsPage;
}
class BillingPeriod;
class OrderSteps;

// «Детализация на E-mail»: call details of the current or the previous month, for all SIP subscribers or
// one, as PDF or CSV, sent to the customer's contact address.
class CallDetailsPage : public MenuPage
{
    Q_OBJECT

public:
    explicit CallDetailsPage(const PageContext &context, QWidget *parent = nullptr);
    ~CallDetailsPage() override;

    void activate() override;

private:
    void loadAccount();
    void loadSubscribers();
    void showSubscribers(const QList<Subscriber> &subscribers);
    void showMonths();
    void showChosenSubscriber();
    void showAddress();
    void updateChoice();
    BillingPeriod currentPeriod() const;
    OperatorApi::CallDetailsMonth month() const;
    std::optional<QString> subscriberId() const;
    QString subscribersText() const;
    QString formatText() const;
    BillingPeriod period() const;
    QString confirmation() const;
    ApiCall *placeOrder(QObject *callContext, ApiCallback<OrderReceipt> done) const;

    const PageContext m_context;
    std::unique_ptr<Ui::CallDetailsPage> m_ui;
    OrderSteps *m_steps;
    QString m_contactEmail;
};
