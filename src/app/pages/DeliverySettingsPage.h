#pragma once

#include "MenuPage.h"
#include "PageContext.h"
#include "domain/DeliveryChange.h"
#include "domain/DeliverySettings.h"
#include "domain/DeliveryTarget.h"

#include <QPointer>

#include <memory>
#include <optional>

class ApiCall;

namespace Ui {
class DeliverySettingsPage;
}

// «Изменить способ/адрес доставки»: the method (e-mail or in person) and the address, checked here before
// it is sent; the history of changes with the moment each took effect; and where the next regular invoice
// will go. Not an order: available during the invoicing blackout too.
class DeliverySettingsPage : public MenuPage
{
    Q_OBJECT

public:
    explicit DeliverySettingsPage(const PageContext &context, QWidget *parent = nullptr);
    ~DeliverySettingsPage() override;

    void activate() override;

private:
    void load();
    void loadHistory();
    void showSettings(const DeliverySettings &settings);
    void showHistory(const QList<DeliveryChange> &changes);
    // Where the next regular invoice goes, by the manual's rule (RegularInvoiceDelivery); none: no address set.
    void showForecast(const std::optional<DeliveryTarget> &target);
    void showAddressField(DeliveryMethod method);
    void onMethodChanged();
    void save();
    void setBusy(bool busy);
    DeliveryMethod chosenMethod() const;
    QString methodName(DeliveryMethod method) const;

    std::unique_ptr<Ui::DeliverySettingsPage> m_ui;
    PageContext m_context;
    QPointer<ApiCall> m_loading;
    QPointer<ApiCall> m_saving;
    // What the user typed for each method, so switching back and forth loses nothing.
    QString m_emailText;
    QString m_inPersonText;
    DeliveryMethod m_shownMethod = DeliveryMethod::Email;
    BillingPeriod m_nextPeriod;
};
