#pragma once

#include "MenuPage.h"
#include "PageContext.h"
#include "domain/DeliveryChange.h"
#include "domain/Invoice.h"

#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class InvoiceEmailOrderPage;
}
class OrderSteps;
struct OrderReceipt;

// «Заказать счет на E-mail»: the repeat of a regular invoice for a chosen period, sent to the address
// invoices go to today, shown before the user confirms.
class InvoiceEmailOrderPage : public MenuPage
{
    Q_OBJECT

public:
    explicit InvoiceEmailOrderPage(const PageContext &context, QWidget *parent = nullptr);
    ~InvoiceEmailOrderPage() override;

    void activate() override;

private:
    void loadAccount();
    void loadInvoices();
    void showInvoices(const QList<Invoice> &invoices);
    void showAddress();
    void loadDeliveryHistory();
    // Where the chosen period's regular invoice went, by the manual's rule (RegularInvoiceDelivery).
    void showRegularDelivery();
    void updateChoice();
    const Invoice *chosenInvoice() const;
    QString confirmation() const;
    QString receipt(const OrderReceipt &receipt) const;

    const PageContext m_context;
    std::unique_ptr<Ui::InvoiceEmailOrderPage> m_ui;
    OrderSteps *m_steps;
    QList<Invoice> m_invoices;
    std::optional<QList<DeliveryChange>> m_deliveryHistory;
    QString m_invoiceEmail;
};
