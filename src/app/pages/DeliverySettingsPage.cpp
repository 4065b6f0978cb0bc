#include "DeliverySettingsPage.h"

#include "format/PeriodTitle.h"
#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "format/DateText.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "invoicing/RegularInvoiceDelivery.h"
#include "navigation/MenuCatalog.h"
#include "ui_deliverysettingspage.h"
#include "validation/EmailAddress.h"

#include <QHeaderView>

DeliverySettingsPage::DeliverySettingsPage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::DeliverySettingsPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    const MenuEntry entry = MenuCatalog::entry(PageId::DeliverySettings);
    setObjectName(entry.key);
    m_ui->titleLabel->setText(entry.title);
    m_ui->descriptionLabel->setText(entry.description);
    m_ui->reloadButton->hide();
    m_ui->emailRadio->setChecked(true);
    m_ui->historyTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->historyTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    connect(m_ui->emailRadio, &QRadioButton::toggled, this, &DeliverySettingsPage::onMethodChanged);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DeliverySettingsPage::save);
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &DeliverySettingsPage::save);
    connect(m_ui->addressEdit, &QLineEdit::textEdited, m_ui->saveMessage, &InlineMessage::clear);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &DeliverySettingsPage::load);
    connect(m_ui->backToMenuButton, &QPushButton::clicked, this, &MenuPage::menuRequested);
}

DeliverySettingsPage::~DeliverySettingsPage() = default;

void DeliverySettingsPage::activate()
{
    load();
}

void DeliverySettingsPage::load()
{
    if (m_loading)
        return;
    m_ui->loadMessage->clear();
    m_ui->reloadButton->hide();
    m_loading = m_context.api->delivery(this, [this](const ApiResult<DeliverySettings> &result) {
        if (!result.isOk()) {
            m_ui->loadMessage->showError(result.error().userMessage());
            m_ui->reloadButton->show();
            return;
        }
        showSettings(result.value());
        loadHistory();
    });
}

void DeliverySettingsPage::loadHistory()
{
    m_context.api->deliveryHistory(this, [this](const ApiResult<QList<DeliveryChange>> &result) {
        if (!result.isOk()) {
            m_ui->loadMessage->showError(result.error().userMessage());
            m_ui->reloadButton->show();
            return;
        }
        showHistory(result.value());
    });
}

QString DeliverySettingsPage::methodName(DeliveryMethod method) const
{
    return method == DeliveryMethod::Email ? tr("e-mail") : tr("in person");
}

void DeliverySettingsPage::showSettings(const DeliverySettings &settings)
{
    // What the operator has now replaces what was shown; text the user is still editing for the other method stays.
    if (settings.method == DeliveryMethod::Email)
        m_emailText = settings.address;
    else
        m_inPersonText = settings.address;
    m_shownMethod = settings.method;
    const QSignalBlocker blocker(m_ui->emailRadio);
    m_ui->emailRadio->setChecked(settings.method == DeliveryMethod::Email);
    m_ui->inPersonRadio->setChecked(settings.method == DeliveryMethod::InPerson);
    m_ui->addressEdit->setText(settings.address);
    showAddressField(settings.method);

    m_nextPeriod = settings.nextRegularInvoice.period;
    const NextRegularInvoice &next = settings.nextRegularInvoice;
    showForecast(DeliveryTarget{next.method, next.address});
}

void DeliverySettingsPage::showForecast(const std::optional<DeliveryTarget> &target)
{
    const QString period = PeriodTitle::inText(m_nextPeriod);
    if (!target) {
        m_ui->nextInvoiceLabel->setText(
            tr("No delivery address is set: the next regular invoice (for %1) has nowhere to go.").arg(period));
        return;
    }
    const QString where = target->method == DeliveryMethod::Email
        ? tr("The next regular invoice (for %1) will be sent by e-mail to: %2").arg(period, target->address)
        : tr("The next regular invoice (for %1) will be handed over in person at: %2").arg(period, target->address);
    // The rule itself is explained once, in the page's rule text below.
    m_ui->nextInvoiceLabel->setText(where);
}

