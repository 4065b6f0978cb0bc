#include "CallDetailsPage.h"

#include "invoicing/OrderRecipient.h"
#include "OrderSteps.h"
#include "format/PeriodTitle.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "navigation/MenuCatalog.h"
#include "session/SessionController.h"
#include "subscribers/SubscriberSelection.h"
#include "ui_calldetailspage.h"

namespace {
QString subscriberName(const QString &number, const QString &label)
{
    return label.isEmpty() ? number : QStringLiteral("%1 (%2)").arg(number, label);
}
} // namespace

CallDetailsPage::CallDetailsPage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::CallDetailsPage>())
{
    m_ui->setupUi(this);
    m_steps = new OrderSteps(PageId::CallDetails, context, OrderSteps::Widgets::fromForm(*m_ui), this);
    m_steps->setOrder({[this] { return confirmation(); },
                       [this](QObject *callContext, ApiCallback<OrderReceipt> done) {
                           return placeOrder(callContext, std::move(done));
                       },
                       [this](const OrderReceipt &receipt) {
                           return tr("Call details for %1 (%2, %3) have been sent to %4.\nOrder number: %5.")
                               .arg(PeriodTitle::inText(period()), subscribersText(), formatText(), receipt.sentTo,
                                    QString::number(receipt.orderNumber));
                       },
                       [this](const OrderReceipt &receipt) {
                           return PlacedOrder::from(receipt, QString(), ArchivedDocument::Kind::CallDetails, period());
                       }});
    m_steps->setQueued([this] {
        QueuedOrder order;
        order.kind = QueuedOrder::Kind::CallDetails;
        order.period = period();
        const std::optional<QString> subscriber = subscriberId();
        order.details = {{QStringLiteral("month"), month() == OperatorApi::CallDetailsMonth::Previous
                                                       ? QStringLiteral("previous")
                                                       : QStringLiteral("current")},
                         {QStringLiteral("subscriber_id"), subscriber ? QJsonValue(*subscriber) : QJsonValue()},
                         {QStringLiteral("format"), m_ui->csvRadio->isChecked() ? QStringLiteral("csv")
                                                                                : QStringLiteral("pdf")}};
        return order;
    });
    connect(m_steps, &OrderSteps::menuRequested, this, &MenuPage::menuRequested);
    for (QRadioButton *radio : {m_ui->allSubscribersRadio, m_ui->chosenSubscriberRadio, m_ui->otherSubscriberRadio})
        connect(radio, &QRadioButton::toggled, this, &CallDetailsPage::updateChoice);
    connect(m_ui->subscriberCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->subscriberCombo->hasFocus())
            m_ui->otherSubscriberRadio->setChecked(true);
        updateChoice();
    });
    if (m_context.subscriber) {
        connect(m_context.subscriber, &SubscriberSelection::changed, this, &CallDetailsPage::showChosenSubscriber);
    }
    if (m_context.session)
        m_contactEmail = m_context.session->accountInfo().organisation.contactEmail;
    showMonths();
    showChosenSubscriber();
    showAddress();
}

CallDetailsPage::~CallDetailsPage() = default;

void CallDetailsPage::activate()
{
    if (!m_steps->reopen())
        return;
    showMonths();
    showChosenSubscriber();
    loadAccount();
    loadSubscribers();
}

void CallDetailsPage::loadAccount()
{
    m_steps->loadAccount(this, [this](const AccountInfo &account) {
        m_contactEmail = account.organisation.contactEmail;
        showAddress();
    });
}

void CallDetailsPage::loadSubscribers()
{
    m_steps->track(m_context.api->subscribers(this, [this](const ApiResult<QList<Subscriber>> &result) {
        if (!result.isOk())
            return m_steps->showChoiceError(result.error());
        showSubscribers(result.value());
    }));
}

void CallDetailsPage::showSubscribers(const QList<Subscriber> &subscribers)
{
    const QString chosen = m_ui->subscriberCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->subscriberCombo);
    m_ui->subscriberCombo->clear();
    for (const Subscriber &subscriber : subscribers)
        m_ui->subscriberCombo->addItem(subscriberName(subscriber.number, subscriber.label), subscriber.id);
    const int index = m_ui->subscriberCombo->findData(chosen);
    m_ui->subscriberCombo->setCurrentIndex(index >= 0 ? index : 0);
    updateChoice();
}

