#include "CurrentChargesPage.h"

#include "invoicing/OrderRecipient.h"
#include "OrderSteps.h"
#include "format/PeriodTitle.h"
#include "models/SubscriberChargesModel.h"
#include "session/SessionController.h"
#include "spend/SpendHistorySync.h"
#include "storage/PrivateFiles.h"
#include "ui_currentchargespage.h"
#include "widgets/FileDialogs.h"
#include "widgets/RowCheckByKeyboard.h"

#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QStandardPaths>

CurrentChargesPage::CurrentChargesPage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::CurrentChargesPage>())
    , m_model(new SubscriberChargesModel(this))
{
    m_ui->setupUi(this);
    m_steps = new OrderSteps(PageId::CurrentCharges, context, OrderSteps::Widgets::fromForm(*m_ui), this);
    m_steps->setOrder({[this] { return confirmation(); },
                       [this](QObject *callContext, ApiCallback<OrderReceipt> done) {
                           const QStringList ids = onlyChecked() ? m_model->checkedSubscriberIds() : QStringList();
                           return m_context.api->orderCurrentCharges(ids, callContext, std::move(done));
                       },
                       [this](const OrderReceipt &receipt) {
                           return tr("The charges for %1 (%2) have been sent to %3.\nOrder number: %4.")
                               .arg(PeriodTitle::inText(m_charges.period), scopeText(), receipt.sentTo,
                                    QString::number(receipt.orderNumber));
                       },
                       [this](const OrderReceipt &receipt) {
                           return PlacedOrder::from(receipt, QString(), ArchivedDocument::Kind::Charges,
                                                    m_charges.period);
                       }});
    m_steps->setQueued([this] {
        QueuedOrder order;
        order.kind = QueuedOrder::Kind::CurrentCharges;
        order.period = m_charges.period;
        const QStringList ids = onlyChecked() ? m_model->checkedSubscriberIds() : QStringList();
        order.details = {{QStringLiteral("subscriber_ids"), QJsonArray::fromStringList(ids)}};
        return order;
    });
    connect(m_steps, &OrderSteps::menuRequested, this, &MenuPage::menuRequested);

    m_ui->chargesTable->setModel(m_model);
    RowCheckByKeyboard::install(m_ui->chargesTable);
    m_ui->chargesTable->verticalHeader()->hide();
    m_ui->chargesTable->horizontalHeader()->setSectionResizeMode(SubscriberChargesModel::LabelColumn,
                                                                 QHeaderView::Stretch);
    m_ui->chargesTable->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_model, &SubscriberChargesModel::checkedChanged, this, [this] {
        if (!m_model->checkedSubscriberIds().isEmpty())
            m_ui->checkedScopeRadio->setChecked(true);
        updateChoice();
    });
    connect(m_ui->checkedScopeRadio, &QRadioButton::toggled, this, &CurrentChargesPage::updateChoice);
    m_ui->excelButton->setEnabled(false);
    connect(m_ui->excelButton, &QPushButton::clicked, this, &CurrentChargesPage::exportExcel);
    if (m_context.session)
        m_contactEmail = m_context.session->accountInfo().organisation.contactEmail;
    showAddress();
}

CurrentChargesPage::~CurrentChargesPage() = default;

void CurrentChargesPage::activate()
{
    if (!m_steps->reopen())
        return;
    loadAccount();
    loadCharges();
}

void CurrentChargesPage::loadAccount()
{
    m_steps->loadAccount(this, [this](const AccountInfo &account) {
        m_contactEmail = account.organisation.contactEmail;
        showAddress();
    });
}

void CurrentChargesPage::loadCharges()
{
    m_steps->track(m_context.api->currentCharges(this, [this](const ApiResult<CurrentCharges> &result) {
        if (!result.isOk())
            return m_steps->showChoiceError(result.error());
        showCharges(result.value());
    }));
}

void CurrentChargesPage::showCharges(const CurrentCharges &charges)
{
    m_charges = charges;
    m_loaded = true;
    m_model->setCharges(charges.items);
    if (m_context.spendSync)
        m_context.spendSync->keepCharges(charges); // for the month's reconciliation on «Расходы»
    const QHeaderView *header = m_ui->chargesTable->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_ui->chargesTable->resizeColumnToContents(SubscriberChargesModel::NumberColumn);
    m_ui->chargesTable->resizeColumnToContents(SubscriberChargesModel::AmountColumn);
    m_ui->periodLabel->setText(tr("Charges for %1 so far, per subscriber:").arg(PeriodTitle::inText(charges.period)));
    m_ui->totalLabel->setText(tr("Total for %n subscriber(s): %1", nullptr, static_cast<int>(charges.items.size()))
                                  .arg(charges.total.toDisplayString()));
    m_ui->excelButton->setEnabled(!charges.items.isEmpty());
    updateChoice();
}

void CurrentChargesPage::exportExcel()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("charges_%1").arg(m_charges.period.toString()) + QStringLiteral(".xlsx");
    FileDialogs::openSaveAs(this, tr("Export charges"), QDir(folder).filePath(name),
                            {{tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx")}}, [this](const QString &path) {
                                QString error;
                                if (!m_model->writeXlsx(path, PeriodTitle::of(m_charges.period), &error)) {
                                    m_ui->choiceMessage->showError(tr("The file could not be saved: %1").arg(error));
                                    return;
                                }
                                PrivateFiles::giveUsualPermissions(path); // the user's export, not the app's own file
                                m_ui->choiceMessage->showSuccess(tr("%n subscriber(s) saved to %1.", nullptr,
                                                                    m_model->rowCount())
                                                                     .arg(QDir::toNativeSeparators(path)));
                            });
}

void CurrentChargesPage::showAddress()
{
    m_ui->addressLabel->setText(m_contactEmail.isEmpty()
                                    ? tr("The operator has no contact e-mail address for your organisation.")
                                    : tr("The information will be sent to: %1").arg(m_contactEmail) + QLatin1Char('\n')
                                          + OrderRecipient::contactEmailNote());
    updateChoice();
}

void CurrentChargesPage::updateChoice()
{
    const bool scopeReady = !onlyChecked() || !m_model->checkedSubscriberIds().isEmpty();
    m_steps->setChoiceReady(m_loaded && !m_charges.items.isEmpty() && scopeReady && !m_contactEmail.isEmpty());
}

bool CurrentChargesPage::onlyChecked() const
{
    return m_ui->checkedScopeRadio->isChecked();
}

QString CurrentChargesPage::scopeText() const
{
    if (!onlyChecked())
        return tr("all %n subscriber(s), %1", nullptr, static_cast<int>(m_charges.items.size()))
            .arg(m_charges.total.toDisplayString());
    const QList<SubscriberCharge> checked = m_model->checkedCharges();
    QStringList numbers;
    Money sum(0, m_charges.total.currency());
    for (const SubscriberCharge &charge : checked) {
        numbers.append(charge.number);
        sum = sum + charge.amount;
    }
    return tr("%n subscriber(s): %1; %2", nullptr, static_cast<int>(checked.size()))
        .arg(numbers.join(QStringLiteral(", ")), sum.toDisplayString());
}

QString CurrentChargesPage::confirmation() const
{
    return tr("Period: %1\nCharges of: %2\nE-mail: %3")
        .arg(PeriodTitle::of(m_charges.period), scopeText(), m_contactEmail);
}
