#include "FeedbackTableModel.h"

#include "format/DateText.h"


QStringList FeedbackTableModel::headers() const
{
    return {tr("Sent"), tr("Topic"), tr("Status"), tr("Attachment")};
}

QVariant FeedbackTableModel::cell(const FeedbackMessage &message, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return message.text;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case SentColumn:
        return role == SortRole ? QVariant(message.sentAt)
                                : QVariant(DateText::moment(message.sentAt));
    case TopicColumn:
        return message.topic;
    case StatusColumn:
        return statusText(message.status);
    case AttachmentColumn:
        return message.attachmentName.value_or(QString());
    default:
        return {};
    }
}

QString FeedbackTableModel::statusText(FeedbackMessage::Status status)
{
    switch (status) {
    case FeedbackMessage::Status::Received:
        return tr("Received");
    case FeedbackMessage::Status::InProgress:
        return tr("In progress");
    case FeedbackMessage::Status::Answered:
        return tr("Answered");
    }
    return {};
}
