#pragma once

#include "MenuPage.h"
#include "PageContext.h"
#include "api/OperatorApi.h"
#include "domain/CurrentCharges.h"

#include <memory>

namespace Ui {
class CurrentChargesPage;
}
class OrderSteps;
class SubscriberChargesModel;

// «Начисления за текущий период»: the charges so far per subscriber in a sortable table with the total, and
// their order to the customer's e-mail for all subscribers or the checked ones.
class CurrentChargesPage : public MenuPage
{
    Q_OBJECT

public:
    explicit CurrentChargesPage(const PageContext &context, QWidget *parent = nullptr);
    ~CurrentChargesPage() override;

    void activate() override;

private:
    void loadAccount();
    void loadCharges();
    void showCharges(const CurrentCharges &charges);
    void showAddress();
    void exportExcel();
    void updateChoice();
    bool onlyChecked() const;
    QString scopeText() const;
    QString confirmation() const;

    const PageContext m_context;
    std::unique_ptr<Ui::CurrentChargesPage> m_ui;
    SubscriberChargesModel *m_model;
    OrderSteps *m_steps;
    CurrentCharges m_charges;
    bool m_loaded = false;
    QString m_contactEmail;
};