void DeliverySettingsPage::showHistory(const QList<DeliveryChange> &changes)
{
    QTableWidget *table = m_ui->historyTable;
    table->setRowCount(static_cast<int>(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const DeliveryChange &change = changes.at(row);
        // The moment it took effect, in the user's own time zone.
        table->setItem(row, 0, new QTableWidgetItem(DateText::moment(change.effectiveAt)));
        table->setItem(row, 1, new QTableWidgetItem(methodName(change.method)));
        table->setItem(row, 2, new QTableWidgetItem(change.address));
    }
    showForecast(RegularInvoiceDelivery(changes).willGoTo(m_context.invoicing->operatorNow()));
}

DeliveryMethod DeliverySettingsPage::chosenMethod() const
{
    return m_ui->emailRadio->isChecked() ? DeliveryMethod::Email : DeliveryMethod::InPerson;
}

void DeliverySettingsPage::showAddressField(DeliveryMethod method)
{
    const bool email = method == DeliveryMethod::Email;
    m_ui->addressLabel->setText(email ? tr("E-mail &address:") : tr("Pick-up &address:"));
    // «На руки» alone does not say what address is meant: where the paper invoices are to be received.
    m_ui->addressEdit->setPlaceholderText(email ? tr("e.g. buh@romashka.ru")
                                                : tr("city, street, building, office: where you receive the invoices"));
    m_ui->addressEdit->setToolTip(email ? tr("The invoices will be sent to this address.")
                                        : tr("The paper invoices will be handed over to you at this address: give the "
                                             "city, street, building and office."));
}

void DeliverySettingsPage::onMethodChanged()
{
    const DeliveryMethod method = chosenMethod();
    if (method == m_shownMethod)
        return;
    (m_shownMethod == DeliveryMethod::Email ? m_emailText : m_inPersonText) = m_ui->addressEdit->text();
    m_shownMethod = method;
    m_ui->addressEdit->setText(method == DeliveryMethod::Email ? m_emailText : m_inPersonText);
    showAddressField(method);
    m_ui->saveMessage->clear();
}

void DeliverySettingsPage::save()
{
    if (m_saving)
        return;
    const DeliveryMethod method = chosenMethod();
    const QString address = m_ui->addressEdit->text().trimmed();
    if (method == DeliveryMethod::Email) {
        if (const auto problem = EmailAddress::check(address); problem != EmailAddress::Problem::None) {
            m_ui->saveMessage->showError(EmailAddress::describe(problem));
            m_ui->addressEdit->setFocus();
            return;
        }
    } else if (address.isEmpty()) {
        m_ui->saveMessage->showError(tr("Enter the address where the invoices will be collected."));
        m_ui->addressEdit->setFocus();
        return;
    }
    setBusy(true);
    m_ui->saveMessage->showInfo(tr("Saving…"));
    m_saving = m_context.api->changeDelivery(method, address, this, [this](const ApiResult<DeliverySettings> &result) {
        setBusy(false);
        if (!result.isOk()) {
            // The operator's own check can be stricter than ours; its word is final, and the text stays.
            m_ui->saveMessage->showError(result.error().userMessage());
            m_ui->addressEdit->setFocus();
            return;
        }
        showSettings(result.value());
        m_ui->saveMessage->showSuccess(result.value().method == DeliveryMethod::Email
                                           ? tr("Saved. Invoices will be sent by e-mail to %1.").arg(result.value().address)
                                           : tr("Saved. Invoices will be handed over in person at %1.")
                                                 .arg(result.value().address));
        loadHistory();
    });
}

void DeliverySettingsPage::setBusy(bool busy)
{
    m_ui->saveButton->setEnabled(!busy);
    m_ui->methodGroup->setEnabled(!busy);
    m_ui->addressEdit->setReadOnly(busy);
}
