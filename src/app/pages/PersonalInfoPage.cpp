#include "PersonalInfoPage.h"

#include "OperatorDataLoader.h"
#include "api/OperatorApi.h"
#include "ui_personalinfopage.h"
#include "validation/PhoneNumber.h"

PersonalInfoPage::PersonalInfoPage(const PageContext &context, QWidget *parent)
    : OperatorDataPage(PageId::PersonalInfo, context, parent)
    , m_ui(std::make_unique<Ui::PersonalInfoPage>())
{
    m_ui->setupUi(this);
    setUpLoading(m_ui->titleLabel, m_ui->descriptionLabel, m_ui->loader, [this] { startLoading(); });
    connect(m_ui->changeDeliveryButton, &QPushButton::clicked, this,
            [this] { emit pageRequested(PageId::DeliverySettings); });
}

PersonalInfoPage::~PersonalInfoPage() = default;

void PersonalInfoPage::startLoading()
{
    context().api->account(loader(), loader()->expect<AccountInfo>([this](const AccountInfo &info) { showAccount(info); }));
}

void PersonalInfoPage::showAccount(const AccountInfo &info)
{
    const Organisation &organisation = info.organisation;
    m_ui->nameEdit->setText(organisation.name);
    m_ui->contractEdit->setText(organisation.contractNumber);
    m_ui->taxpayerEdit->setText(organisation.taxpayerNumber);
    m_ui->addressEdit->setText(organisation.address);
    m_ui->contactEmailEdit->setText(organisation.contactEmail);
    m_ui->contactPhoneEdit->setText(PhoneNumber::displayText(organisation.contactPhone));
    m_ui->invoiceEmailEdit->setText(organisation.invoiceEmail);
    const bool byEmail = info.delivery.method == DeliveryMethod::Email;
    m_ui->deliveryMethodEdit->setText(byEmail ? tr("By e-mail") : tr("Collected at the operator's office"));
    m_ui->deliveryAddressEdit->setText(info.delivery.address);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0); // long values show their beginning
}
