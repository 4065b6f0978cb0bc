#pragma once

#include "close/MonthClose.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

// «Закрыть месяц…» asks what to close: the month (the one just ended by default), which documents, which
// organisations (all ticked), and where the pack goes, as a folder or a ZIP file.
class MonthCloseDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MonthsOffered = 24;

    struct Organisation
    {
        QString accountId;
        QString title; // the organisation and, when it is not ready, why
    };

    MonthCloseDialog(const BillingPeriod &lastMonth, const QList<Organisation> &organisations, QWidget *parent = nullptr);

    MonthClose::Request request() const;

private:
    void updateAcceptable();
    void browse();

    QComboBox *m_period;
    QCheckBox *m_invoice;
    QCheckBox *m_callDetails;
    QCheckBox *m_charges;
    QListWidget *m_organisations;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QPushButton *m_accept = nullptr;
};