void CallDetailsPage::showMonths()
{
    const BillingPeriod current = currentPeriod();
    m_ui->currentMonthRadio->setText(tr("C&urrent month (%1)").arg(PeriodTitle::of(current)));
    m_ui->previousMonthRadio->setText(tr("&Previous month (%1)").arg(PeriodTitle::of(current.previous())));
}

void CallDetailsPage::showChosenSubscriber()
{
    const SubscriberSelection::Choice choice =
        m_context.subscriber ? m_context.subscriber->current() : SubscriberSelection::Choice();
    const bool chosen = !choice.isEmpty();
    m_ui->chosenSubscriberRadio->setEnabled(chosen);
    m_ui->chosenSubscriberRadio->setText(chosen ? tr("The c&hosen subscriber: %1")
                                                      .arg(subscriberName(choice.number, choice.label))
                                                : tr("The c&hosen subscriber"));
    m_ui->chosenHintLabel->setVisible(!chosen);
    m_ui->chosenHintLabel->setText(tr("No subscriber is chosen in «%1». Choose one there or below.")
                                       .arg(MenuCatalog::entry(PageId::SubscriberChoice).title));
    if (!chosen && m_ui->chosenSubscriberRadio->isChecked())
        m_ui->allSubscribersRadio->setChecked(true);
    updateChoice();
}

void CallDetailsPage::showAddress()
{
    m_ui->addressLabel->setText(m_contactEmail.isEmpty()
                                    ? tr("The operator has no contact e-mail address for your organisation.")
                                    : tr("Call details will be sent to: %1").arg(m_contactEmail) + QLatin1Char('\n')
                                          + OrderRecipient::contactEmailNote());
    updateChoice();
}

void CallDetailsPage::updateChoice()
{
    m_ui->subscriberCombo->setEnabled(m_ui->subscriberCombo->count() > 0);
    const bool subscriberReady = !m_ui->otherSubscriberRadio->isChecked() || m_ui->subscriberCombo->currentIndex() >= 0;
    m_steps->setChoiceReady(subscriberReady && !m_contactEmail.isEmpty());
}

BillingPeriod CallDetailsPage::currentPeriod() const
{
    // The operator's month, not the local one: they differ around midnight of the 1st.
    return m_context.invoicing->currentPeriod();
}

OperatorApi::CallDetailsMonth CallDetailsPage::month() const
{
    return m_ui->previousMonthRadio->isChecked() ? OperatorApi::CallDetailsMonth::Previous
                                                 : OperatorApi::CallDetailsMonth::Current;
}

std::optional<QString> CallDetailsPage::subscriberId() const
{
    if (m_ui->chosenSubscriberRadio->isChecked())
        return m_context.subscriber->current().id;
    if (m_ui->otherSubscriberRadio->isChecked())
        return m_ui->subscriberCombo->currentData().toString();
    return std::nullopt;
}

QString CallDetailsPage::subscribersText() const
{
    if (m_ui->chosenSubscriberRadio->isChecked()) {
        const SubscriberSelection::Choice choice = m_context.subscriber->current();
        return tr("subscriber %1").arg(subscriberName(choice.number, choice.label));
    }
    if (m_ui->otherSubscriberRadio->isChecked())
        return tr("subscriber %1").arg(m_ui->subscriberCombo->currentText());
    return tr("all SIP subscribers");
}

QString CallDetailsPage::formatText() const
{
    return m_ui->csvRadio->isChecked() ? QStringLiteral("CSV") : QStringLiteral("PDF");
}

BillingPeriod CallDetailsPage::period() const
{
    const BillingPeriod current = currentPeriod();
    return month() == OperatorApi::CallDetailsMonth::Previous ? current.previous() : current;
}

QString CallDetailsPage::confirmation() const
{
    return tr("Month: %1\nSubscribers: %2\nFormat: %3\nE-mail: %4")
        .arg(PeriodTitle::of(period()), subscribersText(), formatText(), m_contactEmail);
}

ApiCall *CallDetailsPage::placeOrder(QObject *callContext, ApiCallback<OrderReceipt> done) const
{
    const auto format = m_ui->csvRadio->isChecked() ? OperatorApi::DocumentFormat::Csv : OperatorApi::DocumentFormat::Pdf;
    return m_context.api->orderCallDetails(month(), subscriberId(), format, callContext, std::move(done));
}
