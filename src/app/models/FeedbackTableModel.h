#pragma once

#include "RecordTableModel.h"
#include "domain/FeedbackMessage.h"

#include <QCoreApplication>

// The messages sent to the operator as a table: when, topic, status, attachment; the text as a tooltip.
class FeedbackTableModel : public RecordTableModel<FeedbackMessage>
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackTableModel)

public:
    enum Column { SentColumn, TopicColumn, StatusColumn, AttachmentColumn };

    using RecordTableModel::RecordTableModel;

    static QString statusText(FeedbackMessage::Status status);

protected:
    QStringList headers() const override;
    QVariant cell(const FeedbackMessage &message, int column, int role) const override;
};
