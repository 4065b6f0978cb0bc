#pragma once

#include <QLabel>
#include <QPointer>

class MailIntake;
class OrderJournal;

// Under an e-mail order's result: how far the order has come (ordered, sent, received, filed), kept up to
// date as mail intake brings the operator's answer in.
class OrderProgressLabel : public QLabel
{
    Q_OBJECT

public:
    explicit OrderProgressLabel(QWidget *parent = nullptr);

    void setSources(OrderJournal *journal, MailIntake *intake);
    void follow(const QString &orderId);
    void clearOrder();

private:
    void refresh();

    QPointer<OrderJournal> m_journal;
    QPointer<MailIntake> m_intake;
    QString m_orderId;
};
