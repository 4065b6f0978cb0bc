#include "FeedbackPage.h"

#include "OperatorDataLoader.h"
#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "format/DataSizeText.h"
#include "format/DateText.h"
#include "models/FeedbackTableModel.h"
#include "ui_feedbackpage.h"
#include "widgets/FileDialogs.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeDatabase>
#include <QSortFilterProxyModel>

FeedbackPage::FeedbackPage(const PageContext &context, QWidget *parent)
    : OperatorDataPage(PageId::Feedback, context, parent)
    , m_ui(std::make_unique<Ui::FeedbackPage>())
    , m_messages(new FeedbackTableModel(this))
{
    m_ui->setupUi(this);
    setUpLoading(m_ui->titleLabel, m_ui->descriptionLabel, m_ui->loader, [this] { startLoading(); });
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_messages);
    sorted->setSortRole(FeedbackTableModel::SortRole);
    m_ui->messagesView->setModel(sorted);
    m_ui->messagesView->sortByColumn(FeedbackTableModel::SentColumn, Qt::DescendingOrder);
    m_ui->messagesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->messagesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->messagesView->verticalHeader()->hide();
    connect(m_ui->messagesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FeedbackPage::showChosenMessage);
    connect(sorted, &QAbstractItemModel::modelReset, this, &FeedbackPage::showChosenMessage);
    m_ui->textEdit->setMinimumHeight(m_ui->topicEdit->sizeHint().height() * 4);
    removeAttachment();
    showSending(false);

    connect(m_ui->topicEdit, &QLineEdit::textChanged, this, &FeedbackPage::updateSendButton);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &FeedbackPage::updateSendButton);
    connect(m_ui->attachButton, &QPushButton::clicked, this, &FeedbackPage::chooseAttachment);
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this, &FeedbackPage::removeAttachment);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &FeedbackPage::send);
    connect(m_ui->cancelSendButton, &QPushButton::clicked, this, [this] {
        if (m_sending)
            m_sending->cancel();
    });
}

FeedbackPage::~FeedbackPage() = default;

void FeedbackPage::startLoading()
{
    context().api->feedbackMessages(loader(), loader()->expect<QList<FeedbackMessage>>(
                                                  [this](const QList<FeedbackMessage> &list) { m_messages->setRecords(list); }));
}

void FeedbackPage::showChosenMessage()
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    if (!current.isValid()) {
        m_ui->messageDetailsLabel->setText(m_messages->rowCount() > 0 ? tr("Choose a message to read it and the answer.")
                                                                     : QString());
        return;
    }
    const auto *sorted = static_cast<const QSortFilterProxyModel *>(m_ui->messagesView->model());
    const FeedbackMessage &message = m_messages->record(sorted->mapToSource(current).row());
    QString text = tr("«%1», sent %2:\n%3").arg(message.topic, DateText::moment(message.sentAt), message.text);
    if (message.answer)
        text += QLatin1String("\n\n")
                + tr("The operator's answer of %1:\n%2").arg(DateText::moment(message.answer->answeredAt),
                                                             message.answer->text);
    else if (message.status == FeedbackMessage::Status::Answered)
        text += QLatin1String("\n\n") + tr("The operator answered by e-mail.");
    else
        text += QLatin1String("\n\n") + tr("The operator has not answered yet.");
    m_ui->messageDetailsLabel->setText(text);
}

void FeedbackPage::chooseAttachment()
{
    auto *dialog = FileDialogs::create(this, tr("Attach a file"), QDir::homePath());
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &FeedbackPage::attach);
    dialog->open();
}

void FeedbackPage::attach(const QString &path)
{
    const QFileInfo info(path);
    if (info.size() > FeedbackAttachment::MaxBytes) {
        // Refused here, before sending: the operator would refuse it anyway, after a long upload.
        m_ui->sendMessage->showError(tr("“%1” is %2; the operator accepts attachments of at most %3. Choose a smaller file.")
                                         .arg(info.fileName(), DataSizeText::of(info.size()),
                                              DataSizeText::of(FeedbackAttachment::MaxBytes)));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->sendMessage->showError(tr("“%1” could not be read: %2").arg(info.fileName(), file.errorString()));
        return;
    }
    m_attachment = FeedbackAttachment{info.fileName(), QMimeDatabase().mimeTypeForFile(info).name(),
                                      file.read(FeedbackAttachment::MaxBytes + 1)};
    if (m_attachment->data.size() > FeedbackAttachment::MaxBytes) { // it grew since we looked at its size
        removeAttachment();
        m_ui->sendMessage->showError(tr("The file is larger than %1.").arg(DataSizeText::of(FeedbackAttachment::MaxBytes)));
        return;
    }
    m_ui->sendMessage->clear();
    m_ui->attachmentLabel->setText(tr("%1 (%2)").arg(info.fileName(), DataSizeText::of(info.size())));
    m_ui->removeAttachmentButton->setEnabled(true);
}

void FeedbackPage::removeAttachment()
{
    m_attachment.reset();
    m_ui->attachmentLabel->setText(tr("No file attached (up to %1)").arg(DataSizeText::of(FeedbackAttachment::MaxBytes)));
    m_ui->removeAttachmentButton->setEnabled(false);
}

void FeedbackPage::updateSendButton()
{
    const bool filled = !m_ui->topicEdit->text().trimmed().isEmpty()
                        && !m_ui->textEdit->toPlainText().trimmed().isEmpty();
    m_ui->sendButton->setEnabled(filled && !m_sending);
}

void FeedbackPage::send()
{
    if (m_sending)
        return;
    m_ui->sendMessage->showInfo(tr("Sending the message…"));
    m_sending = context().api->sendFeedback(m_ui->topicEdit->text().trimmed(), m_ui->textEdit->toPlainText(),
                                            m_attachment, this,
                                            [this](const ApiResult<FeedbackMessage> &result) { onSent(result); });
    showSending(true);
}

void FeedbackPage::onSent(const ApiResult<FeedbackMessage> &result)
{
    m_sending = nullptr;
    showSending(false);
    if (!result.isOk()) {
        // Nothing typed is cleared: the user corrects or simply sends again.
        const bool cancelled = result.error().kind == ApiError::Kind::Cancelled;
        m_ui->sendMessage->show(cancelled ? InlineMessage::Tone::Info : InlineMessage::Tone::Error,
                                cancelled ? tr("Sending was cancelled. Your message is kept.")
                                          : tr("The message was not sent: %1 Your text is kept; send it again when "
                                               "you are ready.").arg(result.error().userMessage()));
        return;
    }
    m_ui->topicEdit->clear();
    m_ui->textEdit->clear();
    removeAttachment();
    m_ui->sendMessage->showSuccess(tr("The message “%1” was sent on %2. Its status is in the list below.")
                                       .arg(result.value().topic,
                                            DateText::moment(result.value().sentAt)));
    loader()->load();
}

void FeedbackPage::showSending(bool sending)
{
    m_ui->sendProgress->setVisible(sending);
    m_ui->cancelSendButton->setVisible(sending);
    m_ui->topicEdit->setReadOnly(sending); // what is sent is what will be cleared after success
    m_ui->textEdit->setReadOnly(sending);
    m_ui->attachButton->setEnabled(!sending);
    m_ui->removeAttachmentButton->setEnabled(!sending && m_attachment.has_value());
    updateSendButton();
}
