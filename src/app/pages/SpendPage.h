#pragma once

#include "MenuPage.h"
#include "PageContext.h"
#include "spend/SpendTable.h"

#include <memory>

class SpendMonthsModel;
struct CurrentCharges;

namespace Ui {
class SpendPage;
}

// «Расходы»: a year of regular invoices as a chart and a table (per subscriber, or per organisation across
// the accounts in the archive), this month so far from the current charges, what changed in the chosen
// month in plain sentences, and the invoice against the charges the app saw. Works from the archive's
// figures, so offline too; a click on a month opens its documents in the archive.
class SpendPage : public MenuPage
{
    Q_OBJECT

public:
    explicit SpendPage(const PageContext &context, QWidget *parent = nullptr);
    ~SpendPage() override;

    void activate() override;

private:
    void fillChoices();
    void wireSync();
    void refreshScopes();
    QString chosenAccount() const;
    void loadCurrentCharges();
    void refresh();
    // The figures of the chosen scope from the archive, with this month so far when it is known.
    void loadTable();
    void showFigures(int shownCount);
    int lastInvoicedShown() const;
    void fillSubscriberList(const QList<int> &byCost);
    QList<int> chosenRows() const;
    void showMonth(int shownMonth);
    void showExplanation(int tableMonth);
    void showReconciliation(int tableMonth);
    void openArchive(int shownMonth);
    void saveChart();
    void exportExcel();
    QString suggestedPath(const QString &suffix) const;

    std::unique_ptr<Ui::SpendPage> m_ui;
    PageContext m_context;
    SpendMonthsModel *m_months;
    SpendTable m_table;
    int m_firstShown = 0; // the table's month shown first on the chart
    bool m_hasCharges = false;
    bool m_perOrganisation = false;
};
