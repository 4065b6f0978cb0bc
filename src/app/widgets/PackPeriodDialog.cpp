#include "PackPeriodDialog.h"

#include "format/PeriodTitle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace {
void offerMonths(QComboBox *combo, const BillingPeriod &latest, const BillingPeriod &chosen)
{
    for (int back = 0; back < PackPeriodDialog::MonthsOffered; ++back) {
        const BillingPeriod period = latest.addMonths(-back);
        combo->addItem(PeriodTitle::of(period), period.toString());
    }
    combo->setCurrentIndex(std::max(0, combo->findData(chosen.toString())));
}
} // namespace

PackPeriodDialog::PackPeriodDialog(const BillingPeriod &suggested, QWidget *parent)
    : QDialog(parent)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
{
    setWindowTitle(tr("Export the period"));
    m_from->setObjectName(QStringLiteral("packFromCombo"));
    m_to->setObjectName(QStringLiteral("packToCombo"));
    const BillingPeriod latest = suggested.next();
    offerMonths(m_from, latest, suggested);
    offerMonths(m_to, latest, suggested);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::pair<BillingPeriod, BillingPeriod> PackPeriodDialog::chosen() const
{
    const BillingPeriod from = *BillingPeriod::fromString(m_from->currentData().toString());
    const BillingPeriod to = *BillingPeriod::fromString(m_to->currentData().toString());
    return from <= to ? std::pair{from, to} : std::pair{to, from};
}

std::optional<std::pair<BillingPeriod, BillingPeriod>> PackPeriodDialog::ask(const BillingPeriod &suggested,
                                                                            QWidget *parent)
{
    PackPeriodDialog dialog(suggested, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}
