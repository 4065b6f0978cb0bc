#pragma once

#include "OperatorDataPage.h"

#include <memory>

class PaymentTableModel;
class QSortFilterProxyModel;
struct PaymentHistory;

namespace Ui {
class PaymentsPage;
}

// «Платежи»: the balance and the payments of a period, sortable, and their export to a CSV file.
class PaymentsPage : public OperatorDataPage
{
    Q_OBJECT

public:
    explicit PaymentsPage(const PageContext &context, QWidget *parent = nullptr);
    ~PaymentsPage() override;

    void activate() override;

private:
    void startLoading();
    void showHistory(const PaymentHistory &history);
    void chooseExportFile();
    void exportTo(const QString &path);
    void chooseExcelFile();
    void exportExcelTo(const QString &path);
    void askSavePath(const QString &suffix, const QString &filter, void (PaymentsPage::*save)(const QString &));
    void onPeriodEdited();

    std::unique_ptr<Ui::PaymentsPage> m_ui;
    PaymentTableModel *m_payments;
    QSortFilterProxyModel *m_sorted;
    bool m_periodSet = false;
};
