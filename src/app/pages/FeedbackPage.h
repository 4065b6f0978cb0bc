#pragma once

#include "OperatorDataPage.h"
#include "api/OperatorApi.h"

#include <QPointer>

#include <memory>
#include <optional>

class ApiCall;
class FeedbackTableModel;

namespace Ui {
class FeedbackPage;
}

// «Обратная связь»: a message to the operator (topic, text, an optional attachment) and the messages sent
// so far with their status. What the user typed stays until the operator has accepted it.
class FeedbackPage : public OperatorDataPage
{
    Q_OBJECT

public:
    explicit FeedbackPage(const PageContext &context, QWidget *parent = nullptr);
    ~FeedbackPage() override;

private:
    void startLoading();
    // The chosen message in full, with the operator's answer once there is one.
    void showChosenMessage();
    void chooseAttachment();
    void attach(const QString &path);
    void removeAttachment();
    void send();
    void onSent(const ApiResult<FeedbackMessage> &result);
    void showSending(bool sending);
    void updateSendButton();

    std::unique_ptr<Ui::FeedbackPage> m_ui;
    FeedbackTableModel *m_messages;
    std::optional<FeedbackAttachment> m_attachment;
    QPointer<ApiCall> m_sending;
};
