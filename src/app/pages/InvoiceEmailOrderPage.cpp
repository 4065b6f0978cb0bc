#include "InvoiceEmailOrderPage.h"

#include "OrderSteps.h"
#include "api/OperatorApi.h"
#include "format/DateText.h"
#include "format/PeriodTitle.h"
#include "invoicing/RegularInvoiceDelivery.h"
#include "navigation/MenuCatalog.h"
#include "session/SessionController.h"
#include "ui_invoiceemailorderpage.h"

#include <algorithm>

InvoiceEmailOrderPage::InvoiceEmailOrderPage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::InvoiceEmailOrderPage>())
{
    m_ui->setupUi(this);
    m_steps = new OrderSteps(PageId::InvoiceEmailOrder, context, OrderSteps::Widgets::fromForm(*m_ui), this);
    m_steps->setOrder({[this] { return confirmation(); },
                       [this](QObject *callContext, ApiCallback<OrderReceipt> done) {
                           return m_context.api->repeatInvoice(chosenInvoice()->period, callContext,
                                                               std::move(done));
                       },
                       [this](const OrderReceipt &answer) { return receipt(answer); },
                       [this](const OrderReceipt &answer) {
                           const Invoice *invoice = chosenInvoice();
                           PlacedOrder order = PlacedOrder::from(answer, QString(), ArchivedDocument::Kind::Invoice,
                                                                 invoice->period);
                           order.invoiceNumber = invoice->number;
                           order.amount = invoice->amount;
                           return order;
                       }});
    m_steps->setQueued([this] {
        QueuedOrder order;
        order.kind = QueuedOrder::Kind::InvoiceRepeat;
        order.period = chosenInvoice()->period;
        return order;
    });
    connect(m_steps, &OrderSteps::menuRequested, this, &MenuPage::menuRequested);
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &InvoiceEmailOrderPage::updateChoice);
    if (m_context.session)
        m_invoiceEmail = m_context.session->accountInfo().organisation.invoiceEmail;
    showAddress();
    updateChoice();
}

InvoiceEmailOrderPage::~InvoiceEmailOrderPage() = default;

void InvoiceEmailOrderPage::activate()
{
    if (!m_steps->reopen())
        return;
    loadAccount();
    loadInvoices();
    loadDeliveryHistory();
}

void InvoiceEmailOrderPage::loadAccount()
{
    // The address may have changed since log-in (on «Изменить способ/адрес доставки»): ask again.
    m_steps->loadAccount(this, [this](const AccountInfo &account) {
        m_invoiceEmail = account.organisation.invoiceEmail;
        showAddress();
        updateChoice();
    });
}

void InvoiceEmailOrderPage::loadInvoices()
{
    m_steps->track(m_context.api->invoices(this, [this](const ApiResult<QList<Invoice>> &result) {
        if (!result.isOk())
            return m_steps->showChoiceError(result.error());
        showInvoices(result.value());
    }));
}

void InvoiceEmailOrderPage::loadDeliveryHistory()
{
    // Only to say where past invoices went: without it the page still orders, so a failure stays quiet here.
    m_steps->track(m_context.api->deliveryHistory(this, [this](const ApiResult<QList<DeliveryChange>> &result) {
        if (result.isOk())
            m_deliveryHistory = result.value();
        showRegularDelivery();
    }));
}

void InvoiceEmailOrderPage::showRegularDelivery()
{
    const Invoice *invoice = chosenInvoice();
    const std::optional<DeliveryTarget> target =
        invoice && m_deliveryHistory ? RegularInvoiceDelivery(*m_deliveryHistory).wentTo(*invoice) : std::nullopt;
    if (!target) {
        m_ui->regularDeliveryLabel->clear();
        m_ui->regularDeliveryLabel->hide();
        return;
    }
    const QString period = PeriodTitle::inText(invoice->period);
    const QString formed = DateText::moment(invoice->formedAt);
    m_ui->regularDeliveryLabel->setText(
        target->method == DeliveryMethod::Email
            ? tr("The regular invoice for %1 was sent by e-mail to %2: the address in force when it was formed (%3).")
                  .arg(period, target->address, formed)
            : tr("The regular invoice for %1 was handed over in person at %2: the address in force when it was "
                 "formed (%3).")
                  .arg(period, target->address, formed));
    m_ui->regularDeliveryLabel->show();
}

void InvoiceEmailOrderPage::showInvoices(const QList<Invoice> &invoices)
{
    // Keep the user's period across refreshes.
    const QString chosen = m_ui->periodCombo->currentData().toString();
    m_invoices = invoices;
    std::sort(m_invoices.begin(), m_invoices.end(),
              [](const Invoice &a, const Invoice &b) { return b.period < a.period; });
    m_ui->periodCombo->clear();
    for (const Invoice &invoice : std::as_const(m_invoices)) {
        m_ui->periodCombo->addItem(tr("%1 — invoice No. %2, %3")
                                       .arg(PeriodTitle::of(invoice.period), invoice.number,
                                            invoice.amount.toDisplayString()),
                                   invoice.period.toString());
    }
    const int index = m_ui->periodCombo->findData(chosen);
    m_ui->periodCombo->setCurrentIndex(index >= 0 ? index : 0);
    if (m_invoices.isEmpty())
        m_ui->choiceMessage->showInfo(tr("The operator has no invoices for this account yet."));
    updateChoice();
}

void InvoiceEmailOrderPage::showAddress()
{
    m_ui->addressLabel->setText(m_invoiceEmail.isEmpty()
                                    ? tr("No e-mail address for invoices is given. Set one in «%1».")
                                          .arg(MenuCatalog::entry(PageId::DeliverySettings).title)
                                    : tr("The copy of the invoice will be sent to: %1").arg(m_invoiceEmail));
}

void InvoiceEmailOrderPage::updateChoice()
{
    showRegularDelivery();
    m_steps->setChoiceReady(chosenInvoice() != nullptr && !m_invoiceEmail.isEmpty());
}

const Invoice *InvoiceEmailOrderPage::chosenInvoice() const
{
    const int index = m_ui->periodCombo->currentIndex();
    return index >= 0 && index < m_invoices.size() ? &m_invoices.at(index) : nullptr;
}

QString InvoiceEmailOrderPage::confirmation() const
{
    const Invoice *invoice = chosenInvoice();
    return tr("Period: %1\nInvoice: No. %2, %3\nE-mail: %4")
        .arg(PeriodTitle::of(invoice->period), invoice->number, invoice->amount.toDisplayString(), m_invoiceEmail);
}

QString InvoiceEmailOrderPage::receipt(const OrderReceipt &receipt) const
{
    const BillingPeriod period = receipt.period.value_or(chosenInvoice()->period);
    return tr("The invoice for %1 has been sent to %2.\nOrder number: %3.")
        .arg(PeriodTitle::inText(period), receipt.sentTo, QString::number(receipt.orderNumber));
}
