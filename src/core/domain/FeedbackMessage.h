#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// A message the organisation sent to the operator, with the operator's processing status.
struct FeedbackMessage
{
    enum class Status { Received, InProgress, Answered };

    QString id;
    QString topic;
    QString text;
    QDateTime sentAt;
    Status status = Status::Received;
    std::optional<QString> attachmentName;
    struct Answer
    {
        QString text;
        QDateTime answeredAt;
    };
    std::optional<Answer> answer; // the operator's reply, once it has answered
};
