#pragma once

#include "BillingPeriod.h"

#include <QDialog>

#include <optional>
#include <utility>

class QComboBox;

// «Выгрузить за период…» asks which months to pack, rather than taking whatever range the archive's filter
// happens to hold: from and to, among the last three years, the last month by default.
class PackPeriodDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MonthsOffered = 36;

    PackPeriodDialog(const BillingPeriod &suggested, QWidget *parent = nullptr);

    // The months chosen, earlier first.
    std::pair<BillingPeriod, BillingPeriod> chosen() const;

    // Shows the dialog; nothing when the user cancels.
    static std::optional<std::pair<BillingPeriod, BillingPeriod>> ask(const BillingPeriod &suggested, QWidget *parent);

private:
    QComboBox *m_from;
    QComboBox *m_to;
};
