#include "CallCentrePage.h"

#include "OperatorDataLoader.h"
#include "api/OperatorApi.h"
#include "format/DateText.h"
#include "ui_callcentrepage.h"
#include "validation/PhoneNumber.h"


CallCentrePage::CallCentrePage(const PageContext &context, QWidget *parent)
    : OperatorDataPage(PageId::CallCentre, context, parent)
    , m_ui(std::make_unique<Ui::CallCentrePage>())
{
    m_ui->setupUi(this);
    setUpLoading(m_ui->titleLabel, m_ui->descriptionLabel, m_ui->loader, [this] { startLoading(); });
    setDefaultButton(m_ui->requestButton);
    showRequesting(false);
    connect(m_ui->requestButton, &QPushButton::clicked, this, &CallCentrePage::requestCallback);
}

CallCentrePage::~CallCentrePage() = default;

void CallCentrePage::startLoading()
{
    context().api->contacts(loader(), loader()->expect<Contacts>([this](const Contacts &c) { showContacts(c); }));
}

void CallCentrePage::showContacts(const Contacts &contacts)
{
    QStringList lines;
    for (const ContactNumber &number : contacts.numbers) {
        lines.append(QStringLiteral("<a href=\"tel:%1\">%2</a> — %3")
                         .arg(number.number.toHtmlEscaped(), PhoneNumber::displayText(number.number).toHtmlEscaped(),
                              number.label.toHtmlEscaped()));
    }
    m_ui->numbersLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->hoursLabel->setText(tr("Working hours: %1").arg(contacts.hours));
}

void CallCentrePage::requestCallback()
{
    const std::optional<QString> phone = PhoneNumber::normalised(m_ui->phoneEdit->text());
    if (!phone) {
        m_ui->requestMessage->showError(PhoneNumber::problemWith(m_ui->phoneEdit->text()));
        m_ui->phoneEdit->setFocus();
        m_ui->phoneEdit->selectAll();
        return;
    }
    m_ui->phoneEdit->setText(PhoneNumber::displayText(*phone)); // shows what will be sent
    m_ui->requestMessage->showInfo(tr("Sending the request…"));
    showRequesting(true);
    context().api->requestCallback(*phone, m_ui->commentEdit->text().trimmed(), this,
                                   [this](const ApiResult<CallbackReceipt> &result) { onRequested(result); });
}

void CallCentrePage::onRequested(const ApiResult<CallbackReceipt> &result)
{
    showRequesting(false);
    if (!result.isOk()) {
        m_ui->requestMessage->showError(result.error().userMessage());
        return;
    }
    const CallbackReceipt &receipt = result.value();
    m_ui->commentEdit->clear();
    m_ui->requestMessage->showSuccess(
        tr("The call centre accepted request %1 on %2 and will call you back at %3.")
            .arg(QString::number(receipt.number), DateText::moment(receipt.requestedAt),
                 PhoneNumber::displayText(receipt.phone)));
}

void CallCentrePage::showRequesting(bool requesting)
{
    m_ui->requestProgress->setVisible(requesting);
    m_ui->requestButton->setEnabled(!requesting);
    m_ui->phoneEdit->setReadOnly(requesting);
    m_ui->commentEdit->setReadOnly(requesting);
}
